"""Bytes to text: byte-order marks, the declared charset, then detection; nothing invalid out.

The order follows what a browser does without HTTP headers, made stricter where crawled
news goes wrong:

1. a BOM (UTF-8/16/32) wins;
2. UTF-16/32 without a BOM is recognised by its pattern of NUL bytes;
3. bytes that are valid UTF-8 (and not plain ASCII) are UTF-8, whatever a ``<meta charset>``
   or XML prolog claims: a page re-saved as UTF-8 keeps its old declaration, while legacy
   text is practically never valid UTF-8 by accident;
4. otherwise the declared charset if the bytes decode with it (``iso-8859-1`` and ``ascii``
   are read as windows-1252, as browsers do);
5. otherwise charset-normalizer's guess (windows-1251, Shift-JIS, GB18030...);
6. binary data (many control bytes) is refused with :class:`DecodeError`.

The decoded text is then cleaned (:func:`clean_text`) and mojibake is repaired when ftfy is
installed and judges it unambiguous (:func:`repair_mojibake`).
"""

import codecs
import logging
import re

from newsclaims.errors import DecodeError

logger = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_DECLARED = re.compile(
    rb"""<\?xml[^>]{0,200}?encoding\s{0,20}=\s{0,20}["']([A-Za-z0-9._:-]{1,40})["']"""
    rb"""|<meta[^>]{0,300}?charset\s{0,20}=\s{0,20}["']?\s{0,20}([A-Za-z0-9._:-]{1,40})""",
    re.IGNORECASE,
)

# Labels browsers read as another encoding (WHATWG Encoding Standard): pages labelled
# latin-1 are really windows-1252, whose 0x80-0x9F bytes hold curly quotes and dashes.
_READ_AS = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254",
            "iso8859-11": "cp874", "gb2312": "gb18030", "gbk": "gb18030",
            "shift_jis": "cp932", "euc_kr": "cp949"}
_WIDE = ("utf-16", "utf-32")

_WEB_PREFERENCE = {name: rank for rank, name in enumerate(
    ("cp1252", "cp1251", "gb18030", "cp932", "cp949", "cp1250", "iso8859-2", "euc_jp",
     "big5", "cp1256", "cp1253", "cp1254", "cp1255", "cp1257", "koi8-r", "iso8859-15"))}

# Removed from decoded text: NUL and C0 controls other than tab/newline/CR, DEL.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Replaced one-for-one: lone surrogates, noncharacters U+FFFE/U+FFFF, C1 controls.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_C1 = re.compile("[\x80-\x9f]")
_SURROGATE_OR_NONCHAR = re.compile("[\ud800-\udfff\ufffe\uffff]")

