"""Claims of different speakers that cannot both hold.

Two kinds:

* ``denial``: one speaker asserts something about X (often a number of X), another
  denies X — the denial's scope must hold X itself ("we do not have any *mercenaries*"),
  or a word of the same concept ("no evidence of any foreign *fighters*").
* ``quantity``: two speakers give amounts of the same unit whose hedged ranges do not
  overlap ("around 150 officers" vs "over 2,000 officers").

Candidates come from an index of claim groups by topic word and concept, each side
capped at ``max_side`` groups (the most widely carried first), so the cost stays linear.
One contradiction is kept per pair of speakers and kind: the strongest.
"""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from newsclaims.claims.about import analyse
from newsclaims.claims.polarity import is_directive, read_polarity
from newsclaims.claims.tokens import fold, stem
from newsclaims.linking.concepts import GENERIC_NOUNS
from newsclaims.linking.quantities import compatible
from newsclaims.linking.result import ClaimGroup, Contradiction, ContradictionSide
from newsclaims.linking.timekeys import time_key
from newsclaims.model import Quantity, content_id

if TYPE_CHECKING:
    from newsclaims.linking.link import ClaimItem

_TERM_SCORE = 0.8
_CONCEPT_SCORE = 0.6
_QUANTITY_BONUS = 0.2
_QUANTITY_CONFLICT = 0.7


@attrs.frozen
class _Topics:
    terms: frozenset[str]
    surfaces: Mapping[str, str]


def _unit_stem(quantity: Quantity) -> str | None:
    if not quantity.unit:
        return None
    words = quantity.unit.split()
    return stem(fold(words[-1])) if words else None


def _surfaces(group: ClaimGroup) -> dict[str, str]:
    out: dict[str, str] = {}
    for term in group.about:
        for word in term.split():
            out.setdefault(stem(fold(word)), word)
    return out


def _topics(group: ClaimGroup, members: Sequence["ClaimItem"]) -> _Topics:
    best = next((m for m in members if m.claim.statement == group.statement), members[0])
    surfaces = _surfaces(group)
    if group.polarity == "deny":
        aboutness = analyse(best.claim.statement)
        reading = read_polarity(best.claim.statement, aboutness.heads, best.quote.cue)
        terms = set(reading.denied) or {h.stem for h in aboutness.heads}
        for head in aboutness.heads:
            surfaces.setdefault(head.stem, head.surface)
    elif is_directive(group.statement) and not group.quantities:
        # "We urge the sides not to allow external forces": a request asserts nothing.
        terms = set()
    else:
        terms = {t for t in best.features if not t.startswith("#") and t != "not"}
        terms.update(u for q in group.quantities if (u := _unit_stem(q)))
    return _Topics(terms=frozenset(terms - GENERIC_NOUNS), surfaces=surfaces)


def _rank(group: ClaimGroup) -> tuple[int, tuple[int, str], str]:
    return (-len(group.article_ids), time_key(group.first_appearance.article.published), group.id)


def _side(group: ClaimGroup) -> ContradictionSide:
    return ContradictionSide(
        speaker=group.speaker,
        polarity=group.polarity,
        statement=group.statement,
        quantities=group.quantities,
        evidence=group.appearances,
        claim_group_id=group.id,
    )


def _quantity_bonus(group: ClaimGroup, term: str, concept: str | None,
                    concepts: Mapping[str, str]) -> float:
    for quantity in group.quantities:
        unit = _unit_stem(quantity)
        if unit is None or unit == term or (concept and concepts.get(unit) == concept):
            return _QUANTITY_BONUS
    return 0.0


def find_contradictions(
    groups: Sequence[ClaimGroup],
    members: Mapping[str, Sequence["ClaimItem"]],
    concepts: Mapping[str, str],
    *,
    max_side: int = 20,
) -> list[Contradiction]:
    """Contradictions between the claim groups of different speakers, strongest first."""
    topics = {g.id: _topics(g, members[g.id]) for g in groups}
    by_id = {g.id: g for g in groups}
    index: dict[tuple[str, str], tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    units: dict[str, list[str]] = defaultdict(list)
    for group in groups:
        side = 1 if group.polarity == "deny" else 0
        for term in topics[group.id].terms:
            index[("term", term)][side].append(group.id)
            concept = concepts.get(term)
            if concept is not None:
                index[("concept", concept)][side].append(group.id)
        if group.polarity == "assert":
            for unit in {u for q in group.quantities if (u := _unit_stem(q))}:
                units[unit].append(group.id)
    best: dict[tuple[str, str, str], tuple[tuple[float, int, str, str, str], Contradiction]] = {}

    def offer(order: tuple[float, int, str, str, str], contradiction: Contradiction,
              key: tuple[str, str, str]) -> None:
        current = best.get(key)
        if current is None or order < current[0]:
            best[key] = (order, contradiction)

    for (kind, key), (asserts, denies) in sorted(index.items()):
        if not asserts or not denies:
            continue
        top_a = sorted((by_id[i] for i in set(asserts)), key=_rank)[:max_side]
        top_d = sorted((by_id[i] for i in set(denies)), key=_rank)[:max_side]
        for a in top_a:
            for d in top_d:
                if a.speaker == d.speaker:
                    continue
                concept = key if kind == "concept" else concepts.get(key)
                score = _TERM_SCORE if kind == "term" else _CONCEPT_SCORE
                score += _quantity_bonus(a, key, concept, concepts)
                topic = topics[a.id].surfaces.get(key) or topics[d.id].surfaces.get(key) or key
                if kind == "concept":
                    topic = key
                reason = (
                    f"{a.speaker} asserts and {d.speaker} denies "
                    + (f"'{topic}'" if kind == "term" else f"something about {topic}")
                )
                contradiction = Contradiction(
                    id="x" + content_id("denial", topic, a.id, d.id)[:12],
                    topic=topic,
                    kind="denial",
                    score=round(min(score, 1.0), 3),
                    sides=(_side(a), _side(d)),
                    reason=reason,
                )
                order = (-contradiction.score, 0 if kind == "term" else 1, topic, a.id, d.id)
                offer(order, contradiction, ("denial", a.speaker, d.speaker))
    for unit, ids in sorted(units.items()):
        ranked = sorted((by_id[i] for i in set(ids)), key=_rank)[:max_side]
        for x, a in enumerate(ranked):
            for b in ranked[x + 1 :]:
                if a.speaker == b.speaker:
                    continue
                pairs = [
                    (qa, qb)
                    for qa in a.quantities
                    for qb in b.quantities
                    if _unit_stem(qa) == unit and _unit_stem(qb) == unit
                ]
                if not pairs or any(compatible(qa, qb) for qa, qb in pairs):
                    continue
                first, second = sorted((a, b), key=lambda g: (g.speaker, g.id))
                topic = next(
                    (q.unit for q in first.quantities if q.unit and _unit_stem(q) == unit), unit
                )
                contradiction = Contradiction(
                    id="x" + content_id("quantity", unit, first.id, second.id)[:12],
                    topic=topic,
                    kind="quantity",
                    score=_QUANTITY_CONFLICT,
                    sides=(_side(first), _side(second)),
                    reason=f"{first.speaker} and {second.speaker} give incompatible numbers "
                    f"of {topic}",
                )
                order = (-contradiction.score, 0, topic, first.id, second.id)
                offer(order, contradiction, ("quantity", first.speaker, second.speaker))
    found = [c for _, c in best.values()]
    found.sort(key=lambda c: (-c.score, c.topic, c.id))
    return found
