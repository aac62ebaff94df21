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
from itertools import compress, count
from operator import attrgetter

import attrs

from newsclaims.model import Span
from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.base import Candidate
from newsclaims.quotes.mentions import (
    is_cue,
    np_word,
    subject_after,
    subject_before,
    subject_from_start,
)
from newsclaims.quotes.textutil import Token, make_tokens, split_words, strip_span

_THAT = frozenset({"that", "dass", "ob", "whether"})
_CLAUSE_STOP = frozenset({"on", "in", "at", "during", "after", "before", "to", "with", "for", "by",
                          "about", "of", "from", "via", "when", "while", "as", "through", "over",
                          "am", "im", "bei", "nach", "vor", "gegenüber", "auf", "zu"})
SAY_CUES = frozenset(
    [
        "said", "says", "say", "saying", "added", "adds", "stressed", "stresses", "emphasized",
        "emphasised", "insisted", "insists", "declared", "declares", "explained", "explains",
        "claimed", "claims", "argued", "argues", "warned", "warns", "announced", "announces",
        "acknowledged", "acknowledges", "admitted", "admits", "confirmed", "confirms", "denied",
        "denies", "suggested", "suggests", "predicted", "predicts", "reiterated", "reiterates",
        "noted", "notes", "wrote", "writes", "tweeted", "tweets", "asserted", "asserts",
        "contended", "contends", "conceded", "concedes", "recalled", "recalls", "believes",
        "believed", "thinks", "thought", "estimated", "alleged", "alleges", "maintained",
        "maintains", "sagte", "sagt", "sagten", "erklärte", "erklärten", "betonte", "betonten",
        "meinte", "meinten", "fügte", "ergänzte", "berichtete", "äußerte", "erläuterte",
        "kritisierte", "warnte", "bestätigte", "schrieb", "bekräftigte", "unterstrich",
        "behauptete", "versicherte",
    ]
)
_PREPOSITIONS = frozenset({"in", "of", "at", "from", "to", "for", "with", "by", "on", "about",
                          "against", "between", "among", "over", "under", "into", "than"})
_TELL = frozenset({"told", "tell", "tells", "telling", "informed", "informs", "assured",
                   "assures", "reminded", "reminds"})
_COMMA = re.compile(",")
_LOWER = attrgetter("lower")
_SOURCE_WORDS = frozenset({"according", "According", "laut", "Laut", "zufolge", "Nach", "nach",
                          "gemäß", "Gemäß"})
_SOURCE_NOUNS = frozenset({"angaben", "informationen", "berichten", "ansicht", "meinung",
                           "einschätzung", "aussage", "aussagen", "auskunft", "darstellung",
                           "schätzungen", "erkenntnissen", "worten"})
_VERBS = (lx.CUE_VERBS | lx.REPORT_VERBS) - lx.QUOTE_ONLY_CUES
_TRIGGERS = _VERBS | frozenset(
    {"according", "laut", "zufolge", "nach", "gemäß"}
)


def _trim_clause(text: str, start: int, end: int, minimum: int = 3) -> tuple[int, int] | None:
    start, end = strip_span(text, start, end, ",;:.—–-")
    # (whether it has ``minimum`` words: the split stops there instead of cutting every word)
    if end - start < 2 or len(text[start:end].split(None, minimum - 1)) < minimum:
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


def _outside(
    toks: list[Token], token_starts: list[int],
    barriers: list[tuple[int, int]], starts: list[int],
) -> list[Token]:
    """The tokens not :func:`_inside` a direct quotation, taken as runs between bisections."""
    # A position is inside the last quotation that starts at or before it if that one has not
    # ended: from each quotation's start to the next one's, a run of tokens is dropped and the
    # rest kept, instead of one bisection per token.
    kept: list[Token] = []
    if not toks:
        return kept
    m = bisect.bisect_right(starts, token_starts[0]) - 1
    i = 0
    n = len(toks)
    while i < n:
        following = starts[m + 1] if m + 1 < len(starts) else None
        if m >= 0:
            zone_end = barriers[m][1] if following is None else min(barriers[m][1], following)
            i = bisect.bisect_left(token_starts, zone_end, i)
        keep_to = n if following is None else bisect.bisect_left(token_starts, following, i)
        kept.extend(toks[i:keep_to])
        i = keep_to
        m += 1
    return kept


