"""One canonical speaker per person across articles: "Sergey Lavrov", "Sergei Lavrov",
"Segei Lavrov" and a bare "Lavrov" are one speaker; "Ilham Aliyev" and "Heydar Aliyev" are two.

Names are blocked by surname (and its one-letter deletions, so a typo in the surname still
meets the right block), then compared with ``newsclaims.normalize.names.name_similarity``
and a given-name check. A bare surname joins a full name only when exactly one person
with that surname was seen. Organisations and anonymous sources match on their folded name.
"""

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable

import attrs

from newsclaims.claims.tokens import fold
from newsclaims.model import Speaker
from newsclaims.normalize.names import DEFAULT_ALIASES, AliasTable, name_similarity

_GIVEN_SIMILARITY = 0.7
_SURNAME_SIMILARITY = 0.8
_NAME_SIMILARITY = 0.9
_DROP = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "sir"})


def _parts(name: str) -> list[str]:
    return [p for p in fold(name).replace(".", " ").replace(",", " ").split() if p not in _DROP]


def _similar(a: str, b: str, cutoff: float) -> bool:
    return a == b or difflib.SequenceMatcher(a=a, b=b).ratio() >= cutoff


def _deletions(word: str) -> set[str]:
    if len(word) < 5:
        return {word}
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def same_person(a: str, b: str) -> bool:
    """Whether two full person names (two or more parts each) name the same person."""
    pa, pb = _parts(a), _parts(b)
    if not pa or not pb:
        return False
    if name_similarity(a, b, floor=_NAME_SIMILARITY) >= _NAME_SIMILARITY:
        return True
    if not _similar(pa[-1], pb[-1], _SURNAME_SIMILARITY):
        return False
    given_a, given_b = pa[:-1], pb[:-1]
    if not given_a or not given_b:
        return False
    # First given names must agree (an initial agrees with its name); patronymics may be absent.
    first_a, first_b = given_a[0], given_b[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return _similar(first_a, first_b, _GIVEN_SIMILARITY)


@attrs.frozen
class SpeakerTable:
    """Maps every reported speaker name to its canonical name."""

    canonical: dict[str, str]
    variants: dict[str, tuple[str, ...]]
    roles: dict[str, tuple[str, ...]]
    kinds: dict[str, str]

    def resolve(self, speaker: Speaker | None) -> str | None:
        if speaker is None:
            return None
        return self.canonical.get(_raw_key(speaker))


def _raw_key(speaker: Speaker) -> str:
    return f"{speaker.kind}\x1f{speaker.name}"


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller root wins, so the result does not depend on the order of unions.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def resolve_speakers(
    speakers: Iterable[Speaker | tuple[Speaker, int, str]],
    *,
    aliases: AliasTable | None = None,
) -> SpeakerTable:
    """Group the speakers' names into canonical people, organisations and sources.

    Items may be ``(speaker, weight, seen)``, the weight being how often the name is
    written in the article's text and ``seen`` a sortable publication key: the canonical
    spelling is the one written most often (a typo is rarely repeated), then the earliest.
    """
    table = aliases or DEFAULT_ALIASES
    counts: Counter[str] = Counter()
    written: Counter[str] = Counter()
    first_seen: dict[str, str] = {}
    roles: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, str] = {}
    names: dict[str, str] = {}
    for item in speakers:
        speaker, weight, seen = item if isinstance(item, tuple) else (item, 1, "")
        key = _raw_key(speaker)
        counts[key] += 1
        written[key] += weight
        first_seen[key] = min(first_seen.get(key, seen), seen)
        kinds[key] = speaker.kind
        names[key] = table.canonical(speaker.name) or speaker.name
        if speaker.role:
            roles[key].add(speaker.role)
    keys = sorted(counts)
    union = _UnionFind(keys)
    full_by_block: dict[str, list[str]] = defaultdict(list)
    bare: list[str] = []
    exact: dict[str, str] = {}
    for key in keys:
        parts = _parts(names[key])
        if not parts:
            continue
        folded = " ".join(parts)
        if kinds[key] != "person":
            if folded in exact:
                union.union(exact[folded], key)
            else:
                exact[folded] = key
            continue
        person_key = "person\x1f" + folded
        if person_key in exact:
            union.union(exact[person_key], key)
            continue
        exact[person_key] = key
        if len(parts) == 1:
            bare.append(key)
            continue
        for block in _deletions(parts[-1]):
            full_by_block[block].append(key)
    compared: set[tuple[str, str]] = set()
    for block in sorted(full_by_block):
        members = full_by_block[block]
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if (a, b) in compared or union.find(a) == union.find(b):
                    continue
                compared.add((a, b))
                if same_person(names[a], names[b]):
                    union.union(a, b)
    for key in bare:
        surname = _parts(names[key])[0]
        people = {
            union.find(full)
            for block in _deletions(surname)
            for full in full_by_block.get(block, ())
            if _similar(_parts(names[full])[-1], surname, _SURNAME_SIMILARITY)
        }
        if len(people) == 1:
            union.union(next(iter(people)), key)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        groups[union.find(key)].append(key)
    canonical: dict[str, str] = {}
    variants: dict[str, tuple[str, ...]] = {}
    role_map: dict[str, tuple[str, ...]] = {}
    kind_map: dict[str, str] = {}
    for members in groups.values():
        # A full name first; then the spelling written most often, then the earliest seen.
        best = min(
            members,
            key=lambda k: (
                len(_parts(names[k])) < 2,
                -written[k],
                first_seen[k],
                -counts[k],
                names[k],
            ),
        )
        name = names[best]
        if name in variants:  # a person and an organisation reported under one name
            name = f"{name} ({kinds[best]})"
        for member in members:
            canonical[member] = name
        variants[name] = tuple(sorted({names[m] for m in members} | {
            m.split("\x1f", 1)[1] for m in members}))
        spelled: dict[str, str] = {}
        for role in sorted(r for m in members for r in roles.get(m, ())):
            spelled.setdefault(role.casefold(), role)  # "Health Minister" = "health minister"
        role_map[name] = tuple(sorted(spelled.values()))
        kind_map[name] = kinds[best]
    return SpeakerTable(canonical=canonical, variants=variants, roles=role_map, kinds=kind_map)
