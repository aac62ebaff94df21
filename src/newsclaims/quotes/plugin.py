"""The built-in rule extractor, registered through the same hook any plugin uses."""

from __future__ import annotations

from collections.abc import Callable

from newsclaims.hookspecs import hookimpl
from newsclaims.quotes import RuleExtractor
from newsclaims.quotes.base import NamedQuoteExtractor


@hookimpl
def register_quote_extractors(register: Callable[[NamedQuoteExtractor], None]) -> None:
    register(RuleExtractor())
