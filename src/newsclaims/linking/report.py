"""A plain-text report of a ``LinkResult``: what a journalist pastes into a note.

Contradictions come first; then, per speaker, their claims with the outlets that carried
each (earliest first) and the statements several outlets quoted, with each outlet's
wording drift against the canonical version.
"""

import textwrap
from collections import defaultdict

from newsclaims.linking.drift import Drift
from newsclaims.linking.result import (
    Appearance,
    ArticleRef,
    ClaimGroup,
    Contradiction,
    LinkResult,
    QuoteCluster,
)
from newsclaims.linking.timekeys import time_key
from newsclaims.model import Quantity

_WIDTH = 100
_LONG = 240


def _short(text: str, limit: int = _LONG) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _when(ref: ArticleRef) -> str:
    if ref.published is None:
        return "undated"
    return ref.published.isoformat()[:10]


def _wrap(text: str, indent: int) -> list[str]:
    pad = " " * indent
    return textwrap.wrap(text, _WIDTH, initial_indent=pad, subsequent_indent=pad + "  ") or [pad]


def _quantity(quantity: Quantity) -> str:
    value = f"{quantity.value:,.0f}" if quantity.value.is_integer() else f"{quantity.value:,}"
    parts = [p for p in (quantity.hedge, value, quantity.unit) if p]
    return " ".join(parts) + f' ("{quantity.surface}")'


def _carried(appearances: tuple[Appearance, ...]) -> str:
    seen: dict[str, str] = {}
    for appearance in appearances:
        seen.setdefault(appearance.article.outlet, _when(appearance.article))
    return ", ".join(f"{outlet} ({when})" for outlet, when in seen.items())


def _drift_line(drift: Drift) -> str:
    if drift.is_verbatim:
        text = "verbatim"
    else:
        parts: list[str] = []
        if drift.changed:
            parts.append(
                "changed " + ", ".join(f'"{c.before}" → "{c.after}"' for c in drift.changed)
            )
        if drift.added:
            parts.append("added " + ", ".join(f'"{w}"' for w in drift.added))
        if drift.dropped:
            parts.append("dropped " + ", ".join(f'"{w}"' for w in drift.dropped))
        text = "; ".join(parts)
    if drift.omitted:
        text += " (quotes only part of it)"
    return text


def _contradiction_lines(number: int, contradiction: Contradiction) -> list[str]:
    lines = [f"  [{number}] {contradiction.topic} — {contradiction.kind}, "
             f"score {contradiction.score:.2f}"]
    for side in contradiction.sides:
        verb = "denies" if side.polarity == "deny" else "says"
        lines += _wrap(f'{side.speaker} {verb}: "{_short(side.statement)}"', 6)
        if side.quantities:
            lines += _wrap("numbers: " + "; ".join(_quantity(q) for q in side.quantities), 10)
        lines += _wrap("in: " + _carried(side.evidence), 10)
    return lines


def _group_lines(group: ClaimGroup) -> list[str]:
    mark = "denies" if group.polarity == "deny" else "says"
    lines = _wrap(f'• {mark}: "{_short(group.statement)}"', 4)
    if group.quantities:
        lines += _wrap("numbers: " + "; ".join(_quantity(q) for q in group.quantities), 8)
    first = group.first_appearance.article
    lines += _wrap(
        f"carried by {_count(len(group.outlets), 'outlet')}: {_carried(group.appearances)}; "
        f"first: {first.outlet} {_when(first)}",
        8,
    )
    return lines


def _cluster_lines(cluster: QuoteCluster) -> list[str]:
    canonical = next(m for m in cluster.members if m.article.article_id ==
                     cluster.canonical_article_id and m.text == cluster.canonical_text)
    lines = _wrap(
        f'◦ "{_short(cluster.canonical_text)}" — canonical: {canonical.article.outlet} '
        f"{_when(canonical.article)}",
        4,
    )
    for member in cluster.members:
        if member is canonical:
            continue
        lines += _wrap(
            f"{member.article.outlet} {_when(member.article)} [{member.kind}]: "
            f"{_drift_line(member.drift)}",
            8,
        )
    return lines


def render_report(result: LinkResult, *, max_speakers: int | None = None,
                  max_claims: int | None = None) -> str:
    """The report as text; ``max_speakers``/``max_claims`` (per speaker) cap long results."""
    outlets = {a.outlet for a in result.articles}
    lines = [
        f"{_count(len(result.articles), 'article')} from {_count(len(outlets), 'outlet')}: "
        f"{_count(len(result.quote_clusters), 'statement')} quoted by several articles, "
        f"{_count(len(result.claim_groups), 'claim')}, "
        f"{_count(len(result.contradictions), 'contradiction')}.",
        "",
    ]
    if result.contradictions:
        lines.append("CONTRADICTIONS")
        for number, contradiction in enumerate(result.contradictions, 1):
            lines += _contradiction_lines(number, contradiction)
        lines.append("")
    groups: dict[str, list[ClaimGroup]] = defaultdict(list)
    for group in result.claim_groups:
        groups[group.speaker].append(group)
    clusters: dict[str, list[QuoteCluster]] = defaultdict(list)
    for cluster in result.quote_clusters:
        clusters[cluster.speaker].append(cluster)
    entries = {s.name: s for s in result.speakers}
    order = sorted(
        set(groups) | set(clusters),
        key=lambda s: (-len(clusters[s]), -sum(len(g.outlets) for g in groups[s]), s),
    )
    for speaker in order[:max_speakers]:
        entry = entries.get(speaker)
        heading = speaker.upper()
        if entry is not None and entry.roles:
            heading += f" ({'; '.join(entry.roles[:2])})"
        lines.append(heading)
        if entry is not None and len(entry.variants) > 1:
            others = [v for v in entry.variants if v != speaker]
            lines += _wrap("also reported as: " + ", ".join(others), 2)
        ranked = sorted(
            groups[speaker],
            key=lambda g: (
                -len(g.outlets),
                time_key(g.first_appearance.article.published),
                g.first_appearance.article.article_id,
                g.first_appearance.span.start,
            ),
        )
        if ranked:
            lines.append("  Claims")
            for group in ranked[:max_claims]:
                lines += _group_lines(group)
            if max_claims is not None and len(ranked) > max_claims:
                lines.append(f"    … and {len(ranked) - max_claims} more")
        if clusters[speaker]:
            lines.append("  Same statement, several articles (wording drift)")
            for cluster in clusters[speaker]:
                lines += _cluster_lines(cluster)
        lines.append("")
    if max_speakers is not None and len(order) > max_speakers:
        lines.append(f"… and {len(order) - max_speakers} more speakers")
    return "\n".join(lines).rstrip() + "\n"
