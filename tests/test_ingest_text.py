"""The text ingester on page dumps of other shapes: other sites' furniture, date formats,
datelines, bylines, hard-wrapped text and clean text."""

import datetime as dt

import pytest

from newsclaims.document import Document
from newsclaims.ingesters.text import TextIngester
from newsclaims.model import Article
from newsclaims.normalize.text import normalize_text
from newsclaims.textdump import Lexicon, is_boilerplate_line, parse_text_dump
from newsclaims.textdump.lines import split_blocks, wrap_width

OTHER_SITE = """Skip to main content
Home | World | Business | Sport | Culture
Subscribe
Sign in

We use cookies to give you the best experience on our website. By continuing to browse you \
agree to our cookie policy. Accept all

Environment
Lake levels fall to record low as drought deepens across the region
Water authorities warn of summer restrictions after the driest winter in sixty years
By Maria Lopez and Tom Becker
Published: 3 March 2021 09:15 GMT
Share on Facebook
Share on Twitter
Copy link
The reservoir that supplies most of the valley's drinking water fell to 31 percent of \
capacity on Tuesday, the lowest level since records began, the regional water authority said.
Officials said households could face restrictions on garden watering and car washing from \
June unless the spring brings heavy rain.
"We are not at crisis point yet," said the authority's director, Ana Ruiz. "But we have to \
plan for it."
Farmers in the lowlands have already cut back on planting, and some have sold livestock they \
can no longer water.
It is not the first time.
A similar drought in 1995 forced the authority to truck water to villages in the hills for \
most of the summer, at a cost the region is still repaying.
Advertisement
The authority will publish a new assessment next month.
Related
Heatwave warnings issued for the south
Farmers count the cost of a dry spring
Why the valley's rivers are running dry
Most read
Follow us on Facebook
© 2021 Valley Courier. All rights reserved.
Privacy Policy | Terms of Use | Contact Us
"""

AGENCY = """World News
2021-06-14
Chip shortage to last into next year, carmakers warn
NEW YORK (Reuters) - The global shortage of semiconductors that has idled car plants from \
Detroit to Tokyo will last well into next year, executives of three large carmakers said on Monday.
The companies said they had cut production targets for the second half and were redesigning \
some models to use chips that are easier to find.
"There is no quick fix," one executive told reporters on a conference call.
Analysts expect the shortage to cost the industry more than $100 billion in lost sales this year.
"""

WRAPPED = """Council approves new cycle lanes after two-year debate

The city council voted on Thursday to build eleven kilometres of
protected cycle lanes through the centre, ending a debate that has
divided residents and shop owners for more than two years.

The plan, which will cost about 14 million euros, removes parking on
three main streets and narrows two others to a single lane for cars.
Supporters said it would cut traffic and make the streets safer.

"This is a good day for everyone who wants to get around the city
without a car," said the deputy mayor, who has championed the scheme
since her election.

Shop owners on the affected streets said they feared losing customers
who drive in from the suburbs. Work is due to start in the autumn.
"""

CLEAN_PARAGRAPHS = [
    "A research team has produced the most detailed map yet of the Puerto Rico Trench, the "
    "deepest part of the Atlantic Ocean.",
    "The survey, carried out over six weeks, used a new sonar system that can resolve features "
    "smaller than a metre at depths of more than eight kilometres.",
    "“We saw things nobody has seen before,” the expedition’s chief scientist said.",
    "The data will be released to other researchers next year.",
    "It was worth it.",
]
CLEAN = "Scientists map the deepest trench in the Atlantic\n\n" + "\n\n".join(CLEAN_PARAGRAPHS)


def _read(text: str, **options: object) -> Article:
    articles = list(TextIngester(**options).ingest(Document.from_text(text)))  # type: ignore[arg-type]
    assert len(articles) == 1
    return articles[0]


def _assert_maps_back(text: str, article: Article) -> None:
    for paragraph in article.paragraphs:
        start = article.source.to_input_offset(paragraph.span.start)
        last = article.source.to_input_offset(paragraph.span.end - 1)
        assert start is not None and last is not None
        # The normaliser keeps line breaks; a re-joined paragraph has spaces there.
        assert " ".join(normalize_text(text[start : last + 1]).split()) == paragraph.text