def find_indirect(
    text: str, sentences: list[tuple[int, int]], barriers: list[tuple[int, int]]
) -> list[Candidate]:
    """Indirect-speech candidates; ``barriers`` are the outer ranges of direct quotations."""
    starts = [b[0] for b in barriers]
    found: list[Candidate] = []
    for lo, hi in sentences:
        k = bisect.bisect_right(starts, lo) - 1
        if k >= 0 and lo < barriers[k][1]:
            continue  # (what _inside tells, inline: the sentence opens in a quotation)
        # Most sentences of news report speech: splitting them all into words once is cheaper
        # than a separate look for trigger words first; tokens are built only for the rest.
        # (Measured on PolNeAR: 57% of the sentences have a trigger; one compiled regex of all
        # triggers over the text costs about as much as the splits it would save, and a split
        # of the whole text costs the same as splitting its sentences one by one.)
        words, token_starts, token_ends = split_words(text, lo, hi)
        if _TRIGGERS.isdisjoint(words) and _TRIGGERS.isdisjoint(
            map(str.lower, words[:2])
        ) and text.find(":", lo, min(hi, lo + 60)) < 0:
            continue
        toks, lowers = make_tokens(words, token_starts, token_ends)
        quoted = _barrier(barriers, starts, lo, hi) < hi  # a quotation starts inside
        if quoted:
            toks = _outside(toks, token_starts, barriers, starts)
        if len(toks) < 4:
            continue
        candidate: Candidate | list[Candidate] | None = _headline(text, toks, lo, hi)
        if candidate is None and "saying" in words:
            candidate = _quoting(text, toks, hi, barriers, starts)
        if candidate is None and not _SOURCE_WORDS.isdisjoint(words):
            candidate = _according_to(text, toks, lo, hi, barriers, starts)
        if candidate is None:
            candidate = _cue_first(text, toks, hi, barriers, starts)
        last = _cue_last(text, toks, lowers, token_starts, lo, hi) if not quoted and text.find(
            ",", lo, hi) >= 0 else None
        if candidate is None:
            candidate, last = last, None
        if isinstance(candidate, list):
            group = len(found)
            found.extend(attrs.evolve(c, group=-1 - group) for c in candidate)
        elif candidate is not None:
            found.append(candidate)
        if last is not None and not any(last.span.overlaps(c.span) for c in found[-2:]):
            found.append(last)
    return found


_NOT_SPEAKERS = frozenset(
    [
        "read", "watch", "update", "note", "editor", "photo", "photos", "video", "related", "see",
        "click", "listen", "via", "correction", "source", "sources", "image", "images", "caption",
        "credit", "warning", "breaking", "exclusive", "opinion", "analysis", "live", "poll",
        "review", "quiz", "name", "age", "city", "job", "pay", "why", "what", "how", "who", "when",
        "where",
    ]
)


# Words that label an item of a list, a box or a spec sheet ("Pricing: from $9", "Pro Tip: …",
# "Best Overall: …"): first or last in the label, they name no speaker.
_LABEL_WORDS = frozenset(
    {"tip", "tips", "pricing", "price", "prices", "cost", "costs", "features", "feature", "pros",
     "cons", "verdict", "summary", "overview", "specs", "rating", "ratings", "availability",
     "disclosure", "bottom", "takeaway", "takeaways", "best", "worst", "most", "did", "speed",
     "size", "weight", "thoughts", "benefits", "benefit", "example", "step", "steps", "pro",
     "expert", "bonus", "fact", "facts", "latest", "update", "faq", "definition"}
)
# English abstract nouns ("Compliance", "Management", "Scalability") name no speaker either, but
# the bodies that speak do ("Administration", "Association", "Commission").
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ility", "ivity", "ance", "ancy", "ency",
                     "ship", "ics")


def _abstract(token: Token) -> bool:
    word = token.lower
    return len(word) > 6 and word.endswith(_ABSTRACT_ENDINGS) and word not in lx.ORG_NOUNS and (
        word not in lx.PERSON_NOUNS
    )


