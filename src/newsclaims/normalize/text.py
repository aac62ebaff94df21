"""Text clean-up that keeps offsets: whitespace, invisible characters, NFC, and quote marks.

``normalize_text`` is what every ingester applies to a body; ``normalize_with_map`` does the
same and also says, for each character of the result, where it came from in the input, so a
span found in normalised text can be shown in the original. Quote marks, apostrophes and
dashes are never changed here: the quotes extractor needs the real marks. ``fold_marks`` and
``fold_for_matching`` flatten them for comparison only.
"""

import bisect
import re
import unicodedata
from typing import Literal

import attrs

MarkRole = Literal["open", "close", "either", "apostrophe_or_close", "none"]

# Spaces that are not U+0020; U+2000/U+2001 must go before NFC, which turns them into U+2002/3.
_EXOTIC_SPACES = "\t\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Invisible format characters: zero-width, soft hyphen, BOM, and bidi controls, which news
# CMSs leave around names and numbers and which break matching while showing nothing.
_INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_NEWLINES = "\n\r\f\x85\u2028\u2029"
_SPECIAL = f"[ {_EXOTIC_SPACES}{_INVISIBLE}{_NEWLINES}]"
_SPECIAL_NOT_SPACE = f"[{_EXOTIC_SPACES}{_INVISIBLE}{_NEWLINES}]"
# A whitespace run that needs rewriting; a lone U+0020 between two words (the common case) does
# not, so it is not matched at all.
_RUN = re.compile(f"{_SPECIAL}{{2,}}|{_SPECIAL_NOT_SPACE}| \\Z")
_HSPACE = re.compile(f"[ {_EXOTIC_SPACES}]")
_LINEBREAK = re.compile("\r\n?|[\n\f\x85\u2028]|(\u2029)")
# NFC only ever combines a character with what follows it, and never across an ASCII
# character other than as the base, so each such piece can be normalised on its own.
_NON_ASCII = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")

Anchors = tuple[tuple[int, int], ...]


@attrs.frozen
class NormalizedText:
    """Normalised text with anchors ``(normalised_offset, original_offset)`` back to its input.

    From each anchor on, both offsets advance together until the next anchor: the same
    convention as ``Source.offset_map``.
    """

    text: str
    offset_map: Anchors = ((0, 0),)

    def to_original(self, offset: int) -> int:
        """The offset in the original text that ``offset`` in ``text`` comes from.

        ``offset == len(text)`` is allowed and maps just past the last character kept.
        """
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} is outside the text (length {len(self.text)})")
        index = bisect.bisect_right(self.offset_map, offset, key=lambda anchor: anchor[0]) - 1
        if index < 0:
            return offset
        norm, orig = self.offset_map[index]
        return orig + (offset - norm)


class _MapBuilder:
    """Collects the output pieces and the anchors that map them to their source."""

    __slots__ = ("anchors", "length", "pieces", "track")

    def __init__(self, track: bool) -> None:
        self.pieces: list[str] = []
        self.anchors: list[tuple[int, int]] = []
        self.length = 0
        self.track = track

    def copy(self, text: str, source: int) -> None:
        """Append ``text``, copied from ``source`` onwards."""
        if not text:
            return
        if self.track:
            self._anchor(source)
        self.pieces.append(text)
        self.length += len(text)

    def replace(self, text: str, sources: list[int]) -> None:
        """Append ``text`` whose i-th character stands for the input at ``sources[i]``."""
        if self.track:
            for i, source in enumerate(sources):
                self._anchor(source, self.length + i)
        self.pieces.append(text)
        self.length += len(text)

    def _anchor(self, source: int, at: int | None = None) -> None:
        at = self.length if at is None else at
        if self.anchors:
            last_norm, last_orig = self.anchors[-1]
            if at - last_norm == source - last_orig:
                return  # already implied by the previous anchor
            if last_norm == at:
                self.anchors[-1] = (at, max(source, last_orig))
                return
            source = max(source, last_orig)
        self.anchors.append((at, source))

    def result(self) -> tuple[str, list[tuple[int, int]]]:
        return "".join(self.pieces), self.anchors


