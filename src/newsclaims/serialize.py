"""JSON-ready dicts from the model and back; the shape is ``docs/schema/article.schema.json``.

``x_from_dict(x_to_dict(obj)) == obj`` for every model object. Dates are ISO 8601 strings:
``YYYY-MM-DD`` for a date, a full timestamp with its UTC offset for a datetime.
"""

import datetime as _dt
from typing import Any

from newsclaims.model import (
    Article,
    Claim,
    Paragraph,
    Quantity,
    Quote,
    Source,
    Span,
    Speaker,
)

SCHEMA_VERSION = 1


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _span_from(data: Any) -> Span | None:
    return None if data is None else _required_span(data)


def _required_span(data: Any) -> Span:
    return Span(int(data[0]), int(data[1]))


def date_to_str(value: _dt.datetime | _dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def date_from_str(value: str | None) -> _dt.datetime | _dt.date | None:
    if value is None:
        return None
    if "T" in value:
        return _dt.datetime.fromisoformat(value)
    return _dt.date.fromisoformat(value)


def speaker_to_dict(speaker: Speaker) -> dict[str, Any]:
    return {"name": speaker.name, "mention": speaker.mention, "role": speaker.role,
            "kind": speaker.kind}


def speaker_from_dict(data: dict[str, Any]) -> Speaker:
    return Speaker(name=data["name"], mention=data.get("mention"), role=data.get("role"),
                   kind=data.get("kind", "person"))


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "span": _span(quote.span),
        "kind": quote.kind,
        "speaker": None if quote.speaker is None else speaker_to_dict(quote.speaker),
        "speaker_span": _span(quote.speaker_span),
        "cue": quote.cue,
        "confidence": quote.confidence,
        "speaker_confidence": quote.speaker_confidence,
        "source_span": _span(quote.source_span),
        "attribution_id": quote.attribution_id,
        "parent": quote.parent,
    }


def quote_from_dict(data: dict[str, Any]) -> Quote:
    speaker = data.get("speaker")
    return Quote(
        text=data["text"],
        span=_required_span(data["span"]),
        kind=data.get("kind", "direct"),
        speaker=None if speaker is None else speaker_from_dict(speaker),
        speaker_span=_span_from(data.get("speaker_span")),
        cue=data.get("cue"),
        confidence=data.get("confidence", 1.0),
        speaker_confidence=data.get("speaker_confidence", 0.0),
        source_span=_span_from(data.get("source_span")),
        attribution_id=data.get("attribution_id"),
        parent=data.get("parent"),
    )


def quantity_to_dict(quantity: Quantity) -> dict[str, Any]:
    return {"value": quantity.value, "unit": quantity.unit, "hedge": quantity.hedge,
            "surface": quantity.surface, "span": _span(quantity.span)}


def quantity_from_dict(data: dict[str, Any]) -> Quantity:
    return Quantity(value=data["value"], surface=data["surface"], unit=data.get("unit"),
                    hedge=data.get("hedge"), span=_span_from(data.get("span")))


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    return {
        "statement": claim.statement,
        "speaker": None if claim.speaker is None else speaker_to_dict(claim.speaker),
        "polarity": claim.polarity,
        "quantities": [quantity_to_dict(q) for q in claim.quantities],
        "evidence": [quote_to_dict(q) for q in claim.evidence],
        "about": list(claim.about),
        "article_id": claim.article_id,
        "confidence": claim.confidence,
    }


def claim_from_dict(data: dict[str, Any]) -> Claim:
    speaker = data.get("speaker")
    return Claim(
        statement=data["statement"],
        speaker=None if speaker is None else speaker_from_dict(speaker),
        polarity=data.get("polarity", "assert"),
        quantities=[quantity_from_dict(q) for q in data.get("quantities", ())],
        evidence=[quote_from_dict(q) for q in data.get("evidence", ())],
        about=data.get("about", ()),
        article_id=data.get("article_id"),
        confidence=data.get("confidence", 1.0),
    )


def paragraph_to_dict(paragraph: Paragraph) -> dict[str, Any]:
    return {"text": paragraph.text, "span": _span(paragraph.span), "role": paragraph.role}


def paragraph_from_dict(data: dict[str, Any]) -> Paragraph:
    return Paragraph(text=data["text"], span=_required_span(data["span"]),
                     role=data.get("role", "paragraph"))


def source_to_dict(source: Source) -> dict[str, Any]:
    return {
        "location": source.location,
        "ingester": source.ingester,
        "media_type": source.media_type,
        "encoding": source.encoding,
        "entry": source.entry,
        "offset_map": [list(anchor) for anchor in source.offset_map],
    }


def source_from_dict(data: dict[str, Any]) -> Source:
    return Source(
        location=data.get("location"),
        ingester=data.get("ingester"),
        media_type=data.get("media_type"),
        encoding=data.get("encoding"),
        entry=data.get("entry"),
        offset_map=data.get("offset_map", ()),
    )


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "id": article.id,
        "title": article.title,
        "standfirst": article.standfirst,
        "outlet": article.outlet,
        "url": article.url,
        "published": date_to_str(article.published),
        "updated": date_to_str(article.updated),
        "dateline": article.dateline,
        "authors": list(article.authors),
        "language": article.language,
        "body": article.body,
        "paragraphs": [paragraph_to_dict(p) for p in article.paragraphs],
        "subheadings": list(article.subheadings),
        "quotes": [quote_to_dict(q) for q in article.quotes],
        "claims": [claim_to_dict(c) for c in article.claims],
        "source": source_to_dict(article.source),
        "is_teaser": article.is_teaser,
        "warnings": list(article.warnings),
    }


def article_from_dict(data: dict[str, Any]) -> Article:
    """Read an article back; ``subheadings`` and ``schema_version`` are derived, not read."""
    return Article(
        id=data["id"],
        title=data.get("title"),
        standfirst=data.get("standfirst"),
        outlet=data.get("outlet"),
        url=data.get("url"),
        published=date_from_str(data.get("published")),
        updated=date_from_str(data.get("updated")),
        dateline=data.get("dateline"),
        authors=data.get("authors", ()),
        language=data.get("language"),
        body=data.get("body", ""),
        paragraphs=[paragraph_from_dict(p) for p in data.get("paragraphs", ())],
        quotes=[quote_from_dict(q) for q in data.get("quotes", ())],
        claims=[claim_from_dict(c) for c in data.get("claims", ())],
        source=source_from_dict(data.get("source") or {}),
        is_teaser=bool(data.get("is_teaser", False)),
        warnings=data.get("warnings", ()),
    )
