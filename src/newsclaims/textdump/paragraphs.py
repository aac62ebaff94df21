"""Normalised body paragraphs and the anchors that map body offsets back to the input.

Each paragraph is a slice of a block's normalised text; the body is the paragraphs joined by a
blank line (``Article.from_paragraphs``). The offset map records an anchor wherever the
body-to-input correspondence stops advancing one to one (a collapsed space, a re-joined line,
a paragraph break), so ``Source.to_input_offset`` lands in the user's own copy.
"""

import functools
import importlib
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from newsclaims.model import ParagraphRole
from newsclaims.textdump.lines import Block

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")


@attrs.frozen
class Normalised:
    """Normalised text and, for each of its offsets, the offset in the original string."""

    text: str
    to_original: Callable[[int], int]
    anchors: tuple[tuple[int, int], ...] | None = None


def _fallback(text: str) -> Normalised:
    # Collapse whitespace runs to one space and drop invisible characters, keeping a map.
    out: list[str] = []
    origin: list[int] = []
    pending_space = -1
    for index, char in enumerate(text):
        if _INVISIBLE.match(char):
            continue
        if _SPACES.match(char):
            if out and pending_space < 0:
                pending_space = index
            continue
        if pending_space >= 0:
            out.append(" ")
            origin.append(pending_space)
            pending_space = -1
        out.append(char)
        origin.append(index)
    origin.append(len(text.rstrip()) if out else 0)

    def to_original(i: int) -> int:
        return origin[max(0, min(i, len(origin) - 1))]

    return Normalised("".join(out), to_original)


@functools.lru_cache(maxsize=1)
def _library_normalize() -> Callable[[str], Any] | None:
    # The library's normaliser when installed; the fallback keeps the reader usable without it.
    try:
        module = importlib.import_module("newsclaims.normalize.text")
    except ImportError:
        return None
    function = getattr(module, "normalize_with_map", None)
    return function if callable(function) else None


def normalise(text: str) -> Normalised:
    """The library's normal form of ``text`` with its offset map (or the fallback's)."""
    library = _library_normalize()
    if library is not None:
        result = library(text)
        anchors = getattr(result, "offset_map", None)
        return Normalised(
            str(result.text), result.to_original, tuple(anchors) if anchors else None
        )
    return _fallback(text)


@attrs.frozen
class Piece:
    """A body paragraph: its normalised text, role, and where it starts in its block."""

    text: str
    role: ParagraphRole
    block: Block
    normalised: Normalised
    start: int  # offset of ``text`` in ``normalised.text``

    def to_input(self, offset: int) -> int:
        """Map an offset into ``text`` to an offset into the dump."""
        return self.block.to_input(self.normalised.to_original(self.start + offset))


def _breakpoints(piece: Piece) -> range | list[int]:
    # Where the piece's mapping may jump. A one-line block maps linearly between the
    # normaliser's anchors, so only those need looking at; otherwise every offset does.
    anchors = piece.normalised.anchors
    if anchors is None or len(piece.block.pieces) > 1:
        return range(len(piece.text))
    end = piece.start + len(piece.text)
    points = {0}
    points.update(a - piece.start for a, _ in anchors if piece.start < a < end)
    return sorted(points)


def offset_map(pieces: Sequence[Piece], separator: int = 2) -> tuple[tuple[int, int], ...]:
    """Anchors ``(body_offset, input_offset)`` for the body built from ``pieces``."""
    anchors: list[tuple[int, int]] = []
    body = 0
    for piece in pieces:
        if not piece.text:
            continue
        last: tuple[int, int] | None = None
        for i in _breakpoints(piece):
            target = piece.to_input(i)
            if last is None or target != last[1] + (i - last[0]):
                if anchors and target < anchors[-1][1]:
                    target = anchors[-1][1]  # never let the map run backwards
                anchors.append((body + i, target))
                last = (i, target)
        body += len(piece.text) + separator
    return tuple(anchors)
