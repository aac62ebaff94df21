"""The RSS/Atom/RDF/CDF ingester on feeds written for these tests (not the shared data)."""

import datetime as dt

import pytest

import newsclaims
from newsclaims.document import Document
from newsclaims.errors import MalformedFeed
from newsclaims.ingesters.feed import FeedIngester
from newsclaims.limits import Limits
from newsclaims.plugins import PluginRegistry

UTC = dt.timezone.utc

RSS_CONTENT_ENCODED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Harbour Gazette</title>
  <link>https://gazette.example/</link>
  <language>en_GB</language>
  <item>
    <title>Council approves &lt;em&gt;new&lt;/em&gt; ferry route</title>
    <link>https://gazette.example/ferry</link>
    <guid isPermaLink="false">gz-1042</guid>
    <dc:creator>Mara Lind and Tomas Berg</dc:creator>
    <pubDate>Tue, 05 Mar 2024 09:15:00 +0100</pubDate>
    <description>The council voted on Monday…</description>
    <content:encoded><![CDATA[
      <p>The council voted 7 to 2 on Monday to approve a ferry route to the islands.</p>
      <h2>What changes</h2>
      <p>"This is a good day for the islands," the mayor, Eva Holm, said after the vote.</p>
      <blockquote><p>We have waited twenty years for this.</p></blockquote>
      <script>track()</script>
    ]]></content:encoded>
  </item>
  <item>
    <title>Second item</title>
    <link>https://gazette.example/second</link>
    <description>&lt;p&gt;A short teaser for the second story.&lt;/p&gt;</description>
  </item>
</channel>
</rss>""".encode()

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<!-- a comment before the root element -->
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title>Stadtanzeiger</title>
  <author><name>Redaktion Stadtanzeiger</name></author>
  <id>urn:uuid:feed</id>
  <updated>2024-03-05T10:00:00+01:00</updated>
  <entry>
    <title>Neue Buslinie ab Montag</title>
    <id>urn:uuid:1</id>
    <link rel="alternate" href="https://stadt.example/bus"/>
    <updated>2024-03-04T08:30:00+01:00</updated>
    <summary>Die Stadt startet eine neue Buslinie.</summary>
  </entry>
  <entry xml:lang="en">
    <title type="html">Bridge &lt;b&gt;reopens&lt;/b&gt;</title>
    <id>https://stadt.example/bridge</id>
    <published>2024-03-01T12:00:00Z</published>
    <updated>2024-03-02T12:00:00Z</updated>
    <author><name>Jo Park</name></author>
    <summary>Short caption.</summary>
    <content type="html">&lt;p&gt;The bridge reopened on Friday after two years of repairs,
      the city said.&lt;/p&gt;&lt;p&gt;Traffic is expected to ease.&lt;/p&gt;</content>
  </entry>
</feed>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://valley.example/">
    <title>Valley Courier</title>
    <link>https://valley.example/</link>
    <description>News from the valley</description>
    <dc:language>fr</dc:language>
  </channel>
  <item rdf:about="https://valley.example/a">
    <title>Le pont rouvre</title>
    <link>https://valley.example/a</link>
    <description>Le pont a rouvert vendredi apr\xc3\xa8s deux ans de travaux, a indiqu\xc3\xa9 la
      mairie. Les habitants attendaient cette r\xc3\xa9ouverture depuis longtemps et la
      circulation devrait s'am\xc3\xa9liorer d\xc3\xa8s la semaine prochaine dans tout le
      centre-ville, selon les services techniques qui ont suivi le chantier.
      Les commer\xc3\xa7ants du quartier se disent soulag\xc3\xa9s, apr\xc3\xa8s des mois
      de baisse de fr\xc3\xa9quentation, et la mairie promet une f\xc3\xaate pour
      l'inauguration officielle au printemps, avec un concert sur les quais et un
      march\xc3\xa9 de producteurs locaux sur la place principale. Le maire a remerci\xc3\xa9
      les ouvriers et les riverains pour leur patience pendant toute la dur\xc3\xa9e du chantier.
      </description>
    <dc:creator>Claire Dumas</dc:creator>
    <dc:date>2024-03-01T12:00:00+01:00</dc:date>
  </item>
</rdf:RDF>"""

