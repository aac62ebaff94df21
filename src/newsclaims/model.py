"""The typed value objects newsclaims returns: Article, Quote, Speaker, Claim and their parts.

Every class is frozen and slotted; change one with ``attrs.evolve``. Validators and converters
sit at the boundary so an object that exists is a valid one. Serialisation lives in
``newsclaims.serialize``; ``to_dict``/``from_dict`` here only delegate to it.
"""

import datetime as _dt
import hashlib
import math
from collections.abc import Iterable
from typing import Any, Literal, cast, get_args

import attrs

QuoteKind = Literal["direct", "partial", "nested", "indirect"]
SpeakerKind = Literal["person", "organisation", "anonymous"]
Polarity = Literal["assert", "deny"]
ParagraphRole = Literal["paragraph", "subheading", "blockquote", "list_item"]

QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)
SPEAKER_KINDS: tuple[str, ...] = get_args(SpeakerKind)
POLARITIES: tuple[str, ...] = get_args(Polarity)
PARAGRAPH_ROLES: tuple[str, ...] = get_args(ParagraphRole)

def _tuple(value: Any) -> tuple[Any, ...]:
    # Accept any iterable (lists from callers, tuples from evolve) and freeze it.
    if value is None:
        return ()
    if isinstance(value, (str, bytes)):
        raise TypeError("expected a sequence of items, not a single string")
    return tuple(value)


def _offset_map(value: Any) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in _tuple(value))


def _str_tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in _tuple(value))


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _confidence(instance: object, attribute: "attrs.Attribute[float]", value: float) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be a number, got {type(value).__name__}")
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must lie in [0, 1], got {value!r}")


def _to_published(value: Any) -> _dt.datetime | _dt.date | None:
    # Naive datetimes are read as UTC: the model promises an aware datetime or a bare date.
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=_dt.timezone.utc)
    if isinstance(value, _dt.date):
        return value
    raise TypeError(f"published must be a datetime, a date or None, got {type(value).__name__}")


