"""Entry dates: feedparser's reading, checked against the raw string and corrected.

feedparser drops an AM/PM marker in several RFC 822 variants ("Sat, Dec 16 2023 02:02:33 PM"
becomes 02:02) and knows only English month names ("16 Dez 2023" gives nothing). Its
reading is kept when nothing points to either problem; otherwise the raw string is read by
:func:`newsclaims.normalize.dates.parse_date`, and failing that it is rewritten (24-hour
clock, English month names, no weekday) and handed back to feedparser's date parser.
"""

import calendar
import datetime as dt
import logging
import re
import time
from collections.abc import Callable
from typing import Any

logger = logging.getLogger(__name__)

DateValue = dt.datetime | dt.date

_MERIDIEM = re.compile(
    r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?\s{0,3}([AaPp])\.?\s?[Mm]\.?(?![A-Za-z])"
)
_WORD = re.compile(r"[^\W\d_]+\.?")
_LEADING_WEEKDAY = re.compile(r"^\s*[^\W\d_]{2,12}\.?,\s*")

_ENGLISH_MONTHS = frozenset(
    name.lower() for name in (*calendar.month_name[1:], *calendar.month_abbr[1:], "sept")
)

# Month names and abbreviations in the languages news feeds are most often written in;
# lower case, without a trailing dot. Values are English abbreviations feedparser reads.
_MONTHS: dict[str, str] = {}


def _add_months(*rows: str) -> None:
    english = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    for row in rows:
        for month, names in zip(english, row.split("|"), strict=True):
            for name in names.split():
                _MONTHS.setdefault(name, month)


_add_months(
    # German (with Austrian Jänner)
    "januar jänner jan jän|februar feb|märz mär mrz|april apr|mai|juni jun|juli jul|"
    "august aug|september sep sept|oktober okt|november nov|dezember dez",
    # French
    "janvier janv|février fevrier févr fevr|mars|avril avr|mai|juin|juillet juil|août aout|"
    "septembre sept|octobre oct|novembre nov|décembre decembre déc dec",
    # Spanish
    "enero ene|febrero feb|marzo mar|abril abr|mayo may|junio jun|julio jul|agosto ago|"
    "septiembre setiembre sep sept set|octubre oct|noviembre nov|diciembre dic",
    # Italian
    "gennaio gen|febbraio feb|marzo mar|aprile apr|maggio mag|giugno giu|luglio lug|agosto ago|"
    "settembre set|ottobre ott|novembre nov|dicembre dic",
    # Portuguese
    "janeiro jan|fevereiro fev|março marco mar|abril abr|maio mai|junho jun|julho jul|"
    "agosto ago|setembro set|outubro out|novembro nov|dezembro dez",
    # Dutch
    "januari jan|februari feb|maart mrt|april apr|mei|juni jun|juli jul|augustus aug|"
    "september sep|oktober okt|november nov|december dec",
    # Swedish, Danish, Norwegian
    "januari januar|februari februar|mars marts|april|maj mai|juni|juli|augusti august|"
    "september|oktober okt|november|december desember des",
    # Polish (nominative and genitive)
    "styczeń stycznia sty|luty lutego lut|marzec marca|kwiecień kwietnia kwi|maj maja|"
    "czerwiec czerwca cze|lipiec lipca lip|sierpień sierpnia sie|wrzesień września wrz|"
    "październik października paź|listopad listopada lis|grudzień grudnia gru",
    # Czech and Slovak (genitive forms, as dates use them)
    "ledna januára január|února februára február|března marca|dubna apríla apríl|"
    "května mája máj|června júna jún|července júla júl|srpna augusta|září septembra|"
    "října októbra|listopadu novembra|prosince decembra",
    # Russian and Ukrainian (nominative, genitive, abbreviations)
    "январь января янв січня січень|февраль февраля фев февр лютого лютий|"
    "март марта мар березня березень|апрель апреля апр квітня квітень|май мая травня травень|"
    "июнь июня июн червня червень|июль июля июл липня липень|август августа авг серпня серпень|"
    "сентябрь сентября сен сент вересня вересень|октябрь октября окт жовтня жовтень|"
    "ноябрь ноября ноя листопада|декабрь декабря дек грудня грудень",
    # Turkish
    "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık",
)


