"""Speaker shapes of English news (third round), on sentences written for these tests."""

from newsclaims import extract_quotes
from tests.quote_helpers import find_unnested as _find
from tests.quote_helpers import mention_text as _mention
from tests.quote_helpers import speaker_name as _speaker


def test_trailer_long_lowercase_description_before_the_name() -> None:
    text = ("“The bridge will not open before spring,” former regional transport planning "
            "chief Maren Ostby told a local radio station. She did not give a date.")
    quote = _find(extract_quotes(text), "The bridge will not open")
    assert _speaker(quote) == "Maren Ostby"
    assert _mention(text, quote) == "former regional transport planning chief Maren Ostby"


def test_trailer_description_with_a_name_used_as_modifier() -> None:
    text = ("“We counted every ballot twice,” veteran Lakeside County election clerk Ida Brun "
            "wrote in a letter to the paper. She retired last year.")
    quote = _find(extract_quotes(text), "We counted every ballot")
    assert _speaker(quote) == "Ida Brun"


def test_trailer_description_needs_a_full_name_after_it() -> None:
    # "on Tuesday night he": an adverbial phrase, then a pronoun, is no description.
    text = ("Olsen spoke first. “The port stays open,” on Tuesday night he told the crowd.")
    quote = _find(extract_quotes(text), "The port stays open")
    mention = _mention(text, quote)
    assert mention is None or not mention.startswith("on ")


def test_relative_pronoun_subject_of_a_lead_in_cue() -> None:
    # The relative pronoun is the cue's subject: the mention at the quote, standing for the
    # name before it.
    text = ("The motion won support from a harbour councillor, Petra Lind, who declared after "
            "the vote, “The ferry belongs to the island.” The mayor left early.")
    quote = _find(extract_quotes(text), "The ferry belongs")
    assert _mention(text, quote) == "who"
    assert _speaker(quote) == "Petra Lind"


def test_relative_pronoun_without_a_comma_and_a_non_person_antecedent() -> None:
    text = "Among the replies was one from Tomas Berg who wrote, “Nobody asked the fishermen.”"
    quote = _find(extract_quotes(text), "Nobody asked")
    assert _speaker(quote) == "Tomas Berg"
    text = "By noon the site showed a message that said, “The shop is closed for the holiday.”"
    quote = _find(extract_quotes(text), "The shop is closed")
    assert _mention(text, quote) == "that"


def test_relative_clause_after_the_main_cue_is_not_the_subject() -> None:
    # "Nilsen wrote back to a rival who promised …": the main clause's subject spoke.
    text = ("Reporter Jonas Nilsen wrote back to a rival who promised lower fares: “Your plan "
            "would close the northern route.”")
    quote = _find(extract_quotes(text), "Your plan would close")
    assert _speaker(quote) in ("Jonas Nilsen", "Reporter Jonas Nilsen")


def test_that_said_is_no_relative_subject() -> None:
    text = "Mira Holt spoke last. With that said, “The vote is closed.”"
    quote = _find(extract_quotes(text), "The vote is closed")
    assert _mention(text, quote) != "that"


def test_naming_verb_right_before_a_partial_quote() -> None:
    text = ("The reform led to what adviser Nora Vik called “the end of cheap ferries” in "
            "her 2004 memoir.")
    quote = _find(extract_quotes(text), "the end of cheap ferries")
    assert _speaker(quote) == "Nora Vik"


def test_naming_verb_quote_then_a_clause_of_its_own() -> None:
    # The clause after the quotation has its own subject and verb: it does not say who
    # called it so.
    text = ("Under what Ms. Aune called ''the old fee model,'' the Harbor Golf Club, a course "
            "north of the city, charged members $9,000 a year.")
    quote = _find(extract_quotes(text), "the old fee model")
    assert _mention(text, quote) == "Ms. Aune"


def test_naming_verb_after_a_common_noun_is_a_passive() -> None:
    text = "The town set up a website called “Move to Lakeview” that lists empty houses."
    quote = _find(extract_quotes(text), "Move to Lakeview")
    assert _speaker(quote) is None


def test_naming_verb_in_a_passive_is_no_speaker() -> None:
    text = ("Later, Dahl admitted that the work he did for the fees could be termed "
            "\"influence peddling,\" the Courier reported in 1994.")
    quote = next(q for q in extract_quotes(text) if q.text.startswith("influence peddling"))
    assert _mention(text, quote) != "Dahl"


def test_headline_speaker_on_topic_colon_quote() -> None:
    text = ("Okafor on Harbor Bridge Tolls: ‘We Will Not Raise Them.’\n\nMayor Ada Okafor "
            "said on Monday that tolls would stay as they are.")
    quote = _find(extract_quotes(text), "We Will Not Raise Them")
    assert _mention(text, quote) == "Okafor"
    text = "Port Authority Chief On Strike: ‘The Docks Stay Open.’\n\nThe strike began Monday."
    quote = _find(extract_quotes(text), "The Docks Stay Open")
    assert _mention(text, quote) == "Port Authority Chief"


def test_headline_shape_needs_a_name_before_on() -> None:
    text = "Later on: “The docks stay open.”"
    quote = _find(extract_quotes(text), "The docks stay open")
    assert _mention(text, quote) != "Later"


def test_candidacy_role_nouns_belong_to_the_mention() -> None:
    text = ("In Leeds, Labour Leadership hopeful Sen. Tom Arden was also critical, telling the "
            "Yorkshire Post: “The plan is typical of this government.”")
    quote = _find(extract_quotes(text), "The plan is typical")
    assert _speaker(quote) == "Tom Arden"
    assert _mention(text, quote) == "Labour Leadership hopeful Sen. Tom Arden"


def test_by_participle_subject_after_a_subordinate_clause() -> None:
    text = ("Judge Alvarez called a short recess. When she came back she began by saying, "
            "“The court has heard enough.”")
    quote = _find(extract_quotes(text), "The court has heard enough")
    assert _mention(text, quote) == "she"
    assert quote.speaker_span is not None and quote.speaker_span.start == text.index("she began")


def test_by_participle_needs_a_verb_before_by() -> None:
    text = ("Reporter Ana Ruiz corrected the GOP candidate by tweeting back a study showing "
            "“migrants commit fewer crimes.”")
    quote = next(q for q in extract_quotes(text) if q.text.startswith("migrants commit"))
    assert _mention(text, quote) != "the GOP"


def test_pronoun_after_a_quote_whose_lead_in_ends_in_its_cue() -> None:
    # "Holm said “…,” she said": the pronoun is the lead-in's subject, not the earlier speaker.
    text = ("Officials said the audit was closed. Asked about the audit, Holm said \"I have "
            "not seen the report,\" she said. \"Nobody sent it to me.\"")
    quote = _find(extract_quotes(text), "I have not seen the report")
    assert _speaker(quote) == "Holm"
    assert _mention(text, quote) == "she"


def test_pronoun_after_a_weak_cue_lead_in_is_not_its_subject() -> None:
    text = ("\"We stand with our allies,\" Mira Dahl told the meeting. Critics who think \"the "
            "alliance is over are wrong,\" she said.")
    quote = _find(extract_quotes(text), "the alliance is over")
    assert _speaker(quote) == "Mira Dahl"
