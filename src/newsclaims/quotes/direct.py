"""Attribution of quotation-mark quotes: which mention, by which cue, and what kind of quote.

Looked at in this order for each quotation: the words right after the closing mark
(``,” Aliyev said`` / ``,” said the minister`` / ``” -Name, Title``), then the words of its sentence
before the opening mark (``Aliyev said: “`` / ``Aliyev: “`` / ``…, saying, “``). A quotation
introduced as someone else's words (``recalled the exact quote from Lavrov’s interview: “``)
is a nested quote of that someone. Quotes with no attribution of their own borrow one from a
quotation of the same paragraph, or (at the start of a paragraph) inherit the previous speaker.
"""

from __future__ import annotations

import bisect
from itertools import repeat

import attrs

from newsclaims.model import Span
from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.base import Candidate
from newsclaims.quotes.marks import MarkedQuote
from newsclaims.quotes.mentions import (
    coordinated_subject,
    is_cue,
    is_pronoun,
    np_word,
    subject_after,
    subject_before,
    subject_from_start,
)
from newsclaims.quotes.textutil import Token, tokens

_WINDOW = 240
_QUOTE_NOUNS = frozenset(
    [
        "quote", "quotes", "quotation", "words", "remarks", "comments", "statement", "statements",
        "interview", "interviews", "tweet", "tweets", "letter", "message", "post", "speech",
        "address", "testimony", "phrase", "line", "remark", "comment", "worte", "aussage",
        "interview", "zitat",
    ]
)
_CITING = frozenset({"citing", "quoting", "quoted", "cited", "zitierte", "zitiert"})
_MARKS_AND_SPACE = " \t\n\"“”„‟«»‹›‘’'`"
_SPEECH_END = ".?!…,;:-–—"
_DASHES = "-‐‒–—―−~"
_NOMINATIVE = frozenset({"the", "a", "an", "der", "die", "das", "ein", "eine"})
_OBLIQUE = frozenset({"den", "dem", "des", "einen", "einem", "eines", "im", "am", "zum", "zur",
                      "vom", "beim", "ins", "in", "an", "auf", "mit", "von", "bei", "nach", "aus",
                      "für", "über", "unter", "vor", "zu", "of", "on", "at", "for", "from",
                      "with", "by", "to", "into", "here’s", "here's", "there’s", "there's"})
# Cues whose object is the one addressed: "X told Y: “…”" is X's quote, never Y's.
_ADDRESSING = frozenset({"told", "tell", "tells", "telling", "asked", "asks", "asking",
                         "informed", "informs", "assured", "assures", "reminded", "reminds",
                         "urged", "urges", "warned", "warns"})
_AUXILIARIES = frozenset({"has", "had", "have", "is", "was", "will", "would", "hat", "hatte",
                          "habe", "ist", "war", "wird", "wurde", "also", "auch"})


@attrs.frozen
class Attribution:
    mention: tuple[int, int] | None  # character range of the mention
    cue: str | None
    confidence: float
    nested_of: tuple[int, int] | None = None  # mention of the original speaker being cited


def _token_range(toks: list[Token], rng: tuple[int, int]) -> tuple[int, int]:
    start, end = toks[rng[0]].start, toks[rng[1] - 1].end
    return start, _strip_possessive_end(toks[rng[1] - 1], end)


def _strip_possessive_end(token: Token, end: int) -> int:
    if token.text.endswith(("’s", "'s")) and len(token.text) > 2:
        return end - 2
    return end


def right_attribution(text: str, close_end: int, limit: int) -> Attribution | None:
    """An attribution in the words right after a closing mark."""
    i = close_end
    hi = min(limit, close_end + _WINDOW)
    while i < hi and (text[i] in " \t," or text[i].isspace()):
        i += 1
    if i < hi and text[i] in _DASHES:
        # Press-release trailer: "…" -Jane Doe, Mayor of Springfield
        j = i
        while j < hi and (text[j] in _DASHES or text[j].isspace()):
            j += 1
        toks = tokens(text, j, hi)
        if toks and toks[0].capitalised:
            rng = subject_after(text, toks, 0)
            if rng is not None and not is_pronoun(toks[rng[0]]):
                return Attribution(_token_range(toks, rng), None, 0.7)
        return None
    toks = _sentence_tokens(text, i, hi)
    if not toks or toks[0].start != i:
        return None
    first = toks[0]
    if first.lower in _CONTRASTING:
        return None  # "saying, “…,” but he denied that …": a new clause, not an attribution
    if first.capitalised and _ends_sentence(text, close_end) and (
        not _name_then_cue(toks) or _introduces_next(text, toks, hi) or _reports_clause(text, toks)
    ):
        # A new sentence starts after the quote (or "He added:" opens the next, or "He says
        # not acting would be wrong." reports a clause of its own).
        return None
    if first.capitalised and _ends_sentence(text, close_end, "?!") and not any(
        text[toks[n - 1].end : toks[n].start].strip() for n in range(1, min(4, len(toks)))
    ) and (_introduces_next(text, toks, hi) or _reports_clause(text, toks)):
        # After a question or an exclamation, "Mills then writes back, “…”" or "Her critics
        # cited it as evidence" is a sentence of its own ("“Why?” Mills asked." is not).
        return None
    end = is_cue(toks, 0) if first.lower not in lx.PARTICIPLE_CUES else 0
    if end:
        rng = subject_after(text, toks, end) or _closing_phrase(text, toks, end) or (
            _standalone_end(text, toks, end)
        )
        if rng is not None and rng[0] == end:
            return Attribution(_token_range(toks, rng), first.lower, 0.9)
        return None
    if first.lower == "so" and len(toks) > 1 and (toks[1].capitalised or toks[1].lower in
                                                    lx.DETERMINERS):
        rng = subject_after(text, toks, 1)
        if rng is not None:
            return Attribution(_token_range(toks, rng), "so", 0.8)
    if first.lower == "according" and len(toks) > 2 and toks[1].lower == "to":
        rng = subject_after(text, toks, 2)
        if rng is not None:
            return Attribution(_token_range(toks, rng), "according to", 0.85)
    unknown = _unknown_speech_verb(text, toks)
    if unknown is not None:
        return unknown
    for k in range(1, min(len(toks), 26)):
        end = is_cue(toks, k)
        if not end:
            continue
        rng = subject_before(text, toks, k) if k < 12 else None
        if rng is not None and 0 < rng[0] <= 2 and all(
            not text[toks[n - 1].end : toks[n].start].strip() for n in range(1, rng[0] + 1)
        ) and not any(t.lower in lx.NP_STOPWORDS or t.capitalised for t in toks[: rng[0]]):
            rng = (0, rng[1])  # "utility chief Dana Reyes said"
        if rng is not None and rng[0] == 0:
            return Attribution(_token_range(toks, rng), toks[k].lower, 0.9)
        if rng is not None and 0 < rng[0] < 9 and rng[1] - rng[0] >= 2 and text[
            toks[rng[0] - 1].end : toks[rng[0]].start
        ].strip() == "," and all(
            not text[toks[n - 1].end : toks[n].start].strip() for n in range(1, rng[0])
        ):
            # "Google's chief executive, Laszlo Bock, told": a description, then the name.
            return Attribution(_token_range(toks, rng), toks[k].lower, 0.85)
        if rng is not None and 0 < rng[0] < 9 and not toks[0].capitalised and text[
            toks[rng[0] - 1].end : toks[rng[0]].start
        ].strip() == "," and (is_pronoun(toks[rng[0]]) or toks[rng[1] - 1].capitalised):
            # "“The politics are blatant” in the legislature, he said": the quoted sentence
            # goes on past the mark, then its attribution.
            return Attribution(_token_range(toks, rng), toks[k].lower, 0.8)
        clean = all(not text[toks[n - 1].end : toks[n].start].strip() for n in range(1, k))
        if clean and (k <= 6 or (k <= 10 and _description(toks, k))) and (
            toks[0].lower in lx.DETERMINERS or toks[0].capitalised
        ):
            # Right after a quote, "the gambling tycoon told" is a subject whatever its words.
            end = _before_adverbs(toks, k)
            return Attribution(_token_range(toks, (0, end)), toks[k].lower, 0.8)
        head = subject_after(text, toks, 0)
        if head is not None and head[1] < k and k <= 24 and _comma_after(text, toks, head[1], k):
            # "Jeff Weaver, Sanders’ campaign manager, said": the name right after the quote.
            return Attribution(_token_range(toks, head), toks[k].lower, 0.8)
        named = _name_before_of(text, toks, rng) if rng is not None else None
        if named is not None and named[0] == 0:
            return Attribution(_token_range(toks, named), toks[k].lower, 0.8)
        return None
    return None


