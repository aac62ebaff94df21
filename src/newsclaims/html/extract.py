"""Main-content extraction: pick the element that holds the article's prose, keep its blocks.

Signals, all general: how much prose-like text (long, sentence-like, few links) an element
holds; class/id/role/tag hints for furniture (navigation, sharing, comments, ads, related
lists...) and for content (``itemprop=articleBody``, ``article-body``...). The container is
found by descending from ``<body>`` while one child holds most of the prose, so an article whose
paragraphs are split across sibling wrappers (around an inline ad, say) stays whole. Within the
container every block is kept in document order, except furniture and link lists.
"""

import re
from collections.abc import Sequence

from newsclaims.html.blocks import HIDDEN, MARKED_BODY, STRONG_FURNITURE, Block, Walk
from newsclaims.html.teasers import teaser_lists
from newsclaims.html.threads import MIN_HEADS, dated_runs, is_comment_head

# A block counts as prose when it is at least this long and mostly not link text.
_PROSE_MIN_CHARS = 60
_PROSE_MAX_LINK_DENSITY = 0.3
# Descend into a child while it holds at least this share of its parent's prose.
_DESCEND_SHARE = 0.72
# A furniture hint is ignored on an element holding at least this share of all prose
# (a wrapper named "post has-comments" is still the post).
_HINT_OVERRIDE_SHARE = 0.5
# The readability-style best element replaces the container when it holds this share of it.
_CONCENTRATED_SHARE = 0.6
_PARAGRAPH_TAGS = frozenset({"p", "li", "blockquote", "pre", "td", "dd", "h2", "h3", "h4"})
# Text-level elements: the container is never one of these (a page whose only long paragraph
# holds most of the prose still has its short paragraphs beside it), nor an inline element.
_LEAF_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "li", "dd", "dt"})
_INLINE_TAGS = frozenset({"a", "span", "b", "i", "em", "strong", "font", "u", "small", "big",
                          "sup", "sub", "abbr", "cite", "q", "mark", "time", "label", "code"})
# A teaser list (see teasers.py) holding this share of all prose is the article after all.
_TEASER_OVERRIDE_SHARE = 0.5
# A sibling of the container joins it when this share of its text is prose.
_SIBLING_PROSE_SHARE = 0.6
# A navigation, footer or aside element holding this share of all prose is not furniture.
_STRONG_OVERRIDE_SHARE = 0.85
# Hidden elements with at least this much prose are kept as content.
_HIDDEN_PROSE_CHARS = 1000
# A line of at least this many short items between bars ("Home | World | Sport | ...") is a
# menu, whatever its link share (the current section is often not a link); items average
# fewer words than this.
_MENU_MIN_ITEMS = 4
_MENU_MAX_ITEM_WORDS = 3
_CODE_TAGS = frozenset({"pre", "code", "samp", "kbd"})
# A <form> holding less prose than this is furniture (a poll, a search box).
_FORM_PROSE_CHARS = 1000
# Within the container, blocks with more link text than this are link lists.
_MAX_LINK_DENSITY = 0.5
# An itemprop=articleBody element is trusted when it holds this share of the prose.
_MARKED_BODY_SHARE = 0.25


