"""A plugin author's kit: the ingester contract suite and pytest fixtures.

Run every check against your ingester in one line::

    from newsclaims.testing import check_ingester
    check_ingester(MyIngester(), [b"...a sample input..."])

or subclass :class:`IngesterContract` in a test module to get one pytest test per check::

    class TestMyIngester(IngesterContract):
        ingester = MyIngester()
        samples = [b"...a sample input..."]

The fixtures ``fresh_registry`` and ``register_plugin`` become available with
``pytest_plugins = ["newsclaims.testing"]`` in your top-level ``conftest.py``.

This module needs the ``test`` extra (pytest, hypothesis, jsonschema). Its checks raise
AssertionError themselves, so pytest need not rewrite it: PYTEST_DONT_REWRITE.
"""

import functools
import importlib.resources
import json
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import ModuleType
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.document import Document
from newsclaims.errors import NewsclaimsError
from newsclaims.hookspecs import hookimpl
from newsclaims.ingester import Ingester
from newsclaims.model import Article
from newsclaims.plugins import PluginRegistry, set_registry
from newsclaims.serialize import article_from_dict, article_to_dict

Sample = bytes | str

__all__ = [
    "IngesterContract",
    "article_schema",
    "check_articles",
    "check_detect_never_raises",
    "check_deterministic",
    "check_ingest_random_input",
    "check_ingester",
    "check_integrity",
    "check_registers",
    "fresh_registry",
    "ingester_plugin",
    "iter_strings",
    "register_plugin",
    "validate_article",
]


# -- schema ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def article_schema() -> dict[str, Any]:
    """The JSON Schema every serialised article satisfies (shipped inside the package)."""
    resource = importlib.resources.files("newsclaims") / "schema" / "article.schema.json"
    schema: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return schema


@functools.lru_cache(maxsize=1)
def _validator() -> Any:
    try:
        import jsonschema
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("newsclaims.testing needs jsonschema: pip install 'newsclaims[test]'") \
            from exc
    cls = jsonschema.validators.validator_for(article_schema())
    return cls(article_schema())