_OF_PHRASE = frozenset({"of", "the", "for", "and", "at", "on"})


def _name_before_of(
    text: str, toks: list[Token], rng: tuple[int, int]
) -> tuple[int, int] | None:
    """``James Peth of the American Enterprise Institute wrote``: the subject before the cue is
    an institution named after "of"; the person named before "of" is the speaker."""
    a = rng[0]
    while a > 0 and rng[1] - a < 12 and (toks[a - 1].capitalised or toks[a - 1].lower in (
        _OF_PHRASE
    ) or toks[a - 1].text.endswith(("’s", "'s"))) and not text[
        toks[a - 1].end : toks[a].start
    ].strip():
        a -= 1
    of_at = next((n for n in range(a, rng[1]) if toks[n].lower == "of"), None)
    if of_at is None or of_at == a:
        return None
    head = toks[of_at - 1]
    base = head.lower.rstrip(".")
    if not head.capitalised or base in lx.TITLE_WORDS or base in lx.ORG_NOUNS or (
        base in lx.NATIONALITIES or base in lx.NOT_NAMES
    ) or not any(t.capitalised for t in toks[a:of_at]):
        return None  # "Secretary of State", "the Department of Justice": one title or name
    while a < of_at and toks[a].lower in ("and", "the", "for", "at", "on"):
        a += 1
    return (a, of_at) if of_at - a >= 2 or toks[a].lower not in lx.DETERMINERS else None


def _before_relative(text: str, toks: list[Token], cue_at: int) -> tuple[int, int] | None:
    """``A Warren adviser, who spoke on condition of anonymity, said …``: the subject is the
    person before the relative clause that separates it from the cue."""
    for w in range(cue_at - 2, max(0, cue_at - 16), -1):
        if toks[w].lower != "who":
            continue
        b = w
        a = w - 1
        while a > 0 and b - a < 7 and np_word(toks[a - 1]) and not text[
            toks[a - 1].end : toks[a].start
        ].strip():
            a -= 1
        while a < b - 1 and toks[a].lower in lx.LEADING_FILLERS:
            a += 1
        head = toks[b - 1]
        if np_word(head) and (head.capitalised or head.lower in lx.PERSON_NOUNS) and (
            a == 0 or text[toks[a - 1].end : toks[a].start].strip() in (",", "(", "—", "–")
            or toks[a - 1].lower in lx.LEADING_FILLERS
        ):
            return (a, b)
        return None
    return None


def _description(toks: list[Token], k: int) -> bool:
    """``the independent Vermont senator and Democratic presidential candidate``: a long
    titled description of one person, with no word that would start another phrase."""
    return toks[0].lower in ("the", "a", "an") and any(
        t.lower in lx.PERSON_NOUNS or t.lower.rstrip(".") in lx.TITLE_WORDS for t in toks[1:k]
    ) and all(t.lower in ("and", "of") or (
        t.lower not in lx.NP_STOPWORDS and t.lower not in lx.CUE_VERBS
    ) for t in toks[1:k])


def _person_with_phrase(
    text: str, toks: list[Token], rng: tuple[int, int]
) -> tuple[int, int] | None:
    """``the spokesman for the ministry said``: a person noun before the phrase."""
    p = rng[0] - 1
    if p < 1 or toks[p].lower not in ("of", "for", "at", "with", "from") or (
        toks[p - 1].lower not in lx.PERSON_NOUNS
    ):
        return None
    a = p - 1
    while a > 0 and p - a < 5 and np_word(toks[a - 1]) and not text[
        toks[a - 1].end : toks[a].start
    ].strip():
        a -= 1
    if a > 0 and toks[a - 1].lower in lx.DETERMINERS and not text[
        toks[a - 1].end : toks[a].start
    ].strip():
        a -= 1
    return (a, rng[1]) if toks[a].lower in lx.DETERMINERS or toks[a].capitalised else None


def _opening_name(text: str, toks: list[Token], cue_at: int) -> tuple[int, int] | None:
    head = subject_after(text, toks, 0)
    if head is None or head[0] != 0 or head[1] >= cue_at or head[1] - head[0] < 2 or not all(
        t.capitalised for t in toks[head[0] : head[1]]
    ) or text[toks[head[1] - 1].end : toks[head[1]].start].strip() != ",":
        return None
    if any(is_cue(toks, k) for k in range(head[1], cue_at)):
        return None
    return head


def _comma_after(text: str, toks: list[Token], end: int, limit: int) -> bool:
    """A comma after ``toks[end - 1]``, or after a parenthesis there ("Rep. Jim Ode (R-Ohio),")."""
    gap = text[toks[end - 1].end : toks[end].start].strip()
    if gap == ",":
        return True
    if gap != "(":
        return False
    for n in range(end + 1, min(limit, end + 5)):
        closing = text[toks[n - 1].end : toks[n].start]
        if ")" in closing:
            return closing.replace(" ", "").lstrip(".") == "),"
    return False


def _signed_below(
    text: str, close_end: int, p_hi: int, following: tuple[int, int]
) -> Attribution | None:
    """A quotation ending its paragraph, signed in the next one: ``“…”`` then ``- Sanders.``"""
    lo, hi = following
    while lo < hi and text[lo].isspace():
        lo += 1
    if lo >= hi or text[lo] not in _DASHES or text[close_end:p_hi].strip():
        return None
    return right_attribution(text, lo, hi)


def _closing_phrase(text: str, toks: list[Token], start: int) -> tuple[int, int] | None:
    """``wrote one commenter.``: after an inverted cue, a determiner phrase of up to seven
    words ending the sentence is the speaker whatever its nouns (no list knows them all)."""
    if start >= len(toks) or toks[start].lower not in lx.DETERMINERS:
        return None
    end = start + 1
    while end < len(toks) and end - start <= 7 and not toks[end].capitalised and (
        not text[toks[end - 1].end : toks[end].start].strip()
    ) and toks[end].lower not in lx.NP_STOPWORDS and toks[end].lower not in lx.CUE_VERBS:
        end += 1
    if end - start < 2 or end - start > 7:
        return None
    rest = text[toks[end - 1].end : toks[end].start if end < len(toks) else toks[end - 1].end + 2]
    # (Not before a quotation mark: "saying the city embodied the “…”" is no phrase of its own.)
    return (start, end) if rest.strip()[:1] in (",", ".", ";", "") else None


_STANDALONE_SPEAKERS = frozenset({"another", "one", "others", "some", "many", "several"})


def _standalone_end(text: str, toks: list[Token], start: int) -> tuple[int, int] | None:
    """``tweeted another.``, ``said one,``: after an inverted cue, a pronoun-like word alone."""
    if start >= len(toks) or toks[start].lower not in _STANDALONE_SPEAKERS:
        return None
    rest = text[toks[start].end : toks[start + 1].start] if start + 1 < len(toks) else (
        text[toks[start].end : toks[start].end + 1]
    )
    return (start, start + 1) if rest.strip()[:1] in (",", ".", ";") else None


