"""Bounds that keep hostile or huge input from hanging or exhausting the caller's process.

Who enforces what:

- ``max_bytes``: the pipeline, before any ingester runs (files by size, streams by reading at
  most ``max_bytes + 1``); raises :class:`~newsclaims.errors.InputTooLarge`.
- ``max_paragraphs``: the pipeline, on every article an ingester yields: later paragraphs are
  cut and the article carries a warning (nothing is cut silently).
- ``max_quotes``: :func:`newsclaims.extract_quotes` resolves speakers for the first ``max_quotes``
  candidates only (enrichment applies the same cut).
- ``max_html_depth``: the HTML ingester (and any ingester that builds a tree from markup):
  elements nested deeper are flattened (their text joins the block at the limit; nothing is
  dropped). Both HTML walks are iterative, so ``RecursionError`` never escapes; plugins that
  recurse must bound themselves by this limit.
- ``max_feed_entries``: the feed ingester reads at most that many entries and warns.

Ingesters keep the ``ingest(document)`` signature; they read the limits in force with
:func:`current_limits`, which the pipeline sets while it drives them.
"""

import contextlib
import contextvars
from collections.abc import Iterator

import attrs


@attrs.frozen(kw_only=True)
class Limits:
    """Configurable limits with safe defaults; pass ``limits=Limits(...)`` to ``ingest``."""

    max_bytes: int = attrs.field(default=64 * 1024 * 1024, validator=attrs.validators.gt(0))
    max_html_depth: int = attrs.field(default=512, validator=attrs.validators.gt(0))
    max_paragraphs: int = attrs.field(default=20_000, validator=attrs.validators.gt(0))
    max_quotes: int = attrs.field(default=5_000, validator=attrs.validators.gt(0))
    max_feed_entries: int = attrs.field(default=50_000, validator=attrs.validators.gt(0))


DEFAULT_LIMITS = Limits()

_current: contextvars.ContextVar[Limits] = contextvars.ContextVar(
    "newsclaims_limits", default=DEFAULT_LIMITS
)


def current_limits() -> Limits:
    """The limits in force: those given to the running ``ingest`` call, else the defaults."""
    return _current.get()


@contextlib.contextmanager
def using_limits(limits: Limits) -> Iterator[Limits]:
    """Make ``limits`` the ones :func:`current_limits` returns inside the ``with`` block."""
    token = _current.set(limits)
    try:
        yield limits
    finally:
        _current.reset(token)


__all__ = ["DEFAULT_LIMITS", "Limits", "current_limits", "using_limits"]
