"""Resolve speaker mentions within one article to canonical speakers.

The resolver first reads the article's named people with their titles (``Azerbaijani President
Ilham Aliyev`` → ``Ilham Aliyev``, role ``President of Azerbaijan``), then walks the quotes in
text order and resolves each mention: a name or surname (typo-tolerant, through the alias table),
a pronoun (the most recent compatible speaker), a role description (``the Azeri leader``: the
person whose title matches the role and nationality), an organisation (``the Karabakh army``,
``Ankara`` for the Turkish government) or an anonymous source (``a source in the Foreign
Ministry``; later ``the agency’s interlocutor`` is the same source).

German text (every noun capitalised) gets two readings of its own: a mention that names no one
(``mit den Worten``, ``der Erklärung``, ``Damit``) leaves the quotation with the speaker before
it, and ``er``/``sie`` go to the most recent person of that gender (``-in`` role nouns, ``Frau``
a woman's; masculine role nouns, ``Herr`` a man's).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsclaims.model import Span, Speaker, SpeakerKind
from newsclaims.quotes import _normapi
from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.base import Candidate, Resolution
from newsclaims.quotes.direct import left_attribution
from newsclaims.quotes.german import is_german
from newsclaims.quotes.german import words as de
from newsclaims.quotes.mentions import RELATIVE_SUBJECTS, relative_antecedent
from newsclaims.quotes.textutil import sentence_spans, split_words, tokens

_ORG_CAPITALISED = frozenset(
    [
        "ministry", "department", "agency", "office", "committee", "party", "council", "commission",
        "court", "police", "army", "government", "kremlin", "pentagon", "house", "campaign",
        "union", "organization", "organisation", "association", "institute", "foundation", "bank",
        "corporation", "parliament", "congress", "senate", "assembly", "cabinet", "times", "post",
        "news", "press", "tass", "reuters", "bbc", "cnn", "nbc", "abc", "cbs", "fox", "msnbc",
        "inc", "corp", "ltd", "group", "forces",
    ]
)


_COUNTRIES = frozenset(lx.NATIONALITIES.values())
_ALIKE = 0.85  # how alike two spellings of a surname must be to be one person
_CONJUNCTIONS = frozenset({"but", "and", "so", "yet", "or", "aber", "und"})
_FUZZY_WINDOW = 64  # people compared by similarity or role: the most recently named ones
_PHRASE_BREAKS = frozenset({"in", "at", "from", "of", "within", "close", "familiar", "with",
                            "for", "von", "bei", "aus"})


@attrs.define
class Entity:
    """A speaker known in this article."""

    name: str
    kind: SpeakerKind
    role: str | None = None
    role_words: frozenset[str] = frozenset()
    country: str | None = None
    gender: str | None = None
    last_seen: int = -1
    first_seen: int = -1


# Word-level predicates are pure and an article (and the next) repeats its words: cached, so
# the common call is a dictionary hit in C.
@functools.lru_cache(maxsize=65536)
def _possessive_base(word: str) -> str:
    if not word or word[-1] not in "sS’'":
        return word
    return _normapi.strip_possessive(word)


@functools.lru_cache(maxsize=65536)
def _org_word(word: str) -> bool:
    return _possessive_base(word).lower() in _ORG_CAPITALISED


@functools.lru_cache(maxsize=65536)
def _title_word(word: str) -> bool:
    lower = word.lower()
    return lower.rstrip(".") in lx.TITLE_WORDS or lower.endswith(_TITLE_SUFFIXES)


def _country_of(word: str) -> str | None:
    return lx.NATIONALITIES.get(_possessive_base(word).lower())


_TITLE_SUFFIXES = ("minister", "ministerin", "präsident", "präsidentin", "sprecher",
                   "sprecherin", "chef", "chefin", "vorsitzende", "vorsitzender", "kanzler",
                   "kanzlerin", "leiter", "leiterin", "direktor", "direktorin", "meister",
                   "meisterin", "secretary", "spokesman", "spokeswoman",
                   # German role nouns before a name ("Staatsanwältin Ines Marx"); words that
                   # are also English titles or German surnames ("Richter") are left out.
                   "anwalt", "anwältin", "ärztin", "richterin", "trainerin", "politikerin",
                   "expertin", "forscherin", "abgeordnete", "abgeordneter", "sekretär",
                   "sekretärin", "kommissar", "kommissarin", "botschafter", "botschafterin",
                   "senatorin", "königin", "kapitän", "managerin", "analystin", "ökonom",
                   "ökonomin", "wissenschaftler", "wissenschaftlerin", "sängerin",
                   "schauspieler", "schauspielerin", "autorin", "regisseur", "regisseurin",
                   "kandidat", "kandidatin", "beraterin", "beauftragte", "beauftragter",
                   "funktionär", "funktionärin", "vertreterin", "ermittler", "ermittlerin",
                   "gouverneurin", "bischöfin", "rektor", "rektorin", "dekan", "dekanin")


_DE_FEMININE = (*(s for s in _TITLE_SUFFIXES if s.endswith("in")), "frau", "innen")
_DE_MASCULINE = ("minister", "präsident", "sprecher", "chef", "vorsitzender", "kanzler", "leiter",
                 "direktor", "meister", "anwalt", "abgeordneter", "sekretär", "kommissar",
                 "botschafter", "kapitän", "ökonom", "wissenschaftler", "schauspieler",
                 "regisseur", "kandidat", "beauftragter", "funktionär", "ermittler", "rektor",
                 "dekan", "herr", "politiker", "trainer", "experte")


@functools.lru_cache(maxsize=4096)
def _german_gender(role_words: frozenset[str]) -> str | None:
    """The gender a German title gives: "-in" role nouns and "Frau" are a woman's, the
    masculine role nouns and "Herr" a man's ("die Vorsitzende" tells nothing)."""
    gender = None
    for word in role_words:
        if word.endswith(_DE_FEMININE):
            return "f"
        if word.endswith(_DE_MASCULINE):
            gender = "m"
    return gender