def _headline(text: str, toks: list[Token], lo: int, hi: int) -> Candidate | None:
    """``Trump: Cruz Has ‘To Come a Long Way’`` — a headline giving a speaker and a claim."""
    if len(toks) < 4 or not toks[0].capitalised:
        return None
    last = min(4, len(toks) - 2)
    if ":" not in text[toks[0].end : toks[last].start]:
        return None  # (one search in C: words hold no colon, most sentences open without one)
    for k in range(last):
        gap = text[toks[k].end : toks[k + 1].start]
        if not gap.strip():
            continue
        if gap.strip() != ":" or toks[0].lower in _NOT_SPEAKERS or (
            k == 0 and toks[0].lower in lx.PRONOUNS
        ):
            return None  # ("We: …" names nobody)
        if not all(t.capitalised or t.lower in lx.PERSON_NOUNS | lx.ORG_NOUNS
                   for t in toks[: k + 1]):
            return None
        if toks[0].lower in _LABEL_WORDS or toks[k].lower in _LABEL_WORDS or _abstract(toks[k]):
            return None  # "Pro Tip:", "Best Value:", "Data Protection:": a list item's label
        clause = _trim_clause(text, toks[k + 1].start, hi, minimum=3)
        return _make(text, clause, toks, (0, k + 1), ":", 0.6)
    return None


def _according_to(
    text: str, toks: list[Token], lo: int, hi: int,
    barriers: list[tuple[int, int]], starts: list[int],
) -> Candidate | list[Candidate] | None:
    first = toks[0].lower
    if first == "according" and toks[1].lower == "to":
        rng = subject_after(text, toks, 2) or _loose_np(text, toks, 2)
        if rng is None:
            return None
        after = toks[rng[1] - 1].end
        clause = _trim_clause(text, after, _barrier(barriers, starts, after, hi))
        return _make(text, clause, toks, rng, "according to", 0.75)
    for k in range(len(toks) - 2):
        # German: "Laut X …", "Nach Angaben der Polizei …", also after a comma mid-sentence.
        word = toks[k].lower
        if word not in ("laut", "nach", "gemäß") or (k > 0 and "," not in text[
            toks[k - 1].end : toks[k].start
        ]):
            continue
        m = k + 1
        if word == "nach":
            if toks[m].lower not in _SOURCE_NOUNS:
                continue
            m += 1
            if m < len(toks) and toks[m].lower == "von":
                m += 1
        rng = subject_after(text, toks, m) or _loose_np(text, toks, m)
        if rng is None:
            continue
        after = toks[rng[1] - 1].end
        if k == 0:
            clause = _trim_clause(text, after, _barrier(barriers, starts, after, hi))
        else:
            clause = _trim_clause(text, lo, toks[k].start, minimum=2)
        return _make(text, clause, toks, rng, word, 0.7)
    for k in range(1, len(toks) - 1):
        if toks[k].lower == "according" and toks[k + 1].lower == "to":
            gap = text[toks[k - 1].end : toks[k].start]
            if "," not in gap and "(" not in gap:
                continue
            rng = subject_after(text, toks, k + 2) or _loose_np(text, toks, k + 2)
            if rng is None:
                return None
            clause = _trim_clause(text, lo, toks[k].start, minimum=2)
            return _make(text, clause, toks, rng, "according to", 0.75)
        if toks[k].lower == "zufolge" and k >= 1:
            rng = subject_before(text, toks, k)
            if rng is None or rng[0] != 0:
                continue
            after = toks[k].end
            clause = _trim_clause(text, after, _barrier(barriers, starts, after, hi))
            return _make(text, clause, toks, rng, "zufolge", 0.7)
    return None


def _loose_np(text: str, toks: list[Token], start: int) -> tuple[int, int] | None:
    """Any noun phrase after "according to": up to the next punctuation, at most 12 words."""
    end = start
    while end < len(toks) and end - start < 12:
        if end > start and text[toks[end - 1].end : toks[end].start].strip():
            break
        end += 1
    return (start, end) if end > start else None