def _rewrite_run(run: str, at_end: bool) -> tuple[str, list[int]]:
    """The replacement for one whitespace/invisible run and the run index each char comes from."""
    breaks: list[int] = []
    for m in _LINEBREAK.finditer(run):
        breaks.append(m.start())
        if m.group(1) is not None:  # a paragraph separator stands for a blank line
            breaks.append(m.start())
    if breaks:
        out = "\n" * min(len(breaks), 2)
        sources = breaks[:2] if len(breaks) <= 2 else [breaks[0], breaks[-1]]
        last_break = _LINEBREAK.search(run, breaks[-1])
        tail_start = last_break.end() if last_break else len(run)
        if not at_end:
            space = _HSPACE.search(run, tail_start)
            if space is not None:  # the next line's indentation, collapsed
                return out + " ", [*sources, space.start()]
        return out, sources
    space = _HSPACE.search(run)
    if space is None or at_end:
        return "", []
    return " ", [space.start()]


def _whitespace_pass(text: str, track: bool) -> tuple[str, list[tuple[int, int]]]:
    out = _MapBuilder(track)
    pos = 0
    for m in _RUN.finditer(text):
        start, end = m.span()
        out.copy(text[pos:start], pos)
        replacement, sources = _rewrite_run(m.group(), end == len(text))
        out.replace(replacement, [start + s for s in sources])
        pos = end
    out.copy(text[pos:], pos)
    return out.result()


def _nfc_piece(piece: str, base: int, out: _MapBuilder) -> None:
    composed = unicodedata.normalize("NFC", piece)
    if composed == piece:
        out.copy(piece, base)
        return
    # Align output and input on their canonical decompositions: each output character
    # maps to the input character its decomposition starts in (the base it was composed on).
    starts: list[int] = []
    offset = 0
    for char in piece:
        starts.append(offset)
        offset += len(unicodedata.normalize("NFD", char))
    sources: list[int] = []
    offset = 0
    for char in composed:
        sources.append(base + bisect.bisect_right(starts, offset) - 1)
        offset += len(unicodedata.normalize("NFD", char))
    out.replace(composed, sources)


def _nfc_pass(text: str, track: bool) -> tuple[str, list[tuple[int, int]]] | None:
    if unicodedata.is_normalized("NFC", text):
        return None
    out = _MapBuilder(track)
    pos = 0
    for m in _NON_ASCII.finditer(text):
        out.copy(text[pos : m.start()], pos)
        _nfc_piece(m.group(), m.start(), out)
        pos = m.end()
    out.copy(text[pos:], pos)
    return out.result()


def _compose(outer: list[tuple[int, int]], inner: list[tuple[int, int]]) -> Anchors:
    """Anchors of ``inner ∘ outer``: outer maps text2 -> text1, inner maps text1 -> original."""
    if not inner:
        return tuple(outer)
    inner_keys = [a[0] for a in inner]
    result: list[tuple[int, int]] = []

    def lookup(offset: int) -> tuple[int, int]:
        index = max(bisect.bisect_right(inner_keys, offset) - 1, 0)
        return index, inner[index][1] + (offset - inner[index][0])

    def emit(norm: int, orig: int) -> None:
        if result:
            last_norm, last_orig = result[-1]
            if norm - last_norm == orig - last_orig:
                return
            orig = max(orig, last_orig)
            if last_norm == norm:
                result[-1] = (norm, orig)
                return
        result.append((norm, orig))

    for k, (norm2, mid) in enumerate(outer):
        next_norm2 = outer[k + 1][0] if k + 1 < len(outer) else None
        index, orig = lookup(mid)
        emit(norm2, orig)
        # inner anchors that fall inside this outer piece cut it further
        index += 1
        while index < len(inner):
            inner_mid = inner[index][0]
            norm = norm2 + (inner_mid - mid)
            if inner_mid < mid or (next_norm2 is not None and norm >= next_norm2):
                break
            emit(norm, inner[index][1])
            index += 1
    return tuple(result)


