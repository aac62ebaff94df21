"""Reading HTML response records from a WARC/ARC stream, one at a time.

The stream is inflated here (per-record gzip members, the usual ``.warc.gz``, and whole-file
gzip alike) in bounded steps, so a member cut short still gives up every byte before the cut.
warcio then parses records and undoes HTTP chunked/gzip encodings as it reads; only the
current record's payload is ever held in memory.
"""

import datetime as _dt
import logging
import re
import zlib
from collections.abc import Iterator
from typing import IO, Any

import attrs
from newsclaims.errors import MalformedInput
from warcio.archiveiterator import ArchiveIterator

from newsclaims_warc.sniff import PEEK_BYTES, archive_kind

logger = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024
_CHUNK = 64 * 1024
_REQUIRED = ("WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length")

_WARC_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|[+-]00:?00)?\Z"
)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]{1,40})", re.IGNORECASE)


@attrs.frozen
class HtmlRecord:
    """One HTML page captured in the archive."""

    record_id: str
    target_uri: str | None
    date: _dt.datetime | None
    payload: bytes = attrs.field(repr=False)
    charset: str | None
    truncated: str | None = None  # WARC-Truncated: the crawler stored only part of the page


def parse_warc_date(value: str | None) -> _dt.datetime | None:
    """A WARC-Date (ISO 8601, UTC) as an aware datetime, or None if it does not parse."""
    match = _WARC_DATE.match((value or "").strip())
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    micro = int((match.group(7) or "0")[:6].ljust(6, "0"))
    try:
        return _dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=_dt.timezone.utc)
    except ValueError:
        return None


class _Prefixed:
    """A read-only stream: ``head`` (already read for sniffing) and then the rest of ``rest``."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._rest.read(size)
        if size is None or size < 0:
            data, self._head = self._head + self._rest.read(), b""
            return data
        data, self._head = self._head[:size], self._head[size:]
        return data


class _Gunzip:
    """Inflates concatenated gzip members; notes (``cut_off``) a member without its end.

    Unlike :class:`gzip.GzipFile`, a read that meets the cut returns what came before it.
    """

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._inflater = zlib.decompressobj(wbits=31)
        self._pending = b""  # compressed bytes not yet inflated
        self._in_member = False
        self.cut_off = False

    def read(self, size: int = -1) -> bytes:
        want = size if size is not None and size >= 0 else 1 << 62
        parts: list[bytes] = []
        got = 0
        while got < want:
            if not self._pending:
                self._pending = self._raw.read(_CHUNK)
                if not self._pending:
                    self.cut_off = self._in_member
                    break
            if self._inflater.eof:
                self._inflater = zlib.decompressobj(wbits=31)
            self._in_member = True
            # max_length bounds memory even for a highly compressed (bomb-like) member.
            data = self._inflater.decompress(self._pending, min(want - got, 4 * _CHUNK))
            if self._inflater.eof:
                self._pending = self._inflater.unused_data
                self._in_member = False
            else:
                self._pending = self._inflater.unconsumed_tail
            parts.append(data)
            got += len(data)
        return b"".join(parts)


class _QuietArchiveIterator(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator, but a bad Content-Length is logged instead of written to stderr,
    and bytes left after the last whole record (a cut-off header block) are noticed."""

    cut_off = False

    def close(self) -> None:
        reader = self.reader
        if reader is not None and self.fh.tell() - reader.rem_length() > self.offset:
            self.cut_off = True
        super().close()

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        empty_size = 0
        first_line = True
        while True:
            line: bytes = self.reader.readline()
            if not line:
                return None, empty_size
            if not line.rstrip() or first_line:
                empty_size += len(line)
                if line.rstrip():
                    logger.warning("WARC record not followed by a blank line (wrong "
                                   "Content-Length?): %r", line[:80])
                    self.err_count += 1
                first_line = False
                continue
            return line, empty_size


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _charset(content_type: str | None) -> str | None:
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    return _media_type(record.http_headers.get_header("Content-Type")) in HTML_TYPES


