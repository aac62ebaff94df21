"""Speaker attribution shapes found in English news, on sentences written for these tests."""

from newsclaims import extract_quotes
from newsclaims.model import Quote
from tests.quote_helpers import find_unnested as _find
from tests.quote_helpers import mention_text as _mention
from tests.quote_helpers import speaker_name as _speaker


def test_triple_apostrophe_closes_nested_then_outer_quote() -> None:
    # Archive style with '' for double marks: the nested ' closes before the outer ''.
    text = ("The mayor of Lindholm spoke last week. ''They keep saying, 'the bridge is safe,''' "
            "Mayor Ingrid Vass said. ''Nobody believes it.''")
    quotes = extract_quotes(text)
    first = _find(quotes, "They keep saying")
    assert first.text.endswith("safe,'")
    assert _speaker(first) == "Ingrid Vass"
    assert _speaker(_find(quotes, "Nobody believes")) == "Ingrid Vass"


def test_triple_apostrophe_opening_a_quoted_title() -> None:
    text = "Asked for her favourite, she did not wait. '''Harbour Lights,''' Ms. Okafor replied."
    quote = _find(extract_quotes(text), "Harbour Lights")
    assert _speaker(quote) == "Okafor"


def test_cue_after_quote_beats_a_colon_lead_without_cue() -> None:
    # The colon lead-in has no speech verb; the cue after the quotation names the speaker.
    text = ("Priya Raman met the mayor in March. Later the councillor appeared to hint that "
            "Tomas had left: “The file was closed weeks ago,” Raman told the Gazette.")
    quote = _find(extract_quotes(text), "The file was closed")
    assert _mention(text, quote) == "Raman"


def _indirect(text: str, fragment: str) -> Quote:
    matches = [q for q in extract_quotes(text) if q.kind == "indirect" and fragment in q.text]
    assert matches, f"no reported clause with {fragment!r}"
    return matches[0]


def test_relative_clause_speaker_says_the_clause_after_who() -> None:
    text = ("Okonkwo was referring to comments made by Trade Minister Lena Sorvik, who told the "
            "Harbour Times on Tuesday that the tariff would be lifted by spring.")
    quote = _indirect(text, "tariff would be lifted")
    assert quote.text.startswith("the tariff")
    assert _mention(text, quote) == "Trade Minister Lena Sorvik"
    assert _speaker(quote) == "Lena Sorvik"


def test_relative_clause_without_comma_after_a_name() -> None:
    text = ("The envoy's remarks did not sit well with President Ivo Balan who told a radio "
            "station that the capital had overstepped its role.")
    quote = _indirect(text, "overstepped its role")
    assert _speaker(quote) == "Ivo Balan"


def test_relative_clause_after_a_report_verb_object() -> None:
    text = "The senator praised Governor Maria Delgado, who said that the budget was balanced."
    assert _speaker(_indirect(text, "budget was balanced")) == "Maria Delgado"


def test_relative_clause_on_a_generic_noun_names_nobody() -> None:
    # "the voters who say …" is no one in particular: the rule leaves the sentence alone.
    text = "Mayor Ana Ruiz said the voters who say that taxes are too high have a point."
    quotes = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert all(_speaker(q) != "voters" for q in quotes)
    assert any(_speaker(q) == "Ana Ruiz" for q in quotes)


def test_main_clause_say_cue_keeps_its_speaker_before_a_relative() -> None:
    text = "Lee said Park, who told reporters that she would win, was wrong about the vote."
    quotes = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert quotes and all(_speaker(q) == "Lee" for q in quotes)


def test_speaker_keeps_the_attributed_name_over_a_longer_form_seen_elsewhere() -> None:
    text = ("“We will not sign this treaty,” Lukas Berndt said on Monday.\n\n"
            "Officials later criticised the honourable Lukas Anton Berndt for the delay.")
    quote = _find(extract_quotes(text), "We will not sign")
    assert _speaker(quote) == "Lukas Berndt"


