"""The ingester contract (newsclaims.testing) run against every registered ingester.

Written over ``get_registry().ingesters()`` so built-ins and installed plugins are all held to
it. Each ingester gets the samples from a common pool that detection routes to it.
"""

import io

import pytest

from newsclaims.document import Document
from newsclaims.errors import UnknownFormat
from newsclaims.pipeline import choose_ingester
from newsclaims.plugins import get_registry
from newsclaims.testing import check_ingester

PAGE_DUMP = """Storm closes mountain pass for a second day

By Lena Moreau

Snow and high winds kept the northern pass closed on Wednesday, the regional roads agency said.

"We will reopen as soon as the ploughs have cleared the upper section," a spokesperson said.

Trucks were diverted through the valley road, adding two hours to the trip.
"""

HTML_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Museum returns carved doors to village | Example Tribune</title>
<meta property="article:published_time" content="2024-05-14T09:30:00+02:00"></head>
<body><header><a href="/">Example Tribune</a></header><main><article>
<h1>Museum returns carved doors to village</h1>
<p>The city museum has returned a pair of carved wooden doors to the village they came from.</p>
<p>"They belong where they were made," the museum's director said at the handover.</p>
<p>The doors had been in storage since 1962.</p>
</article></main><footer>All rights reserved</footer></body></html>
"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley News</title><link>https://valley.example/</link>
<description>Local news</description>
<item><title>Bridge tolls to fall in June</title><link>https://valley.example/tolls</link>
<pubDate>Tue, 14 May 2024 08:00:00 GMT</pubDate>
<description>Tolls on the east bridge will fall by a third from June, the council said.
</description></item>
<item><title>School wins robotics prize</title><link>https://valley.example/robots</link>
<description>Pupils from the hill school won the regional robotics final.</description></item>
</channel></rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Log</title><id>urn:x:harbour</id>
<updated>2024-05-14T10:00:00Z</updated>
<entry><title>Ferry strike called off</title><id>urn:x:ferry</id>
<updated>2024-05-14T10:00:00Z</updated><link href="https://harbour.example/ferry"/>
<summary>The ferry workers' union called off Friday's strike after a late offer.</summary></entry>
</feed>
"""

JSON_FEED = """{"version": "https://jsonfeed.org/version/1.1", "title": "Coast Daily",
 "items": [{"id": "1", "url": "https://coast.example/seals", "title": "Seal colony grows",
 "content_text": "Rangers counted 412 seal pups this spring, the most since records began.",
 "date_published": "2024-05-14T07:00:00Z"}]}
"""

HELLO_STORY = """Title: Night buses return
Date: 2024-05-14

Night buses will run again on weekends from June, the transport authority said.
"""


def _warc() -> bytes | None:
    try:
        from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
        from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]
    except ImportError:
        return None
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warc_record(
        "https://tribune.example/doors", "response",
        payload=io.BytesIO(HTML_PAGE.encode()),
        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                      protocol="HTTP/1.1"),
        warc_headers_dict={"WARC-Date": "2024-05-14T10:00:00Z"}))
    return buf.getvalue()


def _pool() -> list[bytes | str]:
    pool: list[bytes | str] = [PAGE_DUMP, HTML_PAGE, RSS_FEED, ATOM_FEED, JSON_FEED, HELLO_STORY]
    warc = _warc()
    return [*pool, warc] if warc is not None else pool


def _samples_for(name: str) -> list[bytes | str]:
    chosen = []
    for sample in _pool():
        document = Document.from_text(sample) if isinstance(sample, str) else \
            Document.from_bytes(sample)
        try:
            if choose_ingester(document).ingester.name == name:
                chosen.append(sample)
        except UnknownFormat:
            continue
    return chosen


INGESTERS = sorted(info.ingester.name for info in get_registry().ingesters())


def test_built_ins_are_registered() -> None:
    assert {"text", "html"} <= set(INGESTERS)


@pytest.mark.parametrize("name", INGESTERS)
def test_ingester_meets_the_contract(name: str) -> None:
    ingester = get_registry().get_ingester(name).ingester
    samples = _samples_for(name)
    # Every ingester should claim at least one of the pool's formats; plugins outside the pool
    # still face the random-input checks.
    if name in {"text", "html", "rss", "warc", "hello", "jsonfeed"}:
        assert samples, f"no sample in the pool is routed to {name!r}"
    check_ingester(ingester, samples)
