"""German quotation speakers: verb-second subjects, any verb after the closing mark,
colon lead-ins.
"""

from __future__ import annotations

import bisect

from newsclaims.model import Span
from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.base import Candidate
from newsclaims.quotes.german.names import perspective
from newsclaims.quotes.german.phrases import (
    appositive_name,
    clause_subject,
    heisst_es,
    is_cue,
    lower_name,
    np_after,
    subject_after_verb,
    this_reported,
    verb_second,
    vorfeld,
)
from newsclaims.quotes.german.words import (
    CUES,
    FINITE_AUX,
    NOMINATIVE,
    NOT_VERBS,
    OBLIQUE,
    POSSESSIVES,
    PREPOSITIONS,
    QUANTIFIERS,
    REFLEXIVE,
    SOURCE_CUES,
    STATEMENT_NOUNS,
    SUBJUNCTIVE,
    SUBORDINATORS,
)
from newsclaims.quotes.textutil import Token, make_tokens, split_words


def _said_next(text: str, sentences: list[tuple[int, int]], starts: list[int],
               cand: Candidate) -> tuple[Span, str | None] | None:
    """``„Ja, es gibt Zumutungen“. Das musste der Minister einräumen.``: the subject of a
    "Das"/"Dies" sentence right after the quotation, with a speech verb."""
    s = bisect.bisect_right(starts, cand.span.end)
    if s >= len(sentences) or text[cand.span.end : sentences[s][0]].strip(" “”\"«».!?"):
        return None
    lo, hi = sentences[s]
    if not text.startswith(("Das ", "Dies "), lo):
        return None
    words, w_starts, w_ends = split_words(text, lo, min(hi, lo + 200))
    toks = make_tokens(words, w_starts, w_ends)[0]
    if len(toks) < 3:
        return None
    verb = toks[1].lower
    if verb in FINITE_AUX and any(is_cue(t.lower) or t.lower in lx.CUE_VERBS
                                   for t in toks[3:]):
        return subject_after_verb(text, toks, 1)
    return this_reported(text, lo, hi)


def _reported_lead(text: str, lo: int, cand: Candidate) -> bool:
    """A colon lead-in holding the mention, in the Konjunktiv I, with no speech verb."""
    mention = cand.mention
    lead = text[lo : cand.span.start].rstrip(" „»\"“‚")
    if mention is None or not lead.endswith(":") or not lo <= mention.start < len(lead) + lo:
        return False
    words = [w.strip(",;()").lower() for w in lead[:-1].split()]
    return not SUBJUNCTIVE.isdisjoint(words) and not any(is_cue(w) for w in words)


