"""Numbers: one expression with parse_number, quantities in prose with find_quantities."""

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.normalize.numbers import find_quantities, parse_number, writes_decimal_comma


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two thousand", 2000),
        ("Two Thousand", 2000),
        ("2,000", 2000),
        ("100,000", 100_000),
        ("1,234,567.5", 1_234_567.5),
        ("7", 7),
        ("0.5", 0.5),
        ("1.2 million", 1_200_000),
        ("3 billion", 3e9),
        ("$5bn", 5e9),
        ("€2.5m", 2_500_000),
        ("40%", 40),
        ("12 percent", 12),
        ("1,2 Millionen", 1_200_000),
        ("3,5 Milliarden", 3_500_000_000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("a million", 1e6),
        ("half a million", 500_000),
        ("three hundred and fifty", 350),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("ninety-nine thousand nine hundred", 99_900),
        ("one million two hundred thousand", 1_200_000),
        ("fifteen hundred", 1500),
        ("four billion", 4e9),
        ("zero", 0),
    ],
)
def test_parse_number_values(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "hundreds",
        "thousands",
        "tens of thousands",
        "several",
        "several times",
        "dozens",
        "a few",
        "1990s",
        "1990's",
        "2nd",
        "21st",
        "one two",
        "thousand million hundred",
        "twenty twenty",
        "",
        "   ",
        "and",
        "a",
        "COVID-19",
        "1e5",
        "abc",
    ],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@given(st.text(max_size=60))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)


def _one(text: str) -> tuple[float, str | None, str | None, str]:
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    return q.value, q.hedge, q.unit, q.surface


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "mercenaries, whose numbers are already approaching two thousand.",
            (2000, "approaching", None, "two thousand"),
        ),
        (
            "the total is already reaching 2,000 mercenaries",
            (2000, "reaching", "mercenaries", "2,000"),
        ),
        ("an army with 100,000 fighters and more", (100_000, None, "fighters", "100,000")),
        ("about 300 Syrian militants were moved", (300, "about", "militants", "300")),
        (
            "some 150 high-ranking Turkish military officers arrived",
            (150, "some", "officers", "150"),
        ),
        ("more than $5 million in aid", (5e6, "more than", "USD", "$5 million")),
        ("roughly 40 percent of voters", (40, "roughly", "percent", "40 percent")),
        ("nearly 40% of voters", (40, "nearly", "percent", "40%")),
        ("at least 12 people died", (12, "at least", "people", "12")),
        ("up to 3bn euros", (3e9, "up to", "EUR", "3bn")),
        ("fewer than 10 journalists", (10, "fewer than", "journalists", "10")),
        ("less than half a million dollars", (5e5, "less than", "USD", "half a million")),
        ("an estimated 2.5 million refugees", (2.5e6, "an estimated", "refugees", "2.5 million")),
        (
            "around three hundred and fifty soldiers",
            (350, "around", "soldiers", "three hundred and fifty"),
        ),
        ("over a dozen drones", (12, "over", "drones", "a dozen")),
        ("almost twenty-five villages", (25, "almost", "villages", "twenty-five")),
        ("roughly 2000 protesters gathered", (2000, "roughly", "protesters", "2000")),
        ("they fired 12 rockets", (12, None, "rockets", "12")),
        ("£300,000 was paid", (300_000, None, "GBP", "£300,000")),
        ("die 1,2 Millionen Einwohner", (1_200_000, None, None, "1,2 Millionen")),
        ("a town of 5,000", (5000, None, None, "5,000")),
        ("12 Republicans voted", (12, None, "Republicans", "12")),
        ("one soldier was wounded", (1, None, "soldier", "one")),
        ("près de 10 000 soldats", (10_000, None, "soldats", "10 000")),
        ("a 27-nation bloc", (27, None, "nation", "27")),
        ("More than 5,000 workers went on strike", (5000, "more than", "workers", "5,000")),
        ("Four more “experts” resigned", (4, None, "experts", "Four")),
    ],
)
def test_find_quantities_examples(
    text: str, expected: tuple[float, str | None, str | None, str]
) -> None:
    value, hedge, unit, surface = _one(text)
    assert value == pytest.approx(expected[0])
    assert (hedge, unit, surface) == expected[1:]


