"""Reading plain-text dumps of web pages: furniture dropped, headline and metadata found.

``parse_text_dump(text)`` is the engine behind the built-in ``text`` ingester; it takes a
string and returns one :class:`~newsclaims.model.Article`.
"""

from newsclaims.textdump.engine import is_boilerplate_line, parse_text_dump
from newsclaims.textdump.lexicon import DEFAULT_LEXICON, DEFAULT_PHRASES, STRONG_PHRASES, Lexicon

__all__ = [
    "DEFAULT_LEXICON",
    "DEFAULT_PHRASES",
    "STRONG_PHRASES",
    "Lexicon",
    "is_boilerplate_line",
    "parse_text_dump",
]