def _cue_first(
    text: str, toks: list[Token], hi: int,
    barriers: list[tuple[int, int]], starts: list[int],
) -> Candidate | list[Candidate] | None:
    found = _cue_first_main(text, toks, hi, barriers, starts)
    if text.find("who", toks[0].start, toks[-1].end) < 0:
        return found  # (one search in C: most sentences have no relative clause)
    relative = _relative_speaker(text, toks, hi, barriers, starts)
    if relative is None:
        return found
    who_at, made = relative
    if isinstance(found, Candidate) and found.cue in SAY_CUES and (
        found.mention is not None and found.mention.end <= who_at
    ):
        return found  # "Lee said Park, who told reporters that …, was wrong": Lee's clause
    return made


_RELATIVE_CUES = SAY_CUES | _TELL
_BETWEEN_WHO_AND_CUE = lx.ADVERBS | lx.DAYS_MONTHS  # "who also told", "who on Tuesday said"


def _relative_speaker(
    text: str, toks: list[Token], hi: int,
    barriers: list[tuple[int, int]], starts: list[int],
) -> tuple[int, Candidate] | None:
    """``comments made by Minister Y, who told the Z newspaper that …``: the person before
    ``who`` says the clause after the relative's speech verb, whoever the sentence's subject."""
    lowers = list(map(_LOWER, toks))
    w = 0
    while True:
        try:
            w = lowers.index("who", w + 1, len(toks) - 2)
        except ValueError:
            return None
        k = w + 1
        while k < min(len(toks), w + 4) and toks[k].lower in _BETWEEN_WHO_AND_CUE:
            k += 1
        word = toks[k].lower if k < len(toks) else ""
        end = is_cue(toks, k) if word in _RELATIVE_CUES else 0
        if not end:
            continue
        gap = text[toks[w - 1].end : toks[w].start].strip()
        if gap not in ("", ","):
            continue
        b = w
        a = w - 1
        while a - 1 >= 0 and b - a < 8 and np_word(toks[a - 1]) and not text[
            toks[a - 1].end : toks[a].start
        ].strip():
            a -= 1
        head = toks[b - 1]
        if not np_word(head) or not (head.capitalised or head.lower in lx.PERSON_NOUNS) or (
            gap == "" and not head.capitalised
        ):
            continue  # "the people who say", "everyone who told": no one in particular
        clause_start = _clause_start(text, toks, k, end, word)
        if clause_start is None:
            continue
        stop = _barrier(barriers, starts, clause_start, hi)
        if stop < hi and text[clause_start:stop].rstrip()[-1:] in (":", ","):
            return None  # the lead-in of a direct quotation
        clause = _trim_clause(text, clause_start, stop)
        made = _make(text, clause, toks, (a, b), word, 0.7)
        if made is not None:
            return toks[w].start, made


