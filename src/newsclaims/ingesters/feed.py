"""Placeholder for the feed ingester (being written)."""

from newsclaims.hookspecs import hookimpl


@hookimpl
def register_ingesters(register):  # type: ignore[no-untyped-def]
    return None
