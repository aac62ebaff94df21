"""Bounds that keep hostile or huge input from hanging or exhausting the caller's process."""

import attrs


@attrs.frozen(kw_only=True)
class Limits:
    """Configurable limits with safe defaults; pass ``limits=Limits(...)`` to ``ingest``."""

    max_bytes: int = attrs.field(default=64 * 1024 * 1024, validator=attrs.validators.gt(0))
    max_html_depth: int = attrs.field(default=512, validator=attrs.validators.gt(0))
    max_paragraphs: int = attrs.field(default=20_000, validator=attrs.validators.gt(0))
    max_quotes: int = attrs.field(default=5_000, validator=attrs.validators.gt(0))
    max_feed_entries: int = attrs.field(default=50_000, validator=attrs.validators.gt(0))


DEFAULT_LIMITS = Limits()