BOZO = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Broken Times</title>
<item><title>First</title><link>https://broken.example/1</link>
<description>An item with an <b>unclosed tag in it.</description></item>
<item><title>Second</title><link>https://broken.example/2</link>
<description>Still read.</description></item>
</channel></rss>"""


def _rss_item(pub_date: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>x</title><pubDate>{pub_date}</pubDate>"
        "<description>Body text.</description></item></channel></rss>"
    ).encode()


def _ingest(data: bytes, location: str | None = "feed.xml", **kwargs: object) -> list:
    return list(FeedIngester(**kwargs).ingest(Document.from_bytes(data, location=location)))


def test_rss_content_encoded_is_the_body_and_fields_are_filled() -> None:
    first, second = _ingest(RSS_CONTENT_ENCODED, location="https://gazette.example/feed")
    assert first.title == "Council approves new ferry route"
    assert first.url == "https://gazette.example/ferry"
    assert first.outlet == "The Harbour Gazette"
    assert first.authors == ("Mara Lind", "Tomas Berg")
    assert first.language == "en-GB"
    assert first.published == dt.datetime(2024, 3, 5, 8, 15, tzinfo=UTC)
    assert first.is_teaser is False
    assert [p.role for p in first.paragraphs] == [
        "paragraph", "subheading", "paragraph", "blockquote"
    ]
    assert "track()" not in first.body
    assert first.body.startswith("The council voted 7 to 2")
    assert first.source.ingester == "rss"
    assert first.source.media_type == "application/rss+xml"
    assert first.source.entry == "gz-1042"
    assert first.source.location == "https://gazette.example/feed"
    assert first.warnings == ()
    assert first.standfirst is None  # "The council voted on Monday…" is a cut-off excerpt
    # Only a short description and no content: a teaser.
    assert second.is_teaser is True
    assert second.body == "A short teaser for the second story."


def test_atom_summary_only_entry_is_a_teaser_and_inherits_feed_fields() -> None:
    bus, bridge = _ingest(ATOM)
    assert bus.is_teaser is True
    assert bus.authors == ("Redaktion Stadtanzeiger",)
    assert bus.language == "de"
    assert bus.url == "https://stadt.example/bus"
    # Only <updated>: it is the publication date too.
    assert bus.published == bus.updated == dt.datetime(2024, 3, 4, 7, 30, tzinfo=UTC)
    assert bus.source.media_type == "application/atom+xml"
    assert bridge.title == "Bridge reopens"
    assert bridge.authors == ("Jo Park",)
    assert bridge.language == "en"
    assert bridge.is_teaser is False
    assert bridge.published == dt.datetime(2024, 3, 1, 12, tzinfo=UTC)
    assert bridge.updated == dt.datetime(2024, 3, 2, 12, tzinfo=UTC)
    assert len(bridge.paragraphs) == 2 and "Short caption" not in bridge.body


def test_rdf_feed_reads_dublin_core_fields() -> None:
    (article,) = _ingest(RDF)
    assert article.source.media_type == "application/rdf+xml"
    assert article.outlet == "Valley Courier"
    assert article.authors == ("Claire Dumas",)
    assert article.language == "fr"
    assert article.published == dt.datetime(2024, 3, 1, 11, tzinfo=UTC)
    assert "rouvert vendredi" in article.body
    assert article.is_teaser is False  # long description, no cut-off marker


def test_summary_richer_than_content_wins() -> None:
    data = b"""<rss version="2.0"><channel><title>O</title><item><title>t</title>
    <description>&lt;p&gt;The full story is here, in several sentences that go on.&lt;/p&gt;
    &lt;p&gt;A second paragraph follows with more detail.&lt;/p&gt;</description>
    <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">
    Photo: the harbour</content:encoded></item></channel></rss>"""
    (article,) = _ingest(data)
    assert article.body.startswith("The full story is here")
    assert "Photo" not in article.body
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    "ending", ["and more to come…", "the vote [...]", "the vote […]", "Read more »"]
)
def test_cut_off_content_is_a_teaser(ending: str) -> None:
    long_text = "Words of a long enough story. " * 40
    data = (
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>O</title><item><title>t</title><content:encoded><![CDATA["
        f"<p>{long_text}</p><p>{ending}</p>]]></content:encoded></item></channel></rss>"
    ).encode()
    (article,) = _ingest(data)
    assert article.is_teaser is True
    assert "Read more" not in article.body


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("Ferries will run hourly from May.", "Ferries will run hourly from May."),
        # The opening again, re-typeset (straight vs curly apostrophe): not a standfirst.
        ("The islands' ferry returns", None),
        ("A new route, at last &#8230;", None),  # an excerpt cut off
    ],
)
def test_standfirst_is_a_summary_that_says_something_the_opening_does_not(
    summary: str, expected: str | None
) -> None:
    data = (
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>O</title><item><title>t</title><description>{summary}</description>"
        "<content:encoded><![CDATA[<p>The islands’ ferry returns after a decade.</p>"
        "<p>The council approved it.</p>]]></content:encoded></item></channel></rss>"
    ).encode()
    (article,) = _ingest(data)
    assert article.standfirst == expected
    assert article.body.startswith("The islands’ ferry returns")


def test_bozo_feed_keeps_its_entries_and_reports_the_warning() -> None:
    articles = _ingest(BOZO)
    assert [a.title for a in articles] == ["First", "Second"]
    for article in articles:
        assert any(w.startswith("ill-formed feed") for w in article.warnings)
    assert articles[1].body == "Still read."


def test_windows_1251_declared_in_the_prolog() -> None:
    text = (
        '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel>'
        "<title>Городские новости</title><item><title>Мост снова открыт</title>"
        "<description>Мост открыли в пятницу после ремонта.</description></item>"
        "</channel></rss>"
    )
    (article,) = _ingest(text.encode("cp1251"))
    assert article.outlet == "Городские новости"
    assert article.title == "Мост снова открыт"
    assert article.body == "Мост открыли в пятницу после ремонта."
    assert article.source.encoding in ("windows-1251", "cp1251")


def test_utf16_feed_is_read() -> None:
    text = '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>Ü</title>' \
           "<item><title>Grüße</title></item></channel></rss>"
    (article,) = _ingest(b"\xff\xfe" + text.encode("utf-16-le"))
    assert (article.outlet, article.title) == ("Ü", "Grüße")
    assert article.source.encoding == "utf-16-le"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Mo, 16 Dez 2023 14:02:33 +0100", dt.datetime(2023, 12, 16, 13, 2, 33, tzinfo=UTC)),
        ("mar., 5 mars 2024 09:15:00 +0100", dt.datetime(2024, 3, 5, 8, 15, tzinfo=UTC)),
        ("Sáb, 2 Mar 2024 10:00:00 GMT", dt.datetime(2024, 3, 2, 10, 0, tzinfo=UTC)),
        ("16 декабря 2023 14:02:00 +0300", dt.datetime(2023, 12, 16, 11, 2, tzinfo=UTC)),
    ],
)
def test_non_english_month_names_are_read(raw: str, expected: dt.datetime) -> None:
    (article,) = _ingest(_rss_item(raw))
    assert article.published == expected
    assert not any("could not read" in w for w in article.warnings)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Sat, Dec 16 2023 02:02:33 PM", dt.datetime(2023, 12, 16, 14, 2, 33, tzinfo=UTC)),
        ("Sat, 16 Dec 2023 2:02 PM EST", dt.datetime(2023, 12, 16, 19, 2, tzinfo=UTC)),
        ("Sat, 16 Dec 2023 12:30 AM +0000", dt.datetime(2023, 12, 16, 0, 30, tzinfo=UTC)),
    ],
)
def test_pm_is_not_ignored(raw: str, expected: dt.datetime) -> None:
    (article,) = _ingest(_rss_item(raw))
    assert article.published == expected


def test_offset_of_the_raw_date_is_kept_when_feedparser_agrees() -> None:
    (article,) = _ingest(_rss_item("Tue, 05 Mar 2024 09:15:00 +0100"))
    assert article.published == dt.datetime(2024, 3, 5, 8, 15, tzinfo=UTC)
    assert article.published.utcoffset() == dt.timedelta(hours=1)


def test_unreadable_date_is_a_warning_not_an_error() -> None:
    (article,) = _ingest(_rss_item("sometime last week"))
    assert article.published is None
    assert any("sometime last week" in w for w in article.warnings)


def test_entries_are_capped_by_the_limit() -> None:
    items = "".join(f"<item><title>n{i}</title></item>" for i in range(10))
    data = f'<rss version="2.0"><channel><title>O</title>{items}</channel></rss>'.encode()
    articles = _ingest(data, limits=Limits(max_feed_entries=3))
    assert [a.title for a in articles] == ["n0", "n1", "n2"]


def test_non_feed_input_named_as_rss_raises_malformed_feed_naming_the_source() -> None:
    with pytest.raises(MalformedFeed, match=r"notes\.txt"):
        _ingest(b"just some words, not a feed at all", location="notes.txt")
    with pytest.raises(MalformedFeed):
        _ingest(b'{"version": "https://jsonfeed.org/version/1.1", "items": []}')


def test_empty_but_valid_feed_gives_no_articles() -> None:
    assert _ingest(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>') == []


@pytest.mark.parametrize(
    "data",
    [
        b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c -->\n<?xml-stylesheet href="s.xsl"?>\n'
        b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd">\n'
        b'<rss version="0.91"><channel></channel></rss>',
        ATOM,
        RDF,
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        b' xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel/></rdf:RDF>',
        b"<!-- cdf -->\n<CHANNEL><ITEM><ABSTRACT>x</ABSTRACT></ITEM></CHANNEL>",
        b"\xff\xfe" + '<?xml version="1.0"?><rss/>'.encode("utf-16-le"),
    ],
)
def test_detects_feeds_by_root_element(data: bytes) -> None:
    assert FeedIngester().detect(Document.from_bytes(data)) == 0.95


@pytest.mark.parametrize(
    ("data", "location"),
    [
        (b"<!DOCTYPE html><html><head><title>rss</title></head><body><rss/></body></html>",
         "page.rss"),
        (b'<feed><entry><title>no Atom namespace</title></entry></feed>', "x.atom"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": []}', "feed.json"),
        (b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'/>", "x.rdf"),
        (b"plain text about <rss> feeds", "notes.xml"),
        (b"", None),
    ],
)
def test_does_not_detect_non_feeds_even_with_a_feed_extension(
    data: bytes, location: str | None
) -> None:
    assert FeedIngester().detect(Document.from_bytes(data, location=location)) == 0.0


def test_registered_as_a_builtin_and_chosen_by_detection() -> None:
    registry = PluginRegistry(load_entry_points=False)
    infos = {info.ingester.name: info for info in registry.ingesters()}
    assert infos["rss"].builtin
    articles = newsclaims.ingest(ATOM, registry=registry, quotes=False)
    assert [a.source.ingester for a in articles] == ["rss", "rss"]


def test_same_bytes_give_identical_articles() -> None:
    assert _ingest(RSS_CONTENT_ENCODED) == _ingest(RSS_CONTENT_ENCODED)


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Ursula von der Leyen and Jo Park", ["Ursula von der Leyen", "Jo Park"]),
        ("By Ana Ruiz y Pablo de la Cruz", ["Ana Ruiz", "Pablo de la Cruz"]),
        ("Jane Roe; John Doe", ["Jane Roe", "John Doe"]),
        ("Smith, John", ["Smith, John"]),
        ("Johnson & Johnson", ["Johnson & Johnson"]),
        ("Staff and agencies", ["Staff and agencies"]),
    ],
)
def test_author_lists_are_split_only_when_every_part_is_a_name(raw: str, names: list) -> None:
    from newsclaims.feeds.entries import split_authors

    assert split_authors(raw) == names


@pytest.mark.parametrize(
    ("raw", "tag"),
    [("en_US", "en-US"), ("EN", "en"), ("zh-cn", "zh-CN"), ("sr-Latn-RS", "sr-Latn-RS"),
     ("english please", None), ("", None)],
)
def test_language_tags_are_normalised(raw: str, tag: str | None) -> None:
    from newsclaims.feeds.entries import language_tag

    assert language_tag(raw) == tag


def test_atom_text_content_is_not_parsed_as_html() -> None:
    data = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>M</title><entry><title>t</title>
    <content type="text">If a &lt; b and b &gt; c, then &lt;b&gt; is not a tag here.</content>
    </entry></feed>"""
    (article,) = _ingest(data)
    assert article.body == "If a < b and b > c, then <b> is not a tag here."