# Labels that open the furniture after an article: comment threads, related and recommended
# lists, tag lists. General English vocabulary, matched against the whole (short) block.
_COMMENTS_LABEL = re.compile(
    r"(?:(?<!\d)\d+\s+)?(?:reader\s+|user\s+|show\s+|view\s+)?(?:comments?|responses|discussion|"
    r"(?:leave|post|add) (?:a|your) (?:comment|reply)|join the (?:conversation|discussion)|"
    r"(?:reader|your) views|"
    r"have your say(?: about this (?:article|story|post))?|what (?:do )?you think(?:\?|\.\.\.)?|"
    r"comments? (?:are|is) (?:now )?closed"
    r"(?: for this (?:story|article|post))?)\s*(?:\(\d+\))?[:.!]?",
    re.IGNORECASE,
)
_TAIL_LABEL = re.compile(
    r"(?:related(?: (?:stories|articles|posts|content|coverage|links|news|reading|topics|videos|"
    r"items))?|"
    r"more (?:from|on|in|about|stories|news|articles)(?:\s+\w+){0,3}|"
    r"recommended(?: for you| (?:stories|articles|reading|posts|videos|content|links))?|"
    r"(?:you|we think you) (?:may|might) (?:also )?(?:like|enjoy)(?:\s+\w+){0,2}|"
    r"most (?:read|popular|viewed|shared|commented)(?:\s+\w+){0,2}|trending(?:\s+\w+){0,2}|"
    r"read next|see also|about the author|tags?|topics|also (?:in|on)(?:\s+\w+){1,3}|"
    r"(?:story|article) tools|e-?mail (?:this(?: story| article)?|to a friend))\s*[:.!]?",
    re.IGNORECASE,
)
# Labels of furniture that also sits inside articles: drop the label, keep going.
_INLINE_LABEL = re.compile(
    r"(?:advertisement|advertising|sponsored(?:\s+\w+){0,2}|"
    r"share(?: this)?(?: article| story| post| page)?(?: on| via)?|read more|also read|"
    r"sign up(?:\s+\w+){0,4}|subscribe(?:\s+\w+){0,4}|newsletter|skip (?:to \w+ )?ad|"
    r"continue reading(?:\s+\w+){0,3}|story continues below(?:\s+\w+){0,2})\s*[:.!]?",
    re.IGNORECASE,
)
_LABEL_MAX_CHARS = 50
# A copyright notice with its year ("© 2008 Agency", "Copyright 2008 Paper. All rights
# reserved.") closes the article it follows; the notice's own fine print ("This material may
# not be republished", "Updated: ...") follows in a few short blocks, then the page's furniture.
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)[^\n]{0,40}?\b(?:19|20)\d\d\b|\ball rights reserved\b",
    re.IGNORECASE,
)
_COPYRIGHT_MAX_CHARS = 200
_FINE_PRINT_BLOCKS = 2
# A tail label cuts the rest of the container once this much of its prose is behind it.
_CUT_AFTER_SHARE = 0.3
_CUT_AFTER_CHARS = 400


def label_kind(text: str) -> str | None:
    """"comments" for comment-thread labels, "tail" for other after-article furniture
    ("Related stories", "Most read"),
    "inline" for labels of in-article furniture ("Advertisement", "Share"), else None."""
    if len(text) > _LABEL_MAX_CHARS:
        return None
    # A label is a few words without a full stop; "Sign up closes on Friday." is a sentence.
    if text.endswith(".") and not text.endswith("...") and len(text.split()) > 2:
        return None
    if _COMMENTS_LABEL.fullmatch(text):
        return "comments"
    if _TAIL_LABEL.fullmatch(text):
        return "tail"
    if _INLINE_LABEL.fullmatch(text):
        return "inline"
    return None


def _label_key(text: str) -> str:
    return " ".join(text.casefold().split()[:2])


def _resumes_article(
    candidates: list[tuple[Block, bool]], weights: list[int], at: int, last: Block | None,
    parents: Sequence[int],
) -> bool:
    """Whether the label heads a widget set inside the body ("Related" boxes between
    paragraphs), not the furniture after it: the widget's own blocks were dropped, and the
    blocks kept after them are prose in the same element as the article's last one, as much
    as a tail label needs before it may cut (a post's sign-off line is not the article)."""
    if last is None or last.owner < 0:
        return False
    element = parents[last.owner]
    dropped = False
    resumed = 0
    for index in range(at + 1, len(candidates)):
        block, wanted = candidates[index]
        if not wanted:
            dropped = True
            continue
        if not dropped or block.owner < 0 or parents[block.owner] != element:
            return False
        resumed += weights[index]
        if resumed >= _CUT_AFTER_CHARS:
            return True
    return False


