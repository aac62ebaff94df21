"""The HTML ingester: metadata, main-content extraction, titles, encodings, hostile markup."""

import datetime as dt

import pytest

from newsclaims.document import Document
from newsclaims.errors import NewsclaimsError
from newsclaims.html.metadata import split_title
from newsclaims.ingesters.html import HtmlIngester
from newsclaims.model import Article

INGESTER = HtmlIngester()

PROSE = [
    "The harbour authority approved the long-delayed dredging plan on Monday evening, "
    "ending a dispute that had stalled shipping contracts for almost two years.",
    "Officials said the first dredgers would arrive in the spring, and that the work "
    "would be paid for from a regional fund rather than from port fees.",
    "Fishermen who had opposed the plan said they would watch the silt levels closely, "
    "because the last attempt had clouded the bay for an entire season.",
    "The authority's chair promised monthly public reports on water quality and said "
    "independent divers would check the seabed before and after each phase.",
]


def ingest_html(markup: str | bytes, location: str | None = "page.html") -> Article:
    data = markup.encode("utf-8") if isinstance(markup, str) else markup
    articles = list(INGESTER.ingest(Document.from_bytes(data, location=location)))
    assert len(articles) == 1
    return articles[0]


def paragraphs_html(extra_middle: str = "") -> str:
    first, second, third, fourth = (f"<p>{p}</p>" for p in PROSE)
    return first + second + extra_middle + third + fourth


FURNITURE_PAGE = f"""<!DOCTYPE html>
<html lang="en-GB"><head><title>Port dredging plan approved | The Coastal Courier</title>
<meta property="og:site_name" content="The Coastal Courier"></head>
<body>
<header class="site-header"><a href="/">Home</a> <a href="/news">News</a>
<a href="/sport">Sport</a></header>
<nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li></ul></nav>
<div id="cookie-banner">We use cookies to improve your experience on this website.
Accept all cookies?</div>
<main>
<article>
<h1>Port dredging plan approved</h1>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
<div class="article-body">
{PROSE[0] and f"<p>{PROSE[0]}</p>"}
<h2>Who pays for it</h2>
<p>{PROSE[1]}</p>
<figure><img src="x.jpg">
<figcaption>Dredgers at work in another harbour last year.</figcaption></figure>
<div class="ad-slot">Advertisement: the best mortgage rates of the season are here now.
</div>
<blockquote><p>We have waited long enough for this decision, and the bay deserves better care.
</p></blockquote>
<p>{PROSE[2]}</p>
<aside class="newsletter-signup"><p>Sign up for our morning newsletter and get the day's most
important stories in your inbox before breakfast.</p></aside>
<p>{PROSE[3]}</p>
</div>
<div class="related-articles"><h3>Related</h3><ul>
<li><a href="/1">Bay silt levels reach record high after the winter storms in the north</a></li>
<li><a href="/2">Port fees to rise again next year, harbour authority confirms in report</a></li>
</ul></div>
<section class="comments"><p>Reader1: This is the worst decision the authority has made in years,
honestly I cannot believe it.</p></section>
</article>
</main>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/m1">Storm warning issued for the
whole coast this weekend</a></li></ol><p>Popular this week among readers across the whole region
and beyond, with many comments.</p></aside>
<footer><p>Copyright 2024 The Coastal Courier. All rights reserved. Terms and privacy.</p></footer>
</body></html>"""


def test_main_content_keeps_prose_and_drops_furniture() -> None:
    article = ingest_html(FURNITURE_PAGE)
    texts = [p.text for p in article.paragraphs]
    for paragraph in PROSE:
        assert paragraph in texts
    body = article.body
    for furniture in ("Politics", "cookies", "Share on Facebook", "Advertisement", "newsletter",
                      "Dredgers at work", "Bay silt levels", "Reader1", "Most read",
                      "Storm warning", "Copyright", "Home"):
        assert furniture not in body, furniture
    assert texts.index(PROSE[0]) < texts.index(PROSE[1]) < texts.index(PROSE[3])


def test_subheadings_and_blockquotes_keep_their_roles() -> None:
    article = ingest_html(FURNITURE_PAGE)
    roles = {p.text: p.role for p in article.paragraphs}
    assert roles["Who pays for it"] == "subheading"
    assert roles["We have waited long enough for this decision, and the bay deserves better "
                 "care."] == "blockquote"
    assert roles[PROSE[0]] == "paragraph"
    assert article.subheadings == ("Who pays for it",)
    # The headline is the title, not a body paragraph.
    assert "Port dredging plan approved" not in roles