def _speech_verb_shape(token: Token) -> bool:
    # A past-tense verb we do not list ("scoffed", "gloated", "pressed").
    word = token.lower
    return not token.capitalised and len(word) > 4 and word.endswith("ed") and (
        word not in lx.NP_STOPWORDS
    )


def _unknown_speech_verb(text: str, toks: list[Token]) -> Attribution | None:
    """Right after a closing mark, ``scoffed Arianna Gil`` / ``Hannity pressed``: any
    past-tense verb next to a name is the cue, whether or not the cue list knows it."""
    if _speech_verb_shape(toks[0]) and len(toks) > 1 and (
        toks[1].capitalised or toks[1].lower in lx.DETERMINERS
    ) and not text[toks[0].end : toks[1].start].strip():
        rng = subject_after(text, toks, 1)
        if rng is not None and rng[0] == 1:
            return Attribution(_token_range(toks, rng), toks[0].lower, 0.7)
    for k in range(1, min(len(toks), 5)):
        if not _speech_verb_shape(toks[k]):
            continue
        after = toks[k + 1].lower if k + 1 < len(toks) else ""
        if after and after not in ("in", "on", "at", "to", "with", "during", "after", "as",
                                   "before", "while", "when", "back", "again", "from"):
            return None
        rng = subject_before(text, toks, k)
        if rng is not None and 0 < rng[0] < k and toks[0].lower in lx.DETERMINERS and (
            toks[rng[1] - 1].capitalised
        ) and all(not text[toks[n - 1].end : toks[n].start].strip() for n in range(1, k)):
            rng = (0, rng[1])  # "an angry Hollande retaliated": adjectives before the name
        if rng is not None and rng[0] == 0 and (
            toks[rng[1] - 1].capitalised or is_pronoun(toks[rng[1] - 1])
            or toks[rng[1] - 1].lower in lx.PERSON_NOUNS  # "the nominee riffed on"
        ):
            return Attribution(_token_range(toks, rng), toks[k].lower, 0.7)
        return None
    return None


def _unknown_verb_lead(text: str, toks: list[Token]) -> Attribution | None:
    """``During the debate, Hillary Clinton cracked, “…”``: a past-tense verb no list knows,
    right after the name or pronoun opening its clause, then the comma before the quotation."""
    last = len(toks) - 1
    if last < 1 or not _speech_verb_shape(toks[last]):
        return None
    rng = subject_before(text, toks, last)
    if rng is None or rng[1] != last or not (
        toks[rng[1] - 1].capitalised or is_pronoun(toks[rng[1] - 1])
    ) or toks[rng[1] - 1].lower in ("it", "es"):
        return None
    if rng[0] > 0 and not any(
        ch in ",;-–—(" for ch in text[toks[rng[0] - 1].end : toks[rng[0]].start]
    ):
        return None  # "After Trump finished, “…”": a subordinate clause's subject
    return Attribution(_token_range(toks, rng), toks[last].lower, 0.6)


def _message_lead(text: str, toks: list[Token]) -> Attribution | None:
    """``Trump issued a statement, “…”``, ``When Ames used the words, “…”``: the subject of a
    lead-in ending in the message it gives."""
    if len(toks) < 3 or toks[-1].lower not in _MESSAGE_NOUNS or not any(
        t.lower in _NOUN_DETERMINERS for t in toks[-4:-1]
    ):
        return None
    rng = _opening_subject(text, toks)
    return Attribution(_token_range(toks, rng), None, 0.6) if rng is not None else None


def _ends_sentence(text: str, close_end: int, stops: str = ".") -> bool:
    j = close_end - 1
    while j > 0 and (text[j] in "\"“”„‟«»‹›‘’'`" or text[j].isspace()):
        j -= 1
    return j >= 0 and text[j] in stops


def _introduces_next(text: str, toks: list[Token], hi: int) -> bool:
    """``“…” He added: “…”`` — a cue clause ending in a colon, or in a comma before an
    opening mark, belongs to the quotation after it."""
    for k in range(1, min(4, len(toks))):
        end = is_cue(toks, k)
        if not end:
            continue
        j = toks[end - 1].end
        while j < hi and text[j] == " ":
            j += 1
        if j < hi and text[j] == ":":
            return True
        if j < hi and text[j] == ",":
            j += 1
            while j < hi and text[j] == " ":
                j += 1
            # (``hi`` may be the next quotation's opening mark itself.)
            return j < len(text) and text[j] in _OPENING_MARKS
        return False
    return False


_OPENING_MARKS = frozenset("\"“„«»‘'`")
_CONTRASTING = frozenset({"but", "although", "though", "whereas", "yet", "aber", "doch"})


# What may follow the cue of an attribution: a time, a place, a manner, a medium.
_ATTRIBUTION_TAIL = frozenset({"in", "on", "at", "during", "after", "before", "while", "when",
                               "with", "of", "to", "from", "about", "as", "last", "this",
                               "yesterday", "today", "tonight", "recently", "afterwards", "aloud",
                               "and", "but", "via", "through", "over", "into", "for"})


def _reports_clause(text: str, toks: list[Token]) -> bool:
    """``He says not enacting the law is wrong.``: after the cue of a saying verb, a clause."""
    for k in range(1, min(4, len(toks))):
        end = is_cue(toks, k)
        if not end:
            continue
        if end >= len(toks) or text[toks[end - 1].end : toks[end].start].strip():
            return False  # ("Dawson shouted, shorthand for …": a comment set off by a comma)
        word = toks[end].lower
        if word in ("that", "dass"):
            return True
        return toks[k].lower not in _ADDRESSING and word not in _ATTRIBUTION_TAIL and (
            word not in lx.ADVERBS and word not in lx.DAYS_MONTHS and not word.endswith("ly")
        )
    return False


def _name_then_cue(toks: list[Token]) -> bool:
    for k in range(1, min(4, len(toks))):
        if is_cue(toks, k):
            return all(t.capitalised for t in toks[:k])
    return False


def _before_adverbs(toks: list[Token], k: int) -> int:
    while k > 1 and toks[k - 1].lower in lx.ADVERBS:
        k -= 1
    return k


def _sentence_tokens(text: str, lo: int, hi: int) -> list[Token]:
    toks = tokens(text, lo, hi)
    for n in range(1, len(toks)):
        gap = text[toks[n - 1].end : toks[n].start]
        # (Most gaps are one space: skip the character test for them.)
        if gap != " " and any(ch in ".?!\n“”\"«»„" for ch in gap) and not gap.lstrip(
            "."
        ).startswith((",", ";", ")")):
            return toks[:n]  # (".," / ".)" close an abbreviation: "McConnell, R-Ky., said")
    return toks


