"""Reported (indirect) speech: the clause a speaker is said to have said, without quote marks.

Sentence patterns, English and German:

- ``SUBJECT CUE [object] [that] CLAUSE`` — ``Aliyev said that…``, ``X told TASS on Saturday
  that…``, ``X accused Y of…``, ``X sagte, dass…``;
- ``CLAUSE, SUBJECT CUE [object].`` / ``CLAUSE, CUE SUBJECT.`` — ``…, Rzayev said.``,
  ``…, sagte der Minister.``;
- ``According to X, CLAUSE`` / ``CLAUSE, according to X.`` / ``Laut X CLAUSE`` / ``X zufolge…``.

Direct quotations are barriers: a reported clause stops where a direct quote starts.
"""

from __future__ import annotations

import bisect
import re

from newsclaims.model import Span
from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.base import Candidate
from newsclaims.quotes.mentions import is_cue, subject_after, subject_before
from newsclaims.quotes.textutil import Token, strip_span, tokens

_THAT = frozenset({"that", "dass", "ob", "whether", "if"})
_CLAUSE_STOP = frozenset({"on", "in", "at", "during", "after", "before", "to", "with", "for", "by",
                          "about", "of", "from", "via", "when", "while", "as", "through", "over",
                          "am", "im", "bei", "nach", "vor", "gegenüber", "auf", "zu"})
_SAY_CUES = frozenset(
    """said says say saying added adds stressed stresses emphasized emphasised insisted insists
    declared declares explained explains claimed claims argued argues warned warns announced
    announces acknowledged acknowledges admitted admits confirmed confirms denied denies
    suggested suggests predicted predicts reiterated reiterates noted notes wrote writes
    tweeted tweets asserted asserts contended contends conceded concedes recalled recalls
    believes believed thinks thought estimated alleged alleges maintained maintains
    sagte sagt sagten erklärte erklärten betonte betonten meinte meinten fügte ergänzte
    berichtete äußerte erläuterte kritisierte warnte bestätigte schrieb bekräftigte unterstrich
    behauptete versicherte""".split()
)
_WORDS = re.compile(r"\w+")
_TRIGGERS = lx.CUE_VERBS | frozenset({"according", "laut", "zufolge", "nach"})
_ACCUSE = frozenset({"accused", "accuses", "accusing", "blamed", "blames", "criticised",
                     "criticized", "criticises", "criticizes"})


def _trim_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    start, end = strip_span(text, start, end, ",;:.—–-")
    if end - start < 12 or len(text[start:end].split()) < 3:
        return None
    return start, end


def _barrier(barriers: list[tuple[int, int]], starts: list[int], lo: int, hi: int) -> int:
    """The first position in ``[lo, hi)`` where a direct quotation starts, or ``hi``."""
    k = bisect.bisect_left(starts, lo)
    if k < len(barriers) and barriers[k][0] < hi:
        return barriers[k][0]
    return hi


