"""Label each block of a dump: prose, short line, page furniture, or header metadata.

Signals are general: length, sentence shape, terminal punctuation, the share of the line the
phrase lexicon covers, separators (nav bars), URLs, repetition across the page, and runs of
short title-like lines (related-headline lists). No rule names a site.
"""

import collections
import re
from collections.abc import Sequence
from typing import Literal

import attrs

from newsclaims.textdump.lexicon import Lexicon, words_of
from newsclaims.textdump.lines import Block
from newsclaims.textdump.metadata import read_byline, read_date_line

Label = Literal["good", "short", "bad", "meta", "list", "echo"]

_CLOSERS = "\"'”’»)]*"
_SENTENCE_END = ".!?…。！？"
_SENTENCE_BREAK = re.compile(r"[.!?…](?:[\"'”’»)\]]*)\s+[\"'“‘«(\[]*[A-Z0-9]")
# Separators are matched bare (lookarounds, no \s* runs) so a long run of spaces stays linear.
_SEPARATORS = re.compile(r"\s[|•·»›>/]\s|\s[|•·]|[|•·]\s")
_SEGMENT_SPLIT = re.compile(r"(?<=\s)[-–—|»›:](?=\s)|[|•·]")
_BULLET = re.compile(r"^(?:[-*•·‣◦▪–—]|\d{1,3}[.)])\s+\S")
# Function words: prose is full of them, lists of names and headlines are not (jusText's
# main signal). English first, then the commonest of a few other languages.
_STOPWORD_TEXT = """
    a an the and or but of to in on at for from by with as is are was were be been
    has have had it its this that these those he she they we you i his her their
    our not no will would
    can could said says there which who what when than then also after before about into over
    der die das und ist nicht mit von zu den des ein eine im auf für sich dem
    le la les et est des une un du dans pour que qui pas sur au par
    el los las y es del en que por con una para se al lo como
    il di che è per non una sono gli
    o os as e do da em que não um uma para com"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())

_LETTER = re.compile(r"[^\W\d_]")
_CODE = re.compile(r"[{}<>=;\\|^~`]|[(\[][)\]]|&&|\+\+|//|\$\(|\w\.\w+\(")
# Program code (an article's listing or leaked script): braces, semicolons, calls, operators.
_MAX_CODE_SHARE = 0.04


@attrs.frozen
class Features:
    """What the classifier knows about one block."""

    words: int
    chars: int
    ends_sentence: bool
    lead_in: bool
    sentences: int
    lexicon_share: float
    strong: bool
    title_share: float
    separators: int
    repeats: int
    bullet: bool
    cta_segment: bool
    has_letters: bool
    url_only: bool
    code_share: float
    stop_share: float
    date_line: bool
    byline: bool


def _url_only(text: str) -> bool:
    # A bare web or e-mail address (checked without a regex: no backtracking on long runs).
    if not text or any(c.isspace() for c in text):
        return False
    if text.lower().startswith(("http://", "https://", "www.")):
        return True
    local, at, domain = text.partition("@")
    return bool(at and local and "@" not in domain and "." in domain.strip("."))


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (closing quotes and brackets skipped)."""
    stripped = text.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def title_share(text: str) -> float:
    """The share of alphabetic words that start with a capital letter (title-case lines)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def _key(text: str) -> str:
    return " ".join(words_of(text))


def features(blocks: Sequence[Block], lexicon: Lexicon) -> list[Features]:
    """The features of every block; repetition is counted over the whole dump."""
    keys = [_key(b.text) for b in blocks]
    counts = collections.Counter(k for k in keys if k)
    result: list[Features] = []
    for block, key in zip(blocks, keys, strict=True):
        text = block.text
        words = key.split()
        n = len(words)
        segments = [s.strip() for s in _SEGMENT_SPLIT.split(text) if s.strip()]
        cta = len(segments) >= 2 and any(
            lexicon.is_phrase(s) and len(words_of(s)) >= 1 for s in (segments[0], segments[-1])
        )
        result.append(
            Features(
                words=n,
                chars=len(text),
                ends_sentence=ends_sentence(text),
                lead_in=text.rstrip().endswith(":"),
                sentences=1 + len(_SENTENCE_BREAK.findall(text)),
                # Only short lines are judged by their words; skip the cost on prose.
                lexicon_share=lexicon.coverage(words) / n if 0 < n <= _MAX_LEXICON_WORDS else 0.0,
                strong=lexicon.has_strong(text),
                title_share=title_share(text),
                separators=len(_SEPARATORS.findall(text)),
                repeats=counts[key] if key else 0,
                bullet=bool(_BULLET.match(text)),
                cta_segment=cta,
                has_letters=bool(_LETTER.search(text)),
                url_only=_url_only(text),
                code_share=len(_CODE.findall(text)) / max(1, len(text)),
                stop_share=sum(1 for w in words if w in STOPWORDS) / n if n else 0.0,
                date_line=n <= 14 and read_date_line(text) is not None,
                byline=read_byline(text) is not None,
            )
        )
    return result


def is_furniture(f: Features) -> bool:
    """Whether a block is page furniture on its own evidence (before context is used)."""
    if not f.has_letters or f.url_only:
        return True
    if f.strong and (f.words <= 40 or not f.ends_sentence):
        return True
    if f.words <= 10 and f.lexicon_share >= 0.5 and not (f.ends_sentence and f.words >= 4):
        return True
    if f.cta_segment and f.words <= 25 and not f.ends_sentence:
        return True
    return f.separators >= 2 and not f.ends_sentence and f.words <= 40


def is_echo(f: Features) -> bool:
    """A short line printed again elsewhere on the page: site name, section label, button,
    or a heading listed once more in a table of contents."""
    return f.repeats >= 2 and f.words <= _MAX_ECHO_WORDS and not f.ends_sentence


_MIN_STOP_SHARE = 0.15
_PROSE_WORDS = 15


def is_prose(f: Features, *, stopwords: bool = False) -> bool:
    """Whether a block reads as article prose (a long sentence or several).

    With ``stopwords`` (a text in a language the list covers), prose must also have its
    share of function words.
    """
    if stopwords and f.stop_share < _MIN_STOP_SHARE:
        return False
    if is_code(f):
        return False  # program code: the article's own listing, or script text leaked in
    if f.words >= _PROSE_WORDS and f.ends_sentence:
        return True
    if f.words >= 30 and f.title_share < 0.6:
        return True
    return f.sentences >= 2 and f.words >= 10 and f.ends_sentence


def is_code(f: Features) -> bool:
    """Whether a block reads as program code (braces, semicolons, calls, operators)."""
    return f.chars >= _MIN_CODE_CHARS and f.code_share > _MAX_CODE_SHARE


_MIN_CODE_CHARS = 40


def is_title_like(f: Features) -> bool:
    """A short line without closing punctuation: a heading, a menu item, a teaser link."""
    return not f.ends_sentence and not f.lead_in and 1 <= f.words <= 20 and not f.bullet


_MAX_LEXICON_WORDS = 40
_MAX_ECHO_WORDS = 12
_MIN_LIST_RUN = 3
_LONG_BLOCK = 10
# Below this share of listed function words the text is in another language: ignore them.
_LANGUAGE_STOP_SHARE = 0.2


def classify(blocks: Sequence[Block], feats: Sequence[Features]) -> list[Label]:
    """One label per block; runs of title-like short lines become ``list``."""
    labels: list[Label] = []
    long_blocks = [f for f in feats if f.words >= _LONG_BLOCK]
    stopwords = bool(long_blocks) and (
        sum(f.stop_share * f.words for f in long_blocks) / sum(f.words for f in long_blocks)
        >= _LANGUAGE_STOP_SHARE
    )
    for f in feats:
        if f.date_line or f.byline:
            labels.append("meta")
        elif is_furniture(f):
            labels.append("bad")
        elif is_echo(f):
            labels.append("echo")
        elif is_prose(f, stopwords=stopwords):
            labels.append("good")
        else:
            labels.append("short")
    # Related-headline lists and menus: several title-like lines in a row.
    i = 0
    while i < len(labels):
        if labels[i] != "short" or not is_title_like(feats[i]):
            i += 1
            continue
        j = i
        while j < len(labels) and (
            (labels[j] == "short" and is_title_like(feats[j])) or labels[j] in ("bad", "echo")
        ):
            j += 1
        run = [k for k in range(i, j) if labels[k] == "short"]
        # A list announced by a lead-in line ("The winners were:") is the article's own.
        introduced = i > 0 and feats[i - 1].lead_in
        if len(run) >= _MIN_LIST_RUN and not introduced:
            for k in run:
                labels[k] = "list"
        i = max(j, i + 1)
    return labels