@attrs.frozen(order=True)
class Span:
    """A half-open character range ``[start, end)`` into a string."""

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), attrs.validators.ge(0)])
    end: int = attrs.field(validator=attrs.validators.instance_of(int))

    @end.validator
    def _check_end(self, attribute: "attrs.Attribute[int]", value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def shift(self, delta: int) -> "Span":
        return Span(self.start + delta, self.end + delta)

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@attrs.frozen
class Paragraph:
    """One block of the body: its text equals ``body[span.start:span.end]``."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    role: ParagraphRole = attrs.field(
        default="paragraph", validator=attrs.validators.in_(PARAGRAPH_ROLES)
    )

    @span.validator
    def _check_span(self, attribute: "attrs.Attribute[Span]", value: Span) -> None:
        if len(value) != len(self.text):
            raise ValueError("paragraph span length differs from its text length")


@attrs.frozen
class Source:
    """Where an article came from, and how to map body offsets back to the decoded input.

    ``offset_map`` holds anchors ``(body_offset, input_offset)``: from each anchor on, the
    two advance together until the next anchor. It is empty when there is no mapping
    (e.g. HTML, where the body is not a substring of the input).
    """

    location: str | None = attrs.field(default=None, converter=_optional_str)
    ingester: str | None = attrs.field(default=None, converter=_optional_str)
    media_type: str | None = attrs.field(default=None, converter=_optional_str)
    encoding: str | None = attrs.field(default=None, converter=_optional_str)
    entry: str | None = attrs.field(default=None, converter=_optional_str)
    offset_map: tuple[tuple[int, int], ...] = attrs.field(
        default=(), converter=_offset_map
    )

    @offset_map.validator
    def _check_map(
        self, attribute: "attrs.Attribute[tuple[tuple[int, int], ...]]", value: Any
    ) -> None:
        previous = (-1, -1)
        for anchor in value:
            negative = anchor[0] < 0 or anchor[1] < 0
            if negative or anchor[0] <= previous[0] or anchor[1] < previous[1]:
                raise ValueError("offset_map anchors must be non-negative and increasing")
            previous = anchor

    def to_input_offset(self, body_offset: int) -> int | None:
        """Map an offset into ``Article.body`` to an offset into the decoded input."""
        if not self.offset_map:
            return None
        best: tuple[int, int] | None = None
        for anchor in self.offset_map:
            if anchor[0] > body_offset:
                break
            best = anchor
        if best is None:
            return None
        return best[1] + (body_offset - best[0])


@attrs.frozen
class Speaker:
    """Who said something: ``name`` is canonical, ``mention`` is what the text said."""

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    mention: str | None = attrs.field(default=None, converter=_optional_str)
    role: str | None = attrs.field(default=None, converter=_optional_str)
    kind: SpeakerKind = attrs.field(default="person", validator=attrs.validators.in_(SPEAKER_KINDS))

    @name.validator
    def _check_name(self, attribute: "attrs.Attribute[str]", value: str) -> None:
        if not value.strip():
            raise ValueError("speaker name must not be empty")

    def to_dict(self) -> dict[str, Any]:
        from newsclaims.serialize import speaker_to_dict

        return speaker_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Speaker":
        from newsclaims.serialize import speaker_from_dict

        return speaker_from_dict(data)


@attrs.frozen
class Quote:
    """A quotation or reported statement found in an article body.

    ``span`` indexes ``Article.body`` (or the string given to ``extract_quotes``) and
    always slices exactly to ``text``, which excludes the quote marks.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    kind: QuoteKind = attrs.field(default="direct", validator=attrs.validators.in_(QUOTE_KINDS))
    speaker: Speaker | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Speaker))
    )
    speaker_span: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    cue: str | None = attrs.field(default=None, converter=_optional_str)
    confidence: float = attrs.field(default=1.0, validator=_confidence)
    speaker_confidence: float = attrs.field(default=0.0, validator=_confidence)
    source_span: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    attribution_id: int | None = attrs.field(default=None)
    parent: int | None = attrs.field(default=None)

    @span.validator
    def _check_span(self, attribute: "attrs.Attribute[Span]", value: Span) -> None:
        if len(value) != len(self.text):
            raise ValueError("quote span length differs from its text length")

    def to_dict(self) -> dict[str, Any]:
        from newsclaims.serialize import quote_to_dict

        return quote_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Quote":
        from newsclaims.serialize import quote_from_dict

        return quote_from_dict(data)


@attrs.frozen
class Quantity:
    """A number stated in text: ``value`` with its ``unit`` and ``hedge`` ("over", "about")."""

    value: float = attrs.field(converter=float)
    surface: str = attrs.field(validator=attrs.validators.instance_of(str))
    unit: str | None = attrs.field(default=None, converter=_optional_str)
    hedge: str | None = attrs.field(default=None, converter=_optional_str)
    span: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )

    @value.validator
    def _check_value(self, attribute: "attrs.Attribute[float]", value: float) -> None:
        if not math.isfinite(value):
            raise ValueError("quantity value must be finite")

    def to_dict(self) -> dict[str, Any]:
        from newsclaims.serialize import quantity_to_dict

        return quantity_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Quantity":
        from newsclaims.serialize import quantity_from_dict

        return quantity_from_dict(data)


@attrs.frozen
class Claim:
    """A proposition a speaker asserted or denied, with the quotes it rests on."""

    statement: str = attrs.field(validator=attrs.validators.instance_of(str))
    speaker: Speaker | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Speaker))
    )
    polarity: Polarity = attrs.field(default="assert", validator=attrs.validators.in_(POLARITIES))
    quantities: tuple[Quantity, ...] = attrs.field(default=(), converter=_tuple)
    evidence: tuple[Quote, ...] = attrs.field(default=(), converter=_tuple)
    about: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    article_id: str | None = attrs.field(default=None, converter=_optional_str)
    confidence: float = attrs.field(default=1.0, validator=_confidence)

    def to_dict(self) -> dict[str, Any]:
        from newsclaims.serialize import claim_to_dict

        return claim_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Claim":
        from newsclaims.serialize import claim_from_dict

        return claim_from_dict(data)


