"""Where an article in a page dump ends: comment sections and teaser lists written as prose,
on dumps written for these tests (other sites, other wordings), and what must not be cut."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.textdump import parse_text_dump
from newsclaims.textdump.boilerplate import classify, features
from newsclaims.textdump.engine import find_body
from newsclaims.textdump.lexicon import DEFAULT_LEXICON
from newsclaims.textdump.lines import split_blocks
from newsclaims.textdump.tail import cut_tail, is_signature

ARTICLE = [
    "Harbour bridge to close for six weeks of repairs",
    "By Lena Okafor",
    "The old harbour bridge will close to all traffic from next month while engineers replace "
    "corroded cables, the city's transport department said on Thursday.",
    "Commuters will be directed to the ring road, which officials expect to add about twenty "
    "minutes to a typical morning journey into the centre.",
    "\"We know this is a real inconvenience, but the cables have reached the end of their "
    "safe life,\" said the department's chief engineer, Paul Meyer.",
    "Ferry operators have agreed to run extra crossings at peak hours, and the city will "
    "waive parking fees at the two park-and-ride sites on the north shore.",
    "The work is expected to cost about 14 million euros and is being paid for from the "
    "regional infrastructure fund approved by councillors last year.",
]
LAST_SENTENCE = "regional infrastructure fund approved by councillors last year."


def _body(lines: list[str]) -> str:
    return parse_text_dump("\n".join(lines) + "\n").body


@pytest.mark.parametrize("heading", [["4 Comments"], []])
def test_comment_section_with_name_and_date_lines_is_cut(heading: list[str]) -> None:
    comments = [
        *heading,
        "marta_k | 12 March 2024 at 9:14 am",
        "Finally. That bridge has been shaking under the buses for years and nobody did a "
        "thing about it until now.",
        "Reply",
        "Dave from Eastside | 12 March 2024 at 10:02 am",
        "Six weeks is optimistic. The last repair on the tunnel was meant to take a month and "
        "it took the whole summer.",
        "Reply",
        "J. Osei | 13 March 2024 at 7:45 pm",
        "Will the cycle lane stay open during the works? The article doesn't say and I cross "
        "it every day.",
        "Reply",
    ]
    body = _body(ARTICLE + comments)
    assert body.endswith(LAST_SENTENCE)
    assert "optimistic" not in body and "cycle lane" not in body
    assert "Comments" not in body


def test_discussion_longer_than_the_article_is_cut() -> None:
    # Relative stamps and "wrote:" lines, no heading, and more comment text than article.
    comments: list[str] = []
    for n, name in enumerate(("riverrat", "Sonia P.", "oldtimer42", "Ben", "kate_m")):
        comments += [
            f"{name} wrote:",
            f"I have lived by the harbour for {n + 10} years and the traffic on the ring road "
            "is already terrible at rush hour, so I cannot imagine what it will be like with "
            "every car from the bridge added to it. Someone should have planned this better.",
            f"{n + 2} hours ago",
        ]
    body = _body(ARTICLE + comments)
    assert body.endswith(LAST_SENTENCE)
    assert "lived by the harbour" not in body


def test_signed_article_then_comments_heading_is_cut() -> None:
    comments = ["Posted by Lena Okafor on March 11, 2024 08:30 AM", "Comments"]
    for name in ("Greg", "Amina", "Tomasz"):
        comments += [
            f"The city had years to prepare for this, and now {name.lower()}'s whole street "
            "gets to pay for the delay with longer commutes and more noise from the detour, "
            "which is exactly what residents warned about at the last council meeting.",
            "They never listen to anyone who lives here, and they never will.",
        ] * 3
    body = _body(ARTICLE + comments)
    assert body.endswith(LAST_SENTENCE)
    assert "council meeting" not in body


def test_teaser_list_after_the_article_is_cut() -> None:
    teasers = [
        "More from City",
        "New tram line opens two months ahead of schedule",
        "The eastern extension carries its first passengers from Monday. Read on for the "
        "timetable.",
        "Read more",
        "Is the city's bike-share scheme worth the money?",
        "We compared the yearly costs with five other European cities of a similar size.",
        "Read more",
        "Council votes to pedestrianise the old market square",
        "Traders are split over the plan, which takes effect in the spring if it survives "
        "a legal challenge.",
        "Read more",
    ]
    body = _body(ARTICLE + teasers)
    assert body.endswith(LAST_SENTENCE)
    assert "tram" not in body and "bike-share" not in body


def test_teaser_list_without_a_heading_is_cut() -> None:
    teasers = [
        "Museum reopens its east wing after a decade of restoration work",
        "Visitors can see the restored ceiling frescoes for the first time since the roof "
        "began to leak in 2014.",
        "Local bakery wins national prize for its rye sourdough loaf",
        "The judges praised the crust, the open crumb and the family's hundred-year-old "
        "starter above all.",
        "Heatwave warning issued for the weekend across the southern districts",
        "Temperatures are expected to reach 38 degrees on Saturday afternoon, forecasters "
        "said on Friday.",
    ]
    body = _body(ARTICLE + teasers)
    assert body.endswith(LAST_SENTENCE)
    assert "frescoes" not in body and "sourdough" not in body


def test_live_blog_entries_with_times_are_kept() -> None:
    entries = ["Election night live: counting under way", "By the politics desk"]
    for hour, text in (
        ("21:05", "Polls have closed across the country and counting has begun in most "
                  "constituencies, with the first results expected within the hour."),
        ("21:40", "Turnout appears to be higher than at the last election, according to "
                  "officials in three of the largest cities."),
        ("22:15", "The first seat has been declared, a narrow hold for the governing party "
                  "by fewer than four hundred votes."),
        ("22:50", "Opposition leaders say they are cautiously optimistic but will wait for "
                  "the urban results before commenting further."),
    ):
        entries += [hour, text]
    body = _body(entries)
    assert "Polls have closed" in body and "cautiously optimistic" in body


def test_article_of_headed_short_sections_is_kept() -> None:
    # A listicle: its items are headline + short text pairs from the start, not teasers.
    lines = [
        "Five walks to try this autumn",
        "Autumn is the best time of year to get out on foot, and these five routes show the "
        "region at its most colourful.",
        "Ridge path above the lake",
        "A steady climb through the beech woods rewards you with views over the whole valley "
        "and the far hills.",
        "The old railway line",
        "Flat, wide and shaded all the way, this route suits families with pushchairs and "
        "small children on bikes.",
        "Forest loop from the visitor centre",
        "Look out for red squirrels and the first fungi of the season along the stream that "
        "the path follows.",
        "Coastal cliffs to the lighthouse",
        "Windy but spectacular on a clear day, with seals often visible on the rocks below "
        "the cliffs at low tide.",
    ]
    body = _body(lines)
    assert "red squirrels" in body and "seals often visible" in body


def test_score_lines_with_match_reports_are_kept() -> None:
    games = []
    for score, report in (
        ("Rovers 2 United 1", "At the riverside ground, a late header settled a tense derby "
                              "in front of a sell-out crowd."),
        ("City 0 Athletic 0", "Neither side found a way through on a heavy pitch, and both "
                              "keepers were rarely troubled all afternoon."),
        ("Town 3 Wanderers 1", "Town's new striker scored twice on his debut to lift them "
                               "out of the bottom three for the first time since August."),
    ):
        games += [score, report]
    body = _body(ARTICLE + games)
    assert "sell-out crowd" in body and "bottom three" in body


def test_dateline_lede_is_not_taken_for_a_standfirst() -> None:
    lines = [
        "Storm cuts power to thousands along the coast",
        "PORTLAND, Maine (AP) - A powerful storm knocked out power to more than 40,000 homes.",
        "Utility crews were working through the night on Tuesday to restore supply, and the "
        "company said most customers should be reconnected by the weekend.",
        "Schools in three counties stayed closed, and officials urged drivers to stay off the "
        "roads while fallen trees were cleared.",
    ]
    article = parse_text_dump("\n".join(lines))
    assert article.standfirst is None
    assert "40,000 homes" in article.body


@pytest.mark.parametrize(
    "line",
    [
        "marta_k | 12 March 2024 at 9:14 am",
        "Posted by: tc on December 30, 2007 09:59 AM",
        "Sonia P. wrote:",
        "3 hours ago",
        "Reply",
        "Like · Reply · Report",
        "Jan 6, 2008",
    ],
)
def test_signature_lines(line: str) -> None:
    f = features(split_blocks(line), DEFAULT_LEXICON)[0]
    assert is_signature(line, f)


@pytest.mark.parametrize(
    "line",
    [
        "21:05",
        "7:00 p.m. – 7:30 p.m. – Kids' Bedtime",
        "The council met on 12 March 2024 to discuss the plan.",
        "Harbour bridge to close for six weeks of repairs",
        "Published on 12 March 2024 by the transport department of the city council",
    ],
)
def test_not_signature_lines(line: str) -> None:
    f = features(split_blocks(line), DEFAULT_LEXICON)[0]
    assert not is_signature(line, f)


_POOL = [
    *ARTICLE,
    "Reply",
    "3 hours ago",
    "anna | 2 May 2023",
    "Read more",
    "Council votes to pedestrianise the old market square",
    "Traders are split over the plan.",
    "Comments",
    "Is it worth it?",
]


@given(st.lists(st.sampled_from(_POOL), max_size=40))
def test_cut_tail_stays_inside_the_body(lines: list[str]) -> None:
    blocks = split_blocks("\n".join(lines))
    feats = features(blocks, DEFAULT_LEXICON)
    labels = classify(blocks, feats)
    found = find_body(labels, feats)
    if found is None:
        return
    first, last = found
    cut = cut_tail(first, last, blocks, labels, feats)
    assert first <= cut <= last
    assert cut in (last, first) or labels[cut] == "good"
    text = "\n".join(lines)
    assert parse_text_dump(text) == parse_text_dump(text)


def test_related_heading_over_a_long_teaser_list_is_cut() -> None:
    # The teasers outweigh the article, so the heading is trusted for the list's shape:
    # every blurb stands alone under its headline.
    teasers = ["Related stories"]
    for topic in ("tram", "museum", "bakery", "heatwave", "marathon", "library", "harbour"):
        teasers += [
            f"City officials unveil new plans for the {topic} next year",
            f"The plans for the {topic} were presented to councillors on Monday evening. "
            "They will go out to public consultation over the summer months. A final vote "
            "is expected in the autumn, officials said.",
        ]
    body = _body(ARTICLE + teasers)
    assert body.endswith(LAST_SENTENCE)
    assert "public consultation" not in body


def test_related_heading_inside_the_article_does_not_cut_it() -> None:
    lines = [*ARTICLE[:4], "Related", "Bridge closures in the past decade", *ARTICLE[4:]]
    body = _body(lines)
    assert body.endswith(LAST_SENTENCE)


@pytest.mark.parametrize(
    "heading", ["12 Comments", "Responses (3)", "Comments 5", "These comments are closed."]
)
def test_counted_comment_headings_end_an_article(heading: str) -> None:
    assert DEFAULT_LEXICON.ends_article(heading)


def test_code_listings_and_lead_ins_do_not_split_a_technical_article() -> None:
    code = " ".join(
        f"def load_{n}(path): with open(path) as f: data = json.load(f); "
        "return {k: v for k, v in data.items() if v is not None}"
        for n in range(5)
    )
    prose = (
        "Reading the settings file is the first thing the service does when it starts, and "
        "every later step depends on what it finds there, so the loader is worth a close look."
    )
    lines = ["Writing a configuration loader that fails loudly", prose]
    for step in ("first", "second", "third", "fourth"):
        lines += [
            f"Here is the {step} version of the loader that we will improve:",
            code,
            f"The {step} version drops empty values silently, which hides mistakes in the "
            "file until much later, when a missing value finally breaks something unrelated.",
        ]
    body = _body(lines)
    assert "fourth version drops empty values" in body
    assert "first version drops empty values" in body
