"""Recognising WARC and ARC files from their first bytes, compressed or not."""

import zlib

_GZIP_MAGIC = b"\x1f\x8b"
_MAGICS = (b"WARC/1.0", b"WARC/1.1", b"WARC/0.1", b"filedesc://")
# Enough compressed input to inflate the first few dozen bytes of a record's header.
PEEK_BYTES = 512
_PEEK_PLAIN = 16


def archive_kind(head: bytes) -> str | None:
    """``"warc"``, ``"arc"`` or None, from the start of a file (gzip members are peeked into)."""
    start = head[:_PEEK_PLAIN]
    if start.startswith(_GZIP_MAGIC):
        start = _inflate_start(head[:PEEK_BYTES])
    if start.startswith(b"WARC/"):
        return "warc" if start.startswith(_MAGICS[:3]) else None
    if start.startswith(b"filedesc://"):
        return "arc"
    return None


def _inflate_start(data: bytes) -> bytes:
    try:
        # wbits=31: a gzip wrapper; max_length stops after a few bytes whatever the input.
        return zlib.decompressobj(wbits=31).decompress(data, _PEEK_PLAIN)
    except zlib.error:
        return b""