class TestOtherSiteFurniture:
    article = _read(OTHER_SITE)

    def test_headline_standfirst_and_kicker(self) -> None:
        assert self.article.title == (
            "Lake levels fall to record low as drought deepens across the region"
        )
        assert self.article.standfirst == (
            "Water authorities warn of summer restrictions after the driest winter in sixty years"
        )

    def test_metadata(self) -> None:
        assert self.article.authors == ("Maria Lopez", "Tom Becker")
        assert self.article.published == dt.datetime(2021, 3, 3, 9, 15, tzinfo=dt.timezone.utc)
        assert self.article.outlet == "Valley Courier"

    def test_body_is_the_article_only(self) -> None:
        texts = [p.text for p in self.article.paragraphs]
        assert texts[0].startswith("The reservoir that supplies")
        assert texts[-1] == "The authority will publish a new assessment next month."
        assert "It is not the first time." in texts  # a short real sentence stays
        assert len(texts) == 7
        for furniture in ("cookie", "Share", "Related", "Heatwave", "©", "Privacy", "Subscribe",
                          "Advertisement", "Most read", "Environment"):
            assert all(furniture not in t for t in texts), furniture
        _assert_maps_back(OTHER_SITE, self.article)


def test_agency_dateline_and_iso_header() -> None:
    article = _read(AGENCY)
    assert article.title == "Chip shortage to last into next year, carmakers warn"
    assert article.dateline == "NEW YORK"
    assert article.outlet == "Reuters"
    assert article.published == dt.date(2021, 6, 14)
    assert article.paragraphs[0].text.startswith("The global shortage of semiconductors")
    assert len(article.paragraphs) == 4
    _assert_maps_back(AGENCY, article)


def test_dateline_year_from_weekday_and_years_in_text() -> None:
    text = (
        "Talks resume on fishing rights\n\n"
        "OSLO, March 4 /NTB/. Norway and the European Union resumed talks on fishing quotas on "
        "Thursday, officials said, after a pause of several weeks.\n\n"
        "The previous agreement expired in 2019 and was extended twice while the sides "
        "negotiated, the officials said.\n\n"
        "A further round is planned for April, according to the ministry.\n"
    )
    article = parse_text_dump(text)
    # March 4 fell on a Thursday in 2021: the first such year after the latest one mentioned.
    assert article.published == dt.date(2021, 3, 4)
    assert article.dateline == "OSLO"
    assert article.outlet == "NTB"
    assert article.paragraphs[0].text.startswith("Norway and the European Union")


def test_dateline_without_any_year_leaves_date_unset() -> None:
    text = (
        "Storm closes ports\n\n"
        "LISBON, May 2 (Lusa) - Ports along the coast were closed as a storm brought waves of "
        "up to nine metres, the maritime authority said in a statement.\n\n"
        "Ferries to the islands were cancelled and fishing boats stayed in harbour for a second "
        "day, local officials said.\n"
    )
    article = parse_text_dump(text)
    assert article.published is None
    assert article.dateline == "LISBON"
    assert article.outlet == "Lusa"
    assert article.warnings


def test_hard_wrapped_text_is_rejoined() -> None:
    assert wrap_width(WRAPPED) is not None
    article = _read(WRAPPED)
    assert article.title == "Council approves new cycle lanes after two-year debate"
    assert len(article.paragraphs) == 4
    assert article.paragraphs[0].text == (
        "The city council voted on Thursday to build eleven kilometres of protected cycle lanes "
        "through the centre, ending a debate that has divided residents and shop owners for more "
        "than two years."
    )
    assert article.paragraphs[2].text.startswith("\"This is a good day for everyone who wants")
    _assert_maps_back(WRAPPED, article)


def test_one_block_per_line_is_not_taken_for_wrapping() -> None:
    assert wrap_width(OTHER_SITE) is None
    assert wrap_width(CLEAN) is None
    blocks = split_blocks("Title\nA line.\nAnother line.\n")
    assert [b.text for b in blocks] == ["Title", "A line.", "Another line."]


def test_wrapped_hyphenation_is_joined_without_a_space() -> None:
    lines = ["word " * 13 + "well-", "known facts " * 6 + "and", "more words " * 6 + "here."]
    text = "\n".join(lines * 2)
    blocks = split_blocks(text)
    assert len(blocks) == 1
    assert "well-known" in blocks[0].text


def test_clean_text_passes_through_untouched() -> None:
    article = _read(CLEAN)
    assert article.title == "Scientists map the deepest trench in the Atlantic"
    assert [p.text for p in article.paragraphs] == CLEAN_PARAGRAPHS
    assert all(p.role == "paragraph" for p in article.paragraphs)
    _assert_maps_back(CLEAN, article)


