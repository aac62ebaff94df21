"""newsclaims.testing catches the mistakes it promises to catch, and its fixtures clean up."""

import itertools
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import pytest

import newsclaims
from newsclaims import plugins
from newsclaims.document import Document
from newsclaims.errors import MalformedInput
from newsclaims.model import Article, Source
from newsclaims.testing import (
    IngesterContract,
    check_articles,
    check_detect_never_raises,
    check_deterministic,
    check_ingest_random_input,
    check_ingester,
    check_registers,
    validate_article,
)

pytest_plugins = ["newsclaims.testing"]


class Good:
    """Reads 'NOTE:' documents; rejects other input with a typed error."""

    name: str = "note"
    media_types: tuple[str, ...] = ("text/x-note",)
    extensions: tuple[str, ...] = (".note",)

    def detect(self, document: Document) -> float:
        return 0.8 if document.head.startswith(b"NOTE:") else 0.0

    def ingest(self, document: Document) -> Iterator[Article]:
        if not document.data.startswith(b"NOTE:"):
            raise MalformedInput("not a note", source=document.location)
        text = document.data[5:].decode("utf-8", "replace").strip() or "(empty)"
        yield self.article(text)

    def article(self, text: str, **fields: Any) -> Article:
        fields.setdefault("source", Source(ingester=self.name))
        return Article.from_paragraphs([text], title="A note", **fields)


SAMPLE = b"NOTE: the river rose by two metres overnight"


class TestGoodContract(IngesterContract):
    ingester = Good()
    samples: ClassVar = [SAMPLE]


def test_good_ingester_passes_in_one_call() -> None:
    check_ingester(Good(), [SAMPLE])


def _fails(check: Callable[[], object], words: str) -> None:
    with pytest.raises(AssertionError) as caught:
        check()
    assert words in str(caught.value)


def test_detect_that_raises_is_caught() -> None:
    class Fragile(Good):
        def detect(self, document: Document) -> float:
            return 1.0 / len(document.data)  # ZeroDivisionError on empty input

    _fails(lambda: check_detect_never_raises(Fragile(), [SAMPLE]), "detect raised")


@pytest.mark.parametrize("score", [2.0, float("nan"), -0.1, "high"])
def test_detect_out_of_range_is_caught(score: object) -> None:
    class Overconfident(Good):
        def detect(self, document: Document) -> float:
            return score  # type: ignore[return-value]

    _fails(lambda: check_detect_never_raises(Overconfident(), [SAMPLE]), "detect returned")


def test_untyped_exception_from_ingest_is_caught() -> None:
    class Sloppy(Good):
        def ingest(self, document: Document) -> Iterator[Article]:
            yield self.article(document.data.decode("ascii"))  # UnicodeDecodeError

    _fails(lambda: check_ingest_random_input(Sloppy(), [SAMPLE]), "NewsclaimsError")


def test_nondeterminism_is_caught() -> None:
    counter = itertools.count()

    class Drifting(Good):
        def ingest(self, document: Document) -> Iterator[Article]:
            yield self.article(f"note number {next(counter)}")

    _fails(lambda: check_deterministic(Drifting(), [SAMPLE]), "different articles")


def test_schema_violation_is_caught() -> None:
    # The model accepts any string id; the schema wants a 16-digit content hash.
    class BadId(Good):
        def ingest(self, document: Document) -> Iterator[Article]:
            yield self.article("text", id="not-a-hash")

    _fails(lambda: check_articles(BadId(), [SAMPLE]), "does not match the schema")
    _fails(lambda: validate_article(Good().article("x", id="XYZ")), "schema at id")


def test_lone_surrogate_is_caught() -> None:
    class Surrogates(Good):
        def ingest(self, document: Document) -> Iterator[Article]:
            yield self.article(document.text)

    _fails(lambda: check_articles(Surrogates(), ["NOTE: broken \ud800 text"]), "lone surrogate")


def test_wrong_source_ingester_is_caught() -> None:
    class Anonymous(Good):
        def ingest(self, document: Document) -> Iterator[Article]:
            yield self.article("text", source=Source())

    _fails(lambda: check_articles(Anonymous(), [SAMPLE]), "source.ingester")


def test_non_article_and_no_article_are_caught() -> None:
    class Dicts(Good):
        def ingest(self, document: Document) -> Iterator[Article]:
            yield {"title": "x"}  # type: ignore[misc]

    class Silent(Good):
        def ingest(self, document: Document) -> Iterator[Article]:
            return iter(())

    _fails(lambda: check_articles(Dicts(), [SAMPLE]), "not an Article")
    _fails(lambda: check_articles(Silent(), [SAMPLE]), "yields no article")


def test_undetected_sample_is_caught_unless_waived() -> None:
    _fails(lambda: check_articles(Good(), [b"NOTE:x", b"plain"]), "expected > 0")
    with pytest.raises(MalformedInput):  # waiving detection still needs readable samples
        check_articles(Good(), [b"plain"], detects=False)


def test_unregistrable_ingester_is_caught() -> None:
    class Nameless(Good):
        name = ""

    _fails(lambda: check_registers(Nameless()), "rejects the ingester")


def test_register_plugin_takes_a_bare_ingester(register_plugin: Callable[..., str]) -> None:
    register_plugin(Good())
    [article] = newsclaims.ingest(SAMPLE, quotes=False)
    assert article.source.ingester == "note"


def test_fresh_registry_is_installed_and_then_restored(request: pytest.FixtureRequest) -> None:
    before = plugins.get_registry()

    def restored() -> None:
        assert plugins.get_registry() is before

    request.addfinalizer(restored)  # runs after the fixture's own teardown
    fresh = request.getfixturevalue("fresh_registry")
    assert plugins.get_registry() is fresh is not before
    assert {"text", "html"} <= {info.ingester.name for info in fresh.ingesters()}
    assert "warc" not in {info.ingester.name for info in fresh.ingesters()}