# Bytes that do not occur in text in any ASCII-compatible encoding.
_CONTROL_BYTES = frozenset(set(range(0x00, 0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F})


def _c1_to_cp1252(match: "re.Match[str]") -> str:
    # A C1 control in decoded text is nearly always a windows-1252 byte read as latin-1.
    try:
        return bytes([ord(match.group())]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


def clean_text(text: str) -> str:
    """Drop NULs and control characters, map C1 controls to their windows-1252 characters,
    replace lone surrogates and noncharacters with U+FFFD.

    The result encodes to UTF-8 and holds no control character but tab, newline and CR.
    """
    if not _INVALID.search(text):
        return text
    text = _CONTROLS.sub("", text)
    text = _C1.sub(_c1_to_cp1252, text)
    return _SURROGATE_OR_NONCHAR.sub("\ufffd", text)


def has_invalid_chars(text: str) -> bool:
    """True if ``text`` holds a character :func:`clean_text` would change."""
    return _INVALID.search(text) is not None


def _one_for_one(match: "re.Match[str]") -> str:
    char = match.group()
    return "\ufffd" if char >= "\ud800" else " "


def replace_invalid_chars(text: str) -> str:
    """Replace each invalid character with one valid one (control -> space, else U+FFFD),
    so every offset into ``text`` stays valid."""
    return _INVALID.sub(_one_for_one, text)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as windows-1252/latin-1 ("â€™" for "’") when ftfy finds it unambiguous.

    ftfy is optional: without it the text is returned unchanged.
    """
    try:
        import ftfy
    except ImportError:  # pragma: no cover - depends on the installation
        return text
    try:
        fixed: str = ftfy.fix_encoding(text)
    except Exception:  # a repair that fails must not cost the document
        logger.warning("mojibake repair failed", exc_info=True)
        return text
    return fixed


def _canonical(name: str) -> str | None:
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return _READ_AS.get(codec, codec)


def declared_encoding(head: bytes) -> str | None:
    """The charset a document declares in its first bytes, if it names a known codec."""
    match = _DECLARED.search(head[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2) or b"").decode("ascii", "ignore")
    codec = _canonical(name)
    # A declaration readable as ASCII cannot be in UTF-16/32 itself: browsers read it as UTF-8.
    if codec is not None and codec.startswith(_WIDE):
        return "utf-8"
    return codec


def _decode_after_bom(body: bytes, encoding: str, location: str | None) -> str:
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as exc:
        # A download cut mid-character fails only in its last few bytes: keep the rest.
        if exc.start >= len(body) - 4:
            return body.decode(encoding, "replace")
        raise DecodeError(f"starts with a {encoding} byte-order mark but is not {encoding} "
                          f"(byte {exc.start}): {exc.reason}", source=location) from exc


def _sniff_wide(sample: bytes) -> str | None:
    """UTF-16/32 without a BOM, told by where the NUL bytes of ASCII characters fall."""
    if len(sample) < 4:
        return None
    size = len(sample) - len(sample) % 4
    counts = [sample[i:size:4].count(0) for i in range(4)]
    quarter = size // 4
    if quarter == 0:
        return None
    share = [c / quarter for c in counts]
    if share[1] > 0.9 and share[2] > 0.9 and share[3] > 0.9 and share[0] < 0.5:
        return "utf-32-le"
    if share[0] > 0.9 and share[1] > 0.9 and share[2] > 0.9 and share[3] < 0.5:
        return "utf-32-be"
    odd, even = (share[1] + share[3]) / 2, (share[0] + share[2]) / 2
    if odd > 0.6 and even < 0.2:
        return "utf-16-le"
    if even > 0.6 and odd < 0.2:
        return "utf-16-be"
    return None


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    # Text in any ASCII-compatible encoding has almost no control bytes; compressed or
    # executable data has about one in nine. A handful in a short text is only noise.
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls >= 8 and controls * 20 > len(sample)


def _detect(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data) if m.encoding]
    if not matches:
        return None
    # Short texts often fit several code pages equally well; among the least chaotic,
    # take the one most used on the web (cp1250 reads English as well as cp1252 does).
    least = min(m.percent_chaos for m in matches)
    tied = [m for m in matches if m.percent_chaos <= least + 0.5]
    best = min(tied, key=lambda m: (_WEB_PREFERENCE.get(_canonical(m.encoding) or "", 99),
                                    tied.index(m)))
    encoding = _canonical(best.encoding) or best.encoding
    try:
        return data.decode(encoding, "replace"), encoding
    except LookupError:
        return str(best), best.encoding


def _decode_raw(data: bytes, location: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_after_bom(data[len(bom):], encoding, location), encoding
    sample = data[:4096]
    if b"\x00" in sample:
        wide = _sniff_wide(sample)
        if wide is not None:
            try:
                text = data.decode(wide)
            except UnicodeDecodeError:
                text = ""
            # Binary data can have the NUL pattern too; real text decodes to few controls.
            if text and len(_CONTROLS.findall(text[:2048])) * 20 <= min(len(text), 2048):
                return text, wide
    if _looks_binary(sample):
        raise DecodeError("looks like binary data (many control bytes), not text",
                          source=location)
    declared = declared_encoding(data)
    if data.isascii():
        encoding = declared or "utf-8"
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            return data.decode("utf-8"), "utf-8"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared is not None and declared != "utf-8":
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            logger.info("%s: declares %s but does not decode with it; detecting",
                        location or "input", declared)
    detected = _detect(data)
    if detected is not None:
        return detected
    # windows-1252 maps almost every byte; only undefined ones are replaced.
    return data.decode("cp1252", "replace"), "cp1252"


def decode_bytes(
    data: bytes, *, location: str | None = None, repair: bool = True
) -> tuple[str, str]:
    """Decode ``data`` to ``(text, encoding)``; raise :class:`DecodeError` if it is binary.

    The text holds no NUL, control character (but tab, newline, CR), lone surrogate or
    noncharacter. With ``repair`` (the default) unambiguous mojibake is repaired too; callers
    that keep only part of the text (HTML extraction) repair that part instead.
    """
    text, encoding = _decode_raw(data, location)
    # Repair first: "â€\x9d" (a right double quote read as latin-1) needs its C1 byte.
    return clean_text(repair_mojibake(text) if repair else text), encoding


__all__ = [
    "clean_text",
    "declared_encoding",
    "decode_bytes",
    "has_invalid_chars",
    "repair_mojibake",
    "replace_invalid_chars",
]
