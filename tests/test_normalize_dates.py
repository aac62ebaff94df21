"""Dates: stamps in many shapes and languages, dates inside text, and year hints."""

import datetime as dt
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.normalize.dates import find_date, find_year_hint, parse_date

UTC = dt.timezone.utc


def _tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-11-05", dt.date(2020, 11, 5)),
        ("2020/11/05", dt.date(2020, 11, 5)),
        ("2020-11-05T14:03:00+03:00", dt.datetime(2020, 11, 5, 14, 3, tzinfo=_tz(3))),
        ("2020-11-05T14:03:00.123Z", dt.datetime(2020, 11, 5, 14, 3, tzinfo=UTC)),
        ("2020-11-05T14:03:00-0500", dt.datetime(2020, 11, 5, 14, 3, tzinfo=_tz(-5))),
        ("2020-11-05 14:03", dt.datetime(2020, 11, 5, 14, 3)),
        ("20201105T140300Z", dt.datetime(2020, 11, 5, 14, 3, tzinfo=UTC)),
        ("Sun, 01 Nov 2020 16:25:00 GMT", dt.datetime(2020, 11, 1, 16, 25, tzinfo=UTC)),
        ("Sun, 01 Nov 2020 16:25:00 +0300", dt.datetime(2020, 11, 1, 16, 25, tzinfo=_tz(3))),
        ("Sun, 01 Nov 2020 16:25:00 EST", dt.datetime(2020, 11, 1, 16, 25, tzinfo=_tz(-5))),
        ("Mon, 2 Nov 20 10:00:00 UT", dt.datetime(2020, 11, 2, 10, 0, tzinfo=UTC)),
        ("Sunday, 01 November 2020 4:25 PM", dt.datetime(2020, 11, 1, 16, 25)),
        ("Sunday, 01 November 2020 12:05 AM", dt.datetime(2020, 11, 1, 0, 5)),
        ("Sunday, 01 November 2020 12:05 pm", dt.datetime(2020, 11, 1, 12, 5)),
        ("November 1, 2020 at 9 a.m.", dt.datetime(2020, 11, 1, 9, 0)),
        ("4:25 PM, Nov 1, 2020", dt.datetime(2020, 11, 1, 16, 25)),
        ("Updated 16:25 GMT, 01 November 2020", dt.datetime(2020, 11, 1, 16, 25, tzinfo=UTC)),
        ("November 1, 2020", dt.date(2020, 11, 1)),
        ("November 1st, 2020", dt.date(2020, 11, 1)),
        ("1 November 2020", dt.date(2020, 11, 1)),
        ("1st of November 2020", dt.date(2020, 11, 1)),
        ("Nov. 1, 2020", dt.date(2020, 11, 1)),
        ("Nov 1 2020", dt.date(2020, 11, 1)),
        ("Published: Sept. 30, 2019", dt.date(2019, 9, 30)),
        ("01.11.2020", dt.date(2020, 11, 1)),
        ("1.11.2020", dt.date(2020, 11, 1)),
        ("25/12/2020", dt.date(2020, 12, 25)),
        ("12/25/2020", dt.date(2020, 12, 25)),
        ("5. November 2020", dt.date(2020, 11, 5)),
        ("am 5. November 2020 um 14:30 Uhr", dt.datetime(2020, 11, 5, 14, 30)),
        ("3. März 2021", dt.date(2021, 3, 3)),
        ("3 octobre 2020", dt.date(2020, 10, 3)),
        ("1er décembre 2020", dt.date(2020, 12, 1)),
        ("3 de octubre de 2020", dt.date(2020, 10, 3)),
        ("5 novembre 2020 alle 14:30", dt.datetime(2020, 11, 5, 14, 30)),
        ("3 de outubro de 2020", dt.date(2020, 10, 3)),
        ("3 oktober 2020", dt.date(2020, 10, 3)),
        ("3 октября 2020", dt.date(2020, 10, 3)),
        ("3 октября 2020 г.", dt.date(2020, 10, 3)),
        ("2020年11月5日", dt.date(2020, 11, 5)),
    ],
)
def test_parse_date(text: str, expected: dt.date) -> None:
    result = parse_date(text)
    assert result == expected
    assert type(result) is type(expected)
    if isinstance(expected, dt.datetime):
        assert isinstance(result, dt.datetime)
        assert (result.tzinfo is None) == (expected.tzinfo is None)


def test_us_eastern_time_follows_daylight_saving() -> None:
    summer = parse_date("July 4, 2020 10:00 AM ET")
    winter = parse_date("January 4, 2020 10:00 AM ET")
    assert isinstance(summer, dt.datetime) and isinstance(winter, dt.datetime)
    assert summer.utcoffset() == dt.timedelta(hours=-4)
    assert winter.utcoffset() == dt.timedelta(hours=-5)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("October 3", dt.date(2020, 11, 5), dt.date(2020, 10, 3)),
        ("3 October", dt.date(2020, 11, 5), dt.date(2020, 10, 3)),
        ("December 30", dt.date(2021, 1, 2), dt.date(2020, 12, 30)),
        ("November 5", dt.date(2020, 11, 5), dt.date(2020, 11, 5)),
        ("February 29", dt.date(2021, 3, 1), dt.date(2020, 2, 29)),
        ("3 октября", dt.datetime(2020, 11, 5, 12, 0), dt.date(2020, 10, 3)),
    ],
)
def test_day_and_month_take_the_year_from_the_reference(
    text: str, reference: dt.date, expected: dt.date
) -> None:
    assert parse_date(text, reference=reference) == expected
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "garbage",
        "31 February 2020",
        "2020-13-45",
        "November 2020 was cold",
        "date 2020-11-05 Russian Foreign Ministry says",
        "25:61 on 1 November 2020 and more words",
        "1990s",
        "12345678901234567890",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


