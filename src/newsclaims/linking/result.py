"""The cross-outlet picture ``link()`` returns: quote clusters, claim groups, contradictions.

Every class is frozen; ``LinkResult.to_dict()`` gives the JSON shape of
``docs/schema/link.schema.json``.
"""

import datetime as _dt
from typing import Any, Literal

import attrs

from newsclaims.linking.drift import Drift
from newsclaims.model import Polarity, Quantity, QuoteKind, Span

ContradictionKind = Literal["denial", "quantity"]


@attrs.frozen
class ArticleRef:
    """The article a quote or claim was seen in: enough to cite it."""

    article_id: str
    outlet: str
    published: _dt.datetime | _dt.date | None = None
    url: str | None = None
    title: str | None = None
    location: str | None = None


@attrs.frozen
class ClusterMember:
    """One outlet's report of a statement: its wording and how it drifts from the canonical."""

    article: ArticleRef
    text: str
    kind: QuoteKind
    span: Span
    drift: Drift


@attrs.frozen
class QuoteCluster:
    """Quotes by one speaker, in several articles, that report one statement."""

    id: str
    speaker: str
    canonical_text: str
    canonical_article_id: str
    members: tuple[ClusterMember, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({m.article.outlet for m in self.members}))

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(sorted({m.article.article_id for m in self.members}))


@attrs.frozen
class Appearance:
    """A claim as one article carried it, with the quote it rests on."""

    article: ArticleRef
    statement: str
    quote_text: str
    kind: QuoteKind
    span: Span


@attrs.frozen
class ClaimGroup:
    """Claims by one speaker about one thing, across articles."""

    id: str
    speaker: str
    statement: str
    polarity: Polarity
    quantities: tuple[Quantity, ...]
    about: tuple[str, ...]
    appearances: tuple[Appearance, ...]
    first_appearance: Appearance
    quote_cluster_ids: tuple[str, ...] = ()

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({a.article.outlet for a in self.appearances}))

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(sorted({a.article.article_id for a in self.appearances}))


@attrs.frozen
class ContradictionSide:
    """One speaker's position in a contradiction, with the quotes that show it."""

    speaker: str
    polarity: Polarity
    statement: str
    quantities: tuple[Quantity, ...]
    evidence: tuple[Appearance, ...]
    claim_group_id: str

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(sorted({a.article.article_id for a in self.evidence}))


@attrs.frozen
class Contradiction:
    """Different speakers on one topic with opposite polarity or incompatible numbers."""

    id: str
    topic: str
    kind: ContradictionKind
    score: float
    sides: tuple[ContradictionSide, ...]
    reason: str


@attrs.frozen
class SpeakerEntry:
    """A canonical speaker and the names it was reported under."""

    name: str
    variants: tuple[str, ...]
    roles: tuple[str, ...]
    kind: str


@attrs.frozen
class LinkResult:
    """Everything ``link()`` found across the articles it was given."""

    articles: tuple[ArticleRef, ...]
    speakers: tuple[SpeakerEntry, ...]
    quote_clusters: tuple[QuoteCluster, ...]
    claim_groups: tuple[ClaimGroup, ...]
    contradictions: tuple[Contradiction, ...]

    def to_dict(self) -> dict[str, Any]:
        from newsclaims.linking.export import result_to_dict

        return result_to_dict(self)