def _cue_first_main(
    text: str, toks: list[Token], hi: int,
    barriers: list[tuple[int, int]], starts: list[int],
) -> Candidate | list[Candidate] | None:
    inner = range(1, len(toks) - 1)
    noun_phrase = (0, 0)  # a phrase whose head turned out to be a "cue" read as a noun
    for k in compress(inner, map(_VERBS.__contains__, map(_LOWER, toks[1:-1]))):
        end = is_cue(toks, k)
        word = toks[k].lower
        if not end and word in lx.REPORT_VERBS:
            end = k + 1
        if not end:
            continue
        # "A recent intelligence report said …": the noun phrase ending in "report" is the
        # subject of the verb right after it.
        rng = noun_phrase if noun_phrase[1] == k and noun_phrase[1] > 0 else subject_before(
            text, toks, k)
        if rng is None and word in lx.CUE_VERBS and k >= 2 and toks[0].lower not in (
            lx.DETERMINERS
        ):
            # Verb-second: "Am Montag sagte der Minister, dass …"
            inverted = subject_after(text, toks, end)
            if inverted is not None and inverted[0] == end:
                rng = inverted
                end = inverted[1]
                clause_start = _clause_start(text, toks, k, end, word)
                if clause_start is not None:
                    clause = _trim_clause(text, clause_start,
                                          _barrier(barriers, starts, clause_start, hi))
                    made = _make(text, clause, toks, rng, word, 0.65)
                    if made is not None:
                        return made
                continue
        if rng is None and word.endswith("ing") and text[toks[k - 1].end : toks[k].start].strip(
        ) == ",":
            rng = subject_from_start(text, toks, k)  # "Trump …, accusing her of …"
        if rng is None and k >= 2 and toks[k - 1].lower in ("and", "und"):
            rng = subject_from_start(text, toks, k - 1)  # "X survived … and says …"
        if rng is None and word in SAY_CUES and 2 <= k <= 5 and toks[0].lower in (
            lx.DETERMINERS
        ) and all(not text[toks[n - 1].end : toks[n].start].strip() for n in range(1, k)):
            rng = (0, k)  # "The billionaire real estate magnate says …"
            while rng[1] > 2 and toks[rng[1] - 1].lower in lx.ADVERBS:
                rng = (0, rng[1] - 1)  # ("The state had added": the auxiliary is no noun)
        if rng is None:
            continue
        if not _subject_shape(toks, rng, word):
            if rng[1] == k and _base_form(word):
                noun_phrase = (rng[0], k + 1)
            continue  # (a false cue, "A GAO report found": the next one may be the verb)
        if rng[0] > 0 and not _boundary_before(text, toks, rng[0]) and not (
            (all(t.capitalised for t in toks[rng[0] : rng[1]]) or (rng[1] - rng[0] == 1
             and toks[rng[0]].lower in lx.PRONOUNS))
            and toks[rng[0] - 1].lower not in _PREPOSITIONS
        ):
            continue
        if rng[0] > 0 and word in SAY_CUES and end < len(toks) and text[
            toks[end - 1].end : toks[end].start
        ].strip() == "," and text[toks[rng[0] - 1].end : toks[rng[0]].start].strip() == ",":
            # Parenthetical ("This campaign, he says, is different"): the parts around it.
            before = _trim_clause(text, toks[0].start, toks[rng[0]].start, minimum=1)
            after_start = toks[end].start
            after = _trim_clause(text, after_start, _barrier(barriers, starts, after_start, hi),
                                 minimum=1)
            parts = [c for c in (_make(text, before, toks, rng, word, 0.65, True),
                                 _make(text, after, toks, rng, word, 0.65, True)) if c is not None]
            if parts:
                return parts
        clause_start = _clause_start(text, toks, k, end, word)
        if clause_start is None:
            continue
        stop = _barrier(barriers, starts, clause_start, hi)
        if stop < hi and text[clause_start:stop].rstrip()[-1:] in (":", ","):
            return None  # the lead-in of a direct quotation, not reported speech
        clause = _trim_clause(text, clause_start, stop, minimum=1 if word not in SAY_CUES else 3)
        if clause is None:
            continue
        confidence = 0.75 if word in SAY_CUES else 0.6
        return _make(text, clause, toks, rng, word, confidence, True)
    return None


def _boundary_before(text: str, toks: list[Token], index: int) -> bool:
    gap = text[toks[index - 1].end : toks[index].start]
    if gap != " " and not _BOUNDARY_MARKS.isdisjoint(gap):
        return True
    return toks[index - 1].lower in ("and", "but", "who", "which", "und", "aber", "als", "while",
                                     "as", "when")


_BOUNDARY_MARKS = frozenset(",;:(—–")
_CLAUSE_BREAKS = frozenset(".;:!?")


def _clause_start(text: str, toks: list[Token], k: int, end: int, word: str) -> int | None:
    # "that" within reach (after an object or a time phrase) opens the clause, unless a stop
    # comes first. The first "that" is found in C; if no stop mark stands anywhere before it
    # (words hold none but the full stop of "U.S."), no gap holds one, else the gaps are read.
    reach = min(len(toks), end + 10)
    that = next(compress(count(end), map(_THAT.__contains__, map(_LOWER, toks[end:reach]))), -1)
    if that >= 0:
        if _CLAUSE_BREAKS.isdisjoint(text[toks[end - 1].end : toks[that].start]):
            return toks[that].end
        for j in range(end, that + 1):
            gap = text[toks[j - 1].end : toks[j].start]
            if gap != " " and not _CLAUSE_BREAKS.isdisjoint(gap):
                break
        else:
            return toks[that].end
    if end >= len(toks) or word in _TELL:
        return None  # "told TASS on Saturday": without "that", what was told is elsewhere
    if word not in SAY_CUES:
        # A reporting verb's object is what is reported: "Trump criticized Cruz's plan".
        nxt = toks[end]
        if text[toks[end - 1].end : nxt.start].strip() or nxt.lower == "from":
            return None  # ("He’s reported from every debate": where from, not what)
        return nxt.start
    if word in lx.WEAK_CUES:
        return None
    nxt = toks[end]
    gap = text[toks[end - 1].end : nxt.start]
    if (gap.strip() == "," and not nxt.capitalised) or nxt.lower in (
        "er", "sie", "es", "die", "der", "das", "man", "wir"
    ):
        return nxt.start  # "Barden says, far too many…", German "sagte, er habe …"
    if not gap.strip() and nxt.lower in _TAIL_PREPOSITIONS:
        return _after_tail(text, toks, end)
    if gap.strip() or nxt.lower in _CLAUSE_STOP or nxt.lower in ("and", "und"):
        return None
    return nxt.start


