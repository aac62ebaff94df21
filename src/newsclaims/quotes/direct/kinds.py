"""What a quotation is: direct speech, a partial quote in the reporter's sentence, or a scare
quote / title that is no one's words.
"""

from __future__ import annotations

from newsclaims.quotes.direct.words import SPEECH_END, TITLE_CASE_MARKS, WORK_NOUNS
from newsclaims.quotes.marks import MarkedQuote


def classify(text: str, quote: MarkedQuote, ending: str, attributed: bool) -> tuple[str, bool]:
    """The quote's kind ("direct" or "partial") and whether it is speech at all."""
    inner = text[quote.inner_start : quote.inner_end]
    words = inner.split()
    embedded = ending in ("word", "that")
    ends_speech = bool(inner) and inner[-1] in SPEECH_END
    if not any(ch.isalpha() for ch in inner):
        return "partial", False  # numbers, dates, ids: not speech
    if embedded and inner[-1:] in ",." and _is_title(inner[:-1].split()) and (
        text[quote.start] != "„"
    ):
        return "partial", False  # a title with American punctuation: on “Face the Nation,”
    # (The cheap tests first: a long quotation is never a title, and few follow a work's noun.)
    if not embedded and text[quote.start] in TITLE_CASE_MARKS and len(words) <= 12 and (
        _named_work(text, quote.start)
    ) and _is_title([w.strip(",.:;") for w in words], 12):
        return "partial", False  # "In his memoir, “Tough Choices,” she wrote": a title
    if not embedded:
        if not attributed and text[quote.start] in TITLE_CASE_MARKS and (
            (len(words) <= 7 and _is_title([w.strip(",.:;") for w in words]))
            or (len(words) <= 2 and inner[-1] in ",:")
        ):
            # Nobody said it and it reads as a name: “The Apprentice,” “Apollo 13,” “Billions,”
            return "partial", False
        if attributed or len(words) >= 4 or ends_speech:
            return "direct", True
        return "partial", False
    if _is_title(words) and not ends_speech and text[quote.start] != "„":
        # German capitalises every noun, so a „Title“ test would drop its partial quotes.
        return "partial", False
    if len(words) >= 10 and ends_speech and inner[:1].isupper():
        return "direct", True
    return "partial", True


def _named_work(text: str, start: int) -> bool:
    """Whether the words before ``start`` end with a work's noun and a comma."""
    lead = text[max(0, start - 40) : start].rstrip()
    if not lead.endswith(","):
        return False
    words = lead[:-1].split()
    return bool(words) and words[-1].lower() in WORK_NOUNS


_SMALL_WORDS = frozenset(
    {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "with", "de", "der"}
)


def _is_title(words: list[str], longest: int = 7) -> bool:
    return 0 < len(words) <= longest and all(
        w[:1].isupper() or w in _SMALL_WORDS or w.isdigit() for w in words
    ) and any(w[:1].isupper() for w in words)