def content_id(*parts: str | None) -> str:
    """A stable id: the first 16 hex digits of SHA-256 over the given parts."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update((part or "").encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:16]


def _article_id(article: "Article") -> str:
    return content_id(article.url, article.title, article.body)


def _check_paragraphs(instance: "Article", attribute: Any, value: tuple[Paragraph, ...]) -> None:
    for paragraph in value:
        if not isinstance(paragraph, Paragraph):
            raise TypeError("paragraphs must be Paragraph objects")
        if paragraph.span.slice(instance.body) != paragraph.text:
            raise ValueError("a paragraph span does not slice the body to the paragraph's text")


def _check_quotes(instance: "Article", attribute: Any, value: tuple[Quote, ...]) -> None:
    for quote in value:
        if not isinstance(quote, Quote):
            raise TypeError("quotes must be Quote objects")
        if quote.span.slice(instance.body) != quote.text:
            raise ValueError("a quote span does not slice the body to the quote's text")


@attrs.frozen(kw_only=True)
class Article:
    """A news article: metadata, a normalised body and what was found in it.

    ``body`` is the paragraphs joined by a blank line; each paragraph's ``span`` indexes it.
    ``id`` is a content hash (url, title, body), so the same input always gives the same id.
    """

    title: str | None = attrs.field(default=None, converter=_optional_str)
    standfirst: str | None = attrs.field(default=None, converter=_optional_str)
    outlet: str | None = attrs.field(default=None, converter=_optional_str)
    url: str | None = attrs.field(default=None, converter=_optional_str)
    published: _dt.datetime | _dt.date | None = attrs.field(default=None, converter=_to_published)
    updated: _dt.datetime | _dt.date | None = attrs.field(default=None, converter=_to_published)
    dateline: str | None = attrs.field(default=None, converter=_optional_str)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    language: str | None = attrs.field(default=None, converter=_optional_str)
    body: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    paragraphs: tuple[Paragraph, ...] = attrs.field(
        default=(), converter=_tuple, validator=_check_paragraphs
    )
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_tuple, validator=_check_quotes)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_tuple)
    source: Source = attrs.field(
        factory=Source, validator=attrs.validators.instance_of(Source)
    )
    is_teaser: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    id: str = attrs.field(
        default=attrs.Factory(_article_id, takes_self=True),
        validator=attrs.validators.instance_of(str),
    )

    @property
    def subheadings(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.paragraphs if p.role == "subheading")

    @classmethod
    def from_paragraphs(
        cls, paragraphs: "Iterable[str | tuple[str, str]]", **fields: Any
    ) -> "Article":
        """Build an article whose body is the given paragraphs joined by a blank line.

        Each item is a paragraph's text, or ``(text, role)``; empty texts are skipped.
        """
        built: list[Paragraph] = []
        pieces: list[str] = []
        offset = 0
        for item in paragraphs:
            text, role = (item, "paragraph") if isinstance(item, str) else item
            if not text:
                continue
            if pieces:
                pieces.append("\n\n")
                offset += 2
            span = Span(offset, offset + len(text))
            built.append(Paragraph(text=text, span=span, role=cast(ParagraphRole, role)))
            pieces.append(text)
            offset += len(text)
        return cls(body="".join(pieces), paragraphs=tuple(built), **fields)

    def to_dict(self) -> dict[str, Any]:
        from newsclaims.serialize import article_to_dict

        return article_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        from newsclaims.serialize import article_from_dict

        return article_from_dict(data)