def left_attribution(
    text: str, sentence_start: int, open_start: int
) -> tuple[Attribution | None, str]:
    """An attribution in the words before an opening mark, and how the lead-in ends.

    The second value is ``":"``, ``","``, ``"that"``, ``"start"`` (nothing before the mark) or
    ``"word"`` (the quote is embedded in the sentence).
    """
    lead = text[sentence_start:open_start].rstrip()
    if not lead:
        return None, "start"
    last = lead[-1]
    toks = tokens(text, sentence_start, sentence_start + len(lead))
    if not toks:
        return None, "start" if last not in ":," else last
    ending = last if last in ":," else "word"
    if ending == "word" and toks[-1].lower in ("that", "dass", "as"):
        ending = "that"
    if ending == "word" and last in "([—–-":
        ending = ","
    cue_at = -1
    for k in range(len(toks) - 1, -1, -1):
        if is_cue(toks, k) and not (k > 0 and _noun_use(text, toks, k)):
            cue_at = k  # (not "in a written statement," / "in his remarks")
            break
        if toks[k].lower == "according" and k + 1 < len(toks) and toks[k + 1].lower == "to":
            cue_at = k
            break
    if cue_at < 0:
        for k in range(len(toks) - 1, -1, -1):
            source = _source_phrase(text, toks, k) if toks[k].lower in _SOURCE_WORDS else None
            if source is not None:
                return source, ending
        if ending == ":":
            return _colon_mention(text, toks), ending
        if ending == ",":
            return _unknown_verb_lead(text, toks) or _message_lead(text, toks), ending
        return None, ending
    cue_word = toks[cue_at].lower
    if cue_at > 0 and cue_at + 2 < len(toks) and toks[cue_at + 1].lower == "by" and (
        toks[cue_at - 1].lower in _PASSIVE
    ):
        # "Ortiz was asked by host Bill Maher," (and a relative clause on the host may follow)
        agent = subject_after(text, toks, cue_at + 2)
        if agent is not None and agent[0] == cue_at + 2 and (
            agent[1] == len(toks) or text[toks[agent[1] - 1].end : toks[agent[1]].start].strip()
        ):
            return Attribution(_token_range(toks, agent), cue_word, 0.8), ending
    if ending == "," and len(toks) - cue_at > 12 and cue_at > 0:
        return None, ending
    nested = _cited_speaker(text, toks, cue_at) if ending == ":" else None
    if cue_word == "according":
        rng = subject_after(text, toks, cue_at + 2)
        if rng is None:
            return None, ending
        return Attribution(_token_range(toks, rng), "according to", 0.8), ending
    rng = None
    after = is_cue(toks, cue_at)
    if cue_at == 0 and after < len(toks) and cue_word not in lx.PARTICIPLE_CUES:
        rng = subject_after(text, toks, after)  # "Said Dorothy Poynter, who …, “…”"
    if rng is None and after < len(toks) and after == cue_at + 1 and (
        toks[after].capitalised or toks[after].lower in lx.DETERMINERS
    ) and (cue_word not in _ADDRESSING or cue_at == 0):
        # ("told Breitbart News:" names who was told, not who spoke)
        inverted = subject_after(text, toks, after)
        if inverted is not None and inverted[1] == len(toks):
            rng = inverted
    if rng is None and cue_word in lx.PARTICIPLE_CUES:
        near = subject_before(text, toks, cue_at)
        if near is not None and near[1] >= cue_at - 2 and (
            toks[near[1] - 1].capitalised or is_pronoun(toks[near[1] - 1])
        ) and near[0] > 0 and toks[near[0] - 1].lower in ("with", "and", "as"):
            rng = near  # "with Trump reportedly yelling:"
        else:
            rng = _earlier_cue_subject(text, toks, cue_at) or subject_from_start(
                text, toks, cue_at
            )
    if rng is None and cue_at > 0 and toks[cue_at - 1].lower in ("and", "und"):
        # "He … and joked, “…”", "When asked …, he laughed and said, “…”"
        rng = coordinated_subject(text, toks, cue_at - 1) or subject_from_start(
            text, toks, cue_at - 1
        )
    if rng is None:
        rng = subject_before(text, toks, cue_at)
        if rng is not None and (toks[rng[0]].lower in _OBLIQUE or (
            rng[0] > 0 and toks[rng[0] - 1].lower in _OBLIQUE
        )):
            # "In einem Interview äußerte sich X": the noun of a phrase, not X; but "Archbishop
            # Aris Shir of the Armenian Patriarchate told": the name before "of", and "Sam Lau,
            # the director for the Iowa party said": the name opening the sentence.
            rng = _name_before_of(text, toks, rng) or _opening_name(
                text, toks, cue_at
            ) or _person_with_phrase(text, toks, rng)
    if (rng is None or toks[rng[0]].lower in lx.NP_STOPWORDS) and cue_word not in (
        lx.PARTICIPLE_CUES
    ):
        rng = _before_relative(text, toks, cue_at) or rng
    if rng is None and after < len(toks) and cue_word not in lx.PARTICIPLE_CUES:
        # Verb-second order ("Dazu gab das Ministerium bekannt:", "äußerte sich X:").
        start = after + 1 if toks[after].lower == "sich" and after + 1 < len(toks) else after
        inverted = subject_after(text, toks, start)
        if inverted is not None and inverted[0] == start:
            rng = inverted
    if rng is None:
        if ending == ":" and cue_word not in lx.PARTICIPLE_CUES:
            return _colon_mention(text, toks), ending
        return None, ending
    confidence = 0.85 if ending in ":," else 0.6
    return Attribution(_token_range(toks, rng), cue_word, confidence, nested), ending


def _earlier_cue_subject(text: str, toks: list[Token], cue_at: int) -> tuple[int, int] | None:
    """``a top GOP strategist said Clinton must choose, saying:`` — a participle's subject is
    the subject of the finite cue before it, wherever the sentence starts."""
    for k in range(cue_at - 1, 0, -1):
        if toks[k].lower in lx.PARTICIPLE_CUES or not is_cue(toks, k) or _noun_use(text, toks, k):
            continue
        rng = subject_before(text, toks, k)
        if rng is not None and (toks[rng[0]].capitalised or is_pronoun(toks[rng[0]])
                                or toks[rng[0]].lower in lx.DETERMINERS):
            return rng
        return None
    return None


# Articles and possessives: what follows them is a noun phrase ("a written statement"), unlike
# "Another wrote" or "That said".
_NOUN_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my",
                               "your"})


def _noun_use(text: str, toks: list[Token], k: int) -> bool:
    """``Sanders’ comments``, ``a Twitter comment``: a cue word used as a noun."""
    before = toks[k - 1]
    if before.lower in lx.PRONOUN_HAS:
        return False  # "he's said"
    if before.lower in _NOUN_DETERMINERS or before.text.endswith(("’s", "'s")) or text[
        before.end : toks[k].start
    ].strip() in ("’", "'"):
        return True
    word = toks[k].lower
    return k > 1 and toks[k - 2].lower in ("a", "an") and not word.endswith(
        ("s", "ed", "ing")
    ) and text[before.end : toks[k].start] == " "


def _colon_mention(text: str, toks: list[Token]) -> Attribution | None:
    # "Aliyev: “…”", "PENCE: …", "And from the minister: …"
    for k in range(len(toks) - 1, max(-1, len(toks) - 8), -1):
        if toks[k].lower in ("from", "von"):
            rng = subject_after(text, toks, k + 1)
            if rng is not None and rng[1] + 1 < len(toks) and toks[rng[1]].lower in ("and", "und"):
                other = subject_after(text, toks, rng[1] + 1)  # "More from Blumenthal and Cohen:"
                rng = (rng[0], other[1]) if other is not None else rng
            if rng is not None and rng[1] == len(toks):
                return Attribution(_token_range(toks, rng), None, 0.7)
            break
    colon = Token(":", toks[-1].end, toks[-1].end, ":")
    rng = subject_before(text, [*toks, colon], len(toks))
    if rng is None and _speech_verb_shape(toks[-1]) and len(toks) > 1:
        rng = subject_before(text, toks, len(toks) - 1)  # "Mr. Christie gloated:"
    if rng is not None and len(toks) - rng[0] <= 6 and (rng[0] == 0 or any(
        ch in ",-–—" for ch in text[toks[rng[0] - 1].end : toks[rng[0]].start]
    ) or toks[rng[0] - 1].lower == "by" or all(  # (a passive's agent: "shown by this finding:")
        t.lower in lx.LEADING_FILLERS for t in toks[: rng[0]]
    )) and (
        toks[rng[1] - 1].lower not in _MESSAGE_NOUNS or rng[1] - rng[0] == 1
        or toks[rng[0]].lower not in _OWNED_OR_INDEFINITE
    ):
        return Attribution(_token_range(toks, rng), None, 0.7)
    return _lead_subject(text, toks) or _document_subject(text, toks)