def _cut_furniture_tail(
    candidates: list[tuple[Block, bool]], parents: Sequence[int]
) -> list[Block]:
    """Keep the wanted blocks up to a tail label ("Comments", "Related") that follows most
    of the article; labels are looked for among dropped blocks too (a "Comments" heading
    often sits in the comment widget itself)."""
    weights = [_prose_weight(block) if wanted else 0 for block, wanted in candidates]
    total = sum(weights)
    # A label that repeats ("More on X:" after each section) is part of the article's own
    # structure, not the start of the furniture after it; labels compare by their first words.
    label_counts: dict[str, int] = {}
    for block, _ in candidates:
        if len(block.text) <= _LABEL_MAX_CHARS:
            key = _label_key(block.text)
            label_counts[key] = label_counts.get(key, 0) + 1
    # Comment heads ("Posted by Ann on 1 Jan 08") repeat once per comment: the first one
    # after the article starts the thread. Runs of dated headlines are teaser lists.
    heads = [is_comment_head(block.text) for block, _ in candidates]
    thread = len({block.text for (block, _), head in zip(candidates, heads, strict=True)
                  if head}) >= MIN_HEADS
    teasers = dated_runs([block for block, _ in candidates])
    seen = 0
    kept: list[Block] = []
    # Blocks still allowed after a copyright notice closed the article (-1: none seen).
    fine_print = -1
    for at, ((block, wanted), weight, head, teaser) in enumerate(zip(
            candidates, weights, heads, teasers, strict=True)):
        if thread and head and seen >= _CUT_AFTER_CHARS:
            break
        if teaser:
            continue
        kind = label_kind(block.text)
        if fine_print >= 0 and wanted:
            if fine_print == 0 or head or kind is not None or (
                    len(block.text) > _COPYRIGHT_MAX_CHARS):
                break
            fine_print -= 1
        if kind is not None and label_counts.get(_label_key(block.text), 0) > 1:
            kind = "inline"
        if kind is not None:
            # A comment thread can outweigh the article: its label cuts on an absolute amount.
            if seen >= _CUT_AFTER_CHARS and (
                kind == "comments" or (kind == "tail" and seen >= _CUT_AFTER_SHARE * total)
            ) and not (kind == "tail" and _resumes_article(
                    candidates, weights, at, kept[-1] if kept else None, parents)):
                break
            continue
        if wanted:
            seen += weight
            kept.append(block)
            if (fine_print < 0 and seen >= _CUT_AFTER_CHARS and seen >= _CUT_AFTER_SHARE * total
                    and len(block.text) <= _COPYRIGHT_MAX_CHARS
                    and _COPYRIGHT.search(block.text)):
                fine_print = _FINE_PRINT_BLOCKS
    return kept


def is_menu_line(text: str) -> bool:
    """Whether a block is a bar-separated menu of short items, not a sentence."""
    bars = text.count("|")
    if bars < _MENU_MIN_ITEMS - 1:
        return False
    return len(text.split()) - bars < _MENU_MAX_ITEM_WORDS * (bars + 1)


def is_data_blob(text: str) -> bool:
    """Whether a block is serialised data (a widget's JSON settings printed as text): compact
    JSON, an object or a list of objects, from its first character to its last."""
    return text.startswith(('{"', '[{"')) and text.endswith(("}", "]")) and text.count('":') >= 3


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
    tags = facts.tags
    # Pages rendered by streaming put the article into hidden chunks a script reveals: when
    # most of the prose is hidden, hidden is not a furniture signal on that page.
    hidden_prose = 0
    inside_hidden = [False] * count
    for index in range(count):
        parent = parents[index]
        if parent >= 0 and inside_hidden[parent]:
            inside_hidden[index] = True
        elif hints[index] == HIDDEN:
            inside_hidden[index] = True
            hidden_prose += prose_all[index]
    trust_hidden = not (total and hidden_prose >= _HINT_OVERRIDE_SHARE * total)
    teasers = teaser_lists(facts)
    for index in range(count):
        parent = parents[index]
        hint = hints[index]
        if parent >= 0 and flags[parent]:
            flags[index] = True
        elif teasers[index]:
            flags[index] = not (total and prose_all[index] >= _TEASER_OVERRIDE_SHARE * total)
        elif hint == STRONG_FURNITURE:
            # Navigation, footers and asides are furniture, unless (broken markup, an odd
            # layout) nearly the whole page's prose is inside one.
            flags[index] = not (total and prose_all[index] >= _STRONG_OVERRIDE_SHARE * total)
        elif hint == HIDDEN:
            limit = _HIDDEN_PROSE_CHARS if trust_hidden else 1
            flags[index] = prose_all[index] < limit
        elif hint < 0:
            flags[index] = not (total and prose_all[index] >= _HINT_OVERRIDE_SHARE * total)
        elif hint == 0 and tags[index] == "form":
            # A form with little prose is a poll, a search or a sign-up box; one that wraps
            # the page (server frameworks put everything in one <form>) holds the article.
            flags[index] = prose_all[index] < _FORM_PROSE_CHARS and not (
                total and prose_all[index] >= _HINT_OVERRIDE_SHARE * total)
    return flags


