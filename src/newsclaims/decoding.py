"""Bytes to text: byte-order marks, the declared charset, then detection.

The order is what a browser does without HTTP headers: a BOM wins, then a charset the
document declares (``<meta charset>``, the XML prolog) if the bytes really decode with it,
then UTF-8, then charset-normalizer's guess.
"""

import codecs
import re

from newsclaims.errors import DecodeError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_DECLARED = re.compile(
    rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']"""
    rb"""|<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""",
    re.IGNORECASE,
)

# Replace lone surrogates and C0/C1 controls other than tab and newline: nothing the
# library returns may hold invalid Unicode.
_BAD_CHARS = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """Drop NULs and control characters, replace lone surrogates with U+FFFD."""
    if not _BAD_CHARS.search(text):
        return text
    return _BAD_CHARS.sub(
        lambda m: "\ufffd" if "\ud800" <= m.group() <= "\udfff" else "", text
    )


def declared_encoding(head: bytes) -> str | None:
    """The charset a document declares in its first bytes, if it names a known codec."""
    match = _DECLARED.search(head[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2) or b"").decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, location: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to ``(text, encoding)``; raise :class:`DecodeError` if it is binary."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return clean_text(data[len(bom) :].decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {encoding} BOM but does not decode: {exc}",
                                  source=location) from exc
    candidates: list[str] = []
    declared = declared_encoding(data)
    if declared:
        candidates.append(declared)
    candidates.append("utf-8")
    for encoding in candidates:
        try:
            return clean_text(data.decode(encoding)), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    if b"\x00" in data[:4096] and data[:4096].count(b"\x00") > len(data[:4096]) // 8:
        raise DecodeError("looks like binary data (many NUL bytes), not text", source=location)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return clean_text(str(best)), best.encoding
    # windows-1252 maps almost every byte; only undefined ones are replaced.
    return clean_text(data.decode("cp1252", "replace")), "cp1252"