def _split_at_sentence_ends(words: list[str]) -> list[list[str]]:
    """Cut a capitalised run after a word that ends a sentence ("Karabakh. French President …").

    A final dot on a short word (Mr., Gov., J.) or one with inner dots (U.S.) is an
    abbreviation, not a sentence end.
    """
    pieces: list[list[str]] = []
    current: list[str] = []
    for word in words:
        current.append(word)
        stem = word[:-1]
        if word.endswith(".") and len(stem) > 3 and "." not in stem:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return pieces


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Split capitalised words into (title words, name words)."""
    k = _title_length(tuple(words))
    return words[:k], words[k:]


@functools.lru_cache(maxsize=4096)
def _title_length(words: tuple[str, ...]) -> int:
    # Articles and corpora repeat the same mentions ("President Trump"): remember the split.
    k = 0
    while k < len(words) - 1:
        base = _possessive_base(words[k]).lower().rstrip(".")
        if (
            base in lx.TITLE_WORDS
            or base.endswith(_TITLE_SUFFIXES)
            or base in lx.NATIONALITIES
            or base in lx.ORG_NOUNS
            or words[k].islower()
            or (words[k] != _possessive_base(words[k]))
        ):
            k += 1
            continue
        break
    # "Algerian President Abdelmadjid Tebboune": everything up to the last title word.
    for n in range(len(words) - 2, k - 1, -1):
        base = _possessive_base(words[n]).lower().rstrip(".")
        if base in lx.TITLE_WORDS or base.endswith(_TITLE_SUFFIXES):
            k = n + 1
            break
    for n in range(len(words) - 2, k - 1, -1):
        if words[n] != _possessive_base(words[n]):
            k = n + 1  # "Iowa State University's Dianne Bystrom": the name follows the owner
            break
    for n in range(len(words) - 2, k - 1, -1):
        if words[n].islower() and words[n] not in _NAME_PARTICLES:
            k = n + 1  # "Washington Post columnist Margaret Sullivan": after the descriptor
            break
    return k


_NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "del", "della",
                             "dos", "das", "la", "le", "bin", "al", "el", "ibn", "ter", "zu"})


def role_text(title: list[str]) -> tuple[str | None, str | None]:
    """``["Azerbaijani", "President"]`` → (``"President of Azerbaijan"``, ``"Azerbaijan"``)."""
    country = None
    rest: list[str] = []
    for word in title:
        found = _country_of(word)
        if found is not None and country is None:
            country = found
            continue
        if word.lower() in ("the", "a", "an", "former", "top"):
            if word.lower() == "former":
                rest.append(word)
            continue
        rest.append(word)
    if not rest:
        return None, country
    role = " ".join(rest)
    return (f"{role} of {country}" if country else role), country


def _better_role(old: str | None, new: str) -> bool:
    """A title read later replaces a vaguer one ("President" → "President of Azerbaijan")."""
    return old is None or (len(new) > len(old) and old.casefold() in new.casefold())


def _is_org_words(words: list[str]) -> bool:
    return any(map(_org_word, words))


def _role_words(title: list[str]) -> frozenset[str]:
    return frozenset(_possessive_base(w).lower() for w in title)


class RuleResolver:
    """The built-in, rule-based :class:`~newsclaims.quotes.base.SpeakerResolver`."""

    def __init__(self, aliases: _normapi.AliasTable | None = None) -> None:
        self.aliases = aliases

    def resolve(self, text: str, candidates: Sequence[Candidate]) -> list[Resolution]:
        state = _ArticleState(text, self.aliases)
        german = state.german = is_german(text)
        results: list[Resolution] = [_NO_RESOLUTION] * len(candidates)
        starts = [cand.span.start for cand in candidates]
        order = sorted(range(len(candidates)), key=starts.__getitem__)
        for i in order:
            cand = candidates[i]
            if not cand.speech:
                continue
            if cand.mention is not None and cand.parent is not None:
                # Someone quoted inside another's quotation is not who the article follows:
                # the next "he said" is still the outer speaker's.
                outer = state.last
                if text[cand.mention.start : cand.mention.end].lower() in RELATIVE_SUBJECTS:
                    results[i] = _relative_resolution(state, cand.mention, cand)
                else:
                    results[i] = state.resolve(cand.mention, cand.mention_confidence or 0.8)
                state.last = outer
            elif cand.mention is not None:
                if text[cand.mention.start : cand.mention.end].lower() in RELATIVE_SUBJECTS:
                    results[i] = _relative_resolution(state, cand.mention, cand)
                    continue
                named = _lead_in_name(text, cand)
                if named is not None:
                    # "McCaskill scolded him: “…,” she said": the pronoun is the lead-in's
                    # subject, whoever spoke before; the mention at the quote stays the pronoun.
                    found = state.resolve(named, cand.mention_confidence or 0.8, cand.mention)
                    if found.speaker is not None:
                        results[i] = found
                        continue
                if german and _german_non_person(text[cand.mention.start : cand.mention.end]):
                    # German capitalises every noun: "mit den Worten", "in der Rede", "Damit"
                    # is no one; the quotation goes on with the speaker before it, if any.
                    if state.last is not None:
                        entity, span = state.last
                        results[i] = Resolution(state.speaker(entity, None), span, 0.4)
                    else:
                        results[i] = Resolution(None, cand.mention, 0.0)
                    continue
                results[i] = state.resolve(cand.mention, cand.mention_confidence or 0.8)
            elif cand.inherit and state.last is not None:
                entity, span = state.last
                results[i] = Resolution(state.speaker(entity, None), span, 0.5)
        return results


# Prepositions that open no German source phrase ("zum Messer", "mit den Worten"); "in",
# "von", "nach" and "bei" do ("im Fachblatt X", "von Spiegel-Online").
_DE_NOT_SOURCE_PREPOSITIONS = frozenset({"zu", "zum", "zur", "mit", "an", "am", "vor", "gegen",
                                         "um", "unter", "über", "ab", "durch", "trotz",
                                         "wegen", "ohne"})
_DE_ADVERBS = de.OBLIQUE | de.AFTER_VERB | de.SUBORDINATORS | de.PREPOSITIONS | frozenset(
    {"damit", "dafür", "daran", "davon", "darüber", "dadurch", "dennoch", "trotzdem", "ab"})
_DE_ABSTRACT = (*de.ABSTRACT, "ismus")


def _german_non_person(mention: str) -> bool:
    """Whether a German mention names no one: an adverb or preposition alone (``Damit``), a
    phrase under a preposition that opens no source (``mit den Worten``), or a determiner and
    one abstract noun (``der Erklärung``) — every German noun is capitalised, so a capital
    alone makes no name."""
    words = mention.split()
    if not words:
        return False
    first = words[0].lower()
    if len(words) == 1:
        return first in _DE_ADVERBS
    if first in _DE_NOT_SOURCE_PREPOSITIONS:
        return True
    if first in lx.DETERMINERS and len(words) == 2:
        head = words[1].lower()
        return words[1][:1].isupper() and head.endswith(_DE_ABSTRACT) and not head.endswith(
            de.BODIES)
    return False


def _relative_resolution(state: _ArticleState, mention: Span, cand: Candidate) -> Resolution:
    """``Mike Lee, who declared, “…”``: the speaker is who the noun phrase before the relative
    pronoun names; the mention at the quote stays the pronoun, the cue's subject."""
    text = state.text
    toks = tokens(text, max(0, mention.start - _WINDOW), mention.end)
    rng = relative_antecedent(text, toks, len(toks) - 1) if toks else None
    if rng is not None:
        antecedent = Span(toks[rng[0]].start, toks[rng[1] - 1].end)
        found = state.resolve(antecedent, cand.mention_confidence or 0.8)
        if found.speaker is not None:
            return Resolution(found.speaker, mention, found.confidence)
    return Resolution(None, mention, 0.0)


