"""Claims from the quotes of one article: one claim per asserting clause of each quote."""

import itertools
import logging
import re
from collections.abc import Iterable

import attrs

from newsclaims.claims.about import analyse
from newsclaims.claims.clauses import plain_statement, propositions
from newsclaims.claims.polarity import read_polarity
from newsclaims.claims.reported import reported_statements
from newsclaims.model import Article, Claim, Quantity, Quote
from newsclaims.normalize.numbers import find_quantities

logger = logging.getLogger(__name__)

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b", re.IGNORECASE)
_YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|until|till|by|from|of|during|before|after|early|late|mid)\s*-?\s*$",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"^\s*(?::\d|[ap]\.?m\b)", re.IGNORECASE)


def _is_date_or_time(text: str, quantity: Quantity) -> bool:
    """Days of a month, years and clock times are dates, not stated amounts."""
    if quantity.span is None or quantity.unit is not None:
        return False
    before = text[max(0, quantity.span.start - 16) : quantity.span.start]
    after = text[quantity.span.end : quantity.span.end + 16]
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after) or _CLOCK.match(after):
        return True
    value = quantity.value
    is_year = value.is_integer() and 1800 <= value <= 2100 and "," not in quantity.surface
    return is_year and (quantity.hedge is None) and bool(_YEAR_CONTEXT.search(before) or
                                                         after.startswith("s"))


def _is_determiner_one(quantity: Quantity) -> bool:
    # "one fundamental factor", "one of the reasons": a determiner far more often than a count.
    return quantity.surface.strip().casefold() in ("one", "a", "an") and quantity.hedge is None


def clause_quantities(
    text: str, start: int, end: int, offset: int, *, language: str | None = None
) -> tuple[Quantity, ...]:
    """The quantities of ``text[start:end]`` with spans shifted by ``offset + start``."""
    clause = text[start:end]
    found: list[Quantity] = []
    for quantity in find_quantities(clause, language=language):
        if _is_date_or_time(clause, quantity) or _is_determiner_one(quantity):
            continue
        if quantity.span is not None:
            quantity = attrs.evolve(quantity, span=quantity.span.shift(offset + start))
        found.append(quantity)
    return tuple(found)


_COMPLEMENTIZER = re.compile(r"(?:that|whether)\s+", re.IGNORECASE)
# A fragment quoted inside reported speech ("no legal basis") asserts something only when
# it is long enough to hold a predicate.
_MIN_PARTIAL_WORDS = 4


def claims_from_quote(
    quote: Quote, article_id: str | None = None, *, language: str | None = None
) -> list[Claim]:
    """The claims one quote makes; quantity spans index the text the quote's span indexes.

    ``language`` (the article's) decides how numbers read: see
    :func:`newsclaims.normalize.numbers.find_quantities`.
    """
    claims: list[Claim] = []
    for start, end in propositions(quote.text):
        if quote.kind == "partial" and len(quote.text[start:end].split()) < _MIN_PARTIAL_WORDS:
            continue
        if quote.kind == "indirect":
            # "(he said) that the problem is with their rulers": the proposition follows.
            lead = _COMPLEMENTIZER.match(quote.text, start, end)
            if lead is not None and lead.end() < end:
                start = lead.end()
        clause = quote.text[start:end]
        statement = plain_statement(clause)
        if not statement:
            continue
        aboutness = analyse(clause)
        reading = read_polarity(clause, aboutness.heads, quote.cue)
        quantities = clause_quantities(quote.text, start, end, quote.span.start,
                                       language=language)
        about = list(aboutness.terms())
        for quantity in quantities:
            if quantity.unit and quantity.unit not in about:
                about.append(quantity.unit)
        claims.append(
            Claim(
                statement=statement,
                speaker=quote.speaker,
                polarity=reading.polarity,
                quantities=quantities,
                evidence=(quote,),
                about=about,
                article_id=article_id,
                confidence=quote.confidence,
            )
        )
    return claims


def claims_from_quotes(
    quotes: Iterable[Quote], article_id: str | None = None, *, language: str | None = None
) -> list[Claim]:
    out: list[Claim] = []
    for quote in quotes:
        out.extend(claims_from_quote(quote, article_id, language=language))
    return out


# "I am talking about radical mercenaries": the speaker names what the sentence before was
# about. Said at the start of the next quotation of the same speaker.
_CLARIFICATION = re.compile(
    r"\W{0,3}(?:(?:I\s+am|I['’]m|we\s+are|we['’]re)\s+(?:(?:talking|speaking)\s+(?:about|of)"
    r"|referring\s+to)|(?:I|we)\s+mean)\s+",
    re.IGNORECASE,
)
_REFERENT_STOPS = frozenset(
    ["who", "whom", "whose", "which", "that", "when", "where", "as", "in", "from", "with",
     "without", "within", "by", "at", "on", "to", "for", "of", "and", "or", "but", "not", "is",
     "are", "was", "were", "have", "has", "had", "will", "would"]
)


def clarified_referent(text: str) -> str | None:
    """What "I am talking about X …" / "I mean X" at the start of ``text`` names: X's words.

    X runs to the first clause boundary, relative pronoun, preposition or participle, at most
    six words:
    "I am talking about radical mercenaries who espouse …" -> "radical mercenaries".
    """
    match = _CLARIFICATION.match(text)
    if match is None:
        return None
    taken: list[str] = []
    for raw in text[match.end() : match.end() + 200].split()[:7]:
        word = raw.strip("“”\"‘’'()")
        if not word or word.casefold() in _REFERENT_STOPS:
            break
        if taken and word.casefold().endswith(("ed", "ing")):
            break  # a participle starts what is said of it: "militants paid by …"
        stripped = word.rstrip(",.;:!?")
        if stripped:
            taken.append(stripped)
        if stripped != word or len(taken) == 6:
            break
    return " ".join(taken) or None


def _clarify(quotes: tuple[Quote, ...], claims: list[Claim]) -> list[Claim]:
    """Add a clarified referent to the claims of the same speaker's quotation just before."""
    ordered = sorted((q for q in quotes if q.kind != "nested"), key=lambda q: q.span.start)
    referents: dict[int, str] = {}
    for before, after in itertools.pairwise(ordered):
        if before.speaker is None or after.speaker is None:
            continue
        if before.speaker.name != after.speaker.name:
            continue
        referent = clarified_referent(after.text)
        if referent is not None:
            referents[id(before)] = referent
    if not referents:
        return claims
    out = []
    for claim in claims:
        referent = referents.get(id(claim.evidence[0])) if claim.evidence else None
        if referent is not None and referent not in claim.about:
            claim = attrs.evolve(claim, about=(*claim.about, referent))
        out.append(claim)
    return out


def build_claims(article: Article, *, reported: bool = True) -> list[Claim]:
    """Every claim asserted or denied in ``article``'s quotes, in quote order.

    With ``reported``, hedged unattributed sentences ("... have reportedly been killed")
    that no quote covers add claims with no speaker (``newsclaims.claims.reported``).
    Quantity spans index ``article.body``, like the quotes' spans.
    """
    claims = _clarify(
        article.quotes, claims_from_quotes(article.quotes, article.id, language=article.language)
    )
    if reported:
        claims += claims_from_quotes(reported_statements(article), article.id,
                                     language=article.language)
    logger.debug("article %s: %d quotes -> %d claims", article.id, len(article.quotes),
                 len(claims))
    return claims


__all__ = ["build_claims", "claims_from_quote", "claims_from_quotes",
           "clarified_referent", "clause_quantities"]