def test_clean_text_without_title_keeps_every_paragraph() -> None:
    text = "\n\n".join(CLEAN_PARAGRAPHS)
    article = parse_text_dump(text)
    assert article.title is None
    assert [p.text for p in article.paragraphs] == CLEAN_PARAGRAPHS


def test_subheadings_and_list_items() -> None:
    prose = (
        "The committee heard evidence from eleven witnesses over three days, including two "
        "former ministers and the head of the regulator, before publishing its findings."
    )
    text = "\n".join(
        [
            "Inquiry finds failures in the regulator's oversight",
            prose,
            "What went wrong",
            prose.replace("eleven", "twelve"),
            "The report lists three failures:",
            "- Inspections were cut by half.",
            "- Warnings from staff were ignored.",
            "- Fines went unpaid for years.",
            prose.replace("eleven", "nine"),
        ]
    )
    article = parse_text_dump(text)
    assert article.subheadings == ("What went wrong",)
    items = [p.text for p in article.paragraphs if p.role == "list_item"]
    assert items == [
        "- Inspections were cut by half.",
        "- Warnings from staff were ignored.",
        "- Fines went unpaid for years.",
    ]


def test_related_headline_list_inside_the_text_is_dropped() -> None:
    prose = (
        "Rescue teams worked through the night to reach villages cut off by the landslide, "
        "which buried the only road into the valley on {} afternoon."
    )
    days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    text = "\n".join(
        [
            "Landslide cuts off mountain villages",
            *(prose.format(day) for day in days[:3]),
            "Read more",
            "Floods hit northern towns for third time this year",
            "Minister visits flood-hit region",
            "Weather service warns of more heavy rain",
            *(prose.format(day) for day in days[3:]),
        ]
    )
    article = parse_text_dump(text)
    assert [p.text for p in article.paragraphs] == [prose.format(day) for day in days]
    assert all("Floods" not in p.text and "Minister" not in p.text for p in article.paragraphs)


def test_repeated_site_name_is_the_outlet_and_not_body() -> None:
    prose = (
        "The central bank left its main interest rate unchanged on Wednesday, saying inflation "
        "was falling faster than it had expected in the spring."
    )
    text = "\n\n".join(
        ["Harbour Daily Herald", "Central bank holds rates", "Harbour Daily Herald", prose,
         prose.replace("Wednesday", "Thursday"), "Harbour Daily Herald"]
    )
    article = parse_text_dump(text)
    assert article.outlet == "Harbour Daily Herald"
    assert article.title == "Central bank holds rates"
    assert all("Herald" not in p.text for p in article.paragraphs)


def test_extra_boilerplate_phrases_extend_the_lexicon() -> None:
    prose = (
        "The museum reopened its east wing on Saturday after a two-year renovation that cost "
        "more than the building's original construction, the director said."
    )
    text = "\n\n".join(
        ["Museum reopens east wing", prose, "Tickets from the box office", prose + " Again."]
    )
    plain = parse_text_dump(text)
    assert any(p.text == "Tickets from the box office" for p in plain.paragraphs)
    extended = _read(text, extra_boilerplate=("tickets from the box office",))
    assert all(p.text != "Tickets from the box office" for p in extended.paragraphs)
    lexicon = Lexicon.build(["Tickets from the box office"])
    assert lexicon.is_phrase("TICKETS from the box office")
    assert is_boilerplate_line("Tickets from the box office", lexicon=lexicon)
    assert not is_boilerplate_line("Tickets from the box office")


@pytest.mark.parametrize(
    "line",
    ["Show More", "Back to top button", "Join the mailing list", "Share this article",
     "Accept all cookies", "© 2024 Example Media Ltd", "Advertisement", "Home | News | Sport",
     "Lire la suite", "Alle Rechte vorbehalten", "https://example.com/story/123",
     "Cheap flights to the sun - BOOK NOW", "Sign up for our newsletter"],
)
def test_furniture_lines(line: str) -> None:
    lexicon = Lexicon.build(["book now"])
    assert is_boilerplate_line(line, lexicon=lexicon)


