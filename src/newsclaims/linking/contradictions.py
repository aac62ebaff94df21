"""Claims of different speakers that cannot both hold.

Two kinds:

* ``denial``: one speaker states that X exists, takes part or is present (a count of X,
  or a presence predicate: fight, deploy, transfer, found ...), another denies X's
  existence or participation — the object of the denial must be X itself ("we do not have
  any *mercenaries*") or a word of the same concept ("no evidence of any foreign
  *fighters*"). A shared noun alone is not enough; attitudes ("we share the concerns
  about ...") and requests are no side. Scores weigh the word by its IDF over the run's
  claim groups; those below the threshold are dropped (docs/linking.md).
* ``quantity``: two speakers give amounts of the same unit whose hedged ranges do not
  overlap ("around 150 officers" vs "over 2,000 officers").

Candidates come from an index of claim groups by topic word and concept, each side
capped at ``max_side`` groups (the most widely carried first), so the cost stays linear.
One contradiction is kept per pair of speakers and kind: the strongest.
"""

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from newsclaims.claims.about import analyse
from newsclaims.claims.polarity import is_directive, read_polarity
from newsclaims.claims.tokens import fold, stem, word_set, words
from newsclaims.linking.concepts import GENERIC_NOUNS
from newsclaims.linking.quantities import compatible
from newsclaims.linking.result import ClaimGroup, Contradiction, ContradictionSide
from newsclaims.linking.timekeys import time_key
from newsclaims.model import Quantity, content_id

if TYPE_CHECKING:
    from newsclaims.linking.link import ClaimItem

# A denial's score: the match (same word, or same concept) weighed by how specific the word
# is in the run, plus how directly the assertion states the fact (a count of it, or a
# presence predicate). With the threshold, a same-word match needs a count or a presence
# predicate, a concept match needs a count (or a rare concept and a presence predicate).
_TERM_SCORE = 0.6
_CONCEPT_SCORE = 0.4
_QUANTITY_BONUS = 0.3
_PRESENCE_BONUS = 0.15
_QUANTITY_CONFLICT = 0.7
DEFAULT_THRESHOLD = 0.5

# Predicates of the propositions a denial answers: that X is there, takes part, was sent,
# was found. A claim with none of them and no count says something else about X.
_PRESENCE = frozenset(
    stem(w)
    for w in word_set(
        """
    fight fights fighting fought participate participates participated participating
    participation involved involvement deploy deploys deployed deployment transfer transfers
    transferred transferring send sends sent arrive arrives arrived arrival station stationed
    transport transports transported transporting relocate relocates relocated relocating
    present presence recruit recruited recruiting serve serving served cross crossed crossing
    enter entered entering contain contains contained found find finds detect detected
    detects measured exceed exceeded exceeds
    """
    )
)
# Attitudes towards a report ("we share the concerns about ...") neither assert nor deny it.
_ATTITUDES = word_set(
    """
    concern concerns worry worries worried fear fears feared alarm alarmed anxiety anxious
    convinced
    """
)
# "concerned about X" is an attitude; "as far as X is concerned" is not.
_ATTITUDE_OBJECTS = frozenset({"about", "by", "over", "that", "at", "with"})
# "no evidence of X", "no sign of X": the denial is about X, not about the evidence.
_EVIDENTIAL = frozenset(
    stem(w)
    for w in word_set("evidence proof sign signs trace traces indication information report data")
)
_RATIO_UNITS = frozenset(stem(w) for w in word_set("times fold percent per cent %"))
# "No *foreign* fighters": the denial is about fighters from elsewhere, so a claim about
# fighters of no stated origin ("an army with 100,000 fighters") is another proposition.
_ORIGIN = frozenset(
    stem(w) for w in word_set("foreign external outside overseas imported mercenary mercenaries")
)


@attrs.frozen
class _Topics:
    terms: frozenset[str]
    surfaces: Mapping[str, str]
    counted: frozenset[str]  # units of the claim's quantities (what it counts)
    counts: bool  # the claim holds a number
    presence: bool  # the claim has a presence/participation predicate
    origin: bool  # a denial: of things from elsewhere; an assertion: names an origin


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


def _stems(text: str) -> list[str]:
    return [stem(fold(m.group())) for m in words(text)]


def _participle(word: str) -> bool:
    # "ordered", "sending"; not "need", "bed", "ring".
    return len(word) > 4 and (word.endswith("ing") or (word.endswith("ed") and word[-3] != "e"))


def _denied_object(statement: str, cue: str | None) -> tuple[set[str], dict[str, str]]:
    """What an existence/participation denial denies: the first non-evidential head in its
    scope ("no evidence of any foreign *fighters*"), or the heads after a participation noun
    ("the participation of any foreign *forces* ... is not true"). A denial whose object is a
    generic noun ("no legal *basis*", "no military *plans*") denies nothing a count asserts."""
    aboutness = analyse(statement)
    reading = read_polarity(statement, aboutness.heads, cue)
    surfaces = {h.stem: h.surface for h in aboutness.heads}
    denied = [h for h in aboutness.heads if h.stem in set(reading.denied)]
    stems = _stems(statement)
    presence_at = next((i for i, w in enumerate(stems) if w in _PRESENCE), None)
    if presence_at is not None and any(h.index > presence_at for h in denied):
        after = {h.stem for h in denied if h.index > presence_at}
        return after - GENERIC_NOUNS - _EVIDENTIAL, surfaces
    for head in denied:
        # "has not *ordered* any ventilators": a participle after the negator is the
        # predicate, and the noun after it what is denied.
        if head.stem in _EVIDENTIAL or _participle(head.surface):
            continue
        if head.stem in GENERIC_NOUNS:
            return set(), surfaces
        return {head.stem}, surfaces
    return set(), surfaces