_LEAD_IN_STOPS = ("!", "?", "\n", "”", "\"", "«", "»")


def _lead_in_name(text: str, cand: Candidate) -> Span | None:
    """For ``Fallon fired back: “…,” he wrote``: the named subject of the lead-in ending in a
    colon or comma right before a quotation whose own mention is a pronoun after it."""
    mention = cand.mention
    if mention is None or mention.start < cand.span.end or cand.kind not in (
        "direct", "nested"
    ) or text[mention.start : mention.end].lower() not in ("he", "she"):
        return None
    hi = cand.span.start - 1  # the opening mark
    while hi > 0 and text[hi - 1] in " \t":
        hi -= 1
    if hi <= 0:
        return None
    if text[hi - 1] not in ":,":
        # "Feinstein said “…,” she said": the lead-in ends in its cue verb.
        space = text.rfind(" ", max(0, hi - 20), hi)
        word = text[space + 1 : hi].lower()
        if word not in lx.CUE_VERBS or word in lx.PARTICIPLE_CUES or word in lx.PARTICLE_CUES or (
            word in lx.WEAK_CUES  # ("Critics who think “…,” she said": her words go on)
        ):
            return None
    floor = max(0, hi - _WINDOW)
    lo = max(text.rfind(stop, floor, hi - 1) for stop in _LEAD_IN_STOPS) + 1
    if lo <= 0 and hi > _WINDOW:
        return None
    lo = max([lo] + [start for start, _ in sentence_spans(text, lo, hi)])
    found, ending = left_attribution(text, lo, hi)
    if found is None or found.mention is None or ending not in (":", ",", "word"):
        return None
    start, end = found.mention
    words = text[start:end].split()
    if not words or not words[0][:1].isupper() or words[0].lower() in lx.PRONOUNS:
        return None
    return Span(start, end)


