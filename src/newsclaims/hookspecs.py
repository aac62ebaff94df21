"""The hooks a newsclaims plugin can implement.

Plugins are found through the ``newsclaims`` entry-point group. Implement hooks with
``newsclaims.hookimpl``; an implementation may take fewer arguments than the spec, so newsclaims
always calls hooks with keyword arguments and can add arguments without breaking plugins.
"""

from collections.abc import Callable

import pluggy

from newsclaims.ingester import Ingester

PROJECT_NAME = "newsclaims"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def register_ingesters(register: Callable[[Ingester], None]) -> None:
    """Declare ingesters by calling ``register(ingester)`` once for each.

    ``ingester`` provides ``name``, ``media_types``, ``extensions``, ``detect(document)``
    and ``ingest(document)`` (see :class:`newsclaims.ingester.Ingester`).
    """