def _from_struct(parsed: Any) -> dt.datetime | None:
    if not isinstance(parsed, time.struct_time):
        return None
    try:
        return dt.datetime(*parsed[:6], tzinfo=dt.timezone.utc)
    except (ValueError, OverflowError):
        return None


def _library_parse(raw: str) -> DateValue | None:
    # The shared date reader; a failure in it must cost this date, not the feed.
    from newsclaims.normalize.dates import parse_date

    try:
        return parse_date(raw)
    except Exception as exc:
        logger.debug("parse_date(%r) raised %r", raw, exc)
        return None


def _feedparser_parse(text: str) -> dt.datetime | None:
    from feedparser.datetimes import _parse_date

    reader: Callable[[str], Any] = _parse_date
    try:
        return _from_struct(reader(text))
    except Exception as exc:  # feedparser's handlers are regex soup; never let one escape
        logger.debug("feedparser could not read %r: %r", text, exc)
        return None


def has_meridiem(raw: str) -> bool:
    """Whether ``raw`` writes its time on a 12-hour clock ("2:05 PM")."""
    return _MERIDIEM.search(raw) is not None


def has_foreign_month(raw: str) -> bool:
    """Whether ``raw`` names a month in a language other than English."""
    for match in _WORD.finditer(raw):
        word = match.group().rstrip(".").lower()
        if word in _ENGLISH_MONTHS:
            return False
        if word in _MONTHS:
            return True
    return False


def _to_24_hour(match: "re.Match[str]") -> str:
    hour, minute, second = int(match.group(1)), match.group(2), match.group(3) or "00"
    pm = match.group(4) in "Pp"
    if hour > 12:
        return f"{hour:02d}:{minute}:{second}"
    hour = hour % 12 + (12 if pm else 0)
    return f"{hour:02d}:{minute}:{second}"


def _translate_month(match: "re.Match[str]") -> str:
    word = match.group()
    english = _MONTHS.get(word.rstrip(".").lower())
    return english if english is not None and word.lower() not in _ENGLISH_MONTHS else word


def normalise_date_string(raw: str) -> str:
    """``raw`` with a 24-hour time, English month names and no leading weekday."""
    text = _MERIDIEM.sub(_to_24_hour, raw.strip())
    text = _LEADING_WEEKDAY.sub("", text)
    return _WORD.sub(_translate_month, text)


def _same_instant(ours: dt.datetime, theirs: dt.datetime) -> bool:
    if ours.tzinfo is None:
        ours = ours.replace(tzinfo=dt.timezone.utc)
    return ours == theirs


def resolve_date(raw: str | None, parsed: Any) -> DateValue | None:
    """The date of an entry from feedparser's raw string and its ``*_parsed`` value.

    Datetimes are timezone-aware. The raw string's own offset is kept when the shared date
    reader agrees with feedparser; where they disagree for no known reason, feedparser's
    reading (well tested on RFC 822 and W3C dates) wins.
    """
    theirs = _from_struct(parsed)
    if not raw or not raw.strip():
        return theirs
    suspect = theirs is None or has_meridiem(raw) or has_foreign_month(raw)
    ours = _library_parse(raw)
    if not suspect and theirs is not None:
        aware = isinstance(ours, dt.datetime) and ours.tzinfo is not None
        if aware and isinstance(ours, dt.datetime) and _same_instant(ours, theirs):
            return ours
        return theirs
    if isinstance(ours, dt.datetime) and ours.tzinfo is not None:
        return ours
    # feedparser knows more zone names ("PST", "CEST") than a naive reading shows.
    fixed = _feedparser_parse(normalise_date_string(raw))
    if fixed is not None:
        return fixed
    if isinstance(ours, dt.datetime):
        return ours.replace(tzinfo=dt.timezone.utc)
    if ours is not None:
        return ours
    return theirs
