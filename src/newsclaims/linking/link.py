"""``link(articles)``: the same statement across outlets, the same claim, and contradictions.

Steps, each near-linear in the number of quotes: resolve speakers to canonical names;
cluster each speaker's quotes through blocking on rare tokens (``similarity``); group each
speaker's claims the same way (plus matching quantities); pair claim groups of different
speakers that share a topic word or concept and disagree (``contradictions``). Inputs are
deduplicated by article id and put in a canonical order first, so the result does not
depend on the order the articles came in.
"""

import json
import logging
import pathlib
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

import attrs

from newsclaims.claims import build_claims
from newsclaims.claims.clauses import sentence_spans
from newsclaims.errors import NewsclaimsError
from newsclaims.linking.concepts import DEFAULT_CONCEPTS
from newsclaims.linking.contradictions import DEFAULT_THRESHOLD, find_contradictions
from newsclaims.linking.drift import compute_drift
from newsclaims.linking.quantities import compatible
from newsclaims.linking.result import (
    Appearance,
    ArticleRef,
    ClaimGroup,
    ClusterMember,
    LinkResult,
    QuoteCluster,
    SpeakerEntry,
)
from newsclaims.linking.similarity import (
    Weights,
    candidate_pairs,
    connected,
    same_statement,
    text_features,
)
from newsclaims.linking.speakers import SpeakerTable, resolve_speakers
from newsclaims.linking.timekeys import time_key
from newsclaims.model import Article, Claim, Quote, Speaker, content_id
from newsclaims.normalize.names import AliasTable

logger = logging.getLogger(__name__)

_MIN_SENTENCE_FEATURES = 3
_KIND_RANK = {"direct": 0, "nested": 1, "partial": 2, "indirect": 3}


@attrs.frozen
class LinkOptions:
    """Thresholds of ``link``; the defaults suit news reports and translations of them."""

    quote_threshold: float = 0.5
    claim_threshold: float = 0.6
    window: int = 8
    max_prefix: int = 6
    max_side: int = 20
    # Denials scoring below this are not reported (see docs/linking.md, Contradictions).
    contradiction_threshold: float = DEFAULT_THRESHOLD
    concepts: Mapping[str, str] = DEFAULT_CONCEPTS
    aliases: AliasTable | None = None


@attrs.frozen
class _QuoteItem:
    ref: ArticleRef
    quote: Quote
    speaker: str
    features: frozenset[str]
    sentences: tuple[frozenset[str], ...]


@attrs.frozen
class ClaimItem:
    """One claim with where it was seen and its canonical speaker."""

    ref: ArticleRef
    claim: Claim
    quote: Quote
    speaker: str
    features: frozenset[str]


def outlet_label(article: Article) -> str:
    """A short name for where an article appeared: outlet, else web host, else file name."""
    if article.outlet:
        return article.outlet
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    if article.source.location:
        location = article.source.location
        host = urlsplit(location).hostname if "://" in location else None
        return host.removeprefix("www.") if host else pathlib.PurePath(location).name
    return f"article {article.id[:8]}"


def article_ref(article: Article) -> ArticleRef:
    return ArticleRef(
        article_id=article.id,
        outlet=outlet_label(article),
        published=article.published,
        url=article.url,
        title=article.title,
        location=article.source.location,
    )


def _canonical_articles(articles: Iterable[Article]) -> list[Article]:
    unique: dict[str, Article] = {}
    for article in articles:
        if not isinstance(article, Article):
            raise NewsclaimsError(
                f"link() takes Article objects, got {type(article).__name__}",
                hint="ingest the sources first: newsclaims.link(newsclaims.ingest(path))",
            )
        kept = unique.get(article.id)
        if kept is None or _richer(article, kept):
            unique[article.id] = article
    return [unique[key] for key in sorted(unique)]


def _richer(a: Article, b: Article) -> bool:
    """Of two articles with one id, which to keep, whatever order they came in.

    The id hashes url, title and body only, so copies may differ in metadata or quotes:
    keep the one with more quotes and claims, then the first in a total order.
    """
    def key(article: Article) -> tuple[int, int, str]:
        return (-len(article.quotes), -len(article.claims),
                json.dumps(article.to_dict(), sort_keys=True, default=str))
    return key(a) < key(b)


def _span_key(quote: Quote) -> tuple[int, int, str]:
    return (quote.span.start, quote.span.end, quote.text)


