"""Shared body of the atheris harnesses: one ingester, arbitrary bytes, typed errors only.

A finding is anything but: articles whose strings are valid Unicode and whose spans slice
their body, or a ``newsclaims.errors.NewsclaimsError``. libFuzzer's ``-timeout`` catches hangs.
"""

import sys
from collections.abc import Callable

import atheris  # type: ignore[import-untyped]

with atheris.instrument_imports(include=["newsclaims"]):

    from newsclaims.document import Document
    from newsclaims.errors import NewsclaimsError
    from newsclaims.limits import Limits, using_limits
    from newsclaims.pipeline import iter_ingest
    from newsclaims.plugins import get_registry
    from newsclaims.testing import check_integrity

# Smaller than the defaults so each input stays fast; the bounds themselves are under test.
LIMITS = Limits(max_bytes=1 << 20, max_paragraphs=2_000, max_quotes=500, max_feed_entries=200)


def make_target(ingester_name: str, location: str) -> Callable[[bytes], None]:
    info = get_registry().get_ingester(ingester_name)
    ingester = info.ingester

    def target(data: bytes) -> None:
        document = Document.from_bytes(data, location=location)
        score = ingester.detect(document)
        assert 0.0 <= float(score) <= 1.0, f"detect gave {score!r}"
        # The ingester alone: an untyped exception here is a finding the pipeline would hide
        # behind PluginError.
        try:
            with using_limits(LIMITS):
                for article in ingester.ingest(document):
                    check_integrity(article, strict_unicode=False)
        except NewsclaimsError:
            pass
        # The whole pipeline (quotes, claims): must hand out only valid Unicode.
        try:
            for article in iter_ingest(document, format=ingester_name, limits=LIMITS):
                check_integrity(article, strict_unicode=True)
        except NewsclaimsError as exc:
            assert type(exc).__name__ != "PluginError", str(exc)

    return target


def main(ingester_name: str, location: str) -> None:
    atheris.Setup(sys.argv, make_target(ingester_name, location))
    atheris.Fuzz()
