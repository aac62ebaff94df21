"""Phrases both German steps read: the noun phrase after a word, the Vorfeld before
the verb, the source of ``heißt es``.
"""

from __future__ import annotations

import bisect

from newsclaims.model import Span
from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.german.words import (
    ABSTRACT,
    ADVERB_ENDINGS,
    AFTER_VERB,
    AUX,
    BODIES,
    CUES,
    FINITE_AUX,
    IMPERSONAL,
    NEXT_PHRASE,
    NOMINATIVE,
    NOT_VERBS,
    OBLIQUE,
    PARTICIPLE,
    PARTICLES,
    PHRASE_WORDS,
    PLACE_PREPOSITIONS,
    PREPOSITIONS,
    REFLEXIVE,
    RELATIVE,
    SOURCE_CUES,
    SUBORDINATORS,
    WEAK,
)
from newsclaims.quotes.mentions import subject_after
from newsclaims.quotes.textutil import Token, make_tokens, split_words

_MONTHS = frozenset({"januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli",
                     "august", "september", "oktober", "november", "dezember"})


# Words before a number that make its full stop an ordinal's: "am 1. Oktober", "in der 36.
# Minute", "zum 3. Mal", "im 19. Jahrhundert".
_BEFORE_ORDINAL = frozenset({"der", "die", "das", "dem", "den", "des", "am", "im", "zum", "zur",
                             "vom", "ab", "bis", "seit", "beim", "ins", "und", "bzw.", "jeden",
                             "jedem", "sein", "seinem", "seinen", "seiner", "seine", "ihr",
                             "ihre", "ihrem", "ihren", "ihrer", "-", "–", "zwischen", "einer",
                             "einem", "eines"})


