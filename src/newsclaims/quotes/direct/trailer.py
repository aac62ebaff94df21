"""The attribution after a closing mark: ``…,” said X``, ``…,” X said``, press-release
signatures (``— Name, Title``), unknown speech verbs after the quote.
"""

from __future__ import annotations

import re
from itertools import compress, count

from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.direct.phrases import (
    Attribution,
    name_before_of,
    speech_verb_shape,
    token_range,
)
from newsclaims.quotes.direct.words import (
    ADDRESSING,
    ATTRIBUTION_TAIL,
    CONTRASTING,
    DASHES,
    OPENING_MARKS,
    STANDALONE_SPEAKERS,
    WINDOW,
)
from newsclaims.quotes.mentions import is_cue, is_pronoun, subject_after, subject_before
from newsclaims.quotes.textutil import Token, make_tokens, split_words, tokens


def right_attribution(text: str, close_end: int, limit: int) -> Attribution | None:
    """An attribution in the words right after a closing mark."""
    i = close_end
    hi = min(limit, close_end + WINDOW)
    while i < hi and (text[i] in " \t," or text[i].isspace()):
        i += 1
    if i < hi and text[i] in DASHES:
        # Press-release trailer: "…" -Jane Doe, Mayor of Springfield
        j = i
        while j < hi and (text[j] in DASHES or text[j].isspace()):
            j += 1
        toks = tokens(text, j, hi)
        if toks and toks[0].capitalised:
            rng = subject_after(text, toks, 0)
            if rng is not None and not is_pronoun(toks[rng[0]]):
                return Attribution(token_range(toks, rng), None, 0.7)
        return None
    if i >= hi or _WORD_CHAR.match(text, i) is None:
        return None  # no word right after the mark (the check below, without tokenising)
    toks, lowers = _sentence_tokens(text, i, hi)
    if not toks or toks[0].start != i:
        return None
    first = toks[0]
    if first.lower in CONTRASTING:
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
            return Attribution(token_range(toks, rng), first.lower, 0.9)
        return None
    if first.lower == "so" and len(toks) > 1 and (toks[1].capitalised or toks[1].lower in
                                                    lx.DETERMINERS):
        rng = subject_after(text, toks, 1)
        if rng is not None:
            return Attribution(token_range(toks, rng), "so", 0.8)
    if first.lower == "according" and len(toks) > 2 and toks[1].lower == "to":
        rng = subject_after(text, toks, 2)
        if rng is not None:
            return Attribution(token_range(toks, rng), "according to", 0.85)
    unknown = _unknown_speech_verb(text, toks)
    if unknown is not None:
        return unknown
    # Only a word of the cue list can be a cue: the others are skipped in C.
    for k in compress(range(1, min(len(toks), 26)), map(lx.CUE_VERBS.__contains__, lowers[1:26])):
        end = is_cue(toks, k)
        if not end:
            continue
        rng = subject_before(text, toks, k) if k < 12 else None
        if rng is not None and 0 < rng[0] <= 2 and all(
            not text[toks[n - 1].end : toks[n].start].strip() for n in range(1, rng[0] + 1)
        ) and not any(t.lower in lx.NP_STOPWORDS or t.capitalised for t in toks[: rng[0]]):
            rng = (0, rng[1])  # "utility chief Dana Reyes said"
        elif rng is not None and 2 < rng[0] <= 5 and _descriptor_words(text, toks, rng):
            rng = (0, rng[1])  # "former Obama campaign adviser Dana Reyes said"
        if rng is not None and rng[0] == 0:
            return Attribution(token_range(toks, rng), toks[k].lower, 0.9)
        if rng is not None and 0 < rng[0] < 9 and rng[1] - rng[0] >= 2 and text[
            toks[rng[0] - 1].end : toks[rng[0]].start
        ].strip() == "," and all(
            not text[toks[n - 1].end : toks[n].start].strip() for n in range(1, rng[0])
        ):
            # "Google's chief executive, Laszlo Bock, told": a description, then the name.
            return Attribution(token_range(toks, rng), toks[k].lower, 0.85)
        if rng is not None and 0 < rng[0] < 9 and not toks[0].capitalised and text[
            toks[rng[0] - 1].end : toks[rng[0]].start
        ].strip() == "," and (is_pronoun(toks[rng[0]]) or toks[rng[1] - 1].capitalised):
            # "“The politics are blatant” in the legislature, he said": the quoted sentence
            # goes on past the mark, then its attribution.
            return Attribution(token_range(toks, rng), toks[k].lower, 0.8)
        clean = all(not text[toks[n - 1].end : toks[n].start].strip() for n in range(1, k))
        if clean and (k <= 6 or (k <= 10 and _description(toks, k))) and (
            toks[0].lower in lx.DETERMINERS or toks[0].capitalised
        ):
            # Right after a quote, "the gambling tycoon told" is a subject whatever its words.
            end = _before_adverbs(toks, k)
            return Attribution(token_range(toks, (0, end)), toks[k].lower, 0.8)
        head = subject_after(text, toks, 0)
        if head is not None and head[1] < k and k <= 24 and _comma_after(text, toks, head[1], k):
            # "Jeff Weaver, Sanders’ campaign manager, said": the name right after the quote.
            return Attribution(token_range(toks, head), toks[k].lower, 0.8)
        named = name_before_of(text, toks, rng) if rng is not None else None
        if named is not None and named[0] == 0:
            return Attribution(token_range(toks, named), toks[k].lower, 0.8)
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


