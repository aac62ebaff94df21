"""RFC 3339 dates, as JSON Feed writes them, read on Python 3.10 too.

``datetime.fromisoformat`` before 3.11 rejects "Z" and most fractional seconds, so the
grammar is read here. Feeds that ignore the grammar ("+0100", a space instead of "T", a
missing offset) are still read; anything else goes to newsclaims' general date reader.
"""

import datetime as dt
import logging
import re

logger = logging.getLogger(__name__)

_RFC3339 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?"
    r"\s?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?"
)


def _offset(match: "re.Match[str]") -> dt.timezone:
    if match.group(8) or not match.group(9):
        # "Z", or no offset at all: RFC 3339 requires one; UTC is the only defensible reading.
        return dt.timezone.utc
    minutes = int(match.group(10)) * 60 + int(match.group(11))
    sign = -1 if match.group(9) == "-" else 1
    return dt.timezone(dt.timedelta(minutes=sign * minutes))


def parse_rfc3339(text: str) -> dt.datetime | dt.date | None:
    """An aware datetime (or a date, when only a date is written); None if unreadable."""
    text = text.strip()
    match = _RFC3339.fullmatch(text)
    if match is None:
        return _fallback(text)
    try:
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if match.group(4) is None:
            return dt.date(year, month, day)
        fraction = (match.group(7) or "0")[:6].ljust(6, "0")
        return dt.datetime(
            year, month, day, int(match.group(4)), int(match.group(5)),
            min(int(match.group(6) or 0), 59), int(fraction), tzinfo=_offset(match),
        )
    except (ValueError, OverflowError):
        return None


def _fallback(text: str) -> dt.datetime | dt.date | None:
    from newsclaims.normalize.dates import parse_date

    try:
        value = parse_date(text)
    except Exception as exc:  # a date costs its field, never the feed
        logger.debug("parse_date(%r) raised %r", text, exc)
        return None
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value