def merge_ordinals(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences with the splits after German ordinals undone (``Ab 1. Oktober gilt …``,
    ``in der 36. Minute``): a number of one or two digits and its full stop, then a month name,
    or after an article or a preposition. One pass over the sentence ends."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sentences:
        if merged:
            prev_lo, prev_hi = merged[-1]
            dot = prev_hi - 1
            if text[dot] == "." and text[dot - 1 : dot].isdigit() and prev_hi <= lo and (
                "\n" not in text[prev_hi:lo]
            ):
                n = dot - 1
                while n > prev_lo and text[n - 1].isdigit():
                    n -= 1
                if dot - n <= 2 and n > prev_lo and text[n - 1] == " ":
                    before = text[max(prev_lo, n - 12) : n - 1].rsplit(" ", 1)[-1].lower()
                    after = text[lo : lo + 12].split(" ", 1)[0].strip(".,;:").lower()
                    if before in _BEFORE_ORDINAL or after in _MONTHS:
                        merged[-1] = (prev_lo, hi)
                        continue
        merged.append((lo, hi))
    return merged


def this_reported(text: str, lo: int, hi: int) -> tuple[Span, str | None] | None:
    """``Dies bestätigte der Minister am Abend``: "Dies"/"Das", a speech verb, its subject."""
    words, w_starts, w_ends = split_words(text, lo, min(hi, lo + 200))
    toks = make_tokens(words, w_starts, w_ends)[0]
    if len(toks) >= 4 and toks[1].lower == "geht" and toks[2].lower == "aus":
        # "Dies geht aus einer Mitteilung des Konzerns hervor"
        rng = np_after(text, toks, 3)
        if rng is None or not any(t.lower == "hervor" for t in toks[rng[1] :]):
            return None
        return Span(toks[rng[0]].start, toks[rng[1] - 1].end), "hervor"
    if len(toks) < 3 or toks[1].lower not in CUES or toks[1].lower in WEAK - {
        "gab", "berichten"
    } or text[toks[0].end : toks[1].start].strip():
        return None
    return subject_after_verb(text, toks, 1)


def np_after(text: str, toks: list[Token], start: int) -> tuple[int, int] | None:
    """The noun phrase opening at ``toks[start]``, with its genitive attributes (``des Leiters
    der Feuerwehr``)."""
    rng = subject_after(text, toks, start)
    if rng is None or rng[0] != start:
        return None
    end = rng[1]
    # "Oettinger die Reform": an accusative or dative determiner after a noun starts the next
    # phrase (a genitive "der"/"des" may still belong to this one).
    end = next((n for n in range(start + 1, end) if toks[n].lower in NEXT_PHRASE and (
        toks[n - 1].capitalised and toks[n - 1].lower not in lx.DETERMINERS)), end)
    if end == start + 2 and toks[start].lower in lx.DETERMINERS:
        # "Der Notarzt Jan Feld": a role noun, then the name (up to three capitalised words).
        run = end
        while run < len(toks) and run - end < 3 and toks[run].capitalised and (
            toks[run].lower not in lx.DETERMINERS
        ) and not text[toks[run - 1].end : toks[run].start].strip():
            run += 1
        if end < run < len(toks) and not toks[run].capitalised:
            end = run
    while end + 1 < len(toks) and toks[end].lower in ("des", "der", "von", "vom") and (
        not text[toks[end - 1].end : toks[end].start].strip()
    ):
        more = subject_after(text, toks, end + 1) if toks[end].lower in ("von", "vom") else (
            subject_after(text, toks, end))
        if more is None or more[1] <= end + 1 or more[1] - start > 14:
            break
        end = more[1]
    return start, end


def lower_name(text: str, toks: list[Token], start: int) -> tuple[int, int] | None:
    """A source whose name opens in lower case: a web address (``ndr.de``) or a compound with
    a lower-case first part (``verdi-Verhandlungsführer``), with the capitalised words after
    it (``verdi-Chef Frank Werneke``)."""
    tok = toks[start]
    word = tok.text
    if tok.capitalised or not word[:1].isalpha():
        return None
    dot = word.find(".", 1)
    hyphen = word.rfind("-", 1)
    if not (0 < dot < len(word) - 2 and word[dot + 1 :].isalpha()) and not (
        0 < hyphen < len(word) - 2 and word[hyphen + 1].isupper()
    ):
        return None
    end = start + 1
    while end < len(toks) and end - start <= 3 and toks[end].capitalised and (
        toks[end].lower not in lx.DETERMINERS
    ) and not text[toks[end - 1].end : toks[end].start].strip():
        end += 1
    return start, end


def is_cue(word: str) -> bool:
    """A speech verb, also in the plural present or the infinitive (``erklären`` from
    ``erklärt``, ``einräumen`` from ``räumte … ein``)."""
    if word in CUES or word in lx.CUE_VERBS:
        return True
    if not word.endswith("en") or len(word) <= 5:
        return False
    stem = word[:-2]
    return any(word.startswith(particle) and (
        stem[len(particle) :] + "t" in CUES or stem[len(particle) :] + "te" in CUES
    ) for particle in PARTICLES | {""})


def clause_subject(text: str, lo: int, hi: int) -> tuple[Span, str | None] | None:
    """The subject of a German main clause opening with it and then its verb (any verb), or
    (verb second, after an adverbial) the one after a speech verb."""
    words, w_starts, w_ends = split_words(text, lo, hi)
    toks = make_tokens(words, w_starts, w_ends)[0]
    if len(toks) < 2:
        return None
    head = toks[0]
    if head.lower not in OBLIQUE and head.lower not in IMPERSONAL and (
        head.capitalised or head.lower in lx.DETERMINERS
    ):
        rng = np_after(text, toks, 0)
        after = rng[1] if rng is not None else len(toks)
        if after < len(toks) and toks[after].lower in PLACE_PREPOSITIONS:
            # "der Sprecher der Fraktion im Landtag, Jan Roth, will": a place phrase before a
            # name in apposition belongs to the role
            comma = next((n for n in range(after + 1, min(len(toks), after + 5))
                          if text[toks[n - 1].end : toks[n].start].strip()), -1)
            if comma > 0 and text[toks[comma - 1].end : toks[comma].start].strip() == "," and (
                toks[comma].capitalised
            ) and all(t.capitalised or t.lower in lx.DETERMINERS for t in toks[after + 1 : comma]):
                after = comma
        if after < len(toks) and text[toks[after - 1].end : toks[after].start].strip() == ",":
            # "Sadiq Khan, einer der Abgeordneten, verurteilte": past the apposition.
            after = next((n for n in range(after + 1, min(len(toks), after + 12))
                          if "," in text[toks[n - 1].end : toks[n].start]), len(toks))
            if after < len(toks) and toks[after].lower in RELATIVE:
                # "Sadiq Khan, einer der Abgeordneten, die den Brief unterschrieben, …":
                # past a relative clause inside the apposition too.
                after = next((n for n in range(after + 1, min(len(toks), after + 16))
                              if "," in text[toks[n - 1].end : toks[n].start]), len(toks))
        if rng is not None and after < len(toks) and toks[rng[1] - 1].capitalised and not (
            toks[after].capitalised
        ) and toks[after].lower not in NOT_VERBS and not text[
            toks[after - 1].end : toks[after].start
        ].strip(" ,"):
            verb = toks[after].lower
            return Span(toks[0].start, toks[rng[1] - 1].end), verb if (
                is_cue(verb)) else None
        return None
    # After a leading clause closed by a comma, the finite verb comes first, whatever it is.
    comma = next((n for n in range(1, min(len(toks), 14))
                  if "," in text[toks[n - 1].end : toks[n].start]), -1)
    for v in range(1, min(len(toks) - 1, 8)):
        word = toks[v].lower
        if word not in CUES and word not in lx.CUE_VERBS and (
            v != comma or toks[v].capitalised or word in NOT_VERBS
        ):
            continue
        start = v + 1
        while start < len(toks) and toks[start].lower in REFLEXIVE:
            start += 1
        if start >= len(toks) or "," in text[toks[v].end : toks[start].start]:
            return None  # (after a comma: the subject of the reported clause)
        if toks[start].lower in ("er", "sie"):
            return Span(toks[start].start, toks[start].end), word
        if toks[start].capitalised or toks[start].lower in lx.DETERMINERS:
            rng = np_after(text, toks, start)
            if rng is not None:
                rng = appositive_name(text, toks, rng)
                return Span(toks[rng[0]].start, toks[rng[1] - 1].end), word
        return None
    return None


def appositive_name(text: str, toks: list[Token], rng: tuple[int, int]) -> tuple[int, int]:
    """``der Vorsitzende des Vereins, Jan Roth, …``: a role phrase then, between commas, the
    name of the one it describes (two or three capitalised words); that name, else ``rng``."""
    a = rng[1]
    if a + 2 >= len(toks) or text[toks[a - 1].end : toks[a].start].strip() != "," or (
        toks[rng[0]].lower not in lx.DETERMINERS
    ):
        return rng
    b = a
    while b < len(toks) and b - a < 3 and toks[b].capitalised and (
        toks[b].lower not in lx.DETERMINERS
    ) and (b == a or not text[toks[b - 1].end : toks[b].start].strip()):
        b += 1
    if b - a < 2 or (b < len(toks) and text[toks[b - 1].end : toks[b].start].strip() != ","):
        return rng
    return a, b


def _lead_in(text: str, lo: int, open_at: int, mention: Span
             ) -> tuple[list[Token], int, int] | None:
    """The words of a lead-in ``text[lo:open_at]``, the mention's first word and the word after
    it; None when the mention is not a run of whole words of it followed by a word."""
    if not lo <= mention.start < mention.end <= open_at:
        return None
    words, w_starts, w_ends = split_words(text, lo, open_at)
    toks = make_tokens(words, w_starts, w_ends)[0]
    a = bisect.bisect_left(w_starts, mention.start)
    b = bisect.bisect_left(w_starts, mention.end)
    if a >= len(toks) or b >= len(toks) or toks[a].start != mention.start:
        return None
    return toks, a, b


def vorfeld(text: str, lo: int, open_at: int, mention: Span) -> tuple[Span, str | None] | None:
    """``In seiner Rede erklärte Johnson: „…“`` / ``Besorgt zeigte sich der Minister: „…“``:
    a mention read in the adverbial before the verb; German puts the subject after it."""
    found = _lead_in(text, lo, open_at, mention)
    if found is None:
        return None
    toks, a, b = found
    verb = toks[b]
    if verb.capitalised or verb.lower in NOT_VERBS or text[toks[b - 1].end : verb.start].strip():
        return None
    first = toks[a]
    if a > 0 and toks[a - 1].lower in SOURCE_CUES:
        return None  # "Laut Polizeisprecher X brannte die Halle aus": X is the source
    reflexive = b + 1 < len(toks) and toks[b + 1].lower == "sich"
    head = next((t for t in toks[a:b] if t.capitalised and t.lower not in lx.DETERMINERS), first)
    adverbial = (a > 0 and toks[a - 1].lower in PHRASE_WORDS) or (
        # "Gegenüber dem Sender erklärte sie": the mention is a prepositional phrase.
        a == 0 and b > 1 and first.lower in PHRASE_WORDS and first.lower not in (
            lx.DETERMINERS)
    ) or (
        # "Die Anwendung der Regel stellte X in Frage": an abstract noun is the object.
        a == 0 and head.lower.endswith(ABSTRACT) and not head.lower.endswith(BODIES)
        and head.lower not in lx.ORG_NOUNS and toks[b].lower not in AUX
    ) or (
        a == 0 and b == 1 and (first.lower in PHRASE_WORDS or (
            first.lower.endswith(ADVERB_ENDINGS) and len(first.lower) > 5
        ) or (
            # "Besorgt zeigte sich der Minister": a participle, then a reflexive verb.
            reflexive and first.lower.endswith("t") and first.lower.startswith(PARTICIPLE)
        ))
    )
    if not adverbial:
        return None
    start = b + 1
    while start < len(toks) and toks[start].lower in REFLEXIVE:
        start += 1
    if start >= len(toks):
        return None
    if toks[start].lower in ("er", "sie"):
        return Span(toks[start].start, toks[start].end), verb.lower
    if not (toks[start].capitalised or toks[start].lower in lx.DETERMINERS):
        return None
    rng = np_after(text, toks, start)
    if rng is None or toks[rng[0]].lower in PHRASE_WORDS:
        return None
    return Span(toks[rng[0]].start, toks[rng[1] - 1].end), verb.lower


def heisst_es(text: str, lo: int, hi: int, mention: Span) -> tuple[Span, str | None] | None:
    """``In der Erklärung heißt es: „…“`` / ``„…“, hieß es aus dem Ministerium``: the source
    of "heißt es" is the place named around it, not "es"."""
    words, w_starts, w_ends = split_words(text, lo, hi)
    toks = make_tokens(words, w_starts, w_ends)[0]
    k = bisect.bisect_left(w_starts, mention.start)
    if k == 0 or k >= len(toks) or toks[k - 1].lower not in ("heißt", "hieß"):
        return None
    verb = toks[k - 1].lower
    if k >= 2 and toks[0].lower in PLACE_PREPOSITIONS:
        # Before the verb: "In dem Antrag heißt es", "Aus Paris hieß es".
        rng = np_after(text, toks, 1)
        if rng is not None and rng[1] == k - 1:
            return Span(toks[rng[0]].start, toks[rng[1] - 1].end), verb
        return None
    m = k + 1
    while m < len(toks) and toks[m].lower in ("dazu", "weiter", "auch", "nun", "jedoch",
                                               "außerdem", "zudem", "darin", "ferner"):
        m += 1
    if m + 1 < len(toks) and toks[m].lower in PLACE_PREPOSITIONS and not text[
        toks[m - 1].end : toks[m].start
    ].strip():
        rng = np_after(text, toks, m + 1)
        if rng is not None:
            return Span(toks[rng[0]].start, toks[rng[1] - 1].end), verb
    return None


def verb_second(text: str, lo: int, open_at: int,
                 mention: Span) -> tuple[Span, str | None] | None:
    """German puts exactly one phrase before the finite verb; a mention read elsewhere is not
    the subject. ``Das Angebot lehnt er ab: „…“`` (a subject pronoun after the verb),
    ``Stoiber hatte die Rolle der Parteichefs betont: „…“`` (the subject before the
    auxiliary, not the noun before the participle), ``Angesichts solcher Zahlen nannte X …``
    (a prepositional phrase, the verb, its subject), ``Als ein Gast half, rief der Mann: „…“``
    (a leading subordinate clause, then the verb and its subject)."""
    found = _lead_in(text, lo, open_at, mention)
    if found is None:
        return None
    toks, a, b = found
    head = toks[0]
    if head.lower in SUBORDINATORS:
        comma = next((n for n in range(1, len(toks))
                      if "," in text[toks[n - 1].end : toks[n].start]), len(toks))
        if b > comma:
            return None  # the mention is in the main clause
        return subject_after_verb(text, toks, comma)
    if a > 0 and head.lower in PREPOSITIONS:
        return _after_prepositional(text, toks, a, b)
    gap = text[toks[b - 1].end : toks[b].start]
    v = b
    if a == 0 and "," in gap:
        # "Das Angebot, Verletzte aufzunehmen, lehnt er ab": the verb after the inserted clause.
        v = next((n for n in range(b + 1, min(len(toks), b + 25))
                  if "," in text[toks[n - 1].end : toks[n].start]), len(toks))
    elif gap.strip():
        return None
    if v >= len(toks):
        return None
    verb = toks[v]
    if verb.capitalised or verb.lower in NOT_VERBS or verb.lower in lx.DETERMINERS:
        return None
    if a == 0:
        after = toks[v + 1] if v + 1 < len(toks) else None
        if after is not None and after.lower in NOMINATIVE and not text[
            verb.end : after.start
        ].strip():
            return Span(after.start, after.end), verb.lower
        return None
    cue = verb.lower in CUES or verb.lower in lx.CUE_VERBS
    if head.lower not in PREPOSITIONS and head.lower not in IMPERSONAL and (
        head.capitalised or head.lower in lx.DETERMINERS
    ):
        # Subject, finite auxiliary, ..., the participle before the colon.
        rng = np_after(text, toks, 0)
        if rng is None or rng[1] >= a or toks[rng[1]].lower not in FINITE_AUX or not cue or (
            text[toks[rng[1] - 1].end : toks[rng[1]].start].strip()
        ):
            return None
        return Span(toks[0].start, toks[rng[1] - 1].end), verb.lower
    return None


def _after_prepositional(
    text: str, toks: list[Token], a: int, b: int
) -> tuple[Span, str | None] | None:
    """``Angesichts solcher Zahlen nannte X …``, ``Zur Lage des Vereins und seiner Aufgabe
    wird X zitiert``: a mention inside the prepositional phrase before the finite verb; the
    subject follows the verb."""
    if a > 5 or any(t.lower in CUES or t.lower in FINITE_AUX for t in toks[1:a]):
        return None  # a verb before the mention: not one prepositional phrase
    for v in range(b, min(len(toks), b + 12)):
        if text[toks[v - 1].end : toks[v].start].strip():
            return None  # a comma or a mark: the phrase does not run on to a verb
        word = toks[v].lower
        if not toks[v].capitalised and (word in CUES or word in lx.CUE_VERBS
                                        or word in FINITE_AUX):
            return subject_after_verb(text, toks, v)
    return None


def subject_after_verb(text: str, toks: list[Token], v: int) -> tuple[Span, str | None] | None:
    """The subject right after the finite verb ``toks[v]`` (past ``sich`` and adverbs)."""
    if v >= len(toks):
        return None
    verb = toks[v]
    if verb.capitalised or verb.lower in NOT_VERBS or verb.lower in lx.DETERMINERS:
        return None
    start = v + 1
    while start < len(toks) and toks[start].lower in AFTER_VERB:
        start += 1
    if start >= len(toks) or text[toks[start - 1].end : toks[start].start].strip():
        return None
    if toks[start].lower in ("er", "sie"):
        return Span(toks[start].start, toks[start].end), verb.lower
    if not toks[start].capitalised and toks[start].lower not in lx.DETERMINERS:
        # "berichten arabische Medien": an inflected adjective, then the noun
        if start + 1 < len(toks) and toks[start].lower.endswith(("e", "en", "er", "es")) and (
            toks[start + 1].capitalised and toks[start].lower not in NOT_VERBS
        ) and not text[toks[start].end : toks[start + 1].start].strip():
            more = np_after(text, toks, start + 1)
            if more is not None:
                return Span(toks[start].start, toks[more[1] - 1].end), verb.lower
        return None
    rng = np_after(text, toks, start)
    if rng is None:
        return None
    return Span(toks[rng[0]].start, toks[rng[1] - 1].end), verb.lower
