"""Which texts by one speaker say the same thing, found without comparing all pairs.

Each text becomes a set of content tokens (``claims.tokens``) plus its quantities as
value tokens ("approaching two thousand" and "2,000" both give ``#2000``). Candidates
come from an inverted index per speaker over each text's rarest tokens (prefix
filtering); tokens carried by more than ``max_posting`` texts of that speaker are too
common to block on. Candidates are then verified with an IDF-weighted containment,
which treats "one outlet quoted the first sentence only" as a match.
"""

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterator, Sequence

import attrs

from newsclaims.claims.tokens import content_tokens, word_set
from newsclaims.model import Quantity
from newsclaims.normalize.numbers import find_quantities

_NUMBER_WORDS = word_set(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands
    millions billions
    """
)


def quantity_token(quantity: Quantity) -> str:
    value = quantity.value
    return "#" + (str(int(value)) if value.is_integer() else repr(value))


def text_features(text: str, quantities: Sequence[Quantity] | None = None) -> frozenset[str]:
    """The comparison tokens of ``text``: stemmed content words and quantity values."""
    found = find_quantities(text) if quantities is None else quantities
    tokens = {t for t in content_tokens(text) if t not in _NUMBER_WORDS}
    tokens.update(quantity_token(q) for q in found)
    return frozenset(tokens)


@attrs.frozen
class Weights:
    """Inverse document frequencies over one collection of feature sets."""

    df: dict[str, int]
    total: int

    @classmethod
    def of(cls, feature_sets: Sequence[frozenset[str]]) -> "Weights":
        df: Counter[str] = Counter()
        for features in feature_sets:
            df.update(features)
        return cls(df=dict(df), total=len(feature_sets))

    def weight(self, token: str) -> float:
        # Smoothed so that, in a small collection, a shared token is not worth much less
        # than an unshared one (every shared token has df >= 2 by construction).
        return math.log(1 + self.total / max(self.df.get(token, 0), 1))

    def mass(self, tokens: frozenset[str]) -> float:
        return sum(self.weight(t) for t in tokens)


def overlap_score(a: frozenset[str], b: frozenset[str], weights: Weights) -> float:
    """Weighted containment of the smaller set in the larger, in [0, 1]; symmetric."""
    shared = a & b
    if not shared:
        return 0.0
    smaller = min(weights.mass(a), weights.mass(b))
    return weights.mass(shared) / smaller if smaller > 0 else 0.0


def required_shared(a: frozenset[str], b: frozenset[str]) -> int:
    """How many tokens two sets must share before their overlap means anything."""
    small = min(len(a), len(b))
    return min(3, max(2, small - 1))


def same_statement(
    a: frozenset[str], b: frozenset[str], weights: Weights, threshold: float
) -> bool:
    """Whether two feature sets (same speaker) report one statement."""
    if min(len(a), len(b)) < 2:
        return False
    shared = a & b
    if len(shared) < required_shared(a, b) or shared <= {"not"}:
        return False
    return overlap_score(a, b, weights) >= threshold


def candidate_pairs(
    items: Sequence[tuple[Hashable, frozenset[str]]],
    *,
    window: int = 8,
    max_prefix: int = 6,
) -> Iterator[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of items in one block that share a rare token.

    ``items`` are ``(block_key, features)``; only items with equal block keys pair up.
    Every item is indexed under all its tokens that another item of its block shares;
    each item then probes the posting lists of its rarest tokens (prefix filtering: a
    pair whose overlap covers half of the smaller set must share one of them) and of its
    quantity tokens. In a long posting list an item meets only its ``window`` nearest
    neighbours, so a statement carried by thousands of outlets costs a linear number of
    comparisons and is still joined through the chain of neighbours.
    """
    blocks: dict[Hashable, list[int]] = defaultdict(list)
    for index, (block, _) in enumerate(items):
        blocks[block].append(index)
    # One block at a time: the index lives only as long as its block.
    for members in blocks.values():
        yield from _block_pairs([(i, items[i][1]) for i in members], window, max_prefix)


def _block_pairs(
    members: list[tuple[int, frozenset[str]]], window: int, max_prefix: int
) -> Iterator[tuple[int, int]]:
    if len(members) < 2:
        return
    df: Counter[str] = Counter()
    for _, features in members:
        df.update(features)
    postings: dict[str, list[int]] = defaultdict(list)
    for index, features in members:
        for token in features:
            if df[token] > 1:
                postings[token].append(index)
    for index, features in members:
        usable = sorted((t for t in features if df[t] > 1), key=lambda t: (df[t], t))
        size = len(features)
        prefix = usable[: min(max_prefix, size - math.ceil(0.5 * size) + 1)]
        probes = set(prefix) | {t for t in usable if t.startswith("#")}
        others: set[int] = set()
        for token in probes:
            posting = postings[token]
            where = bisect.bisect_left(posting, index)
            others.update(posting[max(0, where - window) : where + window + 1])
        others.discard(index)
        for other in sorted(others):
            yield (index, other) if index < other else (other, index)


def connected(
    count: int, pairs: Iterator[tuple[int, int]], accept: Callable[[int, int], bool]
) -> list[list[int]]:
    """Connected components over ``count`` items of the accepted pairs, each sorted."""
    parent = list(range(count))

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for i, j in pairs:
        ri, rj = find(i), find(j)
        if ri != rj and accept(i, j):
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(count):
        groups[find(index)].append(index)
    return sorted(groups.values(), key=lambda g: g[0])