@pytest.mark.parametrize(
    "text",
    [
        "It happened in 1988.",
        "He has led the country since 1992, and in 2016 he won again.",
        "He served from 1992-1994 and again 2016–17.",
        "Back in the 1990s and the ’90s.",
        "On October 27 and on 3 September, and Sept. 5.",
        "The 27th of October, at 4:25 PM or 16:30 or 5 p.m. or 9am.",
        "Call 555-1234 or +1 202 555 0100 or (202) 555-0100.",
        "It finished 2nd and 3rd.",
        "We can recruit several times more.",
        "Hundreds of thousands marched; dozens were hurt.",
        "COVID-19 and S-400 and the A321 and MH17 and G20.",
        "One of them said no one knew which one.",
        "Dated 2020-11-05, also 01.11.2020 and 11/05/2020.",
        "The 2016 election and the 2020 census.",
        "Version 3.2.1 shipped.",
        "Agent 007 dialled 0800.",
        "He lives near Ground Zero and watched Ocean's Eleven.",
        "She is 5'9\" tall.",
        "It was a one-off.",
        "the 2008 Lehman Brothers bankruptcies",
    ],
)
def test_find_quantities_ignores_non_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_find_quantities_in_a_paragraph() -> None:
    text = (
        "On October 27, the ministry said nearly 2,000 fighters and 300 Syrian militants "
        "had crossed since 2016, costing $1.2bn, or about 40% of the budget."
    )
    found = [(q.value, q.hedge, q.unit) for q in find_quantities(text)]
    assert found == [
        (2000, "nearly", "fighters"),
        (300, None, "militants"),
        (1.2e9, None, "USD"),
        (40, "about", "percent"),
    ]


@pytest.mark.parametrize(
    ("text", "hedge", "unit"),
    [
        ("2,000 or more people", "or more", "people"),
        ("a 5,000-plus crowd", "or more", "crowd"),
        ("500+ troops", "or more", "troops"),
        ("thirty odd reporters", "or so", "reporters"),
        ("100 or fewer seats", "or less", "seats"),
    ],
)
def test_hedges_after_the_number(text: str, hedge: str, unit: str) -> None:
    _, found_hedge, found_unit, _ = _one(text)
    assert (found_hedge, found_unit) == (hedge, unit)


def test_decimal_comma_only_before_a_multiplier() -> None:
    found = find_quantities("Items 1,2 and 3; 3,5 Mrd Euro")
    assert [(q.surface, q.value) for q in found] == [("3", 3), ("3,5 Mrd", 3.5e9)]


def test_a_series_shares_its_unit() -> None:
    found = find_quantities("from 20 to 50 percent, six to 12 pieces, 45, 60 or 90 minutes")
    assert [q.unit for q in found] == ["percent"] * 2 + ["pieces"] * 2 + ["minutes"] * 3


def test_spans_index_the_text() -> None:
    text = "Over 1,500 troops and two thousand volunteers; some 40 percent."
    for q in find_quantities(text):
        assert q.span is not None
        assert q.span.slice(text) == q.surface


@given(st.text(max_size=120))
def test_find_quantities_never_raises_and_spans_slice(text: str) -> None:
    previous_end = 0
    for q in find_quantities(text):
        assert q.span is not None
        assert q.span.slice(text) == q.surface
        assert q.span.start >= previous_end
        previous_end = q.span.end


