"""German reporting that the shared rules do not reach, applied to German text only.

:func:`is_german` decides per text (a C search for an umlaut or a frequent function word
first, so English text pays almost nothing); ``RuleExtractor`` then runs these steps around the
shared ones, which stay as they are for English:

- :func:`fix_speakers` — quotation speakers: any finite verb then its subject after the
  closing mark (``„…“, strich Romney heraus``), the clause subject rather than the dative
  object before a colon (``Jan Roth sagte der Zeitung: „…“``), the subject after the verb when
  the phrase before it is adverbial (``In seiner Rede erklärte X``, ``Besorgt zeigte sich X``),
  verb-second readings (a subject pronoun after the verb makes the opening phrase an object,
  the subject before an auxiliary beats the noun before the participle, a prepositional phrase
  or a leading subordinate clause before the verb), the document of ``heißt es``, and for
  unattributed quotations the subject of the clause introducing them (after a colon, a comma
  or a verb), of the sentence before, of a following ``Das musste X einräumen``, or the
  speaker of an attributed quotation just before;
- :func:`fix_reported` — the same verb-second correction for reported clauses;
- :func:`add_reported` — reported speech with no quotation marks: a source phrase anywhere in
  the sentence (``nach Angaben der Polizei``, ``nach einer Studie``, ``laut X``, ``X zufolge``,
  ``gemäß X``, ``…, so X``), a ``wie``-clause (``Wie der Sender berichtete, …``), a speech verb
  before a ``dass``, Konjunktiv I/II or ``zu``-infinitive clause, an inverted speech verb
  closing the sentence (``…, teilte X mit``), ``Dies bestätigte X`` for the sentence before, a
  speech act of the subject (``Die Gewerkschaft kritisierte den Plan``), and sentences that run
  the reported speech on in the Konjunktiv I, with ``demnach`` or with reportative ``sollen``
  (these inherit the last speaker);
- :func:`quoted_words` — quoted words in a sentence whose reported clause names a source, or
  after ``als`` with a characterising verb (``X bezeichnete den Plan als „…“``), are that
  source's words, not scare quotes; :func:`drop_names` — quoted names of papers, groups and
  works (``„BILD am Sonntag“``, ``die Zeitschrift „X“``, ``„X“-Zeitung``, lists of titles) are
  no one's words.

Only sentences no candidate touches are read for reported speech, and word tokens are made
only for sentences with a trigger word.
"""

from __future__ import annotations

import bisect
from itertools import repeat

from newsclaims.model import Span
from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.base import Candidate
from newsclaims.quotes.mentions import subject_after
from newsclaims.quotes.textutil import Token, make_tokens, split_words, strip_span

# Frequent German function words that English text does not use (and "die" only rarely).
_GERMAN_WORDS = (" der ", " die ", " das ", " und ", " nicht ", " ist ", " mit ", " sich ",
                 " dem ", " den ", " des ", " eine ", " wurde ", " auch ")
_ENGLISH_WORDS = (" the ", " and ", " of ", " to ", " is ", " that ", " was ", " said ")


def is_german(text: str) -> bool:
    """Whether ``text`` reads as German: function words in its first 1,500 characters (after
    a test for an umlaut or "der", "die", "das", "und" by C searches, so English text is let go
    at once)."""
    sample = text[:1500]
    if "ä" not in sample and "ü" not in sample and "ö" not in sample and "ß" not in sample and (
        " der " not in sample and " und " not in sample and " die " not in sample
        and " das " not in sample
    ):
        return False
    german = sum(map(sample.count, _GERMAN_WORDS))
    # (A sentence or two has few function words at all: one is enough there.)
    return german >= (3 if len(sample) >= 600 else 1) and german > 2 * sum(
        map(sample.count, _ENGLISH_WORDS))


# Konjunktiv I forms (third person), the mood of reported speech. Konjunktiv II ("wäre",
# "hätte", "würde") is left out: it is as often a conditional as reported speech.
_SUBJUNCTIVE = frozenset({
    "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "wisse",
    "gebe", "liege", "stehe", "gehe", "komme", "bleibe", "fehle", "brauche", "drohe", "lasse",
    "finde", "sehe", "trage", "zeige", "bestehe", "gelte", "handle", "handele", "diene", "führe",
    "arbeite", "plane", "verfüge", "erwarte", "bedeute", "halte", "stamme", "befinde", "betrage",
    "beziehe", "entspreche", "erfolge", "existiere", "folge", "gehöre", "heiße", "helfe", "hänge",
    "laufe", "leide", "lebe", "mache", "nehme", "reiche", "scheine", "spiele", "spreche", "treffe",
    "wachse", "wirke", "wohne", "ziele", "zähle", "verstoße", "betreffe", "erhalte", "entstehe",
    "erreiche", "falle", "kenne", "koste", "richte", "sitze", "tue", "verliere", "versuche",
    "stelle", "setze", "sorge", "steige", "sinke", "schade", "passe", "rechne", "unterstütze",
    "verlange", "trete", "stünde", "gäbe", "lägen", "bestünde", "verfolge", "beabsichtige",
    "befürchte", "fordere", "hoffe", "glaube", "meine", "denke", "vertrete", "prüfe", "erkenne",
    "benötige", "ermögliche", "verhindere", "bringe", "werfe", "biete", "bilde",
})
# Nouns naming where information comes from: "nach Angaben", "nach Polizeiangaben" (a suffix).
_SOURCE_NOUNS = ("angaben", "informationen", "berichten", "aussagen", "aussage", "schätzungen",
                 "ansicht", "meinung", "einschätzung", "darstellung", "auskunft", "erkenntnissen",
                 "worten", "auffassung", "überzeugung", "recherchen", "mitteilung", "meldungen",
                 "einschätzungen", "angabe", "vermutungen",
                 # studies, reports, counts and laws that state something ("nach
                 # Untersuchungen" and "nach den Ergebnissen" are as often "after" as "by")
                 "studie", "studien", "analyse", "analysen", "stellungnahme", "bericht",
                 "berichts", "schätzung", "planungen", "planung", "umfrage", "umfragen",
                 "prognose", "prognosen", "gutachten",
                 "erfahrungen", "erkenntnisstand", "ergebnis", "hochrechnung",
                 "hochrechnungen", "statistik", "gesetz", "verfassung")
# Verbs (verb-last, in a subordinate clause) with which "wie X …" names a source.
_WIE_VERBS = frozenset({
    "mitteilte", "mitteilten", "mitteilt", "mitgeteilt", "bekanntgab", "bekanntgaben",
    "bekannt", "angab", "angaben", "ankündigte", "ankündigten", "berichtet", "berichtete",
    "berichteten", "berichten", "meldet", "meldete", "meldeten", "melden", "schreibt", "schrieb",
    "schreiben", "sagt", "sagte", "sagten", "erklärt", "erklärte", "erklärten", "bestätigt",
    "bestätigte", "bestätigten", "betonte", "betont", "verlautete", "verlautet", "erfuhr",
    "erfahren", "hieß", "heißt", "mitteilen", "äußerte", "ausführte", "einräumte",
    "bekanntgegeben", "informierte", "informiert", "verkündete", "verkündet",
    "zitiert", "zitierte", "darstellte", "erläuterte", "erläutert", "unterstrich", "betonten",
    "feststellte", "festgestellt", "ergab", "ergaben", "zeigte", "zeigt", "vermeldete",
})
_AUX = frozenset({"hat", "hatte", "haben", "hatten", "wurde", "wird", "worden", "ist", "war",
                  "habe", "hätte"})
