"""Split a dump into blocks: one per line, or one per paragraph when the text is hard-wrapped.

A block keeps where each of its pieces sits in the input, so a body offset can be mapped back
to the user's own copy of the text.
"""

import itertools
import re

import attrs

_LINE = re.compile(r"[^\n\r\u2028\u2029\x85]+")
_BULLET = re.compile(r"^(?:[-*•·‣◦▪–—]|\d{1,3}[.)])\s")

# Hard-wrapped text: most lines that continue onto the next are filled close to one width.
_MIN_WRAP_PAIRS = 3
_MAX_WRAP_WIDTH = 100
_FILLED = 0.7


@attrs.frozen
class Block:
    """One block of the dump. ``pieces`` are ``(input_start, input_end)`` of its lines.

    ``text`` is the pieces joined by ``joiners`` (a space, or nothing after a hyphen).
    """

    text: str
    pieces: tuple[tuple[int, int], ...]
    joiners: tuple[str, ...]
    blank_before: bool

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    def to_input(self, offset: int) -> int:
        """Map an offset into ``text`` to an offset into the input."""
        position = 0
        for index, (start, end) in enumerate(self.pieces):
            length = end - start
            if offset <= position + length:
                return start + max(0, offset - position)
            position += length
            if index < len(self.joiners):
                joiner = len(self.joiners[index])
                if offset < position + joiner:
                    return end
                position += joiner
        return self.pieces[-1][1]


@attrs.frozen
class _Line:
    start: int
    end: int
    blank_before: bool


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    previous_end = 0
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        gap = text[previous_end : match.start()]
        newlines = sum(gap.count(c) for c in "\n\u2028\u2029\x85") + gap.count("\r") - gap.count(
            "\r\n"
        )
        lines.append(_Line(start, end, blank_before=bool(lines) and newlines >= 2))
        previous_end = match.end()
    return lines


def wrap_width(text: str, lines: list[_Line] | None = None) -> int | None:
    """The column the text was hard-wrapped at, or None when lines are whole paragraphs."""
    lines = _lines(text) if lines is None else lines
    pairs = [a for a, b in itertools.pairwise(lines) if not b.blank_before]
    if len(pairs) < _MIN_WRAP_PAIRS:
        return None
    lengths = sorted(b.end - b.start for b in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > _MAX_WRAP_WIDTH or width < 30:
        return None
    filled = [a for a in pairs if a.end - a.start >= _FILLED * width]
    # Wrapping breaks lines mid-sentence; a list of whole sentences or menu items does not.
    mid_sentence = sum(1 for a in filled if text[a.end - 1] not in ".!?:;\"”’)")
    if len(filled) < 0.6 * len(pairs) or mid_sentence < 0.5 * len(filled):
        return None
    return width


def split_blocks(text: str) -> list[Block]:
    """The blocks of ``text``: lines, with hard-wrapped lines re-joined into paragraphs."""
    lines = _lines(text)
    width = wrap_width(text, lines)
    blocks: list[Block] = []
    group: list[_Line] = []

    def flush() -> None:
        if not group:
            return
        parts = [text[line.start : line.end] for line in group]
        joiners = tuple(
            "" if part.endswith("-") and part[-2:-1].isalpha() and nxt[:1].islower() else " "
            for part, nxt in itertools.pairwise(parts)
        )
        joined = parts[0] + "".join(j + p for j, p in zip(joiners, parts[1:], strict=True))
        pieces = tuple((line.start, line.end) for line in group)
        blocks.append(Block(joined, pieces, joiners, group[0].blank_before))
        group.clear()

    for line in lines:
        if group and (width is None or not _continues(text, group[-1], line, width)):
            flush()
        group.append(line)
    flush()
    return blocks


def _continues(text: str, previous: _Line, line: _Line, width: int) -> bool:
    # A wrapped paragraph goes on while the previous line was filled and no blank line or
    # list bullet starts a new block.
    if line.blank_before:
        return False
    if previous.end - previous.start < 0.6 * width:
        return False
    return not _BULLET.match(text[line.start : line.end])
