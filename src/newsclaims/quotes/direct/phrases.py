"""Phrases both sides of a quotation read: the attribution record, token ranges, sentence
ends, cue and subject shapes.
"""

from __future__ import annotations

import attrs

from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.direct.words import OF_PHRASE, SOURCE_NOUNS
from newsclaims.quotes.mentions import subject_after, subject_before
from newsclaims.quotes.textutil import Token


@attrs.frozen
class Attribution:
    mention: tuple[int, int] | None  # character range of the mention
    cue: str | None
    confidence: float
    nested_of: tuple[int, int] | None = None  # mention of the original speaker being cited


def token_range(toks: list[Token], rng: tuple[int, int]) -> tuple[int, int]:
    start, end = toks[rng[0]].start, toks[rng[1] - 1].end
    return start, _strip_possessive_end(toks[rng[1] - 1], end)


def _strip_possessive_end(token: Token, end: int) -> int:
    if token.text.endswith(("’s", "'s")) and len(token.text) > 2:
        return end - 2
    return end


def name_before_of(
    text: str, toks: list[Token], rng: tuple[int, int]
) -> tuple[int, int] | None:
    """``James Peth of the American Enterprise Institute wrote``: the subject before the cue is
    an institution named after "of"; the person named before "of" is the speaker."""
    a = rng[0]
    while a > 0 and rng[1] - a < 12 and (toks[a - 1].capitalised or toks[a - 1].lower in (
        OF_PHRASE
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


def speech_verb_shape(token: Token) -> bool:
    # A past-tense verb we do not list ("scoffed", "gloated", "pressed").
    word = token.lower
    return not token.capitalised and len(word) > 4 and word.endswith("ed") and (
        word not in lx.NP_STOPWORDS
    )


def source_phrase(text: str, toks: list[Token], k: int) -> Attribution | None:
    """A source named without a verb at ``toks[k]``: ``, so ein Sprecher``, ``laut der
    Polizei``, ``nach den Worten des Ministers``, ``dem Minister zufolge``."""
    word = toks[k].lower
    after_comma = k > 0 and "," in text[toks[k - 1].end : toks[k].start]
    if word == "so" and after_comma and k + 1 < len(toks) and (
        toks[k + 1].capitalised or toks[k + 1].lower in lx.DETERMINERS
    ):
        rng = subject_after(text, toks, k + 1)
        if rng is not None and rng[0] == k + 1:
            return Attribution(token_range(toks, rng), "so", 0.6)
        return None
    if word == "laut" and k + 1 < len(toks):
        rng = subject_after(text, toks, k + 1)
        if rng is not None and rng[0] == k + 1:
            return Attribution(token_range(toks, rng), "laut", 0.6)
        return None
    if word == "nach" and k + 3 < len(toks):
        m = k + 1
        if toks[m].lower in ("den", "dem", "der"):
            m += 1
        if toks[m].lower in SOURCE_NOUNS and m + 1 < len(toks):
            m += 1
            if toks[m].lower == "von" and m + 1 < len(toks):
                m += 1
            rng = subject_after(text, toks, m)
            if rng is not None and rng[0] == m:
                return Attribution(token_range(toks, rng), "nach", 0.6)
        return None
    if word == "zufolge" and k > 0:
        rng = subject_before(text, toks, k)
        if rng is not None:
            return Attribution(token_range(toks, rng), "zufolge", 0.6)
    return None