def fix_speakers(
    text: str, sentences: list[tuple[int, int]], direct: list[Candidate]
) -> list[Candidate]:
    """Speaker mentions of German quotations that the shared rules missed or misread.

    After the closing mark, ``„…“, strich Romney heraus`` / ``„…“, meinen die beiden
    Abgeordneten``: any finite verb then its subject (German puts the verb first there, so the
    cue list need not know the verb). Before the opening mark, ``Teamchef Jan Roth sagte der
    Zeitung: „…“``: the subject opening the clause, not the object after the verb.
    """
    starts = [s for s, _ in sentences]
    result = list(direct)
    for i, cand in enumerate(direct):
        if cand.parent is not None or cand.kind not in ("direct", "partial"):
            continue
        if not cand.speech:
            # A short quotation with no attribution found, opening its sentence: speech when a
            # verb and its subject follow it ("„Der Plan hält“, gab ein Sprecher bekannt").
            s = bisect.bisect_right(starts, cand.span.start) - 1
            if s < 0 or text[sentences[s][0] : cand.span.start].strip(" „»\"“‚"):
                continue
            found = _after_quote(text, cand.span.end, _end_sentence(sentences, starts, s, cand),
                                 True)
            if found is not None:
                result[i] = Candidate(span=cand.span, kind="direct", confidence=0.8,
                                      mention=found[0], cue=found[1], group=cand.group,
                                      speech=True, mention_confidence=0.7)
            continue
        s = bisect.bisect_right(starts, cand.span.start) - 1
        named = _parenthesised(text, cand)
        if named is not None:
            result[i] = Candidate(span=cand.span, kind=cand.kind, confidence=cand.confidence,
                                  mention=named, cue=None, group=cand.group, speech=True,
                                  mention_confidence=0.7)
            continue
        if cand.mention is not None and cand.mention.start >= cand.span.end and text[
            cand.mention.start : cand.mention.end
        ] not in ("es", "Es"):
            # Attributed after the quotation already: the shared rules read that well, unless
            # the mention opens the next sentence and a colon lead-in names the speaker.
            lead = _colon_lead(text, sentences[s][0], cand) if s >= 0 else None
            if lead is None and s >= 0 and cand.kind == "partial":
                lead = _clause_trailer(text, cand, _end_sentence(sentences, starts, s, cand))
            if lead is None and s >= 0 and (cand.cue or "").startswith("zitier"):
                # "„…“, zitierte das Blatt den Minister": the object is the one quoted.
                lead = _after_quote(text, cand.span.end, _end_sentence(sentences, starts, s, cand),
                                    True)
            if lead is not None:
                result[i] = Candidate(span=cand.span, kind=cand.kind,
                                      confidence=cand.confidence, mention=lead[0], cue=lead[1],
                                      group=cand.group, speech=True, mention_confidence=0.75)
            continue
        if s < 0:
            continue
        sent_hi = _end_sentence(sentences, starts, s, cand)
        found = _after_quote(text, cand.span.end, sent_hi, cand.mention is None) if (
            cand.mention is None or cand.kind == "direct"
        ) else None
        if found is None and cand.mention is not None and cand.kind == "direct":
            found = _before_quote(text, sentences[s][0], cand.span.start, cand.mention) or (
                _pronoun_subject(text, sentences[s][0], cand.span.start, cand.mention))
        if cand.mention is not None and text[cand.mention.start : cand.mention.end] in (
            "es", "Es"
        ):
            found = heisst_es(text, sentences[s][0], sent_hi, cand.mention) or found
        if found is None and cand.mention is not None and cand.cue not in SOURCE_CUES:
            found = vorfeld(text, sentences[s][0], cand.span.start, cand.mention) or (
                verb_second(text, sentences[s][0], cand.span.start, cand.mention))
        if found is None and cand.kind == "partial" and (
            cand.mention.end <= sentences[s][0] if cand.mention is not None else cand.inherit
        ):
            # Quoted words read as someone's from an earlier sentence: the subject of their own
            # sentence's speech verb comes first ("Der Verband erklärte, er sei „…“").
            found = clause_subject(text, sentences[s][0], cand.span.start)
            if found is not None and found[1] is None:
                found = None
            found = found or perspective(text, sentences[s][0], cand)
        if found is None and cand.mention is None and cand.kind == "direct":
            found = _unattributed(text, sentences, s, cand.span.start) or _said_next(
                text, sentences, starts, cand)
            if found is None and not cand.inherit and _runs_on(text, sentences, s, cand,
                                                               result[i - 1] if i else None):
                result[i] = Candidate(span=cand.span, kind=cand.kind, confidence=cand.confidence,
                                      group=cand.group, inherit=True, speech=True)
                continue
        if found is None and cand.kind == "direct" and cand.mention is not None and (
            _reported_lead(text, sentences[s][0], cand)
        ):
            # "Queensland sei dem Land zu Dank verpflichtet: „…“": a lead-in in the
            # Konjunktiv with no speech verb goes on reporting the speaker before.
            result[i] = Candidate(span=cand.span, kind=cand.kind, confidence=cand.confidence,
                                  group=cand.group, inherit=True, speech=True)
            continue
        if found is None and cand.kind == "direct" and _possessed_statement(text, cand.mention):
            # "Seine Zuversicht begründete er so: „…“": his words, the person named before.
            result[i] = Candidate(span=cand.span, kind=cand.kind, confidence=cand.confidence,
                                  group=cand.group, inherit=True, speech=True)
            continue
        if found is not None:
            result[i] = Candidate(span=cand.span, kind=cand.kind, confidence=cand.confidence,
                                  mention=found[0], cue=found[1], group=cand.group,
                                  parent=cand.parent, inherit=False, speech=True,
                                  mention_confidence=0.75)
    return result


