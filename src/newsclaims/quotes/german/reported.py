"""German reported speech without quotation marks: source phrases, ``wie``-clauses, a
speech verb before its clause, run-on Konjunktiv I.
"""

from __future__ import annotations

import bisect
from itertools import repeat

from newsclaims.model import Span
from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.base import Candidate
from newsclaims.quotes.german.phrases import (
    clause_subject,
    heisst_es,
    lower_name,
    np_after,
    subject_after_verb,
    this_reported,
    verb_second,
    vorfeld,
)
from newsclaims.quotes.german.words import (
    ADVERB_ENDINGS,
    ADVERB_SUFFIXES,
    AUX,
    CHARACTERISING,
    CLAUSE_CUES,
    CUES,
    FINITE_AUX,
    NOT_IN_NP,
    NOT_VERBS,
    OBLIQUE,
    OPINION_NOUNS,
    PARTICLE_ACTS,
    PARTICLE_VERBS,
    PARTICLES,
    PASSIVE,
    PHRASE_TRIGGERS,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    PREPOSITIONS,
    PUNCTUATION,
    RELATIVE_SOURCE,
    SOURCE_CUES,
    SOURCE_NOUNS,
    SPEECH_ACTS,
    SPEECH_NOUNS,
    STANCE_VERBS,
    STRIP,
    SUBJUNCTIVE,
    SUBJUNCTIVE_II,
    SUBORDINATORS,
    THAT,
    TRIGGERS,
    WEAK,
    WIE_VERBS,
)
from newsclaims.quotes.textutil import Token, make_tokens, split_words, strip_span


def _covered(spans: list[tuple[int, int]], ends: list[int], lo: int, hi: int) -> bool:
    # ``spans`` sorted by start, ``ends`` the running maximum of their ends.
    k = bisect.bisect_left(spans, (hi, -1)) - 1
    return k >= 0 and ends[k] > lo


def add_reported(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    barriers: list[tuple[int, int]],
    found: list[Candidate],
) -> list[Candidate]:
    """New reported-speech candidates for sentences no candidate in ``found`` touches."""
    # (Quoted words inside a sentence leave the rest of it to be read: "In China wurde laut
    # X erstmals ein „Bürgerjournalist“ verhaftet".)
    taken = sorted((c.span.start, c.span.end) for c in found
                   if c.speech and c.kind != "partial"
                   and (c.mention is not None or c.inherit or c.kind == "indirect"))
    # Quoted words with a speaker named in their own sentence: a sentence running on in the
    # Konjunktiv reports that speaker ("Für X sei der Plan „…“").
    quoted = sorted((c.span.start, c.mention.start, c.mention.end) for c in found
                    if c.speech and c.kind == "partial" and c.mention is not None
                    and c.mention.end <= c.span.start)
    q_starts = [item[0] for item in quoted]
    ends: list[int] = []
    top = -1
    for _, end in taken:
        top = max(top, end)
        ends.append(top)
    attributed = sorted(c.span.start for c in found if c.speech and c.mention is not None)
    b_starts = [b[0] for b in barriers]
    p_starts = [p[0] for p in paragraphs]
    added: list[Candidate] = []
    previous_reported = -1  # paragraph index of the last reported sentence
    for idx, (lo, hi) in enumerate(sentences):
        if idx and text.startswith(("Dies ", "Das "), lo):
            # "… Dies bestätigte der Minister am Abend.": the sentence before is his.
            prev_lo, prev_hi = sentences[idx - 1]
            k = bisect.bisect_left(b_starts, prev_lo)
            free = not _covered(taken, ends, prev_lo, prev_hi) and not (
                (k > 0 and barriers[k - 1][1] > prev_lo)
                or (k < len(barriers) and barriers[k][0] < prev_hi)
            ) and not (added and added[-1].span.end > prev_lo)
            this = this_reported(text, lo, hi) if free and text[prev_hi:lo].count(
                "\n") <= 3 else None
            if this is not None:
                clause = strip_span(text, prev_lo, prev_hi, STRIP)
                # "Dies" is the object of the speech verb, standing for the sentence before:
                # both are what was said, fragments of one report.
                group = -2_000_000 - clause[0]
                added.extend(Candidate(span=Span(*part), kind="indirect", confidence=0.6,
                                       mention=this[0], cue=this[1], mention_confidence=0.6,
                                       group=group)
                             for part in (clause, (lo, lo + 3 + text.startswith("Dies", lo))))
                bisect.insort(attributed, clause[0])
        covered = _covered(taken, ends, lo, hi)
        k = bisect.bisect_left(b_starts, lo)
        inside = k > 0 and barriers[k - 1][1] > lo
        prefix = False
        if covered or inside or (k < len(barriers) and barriers[k][0] < hi):
            # A quotation or a report in the sentence: its own rules decide, but a clause
            # before it may report on its own ("Er sagte, X sei …, und fügte hinzu: „…“").
            cut = None if inside else _free_prefix(taken, ends, lo, hi, barriers, k)
            if cut is None:
                if covered:
                    previous_reported = bisect.bisect_right(p_starts, lo) - 1
                continue
            hi, prefix = cut, True
        # Whitespace words first (str.split runs in C); the word tokens only for sentences
        # with a trigger word.
        lowers = set(map(str.strip, text[lo:hi].lower().split(), repeat(PUNCTUATION)))
        if TRIGGERS.isdisjoint(lowers):
            continue
        made = None
        if not PHRASE_TRIGGERS.isdisjoint(lowers) or (
            "nach" in lowers and any(w.endswith(SOURCE_NOUNS) for w in lowers)
        ) or ("," in text[lo:hi] and not SPEECH_NOUNS.isdisjoint(lowers)) or (
            ("," in text[lo:hi] or "zu" in text[lo:hi]) and not CLAUSE_CUES.isdisjoint(lowers)
        ):
            words, starts, token_ends = split_words(text, lo, hi)
            toks = make_tokens(words, starts, token_ends)[0]
            if len(toks) >= 3:
                made = _source_phrase(text, toks, lo, hi) or _wie_clause(text, toks, lo, hi) or (
                    _cue_comma(text, toks, hi)) or _noun_complement(text, toks) or (
                    _inverted_cue(text, toks, lo))
        if prefix:
            if made:
                added.extend(made)
                bisect.insort(attributed, made[0].span.start)
            previous_reported = bisect.bisect_right(p_starts, lo) - 1
            continue
        if not made and not SPEECH_ACTS.isdisjoint(lowers):
            made = _speech_act(text, lo, hi)
        if not made and not PARTICLE_VERBS.isdisjoint(lowers):
            made = _particle_act(text, lo, hi)
        if made:
            added.extend(made)
            bisect.insort(attributed, made[0].span.start)
            previous_reported = bisect.bisect_right(p_starts, lo) - 1
            continue
        q = bisect.bisect_left(q_starts, lo)
        own = Span(quoted[q][1], quoted[q][2]) if q < len(quoted) and quoted[q][0] < hi and (
            lo <= quoted[q][1] < hi) else None
        paragraph = bisect.bisect_right(p_starts, lo) - 1
        if SUBJUNCTIVE.isdisjoint(lowers) and "demnach" not in lowers and not (
            _reportative(lowers)
        ):
            continue
        if "ich" in lowers or "wir" in lowers:
            continue  # "ich habe", "wir werde…": the indicative of someone speaking unquoted
        # Running on from an attribution: the speaker is named before, in this paragraph or
        # the one before it.
        a = bisect.bisect_left(attributed, lo)
        if own is None and (a == 0 or previous_reported < paragraph - 1 or (
            attributed[a - 1] < paragraphs[max(0, paragraph - 1)][0]
        )):
            # No report before to run on from: the Konjunktiv I still reports the subject of
            # a speech act in the sentence just before ("Lammert würdigte die Bundeswehr. Sie
            # sei eine Armee des Friedens.").
            own = _speech_subject(text, sentences, idx, p_starts, paragraph) if (
                not SUBJUNCTIVE.isdisjoint(lowers)) else None
            if own is None:
                continue
        clause = strip_span(text, lo, hi, STRIP)
        if clause[1] - clause[0] < 8:
            continue
        added.append(Candidate(span=Span(*clause), kind="indirect", confidence=0.5,
                               mention=own, mention_confidence=0.5, inherit=own is None))
        previous_reported = paragraph
    return added


