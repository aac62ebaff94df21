"""Word-level drift of one outlet's wording against a cluster's canonical text.

Words are compared folded (case, accents, curly apostrophes) and shown as written. The
member is aligned to the stretch of the canonical text it covers: canonical words before
the first and after the last matching word are *omitted* (the outlet quoted less), not
*dropped* (the outlet changed the wording).
"""

import difflib
import re

import attrs

from newsclaims.claims.clauses import sentence_spans
from newsclaims.claims.tokens import normal_word

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['’\-][^\W_]+)*")


@attrs.frozen
class Change:
    before: str
    after: str


@attrs.frozen
class Drift:
    """What a member's wording changed, added and dropped relative to the canonical text."""

    changed: tuple[Change, ...] = ()
    added: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    omitted: tuple[str, ...] = ()
    similarity: float = 1.0

    @property
    def is_verbatim(self) -> bool:
        return not (self.changed or self.added or self.dropped)


def tokens(text: str) -> list[str]:
    return [m.group() for m in _TOKEN.finditer(text)]


def _sentence_of_tokens(text: str) -> list[int]:
    """For each token of ``text``, the index of the sentence it is in."""
    spans = sentence_spans(text)
    out: list[int] = []
    sentence = 0
    for match in _TOKEN.finditer(text):
        while sentence + 1 < len(spans) and match.start() >= spans[sentence][1]:
            sentence += 1
        out.append(sentence)
    return out


def _window(text: str, blocks: list[tuple[int, int]], size: int) -> tuple[int, int]:
    """The canonical tokens a member covers: whole sentences around its solid matches."""
    solid = [b for b in blocks if b[1] >= 2] or blocks
    lo, hi = solid[0][0], solid[-1][0] + solid[-1][1]
    sentence_ids = _sentence_of_tokens(text)
    if len(sentence_ids) != size:
        return lo, hi
    first, last = sentence_ids[lo], sentence_ids[hi - 1]
    lo = sentence_ids.index(first)
    hi = len(sentence_ids) - sentence_ids[::-1].index(last)
    return lo, hi


def compute_drift(canonical: str, member: str) -> Drift:
    """Drift of ``member`` against ``canonical`` (both plain text)."""
    if canonical == member:
        return Drift()
    base, other = tokens(canonical), tokens(member)
    base_keys, other_keys = [normal_word(t) for t in base], [normal_word(t) for t in other]
    matcher = difflib.SequenceMatcher(a=base_keys, b=other_keys, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return Drift(added=(" ".join(other),) if other else (), omitted=(" ".join(base),)
                     if base else (), similarity=0.0)
    lo, hi = _window(canonical, [(b.a, b.size) for b in blocks], len(base))
    omitted = [" ".join(base[:lo])] if lo else []
    if hi < len(base):
        omitted.append(" ".join(base[hi:]))
    window = base_keys[lo:hi]
    inner = difflib.SequenceMatcher(a=window, b=other_keys, autojunk=False)
    changed: list[Change] = []
    added: list[str] = []
    dropped: list[str] = []
    for tag, a0, a1, b0, b1 in inner.get_opcodes():
        before = " ".join(base[lo + a0 : lo + a1])
        after = " ".join(other[b0:b1])
        if tag == "replace":
            changed.append(Change(before=before, after=after))
        elif tag == "insert":
            added.append(after)
        elif tag == "delete":
            dropped.append(before)
    return Drift(
        changed=tuple(changed),
        added=tuple(added),
        dropped=tuple(dropped),
        omitted=tuple(omitted),
        similarity=round(inner.ratio(), 4),
    )