def _end_sentence(sentences: list[tuple[int, int]], starts: list[int], s: int,
                  cand: Candidate) -> int:
    """The end of the sentence a quotation ends in: a quotation of several sentences is
    attributed after its closing mark, in the sentence its last words end."""
    return max(sentences[s][1], sentences[bisect.bisect_right(starts, cand.span.end - 1) - 1][1])


_HAVE = frozenset({"hat", "hatte", "hatten", "haben", "habe"})


def _clause_trailer(text: str, cand: Candidate, hi: int) -> tuple[Span, str | None] | None:
    """``Die Arbeit sei „…“ gewesen, hatte X gesagt und auf Y verwiesen``: quoted words ending
    a reported clause (a verb or two after them) whose inverted attribution follows its comma;
    the subject there, not a noun the sentence names later."""
    comma = text.find(",", cand.span.end, min(hi, cand.span.end + 40))
    mention = cand.mention
    if comma < 0 or mention is None or mention.start < comma or len(
        text[cand.span.end : comma].split()
    ) > 2 or any(ch in text[cand.span.end + 1 : comma] for ch in "„“”\"«»"):
        return None
    found = _after_quote(text, comma, hi, True)
    if found is None or (found[0].start >= mention.start and found[0].end <= mention.end):
        return None
    verb = found[1] or ""
    if is_cue(verb):
        return found
    if verb not in _HAVE:
        return None
    words, w_starts, w_ends = split_words(text, found[0].end, min(hi, found[0].end + 40))
    toks = make_tokens(words, w_starts, w_ends)[0]
    cue = next((n for n, t in enumerate(toks[:3]) if is_cue(t.lower) and not t.capitalised), -1)
    if cue < 0 or any(t.capitalised for t in toks[:cue]):
        return None
    return found[0], toks[cue].lower


def _parenthesised(text: str, cand: Candidate) -> Span | None:
    """``…, Mohammed ElBaradei („Mir fällt niemand ein …“), und …``: a quotation in brackets
    right after a full name is that person's."""
    if cand.kind != "direct" or cand.parent is not None:
        return None
    k = cand.span.start
    while k > 0 and text[k - 1] in "„»\"“‚ ":
        k -= 1
    tail = text[cand.span.end - 1 : cand.span.end + 3]
    if k < 1 or text[k - 1] != "(" or tail.lstrip("“”\"«».!? ")[:1] != ")" or not any(
        ch in tail for ch in ".!?"
    ):
        return None  # (a sentence: a bracketed name's translation has no full stop)
    end = k - 1
    while end > 0 and text[end - 1] == " ":
        end -= 1
    words = text[max(0, end - 80) : end].split(" ")[-4:]
    run = 0
    for word in reversed(words):
        if not word[:1].isupper() or not word.replace("-", "").isalpha() or (
            word.lower() in lx.DETERMINERS
        ):
            break
        run += 1
    if run < 2:
        return None
    start = end - len(" ".join(words[-run:]))
    return Span(start, end)


def _possessed_statement(text: str, mention: Span | None) -> bool:
    if mention is None:
        return False
    words = text[mention.start : mention.end].split()
    return len(words) == 2 and words[0].lower() in POSSESSIVES and words[0][:1].isupper() and (
        words[1].lower().endswith(STATEMENT_NOUNS))


