"""Text dump titles: which of the short lines above the text is the headline, on page shapes
written for these tests (menus, section labels, date lines, decks)."""

from newsclaims.textdump import parse_text_dump

_PROSE = [
    "The harbour board agreed on Thursday to reopen the old ferry slip for small passenger "
    "boats, ending a closure that had lasted since the storm damage of two winters ago.",
    "Repairs to the slip will cost about two hundred thousand pounds, to be shared between the "
    "board and the island trust, and the work is expected to take most of the summer.",
    "Boat operators who attended the meeting said the reopening would cut the crossing time to "
    "the island by half and bring back day visitors who had stopped coming after the storm.",
    "The board's chair said the slip would be inspected every spring, and that the timetable "
    "for the first season would be set with the operators before the end of the month.",
    "Islanders had petitioned for the reopening since the closure, and a public meeting last "
    "autumn drew more than three hundred people to the village hall to press the case.",
]
_MENU = ["Home", "Local", "Harbour", "Island life", "What's on", "Sailing", "Contact"]


def _page(head: list[str], prose: list[str] = _PROSE) -> str:
    return "\n".join([*_MENU, *head, *prose, "© 2025 Harbour Gazette"])


def test_a_headline_with_full_stops_under_a_menu() -> None:
    # Menu labels are unpunctuated headings too, but no headline: a punctuated headline under
    # them is not taken for the text's first line.
    headline = "Ferry slip reopens. Island trust shares the bill."
    text = _page([headline, "Written by Mara Quill"])
    assert parse_text_dump(text).title == headline


def test_a_first_sentence_under_its_headline_is_no_headline() -> None:
    headline = "Harbour board votes to reopen the old ferry slip for passenger boats"
    text = _page([headline, "It was a long wait."])
    assert parse_text_dump(text).title == headline


def test_previous_and_next_links_are_no_headline() -> None:
    # "« Older post | Main | Newer post »" names other articles, with words the text shares.
    headline = "Ferry slip saga ends as board agrees repairs"
    nav = "« Harbour board agreed the island ferry slip... | Main | Boat operators said... »"
    text = _page([nav, headline])
    assert parse_text_dump(text).title == headline


def test_a_breadcrumb_over_a_date_line_is_no_headline() -> None:
    headline = "Harbour board votes to reopen the ferry slip"
    text = _page(["Boats > Island ferry news", "Posted on Thu, Mar. 6, 2025", headline])
    assert parse_text_dump(text).title == headline


def test_a_line_sharing_no_word_with_the_text_is_no_headline_over_a_standfirst() -> None:
    # Two title-shaped lines in a row read as a headline and its standfirst only when the upper
    # one shares words with the text (share buttons, taglines do not).
    headline = "After two winters a slipway saga ends with a vote"
    text = _page(["Blink it Sharebox Pinwall Foldr Newsvine", headline])
    assert parse_text_dump(text).title == headline


def test_a_label_over_the_date_line_sharing_no_word_with_the_text() -> None:
    # A date under a line is header evidence only for a line that shares words with the text:
    # a section label printed over the date line is no headline.
    headline = "A long wait ends for islanders"
    text = _page(["Coastal Desk Wire", "Thu, 06 Mar 2025 09:12:44 GMT", headline])
    assert parse_text_dump(text).title == headline