# Speech and statement verbs of German reporting, finite and participle forms (particle verbs
# written as one word in verb-last clauses: "mitteilte", "angekündigt").
_CUES = frozenset({
    "sagte", "sagten", "sagt", "gesagt", "erklärte", "erklärten", "erklärt", "betonte",
    "betonten", "betont", "meinte", "meinten", "meint", "ergänzte", "ergänzt", "berichtete",
    "berichteten", "berichtet", "äußerte", "äußerten", "geäußert", "erläuterte", "erläutert",
    "warnte", "warnten", "gewarnt", "verkündete", "verkündet", "bestätigte", "bestätigten",
    "bestätigt", "schrieb", "schrieben", "schreibt", "geschrieben", "bekräftigte", "bekräftigt",
    "unterstrich", "unterstrichen", "behauptete", "behaupteten", "behauptet", "versicherte",
    "versichert", "beteuerte", "beteuert", "angekündigt", "kündigte", "kündigten", "mitgeteilt",
    "teilte", "teilten", "hingewiesen", "wies", "räumte", "eingeräumt", "gab", "gaben",
    "angegeben", "bekanntgegeben", "versprach", "versprochen", "bestritt", "bestritten",
    "dementierte", "dementiert", "vermutete", "vermutet", "befürchtete", "befürchtet",
    "befürchten", "forderte", "forderten", "gefordert", "kritisierte", "kritisiert",
    "argumentierte", "argumentiert", "begründete", "begründet", "verwies", "verwiesen",
    "meldete", "meldeten", "gemeldet", "antwortete", "geantwortet", "entgegnete", "erwiderte",
    "mahnte", "gemahnt", "appellierte", "beklagte", "beklagt", "bekannte", "gestand",
    "zugegeben", "glaubt", "glaubte", "geht", "ging", "hofft", "hoffte", "erwartet",
    "erwartete", "sieht", "sah", "bezweifelte", "bezweifelt", "kommentierte", "resümierte",
    "darlegte", "dargelegt", "ankündigte", "mitteilte", "drohte", "gedroht", "schätzte",
    "geschätzt", "prognostizierte", "prognostiziert", "signalisierte", "signalisiert",
    "bekundete", "informierte", "informiert", "unterstellte", "vorgeworfen", "warf", "warfen",
    "wirft", "werfen", "berichten", "verlautete", "verlautbarte", "sprach", "sprachen",
    "spricht",
})
_THAT = frozenset({"dass", "ob", "wonach"})
_OBLIQUE = frozenset({"im", "am", "in", "an", "auf", "mit", "von", "bei", "nach", "aus", "für",
                      "über", "unter", "vor", "zu", "zum", "zur", "vom", "beim", "dem", "den",
                      "des", "dabei", "dazu", "dagegen", "darauf", "daraufhin", "zudem", "so",
                      "auch", "außerdem", "jedoch", "bereits", "unterdessen", "inzwischen",
                      "gestern", "heute", "nun", "damals", "später", "zuvor", "zuletzt",
                      "ebenfalls", "allerdings", "aber", "doch", "und", "dann", "deshalb",
                      "daher", "hier", "dort", "gleichzeitig", "weiter", "zunächst", "erst",
                      "gegenüber", "trotz", "wegen", "während", "seit", "laut", "angesichts",
                      "neben", "ohne", "gegen", "durch", "um", "bis", "zwischen", "hinter",
                      "innerhalb", "außerhalb", "anlässlich", "bezüglich", "hinsichtlich"})
# Verbs reporting a speech act without its words: "Die Gewerkschaft kritisierte den Plan",
# "Anwohner klagten über Lärm", "Die Polizei warnte vor Glatteis".
_SPEECH_ACTS = frozenset({
    "kritisierte", "kritisierten", "kritisiert", "forderte", "forderten", "fordert", "fordern",
    "warnte", "warnten", "warnt", "warnen", "klagte", "klagten", "klagt", "beklagte",
    "beklagten", "beklagt", "lobte", "lobten", "lobt", "begrüßte", "begrüßten", "begrüßt",
    "verurteilte", "verurteilten", "verurteilt", "appellierte", "appellierten", "dementierte",
    "dementierten", "bestritt", "bestritten", "plädierte", "plädierten", "plädiert", "riet",
    "rieten", "empfahl", "empfahlen", "empfiehlt", "mahnte", "mahnten", "mahnt", "bekräftigte",
    "bekräftigten", "protestierte", "protestierten", "bezweifelte", "bezweifelten",
})


_TRIGGERS = frozenset({"laut", "zufolge", "gemäß", "nach", "wie", "demnach", "soll",
                       "sollen", "so"}) | _SUBJUNCTIVE | _CUES | _SPEECH_ACTS
_PHRASE_TRIGGERS = frozenset({"laut", "zufolge", "gemäß", "wie", "so"})
_STRIP = ",;:.—–-"
_PUNCTUATION = ",.;:!?\"“”„‚‘’'()[]«»‹›–—-"


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
    taken = sorted((c.span.start, c.span.end) for c in found
                   if c.speech and (c.mention is not None or c.inherit or c.kind == "indirect"))
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
            this = _this_reported(text, lo, hi) if free and text[prev_hi:lo].count(
                "\n") <= 2 else None
            if this is not None:
                clause = strip_span(text, prev_lo, prev_hi, _STRIP)
                added.append(Candidate(span=Span(*clause), kind="indirect", confidence=0.6,
                                       mention=this[0], cue=this[1], mention_confidence=0.6))
                bisect.insort(attributed, clause[0])
        if _covered(taken, ends, lo, hi):
            previous_reported = bisect.bisect_right(p_starts, lo) - 1
            continue
        k = bisect.bisect_left(b_starts, lo)
        inside = k > 0 and barriers[k - 1][1] > lo
        if inside or (k < len(barriers) and barriers[k][0] < hi):
            continue  # a direct quotation in the sentence: its own rules decide
        # Whitespace words first (str.split runs in C); the word tokens only for sentences
        # with a trigger word.
        lowers = set(map(str.strip, text[lo:hi].lower().split(), repeat(_PUNCTUATION)))
        if _TRIGGERS.isdisjoint(lowers):
            continue
        made = None
        if not _PHRASE_TRIGGERS.isdisjoint(lowers) or (
            "nach" in lowers and any(w.endswith(_SOURCE_NOUNS) for w in lowers)
        ) or ("," in text[lo:hi] and not _CUES.isdisjoint(lowers)):
            words, starts, token_ends = split_words(text, lo, hi)
            toks = make_tokens(words, starts, token_ends)[0]
            if len(toks) >= 3:
                made = _source_phrase(text, toks, lo, hi) or _wie_clause(text, toks, lo, hi) or (
                    _cue_comma(text, toks, hi)) or _inverted_cue(text, toks, lo)
        if not made and not _SPEECH_ACTS.isdisjoint(lowers):
            made = _speech_act(text, lo, hi)
        if made:
            added.extend(made)
            bisect.insort(attributed, made[0].span.start)
            previous_reported = bisect.bisect_right(p_starts, lo) - 1
            continue
        paragraph = bisect.bisect_right(p_starts, lo) - 1
        if _SUBJUNCTIVE.isdisjoint(lowers) and "demnach" not in lowers and not (
            _reportative(lowers)
        ):
            continue
        if "ich" in lowers or "wir" in lowers:
            continue  # "ich habe", "wir werde…": the indicative of someone speaking unquoted
        # Running on from an attribution: the speaker is named before, in this paragraph or
        # the one before it.
        a = bisect.bisect_left(attributed, lo)
        if a == 0 or previous_reported < paragraph - 1:
            continue
        if attributed[a - 1] < paragraphs[max(0, paragraph - 1)][0]:
            continue
        clause = strip_span(text, lo, hi, _STRIP)
        if clause[1] - clause[0] < 8:
            continue
        added.append(Candidate(span=Span(*clause), kind="indirect", confidence=0.5,
                               inherit=True))
        previous_reported = paragraph
    return added


def _speech_act(text: str, lo: int, hi: int) -> list[Candidate] | None:
    """A sentence reporting a speech act of its subject (``Die Gewerkschaft kritisierte den
    Plan der Regierung scharf.``): the whole sentence is the report."""
    found = _clause_subject(text, lo, hi)
    if found is None:
        return None
    subject = text[found[0].start : found[0].end]
    if " " not in subject and subject.lower().endswith(_ADVERB_ENDINGS + _ADVERB_SUFFIXES):
        return None  # "Anschließend klagte er …": an adverb, not the subject
    verb = text[found[0].end : min(hi, found[0].end + 40)].strip(" ,").split(" ", 1)[0]
    if verb.lower() not in _SPEECH_ACTS:
        return None
    clause = strip_span(text, lo, hi, _STRIP)
    if len(text[clause[0] : clause[1]].split()) < 4:
        return None
    return [Candidate(span=Span(*clause), kind="indirect", confidence=0.5, mention=found[0],
                      cue=verb.lower(), mention_confidence=0.5)]


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
    if verb in _FINITE_AUX and any(_is_cue(t.lower) or t.lower in lx.CUE_VERBS
                                   for t in toks[3:]):
        return _subject_after_verb(text, toks, 1)
    return _this_reported(text, lo, hi)