def _colon_lead(text: str, lo: int, cand: Candidate) -> tuple[Span, str | None] | None:
    """``Der Geschäftsführer fragte: „…?“ Greenpeace fordert …``: the subject of the colon
    lead-in, when the mention read after the quotation opens a new sentence (German puts the
    verb first in an attribution after a quotation)."""
    mention = cand.mention
    if mention is None or cand.kind != "direct":
        return None
    j = cand.span.end
    while j < mention.start and text[j] in "“”\"«»‹›‘’' ":
        j += 1
    lead = text[lo : cand.span.start].rstrip(" „»\"“")
    if not lead.endswith(":") or len(lead) < 4:
        return None
    if text[mention.start : mention.end] in ("er", "sie") and "\n" not in text[
        cand.span.end : mention.start
    ]:
        # "X sagte dazu: „…“, betont sie": the pronoun is the lead-in's subject.
        found = clause_subject(text, lo, lo + len(lead))
        if found is not None:
            found = vorfeld(text, lo, cand.span.start, found[0]) or found
            return _with_appositive(text, found[0], lo + len(lead)), found[1]
        return None
    if j > mention.start or not text[j].isupper() or "\n" in text[cand.span.end : j]:
        return None
    return clause_subject(text, lo, lo + len(lead)) or _object_first(
        text, lo, lo + len(lead)) or _verbless_lead(text, lo, lo + len(lead) - 1)


def _with_appositive(text: str, span: Span, hi: int) -> Span:
    """``der Vorsitzende des Vereins, Jan Roth,``: the name between commas after a role
    phrase, when there is one; else ``span``."""
    words, w_starts, w_ends = split_words(text, span.start, min(hi, span.end + 60))
    toks = make_tokens(words, w_starts, w_ends)[0]
    a = next((n for n, t in enumerate(toks) if t.start >= span.end), len(toks))
    if a == 0 or a >= len(toks) or toks[0].lower not in lx.DETERMINERS:
        return span
    rng = appositive_name(text, toks, (0, a))
    return Span(toks[rng[0]].start, toks[rng[1] - 1].end) if rng[0] else span


def _verbless_lead(text: str, lo: int, hi: int) -> tuple[Span, str | None] | None:
    """``Sängerin Nina Roth zur neuen Heimat: „…“``: a lead-in with no verb, a named person
    then a prepositional phrase giving the topic; the person speaks."""
    words, w_starts, w_ends = split_words(text, lo, hi)
    toks = make_tokens(words, w_starts, w_ends)[0]
    if len(toks) < 3 or toks[0].lower in PREPOSITIONS or toks[0].lower in SUBORDINATORS:
        return None
    rng = np_after(text, toks, 0)
    if rng is None or rng[1] >= len(toks) or len(toks) - rng[1] > 5 or toks[
        rng[1]
    ].lower not in PREPOSITIONS or any(
        t.lower in FINITE_AUX or is_cue(t.lower) or (
            t.lower in NOT_VERBS and t.lower not in PREPOSITIONS
        ) for t in toks[rng[1] :]
    ) or any(text[toks[n - 1].end : toks[n].start].strip() for n in range(1, len(toks))):
        return None
    last, before = toks[rng[1] - 1], toks[rng[1] - 2] if rng[1] - rng[0] >= 2 else None
    if before is None or not (last.capitalised and before.capitalised) or (
        before.lower in lx.DETERMINERS
    ):
        return None  # a name's two words end the phrase ("Nina Roth"), not "Der Plan"
    return Span(toks[rng[0]].start, last.end), None


def _runs_on(text: str, sentences: list[tuple[int, int]], s: int, cand: Candidate,
             previous: Candidate | None) -> bool:
    """``„…“, strich X heraus. „…“``: a quotation opening its sentence right after an
    attributed quotation in the sentence before (same paragraph) goes on with its words."""
    if previous is None or s == 0 or previous.parent is not None or not previous.speech or (
        previous.mention is None and not previous.inherit
    ):
        return False
    lo = sentences[s][0]
    if text[lo : cand.span.start].strip(" „»\"“‚") or previous.span.end > lo:
        return False
    return previous.span.start >= sentences[s - 1][0] and "\n" not in text[previous.span.end : lo]