def _speech_subject(text: str, sentences: list[tuple[int, int]], idx: int,
                    p_starts: list[int], paragraph: int) -> Span | None:
    """The subject of the sentence before ``sentences[idx]``, in the same paragraph, when its
    verb reports speech or a stance (``Die Regierung warnt vor …``)."""
    if idx == 0:
        return None
    lo, hi = sentences[idx - 1]
    if bisect.bisect_right(p_starts, lo) - 1 != paragraph:
        return None
    found = clause_subject(text, lo, hi)
    if found is None:
        return None
    if found[1] is None:
        verb = text[found[0].end : min(hi, found[0].end + 40)].strip(" ,").split(" ", 1)[0]
        if verb.lower() not in SPEECH_ACTS and verb.lower() not in STANCE_VERBS and (
            verb.lower() not in CHARACTERISING
        ):
            return None
    if text[found[0].start : found[0].end].lower() in ("es", "man", "das", "dies"):
        return None
    return found[0]


def _free_prefix(taken: list[tuple[int, int]], ends: list[int], lo: int, hi: int,
                 barriers: list[tuple[int, int]], k: int) -> int | None:
    """Where the first quotation in the sentence ``lo:hi`` starts, when no candidate reaches
    into the clause before it (a report the shared rules found is theirs) and that clause is
    long enough to read."""
    if k >= len(barriers) or not lo + 40 <= barriers[k][0] < hi:
        return None
    cut = barriers[k][0]
    t = bisect.bisect_left(taken, (lo, -1))
    if (t > 0 and ends[t - 1] > lo) or (t < len(taken) and taken[t][0] < cut):
        return None
    return cut


def _speech_act(text: str, lo: int, hi: int) -> list[Candidate] | None:
    """A sentence reporting a speech act of its subject (``Die Gewerkschaft kritisierte den
    Plan der Regierung scharf.``): the whole sentence is the report."""
    found = clause_subject(text, lo, hi)
    if found is None:
        return None
    subject = text[found[0].start : found[0].end]
    if " " not in subject and subject.lower().endswith(ADVERB_ENDINGS + ADVERB_SUFFIXES):
        return None  # "Anschließend klagte er …": an adverb, not the subject
    verb = text[found[0].end : min(hi, found[0].end + 40)].strip(" ,").split(" ", 1)[0]
    if verb.lower() not in SPEECH_ACTS:
        return None
    clause = strip_span(text, lo, hi, STRIP)
    if len(text[clause[0] : clause[1]].split()) < 4:
        return None
    return [Candidate(span=Span(*clause), kind="indirect", confidence=0.5, mention=found[0],
                      cue=verb.lower(), mention_confidence=0.5)]