@pytest.mark.parametrize(
    "line",
    ["He declined to comment.", "“No.”", "It is not the first time.", "Share prices fell 3%.",
     "More than 200 people attended the hearing on Monday.", "Read the full statement here."],
)
def test_short_real_sentences_are_not_furniture(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_byline_with_date_and_updated_line() -> None:
    prose = (
        "Rail workers will strike for 48 hours from Friday after talks over pay broke down late "
        "on Tuesday, their union said in a statement."
    )
    text = "\n".join(
        ["Rail strike called for the weekend", "By Priya Natarajan", "Updated: 2022-07-13 18:40",
         "Posted on July 12, 2022", prose, prose.replace("Friday", "Saturday")]
    )
    article = parse_text_dump(text)
    assert article.authors == ("Priya Natarajan",)
    assert article.published == dt.date(2022, 7, 12)
    assert article.updated == dt.datetime(2022, 7, 13, 18, 40, tzinfo=dt.timezone.utc)


def test_by_sentence_is_not_a_byline() -> None:
    prose = (
        "By the time the polls closed, turnout had reached its highest level in two decades, "
        "the electoral commission said on Sunday night."
    )
    article = parse_text_dump("Turnout hits record high\n\n" + prose + "\n\n" + prose)
    assert article.authors == ()
    assert article.paragraphs[0].text == prose


def test_detect() -> None:
    ingester = TextIngester()
    assert 0 < ingester.detect(Document.from_text("Just some words.\n")) < 0.5
    assert ingester.detect(Document.from_bytes(b"\x00\x01\x02\x03binary\x00" * 20)) == 0.0
    assert ingester.detect(Document.from_bytes(bytes(range(256)) * 4)) == 0.0
    assert ingester.detect(Document.from_text("<!DOCTYPE html><html></html>")) == 0.0
    assert ingester.detect(Document.from_text("<?xml version='1.0'?><rss></rss>")) == 0.0
    utf16 = "A line of text.\n".encode("utf-16")
    assert ingester.detect(Document.from_bytes(utf16)) > 0
    latin1 = "Caf\u00e9 cr\u00e8me et gar\u00e7on.\n".encode("latin-1") * 10
    assert ingester.detect(Document.from_bytes(latin1)) > 0


def test_plugin_registers_the_text_ingester() -> None:
    from newsclaims.ingesters import text

    registered: list[object] = []
    text.register_ingesters(register=registered.append)
    assert len(registered) == 1
    ingester = registered[0]
    assert isinstance(ingester, TextIngester)
    assert ingester.name == "text"


def test_empty_and_furniture_only_input() -> None:
    assert parse_text_dump("").paragraphs == ()
    assert parse_text_dump("   \n\n  ").body == ""
    article = parse_text_dump("Home\nShare\nSubscribe\n© 2020 Example")
    assert article.body == ""
    assert article.title is None


def test_short_text_without_prose() -> None:
    article = parse_text_dump("Hello world.")
    assert [p.text for p in article.paragraphs] == ["Hello world."]
    article = parse_text_dump("Notice\n\nThe office is closed today.")
    assert article.title == "Notice"
    assert [p.text for p in article.paragraphs] == ["The office is closed today."]


def test_text_in_a_language_without_listed_function_words() -> None:
    text = "\n".join(
        [
            "Главная",
            "Новости",
            "Правительство одобрило новый бюджет на следующий год",
            "Правительство в среду одобрило проект бюджета на следующий год, сообщили в "
            "министерстве финансов. Документ будет направлен в парламент на следующей неделе.",
            "По словам министра, расходы на образование и здравоохранение вырастут почти на "
            "десять процентов по сравнению с текущим годом.",
            "Оппозиция раскритиковала проект, заявив, что он не учитывает рост цен на продукты "
            "питания и коммунальные услуги.",
            "Поделиться",
            "Все права защищены",
        ]
    )
    article = parse_text_dump(text)
    assert article.title == "Правительство одобрило новый бюджет на следующий год"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1].text.startswith("Оппозиция")


def test_comments_after_the_article_are_not_body() -> None:
    prose = (
        "The city will close the old harbour bridge to cars for six months from April while "
        "engineers replace its corroded steel cables, the transport department said on {}."
    )
    comments = [
        "I drive over that bridge every day and this is going to be a nightmare for all of us.",
        "About time too, it has been falling apart for years and nobody in charge seemed to care.",
    ]
    text = "\n".join(
        ["Harbour bridge to close for repairs", prose.format("Monday"), prose.format("Tuesday"),
         prose.format("Friday"), "Comments", *comments]
    )
    article = parse_text_dump(text)
    assert [p.text for p in article.paragraphs] == [
        prose.format(day) for day in ("Monday", "Tuesday", "Friday")
    ]
    extended = parse_text_dump(text.replace("Comments", "What readers say"))
    assert len(extended.paragraphs) == 6  # an unknown heading does not end the article...
    lexicon = Lexicon.build(extra_end=["what readers say"])
    cut = parse_text_dump(text.replace("Comments", "What readers say"), lexicon=lexicon)
    assert len(cut.paragraphs) == 3  # ...unless the caller names it


