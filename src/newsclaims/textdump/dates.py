"""Dates as pages print them: ISO stamps, "Sunday, 01 November 2020 4:25 PM", "October 3".

``newsclaims.normalize.dates`` is the library's general date reader; this module finds the
*positions* of dates in short header lines and reads partial dates ("October 3") that a
dateline leaves for the text to complete. It falls back on its own patterns so the dump
reader works the same whichever version of the normaliser is installed.
"""

import calendar
import datetime as dt
import re

import attrs

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "januari"),
        ("february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro",
         "februari"),
        ("march", "mar", "märz", "maerz", "mars", "marzo", "março", "maart"),
        ("april", "apr", "avril", "abril", "aprile"),
        ("may", "mai", "mayo", "maggio", "maio", "mei"),
        ("june", "jun", "juni", "juin", "junio", "giugno", "junho"),
        ("july", "jul", "juli", "juillet", "julio", "luglio", "julho"),
        ("august", "aug", "août", "aout", "agosto", "augustus"),
        ("september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"),
        ("october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro"),
        ("november", "nov", "novembre", "noviembre", "novembro"),
        ("december", "dec", "dezember", "décembre", "decembre", "diciembre", "dicembre",
         "dezembro"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})

CALENDAR_WORDS: frozenset[str] = frozenset(_MONTHS) | frozenset(WEEKDAYS)

_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?\s?,?\s+)?"
_TIME = (
    r"(?:(?:,|\s+at|\s*[-–|])?\s*(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)"
    r"(?::(?P<second>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*(?P<tz>utc|gmt|z|[ecmp][sd]t|bst|cet|cest|msk)"
    r"(?:\s*(?P<offset>[+-]\d{1,2}(?::?\d{2})?))?)?)?"
)
_ISO = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<mnum>0?[1-9]|1[0-2])[-/.](?P<day>0?[1-9]|[12]\d|3[01])"
    r"(?:[T\s]+(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"(?:\.\d+)?(?P<tz>z|[+-]\d\d:?\d\d)?)?(?!\d)",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    _WEEKDAY + r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+(?:of\s+)?" + _MONTH
    + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b" + _TIME,
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    _WEEKDAY + r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    + r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?" + _TIME,
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    _WEEKDAY + r"\b(?P<day>[0-3]?\d)[./](?P<mnum>[0-3]?\d)[./](?P<year>(?:19|20)\d\d)\b" + _TIME,
    re.IGNORECASE,
)
# "30/12/07": a two-digit year with slashes only ("3.12.10" is a version number).
_NUMERIC_SHORT = re.compile(
    _WEEKDAY + r"\b(?P<day>[0-3]?\d)/(?P<mnum>[0-3]?\d)/(?P<year>\d\d)\b" + _TIME,
    re.IGNORECASE,
)


@attrs.frozen
class FoundDate:
    """A date found in a string: ``year`` may be None ("October 3"); ``start``/``end`` index it."""

    year: int | None
    month: int
    day: int
    hour: int | None
    minute: int | None
    second: int | None
    tzinfo: dt.tzinfo | None
    start: int
    end: int

    def value(self, year: int | None = None) -> dt.datetime | dt.date | None:
        """The date (or aware datetime when a time was given); None when no year is known."""
        year = self.year if self.year is not None else year
        if year is None:
            return None
        try:
            if self.hour is None or self.minute is None:
                return dt.date(year, self.month, self.day)
            return dt.datetime(
                year, self.month, self.day, self.hour, self.minute, self.second or 0,
                tzinfo=self.tzinfo or dt.timezone.utc,
            )
        except ValueError:
            return None


def _tz(name: str | None, offset: str | None) -> dt.tzinfo | None:
    text = (offset or "").replace(":", "")
    if not text and name and name[0] in "+-":
        text = name.replace(":", "")
    if text:
        sign = -1 if text[0] == "-" else 1
        digits = text[1:]
        hours = int(digits[:-2] or 0) if len(digits) > 2 else int(digits)
        minutes = int(digits[-2:]) if len(digits) > 2 else 0
        if hours > 14:
            return None
        return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    if name and name.lower() in ("utc", "gmt", "z"):
        return dt.timezone.utc
    return None


# Two-digit years below the pivot are this century's.
_CENTURY_PIVOT = 70


def _found(match: re.Match[str]) -> FoundDate | None:
    groups = match.groupdict()
    month = groups.get("mnum")
    month_number = int(month) if month else _MONTHS.get((groups.get("month") or "").lower(), 0)
    day = int(groups["day"])
    year = int(groups["year"]) if groups.get("year") else None
    if year is not None and year < 100:
        year += 2000 if year < _CENTURY_PIVOT else 1900
    if month and month_number > 12 and 1 <= day <= 12:
        month_number, day = day, month_number  # a US date: month first
    if not 1 <= month_number <= 12 or not 1 <= day <= 31:
        return None
    if year is not None and day > calendar.monthrange(year, month_number)[1]:
        return None
    hour = int(groups["hour"]) if groups.get("hour") else None
    minute = int(groups["minute"]) if groups.get("minute") else None
    second = int(groups["second"]) if groups.get("second") else None
    ampm = (groups.get("ampm") or "").replace(".", "").lower()
    if hour is not None and ampm:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    tz = _tz(groups.get("tz"), groups.get("offset"))
    end = match.end()
    # The time group is optional and may have matched only trailing spaces.
    while end > match.start() and match.string[end - 1].isspace():
        end -= 1
    return FoundDate(year, month_number, day, hour, minute, second, tz, match.start(), end)


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, left to right, without overlaps (full dates preferred)."""
    found: list[FoundDate] = []
    if not _DIGIT.search(text):
        return found  # every pattern needs a day number
    for pattern in (_ISO, _DAY_MONTH, _MONTH_DAY, _NUMERIC, _NUMERIC_SHORT):
        for match in pattern.finditer(text):
            date = _found(match)
            if date is None:
                continue
            if any(date.start < f.end and f.start < date.end for f in found):
                continue
            found.append(date)
    return sorted(found, key=lambda f: f.start)


_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<![\d.,])(?:19[5-9]\d|20\d\d)(?![\d,.]\d)")
_WEEKDAY_MENTION = re.compile(
    r"\b(?:on|last|this|late|early)\s+(" + "|".join(calendar.day_name) + r")\b"
)


def years_mentioned(text: str) -> list[int]:
    """Four-digit years (1950-2099) mentioned in ``text``."""
    return [int(m.group()) for m in _YEAR.finditer(text)]


def infer_year(month: int, day: int, text: str, context: str) -> int | None:
    """The year of a day-month date from the text around it.

    A weekday named in ``context`` ("told TASS on Saturday") picks the first year, no earlier
    than the latest year the text mentions, on which that day fell; otherwise the latest year
    mentioned is the best guess there is.
    """
    years = years_mentioned(text)
    floor = max(years) if years else None
    weekday = _WEEKDAY_MENTION.search(context)
    if weekday and floor is not None:
        wanted = WEEKDAYS[weekday.group(1).lower()]
        for year in range(floor, floor + 12):
            try:
                if dt.date(year, month, day).weekday() == wanted:
                    return year
            except ValueError:
                return None
    return floor
