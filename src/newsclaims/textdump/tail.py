"""Where the article ends: a comment section or a list of teasers printed as prose.

Both follow the article on the page and both contain sentences, so the prose search alone
can run on into them. They are found by their shape, never by a site's wording:

- comments: a run of short "signature" lines (a name and a date or time, "3 hours ago",
  "Reply" or "Report" buttons, "Ann wrote:"), each followed by a little text;
- teasers: several headline-shaped lines in a row, each followed by a one- or two-sentence
  blurb, the pairs running on to the end of the text.

Either must start after most of the article's prose: a live blog's timestamped entries or a
listicle's numbered headings open the text instead.
"""

import re
from collections.abc import Sequence

from newsclaims.textdump.boilerplate import Features, Label, is_title_like
from newsclaims.textdump.dates import find_dates
from newsclaims.textdump.lines import Block

# Share of the article's prose (the run's own left out) that must come before a comment run.
_END_SHARE = 0.5
_MAX_SIGNATURE_WORDS = 12
# Words a signature line may have besides its date: a name, "by", "at", "says".
_MAX_NAME_WORDS = 6
_MIN_SIGNATURES = 3
# Blocks of comment text allowed between two signatures of the same run.
_MAX_COMMENT_GAP = 12
# Prose an article has before its comments, at the least.
_MIN_ARTICLE_CHARS = 300
_MIN_TEASERS = 3
# Prose before a teaser list, at the least, against the prose the list holds.
_TEASER_SHARE = 0.5
_MIN_HEADLINE_WORDS = 4
_MAX_BLURB_WORDS = 45
_MIN_BLURB_WORDS = 5
_MAX_HEADLINE_WORDS = 20
_MAX_BLURB_SENTENCES = 2

_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\b\.?)?", re.IGNORECASE)
_AGO = re.compile(
    r"\b(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago\b",
    re.IGNORECASE,
)
# Buttons under a comment; matched as a whole line (counts and separators allowed).
_ACTIONS = frozenset(
    {"reply", "report", "report abuse", "flag", "like", "likes", "permalink", "quote",
     "recommend", "agree", "disagree", "upvote", "downvote", "vote", "votes", "points",
     "point", "edit", "delete", "respond", "reply report", "like reply",
     "reply like", "report reply", "reply flag"}
)
_WORD = re.compile(r"[^\W\d_]+")
# "Ann Smith says:" / "wrote:" — a commenter's name introducing the comment.
_SAYS = re.compile(r"\b(?:says|said|wrote|writes|commented)\s*:\s*$", re.IGNORECASE)


def _action_line(text: str) -> bool:
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words or len(words) > 4:
        return False
    key = " ".join(words)
    return key in _ACTIONS or all(w in _ACTIONS for w in words)


def is_signature(text: str, f: Features) -> bool:
    """A line that heads or closes one comment: who and when, or the comment's buttons."""
    if f.words > _MAX_SIGNATURE_WORDS or (f.ends_sentence and not _SAYS.search(text)):
        return False
    if _action_line(text):
        return True
    if f.words <= _MAX_NAME_WORDS + 2 and _SAYS.search(text):
        return True
    # A time of day alone heads a live blog's entries or a schedule's: a commenter's stamp
    # has a date or says how long ago.
    stamp = _AGO.search(text)
    if stamp is not None:
        rest = text[: stamp.start()] + text[stamp.end() :]
    else:
        dates = find_dates(text)
        if not dates:
            return False
        rest = text[: dates[0].start] + text[dates[0].end :]
    return len(_WORD.findall(_CLOCK.sub(" ", rest))) <= _MAX_NAME_WORDS


def _prose(start: int, stop: int, labels: Sequence[Label], feats: Sequence[Features]) -> int:
    return sum(feats[i].chars for i in range(start, stop) if labels[i] == "good")