def _is_attitude(text: str) -> bool:
    tokens = [fold(m.group()) for m in words(text)]
    for index, word in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if word in _ATTITUDES or (word == "concerned" and following in _ATTITUDE_OBJECTS):
            return True
    return False


def _topics(group: ClaimGroup, members: Sequence["ClaimItem"]) -> _Topics:
    best = next((m for m in members if m.claim.statement == group.statement), members[0])
    surfaces = _surfaces(group)
    stems = set(_stems(group.statement))
    presence = bool(stems & _PRESENCE)
    origin = bool(stems & _ORIGIN)
    if group.polarity == "assert" and not origin:
        # A named origin: "Syrian militants", "Turkish officers fighting for Azerbaijan".
        origin = bool(analyse(group.statement).entities)
    # "3 times the limit", "40 percent": a ratio measures what the clause is about; it
    # does not name a counted thing.
    counted = frozenset(
        u for q in group.quantities if (u := _unit_stem(q)) and u not in _RATIO_UNITS
    )
    counts = bool(group.quantities)
    attitude = _is_attitude(group.statement)
    terms: set[str]
    if attitude:
        terms = set()
    elif group.polarity == "deny":
        terms, heads = _denied_object(best.claim.statement, best.quote.cue)
        for key, surface in heads.items():
            surfaces.setdefault(key, surface)
    elif is_directive(group.statement) and not counts:
        # "We urge the sides not to allow external forces": a request asserts nothing.
        terms = set()
    elif presence:
        terms = {t for t in best.features if not t.startswith("#") and t != "not"}
        terms.update(counted)
        # What the speaker said the claim was about, in words the statement itself lacks
        # ("members of terrorist organizations are being transported … I am talking about
        # radical mercenaries"): its head noun is a topic too.
        for term in group.about:
            head = term.split()[-1] if term.split() else ""
            if head and head.casefold() not in group.statement.casefold():
                terms.add(stem(fold(head)))
    else:
        # No presence predicate: only what the claim counts can be contradicted.
        terms = set(counted)
    return _Topics(
        terms=frozenset(terms - GENERIC_NOUNS), surfaces=surfaces, counted=counted,
        counts=counts, presence=presence, origin=origin,
    )


def _specificity(df: int, total: int) -> float:
    """IDF over the claim groups of the run, scaled to [0, 1]: a word most claims use
    ("forces" in a war story) weighs less than one few use."""
    # Smoothed so that a run of two or three claims does not make every word look common.
    if total < 1:
        return 1.0
    return max(0.0, min(1.0, math.log((total + 1) / max(df, 1)) / math.log(total + 1)))


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


def _support(topics: _Topics, term: str, concept: str | None,
             concepts: Mapping[str, str]) -> float:
    """How directly the assertion states the proposition the denial denies: it counts the
    very thing (or a number without unit, "whose number is reaching 2,000"), or says it is
    present, takes part, was sent."""
    if topics.counts and (
        not topics.counted
        or term in topics.counted
        or (concept is not None and any(concepts.get(u) == concept for u in topics.counted))
    ):
        return _QUANTITY_BONUS
    return _PRESENCE_BONUS if topics.presence else 0.0


def find_contradictions(
    groups: Sequence[ClaimGroup],
    members: Mapping[str, Sequence["ClaimItem"]],
    concepts: Mapping[str, str],
    *,
    max_side: int = 20,
    threshold: float = DEFAULT_THRESHOLD,
) -> list[Contradiction]:
    """Contradictions between the claim groups of different speakers, strongest first;
    denials scoring below ``threshold`` are dropped."""
    topics = {g.id: _topics(g, members[g.id]) for g in groups}
    df: Counter[str] = Counter()
    for group in groups:
        keys = set(topics[group.id].terms)
        keys.update(c for t in topics[group.id].terms if (c := concepts.get(t)) is not None)
        df.update(keys)
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
        if group.polarity == "assert" and topics[group.id].terms:
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
                if a.speaker == d.speaker or (topics[d.id].origin and not topics[a.id].origin):
                    continue
                counted = topics[a.id].counted
                if (kind == "term" and key not in counted and concepts.get(key) is not None
                        and any(concepts.get(u) == concepts.get(key) for u in counted)):
                    # "2,000 mercenaries ... alongside Azerbaijani forces": of two nouns of
                    # one kind the claim is about the one it counts; "forces" matches only
                    # by concept.
                    continue
                concept = key if kind == "concept" else concepts.get(key)
                base = _TERM_SCORE if kind == "term" else _CONCEPT_SCORE
                weight = 0.5 + 0.5 * _specificity(df[key], len(groups))
                score = base * weight + _support(topics[a.id], key, concept, concepts)
                if score < threshold:
                    continue
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