_WINDOW = 200
_CAP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# Runs of two or more capitalised words: the article's named people, read lazily. Each
# repetition ends with a space, which the word in it cannot contain, so nothing backtracks.
_CAPITALISED_RUN = re.compile(
    # (Only from a word's start, a quote mark counting as a start: inside a long word every
    # position would be retried. The look-behinds follow the first capital, which they
    # include, so that the search can skip ahead to a capital in C. A word is followed by the
    # literal space, not by a group: the engine then gives a word back only where a space
    # follows, instead of retrying the group after each of its letters.)
    rf"[{_CAP}](?<![\w.\-].)(?<!\w[’'].)"
    rf"[\w’'.\-]* (?:(?:[{_CAP}][\w’'.\-]*|of|de|da|di|van|von|der|bin|al|le|la) )*"
    rf"[{_CAP}][\w’'.\-]*"
)
# A word of a run that _split_at_sentence_ends cuts after: in a run, a word is preceded by
# a space or the run's start, and one that is not the last is followed by a space.
_RUN_SENTENCE_END = re.compile(r"(?:^| )[^ .]{4,}\. ")
_SOURCE_INTRO = re.compile(
    r"\b(?:an?) (?:[\w’'\-]+ ){0,3}?(?:source|sources|official|officials|insider|insiders)\b"
    rf"(?: (?:in|at|from|close to|within|familiar with) (?:the )?[{_CAP}][\w’'\-]*"
    rf"(?: [{_CAP}][\w’'\-]*){{0,4}})?"
)


class _Mention(NamedTuple):
    """What a mention's words say on their own, read once per distinct mention in an article.

    The lists are shared by every resolution of the same mention: read them, never change them.
    """

    pronoun: str | None
    words: list[str]  # leading determiners dropped
    lower: list[str]
    indefinite: bool
    core: int  # the words before any prepositional part
    head: str
    title: list[str]
    name: list[str]
    named: list[str]
    # What the words alone decide, so that a repeated mention skips the tests: the branch of
    # _entity_for (one of the _PLAN_ codes) and, for a person, the name and title as read.
    plan: int = 0
    name_text: str = ""
    role: str | None = None
    country: str | None = None
    role_words: frozenset[str] = frozenset()


# The branches of _ArticleState._entity_for, decided by a mention's words alone.
_PLAN_NONE = 0  # no words: no one
_PLAN_PRONOUN = 1
_PLAN_ANONYMOUS_PHRASE = 2  # "a source in the ministry"
_PLAN_PERSON_PHRASE = 3  # "a senior adviser at the Treasury"
_PLAN_CAPITAL = 4  # an organisation noun, a capital or a country alone
_PLAN_ORGANISATION = 5  # "the Ministry of Foreign Affairs"
_PLAN_PERSON = 6  # a name
_PLAN_SOURCE = 7  # "a source", "officials"
_PLAN_DESCRIPTION = 8  # a role ("the Azeri leader"), an anonymous noun, or a description
_SOURCE_HEADS = ("source", "sources", "interlocutor", "insider", "insiders", "officials")


def _plan(words: list[str], lower: list[str], indefinite: bool, core: int, head: str,
          name: list[str], named: list[str]) -> int:
    if head in lx.ANONYMOUS_NOUNS and core < len(lower) and not any(
        w[:1].isupper() for w in words[:core]
    ):
        return _PLAN_ANONYMOUS_PHRASE
    if core < len(lower) and head in lx.PERSON_NOUNS and not any(
        w[:1].isupper() for w in words[:core]
    ):
        return _PLAN_PERSON_PHRASE
    if head in lx.ORG_NOUNS or (len(words) == 1 and (
        head in lx.CAPITALS or _possessive_base(words[0]) in _COUNTRIES
    )):
        return _PLAN_CAPITAL
    if _is_org_words(words) and (len(name) < 2 or _is_org_words(name)) and (
        head not in lx.ANONYMOUS_NOUNS
    ):
        return _PLAN_ORGANISATION
    if named and len(named) == len(name) and not any(w.islower() for w in name):
        if _is_org_words(name) or (_is_org_words(words) and len(name) == 1) or (
            len(name) == 1 and _possessive_base(name[0]) in _COUNTRIES
        ):
            return _PLAN_ORGANISATION
        return _PLAN_PERSON
    if head in lx.ANONYMOUS_NOUNS and (indefinite or head in _SOURCE_HEADS):
        return _PLAN_SOURCE
    return _PLAN_DESCRIPTION


def _new_mention(fields: tuple[object, ...]) -> _Mention:
    # tuple.__new__ skips the NamedTuple's Python-level constructor.
    return tuple.__new__(_Mention, fields)


