"""Text, number, name and date normalisation shared by the ingesters, quotes and claims code."""

from newsclaims.normalize.dates import find_date, find_year_hint, parse_date
from newsclaims.normalize.demonyms import country_of
from newsclaims.normalize.names import (
    DEFAULT_ALIASES,
    AliasTable,
    fold_name,
    match_name,
    name_similarity,
    split_title,
    strip_possessive,
)
from newsclaims.normalize.numbers import find_quantities, parse_number
from newsclaims.normalize.text import (
    CLOSERS,
    QUOTE_MARKS,
    NormalizedText,
    classify_mark,
    fold_for_matching,
    fold_marks,
    is_apostrophe,
    normalize_text,
    normalize_with_map,
)

__all__ = [
    "CLOSERS",
    "DEFAULT_ALIASES",
    "QUOTE_MARKS",
    "AliasTable",
    "NormalizedText",
    "classify_mark",
    "country_of",
    "find_date",
    "find_quantities",
    "find_year_hint",
    "fold_for_matching",
    "fold_marks",
    "fold_name",
    "is_apostrophe",
    "match_name",
    "name_similarity",
    "normalize_text",
    "normalize_with_map",
    "parse_date",
    "parse_number",
    "split_title",
    "strip_possessive",
]
