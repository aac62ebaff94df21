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
from itertools import compress, count, repeat

import attrs

from newsclaims.model import Span
from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.base import Candidate
from newsclaims.quotes.direct.kinds import classify
from newsclaims.quotes.direct.leadin import NAMING_VERBS, lead_ending, left_attribution
from newsclaims.quotes.direct.phrases import Attribution, source_phrase, token_range
from newsclaims.quotes.direct.trailer import right_attribution
from newsclaims.quotes.direct.words import DASHES, PASSIVE, SOURCE_WORDS
from newsclaims.quotes.marks import MarkedQuote
from newsclaims.quotes.mentions import (
    is_cue,
    is_pronoun,
    subject_after,
    subject_before,
    subject_from_start,
)
from newsclaims.quotes.textutil import scan, tokens

_MARKS_AND_SPACE = " \t\n\"“”„‟«»‹›‘’'`"


def _signed_below(
    text: str, close_end: int, p_hi: int, following: tuple[int, int]
) -> Attribution | None:
    """A quotation ending its paragraph, signed in the next one: ``“…”`` then ``- Sanders.``"""
    lo, hi = following
    while lo < hi and text[lo].isspace():
        lo += 1
    if lo >= hi or text[lo] not in DASHES or text[close_end:p_hi].strip():
        return None
    return right_attribution(text, lo, hi)


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
        if attribution is not None and attribution.cue is not None:
            # The cue after the mark wins over anything before it: of the lead-in, only how
            # it ends is asked below.
            left, ending = None, lead_ending(text, lead_lo, quote.start)
            if ending == "word" and _naming_verb_before(text, lead_lo, quote.start):
                # "under what Hedge called ''the old model,'' the club charged": the quotation
                # is the object of the cue right before it; the clause after it is another's.
                before = left_attribution(text, lead_lo, quote.start)[0]
                if before is not None and before.cue in NAMING_VERBS and before.mention is not None:
                    attribution = before
        else:
            left, ending = left_attribution(text, lead_lo, quote.start)
            if (left is None or left.cue in lx.PARTICIPLE_CUES) and ending in (
                ":", ",", "word"
            ) and lead_lo > sent_lo and _participle_lead(
                text, lead_lo, quote.start, left is None
            ):
                # "Kerpen needled the “reporter,” saying, “…”": the participle's subject opens
                # the sentence, before the earlier quotation.
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
    return token_range(toks, rng)


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
        if toks[k - 1].lower in PASSIVE:
            return None
        rng = subject_before(text, toks, k)
        if rng is not None and (toks[rng[0]].capitalised or is_pronoun(toks[rng[0]])
                                or toks[rng[0]].lower in lx.DETERMINERS):
            return Attribution(token_range(toks, rng), toks[k].lower, 0.6)
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
    return Attribution(token_range(before, rng), after[0].lower, 0.7)


def _participle_lead(text: str, lo: int, hi: int, unattributed: bool = True) -> bool:
    """A participle cue opens the words between an earlier quotation and this one (and, for
    an attributed fragment, no finite cue there gives the participle its subject: "…,” she
    said, recalling:")."""
    toks, _, lowers = scan(text, lo, hi)
    if lx.PARTICIPLE_CUES.isdisjoint(lowers[:9]):
        return False
    # (Only a word of the cue list can be a cue: the others are skipped in C.)
    return unattributed or not any(
        is_cue(toks, k) and toks[k].lower not in lx.PARTICIPLE_CUES
        for k in compress(count(), map(lx.CUE_VERBS.__contains__, lowers))
    )


_SOURCE_OR_CUE = SOURCE_WORDS | lx.CUE_VERBS


def _later_in_sentence(text: str, lo: int, hi: int) -> Attribution | None:
    """A cue later in the sentence of a partial quote ("…“hinter der Zone“ auf, sagte er")."""
    toks, _, lowers = scan(text, lo, hi)
    # Only a source word or a word of the cue list can stop the search: screened in C.
    for k in compress(count(), map(_SOURCE_OR_CUE.__contains__, lowers)):
        source = source_phrase(text, toks, k) if toks[k].lower in SOURCE_WORDS else None
        if source is not None:
            return source
        end = is_cue(toks, k)
        if not end:
            continue
        rng = subject_after(text, toks, end)
        if rng is None or rng[0] != end:
            rng = subject_before(text, toks, k) if k > 0 else None
        if rng is not None:
            return Attribution(token_range(toks, rng), toks[k].lower, 0.5)
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


__all__ = [
    "Attribution",
    "attribute_quotes",
    "classify",
    "left_attribution",
    "right_attribution",
]


def _naming_verb_before(text: str, lo: int, open_start: int) -> bool:
    """Whether the word right before an opening mark is a naming verb ("what she called “…”")."""
    end = open_start
    while end > lo and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > lo and text[start - 1].isalpha():
        start -= 1
    return end - start > 2 and text[start:end].lower() in NAMING_VERBS
