"""``ingest`` / ``iter_ingest`` / ``ingest_report``: sources in, articles out, bad sources reported.

Data flows one way: source -> :class:`Document` -> ingester (chosen by name or detection)
-> :class:`Article` -> quotes -> claims.

Batch semantics: one bad source never costs the others. With ``on_error=None`` the first bad
source raises its :class:`~newsclaims.errors.NewsclaimsError` (articles already yielded stay
with the caller); with a callback each bad source becomes an :class:`ErrorRecord` and the batch
goes on; :func:`ingest_report` collects both and lets the caller decide whether to raise.
"""

import logging
import os
import pathlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO, TextIO, TypeVar

import attrs

from newsclaims.decoding import clean_text, has_invalid_chars, replace_invalid_chars
from newsclaims.document import Document
from newsclaims.errors import (
    ErrorRecord,
    IngestErrors,
    InputTooLarge,
    MalformedInput,
    NewsclaimsError,
    PluginError,
    SourceNotFound,
    UnknownFormat,
)
from newsclaims.limits import DEFAULT_LIMITS, Limits, using_limits
from newsclaims.model import Article, content_id
from newsclaims.plugins import IngesterInfo, PluginRegistry, get_registry

logger = logging.getLogger(__name__)

SingleSource = pathlib.Path | str | bytes | bytearray | memoryview | BinaryIO | TextIO | Document
Source = SingleSource | Iterable[SingleSource]
OnError = Callable[[ErrorRecord], None]

_T = TypeVar("_T")


