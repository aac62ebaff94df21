"""Text dump headlines of other shapes: cut short by the page, long, two sentences, and an
article header that sits under a notice or captions read as prose."""

from newsclaims.textdump import parse_text_dump

_PROSE = [
    "The county council voted on Tuesday to double the number of allotment plots on the old "
    "rail yard, ending a waiting list that had grown to more than four hundred households.",
    "Growers will pay a yearly rent of forty pounds, and the first plots are to be handed over "
    "in the spring once the soil has been tested and fenced, the council's planning chief said.",
    "Residents who spoke at the meeting welcomed the decision but asked for water points and a "
    "shared tool shed, which the council agreed to consider when it sets next year's budget.",
    "The rail yard has stood empty since the depot closed, and a plan to build offices there "
    "was dropped after the developer withdrew during the last downturn in the property market.",
    "Councillors from both main groups backed the scheme, although one asked whether the land "
    "might still be needed for housing in ten years' time and was told it could be reviewed.",
    "The first tenants will be chosen by lot from the waiting list, with a small number of plots "
    "kept back for the primary school and for a gardening club run by the local hospice.",
]
_NAV = ["Home", "News", "Sport", "Find a local branch", "Weather", "Contact us"]


def _page(head: list[str], prose: list[str] = _PROSE) -> str:
    return "\n".join([*_NAV, *head, *prose, "© 2024 Valley Courier"])


def test_headline_cut_short_by_an_ellipsis_is_no_full_stop() -> None:
    # A trailing "..." marks a truncated headline, not the text's first sentence, so the
    # menu entry above it does not win.
    headline = "Council doubles allotment plots on the old rail yard after years of..."
    text = _page([headline, "Tue 5 Mar 2024 7:05pm GMT"])
    assert parse_text_dump(text).title == headline


def test_long_unpunctuated_headline_over_a_date_line() -> None:
    headline = (
        "Council votes to double allotment plots on the old rail yard as waiting list passes "
        "four hundred households and growers ask for water points and a shared tool shed"
    )
    text = _page(["Local politics", headline, "Published 5 March 2024"])
    assert parse_text_dump(text).title == headline


def test_two_short_sentences_make_a_headline() -> None:
    headline = "Stop waiting. Is your allotment finally coming?"
    text = _page(["Local politics", headline, "By Dana Whitfield"])
    assert parse_text_dump(text).title == headline


_NOTICE = (
    "We noticed you are using an outdated browser that is no longer supported. Please update "
    "your browser for the best experience on this site."
)


def test_header_under_a_notice_read_as_prose() -> None:
    headline = "Council doubles allotment plots on old rail yard"
    text = _page([_NOTICE, "Dismiss", headline, "By Dana Whitfield", "5 March 2024"])
    article = parse_text_dump(text)
    assert article.title == headline
    assert "outdated browser" not in article.body
    assert article.body.startswith("The county council voted")


def test_header_under_photo_captions_and_a_date_above_it() -> None:
    captions = [
        "Volunteers clear brambles from the old rail yard in the town centre, where the new "
        "allotment plots are to be laid out next spring.",
        "A grower waters seedlings at the existing allotments on the edge of the town, which "
        "have had a waiting list for years.",
    ]
    headline = "Allotment waiting list to be cleared within a year"
    text = _page([*captions, "Updated Mon. Mar. 4 2024 10:56 PM ET", headline])
    article = parse_text_dump(text)
    assert article.title == headline
    assert "brambles" not in article.body


def test_a_subheading_after_the_lede_does_not_cut_the_text() -> None:
    # A heading inside the text has no date or byline at it: the lede stays.
    text = _page(
        ["Council doubles allotment plots", "By Dana Whitfield"],
        [_PROSE[0], "What growers asked for", *_PROSE[1:]],
    )
    article = parse_text_dump(text)
    assert article.title == "Council doubles allotment plots"
    assert article.body.startswith("The county council voted")


def test_a_lower_case_tag_line_over_a_date_is_no_header() -> None:
    # The head above the prose holds the headline; a tag line under the standfirst, above the
    # date line, opens with a small letter and does not move the text's start.
    standfirst = (
        "How a town with a four-hundred-household waiting list found room for growers on an "
        "empty rail yard, and what they will pay for it."
    )
    text = _page(
        ["Council doubles allotment plots", "Valley Courier"],
        [standfirst, "allotments council planning gardening", "Posted 5 March 2024", *_PROSE],
    )
    article = parse_text_dump(text)
    assert article.title == "Council doubles allotment plots"
    assert "empty rail yard" in article.body or article.standfirst == standfirst


def test_date_stamp_after_the_headline_is_stripped() -> None:
    text = _page([
        "Council doubles allotment plots on old rail yard / Mar 2024", "By Dana Whitfield",
    ])
    assert parse_text_dump(text).title == "Council doubles allotment plots on old rail yard"
    text = _page(["Council doubles allotment plots - 5 March 2024", "By Dana Whitfield"])
    assert parse_text_dump(text).title == "Council doubles allotment plots"


def test_a_suffix_that_is_no_date_stamp_is_kept() -> None:
    # A month and year inside a longer segment, or a short headline, is left alone.
    headline = "Allotments then and now - May 1945 photographs"
    text = _page([headline, "By Dana Whitfield"])
    assert parse_text_dump(text).title == headline
