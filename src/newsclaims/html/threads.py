"""Comment threads and dated teaser runs that carry no furniture class or label.

Two shapes, both built on the date a short block carries:

- a comment head: a short line with a date or time and a posting word ("Posted by: Ann, Leeds
  on 5:19pm Tue 1 Jan 08", "Tom wrote on 12/01/2008 09:14"), a different one for each
  comment (an article's byline printed twice is not a thread);
- a dated teaser run: three or more consecutive short lines, each a headline with its date
  ("Derby 1v2 Rovers (Monday December 31 2007)").

A line ending with a full stop is a sentence, never either (an article's timeline entry or
"He said so on 3 May 2008." stays).
"""

import re

from newsclaims.html.blocks import Block

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\.?"
)
# Linear: each alternative is a fixed sequence of bounded tokens.
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{2,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH},?\s\d{{2,4}}"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    r"|\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?"
    r"|\d{1,3}\s(?:minutes?|hours?|days?|weeks?|months?)\sago)\b",
    re.IGNORECASE,
)
_POSTING = re.compile(
    r"\b(?:posted|wrote|writes|commented|submitted|replied|reply)\b", re.IGNORECASE
)
_SHORT_CHARS = 140
MIN_HEADS = 2
MIN_RUN = 3


def _dated_line(text: str) -> bool:
    return len(text) <= _SHORT_CHARS and not text.endswith(".") and (
        _DATE.search(text) is not None)


def is_comment_head(text: str) -> bool:
    """A short dated line that says who posted it: the head of one comment."""
    return _dated_line(text) and _POSTING.search(text) is not None


def dated_runs(blocks: list[Block]) -> list[bool]:
    """Whether each block belongs to a run of MIN_RUN or more consecutive dated short lines."""
    flags = [False] * len(blocks)
    start = 0
    for index in range(len(blocks) + 1):
        if index < len(blocks) and _dated_line(blocks[index].text):
            continue
        if index - start >= MIN_RUN:
            for position in range(start, index):
                flags[position] = True
        start = index + 1
    return flags