def _this_reported(text: str, lo: int, hi: int) -> tuple[Span, str | None] | None:
    """``Dies bestätigte der Minister am Abend``: "Dies"/"Das", a speech verb, its subject."""
    words, w_starts, w_ends = split_words(text, lo, min(hi, lo + 200))
    toks = make_tokens(words, w_starts, w_ends)[0]
    if len(toks) >= 4 and toks[1].lower == "geht" and toks[2].lower == "aus":
        # "Dies geht aus einer Mitteilung des Konzerns hervor"
        rng = _np_after(text, toks, 3)
        if rng is None or not any(t.lower == "hervor" for t in toks[rng[1] :]):
            return None
        return Span(toks[rng[0]].start, toks[rng[1] - 1].end), "hervor"
    if len(toks) < 3 or toks[1].lower not in _CUES or toks[1].lower in _WEAK - {
        "gab", "berichten"
    } or text[toks[0].end : toks[1].start].strip():
        return None
    return _subject_after_verb(text, toks, 1)


def _reportative(lowers: set[str]) -> bool:
    """``Er soll die Tat gestanden haben``: "sollen" with a perfect infinitive reports a claim."""
    return ("soll" in lowers or "sollen" in lowers) and not lowers.isdisjoint(
        ("haben", "sein", "worden"))


_NEXT_PHRASE = frozenset({"die", "das", "den", "dem", "ein", "eine", "einen", "einem"})