def test_cue_after_quote_beats_a_colon_lead_with_its_own_cue() -> None:
    text = ("At the gala, Ms. Adeyemi described the need for courage: “Change the rules, then "
            "change them again,” she said.")
    quote = _find(extract_quotes(text), "Change the rules")
    assert _mention(text, quote) == "she"


def test_name_before_an_of_phrase_after_the_quote() -> None:
    text = ("“Flat taxes do not survive a recession,” Tomas Reyna of the Lindqvist Policy "
            "Institute wrote recently.")
    quote = _find(extract_quotes(text), "Flat taxes")
    assert _speaker(quote) == "Tomas Reyna"


def test_name_before_an_of_phrase_in_the_lead_in() -> None:
    text = ("Yet, as Bishop Karel Novak of the Moravian Church of Brno told the Associated Press, "
            "“We have suffered the same fate.”")
    quote = _find(extract_quotes(text), "same fate")
    assert _speaker(quote) == "Karel Novak"


def test_an_institution_named_with_of_stays_whole() -> None:
    text = "“The ruling is final,” the Court of Appeals said."
    quote = _find(extract_quotes(text), "ruling is final")
    assert _mention(text, quote) == "the Court of Appeals"


def test_he_added_comma_before_the_next_quote_is_not_this_quotes_attribution() -> None:
    text = ("As Mayor Ines Duarte told the council, “The budget is balanced.” He added, "
            "“Nobody will lose a job.”")
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "budget is balanced")) == "Mayor Ines Duarte"
    assert _speaker(_find(quotes, "Nobody will lose")) == "Ines Duarte"


def test_a_message_noun_before_the_colon_is_not_the_speaker() -> None:
    text = ("Ms. Okoro toured the offices in Leeds to encourage young staffers with a simple "
            "message: “Do not give up now!”")
    quote = _find(extract_quotes(text), "Do not give up")
    assert _mention(text, quote) != "a simple message"


def test_a_clause_after_but_is_not_the_quotes_attribution() -> None:
    text = ("Mr. Halvorsen came close to an admission, saying, “We never said nobody was there,” "
            "but he denied that they were soldiers.")
    quote = _find(extract_quotes(text), "We never said")
    assert _mention(text, quote) == "Mr. Halvorsen"


def test_unlisted_speech_verb_after_an_adjective_and_a_name() -> None:
    text = "“Porto will always be Porto,” an angry Mendes retaliated. “It never gives up.”"
    quotes = extract_quotes(text)
    assert _speaker(_find(quotes, "always be Porto")) == "Mendes"
    assert _speaker(_find(quotes, "never gives up")) == "Mendes"


def test_passive_cue_names_its_agent() -> None:
    text = "Sen. Oduya was asked by host Carla Mendez, who backs him, “Has the story moved?”"
    quote = _find(extract_quotes(text), "Has the story moved")
    assert _speaker(quote) == "Carla Mendez"


def test_control_verb_between_subject_and_cue() -> None:
    text = ("The debate was so calm that Mr. Lindgren was prompted to say, “So far, I cannot "
            "believe how civil it has been.”")
    quote = _find(extract_quotes(text), "how civil")
    assert _speaker(quote) == "Lindgren"


def test_a_demonstrative_document_before_the_colon_stays_the_source() -> None:
    text = "The problem is shown by this finding: “Nine firms reported two different totals.”"
    quote = _find(extract_quotes(text), "Nine firms")
    assert _mention(text, quote) == "this finding"


def test_a_new_sentence_reporting_a_clause_is_not_the_quotes_attribution() -> None:
    text = ("In town after town, Ms. Ferreira argues for cheaper buses: “No one who works full "
            "time should have to walk to work.” She says not funding the routes is “cruel.”")
    quote = _find(extract_quotes(text), "No one who works")
    assert _mention(text, quote) != "She"


def test_a_short_new_sentence_with_a_cue_still_attributes() -> None:
    text = "“We will not resign.” Minister Farid Haddad said on Monday."
    quote = _find(extract_quotes(text), "We will not resign")
    assert _speaker(quote) == "Farid Haddad"


