"""What ``newsclaims link PATH... [--json] [--jsonld]`` prints, so the CLI only wires it up."""

import json
from collections.abc import Iterable

from newsclaims.errors import NewsclaimsError
from newsclaims.linking.jsonld import to_jsonld
from newsclaims.linking.link import link
from newsclaims.linking.report import render_report
from newsclaims.model import Article

FORMATS = ("report", "text", "json", "jsonld")


def run_link_command(articles: Iterable[Article], *, fmt: str = "report") -> str:
    """Link ``articles`` and return the text to print (ending in a newline).

    ``fmt``: ``report`` (or ``text``) for the terminal report, ``json``, ``jsonld``.
    """
    if fmt not in FORMATS:
        raise NewsclaimsError(f"unknown output format {fmt!r}",
                              hint="use one of: " + ", ".join(FORMATS))
    result = link(articles)
    if fmt == "json":
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonld":
        return json.dumps(to_jsonld(result), ensure_ascii=False, indent=2) + "\n"
    return render_report(result)