def _is_hidden(path: pathlib.Path, root: pathlib.Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _expand_path(path: pathlib.Path) -> Iterator[pathlib.Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not _is_hidden(child, path):
                yield child
    else:
        yield path


def _read_limited(stream: BinaryIO | TextIO, limits: Limits, location: str | None) -> bytes | str:
    data = stream.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise InputTooLarge(f"input is larger than the limit of {limits.max_bytes} bytes",
                            source=location)
    return data


def iter_documents(
    source: Source, *, limits: Limits = DEFAULT_LIMITS
) -> Iterator[Document | NewsclaimsError]:
    """Turn a source into documents; a source that cannot be read yields its error instead.

    A ``str`` is always content, never a path or URL: pass a ``pathlib.Path`` for files.
    """
    if isinstance(source, Document):
        yield source
    elif isinstance(source, str):
        yield Document.from_text(clean_text(source))
    elif isinstance(source, (bytes, bytearray, memoryview)):
        yield Document.from_bytes(bytes(source))
    elif isinstance(source, os.PathLike):
        root = pathlib.Path(source)
        if not root.exists():
            yield SourceNotFound("no such file or directory", source=str(root))
            return
        for path in _expand_path(root):
            document: Document | NewsclaimsError
            try:
                if path.stat().st_size > limits.max_bytes:
                    # Too large to read whole: detect on its head; only a streaming ingester
                    # may take it (see _produce).
                    document = Document.head_of_path(path)
                else:
                    document = Document.from_path(path)
            except OSError as exc:
                document = SourceNotFound(f"cannot read: {exc.strerror or exc}", source=str(path))
            yield document
    elif hasattr(source, "read"):
        location = getattr(source, "name", None)
        location = location if isinstance(location, str) else None
        try:
            data = _read_limited(source, limits, location)  # type: ignore[arg-type]
        except NewsclaimsError as exc:
            yield exc
            return
        except (OSError, ValueError) as exc:  # closed, unreadable, or a text stream that
            # cannot decode its own bytes
            yield SourceNotFound(f"cannot read: {exc}", source=location)
            return
        if isinstance(data, str):
            yield Document.from_text(clean_text(data), location=location)
        else:
            yield Document.from_bytes(data, location=location)
    elif isinstance(source, Iterable):
        for item in source:
            yield from iter_documents(item, limits=limits)
    else:
        raise TypeError(
            f"cannot ingest a {type(source).__name__}: pass a pathlib.Path, str content, bytes, "
            "a file object, or a list of these"
        )


def choose_ingester(
    document: Document, *, registry: PluginRegistry | None = None, format: str | None = None
) -> IngesterInfo:
    """The ingester named by ``format``, else the one whose ``detect`` scores highest.

    Ties go to plugins over built-ins, then to the later-registered plugin.
    """
    registry = registry or get_registry()
    if format is not None:
        return registry.get_ingester(format)
    best: tuple[float, int, int] | None = None
    chosen: IngesterInfo | None = None
    for order, info in enumerate(registry.ingesters()):
        try:
            score = float(info.ingester.detect(document))
        except Exception as exc:  # detect must never raise; one that does is skipped
            logger.warning("ingester %r: detect raised %r", info.ingester.name, exc)
            continue
        if not score > 0.0:
            continue
        key = (min(score, 1.0), 0 if info.builtin else 1, order)
        if best is None or key > best:
            best, chosen = key, info
    if chosen is None:
        raise UnknownFormat("no ingester recognised this input", source=document.location)
    return chosen


# -- what the pipeline guarantees about every article it hands out ------------------------

def limit_paragraphs(article: Article, max_paragraphs: int) -> Article:
    """Cut ``article`` after ``max_paragraphs`` paragraphs, and say so in its warnings."""
    if len(article.paragraphs) <= max_paragraphs:
        return article
    kept = article.paragraphs[:max_paragraphs]
    body = article.body[: kept[-1].span.end]
    warning = (f"cut to the first {max_paragraphs} of {len(article.paragraphs)} paragraphs "
               "(Limits.max_paragraphs)")
    return attrs.evolve(article, body=body, paragraphs=kept, quotes=(), claims=(),
                        warnings=(*article.warnings, warning),
                        id=content_id(article.url, article.title, body))


def _sanitize(value: _T) -> _T:
    """``value`` with every invalid character in its strings replaced by U+FFFD, one for one.

    One-for-one keeps every span valid. Returns ``value`` itself when nothing needed a change.
    """
    if isinstance(value, str):
        if has_invalid_chars(value):
            return replace_invalid_chars(value)  # type: ignore[return-value]
        return value
    if isinstance(value, tuple):
        items = tuple(_sanitize(item) for item in value)
        same = all(a is b for a, b in zip(items, value, strict=True))
        return value if same else items  # type: ignore[return-value]
    if attrs.has(type(value)):
        changes: dict[str, Any] = {}
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            current = getattr(value, field.name)
            cleaned = _sanitize(current)
            if cleaned is not current:
                changes[field.alias or field.name] = cleaned
        return attrs.evolve(value, **changes) if changes else value  # type: ignore[misc]
    return value


def _enrich(article: Article, *, limits: Limits, quotes: bool, claims: bool) -> Article:
    from newsclaims.enrich import enrich

    try:
        return enrich(article, limits=limits, quotes=quotes, claims=claims)
    except Exception as exc:
        # A bug in quote or claim finding must not cost the article itself: keep it, say so.
        logger.warning("quote/claim extraction failed on %s", article.source.location,
                       exc_info=True)
        note = f"quote/claim extraction failed: {type(exc).__name__}: {exc}"
        return attrs.evolve(article, quotes=(), claims=(), warnings=(*article.warnings, note))


def _step(iterator: Iterator[_T], limits: Limits) -> tuple[bool, _T | None]:
    # Limits are set around each step only, so they never leak into the caller's context
    # while this generator is suspended.
    with using_limits(limits):
        try:
            return True, next(iterator)
        except StopIteration:
            return False, None


def _stream_from_path(ingest_stream: Any, path: pathlib.Path, location: str) -> Iterator[Any]:
    with path.open("rb") as stream:
        yield from ingest_stream(stream, location=location)


def _produce(document: Document, info: IngesterInfo, limits: Limits) -> Iterator[Any]:
    """The ingester's articles; a file over ``max_bytes`` goes to ``ingest_stream`` or fails."""
    if not document.partial:
        return iter(info.ingester.ingest(document))
    ingest_stream = getattr(info.ingester, "ingest_stream", None)
    if document.path is None or not callable(ingest_stream):
        raise InputTooLarge(
            f"file is over the limit of {limits.max_bytes} bytes and the "
            f"{info.ingester.name!r} ingester cannot stream it",
            source=document.location,
        )
    return _stream_from_path(ingest_stream, document.path, document.location or "")


def _ingest_document(
    document: Document,
    info: IngesterInfo,
    *,
    limits: Limits,
    quotes: bool,
    claims: bool,
    counter: list[int],
) -> Iterator[Article]:
    name = info.ingester.name
    try:
        with using_limits(limits):
            produced: Iterator[Any] = iter(_produce(document, info, limits))
        while True:
            more, article = _step(produced, limits)
            if not more:
                return
            if not isinstance(article, Article):
                raise PluginError(f"ingester {name!r} yielded a {type(article).__name__}, "
                                  "not an Article", plugin=info.plugin, source=document.location)
            article = limit_paragraphs(article, limits.max_paragraphs)
            article = _enrich(article, limits=limits, quotes=quotes, claims=claims)
            counter[0] += 1
            yield _sanitize(article)
    except NewsclaimsError as exc:
        if exc.source is None and document.location:
            exc.source = document.location
        raise
    except RecursionError as exc:
        raise MalformedInput(f"ingester {name!r} gave up: the input is nested too deeply",
                             source=document.location,
                             hint="lower the nesting (Limits.max_html_depth) or pre-process "
                             "the file") from exc
    except Exception as exc:  # the plugin boundary: anything else becomes a typed, named error
        raise PluginError(f"ingester {name!r} failed: {type(exc).__name__}: {exc}",
                          plugin=info.plugin, source=document.location) from exc


def _run(
    source: Source,
    *,
    format: str | None,
    on_error: OnError | None,
    limits: Limits,
    quotes: bool,
    claims: bool,
    registry: PluginRegistry | None,
    on_document: Callable[[], None] | None = None,
) -> Iterator[Article]:
    registry = registry or get_registry()
    # A wrong format name is the caller's mistake, not a bad source: fail before reading.
    forced = registry.get_ingester(format) if format is not None else None
    for item in iter_documents(source, limits=limits):
        if on_document is not None:
            on_document()
        counter = [0]
        try:
            if isinstance(item, NewsclaimsError):
                raise item
            if not item.partial and len(item.data) > limits.max_bytes:
                raise InputTooLarge(f"input is {len(item.data)} bytes, over the limit of "
                                    f"{limits.max_bytes}", source=item.location)
            info = forced or choose_ingester(item, registry=registry)
            yield from _ingest_document(item, info, limits=limits, quotes=quotes, claims=claims,
                                        counter=counter)
        except NewsclaimsError as exc:
            if on_error is None:
                raise
            on_error(ErrorRecord.from_exception(exc, articles=counter[0]))


def iter_ingest(
    source: Source,
    *,
    format: str | None = None,
    on_error: OnError | None = None,
    limits: Limits = DEFAULT_LIMITS,
    quotes: bool = True,
    claims: bool = True,
    registry: PluginRegistry | None = None,
) -> Iterator[Article]:
    """Yield the articles in ``source``, one at a time.

    ``source`` is a ``pathlib.Path`` (a file, or a directory read recursively), ``str`` content,
    ``bytes``, a file object, or a list of these. ``format`` names an ingester; otherwise each
    document's content picks one. With ``on_error=None`` the first bad source raises its
    :class:`~newsclaims.errors.NewsclaimsError`; with a callback, each bad source is reported as
    an :class:`~newsclaims.errors.ErrorRecord` and the rest go on. Articles a source yielded
    before it failed are kept (``ErrorRecord.articles`` counts them). An unknown ``format``
    raises :class:`~newsclaims.errors.UnknownIngester` whatever ``on_error`` is.
    """
    return _run(source, format=format, on_error=on_error, limits=limits, quotes=quotes,
                claims=claims, registry=registry)


def ingest(
    source: Source,
    *,
    format: str | None = None,
    on_error: OnError | None = None,
    limits: Limits = DEFAULT_LIMITS,
    quotes: bool = True,
    claims: bool = True,
    registry: PluginRegistry | None = None,
) -> list[Article]:
    """The articles in ``source`` as a list; see :func:`iter_ingest` and :func:`ingest_report`."""
    return list(iter_ingest(source, format=format, on_error=on_error, limits=limits,
                            quotes=quotes, claims=claims, registry=registry))


@attrs.frozen
class IngestReport:
    """What a batch produced: every good article, every failed source, how many documents."""

    articles: tuple[Article, ...]
    errors: tuple[ErrorRecord, ...]
    documents: int

    @property
    def ok(self) -> bool:
        return not self.errors

    def raise_for_errors(self) -> None:
        """Raise :class:`~newsclaims.errors.IngestErrors` if any source failed."""
        if self.errors:
            raise IngestErrors(self.errors)


def ingest_report(
    source: Source,
    *,
    format: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    quotes: bool = True,
    claims: bool = True,
    registry: PluginRegistry | None = None,
) -> IngestReport:
    """Read every source, collecting articles and failures; never raises for bad input.

    ``report.raise_for_errors()`` turns the failures into one exception if the caller wants it.
    """
    errors: list[ErrorRecord] = []
    documents = [0]

    def count() -> None:
        documents[0] += 1

    articles = tuple(_run(source, format=format, on_error=errors.append, limits=limits,
                          quotes=quotes, claims=claims, registry=registry, on_document=count))
    return IngestReport(articles=articles, errors=tuple(errors), documents=documents[0])


__all__ = [
    "IngestReport",
    "choose_ingester",
    "ingest",
    "ingest_report",
    "iter_documents",
    "iter_ingest",
    "limit_paragraphs",
]
