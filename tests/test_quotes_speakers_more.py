"""Speaker attribution shapes found in English news, on sentences written for these tests."""

from newsclaims import extract_quotes
from newsclaims.model import Quote


def _find(quotes: list[Quote], fragment: str) -> Quote:
    matches = [q for q in quotes if fragment in q.text and q.kind != "nested"]
    assert matches, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    return matches[0]


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


def _mention(text: str, quote: Quote) -> str | None:
    return quote.speaker_span.slice(text) if quote.speaker_span else None


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
