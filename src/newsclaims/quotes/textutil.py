"""Linear-time helpers: paragraph blocks, sentence boundaries and word tokens with offsets.

Every regular expression here is a plain alternation of single-character classes or a loop
whose body starts with a character the previous item cannot match, so none of them backtracks
more than a constant amount per character.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate, compress, count, repeat
from typing import NamedTuple

from newsclaims.model import Paragraph

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
        "st", "jr", "sr", "mt", "ft", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "u.s", "a.m",
        "p.m", "d.c", "u.k", "u.n", "e.g", "i.e", "approx", "dept", "est", "fig", "rev", "hon",
        "adm", "maj", "cmdr", "pres", "bzw", "ca", "evtl", "ggf", "inkl", "usw", "vgl", "z.b",
    ]
)
# A word: letters and digits joined by single apostrophes, hyphens or dots ("don't",
# "al-Assad", "U.S"), with a final full stop that is kept only for abbreviations ("Gov.",
# "U.S.", an initial "E."). The loop body starts with a joiner \w+ cannot match: no backtracking.
_WORD = re.compile(r"\w+(?:[’'.\-]\w+)*\.?")
_LONGEST = max(map(len, _ABBREVIATIONS))
_LINE_BREAK = re.compile(r"\n\s*")  # paragraph ends are stripped separately

QUOTE_CHARS = "\"“”„‟«»‹›‘’‚'`〝〞＂"


class Token(NamedTuple):
    """A word of the text: its string, where it sits, and its lower-case form."""

    text: str
    start: int
    end: int
    lower: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


_new_tuple = tuple.__new__
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


def scan(text: str, start: int, stop: int) -> tuple[list[Token], list[str], list[str]]:
    """The tokens of ``text[start:stop]``, with their texts and lower-case forms as lists."""
    words, starts, ends = split_words(text, start, stop)
    found, lowers = make_tokens(words, starts, ends)
    return found, words, lowers


def split_words(text: str, start: int, stop: int) -> tuple[list[str], list[int], list[int]]:
    """The words of ``text[start:stop]`` with their start and end offsets into ``text``."""
    # Split into gap, word, gap, … and add up the lengths for offsets: every step runs in C.
    # This is the hot loop.
    parts = _WORD_SPLIT.split(text[start:stop])
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    ends = offsets[2::2]
    for n in compress(count(), map(str.endswith, words, repeat("."))):
        word = words[n][:-1]
        if word.lower() not in _ABBREVIATIONS and not (len(word) == 1 and word.isupper()):
            words[n] = word
            ends[n] -= 1
    return words, offsets[1:-1:2], ends


def make_tokens(
    words: list[str], starts: list[int], ends: list[int]
) -> tuple[list[Token], list[str]]:
    """Tokens from :func:`split_words`, and their lower-case forms as a list."""
    # tuple.__new__ skips the NamedTuple's Python-level constructor.
    lowers = list(map(str.lower, words))
    found: list[Token] = list(map(
        _new_tuple, repeat(Token), zip(words, starts, ends, lowers, strict=True),
    ))
    return found, lowers


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The word tokens of ``text[start:end]`` with offsets into ``text``."""
    return scan(text, start, len(text) if end is None else end)[0]


def paragraph_spans(
    text: str, paragraphs: Sequence[Paragraph] | None = None
) -> list[tuple[int, int]]:
    """Half-open ranges of the paragraphs of ``text``.

    Given paragraphs are used when their spans slice ``text`` to their text (subheadings left
    out); otherwise the text is
    split at line breaks (news text keeps one paragraph per line; hard-wrapped text would lose
    only the pairing of marks across its lines).
    """
    if paragraphs:
        spans = []
        matched = False
        for paragraph in paragraphs:
            start, end = paragraph.span.start, paragraph.span.end
            if 0 <= start <= end <= len(text) and text[start:end] == paragraph.text:
                matched = True
                # A subheading summarises the story in the reporter's voice: it is not speech.
                if paragraph.role != "subheading":
                    spans.append((start, end))
        if matched:
            spans.sort()
            return spans
    spans = []
    position = 0
    for match in _LINE_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(s, e) for s, e in (_strip(text, s, e) for s, e in spans) if e > s]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def strip_span(text: str, start: int, end: int, chars: str = "") -> tuple[int, int]:
    """Shrink ``[start, end)`` past whitespace and the given characters on both sides."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end


# One character class opens the pattern, so that the engine can skip ahead to a candidate in
# C (a top-level alternation would be tried at every position: twice as slow); each branch
# then asserts which character it was.
# (From the first mark of a run only: a long run of marks is not retried at each of them.)
# A lower-case ASCII letter after the spaces cannot open a sentence: the look-ahead rejects it
# in C (it sees the first character after all the spaces, so it never shortens the match).
_BOUNDARY = re.compile(
    r"[.?!\n](?:(?<=[.?!])(?<![.?!].)[.?!]*[\"“”’')\]»]*[ \t\r\f\v]+(?![ \t\r\f\va-z])"
    r"|(?<=\n)"
    # Sentences glued without a space by a scrape ("sagte Merkel.Als …", "said.The"): a full
    # stop after a lower-case word of three letters or more, before a capitalised word.
    r"|(?<=[a-zäöüß]{3}[.?!])(?=[A-ZÄÖÜ][a-zäöüß]))"
)
_OPENING = frozenset(QUOTE_CHARS + "([¿¡")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]``: split after ``.?!`` (and closing marks) before a capital.

    A full stop after a known abbreviation or a single capital letter does not split; a line
    break always does.
    """
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        after = match.end()
        if text[after - 1] != "\n":  # (only the line-break alternative ends in one)
            if after < end:
                ch = text[after]
                if not (ch.isupper() or ch.isdigit() or ch in _OPENING):
                    continue
            if text[match.start()] == "." and _abbreviation(text, match.start()):
                continue
        s, e = _strip(text, sentence_start, after)
        if e > s:
            spans.append((s, e))
        sentence_start = after
    s, e = _strip(text, sentence_start, end)
    if e > s:
        spans.append((s, e))
    return spans


def _abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    if dot > _LONGEST and text[dot - _LONGEST - 1 : dot].isalnum():
        return False  # a word longer than any abbreviation (most sentences end in one)
    j = dot
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
        if dot - j > 12:
            return False
    word = text[j:dot].lower()
    if len(word) == 1 and word.isalpha():
        return True
    return word in _ABBREVIATIONS