def test_str_content_is_utf8_whatever_its_prolog_declares() -> None:
    text = (
        '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel>'
        "<title>Городские новости</title><item><title>Мост</title></item></channel></rss>"
    )
    document = Document.from_text(text, location="pasted.xml")
    (article,) = FeedIngester().ingest(document)
    assert (article.outlet, article.title) == ("Городские новости", "Мост")
    (again,) = newsclaims.ingest(text, quotes=False)
    assert again.title == "Мост"


def test_relative_links_resolve_against_the_feed_site() -> None:
    data = b"""<rss version="2.0"><channel><title>O</title><link>https://site.example/news/</link>
    <item><title>a</title><link>/2024/bridge</link></item>
    <item><title>b</title><link>https://other.example/x</link></item></channel></rss>"""
    first, second = _ingest(data, location="/tmp/saved-feed.xml")
    assert first.url == "https://site.example/2024/bridge"
    assert second.url == "https://other.example/x"


def test_undeclared_legacy_encoding_is_detected_not_read_as_windows_1252() -> None:
    text = (
        "<rss version=\"2.0\"><channel><title>Городские новости</title><item>"
        "<title>Мост снова открыт для движения</title><description>Мост через реку открыли в "
        "пятницу после двух лет ремонта, сообщили в мэрии города. Жители ждали этого давно, "
        "и теперь дорога до центра займёт вдвое меньше времени.</description></item>"
        "</channel></rss>"
    )
    (article,) = _ingest(text.encode("cp1251"))
    assert article.title == "Мост снова открыт для движения"
    assert article.body.startswith("Мост через реку")
    assert article.source.encoding == "cp1251"
    assert any("no encoding declared" in w for w in article.warnings)


