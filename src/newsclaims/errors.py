"""The exceptions newsclaims raises for bad input, and the record a batch reports per failure.

Every exception the library raises on purpose derives from :class:`NewsclaimsError`; each
message names the source (path or URL) when there is one, and its ``hint`` says what to do.

    NewsclaimsError
    ├── UnknownFormat        no ingester recognised the input
    ├── UnknownIngester      ``format=`` names no installed ingester (a usage error)
    ├── DecodeError          the bytes are not text in any encoding we can tell
    ├── InputTooLarge        a :class:`~newsclaims.limits.Limits` bound was exceeded
    ├── MalformedInput       the right format, too broken to read
    │   ├── MalformedFeed
    │   └── MalformedHTML
    ├── SourceNotFound       a path does not exist or cannot be read
    ├── PluginError          a plugin failed to load, or its ingester raised something untyped
    └── IngestErrors         raised on request by a batch that collected failures
"""

from collections.abc import Iterable
from typing import Any

import attrs


class NewsclaimsError(Exception):
    """Base class of every error newsclaims raises on purpose.

    ``message`` says what is wrong, ``source`` where (path or URL, may be filled in later by
    the pipeline), ``hint`` what to do. ``str(error)`` joins the three.
    """

    hint: str = ""

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        # Computed on demand: the pipeline fills in ``source`` after an ingester raised.
        text = f"{self.source}: {self.message}" if self.source else self.message
        return f"{text} ({self.hint})" if self.hint else text

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments are lost by Exception's default pickling (multiprocessing).
        return (_rebuild, (type(self), self.__dict__.copy(), self.args))


def _rebuild(cls: type[NewsclaimsError], state: dict[str, Any],
             args: tuple[Any, ...]) -> NewsclaimsError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class UnknownFormat(NewsclaimsError):
    """No ingester recognised the input."""

    hint = "name the format with format=... / --format, or install a plugin that reads it"


class UnknownIngester(NewsclaimsError):
    """A format was named that no registered ingester provides."""

    hint = "run `newsclaims plugins` to list the ingesters that are installed"


class DecodeError(NewsclaimsError):
    """The input's bytes could not be decoded as text."""

    hint = "check the file's encoding and convert it to UTF-8; it may be binary, not text"


class InputTooLarge(NewsclaimsError):
    """The input exceeds a configured limit (size, nesting depth, entries...)."""

    hint = ("raise the limit with newsclaims.Limits(...) (CLI: --max-bytes) "
            "if the input is trusted")


class MalformedInput(NewsclaimsError):
    """The input has the right format but is too broken to read."""

    hint = "check that the file is complete (not truncated) and of the format it claims"


class MalformedFeed(MalformedInput):
    """A feed document could not be parsed into entries."""

    hint = ("check that the feed is complete, well-formed RSS/Atom; "
            "try format='html' or 'text' to read it as a page")


class MalformedHTML(MalformedInput):
    """An HTML page could not be parsed."""

    hint = "check that the page is complete; try format='text' to read it as plain text"


class SourceNotFound(NewsclaimsError):
    """A path given as a source does not exist or cannot be read."""

    hint = "check the path and its permissions"


class PluginError(NewsclaimsError):
    """A plugin failed to load, or one of its hooks or ingesters raised."""

    hint = "report it to the plugin's authors; `newsclaims plugins` shows which package it is"

    def __init__(
        self, message: str, *, plugin: str | None = None, source: str | None = None
    ) -> None:
        self.plugin = plugin
        prefix = f"plugin {plugin!r}: " if plugin else ""
        super().__init__(prefix + message, source=source)


@attrs.frozen
class ErrorRecord:
    """One failed source in a batch: where, which error type, its message and hint.

    ``articles`` counts the articles the source had already produced before it failed
    (a feed that breaks half-way); those articles were kept.
    """

    source: str | None
    error: str
    message: str
    hint: str = ""
    articles: int = 0

    @classmethod
    def from_exception(
        cls, exc: BaseException, source: str | None = None, *, articles: int = 0
    ) -> "ErrorRecord":
        where = getattr(exc, "source", None) or source
        if isinstance(exc, NewsclaimsError):
            return cls(source=where, error=type(exc).__name__, message=exc.message,
                       hint=exc.hint, articles=articles)
        return cls(source=where, error=type(exc).__name__, message=str(exc), articles=articles)

    def __str__(self) -> str:
        text = f"{self.source}: {self.message}" if self.source else self.message
        return f"{self.error}: {text}"

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "error": self.error, "message": self.message,
                "hint": self.hint, "articles": self.articles}


class IngestErrors(NewsclaimsError):
    """Some sources of a batch failed; ``records`` holds one :class:`ErrorRecord` each.

    Raised by :meth:`newsclaims.pipeline.IngestReport.raise_for_errors` when the caller asks.
    """

    hint = "see .records for each failed source; the good sources' articles are in the report"

    def __init__(self, records: Iterable[ErrorRecord]) -> None:
        self.records = tuple(records)
        shown = "; ".join(str(r) for r in self.records[:3])
        more = f" and {len(self.records) - 3} more" if len(self.records) > 3 else ""
        super().__init__(f"{len(self.records)} source(s) failed: {shown}{more}")


__all__ = [
    "DecodeError",
    "ErrorRecord",
    "IngestErrors",
    "InputTooLarge",
    "MalformedFeed",
    "MalformedHTML",
    "MalformedInput",
    "NewsclaimsError",
    "PluginError",
    "SourceNotFound",
    "UnknownFormat",
    "UnknownIngester",
]