def _after_quote(
    text: str, end: int, hi: int, any_verb: bool
) -> tuple[Span, str | None] | None:
    j = end
    while j < hi and text[j] in "“”\"«»‹›‘’'":
        j += 1  # the closing mark itself
    while j < hi and text[j] == " ":
        j += 1
    if j < hi and text[j] == ",":
        j += 1
    elif not (text[end - 1 : end] in "?!" or text[max(0, j - 2) : j].strip()[-1:] in ("?", "!")):
        return None
    words, w_starts, w_ends = split_words(text, j, min(hi, j + 160))
    toks = make_tokens(words, w_starts, w_ends)[0]
    if len(toks) < 2 or toks[0].capitalised or toks[0].lower in NOT_VERBS or (
        not any_verb and toks[0].lower in lx.CUE_VERBS and toks[0].lower not in lx.PARTICLE_CUES
        and not toks[0].lower.startswith("zitier")
    ) or text[j : toks[0].start].strip():
        return None  # (a listed cue the shared rules read already, unless it has a particle)
    if toks[0].text.isdigit() or not toks[0].text.isalpha():
        return None
    start = 1
    while start < len(toks) and toks[start].lower in REFLEXIVE:
        start += 1
    if start >= len(toks) or text[toks[start - 1].end : toks[start].start].strip(" „»\""):
        return None
    word = toks[start].lower
    titled = _quoted_title(text, toks, start)
    if word in ("er", "sie"):
        rng: tuple[int, int] | None = (start, start + 1)
    elif titled is not None:
        rng = (start, titled)  # "schrieb „Die Zeit“", "so die „Rundschau“"
    elif toks[start].capitalised or word in lx.DETERMINERS or word in QUANTIFIERS:
        rng = np_after(text, toks, start)
    else:
        rng = lower_name(text, toks, start)  # "zitiert ndr.de", "so verdi-Chef X"
    if rng is None:
        return None
    if toks[0].lower.startswith("zitier") and rng[1] < len(toks) and not text[
        toks[rng[1] - 1].end : toks[rng[1]].start
    ].strip(" “”\"«»") and (toks[rng[1]].capitalised or toks[rng[1]].lower in lx.DETERMINERS):
        # "„…“, zitiert die Zeitung den Minister": the one quoted is the object after the
        # subject; the subject only reports the words.
        quoted = np_after(text, toks, rng[1])
        if quoted is not None and toks[quoted[0]].lower not in PREPOSITIONS:
            rng = quoted
    return Span(toks[rng[0]].start, toks[rng[1] - 1].end), toks[0].lower


_OPENING = "„»\"‚"
_CLOSING = "“”\"«‘"


def _quoted_title(text: str, toks: list[Token], start: int) -> int | None:
    """The end of a quoted name opening at ``toks[start]`` (after an optional determiner):
    ``„Die Zeit“``, ``die „Frankfurter Rundschau“`` (at most six words), else ``None``."""
    k = start
    if toks[k].lower in lx.DETERMINERS and not any(
        ch in _OPENING for ch in text[toks[k - 1].end : toks[k].start]
    ):
        k += 1
    if k >= len(toks) or not any(ch in _OPENING for ch in text[toks[k - 1].end : toks[k].start]
                                  ) or not toks[k].capitalised:
        return None
    for m in range(k, min(len(toks), k + 6)):
        after = text[toks[m].end : toks[m + 1].start] if m + 1 < len(toks) else text[
            toks[m].end : toks[m].end + 1]
        if any(ch in _CLOSING for ch in after):
            return m + 1
        if after.strip():
            return None
    return None


