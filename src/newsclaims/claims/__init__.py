"""Claims from quotes: who asserted or denied what, with the numbers and the things it is about.

``build_claims(article)`` splits each quote into the clauses that assert something, and
gives each a plain statement, its quantities (``newsclaims.normalize.numbers``), its
polarity (assert / deny) and what it is about. The rules are in small modules:
``clauses`` (splitting, filler), ``polarity`` (negation and denial cues), ``about``
(entities and phrase heads), ``tokens`` (comparison words).
"""

from newsclaims.claims.build import build_claims, claims_from_quote, claims_from_quotes
from newsclaims.claims.clauses import plain_statement, propositions
from newsclaims.claims.polarity import PolarityReading, read_polarity

__all__ = [
    "PolarityReading",
    "build_claims",
    "claims_from_quote",
    "claims_from_quotes",
    "plain_statement",
    "propositions",
    "read_polarity",
]