def _particle_act(text: str, lo: int, hi: int) -> list[Candidate] | None:
    """``Die Behörden werfen dem Trainer Betrug vor`` / ``Als Grund gab die Behörde die
    mangelnde Sicherheit an``: a particle verb of a speech act whose particle closes the
    sentence; its subject opens the sentence or follows the verb."""
    if text[hi - 1 : hi] not in (".", "!") or text.count(",", lo, hi) > 1:
        return None
    words, starts, token_ends = split_words(text, lo, hi)
    toks = make_tokens(words, starts, token_ends)[0]
    if len(toks) < 4:
        return None
    verbs = PARTICLE_ACTS.get(toks[-1].lower)
    if verbs is None or toks[-1].capitalised:
        return None
    v = next((n for n in range(1, min(len(toks) - 2, 9)) if toks[n].lower in verbs
              and not toks[n].capitalised), -1)
    if v < 0:
        return None
    rng = np_after(text, toks, 0) if toks[0].lower not in OBLIQUE else None
    if rng is not None and rng[1] == v and toks[rng[1] - 1].capitalised:
        mention = Span(toks[rng[0]].start, toks[rng[1] - 1].end)
    else:
        found = subject_after_verb(text, toks, v)
        if found is None:
            return None
        mention = found[0]
    if text[mention.start : mention.end].lower() in ("es", "man", "er", "sie", "das", "dies"):
        return None
    clause = strip_span(text, lo, hi, STRIP)
    return [Candidate(span=Span(*clause), kind="indirect", confidence=0.5, mention=mention,
                      cue=f"{toks[v].lower} {toks[-1].lower}", mention_confidence=0.5)]


def _reportative(lowers: set[str]) -> bool:
    """``Er soll die Tat gestanden haben``: "sollen" with a perfect infinitive reports a claim."""
    return ("soll" in lowers or "sollen" in lowers) and not lowers.isdisjoint(
        ("haben", "sein", "worden"))