def _document_subject(text: str, toks: list[Token]) -> Attribution | None:
    """``Article 33 affirms:``, ``Hoff’s letter makes the case:``, ``One tweet said:``: a
    short noun phrase opening the lead-in, then its verb (the word lists know neither)."""
    a = 0
    while a < len(toks) and toks[a].lower in lx.LEADING_FILLERS:
        a += 1
    if a >= len(toks) - 1 or not (toks[a].capitalised or toks[a].lower in lx.DETERMINERS):
        return None
    for k in range(a + 1, min(len(toks), a + 7)):
        if text[toks[k - 1].end : toks[k].start].strip():
            return None  # punctuation before any verb: not this shape
        word = toks[k].lower
        if toks[k].capitalised or word in lx.NP_STOPWORDS or word.isdigit():
            continue
        verb = toks[k - 1].lower not in lx.DETERMINERS and (is_cue(toks, k) or (
            word in _AUXILIARIES
        ) or (len(word) > 3 and word.endswith("s") and not word.endswith("ss")))
        if verb:
            return Attribution(_token_range(toks, (a, k)), None, 0.45) if k - a >= 2 else None
    return None


# "… with a simple message:", "… in its findings:": what is said, not who says it (but "this
# finding:" / "the report:" points at a document as the source).
_OWNED_OR_INDEFINITE = frozenset({"a", "an", "its", "his", "her", "their", "our", "one"})
_MESSAGE_NOUNS = _QUOTE_NOUNS | frozenset(
    {"message", "messages", "proclamation", "findings", "finding", "slogan", "question",
     "answer", "reply", "response", "warning", "plea", "promise", "headline", "caption",
     "banner", "motto", "note", "verdict", "conclusion", "advice", "request", "argument"}
)


def _lead_subject(text: str, toks: list[Token]) -> Attribution | None:
    """The speaker of a colon lead-in with no cue word known to us (any language).

    A subject pronoun near the start, else a sentence-initial name followed by a verb, else
    the last run of two or more capitalised words (a title and name, or a full name).
    """
    for token in toks[:4]:
        if token.lower in ("he", "she", "they", "er", "sie", "ich", "wir"):
            return Attribution((token.start, token.end), None, 0.5)
    first = 0
    while first < len(toks) and toks[first].lower in lx.LEADING_FILLERS:
        first += 1
    lead = toks[first] if first < len(toks) else None
    if lead is not None and first + 1 < len(toks) and lead.capitalised and (
        toks[first + 1].lower in _AUXILIARIES and lead.lower not in lx.DETERMINERS
        and lead.lower not in lx.NOT_NAMES and not lead.text.isupper()
        and not lead.lower.endswith("ing")
    ):
        return Attribution((toks[first].start, toks[first].end), None, 0.45)
    ordered = _clause_subject(text, toks, first) or _opening_subject(text, toks)
    if ordered is not None:
        return Attribution(_token_range(toks, ordered), None, 0.45)
    run_end = None
    for k in range(len(toks) - 1, 0, -1):
        joined = not text[toks[k - 1].end : toks[k].start].strip()
        if toks[k].capitalised and toks[k - 1].capitalised and joined and k - 1 > first:
            run_end = k + 1
            break
    if run_end is None:
        return None
    a = run_end - 1
    while a - 1 > first and toks[a - 1].capitalised and not text[
        toks[a - 1].end : toks[a].start
    ].strip():
        a -= 1
    words = toks[a:run_end]
    if any(t.lower in lx.NOT_NAMES or t.text.isupper() for t in words):
        return None
    return Attribution(_token_range(toks, (a, run_end)), None, 0.45)


_QUANTIFIERS = lx.DETERMINERS | frozenset({"each", "every", "all", "any", "no", "both", "few",
                                           "more", "most", "such"})
_CLAUSE_OR_SOURCE = frozenset({"who", "which", "quotes", "cites", "quoted", "cited", "quoting",
                               "citing"})


def _verb_like(token: Token) -> bool:
    """A lower-case word that can be a finite verb: no function word, no phrase opener."""
    word = token.lower
    return not token.capitalised and word.isalpha() and word not in lx.FUNCTION_WORDS and (
        word not in _OBLIQUE and word not in lx.ADVERBS and word not in _AUXILIARIES
    )


def _opening_subject(text: str, toks: list[Token]) -> tuple[int, int] | None:
    """``In city after city, Perez lobbies for a higher wage:``, ``Cruz called them on it:``,
    ``One supporter, Rep. Lee Zeldin, gave it a whirl on CNN:``: the name or pronoun opening
    the clause (after an introductory phrase) and then its verb, not the noun before the colon.
    """
    rng = subject_from_start(text, toks, len(toks))
    if rng is None or rng[1] >= len(toks):
        return None
    head = toks[rng[1] - 1]
    if head.capitalised and head.lower.endswith(("’s", "'s")) and rng[1] + 2 == len(toks) and (
        toks[rng[1]].lower in _MESSAGE_NOUNS and toks[rng[1] + 1].lower in ("was", "is")
    ):
        return rng  # "Clinton’s response was:"
    if any(t.lower in _CLAUSE_OR_SOURCE or is_cue(toks, k) for k, t in enumerate(toks)):
        return None  # a relative clause's or a cue's subject; "X quotes Y:" is Y's
    described = head.lower in lx.PERSON_NOUNS and toks[rng[0]].lower in lx.DETERMINERS
    if rng[1] - rng[0] == 1 and head.lower in _QUANTIFIERS:
        return None  # "Each election cycle, there’s a threat:"
    if not (head.capitalised or described or (is_pronoun(head) and head.lower != "it")) or (
        head.lower in lx.NOT_NAMES or head.text.isupper() or head.lower.endswith(("’s", "'s"))
    ):
        return None
    verb = rng[1]
    while verb < len(toks) - 1 and toks[verb].lower in lx.ADVERBS and not text[
        toks[verb - 1].end : toks[verb].start
    ].strip():
        verb += 1
    gap = text[toks[verb - 1].end : toks[verb].start].strip()
    if not gap:
        return rng if _verb_like(toks[verb]) else None
    if gap != ",":
        return None
    # An appositive set off by commas ("One supporter, Rep. Lee Zeldin, gave"): the verb
    # follows its closing comma, and a name there says who the description is.
    for m in range(verb + 1, min(len(toks), verb + 14)):
        if "," in text[toks[m - 1].end : toks[m].start] and _verb_like(toks[m]):
            named = verb
            while named < m and toks[named].capitalised and not text[
                toks[named].end : toks[named + 1].start
            ].strip():
                named += 1
            if described and named - verb >= 1 and toks[named].capitalised and "," in text[
                toks[named].end : toks[named + 1].start
            ]:
                return (verb, named + 1)
            return rng
    return None


