"""Look-ups the quote tests share: a quote by a fragment of its text, its speaker and mention."""

from newsclaims.model import Quote


def find_quote(quotes: list[Quote], fragment: str, *, nested: bool = True) -> Quote:
    """The first quote containing ``fragment`` (nested ones left out with ``nested=False``)."""
    matches = [q for q in quotes if fragment in q.text and (nested or q.kind != "nested")]
    assert matches, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    return matches[0]


def find_unnested(quotes: list[Quote], fragment: str) -> Quote:
    return find_quote(quotes, fragment, nested=False)


def speaker_name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


def mention_text(text: str, quote: Quote) -> str | None:
    """The words at ``speaker_span`` (the mention at this quote), if any."""
    return quote.speaker_span.slice(text) if quote.speaker_span is not None else None
