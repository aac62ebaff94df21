"""Quoted German words that are a source's words, and quoted names (papers, groups,
works) that are no one's.
"""

from __future__ import annotations

import bisect

from newsclaims.model import Span
from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.base import Candidate
from newsclaims.quotes.german.phrases import (
    clause_subject,
    np_after,
    subject_after_verb,
)
from newsclaims.quotes.german.words import (
    CHARACTERISING,
    LIST_LINKS,
    NAME_LINKS,
    PASSIVE,
    STANCE_VERBS,
    THAT_LIKE,
    TITLE_LEADS,
    WORK_NOUNS,
)
from newsclaims.quotes.textutil import make_tokens, split_words


def quoted_words(
    text: str, sentences: list[tuple[int, int]], direct: list[Candidate],
    reported: list[Candidate],
) -> list[Candidate]:
    """Quoted words inside a German sentence that reports someone (``Laut Polizei war die Lage
    „angespannt“``, ``Der Verband erklärte, man sei „enttäuscht“``) are that someone's words, not
    scare quotes: the speaker of the sentence's reported clause. Without one, the subject of a
    characterising verb (``als „…“``, ``nannte X „…“``), of a verb of demanding or warning
    whose object holds the words, or of ``wollen`` before a quoted infinitive. (A stance verb
    alone, ``sprach von „…“``, was tried too: it marked more scare quotes as speech than it
    found quotes; single capitalised words are left alone for the same reason.)"""
    starts = [s for s, _ in sentences]
    sourced = sorted((c.span.start, c.span.end, n) for n, c in enumerate(reported)
                     if c.mention is not None)
    s_starts = [item[0] for item in sourced]
    result = list(direct)
    for i, cand in enumerate(direct):
        if cand.kind != "partial" or cand.parent is not None:
            continue
        s = bisect.bisect_right(starts, cand.span.start) - 1
        if s < 0:
            continue
        lo, hi = sentences[s]
        if cand.speech:
            # "X nannte den Plan „…“" / "X bezeichnete den Plan als „…“": whoever the shared
            # rules found nearby, the subject of the characterising verb speaks.
            found = _named_as(text, lo, cand) or _intended(text, lo, cand)
            if found is not None and found[0] != cand.mention:
                result[i] = Candidate(span=cand.span, kind="partial", confidence=cand.confidence,
                                      mention=found[0], cue=found[1], group=cand.group,
                                      speech=True, mention_confidence=0.6)
            continue
        k = bisect.bisect_left(s_starts, lo)
        if k == len(sourced) or sourced[k][0] >= hi:
            # No reported clause with a speaker in this sentence: "X bezeichnete den Plan als
            # „…“" characterises in X's words.
            found = _characterised(text, lo, hi, cand) or perspective(text, lo, cand) or (
                _stance_object(text, lo, cand)) or _intended(text, lo, cand)
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
    if k == 0 and words[0] == "Als":
        return _als_first(text, cand.span.end, hi)
    if k < 1 or words[k] != "als":
        return None
    lowers = {w.strip(",.;:").lower() for w in text[lo:hi].split()}
    verb = next((w for w in lowers if w in CHARACTERISING), None)
    if verb is None:
        return None
    words_, w_starts, w_ends = split_words(text, lo, cand.span.start)
    toks = make_tokens(words_, w_starts, w_ends)[0]
    if not lowers.isdisjoint(PASSIVE):
        # "Seine Werke werden von Kritikern als „…“ bezeichnet": the agent, if named.
        agent = next((n for n in range(len(toks) - 1, 0, -1)
                      if toks[n - 1].lower in ("von", "vom")), -1)
        rng = np_after(text, toks, agent) if agent > 0 else None
        if rng is None or not toks[rng[1] - 1].capitalised or rng[1] >= len(toks) or (
            toks[rng[1]].lower != "als"
        ):
            return None  # (the agent stands right before "als")
        return Span(toks[rng[0]].start, toks[rng[1] - 1].end), verb
    # "…, weil die Regierung das Land als „…“ bezeichnet hat": the subordinate clause's subject.
    sub = next((n for n in range(len(toks) - 2, 0, -1) if toks[n].lower in THAT_LIKE
                and "," in text[toks[n - 1].end : toks[n].start]), -1)
    if sub > 0:
        rng = np_after(text, toks, sub + 1)
        if rng is None:
            return None
        return Span(toks[rng[0]].start, toks[rng[1] - 1].end), verb
    rel = next((n for n in range(len(toks) - 2, 1, -1) if toks[n].lower in _RELATIVE_SUBJECT
                and "," in text[toks[n - 1].end : toks[n].start]), -1)
    if rel > 0 and toks[rel - 1].capitalised:
        # "…, der IGEB, der die Maßnahme als „…“ sieht": the name the relative clause is about
        first = rel - 1
        while first > 0 and rel - first < 4 and toks[first - 1].capitalised and not text[
            toks[first - 1].end : toks[first].start
        ].strip():
            first -= 1
        return Span(toks[first].start, toks[rel - 1].end), verb
    found = _subject(text, lo, cand.span.start)
    if found is None:
        return None
    return found[0], verb