def test_quote_signed_with_a_dash_in_the_next_paragraph() -> None:
    text = ("Here are some of the claims.\n\n"
            "“Almost all new income is going to the top one percent.”\n\n"
            "- Bernard Olsen.\n\n"
            "The senator is relying on an outdated figure.\n\n"
            "“Great speech. She is ready.”\n\n"
            "-President Alma Reyes, tweeting after the speech.")
    quotes = extract_quotes(text)
    assert _speaker(_find(quotes, "top one percent")) == "Bernard Olsen"
    assert _speaker(_find(quotes, "Great speech")) == "Alma Reyes"


def test_inverted_cue_with_a_long_unlisted_description() -> None:
    text = ("Investigators are still at work.\n\n"
            "“There was negligence,” said a former senior fire safety inspector. “But was it "
            "a crime?”")
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "There was negligence")) == (
        "a former senior fire safety inspector"
    )


def test_descriptor_and_name_before_a_long_parenthetical() -> None:
    text = ("Boston Globe columnist Ruth Adler, in an effort to draw attention to the missing "
            "budget figures, wrote, “The council answered only two questions.”")
    quote = _find(extract_quotes(text), "only two questions")
    assert _speaker(quote) == "Ruth Adler"


def test_no_break_space_before_a_dash_signature() -> None:
    text = ("“We keep our shops open late.”\u00a0― Dolores Quiroga\u00a0\n"
            "“We pay our taxes.”\u00a0― Ana Beltrán\u00a0\n")
    quotes = extract_quotes(text)
    assert _speaker(_find(quotes, "shops open late")) == "Dolores Quiroga"
    assert _speaker(_find(quotes, "pay our taxes")) == "Ana Beltrán"


def test_party_and_state_in_parentheses_then_an_appositive() -> None:
    text = ("“They would just go and get them,” Rep. Dana Holt (D-Ore.), a member of the "
            "oversight panel, said in a phone interview.")
    quote = _find(extract_quotes(text), "just go and get them")
    assert _speaker(quote) == "Dana Holt"


def test_subject_before_a_relative_clause_in_the_lead_in() -> None:
    text = ("Although the talks stalled, a senior Lisbon official who spoke anonymously to "
            "discuss strategy said Wednesday, “Certainly there are discussions.”")
    quote = _find(extract_quotes(text), "Certainly there are")
    assert _mention(text, quote) == "a senior Lisbon official"


def test_cue_words_used_as_nouns_do_not_name_the_participles_subject() -> None:
    text = ("Marta Silva immediately posted a Facebook comment of her own, saying, “We are so "
            "excited to meet our grandchild!”\n\n"
            "Okafor did not seem impressed with Lindqvist’s comments Tuesday, telling reporters, "
            "“A lot of people said the mayor should resign.”")
    quotes = extract_quotes(text)
    assert _speaker(_find(quotes, "so excited")) == "Marta Silva"
    assert _speaker(_find(quotes, "mayor should resign")) == "Okafor"


def test_newsletter_item_headline_dash_name_colon() -> None:
    text = ("Voters warm to the governor - PollWatch: “The numbers moved in a week.”\n\n"
            "RURAL TURNOUT FELL AGAIN - Brandt: “Fewer people voted than in 2012.”")
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "numbers moved")) == "PollWatch"
    assert _mention(text, _find(quotes, "Fewer people voted")) == "Brandt"


def test_long_titled_description_after_the_quote() -> None:
    text = ("Sen. Mara Ostrom called for restraint.\n\n"
            "“Beijing is equally worried,” the independent Maine senator and Democratic "
            "presidential candidate told a morning show.")
    quote = _find(extract_quotes(text), "equally worried")
    assert _mention(text, quote) == (
        "the independent Maine senator and Democratic presidential candidate"
    )


def test_quoted_sentence_continues_past_the_mark_before_its_attribution() -> None:
    text = ("Rep. Ian Doyle spoke at length.\n\n"
            "“The politics are just so blatant” in the assembly, he said in an interview.\n\n"
            "“We are stuck in the past” on this issue, Varga said.")
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "so blatant")) == "he"
    assert _speaker(_find(quotes, "stuck in the past")) == "Varga"


