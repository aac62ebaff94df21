"""The exceptions newsclaims raises for bad input, and the record a batch reports per failure.

Every exception the library raises on purpose derives from :class:`NewsclaimsError`; each
message names the source (path or URL) and says what to do.
"""

import attrs


class NewsclaimsError(Exception):
    """Base class of every error newsclaims raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None) -> None:
        self.source = source
        if hint is not None:
            self.hint = hint
        self.message = message
        text = f"{source}: {message}" if source else message
        if self.hint:
            text = f"{text} ({self.hint})"
        super().__init__(text)


class UnknownFormat(NewsclaimsError):
    """No ingester recognised the input."""

    hint = "name the format with format=... / --format, or install a plugin that reads it"


class UnknownIngester(NewsclaimsError):
    """A format was named that no registered ingester provides."""

    hint = "run `newsclaims plugins` to list the ingesters that are installed"


class DecodeError(NewsclaimsError):
    """The input's bytes could not be decoded as text."""

    hint = "check the file's encoding; it may be binary"


class InputTooLarge(NewsclaimsError):
    """The input exceeds a configured limit."""

    hint = "raise the limit with newsclaims.Limits(...) / --max-bytes if the input is trusted"


class MalformedInput(NewsclaimsError):
    """The input has the right format but is too broken to read."""


class MalformedFeed(MalformedInput):
    """A feed document could not be parsed into entries."""


class MalformedHTML(MalformedInput):
    """An HTML page could not be parsed."""


class SourceNotFound(NewsclaimsError):
    """A path given as a source does not exist or cannot be read."""

    hint = "check the path"


class PluginError(NewsclaimsError):
    """A plugin failed to load, or one of its hooks or ingesters raised."""

    def __init__(
        self, message: str, *, plugin: str | None = None, source: str | None = None
    ) -> None:
        self.plugin = plugin
        prefix = f"plugin {plugin!r}: " if plugin else ""
        super().__init__(prefix + message, source=source)


@attrs.frozen
class ErrorRecord:
    """One failed source in a batch: where, which error type, and its message."""

    source: str | None
    error: str
    message: str

    @classmethod
    def from_exception(cls, exc: BaseException, source: str | None = None) -> "ErrorRecord":
        where = getattr(exc, "source", None) or source
        return cls(source=where, error=type(exc).__name__, message=str(exc))

    def to_dict(self) -> dict[str, str | None]:
        return {"source": self.source, "error": self.error, "message": self.message}


__all__ = [
    "DecodeError",
    "ErrorRecord",
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