def _quote_items(
    articles: list[Article], speakers: SpeakerTable
) -> list[_QuoteItem]:
    items: list[_QuoteItem] = []
    for article in articles:
        ref = article_ref(article)
        for quote in sorted(article.quotes, key=_span_key):
            name = speakers.resolve(quote.speaker)
            if name is None:
                continue
            # Quantities never span sentences, so the quote's features are its sentences'.
            text = quote.text
            sentences = tuple(text_features(text[s:e]) for s, e in sentence_spans(text))
            if len(sentences) == 1:
                # One sentence: the sentence test is the whole-quote test; share, don't copy.
                features, sentences = sentences[0], ()
            else:
                features = frozenset().union(*sentences)
            if len(features) >= 2:
                items.append(
                    _QuoteItem(
                        ref=ref,
                        quote=quote,
                        speaker=name,
                        features=features,
                        sentences=tuple(
                            f for f in sentences if len(f) >= _MIN_SENTENCE_FEATURES
                        ),
                    )
                )
    items.sort(key=lambda it: (it.speaker, it.ref.article_id, _span_key(it.quote)))
    return items


def _member_order(ref: ArticleRef) -> tuple[tuple[int, str], str, str]:
    return (time_key(ref.published), ref.outlet, ref.article_id)


def _cluster_quotes(items: list[_QuoteItem], options: LinkOptions) -> list[QuoteCluster]:
    weights = Weights.of([it.features for it in items])
    pairs = candidate_pairs(
        [(it.speaker, it.features) for it in items],
        window=options.window,
        max_prefix=options.max_prefix,
    )

    def accept(i: int, j: int) -> bool:
        # The whole quotes, or one sentence of each: "one outlet quoted two sentences,
        # another the first only", or both quoted different stretches of one answer.
        a, b = items[i].features, items[j].features
        if same_statement(a, b, weights, options.quote_threshold):
            return True
        return any(
            same_statement(x, y, weights, options.quote_threshold)
            for x in items[i].sentences
            for y in items[j].sentences
            if len(x & y) >= _MIN_SENTENCE_FEATURES
        )

    components = connected(len(items), pairs, accept)
    clusters: list[QuoteCluster] = []
    for component in components:
        members = [items[i] for i in component]
        if len({m.ref.article_id for m in members}) < 2:
            continue
        canonical = min(
            members,
            key=lambda m: (
                -len(m.features),
                _KIND_RANK[m.quote.kind],
                _member_order(m.ref),
                _span_key(m.quote),
            ),
        )
        ordered = sorted(members, key=lambda m: (_member_order(m.ref), _span_key(m.quote)))
        cluster_members = tuple(
            ClusterMember(
                article=m.ref,
                text=m.quote.text,
                kind=m.quote.kind,
                span=m.quote.span,
                drift=compute_drift(canonical.quote.text, m.quote.text),
            )
            for m in ordered
        )
        clusters.append(
            QuoteCluster(
                id="q" + content_id(*(f"{m.ref.article_id}:{m.quote.span.start}"
                                      for m in ordered))[:12],
                speaker=canonical.speaker,
                canonical_text=canonical.quote.text,
                canonical_article_id=canonical.ref.article_id,
                members=cluster_members,
            )
        )
    clusters.sort(key=lambda c: (c.speaker, _member_order(c.members[0].article), c.id))
    return clusters


def _claims_of(article: Article) -> tuple[Claim, ...]:
    if article.claims or not article.quotes:
        return article.claims
    return tuple(build_claims(article))


def _claim_items(
    articles: list[Article], claims: Mapping[str, tuple[Claim, ...]], speakers: SpeakerTable
) -> list[ClaimItem]:
    items: list[ClaimItem] = []
    for article in articles:
        ref = article_ref(article)
        for claim in claims[article.id]:
            name = speakers.resolve(claim.speaker)
            if name is None or not claim.evidence:
                continue
            features = text_features(claim.statement, claim.quantities)
            items.append(
                ClaimItem(ref=ref, claim=claim, quote=claim.evidence[0], speaker=name,
                          features=features)
            )
    items.sort(
        key=lambda it: (it.speaker, it.ref.article_id, _span_key(it.quote), it.claim.statement)
    )
    return items


def _same_quantity_claim(a: ClaimItem, b: ClaimItem) -> bool:
    if not a.claim.quantities or not b.claim.quantities:
        return False
    words = {t for t in a.features & b.features if not t.startswith("#") and t != "not"}
    if not words:
        return False
    return any(compatible(x, y) for x in a.claim.quantities for y in b.claim.quantities)


def _appearance(item: ClaimItem) -> Appearance:
    return Appearance(
        article=item.ref,
        statement=item.claim.statement,
        quote_text=item.quote.text,
        kind=item.quote.kind,
        span=item.quote.span,
    )