def _clause_subject(text: str, toks: list[Token], first: int) -> tuple[int, int] | None:
    """The subject by word order: ``The piece used …:`` (subject, verb) or, verb-second,
    ``Dazu äußerte sich der Minister …:`` (a phrase, the verb, then the subject)."""
    if first >= len(toks):
        return None
    head = toks[first]
    if head.lower in _NOMINATIVE or (head.capitalised and head.lower not in _OBLIQUE
                                     and head.lower not in lx.NOT_NAMES):
        np = subject_after(text, toks, first)
        if np is not None and (toks[np[1] - 1].lower.endswith(("’s", "'s")) or text[
            toks[np[1] - 1].end : toks[np[1] - 1].end + 1
        ] in ("’", "'")):
            np = None  # "The timing of Sanders’ surge surprises no one:": not who speaks
        if np is not None and np[1] < len(toks) and not toks[np[1]].capitalised and (
            toks[np[1]].lower not in _OBLIQUE and toks[np[1]].lower not in lx.NP_STOPWORDS
        ) and (head.lower in _NOMINATIVE or np[1] - np[0] >= 2):
            return np
    # Verb-second: after the first phrase, the finite verb, then the subject.
    for v in range(first + 1, min(len(toks) - 1, first + 8)):
        word = toks[v].lower
        if toks[v].capitalised or word in _OBLIQUE or word in _NOMINATIVE:
            continue
        start = v + 1
        while start < len(toks) and toks[start].lower in ("sich", "auch", "jedoch", "nun"):
            start += 1
        if start < len(toks) and (toks[start].lower in _NOMINATIVE or (
            toks[start].capitalised and toks[start].lower not in _OBLIQUE
        )):
            np = subject_after(text, toks, start)
            if np is not None and np[0] == start:
                return np
        return None
    return None


def _cited_speaker(text: str, toks: list[Token], cue_at: int) -> tuple[int, int] | None:
    """``recalled the exact quote from Lavrov’s interview:`` → the range of ``Lavrov``."""
    window = toks[cue_at + 1 :]
    has_noun = any(t.lower in _QUOTE_NOUNS for t in window)
    for k, token in enumerate(window):
        if token.lower in _CITING and k + 1 < len(window):
            rng = subject_after(text, window, k + 1)
            if rng is not None:
                return _token_range(window, rng)
        if has_noun and token.capitalised and token.text.endswith(("’s", "'s")):
            a = k
            while a > 0 and window[a - 1].capitalised and text[
                window[a - 1].end : window[a].start
            ].isspace():
                a -= 1
            return window[a].start, token.end - 2
    return None


def classify(text: str, quote: MarkedQuote, ending: str, attributed: bool) -> tuple[str, bool]:
    """The quote's kind ("direct" or "partial") and whether it is speech at all."""
    inner = text[quote.inner_start : quote.inner_end]
    words = inner.split()
    embedded = ending in ("word", "that")
    ends_speech = bool(inner) and inner[-1] in _SPEECH_END
    if not any(ch.isalpha() for ch in inner):
        return "partial", False  # numbers, dates, ids: not speech
    if embedded and inner[-1:] in ",." and _is_title(inner[:-1].split()) and (
        text[quote.start] != "„"
    ):
        return "partial", False  # a title with American punctuation: on “Face the Nation,”
    if not embedded and text[quote.start] in _TITLE_CASE_MARKS and _is_title(
        [w.strip(",.:;") for w in words], 12
    ) and _named_work(text, quote.start):
        return "partial", False  # "In his memoir, “Tough Choices,” she wrote": a title
    if not embedded:
        if not attributed and text[quote.start] in _TITLE_CASE_MARKS and (
            _is_title([w.strip(",.:;") for w in words]) or (len(words) <= 2 and inner[-1] in ",:")
        ):
            # Nobody said it and it reads as a name: “The Apprentice,” “Apollo 13,” “Billions,”
            return "partial", False
        if attributed or len(words) >= 4 or ends_speech:
            return "direct", True
        return "partial", False
    if _is_title(words) and not ends_speech and text[quote.start] != "„":
        # German capitalises every noun, so a „Title“ test would drop its partial quotes.
        return "partial", False
    if len(words) >= 10 and ends_speech and inner[:1].isupper():
        return "direct", True
    return "partial", True


# Works whose title follows them set off by commas: "his 2012 book, “An American Son.”"
_WORK_NOUNS = frozenset({"book", "books", "memoir", "memoirs", "autobiography", "novel",
                         "manifesto", "biography", "film", "movie", "documentary", "album",
                         "song", "play", "musical", "show", "series", "podcast", "essay",
                         "poem", "column", "op-ed", "bestseller", "best-seller", "treatise"})


def _named_work(text: str, start: int) -> bool:
    """Whether the words before ``start`` end with a work's noun and a comma."""
    lead = text[max(0, start - 40) : start].rstrip()
    if not lead.endswith(","):
        return False
    words = lead[:-1].split()
    return bool(words) and words[-1].lower() in _WORK_NOUNS


def _is_title(words: list[str], longest: int = 7) -> bool:
    small = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "with", "de", "der"}
    return 0 < len(words) <= longest and all(
        w[:1].isupper() or w in small or w.isdigit() for w in words
    ) and any(w[:1].isupper() for w in words)


# Marks of languages that capitalise only names and titles (not German „…“ or »…«).
_TITLE_CASE_MARKS = frozenset("\"“‘'`")