def test_title_outlet_language_from_markup() -> None:
    article = ingest_html(FURNITURE_PAGE)
    assert article.title == "Port dredging plan approved"
    assert article.outlet == "The Coastal Courier"
    assert article.language == "en-GB"
    assert article.source.ingester == "html"
    assert article.source.media_type == "text/html"
    assert article.source.encoding == "utf-8"
    assert article.source.location == "page.html"


JSON_LD_PAGE = """<!doctype html><html><head>
<title>Tram line extended to the airport - Metro Daily</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Metro Daily"},
  {"@type": "NewsArticle", "headline": "Tram line extended to the airport",
   "description": "The city's busiest tram line will reach the terminal by 2027.",
   "datePublished": "2024-03-05T08:30:00+01:00", "dateModified": "2024-03-05T11:00:00+01:00",
   "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Berg"}],
   "publisher": {"@type": "Organization", "name": "Metro Daily"},
   "inLanguage": "es-ES",
   "url": "https://metrodaily.example/transport/tram-airport"}
]}
</script>
<link rel="canonical" href="https://metrodaily.example/transport/tram-airport">
</head><body><div class="story">""" + paragraphs_html() + """</div></body></html>"""


def test_json_ld_news_article_metadata() -> None:
    article = ingest_html(JSON_LD_PAGE)
    assert article.title == "Tram line extended to the airport"
    assert article.standfirst == "The city's busiest tram line will reach the terminal by 2027."
    assert article.outlet == "Metro Daily"
    assert article.url == "https://metrodaily.example/transport/tram-airport"
    assert article.authors == ("Ana Ruiz", "Tom Berg")
    assert article.language == "es-ES"
    published = article.published
    assert isinstance(published, dt.datetime)
    assert published.utcoffset() == dt.timedelta(hours=1)
    assert published.astimezone(dt.timezone.utc).hour == 7
    assert isinstance(article.updated, dt.datetime)
    assert [p.text for p in article.paragraphs] == PROSE


OPENGRAPH_PAGE = """<html><head>
<meta property="og:title" content="Library reopens after flood repairs">
<meta property="og:site_name" content="Valley Herald">
<meta property="og:url" content="https://valleyherald.example/library-reopens">
<meta property="og:description" content="Repairs took eleven months.">
<meta property="article:published_time" content="2023-11-20T14:05:00Z">
<meta name="author" content="Priya Nair">
<title>Library reopens after flood repairs – Valley Herald</title>
</head><body><article>""" + paragraphs_html() + """</article></body></html>"""


def test_opengraph_only_metadata() -> None:
    article = ingest_html(OPENGRAPH_PAGE)
    assert article.title == "Library reopens after flood repairs"
    assert article.outlet == "Valley Herald"
    assert article.url == "https://valleyherald.example/library-reopens"
    assert article.standfirst == "Repairs took eleven months."
    assert article.authors == ("Priya Nair",)
    assert article.published == dt.datetime(2023, 11, 20, 14, 5, tzinfo=dt.timezone.utc)


BARE_PAGE = """<html><head><title>Valley Herald | Council votes to keep the night buses</title>
</head><body><div id="wrap"><h1>Council votes to keep the night buses</h1>
<p class="byline">By Sam Okafor and Lee Chen</p>
<time datetime="2022-06-01">1 June 2022</time>""" + paragraphs_html() + """</div></body></html>"""


def test_page_with_neither_json_ld_nor_opengraph() -> None:
    article = ingest_html(BARE_PAGE)
    assert article.title == "Council votes to keep the night buses"
    assert article.outlet == "Valley Herald"
    assert article.published == dt.date(2022, 6, 1)
    assert article.authors == ("Sam Okafor", "Lee Chen")
    assert article.url is None
    assert all(p in article.body for p in PROSE)
    # With no description, the standfirst is the lede.
    assert article.standfirst == PROSE[0]


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Bridge closes for repairs | The Northern Post", None,
         ("Bridge closes for repairs", "The Northern Post")),
        ("Northern Post - Bridge closes for repairs after storm damage", None,
         ("Bridge closes for repairs after storm damage", "Northern Post")),
        ("Bridge closes - for now | Northern Post", "Northern Post",
         ("Bridge closes - for now", "Northern Post")),
        ("Northern Post — Bridge closes", "Northern Post", ("Bridge closes", "Northern Post")),
        ("Bridge closes for repairs", None, ("Bridge closes for repairs", None)),
        # A syndication credit closing the title names the outlet.
        ("Mill To Close After 90 Years (from The Valley Courier )", None,
         ("Mill To Close After 90 Years", "The Valley Courier")),
        # A site name with a separator of its own spans two segments.
        ("Bridge closes for repairs - Northern Post | News for the valley",
         "Northern Post | News for the valley",
         ("Bridge closes for repairs", "Northern Post | News for the valley")),
    ],
)
def test_split_title(title: str, site: str | None, expected: tuple[str, str | None]) -> None:
    assert split_title(title, site) == expected


