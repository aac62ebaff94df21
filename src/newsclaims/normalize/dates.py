"""Dates in news: publication stamps, datelines, and the year a body talks about.

A small stdlib-only reader for the shapes news pages and feeds use: ISO 8601, RFC 822/1123,
"Sunday, 01 November 2020 4:25 PM", "Nov. 1, 2020", "01.11.2020", and day-month forms in
English, German, French, Spanish, Italian, Portuguese, Dutch, Russian, Polish and Turkish.
A date-time with a zone comes back aware, one without a zone naive, and a bare date as
``datetime.date``. Nothing here raises on bad input: an unreadable string gives None.
"""

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from newsclaims.model import Span


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DateValue = dt.datetime | dt.date

_MONTHS: dict[str, tuple[str, ...]] = {
    # per language, twelve entries of "|"-separated names (full, genitive, abbreviations)
    "en": (
        "january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun",
        "july|jul", "august|aug", "september|sept|sep", "october|oct", "november|nov",
        "december|dec",
    ),
    "de": (
        "januar|jänner|jan", "februar|feber|feb", "märz|maerz|mär|mrz", "april|apr", "mai",
        "juni|jun", "juli|jul", "august|aug", "september|sept|sep", "oktober|okt",
        "november|nov", "dezember|dez",
    ),
    "fr": (
        "janvier|janv", "février|fevrier|févr|fevr|fév", "mars", "avril|avr", "mai", "juin",
        "juillet|juil", "août|aout", "septembre|sept", "octobre|oct", "novembre|nov",
        "décembre|decembre|déc|dec",
    ),
    "es": (
        "enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo|may", "junio|jun",
        "julio|jul", "agosto|ago", "septiembre|setiembre|sept|sep", "octubre|oct",
        "noviembre|nov", "diciembre|dic",
    ),
    "it": (
        "gennaio|gen", "febbraio|feb", "marzo|mar", "aprile|apr", "maggio|mag", "giugno|giu",
        "luglio|lug", "agosto|ago", "settembre|set", "ottobre|ott", "novembre|nov",
        "dicembre|dic",
    ),
    "pt": (
        "janeiro|jan", "fevereiro|fev", "março|marco|mar", "abril|abr", "maio|mai", "junho|jun",
        "julho|jul", "agosto|ago", "setembro|set", "outubro|out", "novembro|nov",
        "dezembro|dez",
    ),
    "nl": (
        "januari|jan", "februari|feb", "maart|mrt", "april|apr", "mei", "juni|jun", "juli|jul",
        "augustus|aug", "september|sep", "oktober|okt", "november|nov", "december|dec",
    ),
    "ru": (
        "января|январь|янв", "февраля|февраль|фев", "марта|март|мар", "апреля|апрель|апр",
        "мая|май", "июня|июнь|июн", "июля|июль|июл", "августа|август|авг",
        "сентября|сентябрь|сен|сент", "октября|октябрь|окт", "ноября|ноябрь|ноя",
        "декабря|декабрь|дек",
    ),
    "pl": (
        "stycznia|styczeń", "lutego|luty", "marca|marzec", "kwietnia|kwiecień", "maja|maj",
        "czerwca|czerwiec", "lipca|lipiec", "sierpnia|sierpień", "września|wrzesień",
        "października|październik", "listopada|listopad", "grudnia|grudzień",
    ),
    "tr": (
        "ocak", "şubat|subat", "mart", "nisan", "mayıs|mayis", "haziran", "temmuz",
        "ağustos|agustos", "eylül|eylul", "ekim", "kasım|kasim", "aralık|aralik",
    ),
}  # fmt: skip
LANGUAGES: tuple[str, ...] = tuple(_MONTHS)

_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs"
    "|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles"
    "|jueves|viernes|sábado|sabado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato"
    "|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag"
    "|woensdag|donderdag|vrijdag|zaterdag|zondag|понедельник|вторник|среда|четверг|пятница"
    "|суббота|воскресенье"
)
_LABELS = _words(
    "published updated posted modified last on at date dated am um le el de del du den der "
    "the of pm et"
)

