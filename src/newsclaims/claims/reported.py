"""Unattributed reported statements: "more than 1,200 people have reportedly been killed".

News copy often states contested facts through a hedge instead of a speaker
("reportedly", "allegedly", "according to reports", "is believed to"). Such a sentence, when
no quote covers it, becomes a claim with no speaker; its evidence is an ``indirect`` quote
spanning the sentence, with the hedge as its cue and a lowered confidence.
"""

import re
from collections.abc import Sequence

from newsclaims.claims.clauses import sentence_spans
from newsclaims.model import Article, Quote, Span

_HEDGES = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|according to (?:reports|media reports|estimates|"
    r"unconfirmed reports)|(?:is|are|was|were) (?:believed|said|thought|reported|estimated) to)\b",
    re.IGNORECASE,
)
REPORTED_CONFIDENCE = 0.5


def _covered(span: Span, quotes: Sequence[Quote]) -> bool:
    return any(q.span.overlaps(span) for q in quotes)


def reported_statements(article: Article) -> list[Quote]:
    """Sentences of the body that report a hedged, unattributed statement, as quotes."""
    found: list[Quote] = []
    for paragraph in article.paragraphs:
        if paragraph.role != "paragraph":
            continue
        for start, end in sentence_spans(paragraph.text):
            sentence = paragraph.text[start:end]
            stripped_start = start + (len(sentence) - len(sentence.lstrip()))
            stripped_end = start + len(sentence.rstrip())
            if stripped_end <= stripped_start:
                continue
            hedge = _HEDGES.search(paragraph.text, stripped_start, stripped_end)
            if hedge is None:
                continue
            span = Span(paragraph.span.start + stripped_start, paragraph.span.start + stripped_end)
            if _covered(span, article.quotes):
                continue
            found.append(
                Quote(
                    text=span.slice(article.body),
                    span=span,
                    kind="indirect",
                    cue=hedge.group(),
                    confidence=REPORTED_CONFIDENCE,
                )
            )
    return found