def _inside(barriers: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    k = bisect.bisect_right(starts, position) - 1
    return k >= 0 and barriers[k][0] <= position < barriers[k][1]


def find_indirect(
    text: str, sentences: list[tuple[int, int]], barriers: list[tuple[int, int]]
) -> list[Candidate]:
    """Indirect-speech candidates; ``barriers`` are the outer ranges of direct quotations."""
    starts = [b[0] for b in barriers]
    found: list[Candidate] = []
    for lo, hi in sentences:
        if _inside(barriers, starts, lo):
            continue
        words = _WORDS.findall(text, lo, hi)
        if not _TRIGGERS.intersection(words) and not _TRIGGERS.intersection(
            w.lower() for w in words[:2]
        ):
            continue
        toks = tokens(text, lo, hi)
        if _barrier(barriers, starts, lo, hi) < hi:
            toks = [t for t in toks if not _inside(barriers, starts, t.start)]
        if len(toks) < 4:
            continue
        candidate = _according_to(text, toks, lo, hi, barriers, starts)
        if candidate is None:
            candidate = _cue_first(text, toks, hi, barriers, starts)
        if candidate is None:
            candidate = _cue_last(text, toks, lo, hi, barriers, starts)
        if candidate is not None:
            found.append(candidate)
    return found


def _according_to(
    text: str, toks: list[Token], lo: int, hi: int,
    barriers: list[tuple[int, int]], starts: list[int],
) -> Candidate | None:
    first = toks[0].lower
    if first == "according" and toks[1].lower == "to":
        rng = subject_after(text, toks, 2)
        if rng is None:
            return None
        after = toks[rng[1] - 1].end
        clause = _trim_clause(text, after, _barrier(barriers, starts, after, hi))
        return _make(text, clause, toks, rng, "according to", 0.75)
    if first in ("laut", "nach") and toks[0].capitalised:
        k = 1
        if first == "nach":
            if len(toks) < 4 or toks[1].lower != "angaben":
                return None
            k = 3 if toks[2].lower in ("von", "der", "des") else 2
        rng = subject_after(text, toks, k)
        if rng is None:
            return None
        after = toks[rng[1] - 1].end
        clause = _trim_clause(text, after, _barrier(barriers, starts, after, hi))
        return _make(text, clause, toks, rng, first, 0.7)
    for k in range(1, len(toks) - 1):
        if toks[k].lower == "according" and toks[k + 1].lower == "to":
            gap = text[toks[k - 1].end : toks[k].start]
            if "," not in gap and "(" not in gap:
                continue
            rng = subject_after(text, toks, k + 2)
            if rng is None:
                return None
            clause = _trim_clause(text, lo, toks[k].start)
            return _make(text, clause, toks, rng, "according to", 0.75)
        if toks[k].lower == "zufolge" and k >= 1:
            rng = subject_before(text, toks, k)
            if rng is None or rng[0] != 0:
                continue
            after = toks[k].end
            clause = _trim_clause(text, after, _barrier(barriers, starts, after, hi))
            return _make(text, clause, toks, rng, "zufolge", 0.7)
    return None


def _cue_first(
    text: str, toks: list[Token], hi: int,
    barriers: list[tuple[int, int]], starts: list[int],
) -> Candidate | None:
    for k in range(1, len(toks) - 2):
        end = is_cue(toks, k)
        if not end:
            continue
        word = toks[k].lower
        rng = subject_before(text, toks, k)
        if rng is None:
            continue
        if rng[0] > 0 and not _boundary_before(text, toks, rng[0]):
            continue
        clause_start = _clause_start(text, toks, k, end, word)
        if clause_start is None:
            continue
        stop = _barrier(barriers, starts, clause_start, hi)
        if stop < hi and text[clause_start:stop].rstrip()[-1:] in (":", ","):
            return None  # the lead-in of a direct quotation, not reported speech
        clause = _trim_clause(text, clause_start, stop)
        if clause is None:
            continue
        confidence = 0.75 if word in _SAY_CUES else 0.6
        return _make(text, clause, toks, rng, word, confidence)
    return None


def _boundary_before(text: str, toks: list[Token], index: int) -> bool:
    gap = text[toks[index - 1].end : toks[index].start]
    if any(ch in gap for ch in ",;:(—–"):
        return True
    return toks[index - 1].lower in ("and", "but", "who", "which", "und", "aber", "als", "while",
                                     "as", "when")


def _clause_start(text: str, toks: list[Token], k: int, end: int, word: str) -> int | None:
    # "that" within reach (after an object or a time phrase) opens the clause.
    for j in range(end, min(len(toks), end + 10)):
        gap = text[toks[j - 1].end : toks[j].start]
        if any(ch in gap for ch in ".;:!?"):
            break
        if toks[j].lower in _THAT:
            return toks[j].end
    if word in _ACCUSE and end < len(toks):
        return toks[end].start
    if word in lx.WEAK_CUES or word not in _SAY_CUES or end >= len(toks):
        return None
    nxt = toks[end]
    gap = text[toks[end - 1].end : nxt.start]
    if gap.strip() == "," and word in lx.CUE_VERBS and nxt.lower in (
        "er", "sie", "es", "die", "der", "das", "man", "wir"
    ):
        return nxt.start  # German: "sagte, er habe …"
    if gap.strip() or nxt.lower in _CLAUSE_STOP or nxt.lower in ("and", "und", "it"):
        return None
    return nxt.start


def _cue_last(
    text: str, toks: list[Token], lo: int, hi: int,
    barriers: list[tuple[int, int]], starts: list[int],
) -> Candidate | None:
    # The last comma-separated segment is "SUBJECT CUE [object] [adjunct]" or "CUE SUBJECT".
    comma_at = -1
    for k in range(len(toks) - 1, 0, -1):
        gap = text[toks[k - 1].end : toks[k].start]
        if "," in gap:
            comma_at = k
            break
        if len(toks) - k > 14:
            return None
    if comma_at < 3:
        return None
    tail = toks[comma_at:]
    end = is_cue(tail, 0)
    if end:
        rng = subject_after(text, tail, end)
        if rng is None or rng[0] != end:
            return None
        rng = (rng[0] + comma_at, rng[1] + comma_at)
        cue = tail[0].lower
    else:
        rng = None
        cue = ""
        for k in range(1, min(len(tail), 10)):
            if is_cue(tail, k):
                found = subject_before(text, tail, k)
                if found is not None and found[0] == 0:
                    rng = (found[0] + comma_at, found[1] + comma_at)
                    cue = tail[k].lower
                break
        if rng is None:
            return None
    if cue in lx.WEAK_CUES and cue not in ("reported", "reports"):
        return None
    clause_end = toks[comma_at].start
    if _barrier(barriers, starts, lo, hi) < hi:
        return None
    clause = _trim_clause(text, lo, clause_end)
    return _make(text, clause, toks, rng, cue, 0.7)


def _make(
    text: str, clause: tuple[int, int] | None, toks: list[Token], rng: tuple[int, int],
    cue: str, confidence: float,
) -> Candidate | None:
    if clause is None:
        return None
    m_start, m_end = toks[rng[0]].start, toks[rng[1] - 1].end
    if toks[rng[1] - 1].text.endswith(("’s", "'s")):
        m_end -= 2
    if m_start < clause[1] and clause[0] < m_end:
        return None
    return Candidate(
        span=Span(*clause), kind="indirect", confidence=confidence, mention=Span(m_start, m_end),
        cue=cue, mention_confidence=confidence,
    )
