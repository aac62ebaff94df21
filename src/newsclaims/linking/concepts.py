"""Topic words: which nouns name the same kind of thing, and which are too generic to be a topic.

A denial of "foreign fighters" answers a claim about "mercenaries": both are armed
personnel. The default table is small and general (people under arms, casualties,
weapons, contaminants, money); pass ``concepts=`` to ``link()`` to extend or replace it. Keys are
stems as ``newsclaims.claims.tokens.stem`` makes them.
"""

from collections.abc import Mapping

from newsclaims.claims.tokens import fold, stem, word_set

_GROUPS: dict[str, tuple[str, ...]] = {
    "armed personnel": (
        "mercenary", "mercenaries", "militant", "fighter", "soldier", "troop", "combatant",
        "jihadist", "terrorist", "force", "officer", "army", "militia", "militiaman",
        "paratrooper", "commando", "guerrilla", "insurgent", "contractor",
    ),
    "casualties": (
        "casualty", "casualties", "death", "dead", "fatality", "fatalities", "victim", "killed",
        "toll", "wounded", "injured",
    ),
    "weapons": (
        "weapon", "arm", "missile", "rocket", "drone", "bomb", "munition", "artillery", "shell",
        "ammunition", "warhead",
    ),
    "contaminants": (
        "contamination", "contaminant", "pollution", "pollutant", "toxin", "arsenic",
        "mercury", "cadmium", "nitrate", "bacteria", "pathogen", "pesticide", "e.coli",
    ),
    "money": (
        "money", "fund", "funding", "payment", "bribe", "donation", "loan", "grant", "cash",
        "dollar", "euro",
    ),
}

DEFAULT_CONCEPTS: Mapping[str, str] = {
    stem(fold(word)): label for label, members in _GROUPS.items() for word in members
}

# Nouns that head many phrases but never say what a claim is about on their own.
GENERIC_NOUNS = frozenset(
    stem(w)
    for w in word_set(
        """
    evidence proof information data reason need plan time way thing side part problem issue
    question case fact matter place point number lot kind sort moment day year week month
    today yesterday someone something anything everything nothing position opinion view
    statement comment report reports word words possibility attempt effort efforts situation
    process basis level degree amount result country countries region world government
    party leader official officials member members
    """
    )
)


def concept_of(term: str, concepts: Mapping[str, str]) -> str | None:
    """The concept a stemmed term belongs to, if any."""
    return concepts.get(term)