_ZONES: dict[str, int] = {
    "z": 0, "ut": 0, "utc": 0, "gmt": 0, "wet": 0, "bst": 60, "ist": 330, "cet": 60,
    "met": 60, "mez": 60, "cest": 120, "mesz": 120, "eet": 120, "eest": 180, "msk": 180,
    "azt": 240, "amt": 240, "gst": 240, "pkt": 300, "ict": 420, "wib": 420, "hkt": 480,
    "sgt": 480, "awst": 480, "jst": 540, "kst": 540, "aest": 600, "aedt": 660, "nzst": 720,
    "nzdt": 780, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
    "mdt": -360, "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
    "ast": -240, "adt": -180, "nst": -210, "ndt": -150,
}  # fmt: skip
# "ET" and friends follow daylight saving, so they need the tz database (with a fixed
# standard-time fallback where it is not installed).
_US_ZONES = {
    "et": ("America/New_York", -300),
    "ct": ("America/Chicago", -360),
    "mt": ("America/Denver", -420),
    "pt": ("America/Los_Angeles", -480),
}


@functools.lru_cache(maxsize=8)
def _us_zone(name: str) -> dt.tzinfo:
    key, fallback = _US_ZONES[name]
    try:
        import zoneinfo

        return zoneinfo.ZoneInfo(key)
    except (ImportError, KeyError, OSError, ValueError):  # no tz database on this system
        return dt.timezone(dt.timedelta(minutes=fallback))


_ZONE_ALT = "|".join(sorted(_ZONES, key=len, reverse=True))

_TIME = (
    r"(?P<H>[0-2]?\d)(?:(?:[:.]|h(?=\d))(?P<M>[0-5]\d)(?![\d%])(?::(?P<S>[0-5]\d|60)(?:[.,]\d{1,9})?)?"
    r"(?:\s?(?P<ampm1>[AaPp]\.?\s?[Mm]\b\.?))?"
    r"|\s?(?P<ampm2>[AaPp]\.?\s?[Mm]\b\.?))"
    r"(?:\s?(?i:uhr|h)\b)?"
    r"(?:\s?(?P<zone>(?i:(?:gmt|utc|ut)\s?[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}"
    rf"|{_ZONE_ALT}|[ecmp]t)\b)|(?<=\d)Z\b)?"
)
# Both are matched right after a date, which never ends in whitespace: the look-behind keeps
# a scan from retrying a run of spaces at every position, and the second \s* is only tried
# after a separator, so one run of spaces is not split every possible way.
_TIME_AFTER = re.compile(
    r"(?<!\s)(?:T|\s*(?:(?:,|(?i:\b(?:at|um|à|a las|alle|às|om|в)\b)|[-–—|/])\s*)?)" + _TIME
)
_TIME_BEFORE = re.compile(_TIME + r"\s*(?:,|\bon\b)?\s*\Z")
_WEEKDAY_BEFORE = re.compile(rf"(?i:\b(?:{_WEEKDAYS}))\.?\s*,?\s*\Z")
_TWO_DIGIT_YEAR = re.compile(r"(?<!\s)\s+(?P<y>\d{2})(?=\s+\d{1,2}:\d{2})")

_DIGIT_RUN = re.compile(r"\d+")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?\s*\Z")
_ISO = re.compile(
    r"(?<![\d.])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])"
    r"(?![\d])"
)
_COMPACT_ISO = re.compile(r"(?<![\d])(?P<y>\d{4})(?P<m>1[0-2]|0[1-9])(?P<d>3[01]|[12]\d|0[1-9])T")
_COMPACT_TIME = re.compile(
    r"T(?P<H>[01]\d|2[0-3])(?P<M>[0-5]\d)(?P<S>[0-5]\d)?(?:[.,]\d{1,9})?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?(?![\d])"
)
_CJK = re.compile(r"(?P<y>\d{4})\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日")
_NUMERIC = re.compile(
    r"(?<![\d.,/-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"(?![\d]|[./-]\d)"
)
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er|º|°)?"


@functools.lru_cache(maxsize=16)
def _month_table(
    languages: frozenset[str],
) -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
    names: dict[str, int] = {}
    for lang in sorted(languages):
        for number, alternatives in enumerate(_MONTHS[lang], start=1):
            for name in alternatives.split("|"):
                names.setdefault(name, number)
    alt = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    month = rf"(?P<mon>(?i:{alt}))(?![^\W\d_])\.?"
    year = r"(?:(?:\s*,\s*|\s+)(?:(?i:de|del|of)\s+)?(?P<y>\d{4})(?!\d)(?:\s?(?:г\.|года|r\.))?)?"
    day_month = re.compile(rf"(?<![\d.,])\b{_DAY}\.?\s*(?:(?i:de|of)\s+)?{month}{year}")
    month_day = re.compile(rf"(?<![^\W\d_]){month}\s*{_DAY}(?![\d]|\.\d|:\d){year}")
    return names, day_month, month_day