def _source_phrase(text: str, toks: list[Token], lo: int, hi: int) -> list[Candidate] | None:
    for k, token in enumerate(toks):
        word = token.lower
        rng: tuple[int, int] | None = None
        phrase_start = k
        if word in ("laut", "gemäß") and k + 1 < len(toks) and (
            toks[k + 1].lower not in PREPOSITIONS  # "dachte laut über … nach": aloud
        ):
            rng = np_after(text, toks, k + 1) or _plain_np(text, toks, k + 1)
            if rng is not None and word == "gemäß" and (
                any(t.lower.endswith(_RULE_NOUNS) for t in toks[rng[0] : rng[1]]) or "§" in text[
                    token.end : toks[rng[1] - 1].end]
            ):
                continue  # "gemäß der Regelung", "gemäß § 132a": in accordance with a rule
            phrase_end = rng[1] if rng is not None else k
        elif word == "nach" and k >= 2 and toks[k - 1].capitalised and toks[
            k - 1
        ].lower.endswith(OPINION_NOUNS) and (toks[k - 2].lower in POSSESSIVES or (
            toks[k - 2].lower == "dem" and toks[k - 1].lower == "vernehmen"
        )) and not text[toks[k - 2].start : token.start].count(",") and not (
            k > 2 and toks[k - 2].capitalised
        ):
            # "Seiner Meinung nach …", "dem Vernehmen nach": "nach" after the noun ("Ihrer"
            # inside a sentence addresses the reader: "Was ist Ihrer Meinung nach …?").
            rng = (k - 2, k)
            phrase_start, phrase_end = k - 2, k + 1
        elif 0 < k < len(toks) - 3 and "," in text[toks[k - 1].end : token.start] and ((
            word in ("nach", "laut", "gemäß") and toks[k + 1].lower in RELATIVE_SOURCE
        ) or (word == "wonach" and toks[k - 1].capitalised)):
            # "…, Gerüchte, nach denen X an Krebs litt", "Berichte, wonach X …": the relative
            # clause is the report of the noun it refers to.
            first = k + 1 if word == "wonach" else k + 2
            end = first + 1
            while end < len(toks) and "," not in text[toks[end - 1].end : toks[end].start]:
                end += 1
            noun = k - 1 if toks[k - 1].capitalised else k + 1
            return [Candidate(span=Span(toks[first].start, toks[end - 1].end), kind="indirect",
                              confidence=0.6, mention=Span(toks[noun].start, toks[noun].end),
                              cue=word, mention_confidence=0.6)]
        elif word == "nach" and k + 1 < len(toks):
            m = k + 1
            while m < len(toks) and m - k <= 3 and not toks[m].lower.endswith(SOURCE_NOUNS) and (
                toks[m].lower in lx.DETERMINERS or not toks[m].capitalised
            ):
                m += 1  # "nach ersten Erkenntnissen", "nach den bisherigen Angaben"
            if m >= len(toks) or not toks[m].lower.endswith(SOURCE_NOUNS) or not toks[
                m
            ].capitalised:
                continue
            rng = (k + 1, m + 1)
            if m + 1 < len(toks) and toks[m + 1].lower in ("von", "vom", "der", "des", "eines",
                                                           "einer"):
                # "nach Angaben der Polizei", "nach Angaben von Zeugen": who gave them.
                start = m + 2 if toks[m + 1].lower in ("von", "vom") else m + 1
                named = (np_after(text, toks, start) or _plain_np(text, toks, start)) if (
                    start < len(toks)) else None
                if named is not None and not any(
                    text[toks[n - 1].end : toks[n].start].strip() for n in range(m + 1, start + 1)
                ):
                    rng = named
            phrase_end = rng[1]
        elif word == "so" and k > 0 and k + 1 < len(toks) and text[
            toks[k - 1].end : token.start
        ].strip()[-1:] in (",", "–", "—", "-") and (
            toks[k + 1].capitalised or toks[k + 1].lower in lx.DETERMINERS
            or lower_name(text, toks, k + 1) is not None
        ):
            # "…, so die Studie." / "Zwar sei es ein Schritt – so Canny –, trotzdem …"
            # ("so verdi-Chef X": a name may open in lower case.)
            rng = np_after(text, toks, k + 1) or lower_name(text, toks, k + 1)
            if rng is not None and rng[1] < len(toks) and toks[rng[1]].lower in (
                PLACE_PREPOSITIONS | {"gegenüber", "weiter"}
            ) and len(toks) - rng[1] <= 8 and not any(
                text[toks[n - 1].end : toks[n].start].strip() for n in range(rng[1] + 1, len(toks))
            ):
                # "…, so Hisbollah-Chef X im libanesischen Fernsehen.": a place or medium
                # closing the sentence after the source.
                phrase_end = len(toks)
            elif rng is not None and rng[1] < len(toks) and (
                toks[rng[1]].lower in PLACE_PREPOSITIONS | {"gegenüber", "weiter"}
            ) and not text[toks[rng[1] - 1].end : toks[rng[1]].start].strip():
                # "…, so X weiter, …" / "…, so X in einem Blogeintrag, …": an adverb or a
                # place or medium after the source, up to the next comma.
                phrase_end = next((n for n in range(rng[1] + 1, min(len(toks), rng[1] + 12))
                                   if text[toks[n - 1].end : toks[n].start].strip()), -1)
                if phrase_end < 0 or text[toks[phrase_end - 1].end : toks[
                    phrase_end
                ].start].strip() not in (",", "–", "—"):
                    continue
            elif rng is None or (rng[1] < len(toks) and not text[
                toks[rng[1] - 1].end : toks[rng[1]].start
            ].strip()):
                continue  # the phrase must end at a comma, a dash or the sentence end
            else:
                phrase_end = rng[1]
        elif word == "demnach":
            # "Demnach soll …", "X wird demnach …": "according to it", the source named in
            # the sentence before; the adverb stands for it.
            rng = (k, k + 1)
            phrase_end = k + 1
        elif word == "zufolge" and k > 0:
            rng = _np_before(text, toks, k)
            if rng is None:
                continue
            phrase_start, phrase_end = rng[0], k + 1
        else:
            continue
        if rng is None:
            continue
        before = strip_span(text, lo, toks[phrase_start].start, STRIP)
        after_start = toks[phrase_end - 1].end if phrase_end > 0 else lo
        after = strip_span(text, after_start, hi, STRIP)
        mention = Span(toks[rng[0]].start, toks[rng[1] - 1].end)
        # A single word after the phrase is the predicate of the clause before it ("Der Vertrag
        # sei laut X unterschriftsreif"): a fragment of the report when that clause is one.
        least = 1 if len(text[before[0] : before[1]].split()) >= 2 else 2
        parts = [Candidate(span=Span(*part), kind="indirect", confidence=0.65, mention=mention,
                           cue=word, mention_confidence=0.65)
                 for part, fewest in ((before, 2), (after, least))
                 if len(text[part[0] : part[1]].split()) >= fewest
                 and not _just_quoted(text, part[0], part[1])]
        if len(parts) == 2:
            group = -1_000_000 - parts[0].span.start  # shared by the fragments of one clause
            parts = [_grouped(p, group) for p in parts]
        return parts or None
    return None


# Heads of rules that "gemäß" follows without anyone speaking.
_RULE_NOUNS = ("regelung", "regelungen", "regel", "regeln", "vorschrift", "vorschriften",
               "profil", "norm", "normen", "richtlinie", "richtlinien", "verordnung", "satzung",
               "standard", "standards", "vorgaben", "paragraph", "paragraf", "absatz")


_NP_OPENERS = frozenset({"der", "die", "das", "dem", "den", "des", "ein", "eine", "einer",
                         "einem", "eines", "einen"}) | POSSESSIVES


def _plain_np(text: str, toks: list[Token], start: int) -> tuple[int, int] | None:
    """A German noun phrase at ``toks[start]`` read by its shape: an article or a possessive,
    inflected adjectives, capitalised words (a noun and a name), then a genitive or "von"
    phrase of the same shape (``einer Schätzung von spanischen Händlern``)."""
    n = start
    if toks[n].lower in _NP_OPENERS:
        n += 1
    while n < len(toks) and not toks[n].capitalised and toks[n].lower.endswith(
        ("e", "en", "er", "em", "es")
    ) and toks[n].lower not in NOT_IN_NP and toks[n].lower not in NOT_VERBS and (
        toks[n].lower not in PREPOSITIONS  # ("über" is no adjective)
    ):
        n += 1
    head = n
    while n < len(toks) and n - head < 4 and toks[n].capitalised and (
        n == start or not text[toks[n - 1].end : toks[n].start].strip(" .")
    ):
        n += 1
    if n == head:
        return None
    if n + 1 < len(toks) and toks[n].lower in ("der", "des", "von", "vom") and not text[
        toks[n - 1].end : toks[n].start
    ].strip():
        more = _plain_np(text, toks, n + 1 if toks[n].lower in ("von", "vom") else n)
        if more is not None and more[1] - start <= 12:
            n = more[1]
    return start, n