def test_a_leading_conjunction_is_not_part_of_the_speakers_name() -> None:
    text = ("But Akira Tanabe, the chief financial officer, noted that consolidation was among "
            "the reasons for the cuts. “They are painful,” he said.")
    quotes = extract_quotes(text)
    assert _speaker(_find(quotes, "They are painful")) == "Akira Tanabe"


def test_time_phrase_and_subordinate_clause_before_the_subject() -> None:
    text = ("Eight years ago, she backed Lena Ortiz over Marco Diaz and said, “Diaz has never "
            "done anything for us.”\n\n"
            "Last month, when I asked Carl Dunn whether he would endorse her, he looked into my "
            "camera and said, “I am going to endorse you!”")
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "never done anything")) == "she"
    assert _mention(text, _find(quotes, "endorse you")) == "he"


def test_a_cue_word_used_as_an_adjective_is_not_the_lead_ins_cue() -> None:
    text = "Carla Reyes told the Chronicle in a written statement, “I do not want his support.”"
    quote = _find(extract_quotes(text), "his support")
    assert _speaker(quote) == "Carla Reyes"


def test_block_quotation_signed_inside_its_marks() -> None:
    text = ('The chair picked four members.\n\n'
            '"The senator should stay in until he gets what he is fighting for.\n'
            'Former union president Dale Hobbs."\n\n'
            'The party disagreed.\n\n'
            '"Our efforts to date have been insufficient.\n'
            'Mira Tal, deputy security adviser."')
    quotes = extract_quotes(text)
    assert _speaker(_find(quotes, "stay in until")) == "Dale Hobbs"
    assert _speaker(_find(quotes, "insufficient")) == "Mira Tal"
    signature = [q for q in quotes if q.text.startswith("Mira Tal")]
    assert signature and signature[0].kind == "partial" and signature[0].speaker is None


def test_a_continued_paragraph_that_is_not_a_signature_stays_a_quote() -> None:
    text = '"We thank every volunteer.\nGod bless America."'
    quotes = extract_quotes(text)
    assert _find(quotes, "God bless").kind == "direct"


def test_participle_cue_after_a_longer_clause_following_an_earlier_quote() -> None:
    text = ("Mr. Tran hardly clarified the matter, treating the remark as a compliment -- "
            "“That makes me smart” -- and, when questioned after the debate, asserting, “Of "
            "course, I pay my taxes.”")
    quote = _find(extract_quotes(text), "pay my taxes")
    assert _speaker(quote) == "Tran"


def test_a_document_or_post_opening_a_colon_lead_in_is_the_source() -> None:
    text = ("The treaty was signed in 1951. Article 12 affirms: “No state shall return a "
            "refugee.”\n\n"
            "Berg’s letter makes a blunt case: “We cannot wait for the next flood.”\n\n"
            "A footnote in the audit makes that clear: “These figures exclude the ministers.”\n\n"
            "Support poured in. One post said: “This is very sad. That is all I can say.”")
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "No state shall")) == "Article 12"
    assert _mention(text, _find(quotes, "next flood")) == "Berg’s letter"
    assert _mention(text, _find(quotes, "exclude the ministers")) == "A footnote in the audit"
    assert _mention(text, _find(quotes, "very sad")) == "One post"


def test_name_opening_an_unclosed_appositive_in_the_previous_sentence() -> None:
    text = ("Both candidates said it was no big deal.\n\n"
            "Tomas Berg, the spokesman for the Ostland Labour Party said in a statement. “There "
            "are no paper ballots to recount.”")
    quote = _find(extract_quotes(text), "paper ballots")
    assert _speaker(quote) == "Tomas Berg"


def test_person_noun_with_a_phrase_naming_a_body() -> None:
    text = ("In a statement, the spokesman for the ministry said: “No comment.”\n\n"
            "Later, a senior adviser at the Treasury told reporters, “We are done.”")
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "No comment")) == "the spokesman for the ministry"
    done = _find(quotes, "We are done")
    assert _mention(text, done) == "a senior adviser at the Treasury"
    assert _speaker(done) != "Treasury"