def _read_mention(mention: str) -> _Mention | None:
    """What ``mention`` says, or None when it holds no word."""
    lowered = mention.lower()
    if lowered in lx.PRONOUNS:
        # "he", "They": one word, the most frequent mention; no need to split it.
        return _Mention(lowered, [mention], [lowered], False, 0, "", [], [], [], _PLAN_PRONOUN)
    words = mention.split(" ")
    if not all(map(str.isalnum, words)):
        # Only words of letters and digits (what \w matches, bar "_") split at single spaces
        # are their own tokens; anything else goes through the tokenizer.
        words = split_words(mention, 0, len(mention))[0]
    if not words:
        return None
    lower = list(map(str.lower, words))
    first = lower[0]
    if len(words) == 1 and first in lx.PRONOUNS:
        return _Mention(first, words, lower, False, 0, "", [], [], [], _PLAN_PRONOUN)
    while words and (lower[0] in lx.DETERMINERS or lower[0] in _CONJUNCTIONS):
        words, lower = words[1:], lower[1:]  # ("But Akhil Johri, the CFO, noted")
    if not words:
        return _Mention(None, [], [], False, 0, "", [], [], [], _PLAN_NONE)
    indefinite = first in ("a", "an", "ein", "eine", "einer")
    # The head noun ends the phrase before any prepositional part ("a source in the …").
    core = len(lower)
    if core > 1 and not _PHRASE_BREAKS.isdisjoint(lower):
        core = next((n for n, w in enumerate(lower) if n and w in _PHRASE_BREAKS), core)
    head = _possessive_base(lower[core - 1])
    title, name = split_title(words)
    named = []
    for w in name:
        if w[:1].isupper():
            base = _possessive_base(w).lower()
            if base not in lx.TITLE_WORDS and base not in lx.NATIONALITIES:
                named.append(w)
    plan = _plan(words, lower, indefinite, core, head, name, named)
    if plan != _PLAN_PERSON:
        return _new_mention((None, words, lower, indefinite, core, head, title, name, named,
                             plan, "", None, None, frozenset()))
    name_text = " ".join(map(_possessive_base, name))
    if len(name) == 1 and name_text.isupper() and len(name_text) > 3:
        name_text = name_text.title()  # transcript style: "PENCE:"
    role, country = role_text(title)
    return _new_mention((None, words, lower, indefinite, core, head, title, name, named, plan,
                         name_text, role, country, _role_words(title)))


_LEADING_SKIP = lx.LEADING_FILLERS | lx.DETERMINERS
_NO_RESOLUTION = Resolution()  # frozen: one object serves every mention resolved to no one
_UNREAD = _Mention(None, [], [], False, 0, "", [], [], [], _PLAN_NONE)  # not read yet


class _Run(NamedTuple):
    """A capitalised run read as a name: what its words alone say, once per article."""

    titled: bool  # a title word before the name ("President", "Gov.")
    name: list[str]
    name_text: str
    role: str | None
    country: str | None
    role_words: frozenset[str]


def _read_run(words: list[str]) -> _Run | None:
    """The person a capitalised run names, or None when it names no one."""
    while words and words[0].lower() in _LEADING_SKIP:
        words = words[1:]
    if len(words) < 2:
        return None
    title, name = split_title(words)
    if not name or _is_org_words(name) or any(w.islower() for w in name):
        return None
    if any(_possessive_base(w).lower() in lx.TITLE_WORDS for w in name):
        return None
    if len(name) == 1 and _possessive_base(name[0]) in _COUNTRIES:
        return None
    titled = any(_possessive_base(w).lower().rstrip(".") in lx.TITLE_WORDS for w in title)
    role, country = role_text(title)
    return _Run(titled, name, " ".join(map(_possessive_base, name)), role, country,
                _role_words(title))