def test_bytes_declared_utf8_that_are_not_utf8_are_detected() -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<rss version=\"2.0\"><channel><title>Вести области</title><item>"
        "<title>Паводок отступает</title><description>Уровень воды в реке снизился за сутки "
        "на полметра, сообщили в областном управлении по чрезвычайным ситуациям. Дороги к "
        "сёлам на правом берегу снова открыты для транспорта.</description></item>"
        "</channel></rss>"
    )
    (article,) = _ingest(text.encode("cp1251"))
    assert article.title == "Паводок отступает"
    assert article.body.startswith("Уровень воды в реке")
    assert article.source.encoding == "cp1251"
    assert any("declared UTF-8 but not UTF-8" in w for w in article.warnings)


def test_utf8_with_a_stray_bad_byte_stays_utf8() -> None:
    # Not a mislabelled legacy encoding: the other accented letters must survive as they are.
    data = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Café</title>'
        "<item><title>Él señaló el déficit</title><description>El ministro de Economía "
        "explicó que el déficit bajará este año, según fuentes del Gobierno.</description>"
        "</item></channel></rss>"
    ).encode().replace("según".encode(), b"seg\xfan")
    (article,) = _ingest(data)
    assert article.title == "Él señaló el déficit"
    assert "Economía explicó" in article.body
    assert any("invalid byte" in w for w in article.warnings)