def attribute_quotes(
    text: str,
    quotes: list[MarkedQuote],
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
) -> list[Candidate]:
    """Candidates for the marked quotes, nested ones pointing at their container."""
    starts = [s for s, _ in sentences]
    p_starts = [s for s, _ in paragraphs]
    candidates: list[Candidate] = []
    top_index: list[int] = []  # indices of top-level candidates, for containment
    paragraph_of: list[int] = []
    group_of: dict[int, int] = {}
    next_group = 0
    for q_index, quote in enumerate(quotes):
        p = max(0, bisect.bisect_right(p_starts, quote.start) - 1)
        p_lo, p_hi = paragraphs[p]
        parent = _container(quotes, top_index, quote)
        s = max(0, bisect.bisect_right(starts, quote.start) - 1)
        sent_lo = max(sentences[s][0] if sentences else p_lo, p_lo)
        floor = p_lo
        floor_start = p_lo  # where the quotation ending at ``floor`` opens
        for prev in range(q_index - 1, -1, -1):
            if quotes[prev].start < p_lo:
                break
            if quotes[prev].end <= quote.start:
                floor, floor_start = quotes[prev].end, quotes[prev].start
                break
        if parent is not None:
            outer = quotes[parent]
            floor = max(floor, outer.inner_start)
            p_hi = min(p_hi, outer.inner_end)
        lead_lo = max(sent_lo, floor)
        right_limit = p_hi
        for n in range(q_index + 1, len(quotes)):
            if quotes[n].start >= quote.end:
                right_limit = min(right_limit, quotes[n].start)
                break
            if n - q_index > 64:
                break  # quotes nested inside this one; the paragraph end is a fine limit
        attribution = None
        if quote.repair == "unclosed" and not quote.continues:
            quote, attribution = _split_unclosed(text, quote)
            quotes[q_index] = quote
        if attribution is None and not quote.continues:
            attribution = right_attribution(text, quote.end, right_limit)
            if attribution is None and p + 1 < len(paragraphs):
                attribution = _signed_below(text, quote.end, p_hi, paragraphs[p + 1])
        left, ending = left_attribution(text, lead_lo, quote.start)
        if (left is None or left.cue in lx.PARTICIPLE_CUES) and ending in (
            ":", ",", "word"
        ) and lead_lo > sent_lo and _participle_lead(text, lead_lo, quote.start, left is None):
            # "Kerpen needled the “reporter,” saying, “…”": the participle's subject opens the
            # sentence, before the earlier quotation.
            left = left_attribution(text, sent_lo, quote.start)[0] or left
        elif left is None and ending in (":", ",") and sent_lo < floor_start and (
            floor == lead_lo
        ):
            left = _subject_around_quote(text, sent_lo, floor_start, lead_lo, quote.start)
        if quote.repair == "unopened":
            ending = "start"
        if ending == "start" and attribution is None and parent is None and p > 0:
            # "Cruz continued:" closing the previous paragraph introduces this one.
            prev_lo, prev_hi = paragraphs[p - 1]
            if text[prev_lo:prev_hi].rstrip().endswith(":"):
                s_prev = max(0, bisect.bisect_right(starts, prev_hi - 1) - 1)
                intro_lo = max(prev_lo, sentences[s_prev][0] if sentences else prev_lo)
                intro, intro_end = left_attribution(text, intro_lo, prev_hi)
                if intro is not None and intro_end == ":":
                    left, ending = intro, ":"
        if left is not None and (attribution is None or (
            ending == ":" and attribution.cue is None
        )):
            # A cue right after the quotation names who says it even after a colon lead-in
            # ("Trump seemed to suggest he had silenced her: “…,” he told the Times").
            attribution = left
        if attribution is None and ending == "start" and parent is None and s > 0 and (
            sentences[s - 1][0] >= p_lo and sentences[s - 1][1] <= quote.start
            and (q_index == 0 or quotes[q_index - 1].end <= sentences[s - 1][0])
        ):
            # "Sam Lau said in a statement. “There are no ballots.”": the previous sentence of
            # the paragraph, quoting nothing itself, names who speaks.
            before = left_attribution(text, sentences[s - 1][0], sentences[s - 1][1])[0]
            if before is not None and before.cue is not None:
                attribution = attrs.evolve(before, confidence=min(before.confidence, 0.6))
        if attribution is None and ending in ("word", "that") and parent is None:
            sent_hi = sentences[s][1] if sentences else p_hi
            attribution = _later_in_sentence(text, quote.end, min(sent_hi, right_limit))
        if attribution is None and ending == "word" and parent is None:
            attribution = _characterised_by(text, lead_lo, quote.start)
        kind, speech = classify(text, quote, ending, attribution is not None and ending != "word")
        reported = False
        if kind == "partial" and attribution is None and parent is None:
            # German reported speech keeps its speaker from sentence to sentence through the
            # subjunctive ("Es drohe „eine dramatische Erderwärmung“"): the last speaker's words.
            sent_hi = sentences[s][1] if sentences else p_hi
            reported = speech and _subjunctive(text[sent_lo:sent_hi])
        if kind == "partial" and attribution is None and not reported:
            speech = False  # nobody is said to have said it: a scare quote
        if ending == "word" and attribution is not None and attribution is left:
            attribution = attrs.evolve(attribution, confidence=min(attribution.confidence, 0.6))
        if not speech:
            attribution = None
        if parent is not None:
            kind = "nested"
        elif attribution is not None and attribution.nested_of is not None:
            kind = "nested"
            attribution = Attribution(attribution.nested_of, attribution.cue, 0.75)
        if parent is None:
            top_index.append(q_index)
        group = None
        if quote.continues or quote.continued:
            if quote.continued and q_index - 1 in group_of:
                group = group_of[q_index - 1]
            else:
                group = next_group
                next_group += 1
            group_of[q_index] = group
        mention = None
        mention_conf = 0.0
        if attribution is not None and attribution.mention is not None:
            mention = Span(*attribution.mention)
            mention_conf = attribution.confidence
        starts_paragraph = text[p_lo:quote.start].strip() == ""
        candidates.append(Candidate(
            span=Span(quote.inner_start, quote.inner_end),
            kind=kind,  # type: ignore[arg-type]
            confidence=quote.confidence if speech else min(quote.confidence, 0.3),
            mention=mention,
            cue=attribution.cue if attribution is not None else None,
            group=group,
            parent=parent,
            inherit=reported or (speech and kind in ("direct", "nested") and mention is None
                                 and (starts_paragraph or quote.continued) and parent is None),
            speech=speech,
            mention_confidence=mention_conf,
        ))
        paragraph_of.append(p)
    _signed_inside(text, quotes, candidates)
    return _share_within_paragraphs(text, candidates, paragraph_of)


def _signed_inside(text: str, quotes: list[MarkedQuote], candidates: list[Candidate]) -> None:
    """``"Stay in the race. ¶ Former NAACP president Ben Jealous."``: a block quotation whose
    last line, inside the marks, only names its author (a web page's citation)."""
    opener: int | None = None
    for index, quote in enumerate(quotes):
        if candidates[index].parent is not None:
            continue
        if opener is not None and (quote.continued or quote.repair == "unopened") and not (
            quote.continues
        ):
            name = _signature(text, quote)
            if name is not None:
                first = candidates[opener]
                if first.mention is None:
                    candidates[opener] = attrs.evolve(
                        first, mention=Span(*name), cue=None, mention_confidence=0.7,
                        inherit=False,
                    )
                candidates[index] = attrs.evolve(
                    candidates[index], kind="partial", speech=False, mention=None, cue=None,
                    inherit=False, confidence=min(candidates[index].confidence, 0.3),
                )
        opener = index if quote.continues or quote.repair == "unclosed" else None


def _signature(text: str, quote: MarkedQuote) -> tuple[int, int] | None:
    inner = text[quote.inner_start : quote.inner_end].strip()
    if not inner.endswith(".") or not inner[:1].isupper() or len(inner.split()) > 10:
        return None
    toks = tokens(text, quote.inner_start, quote.inner_end)
    if len(toks) < 2 or any(is_cue(toks, k) for k in range(len(toks))):
        return None
    rng = subject_after(text, toks, 0)
    if rng is None or rng[0] != 0 or rng[1] - rng[0] < 2 or not toks[rng[1] - 1].capitalised:
        return None
    if not (toks[rng[1] - 2].capitalised or (toks[0].capitalised and toks[1].capitalised)):
        return None  # a full name ends the phrase, or capitalised words open it
    if rng[1] < len(toks) and text[toks[rng[1] - 1].end : toks[rng[1]].start].strip() != ",":
        return None
    return _token_range(toks, rng)


# Konjunktiv I forms that mark reported speech in German news (not the Konjunktiv II of
# conditionals, which "wäre", "hätte", "würde" would be).
_SUBJUNCTIVE = frozenset({"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle",
                          "dürfe", "möge", "gebe", "liege", "stehe", "gehe", "komme", "bleibe",
                          "fehle", "brauche", "drohe", "wisse", "lasse", "finde", "sehe",
                          "trage", "zeige", "bestehe", "gelte", "handle", "diene", "führe",
                          "arbeite", "plane", "verfüge", "erwarte"})


def _subjunctive(sentence: str) -> bool:
    # Whitespace words stripped of punctuation: no tokenising for a yes/no question.
    return not _SUBJUNCTIVE.isdisjoint(map(str.strip, sentence.split(), repeat(_PUNCTUATION)))


_PUNCTUATION = ",.;:!?\"“”„‚‘’'()[]«»‹›–—-"


_CHARACTERISING = frozenset({"called", "calls", "call", "calling", "labeled", "labelled",
                             "labeling", "labelling", "dubbed", "dubs", "branded", "brands",
                             "termed", "terms", "described", "describes", "describing",
                             "dismissed", "dismisses", "deemed", "deems", "characterized",
                             "characterised", "nannte", "bezeichnete", "bezeichnet", "nennt"})
_PASSIVE = frozenset({"been", "was", "were", "is", "are", "be", "being", "wurde", "wird"})


def _characterised_by(text: str, lo: int, hi: int) -> Attribution | None:
    """``Trump called the system “rigged”``, ``what Gilbert called “a perception problem”``:
    whoever gives the quoted characterisation said it (not in the passive, whose agent
    follows)."""
    toks = tokens(text, lo, hi)
    if toks and toks[-1].lower in ("so-called", "sogenannte", "sogenannten"):
        return None  # the writer's distance from a term, not anyone's words
    for k in range(len(toks) - 1, max(0, len(toks) - 8), -1):
        if toks[k].lower not in _CHARACTERISING:
            continue
        if toks[k - 1].lower in _PASSIVE:
            return None
        rng = subject_before(text, toks, k)
        if rng is not None and (toks[rng[0]].capitalised or is_pronoun(toks[rng[0]])
                                or toks[rng[0]].lower in lx.DETERMINERS):
            return Attribution(_token_range(toks, rng), toks[k].lower, 0.6)
        return None
    return None


