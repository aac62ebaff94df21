"""``LinkResult`` as JSON-ready data; the shape is ``docs/schema/link.schema.json``."""

from typing import Any

from newsclaims.linking.drift import Drift
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
from newsclaims.serialize import date_to_str, quantity_to_dict

LINK_SCHEMA_VERSION = 1


def _where(ref: ArticleRef) -> dict[str, Any]:
    return {
        "article_id": ref.article_id,
        "outlet": ref.outlet,
        "published": date_to_str(ref.published),
        "url": ref.url,
    }


def _article(ref: ArticleRef) -> dict[str, Any]:
    return {**_where(ref), "title": ref.title, "location": ref.location}


def drift_to_dict(drift: Drift) -> dict[str, Any]:
    return {
        "changed": [{"from": c.before, "to": c.after} for c in drift.changed],
        "added": list(drift.added),
        "dropped": list(drift.dropped),
        "omitted": list(drift.omitted),
        "similarity": drift.similarity,
        "verbatim": drift.is_verbatim,
    }


def _member(member: ClusterMember) -> dict[str, Any]:
    return {
        **_where(member.article),
        "text": member.text,
        "kind": member.kind,
        "span": [member.span.start, member.span.end],
        "drift": drift_to_dict(member.drift),
    }


def _cluster(cluster: QuoteCluster) -> dict[str, Any]:
    return {
        "id": cluster.id,
        "speaker": cluster.speaker,
        "canonical_text": cluster.canonical_text,
        "canonical_article_id": cluster.canonical_article_id,
        "outlets": list(cluster.outlets),
        "members": [_member(m) for m in cluster.members],
    }


def _appearance(appearance: Appearance) -> dict[str, Any]:
    return {
        **_where(appearance.article),
        "statement": appearance.statement,
        "quote_text": appearance.quote_text,
        "kind": appearance.kind,
        "span": [appearance.span.start, appearance.span.end],
    }


def _group(group: ClaimGroup) -> dict[str, Any]:
    return {
        "id": group.id,
        "speaker": group.speaker,
        "statement": group.statement,
        "polarity": group.polarity,
        "quantities": [quantity_to_dict(q) for q in group.quantities],
        "about": list(group.about),
        "first_appearance": _appearance(group.first_appearance),
        "appearances": [_appearance(a) for a in group.appearances],
        "outlets": list(group.outlets),
        "quote_cluster_ids": list(group.quote_cluster_ids),
    }


def _side(side: ContradictionSide) -> dict[str, Any]:
    return {
        "speaker": side.speaker,
        "polarity": side.polarity,
        "statement": side.statement,
        "quantities": [quantity_to_dict(q) for q in side.quantities],
        "evidence": [_appearance(a) for a in side.evidence],
        "articles": list(side.article_ids),
        "claim_group_id": side.claim_group_id,
    }


def _contradiction(contradiction: Contradiction) -> dict[str, Any]:
    return {
        "id": contradiction.id,
        "topic": contradiction.topic,
        "kind": contradiction.kind,
        "score": contradiction.score,
        "reason": contradiction.reason,
        "sides": [_side(s) for s in contradiction.sides],
    }


def _speaker(entry: SpeakerEntry) -> dict[str, Any]:
    return {"name": entry.name, "variants": list(entry.variants), "roles": list(entry.roles),
            "kind": entry.kind}


def result_to_dict(result: LinkResult) -> dict[str, Any]:
    return {
        "schema_version": LINK_SCHEMA_VERSION,
        "articles": [_article(a) for a in result.articles],
        "speakers": [_speaker(s) for s in result.speakers],
        "quote_clusters": [_cluster(c) for c in result.quote_clusters],
        "claim_groups": [_group(g) for g in result.claim_groups],
        "contradictions": [_contradiction(c) for c in result.contradictions],
    }
