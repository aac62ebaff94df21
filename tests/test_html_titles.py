"""Headline choice on pages whose declared titles name only the site or its section."""

from newsclaims.document import Document
from newsclaims.ingesters.html import HtmlIngester
from newsclaims.model import Article


def _ingest(markup: str) -> Article:
    doc = Document.from_bytes(markup.encode("utf-8"), location="page.html")
    return next(HtmlIngester().ingest(doc))


_BODY = (
    "<p>The village choir sang on Sunday for the first time in a decade, and the church was "
    "full long before the doors were meant to open at noon.</p>"
    "<p>Members said they had loved the old hymns since childhood and had practised every "
    "week through the winter in the school hall.</p>"
    "<p>The vicar thanked the volunteers who repaired the organ and said the choir would "
    "sing again at Easter if the weather allowed it.</p>"
)


def test_short_headline_words_find_their_longer_forms_in_the_text() -> None:
    # The <h1> names the section and the <title> the site; the headline is the <h2> above the
    # text, recognised because the text repeats most of its long words: "choir", and "love"
    # as "loved".
    markup = (
        "<html><head><title>example.org - Parish Wire</title></head><body>"
        "<h1>Parish Wire</h1><ul><li>Sun, 6 Apr 2008 10:00 GMT</li></ul>"
        "<h2>Choir finally shows its love again</h2>" + _BODY + "</body></html>"
    )
    assert _ingest(markup).title == "Choir finally shows its love again"


def test_a_lone_h1_with_a_hyphenated_word_beats_a_site_name_title() -> None:
    # The <title> is only the site's name; the page's one <h1>, two words with a hyphen,
    # opens the text.
    markup = (
        "<html><head><title>The Northern Gazette</title></head><body>"
        "<div><h1>Long-awaited reopening</h1>" + _BODY + "</div></body></html>"
    )
    assert _ingest(markup).title == "Long-awaited reopening"


def test_a_heading_printing_the_whole_title_loses_its_site_part() -> None:
    markup = (
        "<html><head><title>Choir sings again | Parish News | Northern Gazette</title></head>"
        "<body><h1>Choir sings again | Parish News | Northern Gazette</h1>" + _BODY
        + "</body></html>"
    )
    assert _ingest(markup).title == "Choir sings again"


def test_a_headline_ending_in_the_declared_site_name_loses_it() -> None:
    markup = (
        "<html><head><title>Choir sings again - Gazette</title>"
        "<meta property='og:site_name' content='Gazette'></head>"
        "<body><h1>Choir sings again – Gazette</h1>" + _BODY + "</body></html>"
    )
    assert _ingest(markup).title == "Choir sings again"


def test_a_dash_joining_headline_halves_is_kept() -> None:
    # No site name is declared and a dash also joins a headline to its second half.
    markup = (
        "<html><head><title>Choir sings again - and the village listens</title></head>"
        "<body><h1>Choir sings again - and the village listens</h1>" + _BODY
        + "</body></html>"
    )
    assert _ingest(markup).title == "Choir sings again - and the village listens"


def test_the_titles_headline_printed_above_the_text_beats_a_nearer_plain_line() -> None:
    # The <title> repeats a line printed above the text word for word: that line is the
    # headline, not the slogan printed between it and the text (whose words recur in it).
    markup = (
        "<html><head><title>Choir sings again after ten years - Parish - Northern Gazette"
        "</title></head><body><table><tr><td>Choir sings again after ten years</td></tr>"
        "<tr><td>Village voices matter</td></tr><tr><td>"
        "<p>The village choir sang on Sunday for the first time in a decade, and their voices "
        "filled the church long before the doors were meant to open at noon.</p>"
        "<p>Members said the village had missed the old hymns and the voices of its singers, "
        "and they had practised every week through the winter in the school hall.</p>"
        "<p>The vicar thanked the volunteers who repaired the organ and said the choir would "
        "sing again at Easter if the weather allowed it.</p>"
        "</td></tr></table></body></html>"
    )
    assert _ingest(markup).title == "Choir sings again after ten years"


def test_an_element_named_as_headline_is_found_above_ad_slots() -> None:
    # Seven short furniture blocks stand between the headline element and the text.
    slots = "".join(f"<div>Sponsor slot {n}</div>" for n in range(7))
    markup = (
        "<html><head><title>Northern Gazette</title></head><body>"
        "<div><div class='storyheadline'>Choir shows its love again</div>" + slots
        + "</div><div>" + _BODY + "</div></body></html>"
    )
    assert _ingest(markup).title == "Choir shows its love again"
