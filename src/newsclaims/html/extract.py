"""Main-content extraction: pick the element that holds the article's prose, keep its blocks.

Signals, all general: how much prose-like text (long, sentence-like, few links) an element
holds; class/id/role/tag hints for furniture (navigation, sharing, comments, ads, related
lists...) and for content (``itemprop=articleBody``, ``article-body``...). The container is
found by descending from ``<body>`` while one child holds most of the prose, so an article whose
paragraphs are split across sibling wrappers (around an inline ad, say) stays whole. Within the
container every block is kept in document order, except furniture and link lists.
"""

from collections.abc import Sequence

from newsclaims.html.blocks import Block, Walk

# A block counts as prose when it is at least this long and mostly not link text.
_PROSE_MIN_CHARS = 60
_PROSE_MAX_LINK_DENSITY = 0.3
# Descend into a child while it holds at least this share of its parent's prose.
_DESCEND_SHARE = 0.72
# A furniture hint is ignored on an element holding at least this share of all prose
# (a wrapper named "post has-comments" is still the post).
_HINT_OVERRIDE_SHARE = 0.5
# Within the container, blocks with more link text than this are link lists.
_MAX_LINK_DENSITY = 0.5
# An itemprop=articleBody element is trusted when it holds this share of the prose.
_MARKED_BODY_SHARE = 0.25


def _prose_weight(block: Block) -> int:
    if block.role == "subheading" or len(block.text) < _PROSE_MIN_CHARS:
        return 0
    if block.link_density > _PROSE_MAX_LINK_DENSITY:
        return 0
    # Sentence-like text (has punctuation and spaces) weighs more than long labels.
    text = block.text
    weight = len(text) - block.link_chars
    if text.count(" ") < 6:
        return 0
    if text[-1] in ".!?\"'”’»)…:":
        weight += 30
    return weight


def _subtree_sums(facts: Walk, per_owner: Sequence[int]) -> list[int]:
    sums = list(per_owner)
    parents = facts.parents
    for index in range(len(sums) - 1, -1, -1):
        parent = parents[index]
        if parent >= 0:
            sums[parent] += sums[index]
    return sums


def _children(facts: Walk, index: int) -> list[int]:
    ends = facts.ends
    result = []
    child = index + 1
    stop = ends[index]
    while child < stop:
        result.append(child)
        child = ends[child]
    return result


class Extraction:
    """The chosen container and the kept blocks, for the ingester and for inspection."""

    __slots__ = ("blocks", "container", "furniture")

    def __init__(self, blocks: list[Block], container: int, furniture: list[bool]) -> None:
        self.blocks = blocks
        self.container = container
        self.furniture = furniture


def _furniture_flags(facts: Walk, prose_all: list[int]) -> list[bool]:
    """Whether each element is furniture or inside furniture (hints, with the override)."""
    total = prose_all[0] if prose_all else 0
    count = facts.element_count()
    flags = [False] * count
    parents = facts.parents
    hints = facts.hints
    for index in range(count):
        parent = parents[index]
        if parent >= 0 and flags[parent]:
            flags[index] = True
        elif hints[index] < 0:
            flags[index] = not (total and prose_all[index] >= _HINT_OVERRIDE_SHARE * total)
    return flags


def _choose_container(facts: Walk, prose: list[int]) -> int:
    # An element the page itself marks as the article body wins when it holds real prose.
    total = prose[0]
    marked = [
        index for index, hint in enumerate(facts.hints)
        if hint == 2 and prose[index] >= _MARKED_BODY_SHARE * total
    ]
    if marked:
        return max(marked, key=lambda index: prose[index])
    current = 0
    while True:
        best = -1
        best_prose = 0
        for child in _children(facts, current):
            if prose[child] > best_prose:
                best, best_prose = child, prose[child]
        if best < 0 or best_prose < _DESCEND_SHARE * prose[current]:
            return current
        current = best


def extract(facts: Walk) -> Extraction:
    """Choose the content container of a walked page and the blocks to keep from it."""
    count = facts.element_count()
    if count == 0:
        return Extraction([], -1, [])
    owner_prose = [0] * count
    weights: list[int] = []
    for block in facts.blocks:
        weight = _prose_weight(block)
        weights.append(weight)
        if weight and block.owner >= 0:
            owner_prose[block.owner] += weight
    prose_all = _subtree_sums(facts, owner_prose)
    furniture = _furniture_flags(facts, prose_all)
    owner_clean = [0 if furniture[i] else owner_prose[i] for i in range(count)]
    prose = _subtree_sums(facts, owner_clean)
    if prose[0] == 0:
        # No prose anywhere: keep whatever non-furniture text there is.
        kept = [
            block for block in facts.blocks
            if block.owner >= 0 and not furniture[block.owner]
            and block.link_density <= _MAX_LINK_DENSITY
        ]
        return Extraction(kept, 0, furniture)
    container = _choose_container(facts, prose)
    start, stop = container, facts.ends[container]
    kept = []
    for block in facts.blocks:
        owner = block.owner
        if owner < start or owner >= stop or furniture[owner]:
            continue
        if block.link_density > _MAX_LINK_DENSITY:
            continue
        kept.append(block)
    return Extraction(kept, container, furniture)
