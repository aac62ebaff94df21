"""``ingest`` / ``iter_ingest``: sources in, enriched articles out, bad sources reported.

Data flows one way: source -> :class:`Document` -> ingester (chosen by name or detection)
-> :class:`Article` -> quotes -> claims.
"""

import logging
import os
import pathlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, TextIO, Union

from newsclaims.document import Document
from newsclaims.errors import (
    ErrorRecord,
    InputTooLarge,
    NewsclaimsError,
    PluginError,
    SourceNotFound,
    UnknownFormat,
)
from newsclaims.limits import DEFAULT_LIMITS, Limits
from newsclaims.model import Article
from newsclaims.plugins import IngesterInfo, PluginRegistry, get_registry

logger = logging.getLogger(__name__)

SingleSource = Union[pathlib.Path, str, bytes, bytearray, memoryview, BinaryIO, TextIO, Document]
Source = Union[SingleSource, Iterable[SingleSource]]
OnError = Callable[[ErrorRecord], None]


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
        raise InputTooLarge(f"input is larger than {limits.max_bytes} bytes", source=location)
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
        yield Document.from_text(source)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        yield Document.from_bytes(bytes(source))
    elif isinstance(source, os.PathLike):
        root = pathlib.Path(source)
        if not root.exists():
            yield SourceNotFound("no such file or directory", source=str(root))
            return
        for path in _expand_path(root):
            try:
                size = path.stat().st_size
                if size > limits.max_bytes:
                    raise InputTooLarge(
                        f"file is {size} bytes, over the limit of {limits.max_bytes}",
                        source=str(path),
                    )
                yield Document.from_path(path)
            except OSError as exc:
                yield SourceNotFound(f"cannot read: {exc.strerror or exc}", source=str(path))
            except NewsclaimsError as exc:
                yield exc
    elif hasattr(source, "read"):
        location = getattr(source, "name", None)
        location = location if isinstance(location, str) else None
        try:
            data = _read_limited(source, limits, location)  # type: ignore[arg-type]
        except NewsclaimsError as exc:
            yield exc
            return
        if isinstance(data, str):
            yield Document.from_text(data, location=location)
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


def _ingest_document(
    document: Document,
    info: IngesterInfo,
    *,
    limits: Limits,
    quotes: bool,
    claims: bool,
) -> Iterator[Article]:
    from newsclaims.enrich import enrich

    name = info.ingester.name
    try:
        for article in info.ingester.ingest(document):
            if not isinstance(article, Article):
                raise PluginError(f"ingester {name!r} yielded a {type(article).__name__}, "
                                  "not an Article", plugin=info.plugin, source=document.location)
            yield enrich(article, limits=limits, quotes=quotes, claims=claims)
    except NewsclaimsError as exc:
        if exc.source is None and document.location:
            exc.source = document.location
        raise
    except Exception as exc:  # the plugin boundary: anything else becomes a typed, named error
        raise PluginError(f"ingester {name!r} failed: {type(exc).__name__}: {exc}",
                          plugin=info.plugin, source=document.location) from exc


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
    an :class:`~newsclaims.errors.ErrorRecord` and the rest go on.
    """
    for item in iter_documents(source, limits=limits):
        try:
            if isinstance(item, NewsclaimsError):
                raise item
            if len(item.data) > limits.max_bytes:
                raise InputTooLarge(f"input is {len(item.data)} bytes, over the limit of "
                                    f"{limits.max_bytes}", source=item.location)
            info = choose_ingester(item, registry=registry, format=format)
            yield from _ingest_document(item, info, limits=limits, quotes=quotes, claims=claims)
        except NewsclaimsError as exc:
            if on_error is None:
                raise
            on_error(ErrorRecord.from_exception(exc))


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
    """The articles in ``source`` as a list; see :func:`iter_ingest`."""
    return list(iter_ingest(source, format=format, on_error=on_error, limits=limits,
                            quotes=quotes, claims=claims, registry=registry))


__all__ = ["choose_ingester", "ingest", "iter_documents", "iter_ingest"]