def _group_claims(
    items: list[ClaimItem],
    clusters: list[QuoteCluster],
    options: LinkOptions,
) -> tuple[list[ClaimGroup], dict[str, list[ClaimItem]]]:
    weights = Weights.of([it.features for it in items])
    pairs = candidate_pairs(
        [((it.speaker, it.claim.polarity), it.features) for it in items],
        window=options.window,
        max_prefix=options.max_prefix,
    )

    def accept(i: int, j: int) -> bool:
        a, b = items[i], items[j]
        return same_statement(
            a.features, b.features, weights, options.claim_threshold
        ) or _same_quantity_claim(a, b)

    cluster_of: dict[tuple[str, int, int], str] = {}
    for cluster in clusters:
        for member in cluster.members:
            cluster_of[(member.article.article_id, member.span.start, member.span.end)] = cluster.id
    groups: list[ClaimGroup] = []
    members_by_group: dict[str, list[ClaimItem]] = {}
    for component in connected(len(items), pairs, accept):
        members = [items[i] for i in component]
        best = min(
            members,
            key=lambda m: (
                _KIND_RANK[m.quote.kind],
                -len(m.features),
                _member_order(m.ref),
                m.claim.statement,
            ),
        )
        appearances = tuple(
            _appearance(m)
            for m in sorted(members, key=lambda m: (_member_order(m.ref), _span_key(m.quote)))
        )
        first = appearances[0]
        cluster_ids = sorted(
            {
                cluster_of[key]
                for m in members
                if (key := (m.ref.article_id, m.quote.span.start, m.quote.span.end)) in cluster_of
            }
        )
        group_id = "c" + content_id(
            *(f"{a.article.article_id}:{a.span.start}:{a.statement}" for a in appearances)
        )[:12]
        groups.append(
            ClaimGroup(
                id=group_id,
                speaker=best.speaker,
                statement=best.claim.statement,
                polarity=best.claim.polarity,
                quantities=best.claim.quantities,
                about=best.claim.about,
                appearances=appearances,
                first_appearance=first,
                quote_cluster_ids=tuple(cluster_ids),
            )
        )
        members_by_group[group_id] = members
    groups.sort(key=lambda g: (g.speaker, _member_order(g.first_appearance.article), g.id))
    return groups, members_by_group


def _speaker_entries(table: SpeakerTable, used: set[str]) -> tuple[SpeakerEntry, ...]:
    return tuple(
        SpeakerEntry(
            name=name,
            variants=table.variants.get(name, (name,)),
            roles=table.roles.get(name, ()),
            kind=table.kinds.get(name, "person"),
        )
        for name in sorted(used)
    )


def link(articles: Iterable[Article], *, options: LinkOptions | None = None) -> LinkResult:
    """Link quotes and claims across ``articles``; the result does not depend on their order.

    Articles without claims get them from ``newsclaims.claims.build_claims``; articles
    without quotes contribute nothing but their reference.
    """
    opts = options or LinkOptions()
    ordered = _canonical_articles(articles)
    claims = {article.id: _claims_of(article) for article in ordered}
    speakers_seen: list[tuple[Speaker, int, str]] = []
    for article in ordered:
        names = {q.speaker for q in article.quotes if q.speaker is not None}
        names.update(c.speaker for c in claims[article.id] if c.speaker is not None)
        for speaker in names:
            written = max(1, article.body.count(speaker.name))
            seen = time_key(article.published)
            speakers_seen.append((speaker, written, f"{seen[0]}{seen[1]}{article.id}"))
    table = resolve_speakers(speakers_seen, aliases=opts.aliases)
    quote_items = _quote_items(ordered, table)
    clusters = _cluster_quotes(quote_items, opts)
    claim_items = _claim_items(ordered, claims, table)
    groups, members = _group_claims(claim_items, clusters, opts)
    contradictions = find_contradictions(
        groups, members, opts.concepts, max_side=opts.max_side,
        threshold=opts.contradiction_threshold,
    )
    used = {c.speaker for c in clusters} | {g.speaker for g in groups}
    logger.debug(
        "linked %d articles: %d quotes, %d clusters, %d claim groups, %d contradictions",
        len(ordered), len(quote_items), len(clusters), len(groups), len(contradictions),
    )
    return LinkResult(
        articles=tuple(article_ref(a) for a in ordered),
        speakers=_speaker_entries(table, used),
        quote_clusters=tuple(clusters),
        claim_groups=tuple(groups),
        contradictions=tuple(contradictions),
    )


__all__ = ["ClaimItem", "LinkOptions", "article_ref", "link", "outlet_label"]
