"""An entry's body: the richest of its content and summary, cleaned, and whether it is a teaser.

Some feeds put the article in ``content`` and a one-line teaser in ``summary``; others put the
article in ``summary`` and a photo caption in ``content``. So every candidate is cleaned
through the shared HTML fragment extraction and the one with the most text wins.
"""

import logging
import re
from collections.abc import Iterable, Sequence
from typing import cast

import attrs

from newsclaims.model import PARAGRAPH_ROLES, ParagraphRole

logger = logging.getLogger(__name__)

Paragraphs = list[tuple[str, ParagraphRole]]

# A body with no full-content element and less text than this is a summary, not the article.
TEASER_MAX_CHARS = 600

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")

_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\)|\[&hellip;\])\W{0,3}$")

# "Read more"-style links in the languages news feeds are mostly written in, lower case.
_READ_MORE_CUES = (
    "read more", "read the full story", "read the full article", "read full article",
    "read full story", "continue reading", "keep reading", "more…", "more...",
    "weiterlesen", "mehr lesen", "lire la suite", "lire plus", "leer más", "seguir leyendo",
    "leggi tutto", "leggi di più", "continua a leggere", "lees meer", "lees verder", "ler mais",
    "continuar lendo", "czytaj dalej", "czytaj więcej", "čítať ďalej", "číst dále",
    "читать далее", "подробнее", "читати далі", "devamını oku", "läs mer", "læs mere",
    "les mer", "lue lisää",
)
_READ_MORE_END = re.compile(
    r"(?:^|[^\w])(?:" + "|".join(re.escape(cue) for cue in _READ_MORE_CUES) + r")[^\w]{0,12}$"
)
_WORDPRESS_FOOTER = re.compile(r"^the post .{1,400} appeared first on .{1,200}$")


@attrs.frozen
class Candidate:
    """One place an entry's text may be: ``kind`` is "content" or "summary"."""

    kind: str
    value: str
    media_type: str
    language: str | None = None


@attrs.frozen
class Body:
    """The chosen body, where it came from, and whether it is only a teaser."""

    paragraphs: tuple[tuple[str, ParagraphRole], ...]
    kind: str | None
    is_teaser: bool
    language: str | None = None
    standfirst: str | None = None


def _role(role: str) -> ParagraphRole:
    return cast(ParagraphRole, role) if role in PARAGRAPH_ROLES else "paragraph"


def _plain_paragraphs(text: str) -> Paragraphs:
    blocks = re.split(r"\n\s*\n", text)
    return [(" ".join(block.split()), "paragraph") for block in blocks if block.strip()]


def _strip_tags(html: str) -> str:
    return " ".join(re.sub(r"<[^>]{0,2000}>", " ", html).split())


def to_paragraphs(value: str, media_type: str) -> Paragraphs:
    """``value`` as ``(text, role)`` blocks: HTML goes through the shared fragment cleaner."""
    if not value or not value.strip():
        return []
    if not any(kind in media_type for kind in _HTML_TYPES):
        return _plain_paragraphs(value)
    from newsclaims.html import fragment_paragraphs

    try:
        blocks = fragment_paragraphs(value)
    except Exception as exc:  # a cleaner bug must cost this entry's markup, not the feed
        logger.warning("HTML fragment cleaning failed (%r); stripping tags instead", exc)
        text = _strip_tags(value)
        return [(text, "paragraph")] if text else []
    return [(text, _role(role)) for text, role in blocks if text]


def _is_read_more(text: str) -> bool:
    lowered = text.lower()
    return len(lowered) <= 80 and len(lowered.split()) <= 8 and bool(_READ_MORE_END.search(lowered))


def _is_footer(text: str) -> bool:
    return len(text) <= 700 and _WORDPRESS_FOOTER.match(text.lower()) is not None


def _strip_footers(paragraphs: Paragraphs) -> tuple[Paragraphs, bool]:
    """Drop trailing "Read more" links and "The post ... appeared first on ..." lines.

    The second value says whether a "Read more" link was among them: the mark of a teaser
    (the WordPress footer is appended to full posts too, so it says nothing).
    """
    read_more = False
    while paragraphs:
        text = paragraphs[-1][0]
        if _is_read_more(text):
            read_more = True
        elif not _is_footer(text):
            break
        paragraphs = paragraphs[:-1]
    return paragraphs, read_more


def ends_as_teaser(text: str) -> bool:
    """Whether ``text`` ends the way a cut-off summary does ("…", "[...]", "Read more")."""
    tail = text[-120:].lower()
    return bool(_ELLIPSIS_END.search(tail) or _READ_MORE_END.search(tail))


# A summary longer than this is not a standfirst but a second rendering of the article.
STANDFIRST_MAX_CHARS = 500


def standfirst(summary: str, body: Sequence[tuple[str, str]]) -> str | None:
    """``summary`` as the article's standfirst, unless it merely repeats the body's opening.

    Many feeds' summaries are the first words of the article cut off with "…"; those say
    nothing new. A summary written for the purpose (a dek) is kept.
    """
    text = " ".join(summary.split())
    if not text or len(text) > STANDFIRST_MAX_CHARS or ends_as_teaser(text):
        return None  # empty, a second rendering, or an excerpt cut off with "…"/"Read more"
    # Compared on letters and digits only: feeds re-typeset quotes and dashes between the two.
    summary_key = _comparison_key(text)
    opening_key = _comparison_key(" ".join(block for block, _ in body[:5]))
    if not summary_key or opening_key.startswith(summary_key):
        return None
    # A long enough match further in is a paragraph repeated; a short one is chance.
    if len(summary_key) >= 40 and summary_key in opening_key[: len(summary_key) + 1000]:
        return None
    return text


def _comparison_key(text: str) -> str:
    return "".join(char for char in text.lower() if char.isalnum())


def _text_length(paragraphs: Iterable[tuple[str, str]]) -> int:
    return sum(len(text) for text, _ in paragraphs)


def choose_body(candidates: Sequence[Candidate], *, max_paragraphs: int) -> Body:
    """The candidate with the most text, cleaned, and whether it is only a teaser."""
    best: Paragraphs = []
    best_from: Candidate | None = None
    best_stripped = False
    summary: Paragraphs = []
    for candidate in candidates:
        paragraphs, stripped = _strip_footers(to_paragraphs(candidate.value, candidate.media_type))
        if candidate.kind == "summary" and not summary:
            summary = paragraphs
        if _text_length(paragraphs) > _text_length(best):
            best, best_from, best_stripped = paragraphs, candidate, stripped
    best = best[:max_paragraphs]
    has_content = any(c.kind == "content" and c.value.strip() for c in candidates)
    teaser = False
    if best:
        teaser = (
            best_stripped
            or ends_as_teaser(best[-1][0])
            or (not has_content and _text_length(best) < TEASER_MAX_CHARS)
        )
    dek = None
    if best_from is not None and best_from.kind != "summary" and summary:
        dek = standfirst(" ".join(text for text, _ in summary), best)
    return Body(
        paragraphs=tuple(best),
        kind=best_from.kind if best_from else None,
        is_teaser=teaser,
        language=best_from.language if best_from else None,
        standfirst=dek,
    )