_TAIL_PREPOSITIONS = frozenset({"in", "on", "at", "during", "via", "through"})
_CLAUSE_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "it", "we", "i", "his", "her",
                             "their", "its", "our", "this", "that", "these", "those"})


def _after_tail(text: str, toks: list[Token], end: int) -> int | None:
    """``Ash argued in his email, the incident is …``: a short phrase of place or medium after
    the cue, closed by a comma, then the reported clause."""
    for j in range(end + 1, min(len(toks), end + 7)):
        gap = text[toks[j - 1].end : toks[j].start]
        if not gap.strip():
            continue
        if gap.strip() != "," or toks[j].lower not in _CLAUSE_OPENERS:
            return None
        return toks[j].start
    return None


def _cue_last(
    text: str, toks: list[Token], lowers: list[str], token_starts: list[int], lo: int, hi: int,
) -> Candidate | None:
    """A comma-delimited segment "SUBJECT CUE [object] [adjunct]" or "CUE SUBJECT" after the
    reported clause: "…, Rzayev told TASS on Saturday." / "…, the agency said in a report, …".

    ``toks`` are all the words of a sentence with no quotation inside, ``lowers`` and
    ``token_starts`` their lower-case forms and offsets.
    """
    # Every shape here needs a cue verb or a quoting verb: most sentences have neither after
    # their first comma, and one set operation in C tells.
    quoting_words = not _QUOTING.isdisjoint(lowers)
    if not quoting_words and lx.CUE_VERBS.isdisjoint(lowers):
        return None
    commas = sorted({bisect.bisect_left(token_starts, m.start()) for m in _COMMA.finditer(
        text, lo, hi)} - {0, len(toks)})
    for n, comma_at in enumerate(commas):
        if comma_at < 3:
            continue
        seg_end = commas[n + 1] if n + 1 < len(commas) else len(toks)
        if seg_end - comma_at > 14 or seg_end - comma_at < 2:
            continue
        if lx.CUE_VERBS.isdisjoint(lowers[comma_at : min(seg_end, comma_at + 10)]) and (
            not quoting_words or _QUOTING.isdisjoint(lowers[comma_at:seg_end])
        ):
            continue  # (no cue verb within reach, no quoting verb: no shape can match)
        tail = toks[comma_at:seg_end]
        end = is_cue(tail, 0)
        rng = None
        cue = ""
        if end:
            found = subject_after(text, tail, end)
            if found is not None and found[0] == end:
                rng, cue = (found[0] + comma_at, found[1] + comma_at), tail[0].lower
        else:
            reach = min(len(tail), 10)
            # (is_cue is 0 for a word that is no cue verb: only those are asked)
            for k in compress(range(1, reach), map(
                lx.CUE_VERBS.__contains__, lowers[comma_at + 1 : comma_at + reach]
            )):
                if is_cue(tail, k):
                    found = subject_before(text, tail, k)
                    if found is not None and found[0] == 0:
                        rng = (found[0] + comma_at, found[1] + comma_at)
                        cue = tail[k].lower
                    break
        quoting = _quoted_as_saying(text, tail) if quoting_words else None
        if quoting is not None:
            rng, cue = (quoting[0] + comma_at, quoting[1] + comma_at), "as saying"
        if rng is None or (cue in lx.WEAK_CUES and cue not in ("reported", "reports")) or (
            cue in lx.QUOTE_ONLY_CUES
        ):
            continue
        if not _THAT.isdisjoint(lowers[comma_at:seg_end]):
            continue
        clause = _trim_clause(text, lo, toks[comma_at].start)
        return _make(text, clause, toks, rng, cue, 0.7)
    return None


