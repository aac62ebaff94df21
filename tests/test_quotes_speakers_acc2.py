"""More speaker attribution shapes of English news, on sentences written for these tests."""

from newsclaims import extract_quotes
from tests.quote_helpers import find_unnested as _find
from tests.quote_helpers import mention_text as _mention
from tests.quote_helpers import speaker_name as _speaker


def test_colon_lead_in_subject_after_an_introductory_phrase() -> None:
    # The noun phrase before the colon is the object of the lead-in's verb, not its subject.
    text = ("At stop after stop, Okonkwo campaigns for cheaper ferries: “Nobody should pay a day's "
            "wage to reach the mainland.”")
    assert _mention(text, _find(extract_quotes(text), "Nobody should pay")) == "Okonkwo"


def test_colon_lead_in_pronoun_subject_after_an_introductory_phrase() -> None:
    text = ("Mira Castell spoke softly in the hall. But back at the rally, she returned to her "
            "old themes: “The port belongs to the town! The town will keep it!”")
    quote = _find(extract_quotes(text), "The port belongs")
    assert _mention(text, quote) == "she"
    assert _speaker(quote) == "Mira Castell"


def test_colon_lead_in_subject_with_an_appositive() -> None:
    text = ("An early backer, Councillor Dana Whitlock, of Harbour Ward, tried the argument on "
            "local radio on Friday: “You could say the plan is a theft from the harbour.”")
    mention = _mention(text, _find(extract_quotes(text), "theft from the harbour"))
    assert mention is not None and "Radio" not in mention and "Friday" not in mention
    assert mention in ("An early backer", "Councillor Dana Whitlock")


def test_colon_lead_in_with_a_source_quoted_by_the_subject_is_not_the_subjects() -> None:
    text = "Holm quotes the former planner Rita Vos: “I would pave every meadow in the valley.”"
    quote = _find(extract_quotes(text), "pave every meadow")
    assert _mention(text, quote) != "Holm"


def test_possessive_reply_was_colon_lead_in() -> None:
    text = ("The aide wrote to the minister about the storm. Okafor’s reply was: “Is the bakery "
            "on Main Street still open?”")
    quote = _find(extract_quotes(text), "bakery on Main Street")
    assert _mention(text, quote) == "Okafor"


def test_noun_phrase_after_a_preposition_before_the_colon_is_not_the_speaker() -> None:
    text = ("Later the mayor turned to the new budget and asked the council for a higher "
            "transit fund: “Buses are the backbone of this city.”")
    quote = _find(extract_quotes(text), "backbone of this city")
    assert _mention(text, quote) != "a higher transit fund"


def test_more_from_two_named_authors() -> None:
    text = ("Turnout was high. More from Lindqvist and Obi: “Our panel saw the shift a week "
            "before the vote.”")
    quote = _find(extract_quotes(text), "Our panel saw")
    assert _mention(text, quote) == "Lindqvist and Obi"


def test_a_sentence_after_a_question_is_not_its_attribution() -> None:
    text = ("Tessa Marr was asked about the strike in 2019. Marr, weary, finally answered: "
            "“What difference does a week make?” Her rivals quoted the line for a month.")
    quote = _find(extract_quotes(text), "What difference")
    assert _speaker(quote) == "Tessa Marr"


def test_a_reply_after_a_question_opens_a_new_sentence() -> None:
    text = ("Okafor answers Reyes with, “Why now? Was that on my way to Oslo?” Reyes then writes "
            "back, “You look tired.”")
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "Why now")) != "Reyes"
    assert _mention(text, _find(quotes, "You look tired")) == "Reyes"


def test_a_cue_after_a_question_or_exclamation_still_attributes() -> None:
    text = ("“Why should we wait?” Ortega asked the crowd. “Not one more day!” Bell shouted, a "
            "line she repeats at every stop. “Is that fair?” Ortega said with a shrug.")
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "Why should we wait")) == "Ortega"
    assert _mention(text, _find(quotes, "Not one more day")) == "Bell"
    assert _mention(text, _find(quotes, "Is that fair")) == "Ortega"


def test_inverted_cue_with_a_lone_another_or_one() -> None:
    text = ("Commenters were split. “This ferry is a lifeline,” wrote one regular rider. “Raise "
            "the fares and we walk,” posted another. “Nobody asked us,” said one.")
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "Raise the fares")) == "another"
    assert _mention(text, _find(quotes, "Nobody asked us")) == "one"


def test_unknown_past_tense_verb_before_the_comma_of_a_lead_in() -> None:
    text = ("The debate was tense - at one point, Senator Ada Brandt quipped back and then "
            "snorted, ''Nobody reads the bill.'' - yet the bill passed. During the forum, "
            "Marta Quill wisecracked, ''I am a moderate who likes to win.''")
    quote = _find(extract_quotes(text), "a moderate who likes")
    assert _mention(text, quote) == "Marta Quill"