def _standalone_end(text: str, toks: list[Token], start: int) -> tuple[int, int] | None:
    """``tweeted another.``, ``said one,``: after an inverted cue, a pronoun-like word alone."""
    if start >= len(toks) or toks[start].lower not in STANDALONE_SPEAKERS:
        return None
    rest = text[toks[start].end : toks[start + 1].start] if start + 1 < len(toks) else (
        text[toks[start].end : toks[start].end + 1]
    )
    return (start, start + 1) if rest.strip()[:1] in (",", ".", ";") else None


def _unknown_speech_verb(text: str, toks: list[Token]) -> Attribution | None:
    """Right after a closing mark, ``scoffed Arianna Gil`` / ``Hannity pressed``: any
    past-tense verb next to a name is the cue, whether or not the cue list knows it."""
    if speech_verb_shape(toks[0]) and len(toks) > 1 and (
        toks[1].capitalised or toks[1].lower in lx.DETERMINERS
    ) and not text[toks[0].end : toks[1].start].strip():
        rng = subject_after(text, toks, 1)
        if rng is not None and rng[0] == 1:
            return Attribution(token_range(toks, rng), toks[0].lower, 0.7)
    for k in range(1, min(len(toks), 5)):
        if not speech_verb_shape(toks[k]):
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
            return Attribution(token_range(toks, rng), toks[k].lower, 0.7)
        return None
    return None


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
            return j < len(text) and text[j] in OPENING_MARKS
        return False
    return False


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
        return toks[k].lower not in ADDRESSING and word not in ATTRIBUTION_TAIL and (
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


def _sentence_tokens(text: str, lo: int, hi: int) -> tuple[list[Token], list[str]]:
    """The tokens of the sentence starting at ``lo``, and their lower-case forms."""
    words, starts, ends = split_words(text, lo, hi)
    # Most gaps are one space: only the others are looked at (the screen runs in C), and
    # tokens are made only for the words up to the sentence's end.
    gaps = map(text.__getitem__, map(slice, ends, starts[1:]))
    for n in compress(count(1), map(" ".__ne__, gaps)):
        gap = text[ends[n - 1] : starts[n]]
        if any(ch in ".?!\n“”\"«»„" for ch in gap) and not gap.lstrip(".").startswith(
            (",", ";", ")")
        ):
            # (".," / ".)" close an abbreviation: "McConnell, R-Ky., said")
            return make_tokens(words[:n], starts[:n], ends[:n])
    return make_tokens(words, starts, ends)


# A token starts at a position exactly when this matches there (a word begins with \w).
_WORD_CHAR = re.compile(r"\w")


def _descriptor_words(text: str, toks: list[Token], rng: tuple[int, int]) -> bool:
    """``former union organizing director``, ``former George W. Bush speechwriter``: the
    lowercase words (and names used as modifiers) describing the person whose full name
    follows right after a quote. They open and end with a lowercase word, so a clause ("then
    Smith") or a second name is not taken for a description."""
    upto = rng[0]
    first, last = toks[0], toks[upto - 1]
    if first.capitalised or last.capitalised or not first.text.isalpha() or rng[1] - upto < 2:
        return False
    if not all(t.capitalised for t in toks[rng[1] - 2 : rng[1]]) or not all(
        t.capitalised for t in toks[upto + 1 : rng[1]]
    ) or is_pronoun(toks[rng[1] - 1]):
        return False  # a full name, perhaps after its role noun ("director Kendall Fells")
    for n in range(upto + 1):
        tok = toks[n]
        if tok.lower in _NOT_DESCRIPTOR or tok.lower in lx.CUE_VERBS:
            return False
        gap = text[toks[n].end : toks[n + 1].start].strip()
        if gap and not (gap == "." and len(tok.text) == 1 and tok.capitalised):
            return False  # ("George W. Bush": the initial's dot only)
    return True


_NOT_DESCRIPTOR = lx.FUNCTION_WORDS | lx.LEADING_FILLERS