def _just_quoted(text: str, start: int, end: int) -> bool:
    """``…nach Angaben der Polizei „äußerst angespannt“``: a part that is one quotation, a
    candidate of its own already."""
    inner = text[start:end].strip(" .,;:")
    return len(inner) > 2 and inner[0] in "„“\"»«" and inner[-1] in "“”\"«»" and not any(
        mark in inner[1:-1] for mark in "„“”\"»«")


def _np_before(text: str, toks: list[Token], k: int) -> tuple[int, int] | None:
    """The noun phrase ending before ``zufolge`` (``Berichten mehrerer Zeitungen``, ``dem
    Verband``): back over nouns, determiners and inflected adjectives to a comma or a verb."""
    a = k
    while a > 0 and k - a < 6 and not text[toks[a - 1].end : toks[a].start].strip():
        prev = toks[a - 1]
        if not (prev.capitalised or prev.lower in lx.DETERMINERS or (
            prev.lower.endswith(("e", "en", "er", "em", "es")) and prev.lower not in NOT_IN_NP
            and prev.lower not in NOT_VERBS
        )):
            break
        if a >= 2 and not prev.capitalised and prev.lower not in lx.DETERMINERS and not (
            prev.lower.endswith("er")
        ) and (toks[a - 2].capitalised or "-" in toks[a - 2].lower) and (
            toks[a - 2].lower not in lx.DETERMINERS
        ):
            # "Am Samstag starben behördlichen Angaben zufolge": a noun, then a lower-case word
            # that no genitive ("Berichten mehrerer Zeitungen") explains is the finite verb.
            break
        a -= 1
    while a < k and not toks[a].capitalised and toks[a].lower not in lx.DETERMINERS:
        a += 1
    if a == k or not toks[k - 1].capitalised:
        return None
    return a, k


def _grouped(cand: Candidate, group: int) -> Candidate:
    return Candidate(span=cand.span, kind=cand.kind, confidence=cand.confidence,
                     mention=cand.mention, cue=cand.cue, group=group,
                     mention_confidence=cand.mention_confidence)


def _wie_clause(text: str, toks: list[Token], lo: int, hi: int) -> list[Candidate] | None:
    """``Wie der Sender berichtete, …`` / ``…, wie ein Sprecher mitteilte``."""
    for k, token in enumerate(toks[:-2]):
        if token.lower != "wie":
            continue
        initial = k == 0
        if not initial and "," not in text[toks[k - 1].end : token.start]:
            continue
        rng = np_after(text, toks, k + 1)
        if rng is None:
            continue
        # The clause ends at the next comma (or the sentence end) with the verb.
        end = rng[1]
        while end < len(toks) and end - rng[1] < 10 and (
            "," not in text[toks[end - 1].end : toks[end].start]
        ):
            end += 1
        verb = end - 1
        while verb > rng[1] and toks[verb].lower in AUX:
            verb -= 1
        if verb < rng[1] or toks[verb].lower not in WIE_VERBS:
            continue
        if initial:
            if end >= len(toks):
                continue
            clause = strip_span(text, toks[end].start, hi, STRIP)
        else:
            clause = strip_span(text, lo, toks[k].start, STRIP)
        if len(text[clause[0] : clause[1]].split()) < 2:
            continue
        mention = Span(toks[rng[0]].start, toks[rng[1] - 1].end)
        return [Candidate(span=Span(*clause), kind="indirect", confidence=0.65, mention=mention,
                          cue=toks[verb].lower, mention_confidence=0.65)]
    return None


def _cue_comma(text: str, toks: list[Token], hi: int) -> list[Candidate] | None:
    """``Die Polizei beteuerte, …`` / ``Dagegen hat der Verband angekündigt, …``: a speech verb
    before the first comma whose clause is reported (``dass``/``ob``, a Konjunktiv I verb or a
    ``zu``-infinitive); the subject opens the sentence or follows the finite verb."""
    comma = 0
    for n in range(1, min(len(toks), 24)):
        if "," in text[toks[n - 1].end : toks[n].start]:
            comma = n
            break
    cue = next((k for k in range(comma) if toks[k].lower in CLAUSE_CUES), -1) if comma >= 2 else -1
    after_clause = None
    if cue < 0:
        after_clause = _main_after_clause(text, toks, comma)
        comma, cue = after_clause[1:] if after_clause is not None else (
            _participle_then_zu(text, toks), -1)
        if after_clause is None:
            cue = comma - 1
    if comma < 2 or comma >= len(toks) or cue < 0 or any(
        t.capitalised and t.lower in SPEECH_NOUNS for t in toks[cue + 1 : comma]
    ):
        return None  # "X wies den Vorwurf, Y sei befangen, zurück": the noun's complement
    clause = toks[comma:]
    first = clause[0].lower
    if not (first in THAT or not SUBJUNCTIVE.isdisjoint(t.lower for t in clause) or (
        _konjunktiv_after_pronoun(text, clause)
    ) or (
        # after a speech verb, the Konjunktiv II reports too ("sagte, sie müssten …")
        not SUBJUNCTIVE_II.isdisjoint(t.lower for t in clause[:8])
    ) or (
        not clause[0].capitalised and first not in ("und", "aber", "was", "wenn", "weil", "als",
                                                   "wo", "nachdem", "bevor", "sodass", "um")
        and (_infinitive_with_zu(clause) or _infinitive_with_zu(_first_chunk(text, clause)))
    )):
        return None
    rng = None
    if toks[0].lower in PREPOSITIONS and cue > 2 and not any(
        text[toks[n - 1].end : toks[n].start].strip() for n in range(1, cue + 1)
    ):
        # "Nach der Freilassung der Gefangenen kündigte heute X an, …": one long prepositional
        # phrase before the verb, the subject after it.
        found = subject_after_verb(text, toks[:comma], cue)
        if found is not None:
            a = next(n for n in range(cue + 1, comma) if toks[n].start == found[0].start)
            b = next(n for n in range(a, comma) if toks[n].end == found[0].end)
            rng = (a, b + 1)
    if after_clause is not None:
        rng = after_clause[0]
    if rng is None:
        rng = _passive_agent(text, toks, comma) or _german_subject(text, toks, cue, comma)
    if rng is None:
        return None
    span = strip_span(text, clause[0].start, hi, STRIP)
    if len(text[span[0] : span[1]].split()) < 2:
        return None
    mention = Span(toks[rng[0]].start, toks[rng[1] - 1].end)
    return [Candidate(span=Span(*span), kind="indirect", confidence=0.6, mention=mention,
                      cue=toks[cue].lower, mention_confidence=0.6)]


