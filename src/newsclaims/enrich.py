"""Add what is found in an article's body: quotes (with speakers), then claims."""

import attrs

from newsclaims.limits import DEFAULT_LIMITS, Limits
from newsclaims.model import Article, Quote, Span


def _with_source_spans(article: Article, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    if not article.source.offset_map:
        return quotes
    mapped = []
    for quote in quotes:
        start = article.source.to_input_offset(quote.span.start)
        end = article.source.to_input_offset(quote.span.end)
        if start is not None and end is not None and end >= start:
            quote = attrs.evolve(quote, source_span=Span(start, end))
        mapped.append(quote)
    return tuple(mapped)


def enrich(
    article: Article, *, limits: Limits = DEFAULT_LIMITS, quotes: bool = True, claims: bool = True
) -> Article:
    """Return ``article`` with its quotes and claims filled in."""
    if not quotes or not article.body:
        return article
    from newsclaims.quotes import extract_quotes

    found = tuple(extract_quotes(article.body, paragraphs=article.paragraphs))[: limits.max_quotes]
    article = attrs.evolve(article, quotes=_with_source_spans(article, found))
    if claims:
        from newsclaims.claims import build_claims

        article = attrs.evolve(article, claims=tuple(build_claims(article)))
    return article