def _np_after(text: str, toks: list[Token], start: int) -> tuple[int, int] | None:
    """The noun phrase opening at ``toks[start]``, with its genitive attributes (``des Leiters
    der Feuerwehr``)."""
    rng = subject_after(text, toks, start)
    if rng is None or rng[0] != start:
        return None
    end = rng[1]
    # "Oettinger die Reform": an accusative or dative determiner after a noun starts the next
    # phrase (a genitive "der"/"des" may still belong to this one).
    end = next((n for n in range(start + 1, end) if toks[n].lower in _NEXT_PHRASE and (
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


def _source_phrase(text: str, toks: list[Token], lo: int, hi: int) -> list[Candidate] | None:
    for k, token in enumerate(toks):
        word = token.lower
        rng: tuple[int, int] | None = None
        phrase_start = k
        if word in ("laut", "gemäß") and k + 1 < len(toks):
            rng = _np_after(text, toks, k + 1)
            phrase_end = rng[1] if rng is not None else k
        elif word == "nach" and k + 1 < len(toks):
            m = k + 1
            while m < len(toks) and m - k <= 3 and not toks[m].lower.endswith(_SOURCE_NOUNS) and (
                toks[m].lower in lx.DETERMINERS or not toks[m].capitalised
            ):
                m += 1  # "nach ersten Erkenntnissen", "nach den bisherigen Angaben"
            if m >= len(toks) or not toks[m].lower.endswith(_SOURCE_NOUNS) or not toks[
                m
            ].capitalised:
                continue
            rng = (k + 1, m + 1)
            if m + 1 < len(toks) and toks[m + 1].lower in ("von", "vom", "der", "des", "eines",
                                                           "einer"):
                # "nach Angaben der Polizei", "nach Angaben von Zeugen": who gave them.
                start = m + 2 if toks[m + 1].lower in ("von", "vom") else m + 1
                named = _np_after(text, toks, start) if start < len(toks) else None
                if named is not None and not text[toks[m].end : toks[start].start].strip():
                    rng = named
            phrase_end = rng[1]
        elif word == "so" and k > 0 and k + 1 < len(toks) and text[
            toks[k - 1].end : token.start
        ].strip()[-1:] in (",", "–", "—", "-") and (
            toks[k + 1].capitalised or toks[k + 1].lower in lx.DETERMINERS
        ):
            # "…, so die Studie." / "Zwar sei es ein Schritt – so Canny –, trotzdem …"
            rng = _np_after(text, toks, k + 1)
            if rng is not None and rng[1] < len(toks) and toks[rng[1]].lower in (
                _PLACE_PREPOSITIONS | {"gegenüber", "weiter"}
            ) and len(toks) - rng[1] <= 8 and not any(
                text[toks[n - 1].end : toks[n].start].strip() for n in range(rng[1] + 1, len(toks))
            ):
                # "…, so Hisbollah-Chef X im libanesischen Fernsehen.": a place or medium
                # closing the sentence after the source.
                phrase_end = len(toks)
            elif rng is None or (rng[1] < len(toks) and not text[
                toks[rng[1] - 1].end : toks[rng[1]].start
            ].strip()):
                continue  # the phrase must end at a comma, a dash or the sentence end
            else:
                phrase_end = rng[1]
        elif word == "zufolge" and k > 0:
            rng = _np_before(text, toks, k)
            if rng is None:
                continue
            phrase_start, phrase_end = rng[0], k + 1
        else:
            continue
        if rng is None:
            continue
        before = strip_span(text, lo, toks[phrase_start].start, _STRIP)
        after_start = toks[phrase_end - 1].end if phrase_end > 0 else lo
        after = strip_span(text, after_start, hi, _STRIP)
        mention = Span(toks[rng[0]].start, toks[rng[1] - 1].end)
        parts = [Candidate(span=Span(*part), kind="indirect", confidence=0.65, mention=mention,
                           cue=word, mention_confidence=0.65)
                 for part in (before, after) if len(text[part[0] : part[1]].split()) >= 2]
        if len(parts) == 2:
            group = -1_000_000 - parts[0].span.start  # shared by the fragments of one clause
            parts = [_grouped(p, group) for p in parts]
        return parts or None
    return None


_NOT_IN_NP = _AUX | _SUBJUNCTIVE | frozenset({"werden", "sollen", "soll", "können", "kann",
                                              "müssen", "muss", "wollen", "will", "dürfen",
                                              "darf", "sind", "seien", "haben"})


def _np_before(text: str, toks: list[Token], k: int) -> tuple[int, int] | None:
    """The noun phrase ending before ``zufolge`` (``Berichten mehrerer Zeitungen``, ``dem
    Verband``): back over nouns, determiners and inflected adjectives to a comma or a verb."""
    a = k
    while a > 0 and k - a < 6 and not text[toks[a - 1].end : toks[a].start].strip():
        prev = toks[a - 1]
        if not (prev.capitalised or prev.lower in lx.DETERMINERS or (
            prev.lower.endswith(("e", "en", "er", "em", "es")) and prev.lower not in _NOT_IN_NP
            and prev.lower not in _NOT_VERBS
        )):
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
        rng = _np_after(text, toks, k + 1)
        if rng is None:
            continue
        # The clause ends at the next comma (or the sentence end) with the verb.
        end = rng[1]
        while end < len(toks) and end - rng[1] < 10 and (
            "," not in text[toks[end - 1].end : toks[end].start]
        ):
            end += 1
        verb = end - 1
        while verb > rng[1] and toks[verb].lower in _AUX:
            verb -= 1
        if verb < rng[1] or toks[verb].lower not in _WIE_VERBS:
            continue
        if initial:
            if end >= len(toks):
                continue
            clause = strip_span(text, toks[end].start, hi, _STRIP)
        else:
            clause = strip_span(text, lo, toks[k].start, _STRIP)
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
    if comma < 2 or comma >= len(toks):
        return None
    cue = next((k for k in range(comma) if toks[k].lower in _CUES), -1)
    if cue < 0:
        return None
    clause = toks[comma:]
    first = clause[0].lower
    if not (first in _THAT or not _SUBJUNCTIVE.isdisjoint(t.lower for t in clause) or (
        # after a speech verb, the Konjunktiv II reports too ("sagte, sie müssten …")
        not _SUBJUNCTIVE_II.isdisjoint(t.lower for t in clause[:8])
    ) or (
        not clause[0].capitalised and first not in ("und", "aber", "was", "wenn", "weil", "als",
                                                   "wo", "nachdem", "bevor", "sodass")
        and _infinitive_with_zu(clause)
    )):
        return None
    rng = None
    if toks[0].lower in _PREPOSITIONS and cue > 2 and not any(
        text[toks[n - 1].end : toks[n].start].strip() for n in range(1, cue + 1)
    ):
        # "Nach der Freilassung der Gefangenen kündigte heute X an, …": one long prepositional
        # phrase before the verb, the subject after it.
        found = _subject_after_verb(text, toks[:comma], cue)
        if found is not None:
            a = next(n for n in range(cue + 1, comma) if toks[n].start == found[0].start)
            b = next(n for n in range(a, comma) if toks[n].end == found[0].end)
            rng = (a, b + 1)
    if rng is None:
        rng = _german_subject(text, toks, cue, comma)
    if rng is None:
        return None
    span = strip_span(text, clause[0].start, hi, _STRIP)
    if len(text[span[0] : span[1]].split()) < 2:
        return None
    mention = Span(toks[rng[0]].start, toks[rng[1] - 1].end)
    return [Candidate(span=Span(*span), kind="indirect", confidence=0.6, mention=mention,
                      cue=toks[cue].lower, mention_confidence=0.6)]


_SUBJUNCTIVE_II = frozenset({"müssten", "könnten", "sollten", "würden", "hätten", "wären",
                             "dürften", "müsste", "könnte", "sollte", "würde", "hätte", "wäre",
                             "dürfte"})


# Endings of capitalised sentence adverbs ("Andererseits", "Möglicherweise", "Jedenfalls").
_ADVERB_SUFFIXES = ("seits", "weise", "falls", "dings", "dessen", "mals", "wärts", "maßen")
# Speech verbs that may close a sentence inverted after the reported clause; verbs with other
# common senses ("sah", "ging", "gab" without its particle) are left out.
_WEAK = frozenset({"geht", "ging", "sieht", "sah", "gab", "gaben", "wies", "warf", "warfen",
                   "wirft", "werfen", "sprach", "sprachen", "spricht", "glaubt", "glaubte",
                   "hofft", "hoffte", "erwartet", "erwartete", "befürchten", "berichten",
                   "forderte", "forderten", "kritisierte", "drohte"})
_PARTICLES = frozenset({"mit", "an", "bekannt", "hinzu", "fest", "ein", "zu", "aus", "vor"})


def _inverted_cue(text: str, toks: list[Token], lo: int) -> list[Candidate] | None:
    """``Der Umsatz wird sinken, teilte das Unternehmen heute mit.``: the clause before a
    comma, then a speech verb first and its subject, closing the sentence."""
    if toks[0].lower in _SUBORDINATORS:
        return None  # "Obwohl …, bestritt er die Tat": a leading clause, not reported speech
    for v in range(3, len(toks) - 1):
        word = toks[v].lower
        comma = v - 1 if toks[v - 1].lower in ("das", "dies") else v  # "…, das teilte X mit"
        if word not in _CUES or word in _WEAK or toks[v].capitalised or "," not in text[
            toks[comma - 1].end : toks[comma].start
        ]:
            continue
        found = _subject_after_verb(text, toks, v)
        if found is None or text[found[0].start : found[0].end].lower() in ("es", "man"):
            return None
        end = next(n for n in range(v + 1, len(toks)) if toks[n].end >= found[0].end)
        rest = toks[end + 1 :]
        if len(rest) > 6 or any(t.lower in lx.DETERMINERS for t in rest) or any(
            text[toks[n - 1].end : toks[n].start].strip() for n in range(end + 1, len(toks))
        ) or (rest and rest[-1].lower not in _PARTICLES and word in ("kündigte", "teilte",
                                                                      "gab", "räumte")):
            return None  # the sentence goes on: not an attribution closing it
        clause = strip_span(text, lo, toks[comma - 1].end, _STRIP)
        if len(text[clause[0] : clause[1]].split()) < 3:
            return None
        return [Candidate(span=Span(*clause), kind="indirect", confidence=0.6,
                          mention=found[0], cue=word, mention_confidence=0.6)]
    return None


def _infinitive_with_zu(clause: list[Token]) -> bool:
    """``…, die Gespräche fortzusetzen`` / ``…, morgen zu kommen``: a ``zu``-infinitive last."""
    last = clause[-1].lower
    if clause[-1].capitalised or not last.endswith("en"):
        return False
    if len(clause) > 1 and clause[-2].lower == "zu":
        return True
    return last.find("zu", 2) > 0 and len(last) > 6


def _german_subject(text: str, toks: list[Token], cue: int, limit: int) -> tuple[int, int] | None:
    """The subject of a main clause: the noun phrase opening it, or (verb second, after an
    adverbial) the one right after the finite verb."""
    head = toks[0]
    if head.lower in ("es", "man", "dies", "das", "demnach"):
        return None  # impersonal ("Es wird erwartet, dass"): no one is named
    if head.lower not in _OBLIQUE and not head.lower.endswith(_ADVERB_SUFFIXES) and (
        head.capitalised or head.lower in lx.DETERMINERS
    ):
        rng = _np_after(text, toks, 0)
        if rng is not None and rng[1] <= cue and rng[1] >= 1 and (
            rng[1] == cue or toks[rng[1]].lower in _AUX or not toks[rng[1]].capitalised
        ):
            return rng
        if rng is not None and rng[1] > cue:
            return None
    # Verb second: an adverbial, the finite verb, then the subject.
    for v in range(1, min(cue + 1, limit, 8)):
        word = toks[v].lower
        if toks[v].capitalised or word in _OBLIQUE or word in lx.DETERMINERS:
            continue
        start = v + 1
        while start < limit and toks[start].lower in ("sich", "auch", "jedoch", "nun", "bereits",
                                                     "mehrfach", "erneut", "zudem"):
            start += 1
        if start >= limit:
            return None
        rng = _np_after(text, toks, start)
        if rng is not None and rng[1] <= limit and toks[rng[0]].lower not in ("es", "man"):
            return rng
        return None
    return None


# Words that can follow a closing mark and a comma without being an inverted cue verb.
_NOT_VERBS = frozenset({"und", "aber", "oder", "denn", "weil", "wenn", "als", "dass", "so", "wie",
                        "doch", "sondern", "während", "nachdem", "obwohl", "da", "ob", "was",
                        "wo", "womit", "wobei", "worauf", "die", "der", "das", "den", "dem",
                        "des", "ein", "eine", "einer", "einen", "einem", "er", "sie", "es",
                        "man", "wir", "ich", "hieß", "heißt", "laut", "nach", "zufolge", "mit",
                        "in", "im", "am", "an", "auf", "für", "von", "bei", "zu", "zum", "zur",
                        "um", "aus", "vor", "über", "unter", "gegen", "ohne", "seit", "bis",
                        "sowie", "also", "dann", "jedoch", "nicht", "noch", "schon", "nur",
                        "auch", "welche", "welcher", "welches", "dessen", "deren"})
_QUANTIFIERS = frozenset({"viele", "einige", "mehrere", "manche", "zahlreiche", "alle", "beide",
                          "andere", "etliche", "wenige"})
_REFLEXIVE = frozenset({"sich", "auch", "jedoch", "dazu", "damals", "nun", "noch", "später"})


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
            found = _after_quote(text, cand.span.end, sentences[s][1], True)
            if found is not None:
                result[i] = Candidate(span=cand.span, kind="direct", confidence=0.8,
                                      mention=found[0], cue=found[1], group=cand.group,
                                      speech=True, mention_confidence=0.7)
            continue
        s = bisect.bisect_right(starts, cand.span.start) - 1
        if cand.mention is not None and cand.mention.start >= cand.span.end and text[
            cand.mention.start : cand.mention.end
        ] not in ("es", "Es"):
            # Attributed after the quotation already: the shared rules read that well, unless
            # the mention opens the next sentence and a colon lead-in names the speaker.
            lead = _colon_lead(text, sentences[s][0], cand) if s >= 0 else None
            if lead is not None:
                result[i] = Candidate(span=cand.span, kind=cand.kind,
                                      confidence=cand.confidence, mention=lead[0], cue=lead[1],
                                      group=cand.group, speech=True, mention_confidence=0.75)
            continue
        if s < 0:
            continue
        sent_hi = sentences[s][1]
        found = _after_quote(text, cand.span.end, sent_hi, cand.mention is None) if (
            cand.mention is None or cand.kind == "direct"
        ) else None
        if found is None and cand.mention is not None and cand.kind == "direct":
            found = _before_quote(text, sentences[s][0], cand.span.start, cand.mention) or (
                _pronoun_subject(text, sentences[s][0], cand.span.start, cand.mention))
        if cand.mention is not None and text[cand.mention.start : cand.mention.end] in (
            "es", "Es"
        ):
            found = _heisst_es(text, sentences[s][0], sent_hi, cand.mention) or found
        if found is None and cand.mention is not None and cand.cue not in _SOURCE_CUES:
            found = _vorfeld(text, sentences[s][0], cand.span.start, cand.mention) or (
                _verb_second(text, sentences[s][0], cand.span.start, cand.mention))
        if found is None and cand.kind == "partial" and (
            cand.mention.end <= sentences[s][0] if cand.mention is not None else cand.inherit
        ):
            # Quoted words read as someone's from an earlier sentence: the subject of their own
            # sentence's speech verb comes first ("Der Verband erklärte, er sei „…“").
            found = _clause_subject(text, sentences[s][0], cand.span.start)
            if found is not None and found[1] is None:
                found = None
        if found is None and cand.mention is None and cand.kind == "direct":
            found = _unattributed(text, sentences, s, cand.span.start) or _said_next(
                text, sentences, starts, cand)
            if found is None and not cand.inherit and _runs_on(text, sentences, s, cand,
                                                               result[i - 1] if i else None):
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


_POSSESSIVES = frozenset({"sein", "seine", "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer",
                          "ihrem", "ihren"})
# Nouns of what someone thinks or says ("Seine Meinung", "Ihre Begründung", "Sein Fazit").
_STATEMENT_NOUNS = ("meinung", "ansicht", "sicht", "zuversicht", "begründung", "einschätzung",
                    "antwort", "fazit", "kritik", "worte", "haltung", "position", "erklärung",
                    "forderung", "bilanz", "urteil", "botschaft", "appell", "warnung")


def _possessed_statement(text: str, mention: Span | None) -> bool:
    if mention is None:
        return False
    words = text[mention.start : mention.end].split()
    return len(words) == 2 and words[0].lower() in _POSSESSIVES and words[0][:1].isupper() and (
        words[1].lower().endswith(_STATEMENT_NOUNS))


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
    if j > mention.start or not text[j].isupper() or "\n" in text[cand.span.end : j]:
        return None
    lead = text[lo : cand.span.start].rstrip(" „»\"“")
    if not lead.endswith(":") or len(lead) < 4:
        return None
    return _clause_subject(text, lo, lo + len(lead)) or _object_first(text, lo, lo + len(lead))


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
    if len(toks) < 2 or toks[0].capitalised or toks[0].lower in _NOT_VERBS or (
        not any_verb and toks[0].lower in lx.CUE_VERBS and toks[0].lower not in lx.PARTICLE_CUES
    ) or text[j : toks[0].start].strip():
        return None  # (a listed cue the shared rules read already, unless it has a particle)
    if toks[0].text.isdigit() or not toks[0].text.isalpha():
        return None
    start = 1
    while start < len(toks) and toks[start].lower in _REFLEXIVE:
        start += 1
    if start >= len(toks) or text[toks[start - 1].end : toks[start].start].strip(" „»\""):
        return None
    word = toks[start].lower
    if word in ("er", "sie"):
        rng: tuple[int, int] | None = (start, start + 1)
    elif toks[start].capitalised or word in lx.DETERMINERS or word in _QUANTIFIERS:
        rng = _np_after(text, toks, start)
    else:
        rng = None
    if rng is None:
        return None
    return Span(toks[rng[0]].start, toks[rng[1] - 1].end), toks[0].lower


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
    cue = next((k for k, t in enumerate(toks) if t.lower in _CUES or t.lower in lx.CUE_VERBS),
               -1)
    if cue < 1 or toks[cue].end > mention.start:
        return None  # the mention is not after the verb
    head = toks[0]
    if head.lower in _OBLIQUE or not (head.capitalised or head.lower in lx.DETERMINERS):
        return None
    rng = _np_after(text, toks, 0)
    if rng is None or rng[1] != cue or head.lower in ("es", "man", "dies", "das"):
        return None
    opening = Span(toks[rng[0]].start, toks[rng[1] - 1].end)
    # "Die Anwendung der Regel stellte der Vorsitzende in Frage:": an abstract noun opening
    # the clause is its object; the subject follows the verb.
    return _vorfeld(text, lo, open_at, opening) or (opening, toks[cue].lower)


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
        if tok.lower in _NOMINATIVE and not verb.capitalised and verb.lower not in _NOT_VERBS and (
            verb.lower not in lx.DETERMINERS and verb.lower not in _OBLIQUE
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
        return _clause_subject(text, lo, lo + len(lead)) or _object_first(
            text, lo, lo + len(lead))
    if lead.strip() and (lead.endswith(",") or lead[-1:].isalpha()):
        # "Der Arzt schilderte seinen Eindruck, „dass …“", "X kommentierte „…“": a whole
        # quotation closing the clause that introduces it is its subject's.
        return _clause_subject(text, lo, lo + len(lead.rstrip(",")))
    if lead.strip() or s == 0:
        return None
    prev_lo, prev_hi = sentences[s - 1]
    if "\n" in text[prev_hi:lo] or any(ch in text[prev_lo:prev_hi] for ch in "„“»«\""):
        return None  # another paragraph, or a sentence quoting someone itself
    found = _clause_subject(text, prev_lo, prev_hi)
    return found


def _is_cue(word: str) -> bool:
    """A speech verb, also in the plural present or the infinitive (``erklären`` from
    ``erklärt``, ``einräumen`` from ``räumte … ein``)."""
    if word in _CUES or word in lx.CUE_VERBS:
        return True
    if not word.endswith("en") or len(word) <= 5:
        return False
    stem = word[:-2]
    return any(word.startswith(particle) and (
        stem[len(particle) :] + "t" in _CUES or stem[len(particle) :] + "te" in _CUES
    ) for particle in _PARTICLES | {""})


_RELATIVE = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche",
                       "welcher", "welches"})
_IMPERSONAL = frozenset({"es", "man", "dies", "das", "er", "sie"})


def _clause_subject(text: str, lo: int, hi: int) -> tuple[Span, str | None] | None:
    """The subject of a German main clause opening with it and then its verb (any verb), or
    (verb second, after an adverbial) the one after a speech verb."""
    words, w_starts, w_ends = split_words(text, lo, hi)
    toks = make_tokens(words, w_starts, w_ends)[0]
    if len(toks) < 2:
        return None
    head = toks[0]
    if head.lower not in _OBLIQUE and head.lower not in _IMPERSONAL and (
        head.capitalised or head.lower in lx.DETERMINERS
    ):
        rng = _np_after(text, toks, 0)
        after = rng[1] if rng is not None else len(toks)
        if after < len(toks) and text[toks[after - 1].end : toks[after].start].strip() == ",":
            # "Sadiq Khan, einer der Abgeordneten, verurteilte": past the apposition.
            after = next((n for n in range(after + 1, min(len(toks), after + 12))
                          if "," in text[toks[n - 1].end : toks[n].start]), len(toks))
            if after < len(toks) and toks[after].lower in _RELATIVE:
                # "Sadiq Khan, einer der Abgeordneten, die den Brief unterschrieben, …":
                # past a relative clause inside the apposition too.
                after = next((n for n in range(after + 1, min(len(toks), after + 16))
                              if "," in text[toks[n - 1].end : toks[n].start]), len(toks))
        if rng is not None and after < len(toks) and toks[rng[1] - 1].capitalised and not (
            toks[after].capitalised
        ) and toks[after].lower not in _NOT_VERBS and not text[
            toks[after - 1].end : toks[after].start
        ].strip(" ,"):
            verb = toks[after].lower
            return Span(toks[0].start, toks[rng[1] - 1].end), verb if (
                _is_cue(verb)) else None
        return None
    # After a leading clause closed by a comma, the finite verb comes first, whatever it is.
    comma = next((n for n in range(1, min(len(toks), 14))
                  if "," in text[toks[n - 1].end : toks[n].start]), -1)
    for v in range(1, min(len(toks) - 1, 8)):
        word = toks[v].lower
        if word not in _CUES and word not in lx.CUE_VERBS and (
            v != comma or toks[v].capitalised or word in _NOT_VERBS
        ):
            continue
        start = v + 1
        while start < len(toks) and toks[start].lower in _REFLEXIVE:
            start += 1
        if start >= len(toks) or "," in text[toks[v].end : toks[start].start]:
            return None  # (after a comma: the subject of the reported clause)
        if toks[start].lower in ("er", "sie"):
            return Span(toks[start].start, toks[start].end), word
        if toks[start].capitalised or toks[start].lower in lx.DETERMINERS:
            rng = _np_after(text, toks, start)
            if rng is not None:
                return Span(toks[rng[0]].start, toks[rng[1] - 1].end), word
        return None
    return None


def quoted_words(
    text: str, sentences: list[tuple[int, int]], direct: list[Candidate],
    reported: list[Candidate],
) -> list[Candidate]:
    """Quoted words inside a German sentence that reports someone (``Laut Polizei war die Lage
    „angespannt“``, ``Der Verband erklärte, man sei „enttäuscht“``) are that someone's words, not
    scare quotes: the speaker of the sentence's reported clause. (A stance verb alone, ``sprach
    von „…“``, was tried too: it marked more scare quotes as speech than it found quotes.)"""
    starts = [s for s, _ in sentences]
    sourced = sorted((c.span.start, c.span.end, n) for n, c in enumerate(reported)
                     if c.mention is not None)
    s_starts = [item[0] for item in sourced]
    result = list(direct)
    for i, cand in enumerate(direct):
        if cand.speech or cand.kind != "partial" or cand.parent is not None:
            continue
        s = bisect.bisect_right(starts, cand.span.start) - 1
        if s < 0:
            continue
        lo, hi = sentences[s]
        k = bisect.bisect_left(s_starts, lo)
        if k == len(sourced) or sourced[k][0] >= hi:
            # No reported clause with a speaker in this sentence: "X bezeichnete den Plan als
            # „…“" characterises in X's words.
            found = _characterised(text, lo, hi, cand)
            if found is not None:
                result[i] = Candidate(span=cand.span, kind="partial", confidence=0.6,
                                      mention=found[0], cue=found[1], group=cand.group,
                                      speech=True, mention_confidence=0.6)
            continue
        donor = reported[sourced[k][2]]
        mention = donor.mention
        if mention is None or (mention.start < cand.span.end and cand.span.start < mention.end):
            continue
        result[i] = Candidate(span=cand.span, kind="partial", confidence=0.6, mention=mention,
                              cue=donor.cue, group=cand.group, speech=True,
                              mention_confidence=0.6)
    return result


# Verbs that characterise something in the subject's words: "X bezeichnete Y als „…“",
# "X würdigte Y als „…“", "X hatte den Bericht als „falsch“ zurückgewiesen".
_CHARACTERISING = frozenset({
    "bezeichnete", "bezeichneten", "bezeichnet", "würdigte", "würdigten", "gewürdigt", "lobte",
    "lobten", "gelobt", "kritisierte", "kritisierten", "kritisiert", "zurückgewiesen", "wies",
    "wiesen", "beschrieb", "beschrieben", "beschreibt", "attackierte", "attackiert", "wertete",
    "werteten", "gewertet", "wertet", "verurteilte", "verurteilten", "verurteilt", "feierte",
    "gefeiert", "brandmarkte", "gebrandmarkt", "charakterisierte", "charakterisiert",
    "bewertete", "bewertet", "lehnte", "lehnten", "abgelehnt", "empfand", "bezeichnen",
    "würdigt", "lobt", "kritisieren", "verurteilen", "eingestuft", "stufte", "stuften",
    "eingeschätzt",
})


def _characterised(text: str, lo: int, hi: int,
                   cand: Candidate) -> tuple[Span, str | None] | None:
    """The subject of a characterising verb whose complement is ``als „…“``."""
    before = text[lo : cand.span.start].rstrip(" „»\"“‚")
    words = before.split()
    if not words:
        return None
    # "als „…“", "als den „…“", "als einen „…“"
    k = len(words) - 1
    if words[k].lower() in lx.DETERMINERS or words[k].lower() in ("einen", "einem"):
        k -= 1
    if k < 1 or words[k] != "als":
        return None
    lowers = {w.strip(",.;:").lower() for w in text[lo:hi].split()}
    verb = next((w for w in lowers if w in _CHARACTERISING), None)
    if verb is None:
        return None
    words_, w_starts, w_ends = split_words(text, lo, cand.span.start)
    toks = make_tokens(words_, w_starts, w_ends)[0]
    if not lowers.isdisjoint(_PASSIVE):
        # "Seine Werke werden von Kritikern als „…“ bezeichnet": the agent, if named.
        agent = next((n for n in range(len(toks) - 1, 0, -1)
                      if toks[n - 1].lower in ("von", "vom")), -1)
        rng = _np_after(text, toks, agent) if agent > 0 else None
        if rng is None or not toks[rng[1] - 1].capitalised or rng[1] >= len(toks) or (
            toks[rng[1]].lower != "als"
        ):
            return None  # (the agent stands right before "als")
        return Span(toks[rng[0]].start, toks[rng[1] - 1].end), verb
    # "…, weil die Regierung das Land als „…“ bezeichnet hat": the subordinate clause's subject.
    sub = next((n for n in range(len(toks) - 2, 0, -1) if toks[n].lower in _THAT_LIKE
                and "," in text[toks[n - 1].end : toks[n].start]), -1)
    if sub > 0:
        rng = _np_after(text, toks, sub + 1)
        if rng is None:
            return None
        return Span(toks[rng[0]].start, toks[rng[1] - 1].end), verb
    found = _clause_subject(text, lo, cand.span.start)
    if found is None:
        return None
    return found[0], verb


_PASSIVE = frozenset({"wird", "werden", "wurde", "wurden", "worden"})
_THAT_LIKE = frozenset({"weil", "dass", "da", "nachdem", "obwohl", "wenn", "während",
                        "zumal", "seit", "seitdem"})


# Words that make the phrase before the verb an adverbial: "In seiner Rede erklärte X".
_PHRASE_WORDS = _OBLIQUE | frozenset({"seiner", "seinem", "seinen", "ihrer", "ihrem", "ihren",
                                      "einer", "einem", "dieser", "diesem", "damit", "offenbar",
                                      "als", "ab", "da", "wie", "bei", "beim"})
# Cues of source phrases, whose mention is the source wherever it stands ("Laut X brannte …").
_SOURCE_CUES = frozenset({"laut", "nach", "zufolge", "gemäß", "so", "according to", "wie"})
_ABSTRACT = ("ung", "heit", "keit", "tät", "nis")
# ... except the bodies that speak: "die Regierung", "die Zeitung", "die Universität".
_BODIES = ("regierung", "zeitung", "stiftung", "verwaltung", "vereinigung", "leitung",
           "führung", "vertretung", "versammlung", "universität", "direktion", "kammer",
           "behörde", "vereinigung", "ordnung", "forschung", "sicherung", "versicherung")
_PARTICIPLE = ("be", "ge", "er", "ver", "ent", "über", "zer", "ent")
_ADVERB_ENDINGS = ("lich", "isch", "ig", "weise", "bar", "sam", "haft", "los", "end")


def _vorfeld(text: str, lo: int, open_at: int, mention: Span) -> tuple[Span, str | None] | None:
    """``In seiner Rede erklärte Johnson: „…“`` / ``Besorgt zeigte sich der Minister: „…“``:
    a mention read in the adverbial before the verb; German puts the subject after it."""
    if not lo <= mention.start < mention.end <= open_at:
        return None
    words, w_starts, w_ends = split_words(text, lo, open_at)
    toks = make_tokens(words, w_starts, w_ends)[0]
    a = bisect.bisect_left(w_starts, mention.start)
    b = bisect.bisect_left(w_starts, mention.end)
    if a >= len(toks) or b >= len(toks) or toks[a].start != mention.start:
        return None
    verb = toks[b]
    if verb.capitalised or verb.lower in _NOT_VERBS or text[toks[b - 1].end : verb.start].strip():
        return None
    first = toks[a]
    if a > 0 and toks[a - 1].lower in _SOURCE_CUES:
        return None  # "Laut Polizeisprecher X brannte die Halle aus": X is the source
    reflexive = b + 1 < len(toks) and toks[b + 1].lower == "sich"
    head = next((t for t in toks[a:b] if t.capitalised and t.lower not in lx.DETERMINERS), first)
    adverbial = (a > 0 and toks[a - 1].lower in _PHRASE_WORDS) or (
        # "Gegenüber dem Sender erklärte sie": the mention is a prepositional phrase.
        a == 0 and b > 1 and first.lower in _PHRASE_WORDS and first.lower not in (
            lx.DETERMINERS)
    ) or (
        # "Die Anwendung der Regel stellte X in Frage": an abstract noun is the object.
        a == 0 and head.lower.endswith(_ABSTRACT) and not head.lower.endswith(_BODIES)
        and head.lower not in lx.ORG_NOUNS and toks[b].lower not in _AUX
    ) or (
        a == 0 and b == 1 and (first.lower in _PHRASE_WORDS or (
            first.lower.endswith(_ADVERB_ENDINGS) and len(first.lower) > 5
        ) or (
            # "Besorgt zeigte sich der Minister": a participle, then a reflexive verb.
            reflexive and first.lower.endswith("t") and first.lower.startswith(_PARTICIPLE)
        ))
    )
    if not adverbial:
        return None
    start = b + 1
    while start < len(toks) and toks[start].lower in _REFLEXIVE:
        start += 1
    if start >= len(toks):
        return None
    if toks[start].lower in ("er", "sie"):
        return Span(toks[start].start, toks[start].end), verb.lower
    if not (toks[start].capitalised or toks[start].lower in lx.DETERMINERS):
        return None
    rng = _np_after(text, toks, start)
    if rng is None or toks[rng[0]].lower in _PHRASE_WORDS:
        return None
    return Span(toks[rng[0]].start, toks[rng[1] - 1].end), verb.lower


def fix_reported(
    text: str, sentences: list[tuple[int, int]], reported: list[Candidate]
) -> list[Candidate]:
    """The same correction for reported clauses: ``Unmissverständlich sagt das Gericht, …`` is
    the court's, not "Unmissverständlich"'s."""
    starts = [s for s, _ in sentences]
    result = list(reported)
    for i, cand in enumerate(reported):
        mention = cand.mention
        if mention is None or mention.end > cand.span.start or cand.cue in _SOURCE_CUES:
            continue
        s = bisect.bisect_right(starts, mention.start) - 1
        if s < 0:
            continue
        lo, hi = sentences[s]
        open_at = max(cand.span.start, min(hi, cand.span.end))
        found = _vorfeld(text, lo, open_at, mention) or _verb_second(text, lo, open_at, mention)
        if text[mention.start : mention.end] in ("es", "Es"):
            found = _heisst_es(text, lo, hi, mention) or found
        if found is None:
            continue
        span = cand.span
        if found[0].start < span.end and span.start < found[0].end:
            # "In seiner Rede erklärte Johnson, er werde …": the clause starts after the name.
            clause = strip_span(text, found[0].end, span.end, _STRIP)
            if clause[1] - clause[0] < 8:
                continue
            span = Span(*clause)
        result[i] = Candidate(span=span, kind=cand.kind, confidence=cand.confidence,
                              mention=found[0], cue=cand.cue, group=cand.group,
                              parent=cand.parent, inherit=cand.inherit, speech=cand.speech,
                              mention_confidence=cand.mention_confidence)
    return result


_PLACE_PREPOSITIONS = frozenset({"in", "im", "aus", "auf", "an", "am", "bei", "beim", "von",
                                 "vom"})


def _heisst_es(text: str, lo: int, hi: int, mention: Span) -> tuple[Span, str | None] | None:
    """``In der Erklärung heißt es: „…“`` / ``„…“, hieß es aus dem Ministerium``: the source
    of "heißt es" is the place named around it, not "es"."""
    words, w_starts, w_ends = split_words(text, lo, hi)
    toks = make_tokens(words, w_starts, w_ends)[0]
    k = bisect.bisect_left(w_starts, mention.start)
    if k == 0 or k >= len(toks) or toks[k - 1].lower not in ("heißt", "hieß"):
        return None
    verb = toks[k - 1].lower
    if k >= 2 and toks[0].lower in _PLACE_PREPOSITIONS:
        # Before the verb: "In dem Antrag heißt es", "Aus Paris hieß es".
        rng = _np_after(text, toks, 1)
        if rng is not None and rng[1] == k - 1:
            return Span(toks[rng[0]].start, toks[rng[1] - 1].end), verb
        return None
    m = k + 1
    while m < len(toks) and toks[m].lower in ("dazu", "weiter", "auch", "nun", "jedoch",
                                               "außerdem", "zudem", "darin", "ferner"):
        m += 1
    if m + 1 < len(toks) and toks[m].lower in _PLACE_PREPOSITIONS and not text[
        toks[m - 1].end : toks[m].start
    ].strip():
        rng = _np_after(text, toks, m + 1)
        if rng is not None:
            return Span(toks[rng[0]].start, toks[rng[1] - 1].end), verb
    return None


# Small words inside names ("Ärzte ohne Grenzen", "BILD am Sonntag"); "und", "der", "des"
# are left out: they join the nouns of quoted phrases ("Gefahr für Leib und Leben").
_NAME_LINKS = frozenset({"für", "ein", "eine", "am", "im", "ohne", "von", "vom", "zur", "zum",
                         "auf", "of", "the", "and", "de", "la", "le", "da", "a", "in", "on",
                         "for"})


def _name_shaped(inner: str) -> bool:
    """``BILD am Sonntag``, ``Ärzte ohne Grenzen``, ``DotAsia``: quoted words shaped as the name
    of a paper, a group or a work. German capitalises nouns, so one plain noun (``Wortbruch``)
    or a phrase with a lower-case adjective (``unwahre Aussagen``) is not a name."""
    words = inner.strip(" ,.;:").split()
    if not words or len(words) > 7 or inner.rstrip()[-1:] in ("!", "?"):
        return False
    if len(words) == 1:
        word = words[0]
        return (word.isupper() and len(word) > 1) or any(ch.isdigit() for ch in word) or (
            "." in word.strip(".")) or any(ch.isupper() for ch in word[1:] if ch.isalpha())
    capitalised = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    return len(capitalised) >= 2 and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_LINKS for w in words
    ) and words[0][:1].isupper() and words[-1][:1].isupper()


def drop_names(text: str, direct: list[Candidate]) -> list[Candidate]:
    """Quoted names of papers, groups and works inside a sentence are no one's words: shaped
    as names, named by the noun before them (``die Zeitschrift „Automobilwoche“``), part of a
    compound (``„Bild“-Zeitung``), a source (``laut „Tagesspiegel“``) or one of a list of
    titles (``„A“, „B“ oder „C“``)."""
    result = list(direct)
    listed = _listed_titles(text, direct)
    for i, cand in enumerate(direct):
        if cand.parent is not None or not cand.speech or cand.kind not in ("partial", "direct"):
            continue
        inner = text[cand.span.start : cand.span.end]
        if ((cand.kind == "partial" or cand.mention is None) and _name_shaped(inner)) or (
            _short_title(inner) and (i in listed or _named_by_context(text, cand))
        ):
            result[i] = Candidate(span=cand.span, kind="partial",
                                  confidence=min(cand.confidence, 0.3), group=cand.group,
                                  speech=False)
    return result


# Nouns naming a work, a medium or a group, after which a quotation is its name.
_WORK_NOUNS = ("zeitung", "zeitungen", "zeitschrift", "magazin", "magazins", "magazines",
               "blatt", "blattes", "blatts", "sender", "senders", "agentur", "film", "films",
               "filmes", "buch", "buches", "buchs", "roman", "romans", "album", "albums", "titel",
               "titels", "lied", "liedes", "song", "songs", "sendung", "serie", "website",
               "webseite", "site", "portal", "portals", "enzyklika", "modell", "modelle",
               "modellen", "programm", "programms", "kampagne", "projekt", "projekts", "kolumne",
               "rubrik", "show", "oper", "theaterstück", "festival", "festivals", "ausgabe",
               "dokumentation", "reihe", "spiel", "spiels", "marke", "konzerns", "firma",
               "unternehmen", "unternehmens", "verlag", "verlags", "fernsehsender",
               "nachrichtenagentur", "tageszeitung", "wochenzeitung")


def _short_title(inner: str, most: int = 8) -> bool:
    words = inner.split()
    return 0 < len(words) <= most and inner.rstrip(" “”\"'«»")[-1:] not in (".", "!", "?", ",")


_LIST_LINKS = frozenset({"und", "oder", "sowie", "bzw.", "beziehungsweise", "beispielsweise",
                         "auch", "etwa"})


def _named_by_context(text: str, cand: Candidate) -> bool:
    """``„Bild“-Zeitung``, ``die Zeitschrift „Automobilwoche“``, ``laut „Tagesspiegel“``,
    ``gegenüber dem „Tagesspiegel“``: a name by the words around it."""
    end = cand.span.end
    while end < len(text) and text[end] in "“”\"«»‹›‘’'":
        end += 1
    if end > cand.span.end and text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return True  # the first part of a compound
    start = cand.span.start
    while start > 0 and text[start - 1] in "„“\"«»‹›‚‘'":
        start -= 1
    before = text[max(0, start - 60) : start].split()
    if not before or start == cand.span.start:
        return False
    last = before[-1].lower()
    if last.endswith(_WORK_NOUNS) and before[-1][:1].isupper():
        return True
    if last in ("laut", "gemäß"):
        return True
    return len(before) >= 2 and last in lx.DETERMINERS and before[-2].lower() in (
        "gegenüber", "laut")


def _listed_titles(text: str, direct: list[Candidate]) -> set[int]:
    """Indices of quotations in a run of three or more short capitalised ones joined only by
    commas, "und", "oder" or "sowie" (``Themen wie „A“, „B“ oder „C“``)."""
    runs: list[list[int]] = []
    for i, cand in enumerate(direct):
        inner = text[cand.span.start : cand.span.end]
        if cand.parent is not None or not _short_title(inner, 12) or not inner[:1].isupper():
            continue
        if runs and runs[-1][-1] == i - 1:
            gap = text[direct[i - 1].span.end : cand.span.start]
            if len(gap) <= 30 and "\n" not in gap and all(
                w in _LIST_LINKS for w in gap.strip(" ,„“\"«»‹›‚‘'").lower().split()
            ):
                runs[-1].append(i)
                continue
        runs.append([i])
    return {i for run in runs if len(run) >= 3 for i in run}


_FINITE_AUX = _AUX | frozenset({"will", "wollte", "wollten", "kann", "konnte", "konnten", "muss",
                                "musste", "mussten", "soll", "sollte", "sollten", "darf", "durfte",
                                "möchte", "wird", "werden", "hat", "haben"})
# Pronouns that can only be the subject: after the finite verb they make the phrase before it
# an object ("Das Angebot lehnt er ab").
_NOMINATIVE = frozenset({"er", "ich", "wir"})
_PREPOSITIONS = frozenset({"angesichts", "bei", "beim", "in", "im", "zur", "zum", "mit", "auf",
                           "aus", "von", "vom", "vor", "wegen", "trotz", "während", "gegenüber",
                           "über", "unter", "für", "gegen", "seit", "durch", "an", "am",
                           "bezüglich", "hinsichtlich", "anlässlich", "zu", "mangels",
                           "aufgrund", "infolge", "nach"})
_SUBORDINATORS = frozenset({"als", "wie", "wenn", "nachdem", "weil", "während", "obwohl", "da",
                            "bevor", "sobald", "seitdem", "indem", "um", "damit", "falls",
                            "obgleich"})


def _verb_second(text: str, lo: int, open_at: int,
                 mention: Span) -> tuple[Span, str | None] | None:
    """German puts exactly one phrase before the finite verb; a mention read elsewhere is not
    the subject. ``Das Angebot lehnt er ab: „…“`` (a subject pronoun after the verb),
    ``Stoiber hatte die Rolle der Parteichefs betont: „…“`` (the subject before the
    auxiliary, not the noun before the participle), ``Angesichts solcher Zahlen nannte X …``
    (a prepositional phrase, the verb, its subject), ``Als ein Gast half, rief der Mann: „…“``
    (a leading subordinate clause, then the verb and its subject)."""
    if not lo <= mention.start < mention.end <= open_at:
        return None
    words, w_starts, w_ends = split_words(text, lo, open_at)
    toks = make_tokens(words, w_starts, w_ends)[0]
    a = bisect.bisect_left(w_starts, mention.start)
    b = bisect.bisect_left(w_starts, mention.end)
    if a >= len(toks) or b >= len(toks) or toks[a].start != mention.start:
        return None
    head = toks[0]
    if head.lower in _SUBORDINATORS:
        comma = next((n for n in range(1, len(toks))
                      if "," in text[toks[n - 1].end : toks[n].start]), len(toks))
        if b > comma:
            return None  # the mention is in the main clause
        return _subject_after_verb(text, toks, comma)
    if a > 0 and head.lower in _PREPOSITIONS:
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
    if verb.capitalised or verb.lower in _NOT_VERBS or verb.lower in lx.DETERMINERS:
        return None
    if a == 0:
        after = toks[v + 1] if v + 1 < len(toks) else None
        if after is not None and after.lower in _NOMINATIVE and not text[
            verb.end : after.start
        ].strip():
            return Span(after.start, after.end), verb.lower
        return None
    cue = verb.lower in _CUES or verb.lower in lx.CUE_VERBS
    if head.lower not in _PREPOSITIONS and head.lower not in _IMPERSONAL and (
        head.capitalised or head.lower in lx.DETERMINERS
    ):
        # Subject, finite auxiliary, ..., the participle before the colon.
        rng = _np_after(text, toks, 0)
        if rng is None or rng[1] >= a or toks[rng[1]].lower not in _FINITE_AUX or not cue or (
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
    if a > 5 or any(t.lower in _CUES or t.lower in _FINITE_AUX for t in toks[1:a]):
        return None  # a verb before the mention: not one prepositional phrase
    for v in range(b, min(len(toks), b + 12)):
        if text[toks[v - 1].end : toks[v].start].strip():
            return None  # a comma or a mark: the phrase does not run on to a verb
        word = toks[v].lower
        if not toks[v].capitalised and (word in _CUES or word in lx.CUE_VERBS
                                        or word in _FINITE_AUX):
            return _subject_after_verb(text, toks, v)
    return None


# Words between a finite verb and its subject: "kündigte heute der Minister an".
_AFTER_VERB = _REFLEXIVE | frozenset({"heute", "gestern", "morgen", "bereits", "erneut", "zudem",
                                      "außerdem", "inzwischen", "indessen", "allerdings",
                                      "ebenfalls", "zuvor", "damit", "daher", "deshalb"})


def _subject_after_verb(text: str, toks: list[Token], v: int) -> tuple[Span, str | None] | None:
    """The subject right after the finite verb ``toks[v]`` (past ``sich`` and adverbs)."""
    if v >= len(toks):
        return None
    verb = toks[v]
    if verb.capitalised or verb.lower in _NOT_VERBS or verb.lower in lx.DETERMINERS:
        return None
    start = v + 1
    while start < len(toks) and toks[start].lower in _AFTER_VERB:
        start += 1
    if start >= len(toks) or text[toks[start - 1].end : toks[start].start].strip():
        return None
    if toks[start].lower in ("er", "sie"):
        return Span(toks[start].start, toks[start].end), verb.lower
    if not toks[start].capitalised and toks[start].lower not in lx.DETERMINERS:
        # "berichten arabische Medien": an inflected adjective, then the noun
        if start + 1 < len(toks) and toks[start].lower.endswith(("e", "en", "er", "es")) and (
            toks[start + 1].capitalised and toks[start].lower not in _NOT_VERBS
        ) and not text[toks[start].end : toks[start + 1].start].strip():
            more = _np_after(text, toks, start + 1)
            if more is not None:
                return Span(toks[start].start, toks[more[1] - 1].end), verb.lower
        return None
    rng = _np_after(text, toks, start)
    if rng is None:
        return None
    return Span(toks[rng[0]].start, toks[rng[1] - 1].end), verb.lower


def _object_first(text: str, lo: int, hi: int) -> tuple[Span, str | None] | None:
    """``Den Vorschlag lehnt er ab:``: the phrase opening the clause, read as an object when a
    subject pronoun follows the verb."""
    words, w_starts, w_ends = split_words(text, lo, hi)
    toks = make_tokens(words, w_starts, w_ends)[0]
    if len(toks) < 3 or not (toks[0].capitalised or toks[0].lower in lx.DETERMINERS) or (
        toks[0].lower in _PREPOSITIONS or toks[0].lower in _SUBORDINATORS
    ):
        return None
    rng = _np_after(text, toks, 0)
    if rng is None:
        return None
    return _verb_second(text, lo, hi, Span(toks[0].start, toks[rng[1] - 1].end))