_NOT_FINITE = frozenset({"alle", "beide", "selbst", "gerne", "ebenfalls", "wie", "ohne",
                         "eine", "keine", "diese", "jede", "solche", "seine", "ihre", "meine",
                         "unsere", "deine", "die", "gestern", "heute", "nie", "ferne"})


def _konjunktiv_after_pronoun(text: str, clause: list[Token]) -> bool:
    """``…, er freue sich`` / ``…, die Regierung bekenne sich``: a subject pronoun or noun
    phrase opening the clause, then its finite verb in -e (the indicative would end in -t): the
    Konjunktiv I of any verb, the mood of report."""
    if len(clause) < 3:
        return False
    v = 1
    if clause[0].lower not in ("er", "sie", "es", "man"):
        rng = np_after(text, clause, 0) if clause[0].lower in ("der", "die", "das") else None
        if rng is None or rng[1] >= len(clause) - 1 or not clause[rng[1] - 1].capitalised:
            return False
        v = rng[1]
    return not clause[v].capitalised and (clause[v].lower in SUBJUNCTIVE or (
        clause[v].lower.endswith("e") and clause[v].lower not in _NOT_FINITE
        and len(clause[v].lower) > 3
    )) and not text[clause[v - 1].end : clause[v].start].strip()


_COPULA_BEFORE = frozenset({"ist", "war", "sei", "lautet", "lautete", "bleibt"})


def _noun_complement(text: str, toks: list[Token]) -> list[Candidate] | None:
    """``Der Vorwurf der Verteidigung, das Gericht sei befangen, …`` / ``Pläne, die Brücke
    abzureißen, …``: a speech or attitude noun, then after a comma its complement clause (a
    "dass"/"ob" clause, a "zu"-infinitive or a Konjunktiv I clause verb second), the noun's
    report."""
    for k, tok in enumerate(toks[:-2]):
        if not tok.capitalised or tok.lower not in SPEECH_NOUNS:
            continue
        end = k + 1
        if end < len(toks) and toks[end].lower in ("der", "des", "von", "vom") and not text[
            tok.end : toks[end].start
        ].strip():
            more = _plain_np(text, toks, end + 1 if toks[end].lower in ("von", "vom") else end)
            end = more[1] if more is not None and more[1] - k <= 8 else end
        if end < len(toks) - 1 and toks[end].lower in _COPULA_BEFORE and not text[
            toks[end - 1].end : toks[end].start
        ].strip():
            end += 1  # "Seine Aussage ist, dass …"
        if end >= len(toks) - 1 or text[toks[end - 1].end : toks[end].start].strip() != ",":
            continue
        chunk = _first_chunk(text, toks[end:])
        first = chunk[0].lower
        if not (first in THAT or _konjunktiv_after_pronoun(text, chunk) or (
            # (a relative clause ends in its finite verb, not in a "zu"-infinitive)
            not chunk[0].capitalised and first not in (
                "und", "aber", "um", "was", "wie", "wenn", "weil", "als", "wo", "so", "sondern")
            and _infinitive_with_zu(chunk)
        )) or len(chunk) < 2:
            continue
        start = k
        while start > 0 and k - start < 3 and (toks[start - 1].lower in _NP_OPENERS or (
            (start == 1 or not toks[start - 1].capitalised) and toks[start - 1].lower.endswith(
                ("e", "en", "er", "em", "es"))
        )) and toks[start - 1].lower not in NOT_IN_NP and not text[
            toks[start - 1].end : toks[start].start
        ].strip():
            start -= 1
        while start < k and start > 0 and toks[start].lower not in _NP_OPENERS:
            start += 1  # (the phrase opens with an article or the sentence: "wies den …")
        noun_end = end - 1 if toks[end - 1].lower in _COPULA_BEFORE else end
        return [Candidate(span=Span(chunk[0].start, chunk[-1].end), kind="indirect",
                          confidence=0.5, mention=Span(toks[start].start, toks[noun_end - 1].end),
                          cue=tok.lower, mention_confidence=0.5)]
    return None