def _subject(text: str, lo: int, end: int) -> tuple[Span, str | None] | None:
    """:func:`clause_subject`, also past a focus particle opening the subject's phrase ("Auch
    der Minister X attackierte …")."""
    found = clause_subject(text, lo, end)
    if found is not None:
        return found
    first, _, rest = text[lo:end].partition(" ")
    if first.lower() not in _FOCUS or not (
        rest[:1].isupper() or rest.split(" ", 1)[0] in ("der", "die", "das", "den", "dem")
    ):
        return None
    return clause_subject(text, lo + len(first) + 1, end)


_RELATIVE_SUBJECT = frozenset({"der", "die", "welcher", "welche"})


# Focus particles that open the Vorfeld together with the subject: "Auch der Minister …".
_FOCUS = frozenset({"auch", "selbst", "sogar", "nur", "gerade"})


def _stance_object(text: str, lo: int, cand: Candidate) -> tuple[Span, str | None] | None:
    """``Der Verband verlangte eine Prüfung der „…“``: quoted words in the object of a verb of
    demanding, warning or judging, in the clause its subject opens, are the subject's."""
    inner = text[cand.span.start : cand.span.end].split()
    if len(inner) < 2 and inner[:1] != [w.lower() for w in inner[:1]]:
        return None  # one capitalised word: as often a name as anyone's word
    found = _subject(text, lo, cand.span.start)
    if found is None or text.startswith("Als ", found[0].start):
        return None
    rest = text[found[0].end : cand.span.start]
    if "," in rest or ":" in rest:
        return None
    verb = rest.split(None, 1)[0].strip(" ,").lower() if rest.strip() else ""
    if verb not in STANCE_VERBS:
        return None
    return found[0], verb


_NAMING = frozenset({"nannte", "nannten", "nennt", "nennen"})


def _named_as(text: str, lo: int, cand: Candidate) -> tuple[Span, str | None] | None:
    """``Der Trainer nannte den Platzverweis „überzogen“``: the subject of "nennen" with the
    quoted words as the object's complement."""
    found = _subject(text, lo, cand.span.start)
    if found is None:
        return None
    rest = text[found[0].end : cand.span.start]
    if ":" in rest:
        return None
    # (the verb after an apposition or a relative clause is the one the subject reader saw)
    verb = found[1] or (rest.split(None, 1)[0].lower() if rest.strip() else "")
    tail = rest.rsplit(",", 1)[-1].split()
    if verb not in _NAMING or not tail or tail[0].lower() != verb:
        return None
    return found[0], verb


_WANT = frozenset({"will", "wollte", "wollten", "wollen", "möchte", "möchten"})


def _intended(text: str, lo: int, cand: Candidate) -> tuple[Span, str | None] | None:
    """``Der Minister will „die Lage sorgfältig prüfen“`` / ``Ursprünglich wollte er „…
    vorlegen“``: a quoted infinitive phrase after "wollen" or "möchten" states the subject's
    intention in the subject's words."""
    inner = text[cand.span.start : cand.span.end].split()
    if len(inner) < 2 or not inner[-1].endswith("n") or inner[-1][:1].isupper():
        return None
    words, w_starts, w_ends = split_words(text, lo, cand.span.start)
    toks = make_tokens(words, w_starts, w_ends)[0]
    if len(toks) < 2:
        return None
    if toks[-1].lower in _WANT:
        found = _subject(text, lo, cand.span.start)
        return (found[0], toks[-1].lower) if found is not None else None
    # verb second: "Ursprünglich wollte er „…“", the subject between the verb and the quote
    m = next((n for n in range(len(toks) - 2, max(0, len(toks) - 5), -1)
              if toks[n].lower in _WANT), -1)
    if m < 0:
        return None
    found = subject_after_verb(text, toks, m)
    if found is None or found[0].end != toks[-1].end:
        return None
    return found[0], toks[m].lower