def validate_article(article: Article) -> None:
    """Fail unless ``article`` serialises to schema-valid JSON and reads back equal."""
    data = article_to_dict(article)
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(root)"
        raise AssertionError(
            f"article {article.id} does not match the schema at {where}: {errors[0].message}"
            + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else "")
        )
    # A JSON round trip catches values the schema allows but the model cannot read back.
    text = json.dumps(data, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        near = text[max(exc.start - 20, 0) : exc.end + 20]
        raise AssertionError(f"article {article.id} holds a lone surrogate, which is not valid "
                             f"Unicode text: {near!r}") from exc
    again = article_from_dict(json.loads(text))
    if again != article:
        raise AssertionError(f"article {article.id} does not survive a JSON round trip")


def iter_strings(value: Any) -> Iterator[str]:
    """Every string inside a model object, its tuples and nested attrs objects."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from iter_strings(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from iter_strings(getattr(value, field.name))


def check_integrity(article: Article, *, strict_unicode: bool = True) -> None:
    """Fail unless every span slices the body and every string is valid Unicode text.

    With ``strict_unicode`` also refuse U+0000-style controls and lone surrogates that the
    library promises never to return (see ``newsclaims.decoding.has_invalid_chars``).
    """
    from newsclaims.decoding import has_invalid_chars

    for paragraph in article.paragraphs:
        if paragraph.span.slice(article.body) != paragraph.text:
            raise AssertionError(f"paragraph span {paragraph.span} does not slice the body")
    for quote in article.quotes:
        if quote.span.slice(article.body) != quote.text:
            raise AssertionError(f"quote span {quote.span} does not slice the body")
    for text in iter_strings(article):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise AssertionError(f"invalid Unicode in {text[:60]!r}") from exc
        if strict_unicode and has_invalid_chars(text):
            raise AssertionError(f"invalid character in {text[:60]!r}")


def _check_spans(article: Article, document: Document) -> None:
    check_integrity(article, strict_unicode=False)
    if article.source.offset_map:
        limit = len(document.text)
        for _, input_offset in article.source.offset_map:
            if input_offset > limit:
                raise AssertionError(
                    f"offset_map anchor {input_offset} lies past the input's {limit} characters"
                )


# -- documents ------------------------------------------------------------------------------


def _document(sample: Sample | Document, location: str | None = None) -> Document:
    if isinstance(sample, Document):
        return sample
    if isinstance(sample, str):
        return Document.from_text(sample, location=location)
    return Document.from_bytes(sample, location=location)


def _ingest(ingester: Ingester, sample: Sample | Document) -> list[Article]:
    articles = list(ingester.ingest(_document(sample)))
    for article in articles:
        if not isinstance(article, Article):
            raise AssertionError(
                f"ingester {ingester.name!r} yielded a {type(article).__name__}, not an Article"
            )
    return articles


def _describe(sample: Sample | Document) -> str:
    if isinstance(sample, Document):
        return sample.location or repr(sample.data[:40])
    return repr(sample[:40])


# -- the checks -----------------------------------------------------------------------------


def check_articles(
    ingester: Ingester, samples: Iterable[Sample | Document], *, detects: bool = True
) -> list[Article]:
    """Every sample is recognised and yields articles that validate; returns the articles."""
    found: list[Article] = []
    for sample in samples:
        document = _document(sample)
        if detects:
            score = ingester.detect(document)
            if not score > 0.0:
                raise AssertionError(f"{ingester.name}.detect() scores sample "
                                     f"{_describe(sample)} {score!r}, expected > 0")
        articles = _ingest(ingester, document)
        if not articles:
            raise AssertionError(f"{ingester.name} yields no article for {_describe(sample)}")
        for article in articles:
            validate_article(article)
            _check_spans(article, document)
            if article.source.ingester != ingester.name:
                raise AssertionError(f"article.source.ingester is {article.source.ingester!r}, "
                                     f"expected {ingester.name!r}")
        found.extend(articles)
    return found


def check_deterministic(ingester: Ingester, samples: Iterable[Sample | Document]) -> None:
    """The same bytes give identical articles (ids included) every time."""
    for sample in samples:
        first, second = _ingest(ingester, sample), _ingest(ingester, sample)
        if first != second:
            raise AssertionError(
                f"{ingester.name} gives different articles for the same input {_describe(sample)}"
            )


def _mutations(samples: Sequence[Sample]) -> st.SearchStrategy[bytes]:
    # Truncated and spliced samples reach deeper into a parser than uniform noise does.
    raw = [s.encode("utf-8", "surrogatepass") if isinstance(s, str) else s for s in samples]
    if not raw:
        return st.binary(max_size=512)

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        base = draw(st.sampled_from(raw))
        cut = draw(st.integers(min_value=0, max_value=len(base)))
        noise = draw(st.binary(max_size=32))
        where = draw(st.integers(min_value=0, max_value=cut))
        return base[:where] + noise + base[where:cut]

    return mutate()


def _inputs(samples: Sequence[Sample]) -> st.SearchStrategy[Sample]:
    return st.one_of(st.binary(max_size=2048), st.text(max_size=2048), _mutations(samples))


def _locations(ingester: Ingester) -> st.SearchStrategy[str | None]:
    names = [f"input{ext}" for ext in getattr(ingester, "extensions", ()) if isinstance(ext, str)]
    return st.one_of(st.none(), st.sampled_from(names)) if names else st.none()


def _settings(examples: int | None) -> Callable[[Any], Any]:
    if examples is None:
        return lambda f: f  # the caller's hypothesis profile decides
    return settings(max_examples=examples, deadline=None)


def check_detect_never_raises(
    ingester: Ingester, samples: Sequence[Sample] = (), *, examples: int | None = None
) -> None:
    """``detect`` returns a number in [0, 1] for any bytes or text, and never raises."""

    @_settings(examples)
    @given(data=_inputs(samples), location=_locations(ingester))
    def run(data: Sample, location: str | None) -> None:
        try:
            score = ingester.detect(_document(data, location))
        except Exception as exc:
            raise AssertionError(f"{ingester.name}.detect raised {type(exc).__name__}: {exc} - "
                                 "detect must return 0.0 for input it cannot read") from exc
        if not isinstance(score, (int, float)) or isinstance(score, bool):
            raise AssertionError(f"detect returned {score!r}, not a number")
        if math.isnan(score) or not 0.0 <= score <= 1.0:
            raise AssertionError(f"detect returned {score!r}, outside [0, 1]")

    run()


def check_ingest_random_input(
    ingester: Ingester, samples: Sequence[Sample] = (), *, examples: int | None = None
) -> None:
    """``ingest`` on random or mangled input yields valid articles or raises a NewsclaimsError."""

    @_settings(examples)
    @given(data=_inputs(samples), location=_locations(ingester))
    def run(data: Sample, location: str | None) -> None:
        document = _document(data, location)
        try:
            articles = _ingest(ingester, document)
        except NewsclaimsError:
            return
        except Exception as exc:
            raise AssertionError(
                f"{ingester.name}.ingest raised {type(exc).__name__}: {exc} - bad input must "
                "raise a newsclaims.errors.NewsclaimsError subclass"
            ) from exc
        for article in articles:
            validate_article(article)
            _check_spans(article, document)

    run()


def check_registers(ingester: Ingester) -> None:
    """A registry accepts the ingester, and the pipeline reaches it by name."""
    from newsclaims.pipeline import choose_ingester

    registry = PluginRegistry(load_entry_points=False, builtins=())
    registry.register(ingester_plugin(ingester), f"contract-{ingester.name}")
    registry.ingesters()
    if registry.failures:
        raise AssertionError(f"the registry rejects the ingester: {registry.failures[0].reason}")
    chosen = choose_ingester(Document.from_bytes(b""), registry=registry, format=ingester.name)
    if chosen.ingester is not ingester:
        raise AssertionError(f"format={ingester.name!r} does not select the ingester")


def check_ingester(
    ingester: Ingester,
    samples: Iterable[Sample | Document],
    *,
    examples: int | None = None,
    detects: bool = True,
) -> None:
    """Run the whole contract; raise AssertionError describing the first broken promise.

    ``samples`` are inputs the ingester should read; each must be recognised by ``detect``
    (unless ``detects=False``) and yield at least one article. ``examples`` bounds the
    hypothesis examples per random check (default: the active hypothesis profile).
    """
    kept = list(samples)
    raw = [s for s in kept if not isinstance(s, Document)]
    check_registers(ingester)
    check_articles(ingester, kept, detects=detects)
    check_deterministic(ingester, kept)
    check_detect_never_raises(ingester, raw, examples=examples)
    check_ingest_random_input(ingester, raw, examples=examples)


class IngesterContract:
    """Subclass as ``TestSomething`` with ``ingester`` and ``samples`` to get one test per check."""

    ingester: ClassVar[Ingester]
    samples: ClassVar[Sequence[Sample]] = ()
    detects: ClassVar[bool] = True
    examples: ClassVar[int | None] = None

    def test_registers(self) -> None:
        check_registers(self.ingester)

    def test_samples_yield_valid_articles(self) -> None:
        if not self.samples:
            pytest.skip("no samples given")
        check_articles(self.ingester, self.samples, detects=self.detects)

    def test_deterministic(self) -> None:
        check_deterministic(self.ingester, self.samples)

    def test_detect_never_raises(self) -> None:
        check_detect_never_raises(self.ingester, self.samples, examples=self.examples)

    def test_ingest_random_input(self) -> None:
        check_ingest_random_input(self.ingester, self.samples, examples=self.examples)


# -- registering plugins in-process -------------------------------------------------------


@attrs.frozen
class _IngesterPlugin:
    ingesters: tuple[Ingester, ...]

    @hookimpl
    def register_ingesters(self, register: Callable[[Ingester], None]) -> None:
        for ingester in self.ingesters:
            register(ingester)


def ingester_plugin(*ingesters: Ingester) -> object:
    """A plugin object whose ``register_ingesters`` hook registers ``ingesters``."""
    return _IngesterPlugin(ingesters=tuple(ingesters))


@pytest.fixture
def fresh_registry() -> Iterator[PluginRegistry]:
    """A registry with the built-ins only, installed process-wide for the test."""
    registry = PluginRegistry(load_entry_points=False)
    previous = set_registry(registry)
    try:
        yield registry
    finally:
        set_registry(previous)


@pytest.fixture
def register_plugin(fresh_registry: PluginRegistry) -> Callable[..., str]:
    """``register_plugin(module_or_object_or_ingester, name=None)`` on the fresh registry."""

    def register(plugin: ModuleType | object, name: str | None = None) -> str:
        if isinstance(plugin, Ingester) and not hasattr(plugin, "register_ingesters"):
            plugin = ingester_plugin(plugin)
        return fresh_registry.register(plugin, name)

    return register