def test_outlet_first_title_on_a_page() -> None:
    page = ("<html><head><title>Daily Planet - Mayor opens the new river crossing</title></head>"
            "<body>" + paragraphs_html() + "</body></html>")
    article = ingest_html(page)
    assert article.title == "Mayor opens the new river crossing"
    assert article.outlet == "Daily Planet"


CYRILLIC = ("Городской совет утвердил новый бюджет на следующий год, увеличив расходы на "
            "общественный транспорт и ремонт школ во всех районах города.")


def test_windows_1251_page_with_meta_charset() -> None:
    page = ('<html><head><meta charset="windows-1251"><title>Бюджет принят</title></head>'
            f"<body><p>{CYRILLIC}</p></body></html>")
    article = ingest_html(page.encode("windows-1251"))
    assert article.source.encoding == "cp1251"
    assert article.title == "Бюджет принят"
    assert CYRILLIC in article.body


def test_utf8_page_without_declaration() -> None:
    text = "Der Bürgermeister eröffnete am Montag die neue Brücke über die Spree – endlich."
    page = f"<html><body><p>{text}</p><p>Große Freude herrschte überall.</p></body></html>"
    article = ingest_html(page.encode("utf-8"))
    assert article.source.encoding == "utf-8"
    assert text in article.body


def test_deep_nesting_does_not_raise_recursion_error() -> None:
    depth = 5000
    page = ("<html><body>" + "<div>" * depth + f"<p>{PROSE[0]}</p>" + "</div>" * depth
            + "</body></html>")
    article = ingest_html(page)
    assert PROSE[0] in article.body


def test_unclosed_title_does_not_swallow_the_page() -> None:
    page = "<html><head><title>Runaway title\n</head><body>" + paragraphs_html() + "</body></html>"
    article = ingest_html(page)
    assert article.title == "Runaway title"
    assert PROSE[0] in article.body


def test_link_lists_inside_the_content_are_dropped() -> None:
    links = "".join(f'<li><a href="/{i}">Another story about the harbour number {i} and more</a>'
                    "</li>" for i in range(5))
    page = f"<html><body><div>{paragraphs_html(f'<ul>{links}</ul>')}</div></body></html>"
    article = ingest_html(page)
    assert "Another story" not in article.body
    assert all(p in article.body for p in PROSE)


def test_list_items_in_the_article_keep_their_role() -> None:
    items = "".join(f"<li>Step {n}: check the seabed and record the depth twice.</li>"
                    for n in range(3))
    page = f"<html><body><article>{paragraphs_html(f'<ol>{items}</ol>')}</article></body></html>"
    roles = {p.text: p.role for p in ingest_html(page).paragraphs}
    assert roles["Step 1: check the seabed and record the depth twice."] == "list_item"


def test_hidden_elements_are_not_text() -> None:
    page = ("<html><body><article>" + paragraphs_html(
        '<div style="display: none">Invisible tracking text for robots only.</div>'
        '<p hidden>Hidden paragraph.</p>') + "</article></body></html>")
    body = ingest_html(page).body
    assert "Invisible" not in body
    assert "Hidden paragraph" not in body


def test_page_without_text_gives_an_empty_article_with_a_warning() -> None:
    article = ingest_html("<html><head><title>Empty</title></head><body></body></html>")
    assert article.body == ""
    assert article.title == "Empty"
    assert article.warnings


@pytest.mark.parametrize(
    ("head", "minimum"),
    [
        (b"<!DOCTYPE html><html><head><title>x</title></head>", 0.9),
        (b"\xef\xbb\xbf<!doctype HTML>\n<html lang=en>", 0.9),
        (b"<html><body><p>hello</p></body></html>", 0.9),
        (b"<div><p>one</p><p>two</p><div>three</div></div>", 0.5),
    ],
)
def test_detect_html(head: bytes, minimum: float) -> None:
    assert INGESTER.detect(Document.from_bytes(head)) >= minimum