def _before_quote(
    text: str, lo: int, open_at: int, mention: Span
) -> tuple[Span, str | None] | None:
    """The subject of a lead-in whose mention was read after its verb (an object in German)."""
    lead_end = open_at
    while lead_end > lo and text[lead_end - 1] in " „»\"“":
        lead_end -= 1
    if text[lead_end - 1 : lead_end] != ":":
        return None
    words, w_starts, w_ends = split_words(text, lo, lead_end)
    toks = make_tokens(words, w_starts, w_ends)[0]
    cue = next((k for k, t in enumerate(toks) if t.lower in CUES or t.lower in lx.CUE_VERBS),
               -1)
    if cue < 1 or toks[cue].end > mention.start:
        return None  # the mention is not after the verb
    head = toks[0]
    if head.lower in OBLIQUE or not (head.capitalised or head.lower in lx.DETERMINERS):
        return None
    rng = np_after(text, toks, 0)
    if rng is None or rng[1] != cue or head.lower in ("es", "man", "dies", "das"):
        return None
    opening = Span(toks[rng[0]].start, toks[rng[1] - 1].end)
    # "Die Anwendung der Regel stellte der Vorsitzende in Frage:": an abstract noun opening
    # the clause is its object; the subject follows the verb.
    return vorfeld(text, lo, open_at, opening) or (opening, toks[cue].lower)


def _pronoun_subject(
    text: str, lo: int, open_at: int, mention: Span
) -> tuple[Span, str | None] | None:
    """``In einer Nachricht würdigte er Soleimanis Lebensweg: „…“``: a subject pronoun right
    after the finite verb of the main clause, with the mention read after it (an object)."""
    if not lo <= mention.start <= open_at:
        return None
    words, w_starts, w_ends = split_words(text, lo, mention.start)
    toks = make_tokens(words, w_starts, w_ends)[0]
    for k in range(1, len(toks)):
        tok, verb = toks[k], toks[k - 1]
        if "," in text[lo : tok.start]:
            return None  # past the main clause
        if tok.lower in NOMINATIVE and not verb.capitalised and verb.lower not in NOT_VERBS and (
            verb.lower not in lx.DETERMINERS and verb.lower not in OBLIQUE
        ) and not text[verb.end : tok.start].strip():
            return Span(tok.start, tok.end), verb.lower
    return None


def _unattributed(
    text: str, sentences: list[tuple[int, int]], s: int, open_at: int
) -> tuple[Span, str | None] | None:
    """A quotation with no attribution: the subject of its colon lead-in (``Pötsch beschrieb
    den Markt mit den Worten: „…“``), or, when the quotation opens its sentence, the subject of
    the sentence before (``Khan verurteilte die Haltung der Regierung. „…“``)."""
    lo = sentences[s][0]
    lead = text[lo:open_at].rstrip(" „»\"“")
    if lead.endswith(":"):
        return clause_subject(text, lo, lo + len(lead)) or _object_first(
            text, lo, lo + len(lead)) or _verbless_lead(text, lo, lo + len(lead) - 1)
    if lead.strip() and (lead.endswith(",") or lead[-1:].isalpha()):
        # "Der Arzt schilderte seinen Eindruck, „dass …“", "X kommentierte „…“": a whole
        # quotation closing the clause that introduces it is its subject's.
        return clause_subject(text, lo, lo + len(lead.rstrip(",")))
    if lead.strip() or s == 0:
        return None
    prev_lo, prev_hi = sentences[s - 1]
    if "\n" in text[prev_hi:lo] or any(ch in text[prev_lo:prev_hi] for ch in "„“»«\""):
        return None  # another paragraph, or a sentence quoting someone itself
    found = clause_subject(text, prev_lo, prev_hi)
    return found


def _object_first(text: str, lo: int, hi: int) -> tuple[Span, str | None] | None:
    """``Den Vorschlag lehnt er ab:``: the phrase opening the clause, read as an object when a
    subject pronoun follows the verb."""
    words, w_starts, w_ends = split_words(text, lo, hi)
    toks = make_tokens(words, w_starts, w_ends)[0]
    if len(toks) < 3 or not (toks[0].capitalised or toks[0].lower in lx.DETERMINERS) or (
        toks[0].lower in PREPOSITIONS or toks[0].lower in SUBORDINATORS
    ):
        return None
    rng = np_after(text, toks, 0)
    if rng is None:
        return None
    return verb_second(text, lo, hi, Span(toks[0].start, toks[rng[1] - 1].end))
