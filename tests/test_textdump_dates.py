"""Header date lines of other shapes: two-digit years, the time printed before the date."""

import datetime as dt

from newsclaims.textdump import parse_text_dump
from newsclaims.textdump.dates import find_dates
from newsclaims.textdump.metadata import read_date_line


def test_two_digit_year_with_slashes() -> None:
    (found,) = find_dates("Updated 14/02/09")
    assert (found.year, found.month, found.day) == (2009, 2, 14)
    (us,) = find_dates("03/25/99")
    assert (us.year, us.month, us.day) == (1999, 3, 25)


def test_dotted_version_number_is_no_date() -> None:
    assert find_dates("Release notes for version 2.11.10") == []
    assert find_dates("Open 24/7/365") == []


def test_time_printed_before_a_month_name() -> None:
    found = read_date_line("09:45, Mar 3 2011")
    assert found is not None
    assert (found.date.year, found.date.month, found.date.day) == (2011, 3, 3)


def test_updated_line_with_a_two_digit_year_is_no_headline() -> None:
    prose = [
        "The harbour board approved a new ferry timetable on Monday that adds two late crossings "
        "on weekdays and a first boat at six in the morning during the summer months.",
        "Commuters had asked for the change for years, and the board said the extra crossings "
        "would be paid for by a small rise in the price of a return ticket for visitors.",
        "The timetable takes effect in April, once the second boat has returned from its refit "
        "at the yard across the bay, a spokeswoman for the ferry company said.",
    ]
    text = "\n".join([
        "Home", "Local", "Ferry timetable adds late crossings",
        "Last updated at 6:15 PM on 14/02/09", *prose,
    ])
    article = parse_text_dump(text)
    assert article.title == "Ferry timetable adds late crossings"
    assert article.updated == dt.date(2009, 2, 14)