def _drain(stream: Any) -> None:
    while stream.read(_CHUNK):
        pass


def _incomplete_headers(record: Any) -> bool:
    # warcio accepts a header block that the end of the file cut short; the headers every
    # WARC record must carry (Content-Length comes last from most writers) tell.
    headers = record.rec_headers
    if any(not (headers.get_header(name) or "").strip() for name in _REQUIRED):
        return True
    return not headers.get_header("Content-Length").strip().isdigit()


def _truncated(record: Any) -> bool:
    # warcio's LimitReader counts down from Content-Length; bytes still owed after draining
    # mean the file ended inside this record.
    remaining = getattr(record.raw_stream, "limit", 0)
    return isinstance(remaining, int) and remaining > 0


def _open(stream: IO[bytes], location: str | None) -> tuple[str, Any]:
    head = stream.read(PEEK_BYTES)
    kind = archive_kind(head)
    if kind is None:
        raise MalformedInput("not a WARC or ARC file (no WARC/ or filedesc:// header)",
                             source=location)
    plain: Any = _Prefixed(head, stream)
    if head.startswith(b"\x1f\x8b"):
        plain = _Gunzip(plain)
    return kind, plain


def iter_html_records(
    stream: IO[bytes],
    *,
    location: str | None = None,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> Iterator[HtmlRecord]:
    """Yield the HTML 200 responses in a WARC/ARC stream, in order.

    A damaged or truncated archive yields every complete record before it, then raises
    :class:`~newsclaims.errors.MalformedInput` naming where it broke.
    """
    kind, plain = _open(stream, location)
    iterator = _QuietArchiveIterator(plain, arc2warc=True)
    ordinal = -1
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            if iterator.cut_off or getattr(plain, "cut_off", False):
                raise MalformedInput(f"the archive ends part-way through record "
                                     f"{ordinal + 1}; the records before it were read",
                                     source=location) from None
            return
        except Exception as exc:  # warcio and zlib are the boundary: anything is a bad archive
            raise MalformedInput(f"unreadable archive at record {ordinal + 1} (cut off or "
                                 f"damaged): {type(exc).__name__}: {str(exc).strip()[:200]}",
                                 source=location) from exc
        ordinal += 1
        if kind == "warc" and _incomplete_headers(record):
            raise MalformedInput(f"record {ordinal} has incomplete WARC headers (the file is cut "
                                 "off or damaged); the records before it were read",
                                 source=location)
        try:
            found = _read_html(record, kind, ordinal, location, max_record_bytes)
            _drain(record.raw_stream)
        except Exception as exc:  # as above: damaged data inside a record
            raise MalformedInput(f"record {ordinal} is damaged: {type(exc).__name__}: "
                                 f"{str(exc).strip()[:200]}", source=location) from exc
        if _truncated(record):
            raise MalformedInput(f"the archive ends inside record {ordinal} "
                                 f"({record.rec_type}); the records before it were read",
                                 source=location)
        if found is not None:
            yield found


def _record_id(record: Any, kind: str, ordinal: int) -> str:
    if kind == "warc":
        rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip().strip("<>")
        if rid:
            return str(rid)
    # ARC records have no id (warcio invents a random one): the record's place is stable.
    return f"record-{ordinal}"


def _read_html(
    record: Any, kind: str, ordinal: int, location: str | None, max_record_bytes: int
) -> HtmlRecord | None:
    if not _is_html_response(record):
        return None
    payload: bytes = record.content_stream().read(max_record_bytes + 1)
    if len(payload) > max_record_bytes:
        logger.warning("%s: record %d is over %d bytes; skipped", location, ordinal,
                       max_record_bytes)
        return None
    headers = record.rec_headers
    return HtmlRecord(
        record_id=_record_id(record, kind, ordinal),
        target_uri=headers.get_header("WARC-Target-URI"),
        date=parse_warc_date(headers.get_header("WARC-Date")),
        payload=payload,
        charset=_charset(record.http_headers.get_header("Content-Type")),
        truncated=(headers.get_header("WARC-Truncated") or "").strip() or None,
    )