_NUMBERISH = st.lists(
    st.sampled_from(
        ["1", "2,000", "about", " ", "two", "thousand", "and", "-", "million", "$", "%", "s",
         "October", "1990", "people", ".", ",", "one", "hundred", "a", "dozen", "'"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@given(_NUMBERISH)
def test_find_quantities_on_number_soup(text: str) -> None:
    for q in find_quantities(text):
        assert q.span is not None and q.span.slice(text) == q.surface
        assert q.value == q.value  # finite, not NaN


def test_find_quantities_runs_in_linear_time() -> None:
    chunk = "Some 2,000 fighters and three hundred and fifty officers met on October 27, 2020. "
    small, large = chunk * 200, chunk * 2000
    started = time.perf_counter()
    find_quantities(small)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    assert len(find_quantities(large)) == 4000
    large_time = time.perf_counter() - started
    assert large_time < small_time * 30 + 0.5
    # pathological inputs for the regexes stay fast
    started = time.perf_counter()
    find_quantities("1," * 5000 + "one " * 3000 + "and " * 3000 + "-" * 5000)
    assert time.perf_counter() - started < 2.0


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds not present")
def test_seed_quantities() -> None:
    text = (SEEDS / "000_35dd035d255a33c5.txt").read_text(encoding="utf-8")
    found = [(q.value, q.hedge, q.unit) for q in find_quantities(text)]
    assert (2000, "approaching", None) in found
    assert (100_000, None, "fighters") in found
    assert all(q_value not in (27, 3) for q_value, _, _ in found)  # "October 27", "November 3"


# --- hedges, series and units after a number: same answers, linear time ---------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2,000 or more people came", [(2000.0, "people", "or more")]),
        ("300 odd people", [(300.0, "people", "or so")]),
        ("a 300-odd crowd", [(300.0, "crowd", "or so")]),
        ("the 40-odd delegates", [(40.0, "delegates", "or so")]),
        ("1,000+ fans", [(1000.0, "fans", "or more")]),
        ("20 to 50 percent", [(20.0, "percent", None), (50.0, "percent", None)]),
        ("45, 60 or 90 minutes",
         [(45.0, "minutes", None), (60.0, "minutes", None), (90.0, "minutes", None)]),
        ("2000 mercenaries", [(2000.0, "mercenaries", None)]),
        ("In 2016 elections", []),
    ],
)
def test_hedges_series_and_units_after_a_number(text: str, found: list) -> None:
    assert [(q.value, q.unit, q.hedge) for q in find_quantities(text)] == found


def test_long_runs_of_spaces_between_numbers_are_scanned_in_linear_time() -> None:
    text = "12" + " " * 100_000 + "or more" + " 7 " + " " * 100_000 + "people"
    start = time.process_time()
    find_quantities(text)
    assert time.process_time() - start < 1.0


# --- dot-grouped thousands and decimal commas ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "english", "german"),
    [
        ("rund 3.500 Soldaten", 3.5, 3500.0),  # one dot group: depends on the language
        ("Es kamen 1.000 Menschen", 1.0, 1000.0),
        ("1.000.000 Euro", 1_000_000.0, 1_000_000.0),  # no decimal has two dots
        ("2.450.000 Einwohner", 2_450_000.0, 2_450_000.0),
        ("1.234,5 Millionen Euro", 1_234_500_000.0, 1_234_500_000.0),
        ("a rate of 1.25 percent", 1.25, 1.25),  # not three digits: a decimal either way
    ],
)
def test_dot_grouped_thousands(text: str, english: float, german: float) -> None:
    assert [q.value for q in find_quantities(text)] == [english]
    assert [q.value for q in find_quantities(text, language="en-GB")] == [english]
    assert [q.value for q in find_quantities(text, language="de-AT")] == [german]


@given(st.integers(min_value=1000, max_value=999_999_999))
def test_dot_grouped_integers_read_back_with_a_decimal_comma(value: int) -> None:
    written = f"{value:,}".replace(",", ".")
    found = find_quantities(f"Es waren {written} Menschen", language="de")
    assert [q.value for q in found] == [float(value)]
    assert found[0].surface == written


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rund 3.500 Soldaten wurden verlegt", [(3500.0, "Soldaten", "about")]),
        ("mehr als 150 hochrangige türkische Offiziere", [(150.0, "Offiziere", "more than")]),
        ("bis zu 2.000 Söldner", [(2000.0, "Söldner", "up to")]),
        ("Das Budget stieg um 12 Prozent", [(12.0, "percent", None)]),
        ("Im Jahr 2016 wählten die Bürger", []),
        ("seit 2016 Wahlen", []),
    ],
)
def test_german_hedges_and_capitalised_counted_nouns(text: str, found: list) -> None:
    assert [(q.value, q.unit, q.hedge) for q in find_quantities(text, language="de")] == found


def test_language_tags_are_read_by_their_base() -> None:
    assert writes_decimal_comma("de-CH") and writes_decimal_comma("fr_FR")
    assert not writes_decimal_comma("en-US") and not writes_decimal_comma(None)