def _main_after_clause(
    text: str, toks: list[Token], first: int
) -> tuple[tuple[int, int], int, int] | None:
    """``Bei der Debatte, die gestern geführt wurde, hat X gefordert, …``: after a clause closed
    by a comma, the main clause opens with its finite verb, then the subject and a speech verb
    before the next comma; its subject's tokens, that comma and the cue."""
    start = first
    for _ in range(3):
        if start < 2 or start >= len(toks) - 3:
            return None
        end = next((n for n in range(start + 1, min(len(toks), start + 16))
                    if "," in text[toks[n - 1].end : toks[n].start]), -1)
        if end < 0:
            return None
        verb = toks[start]
        if not verb.capitalised and (verb.lower in FINITE_AUX or verb.lower in CLAUSE_CUES):
            cue = next((n for n in range(start, end) if toks[n].lower in CLAUSE_CUES), -1)
            found = subject_after_verb(text, toks, start) if cue >= 0 else None
            if found is None and cue >= 0 and start > first and toks[0].lower not in OBLIQUE:
                # "Der Vorstand X, zuständig für Y, hatte angekündigt, …": the name before
                # the apposition is the subject.
                rng = np_after(text, toks, 0)
                if rng is not None and rng[1] == first and toks[rng[1] - 1].capitalised:
                    return rng, end, cue
            if found is None:
                return None
            a = next((n for n in range(start + 1, end) if toks[n].start == found[0].start), -1)
            b = next((n for n in range(max(a, 0), end) if toks[n].end == found[0].end), -1)
            if a < 0 or b < 0 or text[found[0].start : found[0].end].lower() in ("es", "man"):
                return None
            return (a, b + 1), end, cue
        start = end
    return None


def _passive_agent(text: str, toks: list[Token], comma: int) -> tuple[int, int] | None:
    """``Die Anwohner wurden von der Polizei aufgefordert, …``: in a passive clause the speaker
    is the agent after "von", not the subject."""
    if not any(t.lower in PASSIVE for t in toks[:comma]):
        return None
    for n in range(comma - 2):
        if toks[n].lower in ("von", "vom") and not any(
            text[toks[m - 1].end : toks[m].start].strip() for m in range(n + 1, comma)
        ):
            rng = np_after(text, toks, n + 1)
            if rng is None or rng[1] > comma or not any(
                t.capitalised for t in toks[rng[0] : rng[1]]
            ):
                return None
            return rng
    return None


def _participle_then_zu(text: str, toks: list[Token]) -> int:
    """``Philips hat angekündigt die Preise zu erhöhen``: a speech participle after the finite
    auxiliary, then a ``zu``-infinitive closing the sentence with the comma left out; the index
    of the infinitive clause's first word, else -1."""
    for k in range(2, min(len(toks) - 2, 20)):
        tok = toks[k]
        if tok.lower in CUES and not tok.capitalised and tok.lower.startswith(
            ("ge", "an", "mit", "be", "er", "ver")
        ) and tok.lower.endswith("t") and any(t.lower in AUX for t in toks[1:k]) and not any(
            text[toks[n - 1].end : toks[n].start].strip(" .") for n in range(k + 1, len(toks))
        ) and _infinitive_with_zu(toks[k + 1 :]) and not toks[k + 1].capitalised:
            return k + 1
    return -1


_HAVE = frozenset({"hat", "hatte", "hatten", "haben", "habe"})


def _inverted_cue(text: str, toks: list[Token], lo: int) -> list[Candidate] | None:
    """``Der Umsatz wird sinken, teilte das Unternehmen heute mit.``: the clause before a
    comma, then a speech verb first and its subject, closing the sentence."""
    if toks[0].lower in SUBORDINATORS:
        return None  # "Obwohl …, bestritt er die Tat": a leading clause, not reported speech
    for v in range(3, len(toks) - 1):
        word = toks[v].lower
        comma = v - 1 if toks[v - 1].lower in ("das", "dies") else v  # "…, das teilte X mit"
        perfect = word in _HAVE and "," in text[toks[v - 1].end : toks[v].start]
        if not perfect and (word not in CUES or word in WEAK or toks[v].capitalised or (
            "," not in text[toks[comma - 1].end : toks[comma].start]
        )):
            continue
        found = subject_after_verb(text, toks, v)
        if found is None or text[found[0].start : found[0].end].lower() in ("es", "man"):
            return None
        end = next(n for n in range(v + 1, len(toks)) if toks[n].end >= found[0].end)
        if perfect:
            # "…, hatte X damals gesagt": the auxiliary first, the speech participle after
            # the subject (an adverb or two between).
            cue = next((n for n in range(end + 1, min(len(toks), end + 4))
                        if toks[n].lower in CUES and not toks[n].capitalised), -1)
            if cue < 0 or any(t.capitalised or t.lower in lx.DETERMINERS
                              for t in toks[end + 1 : cue]):
                return None
            word, end = toks[cue].lower, cue
        appos = 0
        if end + 3 < len(toks) and text[toks[end].end : toks[end + 1].start].strip() == "," and (
            toks[end + 1].capitalised
        ):
            # "…, teilte der Direktor der Behörde, Jan Roth, mit": past the name in apposition
            close = next((n for n in range(end + 2, min(len(toks), end + 5))
                          if text[toks[n - 1].end : toks[n].start].strip() == ","), -1)
            if close > 0 and all(toks[n].capitalised for n in range(end + 1, close)):
                # (the name is the mention: the role's genitive would join it)
                found = (Span(toks[end + 1].start, toks[close - 1].end), found[1])
                end, appos = close - 1, 1
        rest = toks[end + 1 :]
        if len(rest) > 6 or any(t.lower in lx.DETERMINERS for t in rest) or any(
            text[toks[n - 1].end : toks[n].start].strip()
            for n in range(end + 1 + appos, len(toks))
        ) or (rest and rest[-1].lower not in PARTICLES and word in ("kündigte", "teilte",
                                                                      "gab", "räumte")):
            return None  # the sentence goes on: not an attribution closing it
        clause = strip_span(text, lo, toks[comma - 1].end, STRIP)
        if len(text[clause[0] : clause[1]].split()) < 3:
            return None
        return [Candidate(span=Span(*clause), kind="indirect", confidence=0.6,
                          mention=found[0], cue=word, mention_confidence=0.6)]
    return None


