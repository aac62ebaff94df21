"""Bytes of an HTML page to text, honouring its BOM, declared charset and actual bytes.

The project's :func:`newsclaims.decoding.decode_bytes` also repairs mojibake over the whole
text; on a page most of that text is markup that extraction throws away, and the repair costs
more than parsing. So the page is decoded without it, and only the extracted text is repaired
(:func:`repair_text`).
"""

import re

from newsclaims import decoding

# Lead bytes of UTF-8 sequences read as windows-1252/latin-1 ("Ã©", "â€™", "Ð¿").
_MOJIBAKE_HINT = re.compile(
    "[ÂÃÄÅÐÑØÙâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013-\u203a\u20ac\u2122]"
)


def decode_page(data: bytes, *, location: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` of a page; raises :class:`~newsclaims.errors.DecodeError`."""
    return decoding.decode_bytes(data, location=location, repair=False)


def repair_text(text: str) -> str:
    """Repair mojibake in extracted text, where there is a sign of it."""
    if not _MOJIBAKE_HINT.search(text):
        return text
    return decoding.repair_mojibake(text)