def test_languages_restrict_month_names() -> None:
    assert parse_date("3 octobre 2020", languages=["fr"]) == dt.date(2020, 10, 3)
    assert parse_date("3 octobre 2020", languages=["de"]) is None


@given(st.text(max_size=80))
def test_parse_date_never_raises(text: str) -> None:
    result = parse_date(text, reference=dt.date(2020, 6, 1))
    assert result is None or isinstance(result, dt.date)


def test_find_date_cuts_a_header_off_a_fused_line() -> None:
    line = "date 2020-11-05 Russian Foreign Ministry says the source is unclear"
    found = find_date(line)
    assert found is not None
    value, span = found
    assert value == dt.date(2020, 11, 5)
    assert span.slice(line) == "2020-11-05"
    assert line[span.end :].strip().startswith("Russian")


def test_find_date_in_a_dateline() -> None:
    line = "BAKU, October 3. /TASS/. Azerbaijan's president said"
    assert find_date(line) is None
    found = find_date(line, reference=dt.date(2020, 11, 5))
    assert found is not None
    value, span = found
    assert value == dt.date(2020, 10, 3)
    assert span.slice(line).startswith("October 3")


def test_find_date_includes_weekday_and_time() -> None:
    line = "Posted Sunday, 01 November 2020 4:25 PM by staff"
    found = find_date(line)
    assert found is not None
    value, span = found
    assert value == dt.datetime(2020, 11, 1, 16, 25)
    assert span.slice(line) == "Sunday, 01 November 2020 4:25 PM"


def test_find_date_takes_the_first() -> None:
    text = "Filed 12 March 2019; updated 2020-01-02."
    found = find_date(text)
    assert found is not None and found[0] == dt.date(2019, 3, 12)


@given(st.text(max_size=120))
def test_find_date_span_lies_in_the_text(text: str) -> None:
    found = find_date(text, reference=dt.date(2020, 1, 1))
    if found is not None:
        _, span = found
        assert 0 <= span.start < span.end <= len(text)


def test_find_year_hint() -> None:
    body = "In 2016 he won. In 2020 he ran again; the 2020 race was closer. Back in the 1990s."
    assert find_year_hint(body) == 2020
    assert find_year_hint("They paid 2,020 dollars and 1,999 euros.") is None
    assert find_year_hint("no years here") is None
    assert find_year_hint("Dated 2019-05-01. It recalled 2018 and 2018.") == 2019


@given(st.text(max_size=120))
def test_find_year_hint_never_raises(text: str) -> None:
    year = find_year_hint(text)
    assert year is None or 1900 <= year <= 2099


def test_find_date_is_linear() -> None:
    text = "word 12 and 3 of the 2020 " * 4000
    started = time.perf_counter()
    find_date(text)
    find_year_hint(text)
    assert time.perf_counter() - started < 2.0


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds not present")
def test_seed_headers() -> None:
    fused = (SEEDS / "001_4e31e13300e84434.txt").read_text(encoding="utf-8").splitlines()[0]
    found = find_date(fused)
    assert found is not None and found[0] == dt.date(2020, 11, 5)
    assert fused[found[1].end :].strip().startswith("Russian Foreign Ministry")
    lines = (SEEDS / "004_e72ea2c10606bfbd.txt").read_text(encoding="utf-8").splitlines()
    stamps = [parse_date(line) for line in lines[:12]]
    assert dt.datetime(2020, 11, 1, 16, 25) in stamps


# --- the patterns after a date start only where a date ends: same answers, linear time ------


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        ("Posted 5 March 20 10:30", dt.datetime(2020, 3, 5, 10, 30), 23),
        ("Updated: March 5, 2020   ,   10:30 GMT",
         dt.datetime(2020, 3, 5, 10, 30, tzinfo=dt.timezone.utc), 38),
        ("5. März 2020 um 10:30 Uhr", dt.datetime(2020, 3, 5, 10, 30), 25),
        ("2020-03-05 — 10:30", dt.datetime(2020, 3, 5, 10, 30), 18),
        ("12 octobre 2021 à 18h05, mis à jour", dt.datetime(2021, 10, 12, 18, 5), 23),
    ],
)
def test_a_time_after_a_date_is_read_across_spaces_and_separators(
    text: str, value: dt.datetime, end: int
) -> None:
    found = find_date(text)
    assert found is not None
    assert found[0] == value
    assert found[1].end == end


def test_a_long_run_of_spaces_after_a_date_is_scanned_in_linear_time() -> None:
    # Quadratic before (the spaces were split every way between two \s*): ~1 s for 8,000.
    for tail, value in (("x", dt.date(2020, 3, 5)), ("10:30", dt.datetime(2020, 3, 5, 10, 30))):
        text = "5 March 2020" + " " * 100_000 + tail
        start = time.process_time()
        found = find_date(text)
        assert time.process_time() - start < 1.0
        assert found is not None and found[0] == value