def test_a_feed_cut_before_its_first_item_is_malformed_not_empty() -> None:
    data = (b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            b"<title>Harbour News</title><link>https://harbour.example/</link><descr")
    with pytest.raises(MalformedFeed) as caught:
        _ingest(data, location="cut.rss")
    assert "cut.rss" in str(caught.value)


def test_a_well_formed_feed_without_items_is_empty() -> None:
    data = (b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            b"<title>Quiet Weekly</title><link>https://quiet.example/</link></channel></rss>")
    assert _ingest(data) == []


def test_the_entry_limit_given_to_ingest_reaches_the_built_in_ingester() -> None:
    items = "".join(f"<item><title>Story {i}</title><description>Text {i}.</description></item>"
                    for i in range(12))
    data = f'<rss version="2.0"><channel><title>O</title>{items}</channel></rss>'.encode()
    document = Document.from_bytes(data, location="many.rss")
    articles = newsclaims.ingest(document, limits=Limits(max_feed_entries=4), quotes=False,
                                 claims=False)
    assert [a.title for a in articles] == ["Story 0", "Story 1", "Story 2", "Story 3"]
    assert len(newsclaims.ingest(document, quotes=False, claims=False)) == 12


def test_an_author_list_with_a_serial_comma_is_split() -> None:
    from newsclaims.feeds.entries import split_authors

    assert split_authors("Ana Ruiz, Jo Park, and Lee Chan") == ["Ana Ruiz", "Jo Park", "Lee Chan"]
    assert split_authors("Ana Ruiz ,  Jo Park") == ["Ana Ruiz", "Jo Park"]