def test_unknown_verb_in_a_subordinate_clause_is_not_a_lead_in() -> None:
    text = ("Jonas Weller gave the opening speech. When Lena Ortiz finished, “the hall stood "
            "up and cheered for ten minutes,” the organisers wrote.")
    quote = _find(extract_quotes(text), "the hall stood")
    assert _mention(text, quote) != "Lena Ortiz"


def test_sang_is_a_cue() -> None:
    text = "As the Harbour Boys sang in 1979, “They will sell the docks to pay the bills.”"
    quote = _find(extract_quotes(text), "sell the docks")
    assert _mention(text, quote) == "the Harbour Boys"


def test_lead_in_ending_in_the_message_given() -> None:
    text = ("Hours after the flood, Governor Ilse Marr issued a short statement, “Our thoughts are "
            "with every family in the valley.” When Marr used the words, “We will rebuild,” "
            "the crowd cheered.")
    quotes = extract_quotes(text)
    assert _speaker(_find(quotes, "Our thoughts")) == "Ilse Marr"
    assert _speaker(_find(quotes, "We will rebuild")) == "Ilse Marr"


def test_subject_before_a_quoted_title_in_its_insertion() -> None:
    text = ("As Nora Beck, a historian at Lund and author of “The Quiet Harbour,” put it, “Every "
            "port town votes with its fishermen.” Later, Tom Ulf, who called the plan “a "
            "gift to developers,” said, “We will fight it in court.”")
    quotes = extract_quotes(text)
    assert _speaker(_find(quotes, "Every port town")) == "Nora Beck"
    assert _speaker(_find(quotes, "fight it in court")) == "Tom Ulf"


def test_passive_agent_with_a_long_relative_clause() -> None:
    text = ("Mayor Lund was asked by host Petra Saari, who has backed the mayor for years but "
            "doubted the tunnel plan from the start, “Has the tunnel become too costly?”")
    quote = _find(extract_quotes(text), "tunnel become too costly")
    assert _speaker(quote) == "Petra Saari"


def test_pronoun_before_a_verb_coordinated_with_the_cue() -> None:
    text = ("When Ivo Brandt, the mayor's chief of staff was asked at a breakfast hosted by the "
            "Harbour Times if the mayor would run again, she smiled and said, “Ask me in May.”")
    quote = _find(extract_quotes(text), "Ask me in May")
    assert _mention(text, quote) == "she"


def test_an_appositive_after_an_exclamation_is_still_the_attribution() -> None:
    text = ("“This is a big year for our harbour!” Vass's cousin, state Sen. Ola Berg, shouted "
            "to the crowd.")
    quote = _find(extract_quotes(text), "big year for our harbour")
    assert _mention(text, quote) is not None and "Vass" in (_mention(text, quote) or "")


def test_sang_is_no_cue_of_reported_speech() -> None:
    text = "Nora Vale sings to the mayor of Lund in a preview clip of her new album, out Friday."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_a_pronoun_before_a_headline_colon_is_no_source() -> None:
    text = "We: Harbour fees will double next spring, the port says"
    assert all(q.speaker_span is None or q.speaker_span.slice(text) != "We"
               for q in extract_quotes(text))


def test_contracted_pronoun_before_the_cue() -> None:
    text = ("Ever since Ada Lind opened her campaign, she's said the same thing at every stop: "
            "“The harbour is ours.”")
    quote = _find(extract_quotes(text), "The harbour is ours")
    assert _mention(text, quote) == "she"
    assert _speaker(quote) == "Ada Lind"


def test_participle_subject_with_a_party_label_and_appositive() -> None:
    text = ("Ohio Gov. Rob Tenney (D), a close Lind ally, quietly conceded the point even as he "
            "defended the plan, saying, “Most of the plan is entirely new.”")
    quote = _find(extract_quotes(text), "Most of the plan")
    assert _speaker(quote) == "Rob Tenney"


def test_pronoun_subject_of_a_verb_phrase_coordinated_with_the_cue() -> None:
    text = ("Beaming at the rally, Mayor Ines Holt won applause as she thanked the volunteers "
            "and then shouted, “This town never gives up.” Colonel Ari Weiss opened the debate "
            "when he brought up the old bridge and later said, “It is not just about money.”")
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "never gives up")) == "she"
    assert _mention(text, _find(quotes, "not just about money")) == "he"


def test_pronoun_in_a_that_clause_before_the_conjunction_is_not_the_subject() -> None:
    text = ("The governor noted that she had taught law for years and added: “I know a little "
            "about this.”")
    quote = _find(extract_quotes(text), "I know a little")
    assert _mention(text, quote) == "The governor"


def test_a_prepositional_phrase_after_the_quote_is_no_descriptor_before_a_name() -> None:
    text = ("Vass, a senior aide said, “is sure of the contrast” between her and Berg, and for "
            "years she has told her staff that she never loses a debate.")
    quote = _find(extract_quotes(text), "sure of the contrast")
    assert _mention(text, quote) == "a senior aide"