def _als_first(text: str, end: int, hi: int) -> tuple[Span, str | None] | None:
    """``Als „Skandal“ bezeichnete die Opposition den Beschluss``: the complement first, then
    the characterising verb and its subject."""
    j = end
    while j < hi and text[j] in "“”\"«»‹›‘’' ":
        j += 1
    words, w_starts, w_ends = split_words(text, j, min(hi, j + 160))
    toks = make_tokens(words, w_starts, w_ends)[0]
    if len(toks) < 3 or toks[0].lower not in CHARACTERISING or text[end:j].count(",") or (
        not (toks[1].capitalised or toks[1].lower in lx.DETERMINERS)
    ):
        return None
    rng = np_after(text, toks, 1)
    if rng is None:
        return None
    return Span(toks[rng[0]].start, toks[rng[1] - 1].end), toks[0].lower


_COPULAS = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "bleibt",
                      "bleiben", "blieb", "gilt", "gelten", "galt", "bedeutet", "bedeutete"})


def perspective(text: str, lo: int, cand: Candidate) -> tuple[Span, str | None] | None:
    """``Für den Minister X ist die Lage „alarmierend“``: "für" and a person, then a copula,
    opening the sentence, give that person's view, in their words."""
    if not text.startswith("Für ", lo):
        return None
    words, w_starts, w_ends = split_words(text, lo, cand.span.start)
    toks = make_tokens(words, w_starts, w_ends)[0]
    rng = np_after(text, toks, 1) if len(toks) > 3 else None
    if rng is None or rng[1] >= len(toks) or toks[rng[1]].lower not in _COPULAS or text[
        toks[rng[0]].start : toks[rng[1]].start
    ].count(",") or not (
        any(t.lower in lx.PERSON_NOUNS or t.lower in lx.TITLE_WORDS
            for t in toks[rng[0] : rng[1]])
        or (rng[1] - rng[0] >= 2 and toks[rng[1] - 1].capitalised and toks[rng[1] - 2].capitalised
            and toks[rng[1] - 2].lower not in lx.DETERMINERS)
    ):
        return None
    return Span(toks[rng[0]].start, toks[rng[1] - 1].end), None


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
        w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_LINKS for w in words
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


def _short_title(inner: str, most: int = 8) -> bool:
    words = inner.split()
    return 0 < len(words) <= most and inner.rstrip(" “”\"'«»")[-1:] not in (".", "!", "?", ",")


def _named_by_context(text: str, cand: Candidate) -> bool:
    """``„Bild“-Zeitung``, ``die Zeitschrift „Automobilwoche“``, ``laut „Tagesspiegel“``,
    ``gegenüber dem „Tagesspiegel“``: a name by the words around it."""
    end = cand.span.end
    while end < len(text) and text[end] in "“”\"«»‹›‘’'":
        end += 1
    if end > cand.span.end and text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return True  # the first part of a compound
    if end > cand.span.end and text.startswith(" von ", end) and text[end + 5 : end + 6].isupper():
        return True  # "„Die Pest“ von Albert Camus": a work, then its author
    start = cand.span.start
    while start > 0 and text[start - 1] in "„“\"«»‹›‚‘'":
        start -= 1
    lead = text[max(0, start - 100) : start].rstrip()
    if start < cand.span.start and lead.endswith(":"):
        # "Sein bekanntestes Werk erschien 1978: „…“": the lead-in names a work.
        clause = lead.replace("!", ".").replace("?", ".").rsplit(". ", 1)[-1]
        if not TITLE_LEADS.isdisjoint(w.strip(",:()").lower() for w in clause.split()):
            return True
    before = text[max(0, start - 60) : start].split()
    if not before or start == cand.span.start:
        return False
    if before[-1].endswith(",") and len(before) >= 3 and before[-2] in ("der", "des") and (
        before[-3].lower().endswith(WORK_NOUNS) and before[-3][:1].isupper()
    ):
        return True  # "das erste Album der Band, „…“, …": an apposition naming the work
    last = before[-1].lower()
    if last.endswith(WORK_NOUNS) and before[-1][:1].isupper():
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
                w in LIST_LINKS for w in gap.strip(" ,„“\"«»‹›‚‘'").lower().split()
            ):
                runs[-1].append(i)
                continue
        runs.append([i])
    return {i for run in runs if len(run) >= 3 for i in run}
