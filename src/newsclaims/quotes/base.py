"""The two pluggable steps of quote extraction and the values passed between them.

An extractor finds quotations and the mention of who said each (``Candidate``); a resolver turns
the mentions of one article into canonical speakers (``Resolution``). Either can be replaced by
any object with the right method, e.g. a statistical model, through ``extract_quotes(...,
extractor=..., resolver=...)``; an extractor with a ``name`` can also be registered through the
``register_quote_extractors`` plugin hook and selected by that name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import attrs

from newsclaims.model import QuoteKind, Span, Speaker


@attrs.frozen
class Candidate:
    """A quotation found in the text, with the mention of its speaker (if any) at this quote.

    ``group`` links the fragments of one quotation (interrupted by its attribution or spread
    over paragraphs); ``parent`` is the index of the containing candidate for nested quotes;
    ``inherit`` asks the resolver to reuse the previous speaker when ``mention`` is ``None``;
    ``speech`` is false for scare quotes and titles, which are not attributed to anyone.
    """

    span: Span
    kind: QuoteKind = "direct"
    confidence: float = 1.0
    mention: Span | None = None
    cue: str | None = None
    group: int | None = None
    parent: int | None = None
    inherit: bool = False
    speech: bool = True
    mention_confidence: float = 0.0


@attrs.frozen
class Resolution:
    """Who a candidate's mention refers to within the article."""

    speaker: Speaker | None = None
    speaker_span: Span | None = None
    confidence: float = 0.0


@runtime_checkable
class QuoteExtractor(Protocol):
    """Finds quotations and speaker mentions; spans index ``text``."""

    def extract(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Candidate]:
        """Candidates in text order; ``paragraphs`` are half-open ranges of ``text``."""
        ...


@runtime_checkable
class NamedQuoteExtractor(QuoteExtractor, Protocol):
    """A :class:`QuoteExtractor` with the name it is registered and selected under."""

    @property
    def name(self) -> str:
        """Unique among registered extractors; ``extract_quotes(..., extractor=name)``."""
        ...


@runtime_checkable
class SpeakerResolver(Protocol):
    """Resolves the mentions of one article to canonical speakers."""

    def resolve(self, text: str, candidates: Sequence[Candidate]) -> list[Resolution]:
        """One resolution per candidate, in the same order."""
        ...
