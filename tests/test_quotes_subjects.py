"""The subject read before a cue verb must have the shape of a subject noun phrase: web text
(guides, shop pages, blogs) puts imperatives, clauses and fused pronouns where news has names."""

from newsclaims.quotes import extract_quotes
from tests.quote_helpers import mention_text


def _indirect_mentions(text: str) -> list[str | None]:
    return [mention_text(text, q) for q in extract_quotes(text) if q.kind == "indirect"]


def test_imperative_opening_is_no_speaker() -> None:
    text = "Please note the shop closes early on public holidays in the winter season."
    assert _indirect_mentions(text) == []
    text = "Remember maintain a calm pace during the first ten minutes of the run."
    assert _indirect_mentions(text) == []


def test_infinitive_has_no_subject() -> None:
    text = "Needless to say, the new kettle boils water faster than the old one did."
    assert _indirect_mentions(text) == []


def test_fused_first_person_is_not_a_speaker() -> None:
    text = "I’m reminded the cheapest tents leak at the seams after one wet season."
    assert "I’m" not in _indirect_mentions(text)
    text = "We'll explain that the cheaper model is louder than the premium one."
    assert "We'll" not in _indirect_mentions(text)


def test_singular_determiner_with_plural_verb_makes_a_noun() -> None:
    text = "An accurate estimate also helps you order the right amount of timber."
    assert _indirect_mentions(text) == []
    text = "A mere 12 percent say they trust the new ferry timetable at all."
    assert _indirect_mentions(text) == ["A mere 12 percent"]


def test_modal_or_object_pronoun_splits_the_phrase() -> None:
    text = "This checklist will help you see where the money in your budget goes each month."
    assert _indirect_mentions(text) == []


def test_singular_name_with_plural_verb_is_no_clause() -> None:
    text = "Yoga stress relief classes start at six in the community hall on Mondays."
    assert _indirect_mentions(text) == []


def test_real_subjects_survive() -> None:
    text = "Officials said the bridge over the Tamar would reopen in March."
    assert _indirect_mentions(text) == ["Officials"]
    text = "Most believe the harbour tax will be repealed before the summer."
    assert _indirect_mentions(text) == ["Most"]
    text = "Aides to Marenko say the senator will vote against the budget bill."
    assert _indirect_mentions(text) == ["Aides to Marenko"]
    text = "If, as I've argued, the levy is unfair, the council will lose the vote in June."
    assert _indirect_mentions(text) == ["I've"]
    text = "Farmer Hilde May said the harvest was the worst she had seen in years."
    assert _indirect_mentions(text) == ["Farmer Hilde May"]
    text = "Since the strike, critics like Ana Petrov say the talks have failed for good."
    assert _indirect_mentions(text) == ["Ana Petrov"]


def test_list_labels_are_no_headline_speakers() -> None:
    for text in ("Pricing: From $12 a month for five seats, with a free trial.",
                 "Best Value: The Kestrel Trail 4 running shoe for beginners.",
                 "Data Protection: Encrypts every backup before it leaves the laptop.",
                 "Expert Tip: Switch off the router overnight to save some power."):
        assert _indirect_mentions(text) == [], text
    text = "Halvorsen: Budget Cuts Will Hurt the Northern Ferry Routes"
    assert _indirect_mentions(text) == ["Halvorsen"]


def test_phrase_left_open_is_no_subject() -> None:
    text = "The size of your projects will decide which of the three plans fits best."
    assert _indirect_mentions(text) == []


def test_writer_perfect_with_a_non_speech_verb() -> None:
    text = "I’ve written about the lake trails here on the site in several earlier posts."
    assert "I’ve" not in _indirect_mentions(text)


def test_fused_would_takes_the_base_form() -> None:
    text = "I'd argue that the lighter frame is worth the extra money for commuters."
    assert _indirect_mentions(text) == ["I'd"]


def test_noun_read_as_cue_heads_the_subject_of_the_next_verb() -> None:
    text = "A recent harbour authority report said the northern pier had been unsafe for years."
    assert _indirect_mentions(text) == ["A recent harbour authority report"]