def _first_chunk(text: str, clause: list[Token]) -> list[Token]:
    """The words of ``clause`` up to its first comma, semicolon or dash (``…, die Häuser zu
    verlassen – die Hälfte davon …``, ``…, zu prüfen, ob …``)."""
    end = next((n for n in range(1, len(clause))
                if text[clause[n - 1].end : clause[n].start].strip(" ") in (",", ";", "–", "—")),
               len(clause))
    return clause[:end]


def _infinitive_with_zu(clause: list[Token]) -> bool:
    """``…, die Gespräche fortzusetzen`` / ``…, morgen zu kommen``: a ``zu``-infinitive last."""
    last = clause[-1].lower
    if clause[-1].capitalised or not last.endswith("n"):
        return False
    if len(clause) > 1 and clause[-2].lower == "zu":
        return True  # (also "zu sein", "zu tun")
    return last.endswith("en") and last.find("zu", 2) > 0 and len(last) > 6


def _german_subject(text: str, toks: list[Token], cue: int, limit: int) -> tuple[int, int] | None:
    """The subject of a main clause: the noun phrase opening it, or (verb second, after an
    adverbial) the one right after the finite verb."""
    head = toks[0]
    if head.lower in ("es", "man", "dies", "das", "demnach") and not (
        head.lower == "das" and len(toks) > 2 and (toks[1].capitalised or (
            toks[1].lower.endswith(("e", "en")) and toks[2].capitalised
        ))
    ):
        # impersonal ("Es wird erwartet, dass"): no one is named ("Das Gremium", "Das
        # neue Gremium": an article)
        return None
    if head.lower not in OBLIQUE and not head.lower.endswith(ADVERB_SUFFIXES) and (
        head.capitalised or head.lower in lx.DETERMINERS
    ):
        rng = np_after(text, toks, 0)
        after = rng[1] if rng is not None else 0
        if rng is not None and after < cue and "(" in text[toks[after - 1].end : toks[after].start]:
            # "Christian Wulff (CDU) hat …": past the party or place in brackets
            after = next((n for n in range(after + 1, cue + 1)
                          if ")" in text[toks[n - 1].end : toks[n].start]), after)
        if rng is not None and after <= cue and after >= 1 and (
            after == cue or toks[after].lower in AUX or not toks[after].capitalised
        ):
            return rng
        if rng is not None and rng[1] > cue:
            return None
    # Verb second: an adverbial, the finite verb, then the subject.
    for v in range(1, min(cue + 1, limit, 8)):
        word = toks[v].lower
        if toks[v].capitalised or word in OBLIQUE or word in lx.DETERMINERS:
            continue
        start = v + 1
        while start < limit and toks[start].lower in ("sich", "auch", "jedoch", "nun", "bereits",
                                                     "mehrfach", "erneut", "zudem"):
            start += 1
        if start >= limit:
            return None
        rng = np_after(text, toks, start)
        if rng is not None and rng[1] <= limit and toks[rng[0]].lower not in ("es", "man"):
            return rng
        return None
    return None


def fix_reported(
    text: str, sentences: list[tuple[int, int]], reported: list[Candidate]
) -> list[Candidate]:
    """The same correction for reported clauses: ``Unmissverständlich sagt das Gericht, …`` is
    the court's, not "Unmissverständlich"'s."""
    starts = [s for s, _ in sentences]
    result = list(reported)
    for i, cand in enumerate(reported):
        mention = cand.mention
        if mention is None or mention.end > cand.span.start or cand.cue in SOURCE_CUES:
            continue
        s = bisect.bisect_right(starts, mention.start) - 1
        if s < 0:
            continue
        lo, hi = sentences[s]
        open_at = max(cand.span.start, min(hi, cand.span.end))
        found = vorfeld(text, lo, open_at, mention) or verb_second(text, lo, open_at, mention)
        if text[mention.start : mention.end] in ("es", "Es"):
            found = heisst_es(text, lo, hi, mention) or found
        if found is None:
            continue
        span = cand.span
        if found[0].start < span.end and span.start < found[0].end:
            # "In seiner Rede erklärte Johnson, er werde …": the clause starts after the name.
            clause = strip_span(text, found[0].end, span.end, STRIP)
            if clause[1] - clause[0] < 8:
                continue
            span = Span(*clause)
        result[i] = Candidate(span=span, kind=cand.kind, confidence=cand.confidence,
                              mention=found[0], cue=cand.cue, group=cand.group,
                              parent=cand.parent, inherit=cand.inherit, speech=cand.speech,
                              mention_confidence=cand.mention_confidence)
    # "Neue Verhandlungen: Die Gewerkschaft …", "in der 76. Minute: X spielte …": German
    # reports speech before a colon through a verb, which the rules above read; a bare noun
    # and a colon is a heading or a scene.
    return [cand for cand in result if cand.cue != ":"]