class _ArticleState:
    def __init__(self, text: str, aliases: _normapi.AliasTable | None) -> None:
        self.text = text
        self.aliases = aliases
        self.people: list[Entity] = []
        self.by_name: dict[str, Entity] = {}
        self.by_surname: dict[str, list[Entity]] = {}
        self.orgs: dict[str, Entity] = {}
        self._matches: dict[tuple[str, tuple[str, ...]], str | None] = {}
        self._similarities: dict[tuple[str, str], float] = {}
        self._speakers: dict[tuple[str, str | None, str | None, str], Speaker] = {}
        self._canonical: dict[str, str | None] = {}
        self._mentions: dict[str, _Mention | None] = {}
        self._run_names: dict[tuple[str, ...], _Run | None] = {}
        self._name_parts: dict[str, tuple[int, str]] = {}
        self.last_org: Entity | None = None
        self.last_anonymous: Entity | None = None
        self.others: list[Entity] = []
        self.last: tuple[Entity, Span] | None = None
        self._scanned = False
        self.german = False
        self._full_names: dict[str, list[tuple[int, list[str]]]] | None = None

    # -- reading the article's named people, lazily ---------------------------------------

    def _runs(self) -> dict[str, list[tuple[int, list[str]]]]:
        """Capitalised runs of the article by their last word (a surname), read once."""
        if self._full_names is None:
            runs: dict[str, list[tuple[int, list[str]]]] = {}
            for match in _CAPITALISED_RUN.finditer(self.text):
                group = match.group()
                words = group.split(" ")
                if ". " not in group or _RUN_SENTENCE_END.search(group) is None:
                    # No word but the last ends a sentence (a dot after four letters or
                    # more, none inside), so nothing to cut at: the common run, kept whole.
                    surname = _possessive_base(words[-1]).casefold()
                    entries = runs.get(surname)
                    if entries is None:
                        runs[surname] = [(match.start(), words)]
                    else:
                        entries.append((match.start(), words))
                    continue
                position = match.start()
                for piece in _split_at_sentence_ends(words):
                    surname = _possessive_base(piece[-1]).casefold()
                    runs.setdefault(surname, []).append((position, piece))
                    position += len(" ".join(piece)) + 1
            self._full_names = runs
        return self._full_names

    def _prescan(self) -> None:
        # Everyone named with a title, for role descriptions and pronouns with no antecedent.
        if self._scanned:
            return
        self._scanned = True
        for entries in self._runs().values():
            for position, words in entries:
                if any(map(_title_word, words[:-1])):
                    self._introduce(position, words)

    def _introduce(self, position: int, words: list[str], *, titled: bool = True
                   ) -> Entity | None:
        key = tuple(words)
        if key in self._run_names:
            run = self._run_names[key]  # "President Trump" again
        else:
            run = self._run_names[key] = _read_run(words)
        if run is None or (titled and not run.titled):
            return None  # only titled names: untitled runs are read when a surname asks
        name, name_text, role, country = run.name, run.name_text, run.role, run.country
        entity = self.by_name.get(name_text.casefold())
        if entity is None and len(name) == 1:
            entity = self._find_person(name_text, full=False, scan=False)
        if entity is None:
            entity = self._add(Entity(name_text, "person", role, run.role_words,
                                      country, first_seen=position))
        elif role is not None and _better_role(entity.role, role):
            entity.role, entity.country = role, country or entity.country
            entity.role_words = entity.role_words | run.role_words
        elif len(name) > 1 and len(entity.name.split()) == 1:
            self._rename(entity, name_text)
        entity.first_seen = min(entity.first_seen, position) if entity.first_seen >= 0 else \
            position
        return entity

    def _add(self, entity: Entity) -> Entity:
        self.people.append(entity)
        self._index(entity)
        return entity

    def _index(self, entity: Entity) -> None:
        key = entity.name.casefold()
        self.by_name[key] = entity
        self.by_surname.setdefault(key.split()[-1], []).append(entity)

    def _rename(self, entity: Entity, name: str) -> None:
        entity.name = name
        self._index(entity)

    # -- matching ------------------------------------------------------------------------

    def _find_person(self, name: str, *, full: bool, scan: bool = True) -> Entity | None:
        key = name.casefold()
        found = self.by_name.get(key)
        if found is not None:
            return found
        canonical = self._canonical_name(name)
        if canonical is not None:
            found = self.by_name.get(canonical.casefold())
            if found is not None:
                return found
        surname = key.split()[-1]
        if full:
            # Compare only with people whose surname starts alike: typos rarely hit the start.
            parts = self._parts
            known = [e.name for e in self.people[-_FUZZY_WINDOW:]
                     if (n_last := parts(e.name))[0] > 1 and n_last[1][:2] == surname[:2]]
            if known:
                match = self._match(name, tuple(known))
                if match is not None:
                    return self.by_name[match.casefold()]
            if scan:
                # The article may name this person in full elsewhere ("Sergey Lavrov").
                for position, words in self._runs().get(surname, []):
                    bare = " ".join(_possessive_base(w) for w in words).casefold()
                    if bare.endswith(key):
                        continue  # the mention itself
                    introduced = self._introduce(position, words, titled=False)
                    if introduced is not None and self._match(
                        name, (introduced.name,)
                    ) is not None:
                        if len(introduced.name) > len(name) and set(key.split()) <= set(
                            introduced.name.casefold().split()
                        ):
                            # "Ilham Aliyev" for "the honorable Ilham Haydarevich Aliyev": the
                            # form the reporter attributes with, not a patronymic seen once.
                            self._rename(introduced, name)
                        return introduced
            for entity in reversed(self.people[-_FUZZY_WINDOW:]):
                if self._parts(entity.name)[0] == 1 and self._similar(
                    surname, entity.name.casefold()
                ) >= _ALIKE:
                    return entity
            return None
        best: Entity | None = None
        for entity in self.by_surname.get(key, ()):
            if self._parts(entity.name)[1] == key and (
                best is None or entity.last_seen > best.last_seen
            ):
                best = entity
        if best is not None:
            return best
        # Typo-tolerant surnames, among the most recent people only: bounded work per mention.
        initial = key[:1]
        for entity in self.people[-_FUZZY_WINDOW:]:
            last = self._parts(entity.name)[1]
            if last[:1] == initial and self._similar(key, last) >= _ALIKE:
                return entity
        if scan:
            # A surname first: look for the article's full mention of that name.
            for position, words in self._runs().get(key, []):
                introduced = self._introduce(position, words, titled=False)
                if introduced is not None:
                    return introduced
        return None

    def _parts(self, name: str) -> tuple[int, str]:
        """How many words a known name has, and its last one casefolded; names are compared
        with every mention, so each is split once per article."""
        parts = self._name_parts.get(name)
        if parts is None:
            words = name.casefold().split()
            parts = self._name_parts[name] = (len(words), words[-1] if words else "")
        return parts

    def _canonical_name(self, name: str) -> str | None:
        if self.aliases is None:
            return None
        if name not in self._canonical:
            self._canonical[name] = self.aliases.canonical(name)
        return self._canonical[name]

    def _match(self, name: str, known: tuple[str, ...]) -> str | None:
        # Name matching is the costly step; an article repeats the same names, so remember.
        key = (name, known)
        if key not in self._matches:
            self._matches[key] = _normapi.match_name(name, known, aliases=self.aliases)
        return self._matches[key]

    def _similar(self, a: str, b: str) -> float:
        key = (a, b)
        if key not in self._similarities:
            # Every caller asks only whether two names reach _ALIKE: below it, 0.0 will do.
            self._similarities[key] = _normapi.name_similarity(a, b, _ALIKE)
        return self._similarities[key]

    # -- resolving one mention -----------------------------------------------------------

    def speaker(self, entity: Entity, mention: str | None) -> Speaker:
        # Speakers are frozen: an article's repeated attributions share one object.
        key = (entity.name, mention, entity.role, entity.kind)
        found = self._speakers.get(key)
        if found is None:
            found = Speaker(name=entity.name, mention=mention, role=entity.role, kind=entity.kind)
            self._speakers[key] = found
        return found

    def resolve(self, span: Span, confidence: float, as_pronoun: Span | None = None
                ) -> Resolution:
        """Who ``span`` names; with ``as_pronoun``, the pronoun at the quote that refers to
        that mention: resolved only when the person may be called so (else no speaker)."""
        mention = self.text[span.start : span.end]
        read = self._mentions.get(mention, _UNREAD)  # "he", "Trump": again
        if read is _UNREAD:
            read = self._mentions[mention] = _read_mention(mention)
        if read is None:
            return _NO_RESOLUTION
        entity, score = self._entity_for(read, span.start)
        if entity is None:
            return Resolution(None, span, 0.0)
        if as_pronoun is not None:
            pronoun = self.text[as_pronoun.start : as_pronoun.end].lower()
            gender = lx.PRONOUNS[pronoun][0]
            if entity.kind != "person" or entity.gender not in (None, gender):
                return _NO_RESOLUTION
            entity.gender = gender
            span, mention = as_pronoun, pronoun
        entity.last_seen = span.start
        self.last = (entity, span)
        return Resolution(self.speaker(entity, mention), span, round(confidence * score, 3))

    def _entity_for(self, read: _Mention, position: int) -> tuple[Entity | None, float]:
        plan = read.plan
        if plan == _PLAN_PERSON:
            return self._person(read, position)
        if read.pronoun is not None:
            return self._pronoun(read.pronoun, position)
        if plan == _PLAN_NONE:
            return None, 0.0
        words, lower, head = read.words, read.lower, read.head
        if plan == _PLAN_CAPITAL:
            return self._organisation(words, head), 0.85
        if plan == _PLAN_ORGANISATION:
            return self._organisation(words, head), 0.8
        if plan in (_PLAN_ANONYMOUS_PHRASE, _PLAN_SOURCE):
            return self._anonymous(words, read.indefinite, position), 0.8
        if plan == _PLAN_PERSON_PHRASE:
            # "a senior adviser at the Treasury": a person described by a phrase naming a
            # place or body, not a person named "Treasury".
            role_match = self._by_role(lower[: read.core], head, position)
            if role_match is not None:
                return role_match, 0.7
            return self._description(words, lower, position), 0.5
        role_match = self._by_role(lower, head, position)
        if role_match is not None:
            return role_match, 0.75
        if head in lx.ANONYMOUS_NOUNS:
            return self._anonymous(words, read.indefinite, position), 0.7
        return self._description(words, lower, position), 0.5

    def _description(self, words: list[str], lower: list[str], position: int) -> Entity:
        entity = Entity(" ".join(words), "person", None, frozenset(lower), None,
                        first_seen=position)
        self.others.append(entity)
        return entity

    def _pronoun(self, word: str, position: int) -> tuple[Entity | None, float]:
        gender, plural = lx.PRONOUNS[word]
        if self.german and word in ("er", "sie"):
            return self._german_pronoun(word, position)
        if gender == "n":
            # "it": the most recent organisation, never a person.
            if self.last_org is not None:
                return self.last_org, 0.6
            return None, 0.0
        if self.last is not None:
            entity = self.last[0]
            if gender in ("m", "f") and entity.kind == "person":
                if entity.gender in (None, gender):
                    entity.gender = gender
                    return entity, 0.8
            elif (gender == "n" and entity.kind == "organisation") or gender is None:
                return entity, 0.7
        # No compatible previous speaker: the nearest person named before the mention.
        self._prescan()
        earlier = [e for e in self.people[-_FUZZY_WINDOW:] if 0 <= e.first_seen < position]
        if earlier and gender in ("m", "f", None) and not plural:
            entity = max(earlier, key=lambda e: max(e.first_seen, e.last_seen))
            entity.gender = entity.gender or gender
            return entity, 0.6
        return self._no_fitting_speaker(position)

    def _german_pronoun(self, word: str, position: int) -> tuple[Entity | None, float]:
        """German "er" is a man, "sie" a woman or a plural (a body): the most recent speaker
        the pronoun may stand for, else the most recent such person named before it; the
        gender of a German role noun ("Kanzlerin", "Herr") rules the others out."""

        def fits(entity: Entity) -> bool:
            if entity.kind != "person":
                return word == "sie"
            gender = entity.gender or _german_gender(entity.role_words)
            return gender in (None, "m") if word == "er" else gender != "m"

        if self.last is not None and fits(self.last[0]):
            entity = self.last[0]
            if word == "er" and entity.kind == "person":
                entity.gender = "m"
            return entity, 0.8 if entity.kind == "person" else 0.7
        self._prescan()
        earlier = [e for e in self.people[-_FUZZY_WINDOW:] if 0 <= e.first_seen < position
                   and fits(e)]
        if earlier:
            entity = max(earlier, key=lambda e: max(e.first_seen, e.last_seen))
            if word == "er":
                entity.gender = "m"
            return entity, 0.6
        return self._no_fitting_speaker(position)

    def _no_fitting_speaker(self, position: int) -> tuple[Entity | None, float]:
        """A pronoun that fits no one: the previous speaker, else the last name before it."""
        if self.last is not None:
            return self.last[0], 0.5
        named = self._nearest_name(position)
        if named is not None:
            return named, 0.5
        return None, 0.0

    def _nearest_name(self, position: int) -> Entity | None:
        """The last full name before ``position`` (a pronoun with no speaker before it)."""
        best: tuple[int, list[str]] | None = None
        for entries in self._runs().values():
            for start, words in entries:
                if start < position and (best is None or start > best[0]):
                    name = split_title(words)[1]
                    if len(name) >= 2 and not _is_org_words(words) and not any(
                        w.lower() in lx.NOT_NAMES for w in name
                    ):
                        best = (start, words)
        if best is None:
            return None
        return self._introduce(best[0], best[1], titled=False)

    def _person(self, read: _Mention, position: int) -> tuple[Entity | None, float]:
        name, title, name_text = read.name, read.title, read.name_text
        entity = self._find_person(name_text, full=len(name) > 1)
        if entity is None:
            entity = self._add(Entity(name_text, "person", read.role, read.role_words,
                                      read.country, first_seen=position))
            return entity, 0.8
        if len(name) > 1 and self._parts(entity.name)[0] == 1:
            self._rename(entity, name_text)
        if title:
            role = read.role
            if role is not None and _better_role(entity.role, role):
                entity.role, entity.country = role, read.country or entity.country
                entity.role_words = entity.role_words | read.role_words
        key = name_text.casefold()
        exact = entity.name.casefold() == key or self._parts(entity.name)[1] == key
        return entity, 0.95 if exact else 0.85

    def _organisation(self, words: list[str], head: str) -> Entity:
        name = " ".join(words)
        name = _normapi.strip_possessive(name)
        known = self.orgs.get(name.casefold())
        if known is not None:
            return known
        role = None
        country = None
        if len(words) == 1 and head in lx.CAPITALS:
            country = lx.CAPITALS[head]
            role = f"Government of {country}"
        entity = Entity(name, "organisation", role, frozenset(w.lower() for w in words),
                        country)
        self.others.append(entity)
        self.orgs[name.casefold()] = entity
        self.last_org = entity
        return entity

    def _anonymous(self, words: list[str], indefinite: bool, position: int) -> Entity:
        if not indefinite:
            if self.last_anonymous is not None and self.last_anonymous.first_seen < position:
                return self.last_anonymous
            introduced = self._introduced_source(position)
            if introduced is not None:
                self.last_anonymous = introduced
                return introduced
        entity = Entity(" ".join(words), "anonymous", first_seen=position)
        self.others.append(entity)
        self.last_anonymous = entity
        return entity

    def _introduced_source(self, position: int) -> Entity | None:
        # "TASS quotes a source in the Foreign Ministry as saying": an anonymous source named
        # earlier outside any attribution the extractor saw.
        last = None
        for match in _SOURCE_INTRO.finditer(self.text, max(0, position - 3000), position):
            last = match
        if last is None:
            return None
        words = last.group().split()[1:]
        entity = Entity(" ".join(words), "anonymous", first_seen=last.start())
        self.others.append(entity)
        return entity

    def _by_role(self, lower: list[str], head: str, position: int) -> Entity | None:
        self._prescan()
        country = None
        for word in lower:
            country = country or _country_of(word)
        wanted = lx.ROLE_SYNONYMS.get(head, frozenset({head}))
        best: Entity | None = None
        later: Entity | None = None
        for entity in self.people[-_FUZZY_WINDOW:]:
            if not (wanted & entity.role_words):
                continue
            if country is not None and entity.country not in (None, country):
                continue
            if country is not None and entity.country is None:
                continue
            if entity.first_seen >= position and entity.last_seen < 0:
                # Named only later (a headline before the body): a fallback.
                if later is None or entity.first_seen < later.first_seen:
                    later = entity
                continue
            if best is None or max(entity.last_seen, entity.first_seen) > max(
                best.last_seen, best.first_seen
            ):
                best = entity
        return best if best is not None else later
