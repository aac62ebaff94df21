"""Header lines a page prints around its article: date lines, bylines, datelines, agency tags.

Each reader looks at one line and says what it holds; none of them knows any site. They rely
on shape: a label then a date, "By" then capitalised names, an upper-case place then a dash.
"""

import re

import attrs

from newsclaims.textdump.dates import CALENDAR_WORDS, FoundDate, find_dates

_DATE_LABEL = re.compile(
    r"^\W{0,3}(?:(?P<kind>(?:first\s+)?published|updated|last\s+updated|last\s+modified|"
    r"modified|posted|created|date|dated|released|issued|veröffentlicht|aktualisiert|"
    r"publié|mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato|опубликовано)"
    r"(?:\s+(?:online|on|at|le|am|el|il)\b)*\s*[:|-]?\s*)?"
    # Some sites print the time first: "Last updated: 12:01am GMT 08/01/2008", "13:30, Jan 10".
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[,|-]?\s*(?=\d|[A-Z]))?",
    re.IGNORECASE,
)
# What may follow a date on a date line without making it a sentence.
_DATE_TAIL = re.compile(
    r"^[\s,.;:|/()\[\]–—-]*(?:(?:local\s+time|hrs|hours|ist|et|pt|edt|est|cet|msk)\b"
    r"[\s,.;:|/()\[\]–—-]*)*$",
    re.IGNORECASE,
)

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|del|la|le|bin|al|el))*"
_BYLINE = re.compile(
    r"^(?:by|written\s+by|words\s+by|reporting\s+by|posted\s+by|von|par|por|di|от):?\s+"
    r"(?P<names>" + _NAME + r"(?:\s*(?:,|\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*" + _NAME + r")*)"
    r"(?P<rest>.*)$",
    re.IGNORECASE | re.UNICODE,
)
_NAME_SPLIT = re.compile(r",|&|\b(?:and|und|et|y|e)\b")

_PLACE = r"[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z'’.-]+(?:[ ][A-Z][a-z'’.-]+){0,2}"
_AGENCY_PAREN = r"\((?P<agency>[A-Z][\w&.' -]{1,30})\)"
_AGENCY_SLASH = r"/(?P<slash>[A-Z][\w&.' -]{1,30})/\.?"
_DASH = r"\s*[-–—:]+\s+"
_DATELINE = re.compile(
    r"^(?P<place>" + _PLACE + r"|" + _TITLE_PLACE + r")"
    r"(?P<date>,\s+[A-Za-z]{3,10}\.?\s+\d{1,2}(?:,?\s+\d{4})?\.?)?"
    r"\s*(?:" + _AGENCY_PAREN + r"|" + _AGENCY_SLASH + r")?"
    r"(?P<sep>" + _DASH + r"|\s+(?=[A-Z\"“‘']))",
    re.UNICODE,
)


@attrs.frozen
class DateLine:
    """A line that states a date: ``rest_start`` is where any fused text (a title) begins."""

    date: FoundDate
    kind: str
    rest_start: int


def read_date_line(text: str, *, max_rest_words: int = 0) -> DateLine | None:
    """The date a header line states, if the line is a (labelled) date, alone or before a title.

    ``max_rest_words`` > 0 accepts text fused after the date ("date 2020-11-05 Title").
    """
    label = _DATE_LABEL.match(text)
    offset = label.end() if label else 0
    kind = "updated" if label and label.group("kind") and (
        "updat" in label.group("kind").lower() or "modif" in label.group("kind").lower()
        or "aktual" in label.group("kind").lower() or "jour" in label.group("kind").lower()
        or "actual" in label.group("kind").lower() or "aggior" in label.group("kind").lower()
    ) else "published"
    dates = find_dates(text[offset:])
    if not dates or dates[0].start > 1:
        return None
    first = dates[0]
    if first.year is None:
        return None
    tail = text[offset + first.end :]
    if _DATE_TAIL.match(tail):
        return DateLine(first, kind, len(text))
    rest_words = len(tail.split())
    if max_rest_words > 0 and rest_words <= max_rest_words and tail[:1].isspace():
        start = offset + first.end + (len(tail) - len(tail.lstrip(" ,|-–—:")))
        return DateLine(first, kind, start)
    return None


def read_byline(text: str) -> tuple[tuple[str, ...], str] | None:
    """``(authors, rest)`` of a byline such as "By Jane Doe and John Roe, Reuters"."""
    if len(text) > 160:
        return None
    match = _BYLINE.match(text)
    if not match:
        return None
    names = tuple(n.strip(" .") for n in _NAME_SPLIT.split(match.group("names")) if n.strip(" ."))
    names = tuple(
        n for n in names
        if n[:1].isupper() and len(n.split()) <= 5 and n.lower() not in CALENDAR_WORDS
    )
    if not names:
        return None
    rest = match.group("rest").strip(" ,|-–—:")
    # "By the time ..." is a sentence, not a byline: the names must stop at punctuation.
    if rest and rest[:1].islower():
        return None
    return names, rest


@attrs.frozen
class Dateline:
    """The dateline opening a paragraph: ``BAKU, October 3. /TASS/.``, ``NEW YORK (Reuters) -``."""

    place: str
    date: FoundDate | None
    agency: str | None
    end: int


def read_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a paragraph, if it has one."""
    match = _DATELINE.match(text[:120])
    if not match:
        return None
    place = match.group("place")
    agency = match.group("agency") or match.group("slash")
    date_text = match.group("date")
    sep = match.group("sep")
    date: FoundDate | None = None
    if date_text:
        found = find_dates(date_text)
        if not found:
            return None
        date = found[0]
    upper_place = place.upper() == place and sum(c.isalpha() for c in place) >= 2
    dashed = bool(sep.strip())
    # A title-case place is only a dateline with a date or an agency: "Moscow, Oct 3 (TASS) -".
    if not upper_place and not (date and (agency or dashed)) and not agency:
        return None
    # An upper-case word followed only by a space is a dateline only with a date or an agency.
    if not dashed and not (date or agency):
        return None
    if upper_place and len(place) <= 3 and not (date or agency):
        return None  # "US - " or "UN: " open sentences, not datelines
    return Dateline(place.strip(), date, agency.strip() if agency else None, match.end())


_SLASH_AGENCY = re.compile(
    r"(?<![\w/])/(?P<name>[A-Z][A-Za-z&.-]{1,20}(?: [A-Z][A-Za-z&.-]+){0,2})/"
)


def slash_agency(text: str) -> str | None:
    """An agency tag such as ``/TASS/`` in the first characters of a paragraph."""
    match = _SLASH_AGENCY.search(text[:160])
    return match.group("name") if match else None


_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})",
    re.IGNORECASE,
)


def copyright_holder(text: str) -> str | None:
    """The name in a copyright footer ("© 2021 Example News. All rights reserved.")."""
    match = _COPYRIGHT.search(text)
    if not match:
        return None
    name = re.split(r"\.\s|[,;|]", match.group("name"))[0].strip(" .")
    if not name or not name[0].isupper() or name.lower().startswith(("all ", "the ")):
        return None
    if name.lower() in ("all", "the", "copyright"):
        return None
    return name
