"""The error hierarchy: every error names its source, says what to do, and survives pickling."""

import pickle

import pytest

from newsclaims import errors
from newsclaims.errors import (
    DecodeError,
    ErrorRecord,
    IngestErrors,
    InputTooLarge,
    MalformedFeed,
    MalformedHTML,
    MalformedInput,
    NewsclaimsError,
    PluginError,
    SourceNotFound,
    UnknownFormat,
    UnknownIngester,
)

ALL = [DecodeError, InputTooLarge, MalformedFeed, MalformedHTML, MalformedInput,
       SourceNotFound, UnknownFormat, UnknownIngester]


def test_every_public_error_derives_from_the_base() -> None:
    for name in errors.__all__:
        obj = getattr(errors, name)
        if isinstance(obj, type) and issubclass(obj, BaseException):
            assert issubclass(obj, NewsclaimsError), name
    assert issubclass(MalformedFeed, MalformedInput)
    assert issubclass(MalformedHTML, MalformedInput)


@pytest.mark.parametrize("cls", ALL)
def test_message_names_the_source_and_says_what_to_do(cls: type[NewsclaimsError]) -> None:
    exc = cls("something is wrong", source="feeds/a.xml")
    text = str(exc)
    assert text.startswith("feeds/a.xml: something is wrong")
    assert cls.hint, f"{cls.__name__} has no hint"
    assert cls.hint in text
    assert exc.message == "something is wrong"
    assert exc.source == "feeds/a.xml"


def test_source_filled_in_later_shows_in_the_message() -> None:
    exc = MalformedFeed("no entries")
    assert not str(exc).startswith("x.xml")
    exc.source = "x.xml"
    assert str(exc).startswith("x.xml: no entries")


def test_explicit_hint_overrides_the_class_hint() -> None:
    exc = MalformedInput("bad", hint="do this instead")
    assert str(exc) == "bad (do this instead)"
    assert MalformedInput.hint != "do this instead"


def test_plugin_error_names_the_plugin() -> None:
    exc = PluginError("boom", plugin="newsclaims_x", source="a.txt")
    assert exc.plugin == "newsclaims_x"
    assert "plugin 'newsclaims_x': boom" in str(exc)
    assert str(exc).startswith("a.txt: ")


@pytest.mark.parametrize("exc", [
    DecodeError("binary", source="b.html"),
    PluginError("boom", plugin="p", source="a.txt"),
    MalformedInput("bad", hint="custom"),
    IngestErrors([ErrorRecord("a", "DecodeError", "binary")]),
])
def test_errors_pickle_with_their_fields(exc: NewsclaimsError) -> None:
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is type(exc)
    assert str(back) == str(exc)
    assert back.source == exc.source
    assert back.hint == exc.hint


def test_error_record_from_newsclaims_error() -> None:
    record = ErrorRecord.from_exception(InputTooLarge("too big", source="big.html"), articles=2)
    assert record.source == "big.html"
    assert record.error == "InputTooLarge"
    assert record.message == "too big"
    assert record.hint == InputTooLarge.hint
    assert record.articles == 2
    assert record.to_dict() == {"source": "big.html", "error": "InputTooLarge",
                                "message": "too big", "hint": InputTooLarge.hint,
                                "articles": 2}
    assert str(record) == "InputTooLarge: big.html: too big"


def test_error_record_from_foreign_exception_uses_given_source() -> None:
    record = ErrorRecord.from_exception(ValueError("nope"), source="x")
    assert (record.source, record.error, record.message) == ("x", "ValueError", "nope")


def test_ingest_errors_summarises_records() -> None:
    records = [ErrorRecord(f"s{i}", "DecodeError", "binary") for i in range(5)]
    exc = IngestErrors(records)
    assert exc.records == tuple(records)
    assert "5 source(s) failed" in str(exc)
    assert "and 2 more" in str(exc)
    assert isinstance(exc, NewsclaimsError)