def _comment_start(
    first: int, last: int, blocks: Sequence[Block], labels: Sequence[Label],
    feats: Sequence[Features], total: int,
) -> int | None:
    # The first signature of a run of them whose gaps hold the comments' text. A long
    # discussion can outweigh the article, so the article's share is judged without it.
    signatures = [
        i for i in range(first, last + 1)
        if labels[i] != "good" and is_signature(blocks[i].text, feats[i])
    ]
    k = 0
    while k < len(signatures):
        start = previous = signatures[k]
        run = 1
        k += 1
        while k < len(signatures) and signatures[k] - previous <= _MAX_COMMENT_GAP:
            if any(labels[j] in ("good", "short") for j in range(previous + 1, signatures[k])):
                run += 1
            previous = signatures[k]
            k += 1
        if run < _MIN_SIGNATURES:
            continue
        before = _prose(first, start, labels, feats)
        inside = _prose(start, min(last, previous + _MAX_COMMENT_GAP) + 1, labels, feats)
        if before >= _MIN_ARTICLE_CHARS and before >= _END_SHARE * (total - inside):
            return start
    return None


def _blurb(label: Label, f: Features) -> bool:
    # One or two sentences (the second often cut short: "Discover how...").
    return (
        label in ("good", "short")
        and _MIN_BLURB_WORDS <= f.words <= _MAX_BLURB_WORDS
        and f.sentences <= _MAX_BLURB_SENTENCES
    )


def _headline(text: str, label: Label, f: Features) -> bool:
    # A teaser's headline is a headline (a question is one), not a score line
    # ("Kings 3 Blackhawks 2") or a sentence of the text.
    if label == "good" or len(_WORD.findall(text)) < _MIN_HEADLINE_WORDS:
        return False
    return is_title_like(f) or (f.words <= _MAX_HEADLINE_WORDS and text.rstrip().endswith("?"))


def _pairs(
    end: int, first: int, blocks: Sequence[Block], labels: Sequence[Label],
    feats: Sequence[Features],
) -> list[int]:
    # Headline + blurb pairs read backwards from ``end``, furniture allowed between them.
    pairs: list[int] = []
    index = end
    while index > first:
        blurb = index
        while blurb > first and labels[blurb] in ("bad", "echo", "meta"):
            blurb -= 1
        head = blurb - 1
        while head > first and labels[head] in ("bad", "meta"):
            head -= 1
        if head <= first or not _blurb(labels[blurb], feats[blurb]):
            break
        if not _headline(blocks[head].text, labels[head], feats[head]):
            break
        pairs.append(head)
        index = head - 1
    return pairs


def _pairs_after(
    last: int, blocks: Sequence[Block], labels: Sequence[Label], feats: Sequence[Features]
) -> int:
    # Headline + blurb pairs read forwards from the block after ``last``.
    count = 0
    index = last + 1
    while True:
        while index < len(labels) and labels[index] in ("bad", "echo", "meta"):
            index += 1
        if index >= len(labels) or not _headline(blocks[index].text, labels[index], feats[index]):
            return count
        index += 1
        while index < len(labels) and labels[index] in ("bad", "meta"):
            index += 1
        if index >= len(labels) or not _blurb(labels[index], feats[index]):
            return count
        count += 1
        index += 1


def _teaser_start(
    first: int, last: int, blocks: Sequence[Block], labels: Sequence[Label],
    feats: Sequence[Features], total: int,
) -> int | None:
    # The pairs run on to the end of the text, or to one line (a legal notice) before it.
    # The list may also run on past the prose found (its last blurbs too short to count).
    pairs = _pairs(last, first, blocks, labels, feats)
    if len(pairs) < _MIN_TEASERS and last - 1 > first:
        pairs = max(pairs, _pairs(last - 1, first, blocks, labels, feats), key=len)
    if not pairs or len(pairs) + _pairs_after(last, blocks, labels, feats) < _MIN_TEASERS:
        return None
    start = pairs[-1]
    before = _prose(first, start, labels, feats)
    inside = total - before
    return start if before >= _MIN_ARTICLE_CHARS and before >= _TEASER_SHARE * inside else None


def cut_tail(
    first: int, last: int, blocks: Sequence[Block], labels: Sequence[Label],
    feats: Sequence[Features],
) -> int:
    """The last block of the article once a trailing comment section or teaser list is cut."""
    total = sum(feats[i].chars for i in range(first, last + 1) if labels[i] == "good")
    starts = [
        s for s in (
            _comment_start(first, last, blocks, labels, feats, total),
            _teaser_start(first, last, blocks, labels, feats, total),
        ) if s is not None
    ]
    if not starts:
        return last
    previous = min(starts) - 1
    while previous > first and labels[previous] != "good":
        previous -= 1
    return previous