def _normalize(text: str, track: bool) -> NormalizedText:
    first, anchors = _whitespace_pass(text, track)
    composed = _nfc_pass(first, track)
    if composed is None:
        final, offset_map = first, tuple(anchors)
    else:
        final, nfc_anchors = composed
        offset_map = _compose(nfc_anchors, anchors) if track else ()
    if track and (not offset_map or offset_map[0][0] != 0):
        offset_map = ((0, 0), *offset_map)
    return NormalizedText(text=final, offset_map=offset_map if track else ((0, 0),))


def normalize_text(text: str) -> str:
    """NFC, ``\\n`` line ends, one space per run, no invisible characters, at most one blank line.

    Quote marks, apostrophes and dashes are kept as they are. Idempotent.
    """
    return _normalize(text, track=False).text


def normalize_with_map(text: str) -> NormalizedText:
    """``normalize_text`` plus anchors mapping each output offset back to ``text``."""
    return _normalize(text, track=True)


# --- quote marks --------------------------------------------------------------------------

QUOTE_MARKS: dict[str, MarkRole] = {
    '"': "either",
    "'": "either",
    "\u201c": "open",  # “ (closes in German after „)
    "\u201d": "close",  # ”
    "\u2018": "open",  # ‘ (closes in German after ‚)
    "\u2019": "apostrophe_or_close",  # ’
    "\u201e": "open",  # „
    "\u201a": "open",  # ‚
    "\u201f": "open",  # ‟
    "\u201b": "open",  # ‛
    "\u00ab": "open",  # « (closes in German/Danish »…«)
    "\u00bb": "close",  # »
    "\u2039": "open",  # ‹
    "\u203a": "close",  # ›
    "\u2033": "either",  # ″ double prime, a stand-in for "
    "\u2032": "either",  # ′ prime, a stand-in for '
    "\u2036": "open",  # ‶ reversed double prime
    "\u2035": "open",  # ‵ reversed prime
    "\u300c": "open",  # 「
    "\u300d": "close",  # 」
    "\u300e": "open",  # 『
    "\u300f": "close",  # 』
    "\u301d": "open",  # 〝
    "\u301e": "close",  # 〞
    "\u301f": "close",  # 〟
    "\uff02": "either",  # ＂
    "\uff07": "either",  # ＇
    "\u275d": "open",  # ❝
    "\u275e": "close",  # ❞
    "\u275b": "open",  # ❛
    "\u275c": "close",  # ❜
    "``": "open",  # LaTeX/NYT-corpus style
    "''": "close",
}

# Which marks can close a quotation opened by a given mark (German „…“ and »…« included).
CLOSERS: dict[str, frozenset[str]] = {
    '"': frozenset('"'),
    "'": frozenset("'"),
    "\u201c": frozenset("\u201d\u201c"),
    "\u2018": frozenset("\u2019\u2018"),
    "\u201e": frozenset("\u201c\u201d"),
    "\u201a": frozenset("\u2018\u2019"),
    "\u201f": frozenset("\u201d"),
    "\u201b": frozenset("\u2019"),
    "\u00ab": frozenset("\u00bb"),
    "\u00bb": frozenset("\u00ab"),
    "\u2039": frozenset("\u203a"),
    "\u203a": frozenset("\u2039"),
    "\u2033": frozenset("\u2033"),
    "\u2032": frozenset("\u2032"),
    "\u2036": frozenset("\u2033"),
    "\u2035": frozenset("\u2032"),
    "\u300c": frozenset("\u300d"),
    "\u300e": frozenset("\u300f"),
    "\u301d": frozenset("\u301e\u301f"),
    "\uff02": frozenset("\uff02"),
    "\uff07": frozenset("\uff07"),
    "\u275d": frozenset("\u275e"),
    "\u275b": frozenset("\u275c"),
    "``": frozenset({"''"}),
}