def test_a_quantifier_opening_a_colon_lead_in_is_no_speaker() -> None:
    text = ("Each summer season, there is a promise many tourists make: “Next year, I am moving "
            "to the coast!”")
    quote = _find(extract_quotes(text), "moving to the coast")
    assert _mention(text, quote) != "Each"


def test_parenthetical_cue_with_a_phrase_before_the_reported_clause() -> None:
    text = ("If anything, Ostrom argued in her letter, the outage shows why the city needs a "
            "second power line.")
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert found and found[0].text.startswith("the outage shows")
    assert _speaker(found[0]) == "Ostrom"


def test_reporting_from_a_place_is_no_reported_speech() -> None:
    text = "Lena Sato reported from Oslo. Mark Vine has reported from every summit this year."
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_a_title_set_off_after_a_work_noun_is_no_quotation() -> None:
    text = ("The war ended the family's plans, Ms. Okafor wrote in her 2014 memoir, “A Harbour "
            "Far Away.” In his first book, “Letters From the Northern Coast,” published in 2009, "
            "Mr. Lind described his childhood.")
    quotes = extract_quotes(text)
    for title in ("A Harbour Far Away", "Letters From the Northern Coast"):
        quote = _find(quotes, title)
        assert quote.kind == "partial" and quote.speaker is None


def test_a_sentence_after_a_work_noun_is_still_a_quotation() -> None:
    text = "In her memoir, Ms. Okafor wrote, “We left the harbour in the spring of 1961.”"
    quote = _find(extract_quotes(text), "We left the harbour")
    assert quote.kind == "direct" and _speaker(quote) == "Okafor"


def test_participle_after_an_embedded_title_takes_the_clause_subject() -> None:
    text = ("Later that day, Okafor posted a syllabus for a class called “Perception” on her "
            "blog, writing “Here is the class you said never existed.”")
    quote = _find(extract_quotes(text), "Here is the class")
    assert _speaker(quote) == "Okafor"


def test_participle_after_a_finite_cue_keeps_that_cues_subject() -> None:
    text = ("“This will be hard” for Lind, said Vass. “She can never be as bold as Berg,” she "
            "said, recalling her own race: “He took my attention away.”")
    quote = _find(extract_quotes(text), "He took my attention")
    assert _mention(text, quote) == "she"


def test_a_participle_after_a_quote_is_no_inverted_cue() -> None:
    text = ("Mayor Ines Holt gave a passionate defense of “harbour values,” saying the town "
            "embodied the “grit and heart of the coast.”")
    quote = _find(extract_quotes(text), "harbour values")
    assert _mention(text, quote) != "the town embodied the"


def test_a_possessive_noun_phrase_opening_a_colon_lead_in_is_not_the_speaker() -> None:
    text = ("The size of Lind’s lead does not surprise harbour pollster Ada Varga: “Late "
            "deciders usually break for the favourite.”")
    quote = _find(extract_quotes(text), "Late deciders")
    assert _mention(text, quote) == "Ada Varga"


def test_a_dateline_is_not_a_participles_subject() -> None:
    text = ("OSLO, May 3 (NTB) — At the harbour, Mayor Ines Holt rallied supporters, saying: "
            "“We have to be ready for the storm.”")
    quote = _find(extract_quotes(text), "ready for the storm")
    assert _speaker(quote) == "Ines Holt"


def test_a_speaker_quoted_inside_a_quotation_does_not_become_the_next_speaker() -> None:
    text = ("“The late Ana Reyes had a saying – ‘the harbour never forgets.’ We live by it,” "
            "Holt adds.\n\n"
            "“The council is spreading rumours about the ferry.”\n\n"
            "“Some of us felt we could not work with them,” he notes.")
    quotes = extract_quotes(text)
    assert _speaker(_find(quotes, "spreading rumours")) == "Holt"
    assert _speaker(_find(quotes, "could not work")) == "Holt"


def test_pronoun_after_a_quote_is_the_named_subject_of_its_lead_in() -> None:
    text = ("“In other news,” Ravi Patel posted in May, “the mayor backs her own spokesman.”\n\n"
            "Spokesman Ole Brandt fired back: “As a guardian of the harbour,” he wrote, “you "
            "should know better.”\n\n"
            "Oz appeared at a hearing in 2014.\n\n"
            "Sen. Clara Voss (D-Mo.) scolded him: “The science is against you,” she said.")
    quotes = extract_quotes(text)
    guardian = _find(quotes, "guardian of the harbour")
    assert _mention(text, guardian) == "he" and _speaker(guardian) == "Ole Brandt"
    science = _find(quotes, "science is against")
    assert _mention(text, science) == "she" and _speaker(science) == "Clara Voss"


def test_lead_in_name_of_the_other_gender_is_not_the_pronouns() -> None:
    text = ("“We are late,” Ravi Patel said. “Very late,” he added.\n\n"
            "Then Ravi Patel turned to Mayor Clara Voss: “Your move,” she replied.")
    quote = _find(extract_quotes(text), "Your move")
    assert _speaker(quote) != "Ravi Patel"