_QUOTING = frozenset({"quotes", "quoted", "quote", "cites", "cited", "cite", "quoting", "citing"})


def _quoting(
    text: str, toks: list[Token], hi: int,
    barriers: list[tuple[int, int]], starts: list[int],
) -> Candidate | None:
    """``Reuters quotes a source as saying that …``: the clause after "as saying"."""
    found = _quoted_as_saying(text, toks)
    if found is None or found[1] + 2 >= len(toks):
        return None
    start = found[1] + 2
    if toks[start].lower in _THAT and start + 1 < len(toks):
        start += 1
    clause_start = toks[start].start
    clause = _trim_clause(text, clause_start, _barrier(barriers, starts, clause_start, hi))
    return _make(text, clause, toks, found, "as saying", 0.7)


def _quoted_as_saying(text: str, tail: list[Token]) -> tuple[int, int] | None:
    """``TASS quotes a source in the ministry as saying``: the one quoted is the speaker."""
    for k, token in enumerate(tail[:-2]):
        if token.lower in _QUOTING:
            for j in range(k + 2, len(tail) - 1):
                if tail[j].lower == "as" and tail[j + 1].lower == "saying":
                    return (k + 1, j)
            return None
    return None


def _make(
    text: str, clause: tuple[int, int] | None, toks: list[Token], rng: tuple[int, int],
    cue: str, confidence: float, shaped: bool = False,
) -> Candidate | None:
    """The candidate; ``shaped`` says the caller has already checked the subject's shape."""
    if clause is None or not (shaped or _subject_shape(toks, rng, cue)):
        return None
    m_start, m_end = toks[rng[0]].start, toks[rng[1] - 1].end
    if toks[rng[1] - 1].text.endswith(("’s", "'s")):
        m_end -= 2
    if m_start < clause[1] and clause[0] < m_end:
        return None
    return Candidate(
        span=Span(*clause), kind="indirect", confidence=confidence,
        mention=Span(m_start, m_end),
        cue=cue, mention_confidence=confidence,
    )


# A subject noun phrase holds no finite or modal verb and no object pronoun: a phrase that
# does ("This guide will help you see", "That being said", "speed you") is two phrases or a
# clause, not a speaker.
_NOT_IN_SUBJECT = frozenset(
    {"will", "would", "can", "could", "may", "might", "must", "should", "shall", "being", "been",
     "is", "are", "was", "were", "am", "be", "has", "have", "had", "do", "does", "did", "let",
     "lets", "you", "your", "them", "him", "me", "us", "i", "we", "they", "he", "she"}
)
# Words that leave a phrase open: its head is still to come, so the "cue" after them is a noun.
_OPEN_ENDS = frozenset({"the", "a", "an", "your", "my", "our", "their", "his", "her", "its", "and",
                        "or"})
# Linking words after which a pronoun stays inside the phrase ("a source close to him").
_PRONOUN_LINKS = frozenset({"to", "of", "for", "with", "by", "near", "around", "like"})
# "I’m", "we’re", "you’ll": a pronoun fused with "am/are/will" is the writer's own voice or an
# address to the reader ("I’m reminded", "I’ll describe in my next post"), not a report of what
# was said; a perfect or a "would" ("I’ve suggested", "I’d add", like "he’s said") is a subject
# and its auxiliary.
_CONTRACTED = re.compile(r"(?:i|we|you|they)['’](?:m|ll|re)\Z")
_PERFECT = re.compile(r"(?:i|we|you)['’]ve\Z")
_FUSED = re.compile(r"(?:i|we|you|they|he|she)['’]d\Z")
# Verbs of instruction that open a sentence as an imperative ("View plans", "Please note",
# "Want to see …?"), capitalised only because they stand first.
_IMPERATIVES = frozenset(
    {"view", "see", "click", "read", "watch", "call", "sign", "please", "want", "need",
     "remember", "note", "try", "use", "get", "make", "take", "find", "check", "learn", "keep",
     "consider", "choose", "follow", "shop", "buy", "download", "subscribe", "join", "discover",
     "explore", "compare", "visit", "contact", "integrate", "figure", "dive", "avoid", "look",
     "save", "share", "enter", "select", "create", "don't", "don’t", "needless", "imagine",
     "think", "tell", "ask", "add", "go", "stay", "pick", "listen", "start", "stop"}
)
# Plural heads without an "-s" ("People say", "Police believe").
_PLURAL_HEADS = frozenset({"people", "police", "men", "women", "children", "staff", "media",
                           "data", "public", "youth", "personnel", "clergy", "crew", "cattle",
                           "folks", "faculty"})
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
_QUANTITIES = frozenset({"percent", "majority", "minority", "number", "lot", "third", "half",
                         "quarter", "fraction", "handful", "couple", "bunch", "group", "pair",
                         "dozen", "host", "range", "variety", "set", "series", "team", "panel"})