def classify_mark(char: str) -> MarkRole:
    """The role a quote mark can play: "open", "close", "either", "apostrophe_or_close" or "none".

    ``char`` is one character, or the two-character marks ``````` and ``''``.
    """
    return QUOTE_MARKS.get(char, "none")


_DOUBLE_MARKS = (
    '"\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb'
    "\u300c\u300d\u300e\u300f\u301d\u301e\u301f\uff02\u275d\u275e"
)
_SINGLE_MARKS = (
    "'\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\uff07\u275b\u275c`\u00b4\u02bc\u02bb\u02b9"
)
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_FOLD = str.maketrans(
    {
        **dict.fromkeys(_DOUBLE_MARKS, '"'),
        **dict.fromkeys(_SINGLE_MARKS, "'"),
        **dict.fromkeys(_DASHES, "-"),
    }
)
_APOSTROPHES = frozenset("'\u2019\u02bc\u2032`\u00b4")
_DOUBLED_MARKS = re.compile("``|''")
_WS = re.compile(r"\s+")


def fold_marks(text: str) -> str:
    """Every quote-like mark to ``"`` or ``'`` and every dash to ``-``; the length is kept.

    For matching only: never store folded text.
    """
    return text.translate(_FOLD)


def fold_for_matching(text: str) -> str:
    """``fold_marks``, then casefold, with ``````/``''`` as ``"`` and whitespace collapsed."""
    folded = _DOUBLED_MARKS.sub('"', fold_marks(text)).casefold()
    return _WS.sub(" ", folded).strip()


_ELISIONS = frozenset(
    {"em", "til", "tis", "twas", "cause", "bout", "n", "round", "nuff", "cos", "coz"}
)
_YEAR_AFTER = re.compile(r"\d\d(?:s\b|(?![\w]))")
_WORD_AFTER = re.compile(r"[^\W\d_]+")


_LOOK_BACK = 400  # bounds the cost of one call, so a paragraph of marks stays linear


def _unmatched_single_open(text: str, index: int) -> bool:
    # An open ‘ earlier in the same paragraph, not yet closed, makes s’ a closing mark.
    lo = max(0, index - _LOOK_BACK)
    start = text.rfind("\n\n", lo, index)
    segment = text[start + 1 if start >= 0 else lo : index]
    return segment.count("\u2018") > segment.count("\u2019")


def is_apostrophe(text: str, index: int) -> bool:
    """Whether the ``’``/``'`` at ``index`` is an apostrophe rather than a quote mark.

    Letters on both sides (don’t, Azerbaijan’s), a plural possessive (the Clintons’ home),
    a shortened year (’90s) and common elisions (’em, rock ’n’ roll) are apostrophes.
    """
    if not 0 <= index < len(text) or text[index] not in _APOSTROPHES:
        return False
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if before.isalpha() and after.isalpha():
        return True
    nxt = text[index + 2] if index + 2 < len(text) else ""
    # ``after``/``before`` are "" at the ends of the text, and "" is in every string: test
    # for a letter explicitly, or a closing mark at the very end would pass for "1990’s".
    if after != "" and after in "sS" and not nxt.isalnum() and (
        before.isdigit() or before == "."
    ):
        return True  # 1990’s, the e.v.’s
    if not before.isalnum():
        word = _WORD_AFTER.match(text, index + 1)
        if word and word.group().casefold() in _ELISIONS:
            # ’n’ must be closed by a second mark to be an elision, not a quote of "n..."
            return word.group().casefold() != "n" or text[word.end() : word.end() + 1] in (
                _APOSTROPHES
            )
        year = _YEAR_AFTER.match(text, index + 1)
        if year:
            return year.group().endswith("s") or text[index] != "'"
        return False
    if before != "" and before in "sS" and after == " ":
        if nxt.islower():
            return True
        if nxt.isupper() or nxt.isdigit():
            return not _unmatched_single_open(text, index)
    # the closing mark of rock ’n’ roll
    return before == "n" and index >= 2 and text[index - 2] in _APOSTROPHES