def _choose_container(facts: Walk, prose: list[int]) -> int:
    # An element the page itself marks as the article body wins when it holds real prose.
    total = prose[0]
    marked = [
        index for index, hint in enumerate(facts.hints)
        if hint == MARKED_BODY and prose[index] >= _MARKED_BODY_SHARE * total
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
        if facts.tags[best] in _LEAF_TAGS:
            return current
        current = best


def _concentrate(facts: Walk, container: int, prose: list[int], furniture: list[bool]) -> int:
    """Narrow the container to where the prose is concentrated, as readability scores it:
    each prose block counts fully for its parent element and half for its grandparent, so
    an article's paragraphs, which share a parent, outscore a sidebar of teasers, which
    each sit in their own box."""
    start, stop = container, facts.ends[container]
    parents = facts.parents
    scores: dict[int, float] = {}
    for block in facts.blocks:
        owner = block.owner
        if owner < start or owner >= stop or furniture[owner]:
            continue
        weight = _prose_weight(block)
        if not weight:
            continue
        parent = parents[owner] if facts.tags[owner] in _PARAGRAPH_TAGS else owner
        if parent >= start:
            scores[parent] = scores.get(parent, 0.0) + weight
            grandparent = parents[parent]
            if grandparent >= start:
                scores[grandparent] = scores.get(grandparent, 0.0) + weight / 2
    if not scores:
        return container
    best = max(scores, key=lambda index: (scores[index], -index))
    tags = facts.tags
    while best > start and (tags[best] in _LEAF_TAGS or tags[best] in _INLINE_TAGS):
        best = parents[best]
    if best != container and prose[best] >= _CONCENTRATED_SHARE * prose[container]:
        return best
    return container


def _included_elements(
    facts: Walk, container: int, prose: list[int], furniture: list[bool]
) -> list[bool]:
    """The container's subtree, plus sibling subtrees that are mostly prose themselves: the
    descent can leave an article's intro or closing section in a sibling wrapper."""
    count = facts.element_count()
    included = [False] * count
    ranges = [(container, facts.ends[container])]
    parent = facts.parents[container]
    if parent > 0 and prose[container]:
        owner_text = [0] * count
        for block in facts.blocks:
            if block.owner >= 0 and not furniture[block.owner]:
                owner_text[block.owner] += len(block.text)
        text = _subtree_sums(facts, owner_text)
        for sibling in _children(facts, parent):
            if sibling == container or furniture[sibling] or not prose[sibling]:
                continue
            if prose[sibling] >= _SIBLING_PROSE_SHARE * text[sibling]:
                ranges.append((sibling, facts.ends[sibling]))
    for start, stop in ranges:
        for index in range(start, stop):
            included[index] = True
    return included


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
    container = _concentrate(facts, container, prose, furniture)
    included = _included_elements(facts, container, prose, furniture)
    candidates = []
    for block in facts.blocks:
        owner = block.owner
        if owner < 0 or not included[owner]:
            continue
        wanted = not furniture[owner] and block.link_density <= _MAX_LINK_DENSITY and not (
            (is_menu_line(block.text) or is_data_blob(block.text))
            and facts.tags[owner] not in _CODE_TAGS)
        candidates.append((block, wanted))
    return Extraction(_cut_furniture_tail(candidates, facts.parents), container, furniture)
