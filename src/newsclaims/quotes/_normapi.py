"""The normalisation API the quotes package uses, with bounded-cost wrappers.

``newsclaims.normalize`` owns mark classification and name matching. The wrappers here bound
the text each call sees (so a per-mark look-back cannot make a paragraph quadratic), and are the
single place to adapt should the normaliser's signatures change.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from newsclaims.normalize import names as _names
from newsclaims.normalize import text as _text

AliasTable = _names.AliasTable

_WINDOW = 400  # characters of look-back an apostrophe decision may use


def is_apostrophe(text: str, index: int) -> bool:
    """Whether the mark at ``index`` is an apostrophe, looking at most ``_WINDOW`` chars back."""
    lo = max(0, index - _WINDOW)
    hi = min(len(text), index + 24)
    return _text.is_apostrophe(text[lo:hi], index - lo)


# Pure functions of short strings that news repeats (the same names, article after article):
# remembered, with bounded caches.
@functools.lru_cache(maxsize=8192)
def strip_possessive(name: str) -> str:
    return _names.strip_possessive(name)


@functools.lru_cache(maxsize=8192)
def name_similarity(a: str, b: str, floor: float = 0.0) -> float:
    return _names.name_similarity(a, b, floor=floor)


def match_name(
    mention: str, known: Iterable[str], *, threshold: float = 0.8,
    aliases: AliasTable | None = None,
) -> str | None:
    return _names.match_name(mention, list(known), threshold=threshold, aliases=aliases)
