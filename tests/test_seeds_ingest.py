"""Acceptance tests: the five seed page dumps read by the text ingester's general rules."""

import datetime as dt
import pathlib

import pytest

from newsclaims.document import Document
from newsclaims.ingesters.text import TextIngester
from newsclaims.model import Article
from newsclaims.normalize.text import normalize_text

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"

FURNITURE = (
    "Show More",
    "Back to top button",
    "Join the mailing list",
    "JOIN NOW",
    "Iran Press TV",
    "All news",
    "Azerbaijan, Ilham Aliyev",
    "date 2020-11-05",
)


def _seed(prefix: str) -> tuple[str, Article]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    document = Document.from_path(path)
    articles = list(TextIngester().ingest(document))
    assert len(articles) == 1
    return document.text, articles[0]


@pytest.fixture(scope="module", params=["000", "001", "002", "003", "004"])
def seed(request: pytest.FixtureRequest) -> tuple[str, Article]:
    return _seed(request.param)


def test_headlines() -> None:
    expected = {
        "000": "Aliyev’s emotional reaction to Lavrov’s words unclear to Moscow – MFA",
        "001": "Russian Foreign Ministry Calls Out Aliyev After He Lied about Mercenaries",
        "002": "Foreign troops not engaged in Azerbaijan’s military operations — diplomat",
        "003": "“Russia has chosen to be neutral in the conflict,” says Azerbaijan’s president",
        "004": "Aliyev rejects Russia's possible intervention in Karabakh conflict as "
        "'Azerbaijan fights on own land'",
    }
    for prefix, title in expected.items():
        assert _seed(prefix)[1].title == title, prefix


def test_standfirsts() -> None:
    standfirst_002 = _seed("002")[1].standfirst
    assert standfirst_002 is not None
    assert standfirst_002.startswith("Azerbaijan shares the world’s concerns")
    assert standfirst_002.endswith("Rzayev said")
    standfirst_003 = _seed("003")[1].standfirst
    assert standfirst_003 is not None
    assert standfirst_003.startswith("Aliyev accuses Armenia")
    for prefix in ("000", "001", "004"):
        assert _seed(prefix)[1].standfirst is None, prefix


def test_standfirst_is_not_repeated_as_first_paragraph() -> None:
    _, article = _seed("003")
    assert article.paragraphs[0].text.startswith("Azerbaijan’s President Ilham Aliyev said")


def test_outlets() -> None:
    assert _seed("002")[1].outlet == "TASS"
    assert _seed("004")[1].outlet == "Iran Press TV"
    assert _seed("000")[1].outlet is None


def test_dates() -> None:
    assert _seed("001")[1].published == dt.date(2020, 11, 5)
    assert _seed("002")[1].published == dt.date(2020, 10, 3)
    published = _seed("004")[1].published
    assert isinstance(published, dt.datetime)
    assert (published.year, published.month, published.day) == (2020, 11, 1)
    assert (published.hour, published.minute) == (16, 25)
    assert _seed("000")[1].published is None


def test_dateline_removed_from_first_paragraph() -> None:
    text, article = _seed("002")
    assert article.dateline == "BAKU"
    first = article.paragraphs[0].text
    assert first.startswith("No foreign soldiers fight in Azerbaijan’s military operations")
    assert first.endswith("Fariz Rzayev told TASS on Saturday.")
    assert "BAKU" not in first and "/TASS/" not in first
    assert first in normalize_text(text)


def test_subheadings() -> None:
    _, article = _seed("003")
    assert article.subheadings == (
        "Azerbaijan’s problem is not with the Armenians, but with their government",
        "Turkey criticises Canada’s arms embargo",
    )
    for prefix in ("000", "001", "002", "004"):
        assert _seed(prefix)[1].subheadings == (), prefix


def test_no_furniture_in_body(seed: tuple[str, Article]) -> None:
    _, article = seed
    for paragraph in article.paragraphs:
        for line in FURNITURE:
            assert line not in paragraph.text
    assert article.title not in [p.text for p in article.paragraphs]


def test_every_real_paragraph_kept(seed: tuple[str, Article]) -> None:
    text, article = seed
    # Every line of the seed that is a sentence of prose ends up in the body (or standfirst);
    # only a dateline may be cut from the front of one.
    kept = [p.text for p in article.paragraphs] + [article.standfirst or ""]
    for line in text.splitlines():
        line = normalize_text(line)
        if len(line.split()) >= 15 and line[-1] in ".”\"":
            assert any(k and line.endswith(k) for k in kept), line[:60]


def test_paragraph_starts_map_back_to_the_input(seed: tuple[str, Article]) -> None:
    text, article = seed
    for paragraph in article.paragraphs:
        start = article.source.to_input_offset(paragraph.span.start)
        last = article.source.to_input_offset(paragraph.span.end - 1)
        assert start is not None and last is not None
        assert normalize_text(text[start : last + 1]) == paragraph.text


def test_provenance(seed: tuple[str, Article]) -> None:
    _, article = seed
    assert article.source.ingester == "text"
    assert article.source.location is not None and article.source.location.endswith(".txt")
    assert article.source.encoding == "utf-8"