_SINGULAR_DETERMINERS = frozenset({"a", "an", "another", "one", "each", "every", "this"})
# Words that stand for a plural subject by themselves ("Most believe", "Some say", "You know").
_PLURAL_WORDS = lx.DETERMINERS | frozenset(lx.PRONOUNS) | frozenset(
    {"you", "others", "few", "all", "both", "several", "many", "some", "most"}
)


def _base_form(cue: str) -> bool:
    """``say``, ``stress``, ``add``: the plural / non-third-person present of a cue verb."""
    if cue.endswith(("ed", "ing")) or cue == "read":
        return False
    return cue + "s" in _ALL_VERBS or cue + "es" in _ALL_VERBS or (
        cue.endswith("y") and cue[:-1] + "ies" in _ALL_VERBS
    )


_ALL_VERBS = lx.CUE_VERBS | lx.REPORT_VERBS


def _subject_shape(toks: list[Token], rng: tuple[int, int], cue: str) -> bool:
    """Whether ``toks[rng]`` has the shape of the subject of the cue verb ``cue``."""
    a, b = rng
    words = list(map(_LOWER, toks[a:b]))
    if any(map(_CONTRACTED.match, words)):
        return False
    if cue not in SAY_CUES and any(map(_PERFECT.match, words)):
        return False  # "I’ve written about …", "we’ve spoken at …": the writer's own doings
    if len(words) > 1 and cue != "according to" and words[-1] in _OPEN_ENDS:
        return False  # "The complexity of your projects": the head noun is still to come
    checked = len(words) if cue != "according to" and not _NOT_IN_SUBJECT.isdisjoint(
        words[1:]
    ) else 0  # (most subjects hold none of those words: one set operation tells)
    for n in range(1, checked):
        if words[n] in _NOT_IN_SUBJECT and words[n - 1] not in _PRONOUN_LINKS and (
            not toks[a + n].capitalised
        ):  # ("Yin Myint May", "Chairman Will Rogers": names)
            return False
    if a > 0:
        return True  # (mid-sentence, "led Priebus to declare", "critics like Huffman say")
    if words[0] in _IMPERATIVES:
        return False  # "View plans", "Please note …": an instruction to the reader
    if b + 1 < len(toks) and toks[b].lower == "to" and toks[b + 1].lower == cue:
        return False  # "Needless to say", "Want to see": an infinitive has no subject
    if b < len(toks) and toks[b].lower == cue and _base_form(cue) and not any(
        w in _PRONOUN_LINKS or w in ("and", "&", "both", "in", "at", "from") for w in words
    ):  # ("Aides to Clinton say": the head stands before the link)
        last = toks[b - 1]
        if toks[b].text.isupper():
            return True  # (a line in capitals: capitalisation tells nothing)
        if any(w in _QUANTITIES or w[:1].isdigit() for w in words):
            return True  # ("A mere 9 percent say": a quantity of people)
        if words[0] in _SINGULAR_DETERMINERS and b - a > 1:
            return False  # "An agent explain", "A final note": the cue is the head noun
        if words[0] in lx.DETERMINERS:
            return True
        if _FUSED.match(last.lower):
            return True  # ("I'd add": the modal in the pronoun takes the base form)
        if last.lower in _SINGULAR_PRONOUNS or (
            last.capitalised and not last.lower.endswith("s") and last.lower not in _PLURAL_HEADS
            and last.lower not in _PLURAL_WORDS
        ):
            return False  # "Music stress relief", "Remember maintain": no agreement, no clause
    return True