def _subject_around_quote(
    text: str, sent_lo: int, quoted_lo: int, lo: int, hi: int
) -> Attribution | None:
    """``As Ann Roe, author of “Harbours,” put it, “…”``: the cue follows a quoted title or
    phrase inside the subject's insertion; the subject opens the sentence before it."""
    after = tokens(text, lo, hi)
    if not after or not is_cue(after, 0) or after[0].lower in lx.PARTICIPLE_CUES:
        return None
    before = tokens(text, sent_lo, quoted_lo)
    if not before:
        return None
    if before[0].lower == "as":
        rng = subject_after(text, before, 1)  # "As X put it"
    else:
        rng = subject_from_start(text, before, len(before))
    if rng is None or not (before[rng[0]].capitalised or is_pronoun(before[rng[0]])) or (
        rng[1] < len(before) and text[before[rng[1] - 1].end : before[rng[1]].start].strip()
        not in (",", "(")
    ):
        return None  # the subject ends where its insertion starts ("Sanders, who …")
    return Attribution(_token_range(before, rng), after[0].lower, 0.7)


def _participle_lead(text: str, lo: int, hi: int, unattributed: bool = True) -> bool:
    """A participle cue opens the words between an earlier quotation and this one (and, for
    an attributed fragment, no finite cue there gives the participle its subject: "…,” she
    said, recalling:")."""
    toks = tokens(text, lo, hi)
    if not any(t.lower in lx.PARTICIPLE_CUES for t in toks[:9]):
        return False
    return unattributed or not any(
        is_cue(toks, k) and toks[k].lower not in lx.PARTICIPLE_CUES for k in range(len(toks))
    )


_SOURCE_WORDS = frozenset({"so", "laut", "nach", "zufolge"})
_SOURCE_NOUNS = frozenset({"worten", "angaben", "aussagen", "aussage", "ansicht", "meinung",
                           "auffassung", "einschätzung", "darstellung", "informationen"})


def _source_phrase(text: str, toks: list[Token], k: int) -> Attribution | None:
    """A source named without a verb at ``toks[k]``: ``, so ein Sprecher``, ``laut der
    Polizei``, ``nach den Worten des Ministers``, ``dem Minister zufolge``."""
    word = toks[k].lower
    after_comma = k > 0 and "," in text[toks[k - 1].end : toks[k].start]
    if word == "so" and after_comma and k + 1 < len(toks) and (
        toks[k + 1].capitalised or toks[k + 1].lower in lx.DETERMINERS
    ):
        rng = subject_after(text, toks, k + 1)
        if rng is not None and rng[0] == k + 1:
            return Attribution(_token_range(toks, rng), "so", 0.6)
        return None
    if word == "laut" and k + 1 < len(toks):
        rng = subject_after(text, toks, k + 1)
        if rng is not None and rng[0] == k + 1:
            return Attribution(_token_range(toks, rng), "laut", 0.6)
        return None
    if word == "nach" and k + 3 < len(toks):
        m = k + 1
        if toks[m].lower in ("den", "dem", "der"):
            m += 1
        if toks[m].lower in _SOURCE_NOUNS and m + 1 < len(toks):
            m += 1
            if toks[m].lower == "von" and m + 1 < len(toks):
                m += 1
            rng = subject_after(text, toks, m)
            if rng is not None and rng[0] == m:
                return Attribution(_token_range(toks, rng), "nach", 0.6)
        return None
    if word == "zufolge" and k > 0:
        rng = subject_before(text, toks, k)
        if rng is not None:
            return Attribution(_token_range(toks, rng), "zufolge", 0.6)
    return None


def _later_in_sentence(text: str, lo: int, hi: int) -> Attribution | None:
    """A cue later in the sentence of a partial quote ("…“hinter der Zone“ auf, sagte er")."""
    toks = tokens(text, lo, hi)
    for k in range(len(toks)):
        source = _source_phrase(text, toks, k) if toks[k].lower in _SOURCE_WORDS else None
        if source is not None:
            return source
        end = is_cue(toks, k)
        if not end:
            continue
        rng = subject_after(text, toks, end)
        if rng is None or rng[0] != end:
            rng = subject_before(text, toks, k) if k > 0 else None
        if rng is not None:
            return Attribution(_token_range(toks, rng), toks[k].lower, 0.5)
        return None
    return None


def _split_unclosed(text: str, quote: MarkedQuote) -> tuple[MarkedQuote, Attribution | None]:
    """A quote whose closing mark is missing ends at the comma before ``, Name said``."""
    position = text.find(",", quote.inner_start, quote.inner_end)
    while position >= 0:
        found = right_attribution(text, position + 1, quote.inner_end)
        if found is not None and found.mention is not None and found.cue is not None:
            head = text[found.mention[0] : found.mention[1]]
            named = any(w[:1].isupper() for w in head.split())
            if (named or head.lower() in ("he", "she", "they")) and head.lower() not in ("i", "we"):
                shortened = attrs.evolve(quote, end=position + 1, inner_end=position + 1,
                                         confidence=0.6)
                return shortened, found
        position = text.find(",", position + 1, quote.inner_end)
    return quote, None


def _container(quotes: list[MarkedQuote], top: list[int], quote: MarkedQuote) -> int | None:
    for index in reversed(top):
        outer = quotes[index]
        if outer.inner_start <= quote.start and quote.end <= outer.inner_end and outer is not quote:
            return index
        if outer.end <= quote.start:
            break
    return None


def _share_within_paragraphs(
    text: str, candidates: list[Candidate], paragraph_of: list[int]
) -> list[Candidate]:
    # A direct quote with no attribution of its own takes the one of the nearest attributed
    # direct quote of its paragraph, and fragments of one multi-paragraph quotation share their
    # mention. The previous quote's attribution when it stands between the two ("“A,” Rubio
    # said. “B.”"), else the next one ("“A.” “B,” she said."). Two linear passes find donors.
    count = len(candidates)

    def donor_ok(c: Candidate) -> bool:
        return c.mention is not None and c.kind in ("direct", "partial") and c.speech

    following: list[int | None] = [None] * count
    nearest: int | None = None
    for i in range(count - 1, -1, -1):
        if nearest is not None and paragraph_of[nearest] != paragraph_of[i]:
            nearest = None
        following[i] = nearest
        if donor_ok(candidates[i]):
            nearest = i
    preceding: list[int | None] = [None] * count
    nearest = None
    for i in range(count):
        if nearest is not None and paragraph_of[nearest] != paragraph_of[i]:
            nearest = None
        preceding[i] = nearest
        if donor_ok(candidates[i]):
            nearest = i
    by_group: dict[int, Candidate] = {}
    for cand in candidates:
        if cand.group is not None and cand.mention is not None:
            by_group.setdefault(cand.group, cand)
    result = list(candidates)
    for i, cand in enumerate(candidates):
        if cand.mention is not None or not cand.speech or cand.kind == "partial" or (
            cand.parent is not None
        ):
            continue
        index = following[i] if following[i] is not None else preceding[i]
        before = preceding[i]
        if before is not None and index != before:
            mention = candidates[before].mention
            after = candidates[index].span.start if index is not None else len(text)
            if mention is not None and candidates[before].span.end <= mention.start < (
                cand.span.start
            ) and text[cand.span.end : after].strip(_MARKS_AND_SPACE):
                index = before
        donor = candidates[index] if index is not None else None
        if donor is None and cand.group is not None:
            donor = by_group.get(cand.group)
        if donor is not None:
            result[i] = attrs.evolve(cand, mention=donor.mention, cue=donor.cue, inherit=False,
                                     mention_confidence=donor.mention_confidence * 0.9)
    return result
