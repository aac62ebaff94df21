"""Reported-speech subjects that cannot be speakers, judged by the article's own text."""

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.quotes import extract_quotes
from newsclaims.quotes.plausible import common_word, implausible_subject, named_elsewhere


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