def test_program_code_inside_an_article_is_kept() -> None:
    prose = (
        "The function below opens the file, copies its contents into the destination and "
        "reports how many bytes were written, closing both files when it returns."
    )
    code = "func Copy(dst, src string) (int64, error) { f, err := os.Open(src); if err != nil { " \
        "return 0, err }; defer f.Close(); return io.Copy(d, f) }"
    text = "\n".join(["Copying files in Go", prose, code, prose.replace("below", "above")])
    article = parse_text_dump(text)
    assert [p.text for p in article.paragraphs][1] == code


_GUIDE_PROSE = [
    "Buying a secondhand road bike can save you hundreds, but only if the frame fits and the "
    "parts are not worn out, and a seller will rarely point out either problem.",
    "Start with the frame size: stand over the top tube and check there is a few centimetres "
    "of clearance, then ask the seller when the chain and cassette were last replaced.",
    "Spin both wheels and squeeze the brakes hard before you talk about the price, because a "
    "buckled rim or glazed pads will cost you more than the discount you negotiated.",
]


def _guide_page(head: list[str]) -> str:
    nav = ["Shop", "Workshop", "Bike Fitting Services", "Gift Cards", "Contact"]
    return "\n".join([*nav, *head, *_GUIDE_PROSE, "© 2023 Spokes & Chains"])


def test_headline_above_the_byline_beats_a_heading_inside_the_article() -> None:
    # The prose starts late; the in-article heading shares more words with it, but only
    # the headline carries the article's byline and date.
    text = _guide_page([
        "How to buy a secondhand road bike without overpaying",
        "By Priya Natarajan",
        "Updated on 4 May 2023",
        "Table of contents",
        "Why the frame size and wheels of a secondhand road bike matter",
        "Brakes, chain and cassette checks",
    ])
    assert parse_text_dump(text).title == "How to buy a secondhand road bike without overpaying"


def test_headline_printed_twice_beats_a_menu_entry() -> None:
    # A breadcrumb ending in the headline, then the headline itself: a page title.
    text = _guide_page([
        "HomeGuidesWhat to check before buying a used bike",
        "What to check before buying a used bike",
        "Frame size",
        "Spotting a worn chain and cassette",
    ])
    assert parse_text_dump(text).title == "What to check before buying a used bike"


def test_short_headline_repeated_in_place_is_not_taken_for_the_site_name() -> None:
    text = _guide_page([
        "Secondhand Road Bikes",
        "Secondhand Road Bikes",
        "Updated on 4 May 2023",
    ])
    assert parse_text_dump(text).title == "Secondhand Road Bikes"


def test_a_repeated_button_line_is_no_headline_over_a_standfirst() -> None:
    # Two long title-shaped lines in a row usually are a headline and its standfirst, but a
    # line the page prints again elsewhere is a button or menu entry.
    button = "Book a free fitting with our workshop team"
    text = "\n".join([
        button, "Shop", "Workshop", button, "Guides",
        "Eight checks that tell you a secondhand road bike is worth the money",
        "By Priya Natarajan", "Updated on 4 May 2023", *_GUIDE_PROSE,
    ])
    assert parse_text_dump(text).title == (
        "Eight checks that tell you a secondhand road bike is worth the money"
    )


@pytest.mark.parametrize("separator", [" | ", " - ", " – ", " — "])
def test_site_name_fused_after_the_headline_is_stripped(separator: str) -> None:
    text = _guide_page([f"Buying a used road bike{separator}Spokes & Chains", "By Priya Natarajan"])
    assert parse_text_dump(text).title == "Buying a used road bike"


def test_suffix_the_page_does_not_name_itself_is_kept() -> None:
    # "Headline - Speaker": the speaker is named in the text, not as the site.
    text = _guide_page(["Frame size matters more than the brand - Natarajan", "By Priya Natarajan"])
    assert parse_text_dump(text).title == "Frame size matters more than the brand - Natarajan"
    alone = "\n".join(["Weekend rides: Hill routes near the city | Ride Club", *_GUIDE_PROSE])
    assert parse_text_dump(alone).title == "Weekend rides: Hill routes near the city | Ride Club"


def test_photo_credit_is_no_headline() -> None:
    # The caption shares more words with the text than the headline does.
    text = _guide_page([
        "Before you pay: our checklist", "Updated on 4 May 2023",
        "Photo: secondhand road bike frame, chain and brakes",
    ])
    assert parse_text_dump(text).title == "Before you pay: our checklist"
