"""The hooks a newsclaims plugin can implement.

Plugins are found through the ``newsclaims`` entry-point group. Implement hooks with
``newsclaims.hookimpl``; an implementation may take fewer arguments than the spec, so newsclaims
always calls hooks with keyword arguments and can add arguments without breaking plugins.
"""

from collections.abc import Callable

import pluggy

from newsclaims.ingester import Ingester
from newsclaims.quotes.base import NamedQuoteExtractor

PROJECT_NAME = "newsclaims"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def register_ingesters(register: Callable[[Ingester], None]) -> None:
    """Declare ingesters by calling ``register(ingester)`` once for each.

    ``ingester`` provides ``name``, ``media_types``, ``extensions``, ``detect(document)``
    and ``ingest(document)`` (see :class:`newsclaims.ingester.Ingester`).
    """


@hookspec
def register_quote_extractors(register: Callable[[NamedQuoteExtractor], None]) -> None:
    """Declare quote extractors by calling ``register(extractor)`` once for each.

    ``extractor`` provides ``name`` (selected by ``extract_quotes(text, extractor=name)``) and
    ``extract(text, paragraphs) -> list[Candidate]`` (see
    :class:`newsclaims.quotes.base.NamedQuoteExtractor`).
    """
