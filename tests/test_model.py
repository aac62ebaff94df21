"""The model's shapes: validators at the boundary, stable ids, exact round-trips."""

import datetime as dt
import json

import attrs
import pytest
from hypothesis import given

from newsclaims.model import Article, Claim, Paragraph, Quantity, Quote, Source, Span, Speaker
from tests.strategies import articles


def test_span_rejects_end_before_start() -> None:
    with pytest.raises(ValueError):
        Span(5, 3)
    with pytest.raises(ValueError):
        Span(-1, 3)


def test_quote_span_must_match_text_length() -> None:
    with pytest.raises(ValueError):
        Quote(text="abc", span=Span(0, 2))


def test_article_rejects_quote_that_does_not_slice_body() -> None:
    article = Article.from_paragraphs(["He said “yes” today."])
    good = Quote(text="yes", span=Span(9, 12))
    assert attrs.evolve(article, quotes=[good]).quotes == (good,)
    with pytest.raises(ValueError):
        attrs.evolve(article, quotes=[Quote(text="yes", span=Span(0, 3))])


def test_from_paragraphs_joins_with_blank_line_and_spans_slice() -> None:
    article = Article.from_paragraphs([("Heading", "subheading"), "First para.", "", "Second."])
    assert article.body == "Heading\n\nFirst para.\n\nSecond."
    for paragraph in article.paragraphs:
        assert paragraph.span.slice(article.body) == paragraph.text
    assert article.subheadings == ("Heading",)


def test_paragraph_span_checked_against_body() -> None:
    with pytest.raises(ValueError):
        Article(body="abc", paragraphs=[Paragraph(text="xyz", span=Span(0, 3))])


def test_naive_datetime_is_read_as_utc_and_dates_stay_dates() -> None:
    article = Article(published=dt.datetime(2020, 11, 1, 16, 25), updated=dt.date(2020, 11, 2))
    assert article.published == dt.datetime(2020, 11, 1, 16, 25, tzinfo=dt.timezone.utc)
    assert article.updated == dt.date(2020, 11, 2)
    with pytest.raises(TypeError):
        Article(published="2020-11-01")  # type: ignore[arg-type]


def test_confidence_bounds_and_polarity_values() -> None:
    with pytest.raises(ValueError):
        Quote(text="", span=Span(0, 0), confidence=1.5)
    with pytest.raises(ValueError):
        Claim(statement="x", polarity="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Quantity(value=float("nan"), surface="nan")
    with pytest.raises(ValueError):
        Speaker(name="  ")


def test_id_is_a_content_hash() -> None:
    one = Article.from_paragraphs(["Body text."], title="T", url="https://x.example/a")
    two = Article.from_paragraphs(["Body text."], title="T", url="https://x.example/a")
    other = Article.from_paragraphs(["Body text!"], title="T", url="https://x.example/a")
    assert one.id == two.id
    assert one.id != other.id
    # evolve keeps the id: it names the ingested input, not what was found in it later.
    assert attrs.evolve(one, quotes=()).id == one.id


def test_source_maps_body_offsets_to_input() -> None:
    source = Source(offset_map=[(0, 10), (5, 20)])
    assert source.to_input_offset(0) == 10
    assert source.to_input_offset(4) == 14
    assert source.to_input_offset(7) == 22
    assert Source().to_input_offset(3) is None
    with pytest.raises(ValueError):
        Source(offset_map=[(5, 1), (2, 3)])


def test_sequences_are_frozen_to_tuples() -> None:
    article = Article(authors=["A", "B"])
    assert article.authors == ("A", "B")
    with pytest.raises(TypeError):
        Article(authors="AB")


@given(articles())
def test_to_dict_from_dict_round_trips_exactly(article: Article) -> None:
    data = article.to_dict()
    assert Article.from_dict(data) == article
    # and survives real JSON text
    assert Article.from_dict(json.loads(json.dumps(data))) == article


@given(articles())
def test_small_objects_round_trip(article: Article) -> None:
    for quote in article.quotes:
        assert Quote.from_dict(quote.to_dict()) == quote
        if quote.speaker is not None:
            assert Speaker.from_dict(quote.speaker.to_dict()) == quote.speaker
    for claim in article.claims:
        assert Claim.from_dict(claim.to_dict()) == claim
        for quantity in claim.quantities:
            assert Quantity.from_dict(quantity.to_dict()) == quantity


def test_ids_are_stable_across_processes() -> None:
    import os
    import pathlib
    import subprocess
    import sys

    seeds = pathlib.Path(__file__).resolve().parents[1] / "seeds"
    script = ("import pathlib, newsclaims; print(' '.join(a.id for a in "
              f"newsclaims.ingest(pathlib.Path({str(seeds)!r}), quotes=False)))")
    runs = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip()
        for seed in ("1", "2")
    }
    assert len(runs) == 1
    assert len(runs.pop().split()) == 5
