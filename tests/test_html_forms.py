"""Forms: a poll or sign-up box beside an article is furniture; a form wrapping the page is not."""

from newsclaims.document import Document
from newsclaims.ingesters.html import HtmlIngester
from newsclaims.model import Article


def _ingest(markup: str) -> Article:
    doc = Document.from_bytes(markup.encode("utf-8"), location="page.html")
    return next(HtmlIngester().ingest(doc))


_ARTICLE = (
    "<h1>Harbour ferry returns after repairs</h1>"
    "<p>The harbour ferry resumed its crossings on Tuesday after three months in dry dock, "
    "and the first boat of the morning left the pier full of commuters.</p>"
    "<p>Engineers replaced both engines and the steering gear, the operator said, and the "
    "timetable will return to a crossing every twenty minutes from next week.</p>"
    "<p>Passengers had used a bus detour that added half an hour to the journey since "
    "the ferry was taken out of service in the spring.</p>"
)

_POLL = (
    "<form method='post' action='/vote'>"
    "<p>Should the council pay for a second ferry on the route across the harbour?</p>"
    "<p><input type='radio' name='c' value='1'>Yes, the crossing is too busy for a single "
    "boat and the queues at the pier grow longer every summer</p>"
    "<p><input type='radio' name='c' value='2'>No, the money would be better spent on the "
    "bus routes that serve the villages further inland</p>"
    "<button>Vote</button></form>"
)


def test_a_poll_form_after_the_article_is_dropped() -> None:
    markup = f"<html><body><div>{_ARTICLE}</div><div>{_POLL}</div></body></html>"
    body = _ingest(markup).body
    assert "dry dock" in body
    assert "second ferry" not in body
    assert "bus routes" not in body


def test_a_form_wrapping_the_whole_page_keeps_its_article() -> None:
    markup = (
        "<html><body><form method='post' action='page.aspx' id='pageForm'>"
        f"<div>{_ARTICLE}</div></form></body></html>"
    )
    body = _ingest(markup).body
    assert "dry dock" in body
    assert "bus detour" in body
