"""The claim picture as schema.org JSON-LD, for newsroom tools that read structured data.

Nodes: ``NewsArticle`` (headline, url, datePublished, publisher), ``Person`` or
``Organization`` per speaker, ``Quotation`` per quote (``spokenByCharacter`` and
``creator`` point at the speaker, ``isPartOf`` at the article) and ``Claim`` per claim
group (``author``, ``appearance`` = the articles that carried it, ``firstAppearance``,
``citation`` = the quotations). schema.org has no "contradicts" property, so
contradictions stay in the JSON output only.
"""

import re
from typing import Any

from newsclaims.linking.result import Appearance, ArticleRef, LinkResult
from newsclaims.model import Span
from newsclaims.serialize import date_to_str

_SLUG = re.compile(r"[^a-z0-9]+")


def _speaker_id(name: str) -> str:
    return "urn:newsclaims:speaker:" + (_SLUG.sub("-", name.casefold()).strip("-") or "unknown")


def _article_id(article_id: str) -> str:
    return f"urn:newsclaims:article:{article_id}"


def _quote_id(article_id: str, span: Span) -> str:
    return f"urn:newsclaims:quote:{article_id}:{span.start}-{span.end}"


def _article_node(ref: ArticleRef) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "NewsArticle", "@id": _article_id(ref.article_id),
                            "publisher": {"@type": "Organization", "name": ref.outlet}}
    if ref.title:
        node["headline"] = ref.title
    if ref.url:
        node["url"] = ref.url
    if ref.published is not None:
        node["datePublished"] = date_to_str(ref.published)
    return node


def _quotation(speaker: str, article: ArticleRef, text: str, span: Span) -> dict[str, Any]:
    who = {"@id": _speaker_id(speaker)}
    return {
        "@type": "Quotation",
        "@id": _quote_id(article.article_id, span),
        "text": text,
        "spokenByCharacter": who,
        "creator": who,
        "isPartOf": {"@id": _article_id(article.article_id)},
    }


def to_jsonld(result: LinkResult) -> dict[str, Any]:
    """A JSON-LD document (``@context`` schema.org, one ``@graph``) for ``result``."""
    nodes: dict[str, dict[str, Any]] = {}
    for ref in result.articles:
        nodes[_article_id(ref.article_id)] = _article_node(ref)
    for entry in result.speakers:
        node: dict[str, Any] = {
            "@type": "Organization" if entry.kind == "organisation" else "Person",
            "@id": _speaker_id(entry.name),
            "name": entry.name,
        }
        others = [v for v in entry.variants if v != entry.name]
        if others:
            node["alternateName"] = others
        if entry.roles:
            node["jobTitle" if entry.kind == "person" else "description"] = entry.roles[0]
        nodes[node["@id"]] = node

    def quote(speaker: str, appearance: Appearance) -> str:
        node = _quotation(speaker, appearance.article, appearance.quote_text, appearance.span)
        nodes.setdefault(node["@id"], node)
        return str(node["@id"])

    for cluster in result.quote_clusters:
        for member in cluster.members:
            node = _quotation(cluster.speaker, member.article, member.text, member.span)
            nodes.setdefault(node["@id"], node)
    for group in result.claim_groups:
        citations = sorted({quote(group.speaker, a) for a in group.appearances})
        articles = sorted({a.article.article_id for a in group.appearances})
        claim: dict[str, Any] = {
            "@type": "Claim",
            "@id": f"urn:newsclaims:claim:{group.id}",
            "text": group.statement,
            "author": {"@id": _speaker_id(group.speaker)},
            "appearance": [{"@id": _article_id(a)} for a in articles],
            "firstAppearance": {"@id": _article_id(group.first_appearance.article.article_id)},
            "citation": [{"@id": c} for c in citations],
        }
        if group.about:
            claim["about"] = [{"@type": "Thing", "name": term} for term in group.about]
        first_date = group.first_appearance.article.published
        if first_date is not None:
            claim["dateCreated"] = date_to_str(first_date)
        nodes[claim["@id"]] = claim
    return {"@context": "https://schema.org", "@graph": [nodes[k] for k in sorted(nodes)]}