@pytest.mark.parametrize(
    "head",
    [
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">',
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
        b"Just a plain text file about <3 things.",
        b"",
        b'{"version": "https://jsonfeed.org/version/1.1"}',
    ],
)
def test_detect_rejects_feeds_and_text(head: bytes) -> None:
    assert INGESTER.detect(Document.from_bytes(head)) == 0.0


def test_detect_does_not_trust_the_extension_alone() -> None:
    document = Document.from_bytes(b"plain words, no markup at all", location="notes.html")
    assert INGESTER.detect(document) == 0.0


def test_registered_and_chosen_by_detection() -> None:
    import newsclaims

    articles = newsclaims.ingest(FURNITURE_PAGE.encode("utf-8"), quotes=False, claims=False)
    assert len(articles) == 1
    assert articles[0].source.ingester == "html"
    assert articles[0].title == "Port dredging plan approved"


def test_binary_input_raises_a_newsclaims_error() -> None:
    data = bytes(range(256)) * 40
    with pytest.raises(NewsclaimsError):
        ingest_html(data)


def test_comment_thread_after_a_comments_label_is_cut() -> None:
    comments = "".join(
        f"<p>Reader number {n} wrote a long reply about the dredging plan, saying the silt "
        "would surely return within a few years whatever the authority promises now.</p>"
        for n in range(8))
    page = (f"<html><body><div>{paragraphs_html()}<h3>Comments</h3>{comments}</div>"
            "</body></html>")
    article = ingest_html(page)
    assert all(p in article.body for p in PROSE)
    assert "Reader number" not in article.body
    assert "Comments" not in article.body


def test_article_streamed_into_hidden_chunks_is_kept() -> None:
    chunks = "".join(f'<div hidden id="S:{n}"><p>{p}</p></div>' for n, p in enumerate(PROSE))
    page = ("<html><body><main><p>Loading the story now.</p></main>" + chunks
            + '<div hidden><p>Menu</p></div></body></html>')
    article = ingest_html(page)
    assert [p for p in PROSE if p in article.body] == PROSE
    assert "Menu" not in article.body


def test_content_after_a_stray_end_of_body_is_kept() -> None:
    page = ("<html><body><div class='intro'><p>" + PROSE[0] + "</p></div></body></html>"
            "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PROSE[1:]) + "</div>")
    article = ingest_html(page)
    assert all(p in article.body for p in PROSE[1:])


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Ana Ruiz | 5 June 2024", ["Ana Ruiz"]),
        ("by Sam Okafor and Lee Chen", ["Sam Okafor", "Lee Chen"]),
        ("Von Jana Weber und Olaf Kranz", ["Jana Weber", "Olaf Kranz"]),
        ("https://example.org/authors/ana", []),
    ],
)
def test_byline_names(byline: str, expected: list[str]) -> None:
    from newsclaims.html.metadata import split_authors

    assert split_authors(byline) == expected


def test_repeated_section_labels_do_not_cut_the_article() -> None:
    sections = "".join(
        f"<h2>Option {n}</h2><p>{p}</p><h4>More on option {n}:</h4>"
        for n, p in enumerate(PROSE))
    article = ingest_html(f"<html><body><article>{sections}</article></body></html>")
    assert all(p in article.body for p in PROSE)
    assert "More on option" not in article.body


def test_simple_page_keeps_every_paragraph() -> None:
    # No classes, one long paragraph and three short ones: the short ones are the article too.
    page = """<html><head><title>Pool hours change</title></head><body>
    <h1>Pool hours change</h1>
    <p>Opening hours will be extended on weekends from next month, the leisure trust said.</p>
    <p>The pool will now close at nine in the evening.</p>
    <p>Lifeguards welcomed the change.</p>
    <p>Swimmers can subscribe to updates at the front desk.</p>
    </body></html>"""
    article = ingest_html(page)
    assert article.title == "Pool hours change"
    assert [p.text for p in article.paragraphs] == [
        "Opening hours will be extended on weekends from next month, the leisure trust said.",
        "The pool will now close at nine in the evening.",
        "Lifeguards welcomed the change.",
        "Swimmers can subscribe to updates at the front desk.",
    ]


