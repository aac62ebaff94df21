"""Word tokens for comparing statements: folded, lightly stemmed, function words set aside.

Two reports of one statement differ in inflection ("number"/"numbers"), pronoun and tense
(direct vs indirect speech) and translation choices; comparing the content words after a
crude suffix strip absorbs the first two and leaves the third for the similarity score.
"""

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# A word is letters with inner apostrophes/hyphens, or a number with inner separators; each
# repetition needs its separator, so the pattern cannot backtrack badly.
WORD_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’\-][^\W\d_]+)*")

def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: word lists stay readable in the source."""
    return frozenset(text.split())


NEGATIONS = frozenset(
    {"not", "no", "never", "none", "nobody", "nothing", "neither", "nowhere", "n't", "cannot"}
)

_CONTRACTED_NEGATIONS = ("n't", "n’t")

STOPWORDS = word_set(
    """
    a an the this that these those there here it its it's itself
    i me my mine myself we us our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself they them their theirs themselves one
    who whom whose which what where when why how whether if unless then than so as
    and or but also too either yet still just only even very quite rather much many more most
    some any all both each every other another such same own few several
    be am is are was were been being do does did doing done have has had having
    will would shall should can could may might must ought
    to of in on at by for with from into onto upon about over under between through during
    after before since until up down out off against among within along across toward towards
    per via like unlike around
    said say says saying told tell tells added add adds stated state states noted note notes
    according asked ask says declared stressed emphasized emphasised insisted explained continued
    recalled summed particular
    mr mrs ms dr
    well now already again ever really actually frankly honestly course indeed certainly
    let lets let's get got gets
    """
)

# Suffixes stripped longest first; the stem keeps at least three letters.
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ational", "ate"),
    ("ies", "y"),
    ("sses", "ss"),
    ("ing", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)


@lru_cache(maxsize=1 << 18)
def fold(word: str) -> str:
    """Casefold and strip accents, so "Sergéy" and "sergey" compare equal."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """A light suffix strip: plural, -ing, -ed. Idempotent on its own output."""
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            if suffix == "es" and not word.endswith(("shes", "ches", "xes", "zes", "sses")):
                continue
            result = word[: len(word) - len(suffix)] + replacement
            # "approaching" -> "approach", "stopped" -> "stop": undouble a final consonant.
            if (
                suffix in ("ing", "ed")
                and len(result) >= 4
                and result[-1] == result[-2]
                and result[-1] not in "aeiouls"
            ):
                result = result[:-1]
            return result
    return word


def words(text: str) -> Iterator[re.Match[str]]:
    """The word matches of ``text`` (numbers included), in order."""
    return WORD_RE.finditer(text)


@lru_cache(maxsize=1 << 18)
def normal_word(raw: str) -> str:
    """One word as compared: folded; negative contractions become "not"; numbers lose commas."""
    word = fold(raw)
    if word.endswith(_CONTRACTED_NEGATIONS) or word in NEGATIONS:
        return "not"
    if word[:1].isdigit():
        return "#" + word.replace(",", "")
    if word.endswith("'s"):
        word = word[:-2]
    return word


def word_list(text: str) -> list[str]:
    """All words of ``text`` as compared (stop words kept), for alignment and drift."""
    return [normal_word(m.group()) for m in words(text)]


def is_content(word: str) -> bool:
    """Whether a normal word carries content (negation counts: it changes the claim)."""
    if word == "not" or word.startswith("#"):
        return True
    return len(word) > 1 and word not in STOPWORDS


def content_tokens(text: str) -> list[str]:
    """The stemmed content words of ``text``, in order (duplicates kept)."""
    out: list[str] = []
    for match in words(text):
        word = normal_word(match.group())
        if is_content(word):
            out.append(word if word.startswith("#") or word == "not" else stem(word))
    return out