def _zone(name: str | None) -> dt.tzinfo | None:
    if not name:
        return None
    text = name.strip().casefold().replace(" ", "")
    if text in _US_ZONES:
        return _us_zone(text)
    if text in _ZONES:
        return dt.timezone(dt.timedelta(minutes=_ZONES[text]))
    m = re.fullmatch(r"(?:gmt|utc|ut)?([+-])(\d{1,2}):?(\d{2})?", text)
    if m is None:
        return None
    minutes = int(m[2]) * 60 + int(m[3] or 0)
    if minutes >= 24 * 60:
        return None
    return dt.timezone(dt.timedelta(minutes=minutes if m[1] == "+" else -minutes))


def _infer_year(month: int, day: int, reference: dt.date | None) -> int | None:
    # The year that puts the date closest before-or-at the reference.
    if reference is None:
        return None
    ref = reference.date() if isinstance(reference, dt.datetime) else reference
    for year in range(ref.year, ref.year - 8, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= ref:
            return year
    return None


def _full_year(year: str) -> int:
    value = int(year)
    if len(year) == 2:  # RFC 2822: 00-49 are 2000s, 50-99 1900s
        value += 2000 if value < 50 else 1900
    return value


class _Candidate:
    __slots__ = ("day", "end", "month", "start", "year")

    def __init__(self, start: int, end: int, year: int | None, month: int, day: int) -> None:
        self.start, self.end, self.year, self.month, self.day = start, end, year, month, day


def _candidates(text: str, languages: frozenset[str]) -> Iterator[_Candidate]:
    # Every date has digits, so the scan is driven by digit runs and each pattern is only
    # tried where it can start: a plain finditer per pattern is many times slower.
    names, day_month, month_day = _month_table(languages)
    for run in _DIGIT_RUN.finditer(text):
        start, length = run.start(), run.end() - run.start()
        if length == 4:
            for pattern in (_ISO, _CJK):
                m = pattern.match(text, start)
                if m is not None:
                    yield _Candidate(m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"]))
        elif length == 8:
            m = _COMPACT_ISO.match(text, start)
            if m is not None:
                yield _Candidate(m.start(), m.end() - 1, int(m["y"]), int(m["m"]), int(m["d"]))
        if length > 2:
            continue
        m = _NUMERIC.match(text, start)
        if m is not None:
            a, b = int(m["a"]), int(m["b"])
            # 01.11.2020 is day-first; 11/05/2020 is month-first (US) unless that is impossible
            if m["sep"] == "/":
                day, month = (a, b) if a > 12 else (b, a)
            else:
                day, month = (b, a) if b > 12 >= a else (a, b)
            yield _Candidate(m.start(), m.end(), _full_year(m["y"]), month, day)
        named = day_month.match(text, start)
        if named is not None:
            yield _named_candidate(text, named, names, day_first=True)
        word = _WORD_BEFORE.search(text, max(0, start - 16), start)
        if word is not None and word.group(1).casefold() in names:
            named = month_day.match(text, word.start())
            if named is not None:
                yield _named_candidate(text, named, names, day_first=False)


def _named_candidate(
    text: str, m: re.Match[str], names: dict[str, int], *, day_first: bool
) -> _Candidate:
    month = names[m["mon"].casefold()]
    end = m.end()
    year: int | None = int(m["y"]) if m["y"] else None
    if year is None:
        short = _TWO_DIGIT_YEAR.match(text, end)
        if short is not None:
            year, end = _full_year(short["y"]), short.end()
        else:
            end = m.end("mon") if day_first else m.end("d")
            if day_first and text[end : end + 1] == ".":
                end += 1
    return _Candidate(m.start(), end, year, month, int(m["d"]))


def _time_of(m: re.Match[str]) -> tuple[int, int, int, dt.tzinfo | None] | None:
    groups = m.groupdict()
    hour = int(m["H"])
    minute = int(m["M"] or 0)
    second = min(int(m["S"] or 0), 59)
    ampm = (groups.get("ampm1") or groups.get("ampm2") or "").casefold()
    ampm = ampm.replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif m["M"] is None:
        return None
    if hour > 23:
        return None
    return hour, minute, second, _zone(m["zone"])


def _resolve(
    text: str, cand: _Candidate, reference: dt.date | None
) -> tuple[DateValue, Span] | None:
    year = cand.year if cand.year is not None else _infer_year(cand.month, cand.day, reference)
    if year is None:
        return None
    try:
        day = dt.date(year, cand.month, cand.day)
    except ValueError:
        return None
    start, end = cand.start, cand.end
    value: DateValue = day
    after = _COMPACT_TIME.match(text, end) or _TIME_AFTER.match(text, end)
    clock = _time_of(after) if after is not None else None
    if after is not None and clock is not None:
        end = after.end()
    else:
        before = _TIME_BEFORE.search(text, max(0, start - 40), start)
        clock = _time_of(before) if before is not None else None
        if before is not None and clock is not None:
            start = before.start()
    if clock is not None:
        hour, minute, second, zone = clock
        value = dt.datetime(year, cand.month, cand.day, hour, minute, second, tzinfo=zone)
    weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
    if weekday is not None:
        start = weekday.start()
    return value, Span(start, end)


def _languages(languages: Iterable[str] | None) -> frozenset[str]:
    if languages is None:
        return frozenset(_MONTHS)
    chosen = frozenset(code.casefold()[:2] for code in languages) & frozenset(_MONTHS)
    return chosen or frozenset(_MONTHS)


def find_date(
    text: str,
    *,
    reference: dt.date | None = None,
    languages: Iterable[str] | None = None,
) -> tuple[DateValue, Span] | None:
    """The first date in ``text`` and its span (time, zone and weekday included).

    A day and month without a year ("BAKU, October 3") take the year from ``reference``
    and are skipped without one.
    """
    try:
        ordered = sorted(_candidates(text, _languages(languages)), key=lambda c: (c.start, -c.end))
        for cand in ordered:
            found = _resolve(text, cand, reference)
            if found is not None:
                return found
    except (ValueError, OverflowError):
        return None
    return None


_LEFTOVER = re.compile(r"[^\W_]+", re.UNICODE)
_WEEKDAY_NAMES = frozenset(_WEEKDAYS.split("|"))


def parse_date(
    text: str,
    *,
    reference: dt.date | None = None,
    languages: Iterable[str] | None = None,
) -> DateValue | None:
    """Read ``text`` as one date or date-time; None when it is not one.

    Labels around the date ("Published:", "Updated on", a weekday) are allowed; other words
    are not, so "date 2020-11-05 Russian Foreign Ministry" is not a date (use ``find_date``).
    """
    if not isinstance(text, str) or len(text) > 200:
        return None
    found = find_date(text, reference=reference, languages=languages)
    if found is None:
        return None
    value, span = found
    rest = text[: span.start] + " " + text[span.end :]
    for word in _LEFTOVER.findall(rest):
        low = word.casefold()
        if low not in _LABELS and low not in _WEEKDAY_NAMES:
            return None
    return value


_YEAR_TAIL = re.compile(r"['’]?s\b|-\d")
_STAMP_BEFORE = re.compile(
    r"(?:©|\((?i:c)\)|(?i:copyright)|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov"
    r"|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,))\s*\Z"
)


def find_year_hint(text: str) -> int | None:
    """The most plausible year ``text`` was written in: its most frequent year (1900-2099),
    the latest on a tie. Years in ISO dates count three times, and so do years in
    "Month D, YYYY" dates and copyright lines."""
    counts: Counter[int] = Counter()
    for run in _DIGIT_RUN.finditer(text):
        start, end = run.span()
        year = run.group()
        if end - start != 4 or year[:2] not in ("19", "20") or not year.isascii():
            continue
        if _ISO.match(text, start) is not None:
            counts[int(year)] += 3
            continue
        if (start and text[start - 1] in ",.$€£/-") or _YEAR_TAIL.match(text, end):
            continue  # 2,020 dollars, 1990s, 1992-1994
        weight = 3 if _STAMP_BEFORE.search(text, max(0, start - 24), start) else 1
        counts[int(year)] += weight
    if not counts:
        return None
    return max(counts.items(), key=lambda item: (item[1], item[0]))[0]