def test_furniture_words_in_ordinary_sentences_are_kept() -> None:
    sentences = [
        "Residents who subscribe to the parish bulletin heard about the closure first.",
        "The bakery says it uses no cookies or cakes in its loaves, only flour and salt.",
        "She will share the prize money with the staff who kept the ovens running.",
        "Comments from customers were glowing.",
        "Opening hours stay the same.",
        "Sign up closes on Friday.",
        "Related costs rose by a tenth.",
        "Share prices barely moved.",
    ]
    page = ("<html><head><title>Baker wins regional prize</title></head><body>"
            "<h1>Baker wins regional prize</h1>"
            + "".join(f"<p>{s}</p>" for s in sentences) + "</body></html>")
    assert [p.text for p in ingest_html(page).paragraphs] == sentences


def _page(body: str, head: str = "<title>Dredging approved | Coastal Courier</title>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_teaser_list_without_a_furniture_class_is_dropped() -> None:
    teasers = "".join(
        f'<dt><a href="/s/{i}">Headline number {i} about the valley</a></dt>'
        f"<dd>A one-sentence teaser for story {i}, written to make readers click through.</dd>"
        for i in range(5))
    body = (f'<div class="wrap"><div>{paragraphs_html()}</div>'
            f'<div class="box"><h3>Regional headlines</h3><dl>{teasers}</dl></div></div>')
    texts = [p.text for p in ingest_html(_page(body)).paragraphs]
    assert texts == PROSE


def test_cards_that_lead_with_a_link_are_dropped_but_prose_with_links_is_kept() -> None:
    cards = "".join(
        f'<li><h4><a href="/c/{i}">Card headline {i} for another story</a></h4>'
        f"<p>Short teaser text for card {i} under its headline link.</p></li>"
        for i in range(4))
    linked = ('<p>The plan, <a href="/plan">published in March</a>, was backed by the '
              '<a href="/council">council</a> after a long <a href="/debate">debate</a>.</p>')
    body = f"<main><article>{paragraphs_html(linked)}</article><ul>{cards}</ul></main>"
    texts = [p.text for p in ingest_html(_page(body)).paragraphs]
    assert texts == [PROSE[0], PROSE[1],
                     "The plan, published in March, was backed by the council after a long "
                     "debate.", PROSE[2], PROSE[3]]


def test_comment_thread_without_a_label_is_cut_at_its_first_head() -> None:
    comments = "".join(
        f"<p>Posted by: {name} on {time} Tue 1 Jan 08</p>"
        f"<p>{name} thinks the dredging will ruin the fishing grounds for years to come.</p>"
        for name, time in (("Ann, Leeds", "5:19pm"), ("Bob", "6:02pm"), ("Cy", "7:45pm")))
    body = f"<div>{paragraphs_html()}{comments}</div>"
    assert [p.text for p in ingest_html(_page(body)).paragraphs] == PROSE


def test_run_of_dated_headlines_is_dropped_but_a_dated_sentence_stays() -> None:
    dated = "".join(f"<p>Harbour story {i} (Monday January {i + 1} 2008)</p>" for i in range(4))
    sentence = "<p>The vote was held on 3 May 2008.</p>"
    body = f"<div>{paragraphs_html(sentence)}<p>Other recent articles</p>{dated}</div>"
    texts = [p.text for p in ingest_html(_page(body)).paragraphs]
    assert "The vote was held on 3 May 2008." in texts
    assert not any("Harbour story" in text for text in texts)


@pytest.mark.parametrize(
    ("head", "body_start", "expected"),
    [
        # The visible <h1> wins over a differently worded og:title written for search.
        ('<title>Dredging plan OK | Courier</title>'
         '<meta property="og:title" content="Port dredging plan approved by authority">',
         "<h1>Authority approves the port dredging plan</h1>",
         "Authority approves the port dredging plan"),
        # Of two <h1>s (logo and headline) the one the <title> repeats is the headline.
        ("<title>Courier - Port dredging plan approved after two years</title>",
         "<h1>The Coastal Courier</h1><h1>Port dredging plan approved after two years</h1>",
         "Port dredging plan approved after two years"),
        # No heading: the bold block the <title> repeats word for word.
        ("<title>Port dredging plan approved_English_Courier</title>",
         "<p><b>Port dredging plan approved</b></p>", "Port dredging plan approved"),
        # A declared title escaped twice is unescaped.
        ('<meta property="og:title" content="Fees &amp;amp; rates: the dredging bill">', "",
         "Fees & rates: the dredging bill"),
    ],
)
def test_title_rules(head: str, body_start: str, expected: str) -> None:
    assert ingest_html(_page(body_start + paragraphs_html(), head)).title == expected


def test_site_name_h1_is_not_the_headline() -> None:
    head = "<title>Courier.com - Port dredging plan approved after two years</title>"
    article = ingest_html(_page("<h1>Top Classifieds</h1>" + paragraphs_html(), head))
    assert article.title == "Port dredging plan approved after two years"


def test_lone_h1_beats_a_title_that_only_names_the_section() -> None:
    # The <title> shares no word with the page's only <h1>: it names the site or section.
    head = "<title>Arts &amp; Leisure</title>"
    article = ingest_html(_page("<h1>Harbour museum reopens its whaling gallery</h1>"
                                + paragraphs_html(), head))
    assert article.title == "Harbour museum reopens its whaling gallery"


def test_lone_h1_does_not_beat_a_title_the_page_prints_as_a_heading() -> None:
    # The <title> headline is printed as a heading: the unrelated <h1> is a blog or logo name.
    head = "<title>Ferry timetable changes for winter</title>"
    body = ("<h1>Island Life Weekly Blog</h1><h2>Ferry timetable changes for winter</h2>"
            + paragraphs_html())
    assert ingest_html(_page(body, head)).title == "Ferry timetable changes for winter"


@pytest.mark.parametrize(
    "headline_html",
    [
        # A headline set in a class-named span, under a <title> naming only the site section.
        '<span class="story_headline">Harbour museum reopens its whaling gallery</span>',
        '<p id="mainTitle">Harbour museum reopens its whaling gallery</p>',
        # A headline set as an <h3> just above the text.
        "<h3>Harbour museum reopens its whaling gallery</h3>",
    ],
)
def test_headline_above_the_text_beats_a_section_title(headline_html: str) -> None:
    body = ('<div class="masthead-links"><a href="/">Home</a></div>' + headline_html
            + "<p>The harbour museum reopened its whaling gallery on Saturday after two years"
              " of repairs to the roof and the old display cases.</p>" + paragraphs_html())
    head = "<title>Bayside Gazette: Arts</title>"
    assert ingest_html(_page(body, head)).title == "Harbour museum reopens its whaling gallery"


def test_label_above_the_text_does_not_replace_a_headline_title() -> None:
    # The label's words do not recur in the text, and the <title> is a real headline.
    body = ('<div class="widget-title">Editors pick this week</div>'
            + "<p>The harbour museum reopened its whaling gallery on Saturday after two years"
              " of repairs to the roof and the old display cases.</p>" + paragraphs_html())
    head = "<title>Whaling gallery back at the harbour museum | Bayside Gazette</title>"
    assert ingest_html(_page(body, head)).title == "Whaling gallery back at the harbour museum"
    # A section <title> with a label above the text: the label is not taken either.
    head = "<title>Bayside Gazette: Arts</title>"
    assert ingest_html(_page(body, head)).title != "Editors pick this week"


@pytest.mark.parametrize("head", ["", "<title>Valley Echo Online - Local News</title>"])
def test_plain_line_above_the_text_is_the_headline(head: str) -> None:
    # No title, or one naming only the site; no heading: the short line above the text whose
    # words recur there.
    body = ('<table><tr><td><a href="/">Home</a> | <a href="/world">World</a></td></tr>'
            "<tr><td>Updated: Friday, 4 April 2008</td></tr>"
            '<tr><td><div>Museum reopens whaling gallery</div>'
            "<p>The harbour museum reopened its whaling gallery on Saturday after two years"
            " of repairs to the roof and the old display cases.</p>"
            + paragraphs_html() + "</td></tr></table>")
    assert ingest_html(_page(body, head)).title == "Museum reopens whaling gallery"
    # A line that ends a sentence is prose, not a headline; a byline is not one either.
    for line in ("The museum is open daily.", "By Museum Reporter Ann Whaling"):
        other = body.replace("Museum reopens whaling gallery", line)
        assert ingest_html(_page(other, head)).title != line


def test_copyright_notice_closes_the_article_and_keeps_its_fine_print() -> None:
    after = ("<p>© 2009 Valley Wire Service. All rights reserved.</p>"
             "<p>This material may not be republished without permission.</p>"
             "<p>Posted by: Cy on 7:45pm Tue 1 Jan 08</p>"
             "<p>Cy thinks the dredging will ruin the fishing grounds for years to come, and he"
             " says so at every meeting of the harbour board he can find a seat at.</p>"
             "<p>Garden hoses from $12 — compare prices on hoses, reels and sprinklers today,"
             " with free delivery on every order over $40 across the whole of the valley.</p>")
    texts = [p.text for p in ingest_html(_page(f"<div>{paragraphs_html()}{after}</div>"))
             .paragraphs]
    assert texts == [*PROSE, "© 2009 Valley Wire Service. All rights reserved.",
                     "This material may not be republished without permission."]


def test_photo_credit_without_a_year_does_not_close_the_article() -> None:
    credit = "<p>© Harbour Photo Agency</p>"
    page = (f"<div><p>{PROSE[0]}</p><p>{PROSE[1]}</p>{credit}<p>{PROSE[2]}</p>"
            f"<p>{PROSE[3]}</p></div>")
    assert [p.text for p in ingest_html(_page(page)).paragraphs] == [
        PROSE[0], PROSE[1], "© Harbour Photo Agency", PROSE[2], PROSE[3]]


@pytest.mark.parametrize("label", ["Also in Valley Sport", "Story Tools", "Email this story"])
def test_after_article_tool_and_cross_promotion_labels_cut_the_tail(label: str) -> None:
    promo = "".join(
        f"<p>Promoted story number {n} about a different town, with a long summary line that"
        " reads like prose but belongs to another article entirely.</p>" for n in range(4))
    texts = [p.text for p in ingest_html(_page(
        f"<div>{paragraphs_html()}<h4>{label}</h4>{promo}</div>")).paragraphs]
    assert texts == PROSE


@pytest.mark.parametrize("label", ["Reader views (3)", "Add your comment", "Your views"])
def test_comment_labels_of_other_wordings_cut_the_thread(label: str) -> None:
    replies = "".join(
        f"<p>Reply {n}: the ferry plan will never pay for itself, whatever the council says in"
        " its glossy leaflets about tourism and jobs for the island.</p>" for n in range(3))
    texts = [p.text for p in ingest_html(_page(
        f"<div>{paragraphs_html()}<h3>{label}</h3>{replies}</div>")).paragraphs]
    assert texts == PROSE


def test_headline_words_are_found_in_the_text_in_other_forms() -> None:
    # "defends" / "defended", "confrontation" / "confronting": the headline still recurs.
    body = ("<div>Ferryman defends confrontation</div>"
            "<p>The ferryman defended his actions on Sunday after confronting two passengers"
            " who had refused to pay the fare for the crossing to the island.</p>"
            + paragraphs_html())
    assert ingest_html(_page(body, "")).title == "Ferryman defends confrontation"


def test_time_stamp_heading_above_the_text_is_not_the_headline() -> None:
    body = ("<h3>Headline about the museum gallery reopening</h3>"
            "<h3>Friday, 4 April, 2008, 09:14</h3>"
            "<p>The harbour museum reopened its whaling gallery on Friday after two years"
            " of repairs to the roof and the old display cases, in April 2008.</p>"
            + paragraphs_html())
    title = ingest_html(_page(body, "<title>Bayside Gazette: Arts</title>")).title
    assert title == "Headline about the museum gallery reopening"


def test_short_h1_naming_the_section_gives_way_to_the_heading_over_the_text() -> None:
    head = "<title>valleytv.com - Weekend Roundup</title>"
    body = ("<header><h1>Weekend Roundup</h1></header><ul><li>Sat, 5 Apr 2008 10:02 GMT</li>"
            '<li><a href="/mail">E-mail</a> | <a href="/print">Print</a></li></ul>'
            "<h2>Ferry operator adds a late crossing for the summer</h2>"
            "<p>The ferry operator will add a late crossing to the island from June, after"
            " islanders asked for a later return for the summer season.</p>" + paragraphs_html())
    title = ingest_html(_page(body, head)).title
    assert title == "Ferry operator adds a late crossing for the summer"
    # An <h1> the text does mention stays the headline.
    body = body.replace("Weekend Roundup", "Late ferry crossing")
    assert ingest_html(_page(body, head.replace("Weekend Roundup", "Late ferry crossing"))
                       ).title == "Late ferry crossing"
