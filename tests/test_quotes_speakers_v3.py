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
