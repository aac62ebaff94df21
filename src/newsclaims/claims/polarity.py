"""Whether a clause asserts or denies, and which of its nouns the denial covers.

Cues: negators ("not", "no", "never", "n't", "nobody", "nothing", "no longer"), denial verbs
("denies", "rejected", "refutes"), falsity predicates ("untrue", "groundless", "it is not
true") and a denial reporting verb on the quote itself ("X denied that ..."). An even number
of cues cancels out. Cues inside a relative clause (", which we don't do") or in fixed
phrases that do not negate ("not only", "no doubt", "no less than") are not counted.
"""

import re
from collections.abc import Sequence

import attrs

from newsclaims.claims.about import Head
from newsclaims.claims.tokens import fold, word_set, words
from newsclaims.model import Polarity

_NEGATORS = frozenset(
    {"not", "no", "never", "none", "nobody", "nothing", "nowhere", "cannot", "neither"}
)
_NOT_NEGATING_NEXT = frozenset(
    {"only", "just", "merely", "least", "doubt", "less", "fewer", "sooner", "matter", "but",
     "to"}
)
_DENIAL_VERBS = word_set(
    """
    deny denies denied denying reject rejects rejected rejecting refute refutes refuted
    refuting dismiss dismisses dismissed dismissing rebut rebuts rebutted rebuff rebuffed
    disavow disavowed repudiate repudiated
    """
)
_FALSITY = word_set(
    """
    untrue false groundless baseless unfounded fabricated fabrication fake lie lies nonsense
    myth falsehood
    """
)
# A negation under a directive ("we urge the sides not to allow ...") asks; it does not deny.
_DIRECTIVES = word_set(
    """
    urge urges urged urging call calls called calling ask asks asked asking demand demands
    demanded appeal appeals appealed request requests requested want wants wanted hope hopes
    hoped wish should must let ought warn warns warned advise advised encourage encouraged
    """
)
_FALSITY_NOUN_REACH = 4
_TRUTH = frozenset({"true", "correct", "accurate", "right", "case", "so"})
# A relative or reason clause (", which we don't do", ", as we have no need") does not
# change the polarity of the main clause.
_RELATIVE = re.compile(
    r",\s*(?:which|who|whom|whose|where|unlike|as|because|since)\b[^,;]*", re.IGNORECASE
)
_SCOPE_AFTER = 7


@attrs.frozen
class PolarityReading:
    polarity: Polarity
    cues: tuple[str, ...]
    denied: tuple[str, ...]  # stems of the phrase heads the denial covers


def _masked(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _RELATIVE.finditer(text)]


def _inside(position: int, masks: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in masks)


def is_directive(text: str) -> bool:
    """Whether the clause urges, asks or demands (a request, not a statement of fact)."""
    return any(fold(m.group()) in _DIRECTIVES for m in words(text))


def read_polarity(text: str, heads: Sequence[Head] = (), cue: str | None = None) -> PolarityReading:
    """Read the polarity of one clause; ``heads`` come from ``about.analyse`` on the same text."""
    tokens = [(m.start(), fold(m.group())) for m in words(text)]
    masks = _masked(text)
    cues: list[str] = []
    scopes: list[tuple[int, int]] = []  # word-index ranges the denial covers
    directed = False
    for index, (position, word) in enumerate(tokens):
        if word in _DIRECTIVES:
            directed = True
        if directed or _inside(position, masks):
            continue
        following = tokens[index + 1][1] if index + 1 < len(tokens) else ""
        negator = word in _NEGATORS or word.endswith(("n't", "n’t"))
        if negator and following in _TRUTH:
            # "it is not true": the denial covers what came before it.
            cues.append(f"{word} {following}")
            scopes.append((0, index))
        elif negator and following not in _NOT_NEGATING_NEXT:
            cues.append(word)
            scopes.append((index + 1, index + 1 + _SCOPE_AFTER))
        elif word in _FALSITY:
            # "groundless information" denies the noun that follows; "the report is false"
            # the phrase before it.
            cues.append(word)
            heads_after = [h for h in heads if index < h.index <= index + _FALSITY_NOUN_REACH]
            if heads_after:
                scopes.append((index + 1, index + 1 + _FALSITY_NOUN_REACH))
            else:
                scopes.append((max(0, index - _SCOPE_AFTER), index))
        elif word in _DENIAL_VERBS:
            cues.append(word)
            scopes.append((index + 1, len(tokens)))
    if cue is not None:
        cue_words = [fold(m.group()) for m in words(cue)]
        if any(w in _DENIAL_VERBS for w in cue_words):
            cues.append(cue)
            scopes.append((0, len(tokens)))
    polarity: Polarity = "deny" if len(cues) % 2 == 1 else "assert"
    denied: list[str] = []
    if polarity == "deny":
        for head in heads:
            if any(lo <= head.index < hi for lo, hi in scopes) and head.stem not in denied:
                denied.append(head.stem)
    return PolarityReading(polarity=polarity, cues=tuple(cues), denied=tuple(denied))
