"""The cross-outlet picture: one statement across outlets, one claim, and contradictions.

``link(articles)`` returns a :class:`LinkResult`; ``render_report`` turns it into the text a
journalist pastes into a note, ``LinkResult.to_dict()`` into JSON
(``docs/schema/link.schema.json``), ``to_jsonld`` into schema.org JSON-LD.
"""

from newsclaims.linking.command import run_link_command
from newsclaims.linking.drift import Change, Drift, compute_drift
from newsclaims.linking.jsonld import to_jsonld
from newsclaims.linking.link import LinkOptions, link
from newsclaims.linking.report import render_report
from newsclaims.linking.result import (
    Appearance,
    ArticleRef,
    ClaimGroup,
    ClusterMember,
    Contradiction,
    ContradictionSide,
    LinkResult,
    QuoteCluster,
    SpeakerEntry,
)

__all__ = [
    "Appearance",
    "ArticleRef",
    "Change",
    "ClaimGroup",
    "ClusterMember",
    "Contradiction",
    "ContradictionSide",
    "Drift",
    "LinkOptions",
    "LinkResult",
    "QuoteCluster",
    "SpeakerEntry",
    "compute_drift",
    "link",
    "render_report",
    "run_link_command",
    "to_jsonld",
]
