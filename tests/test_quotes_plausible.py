"""Reported-speech subjects that cannot be speakers, judged by the article's own text."""

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.quotes import extract_quotes
from newsclaims.quotes.plausible import (
    common_word,
    fused_auxiliary,
    implausible_subject,
    named_elsewhere,
    reporting_evidence,
)


def indirect(text: str) -> list[tuple[str | None, str]]:
    return [
        (text[q.speaker_span.start : q.speaker_span.end] if q.speaker_span else None, q.text)
        for q in extract_quotes(text)
        if q.kind == "indirect"
    ]


GUIDE = (
    "Choosing a plan for a small team\n"
    "Competition requires more content, outreach and links to win a share of the market.\n"
    "The competition in this niche is strong, so plan for a year of steady work.\n"
    "Pricing: plans start at $20 a month and the yearly plan saves about 15 percent.\n"
    "The pricing of the add-ons is listed on the vendor's site.\n"
    "You know how hard it is to switch tools when the whole team depends on them.\n"
)


def test_capitalised_common_nouns_and_labels_are_not_speakers() -> None:
    speakers = [speaker for speaker, _ in indirect(GUIDE)]
    assert "Competition" not in speakers
    assert "Pricing" not in speakers
    assert "You" not in speakers


NEWS = (
    "Price said the bill would pass before the summer recess.\n"
    "Rep. Tom Price has led the committee since 2015, and the price of the plan is disputed.\n"
    "Analysts said that the vote would be close.\n"
    "Investors fear that the deal will collapse.\n"
    "Polls show that the race has tightened in recent weeks.\n"
    "Morales: the election was stolen from the people of the highlands\n"
    "Supporters of Evo Morales gathered in the capital on Sunday.\n"
)


def test_names_agent_nouns_and_sources_of_findings_stay_speakers() -> None:
    speakers = {speaker for speaker, _ in indirect(NEWS)}
    assert {"Price", "Analysts", "Investors", "Polls", "Morales"} <= speakers


def test_common_word_needs_a_lower_case_use_and_no_capital_inside_a_sentence() -> None:
    text = "Growth slowed. The growth of exports was weak, said Mr. Growth's rival Ann Lee."
    assert common_word("Growth slowed. The growth of exports was weak.", "Growth")
    assert not common_word(text, "Growth")  # capitalised inside a sentence: a name
    assert not common_word("Merkel said so. Merkel left.", "Merkel")
    assert not common_word("Officials said so. The officials left.", "Officials")


def test_a_colon_speaker_must_be_named_in_the_story() -> None:
    text = "Morales: we won\nThe rally for Evo Morales was large.\nTip: book early"
    assert named_elsewhere(text, 0, 7)
    tip = text.index("Tip")
    assert not named_elsewhere(text, tip, tip + 3)


def test_generic_you_and_question_words_are_never_speakers() -> None:
    for mention in ("You", "you", "Your team", "Where Notion", "What"):
        text = f"{mention} says that the tool is fine."
        assert implausible_subject(text, 0, len(mention))


@given(st.text(max_size=80), st.integers(0, 80), st.integers(0, 80))
def test_the_checks_never_raise(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert isinstance(implausible_subject(text, start, end), bool)
    assert isinstance(named_elsewhere(text, start, end), bool)
    for word in text.split()[:3]:
        assert isinstance(common_word(text, word), bool)


# A product review: no one is reported, the page speaks for itself.
REVIEW = (
    "Our verdict on the Larkspur 300 blender\n"
    "It offers five speeds and a pulse mode for crushing ice.\n"
    "I think the jug is a little heavy for everyday use.\n"
    "We plan to test the larger model next spring.\n"
    "Most kitchens want a machine that is quiet and easy to clean.\n"
    "I've found that the lid seals well even at full speed.\n"
    "Best For: smoothies, soups and frozen desserts\n"
)


def test_a_page_that_reports_no_one_has_no_reported_speech() -> None:
    assert indirect(REVIEW) == []


# A news story: someone else is reported, so the same shapes are kept.
STORY = (
    "Governor Ana Ruiz said on Monday that the budget would be balanced by June.\n"
    "\u201cWe will not raise taxes,\u201d Ruiz told reporters in the capital.\n"
    "It offers the counties a larger share of the fuel levy.\n"
    "Ruiz: the deal protects the schools\n"
    "We plan to hold hearings in every county, the speaker of the assembly said.\n"
)


def test_a_story_that_reports_someone_keeps_its_reported_speech() -> None:
    speakers = {speaker for speaker, _ in indirect(STORY)}
    assert {"Governor Ana Ruiz", "It", "Ruiz"} <= speakers


def test_pronoun_with_auxiliary_reports_only_with_a_speech_verb() -> None:
    text = (
        "Senator Okafor said that the vote would be close.\n"
        "I've learned that nothing in this chamber is certain.\n"
        "I'd add that the committee has not met since May.\n"
    )
    pairs = indirect(text)
    assert not any(speaker and speaker.startswith("I've") for speaker, _ in pairs)
    assert any(speaker == "I'd" for speaker, _ in pairs)
    assert fused_auxiliary("We're planning a trip", 0, 5)
    assert fused_auxiliary("it\u2019s fine", 0, 4)
    assert not fused_auxiliary("Rep. O'Neill said so", 5, 12)
    assert not fused_auxiliary("I said so", 0, 1)


def test_reporting_evidence_counts_attributions_to_others_only() -> None:
    from newsclaims.model import Span
    from newsclaims.quotes.base import Candidate
    from newsclaims.quotes.indirect import SAY_CUES

    text = "I said no. Lee said yes. We told them."
    mine = Candidate(Span(8, 10), kind="indirect", mention=Span(0, 1), cue="said")
    lee = Candidate(Span(20, 23), kind="indirect", mention=Span(11, 14), cue="said")
    ours = Candidate(Span(30, 35), kind="indirect", mention=Span(25, 27), cue="told")
    assert reporting_evidence(text, [], [mine, ours], SAY_CUES) == 0
    assert reporting_evidence(text, [], [mine, lee, ours], SAY_CUES) == 1
    quoted = Candidate(Span(0, 5), kind="direct", mention=Span(11, 14), cue="said")
    assert reporting_evidence(text, [quoted, quoted, quoted, quoted], [], SAY_CUES) == 3
    # The bare form is an idiom or the reader's: "Needless to say", "Let's say".
    idiom = Candidate(Span(14, 23), kind="indirect", mention=Span(0, 8), cue="say")
    assert reporting_evidence("Needless say it works.", [], [idiom], SAY_CUES) == 0
    it = Candidate(Span(8, 20), kind="indirect", mention=Span(0, 2), cue="explained")
    assert reporting_evidence("It explained the rules.", [], [it], SAY_CUES) == 0


def test_a_page_that_quotes_no_one_keeps_only_findings() -> None:
    text = (
        "A guide to quieter kitchens\n"
        "They want appliances that run below fifty decibels.\n"
        "A 2022 survey found that most owners run the dishwasher at night.\n"
    )
    assert [speaker for speaker, _ in indirect(text)] == ["A 2022 survey"]
    # One attribution to a named other and the page reports: "they" may be a source again.
    reported = text + "Dr. Mei Tanaka explained that noise above sixty decibels disturbs sleep.\n"
    assert {"They", "A 2022 survey", "Dr. Mei Tanaka"} <= {s for s, _ in indirect(reported)}
