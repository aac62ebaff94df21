"""What a clause is about: named entities (capitalised runs) and the head nouns of its phrases.

No tagger: a noun phrase is taken to start after a determiner, quantifier, possessive,
preposition, number or negation, and to run over up to three content words; its last
word is the head ("the transfer of mercenaries" -> transfer, mercenaries;
"no evidence of any foreign fighters" -> evidence, fighters).
"""

import re

import attrs

from newsclaims.claims.tokens import STOPWORDS, fold, normal_word, stem, word_set, words
from newsclaims.normalize.names import strip_possessive

_TRIGGERS = word_set(
    """
    the a an any no some of our their his her its my your these those this that
    many several all every each more fewer less most both other another such
    in on at by for with from into about against among between over under through
    without not never including concerning regarding despite following
    """
)
_CONNECTORS = frozenset({"of", "the", "de", "al", "bin", "van", "von", "der", "del", "la"})
_CALENDAR = word_set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
# Verbs that often follow a determiner-less noun; they end a phrase, never head it.
_NOT_HEADS = word_set(
    """
    is are was were be been has have had do does did will would can could may might must
    shall should fight fighting fought said says told stated take took make made give gave
    come came go went get got become became remain remained continue continued
    true false correct particular
    """
)
_GAP = re.compile(r"[^\s'’\-]")
_LIST_JOINERS = frozenset({"and", "or"})
# Capitalised only because they open the clause: never an entity on their own.
_OPENERS = word_set(
    """
    maybe perhaps however also still now then today yesterday tomorrow here there regrettably
    unfortunately fortunately clearly obviously certainly finally meanwhile moreover furthermore
    instead otherwise therefore thus hence indeed besides again later earlier yes please thanks
    everyone everybody someone somebody anyone nobody nothing everything something
    """
)


def _is_phrase_word(word: str, raw: str, phrase: list[tuple[int, str]]) -> bool:
    if word in STOPWORDS or word in _NOT_HEADS or len(word) < 2 or raw[:1].isupper():
        return False
    if word.endswith("ly") and not word.endswith(("ply", "ily", "ally")):
        return False  # an adverb ("actively"), not a noun
    # "foreign fighters fighting", "the aides showed": a verb form after the noun ends it.
    return not (phrase and word.endswith(("ing", "ed")))


@attrs.frozen
class Head:
    """A phrase head: its surface form, its stem, and its word index in the clause."""

    surface: str
    stem: str
    index: int


@attrs.frozen
class Aboutness:
    entities: tuple[str, ...]
    heads: tuple[Head, ...]

    def terms(self, limit: int = 10) -> tuple[str, ...]:
        """Entities then head nouns, without repeats, for ``Claim.about``."""
        seen: set[str] = set()
        out: list[str] = []
        for term in (*self.entities, *(h.surface for h in self.heads)):
            key = fold(term)
            if key not in seen:
                seen.add(key)
                out.append(term)
        return tuple(out[:limit])


def analyse(text: str) -> Aboutness:
    """Entities and phrase heads of one clause."""
    matches = list(words(text))
    entities: list[str] = []
    heads: list[Head] = []
    run: list[str] = []
    phrase: list[tuple[int, str]] = []
    collecting = False
    previous_end = 0

    def close_run() -> None:
        while run and fold(run[-1]) in _CONNECTORS:
            run.pop()
        while run and fold(run[0]) in _CONNECTORS:
            run.pop(0)
        if len(run) == 1 and (fold(run[0]) in _OPENERS or fold(run[0]).endswith("ly")):
            run.clear()
        if run:
            entities.append(" ".join(run))
        run.clear()

    def close_phrase() -> None:
        if phrase:
            index, word = phrase[-1]
            heads.append(Head(surface=word, stem=stem(word), index=index))
        phrase.clear()

    for index, match in enumerate(matches):
        raw = match.group()
        gap = _GAP.search(text, previous_end, match.start())
        if gap is not None:
            close_run()
            # "mercenaries, terrorists and militants": a comma inside a list keeps going.
            listing = bool(phrase) and text[previous_end : match.start()].strip() == ","
            close_phrase()
            collecting = listing
        previous_end = match.end()
        word = normal_word(raw)
        capitalised = raw[:1].isupper()
        if capitalised and word not in STOPWORDS and word != "not" and word not in _CALENDAR:
            run.append(strip_possessive(raw))
        elif run and raw.islower() and word in _CONNECTORS:
            run.append(raw)
        else:
            close_run()
        if word in _TRIGGERS or word.startswith("#") or word == "not":
            close_phrase()
            collecting = True
        elif collecting and capitalised and word not in STOPWORDS and word != "not":
            continue  # "the Middle Eastern countries": a name modifies, it does not head
        elif collecting and _is_phrase_word(word, raw, phrase):
            phrase.append((index, word))
            if len(phrase) == 3:
                close_phrase()
                collecting = False
        else:
            close_phrase()
            collecting = collecting and word in _LIST_JOINERS
    close_run()
    close_phrase()
    return Aboutness(entities=tuple(entities), heads=tuple(heads))
