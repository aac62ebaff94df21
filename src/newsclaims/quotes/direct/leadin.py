"""The attribution before an opening mark: ``X said: “…”``, ``According to X, “…”``, colon
lead-ins and their subjects, cited speakers of nested quotations.
"""

from __future__ import annotations

from itertools import compress, count

from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.direct.phrases import (
    Attribution,
    name_before_of,
    source_phrase,
    speech_verb_shape,
    token_range,
)
from newsclaims.quotes.direct.words import (
    ADDRESSING,
    AUXILIARIES,
    CITING,
    CLAUSE_OR_SOURCE,
    MESSAGE_NOUNS,
    NOMINATIVE,
    NOUN_DETERMINERS,
    OBLIQUE,
    OWNED_OR_INDEFINITE,
    PASSIVE,
    QUANTIFIERS,
    QUOTE_NOUNS,
    SOURCE_WORDS,
)
from newsclaims.quotes.mentions import (
    RELATIVE_SUBJECTS,
    coordinated_subject,
    is_cue,
    is_pronoun,
    np_word,
    relative_antecedent,
    subject_after,
    subject_before,
    subject_from_start,
)
from newsclaims.quotes.textutil import Token, scan, tokens


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


def _unknown_verb_lead(text: str, toks: list[Token]) -> Attribution | None:
    """``During the debate, Hillary Clinton cracked, “…”``: a past-tense verb no list knows,
    right after the name or pronoun opening its clause, then the comma before the quotation."""
    last = len(toks) - 1
    if last < 1 or not speech_verb_shape(toks[last]):
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
    return Attribution(token_range(toks, rng), toks[last].lower, 0.6)


def _message_lead(text: str, toks: list[Token]) -> Attribution | None:
    """``Trump issued a statement, “…”``, ``When Ames used the words, “…”``: the subject of a
    lead-in ending in the message it gives."""
    if len(toks) < 3 or toks[-1].lower not in MESSAGE_NOUNS or not any(
        t.lower in NOUN_DETERMINERS for t in toks[-4:-1]
    ):
        return None
    rng = _opening_subject(text, toks)
    return Attribution(token_range(toks, rng), None, 0.6) if rng is not None else None


_CUE_OR_ACCORDING = lx.CUE_VERBS | {"according"}


def _ending(last: str, toks: list[Token]) -> str:
    ending = last if last in ":," else "word"
    if ending == "word" and toks[-1].lower in ("that", "dass", "as"):
        ending = "that"
    if ending == "word" and last in "([—–-":
        ending = ","
    return ending


def lead_ending(text: str, sentence_start: int, open_start: int) -> str:
    """How the lead-in ends: the second value of :func:`left_attribution`, for a quotation
    whose attribution is already known (it only needs the last word of the lead-in)."""
    lead_end = sentence_start + len(text[sentence_start:open_start].rstrip())
    if lead_end == sentence_start:
        return "start"
    last = text[lead_end - 1]
    if last in ":,":
        return last
    # No word spans a space, so the words after the last space are the lead-in's last words.
    space = text.rfind(" ", sentence_start, lead_end)
    toks = tokens(text, space + 1, lead_end) if space >= 0 else []
    if not toks:
        toks = tokens(text, sentence_start, lead_end)
        if not toks:
            return "start"
    return _ending(last, toks)


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
    toks, _, lowers = scan(text, sentence_start, sentence_start + len(lead))
    if not toks:
        return None, "start" if last not in ":," else last
    ending = _ending(last, toks)
    cue_at = -1
    # Only a cue word or "according" can stop the search: the rest are skipped in C.
    for k in reversed(list(compress(count(), map(_CUE_OR_ACCORDING.__contains__, lowers)))):
        if is_cue(toks, k) and not (k > 0 and _noun_use(text, toks, k)):
            cue_at = k  # (not "in a written statement," / "in his remarks")
            break
        if toks[k].lower == "according" and k + 1 < len(toks) and toks[k + 1].lower == "to":
            cue_at = k
            break
    if cue_at < 0:
        for k in reversed(list(compress(count(), map(SOURCE_WORDS.__contains__, lowers)))):
            source = source_phrase(text, toks, k)
            if source is not None:
                return source, ending
        if ending == ":":
            return _colon_mention(text, toks), ending
        if ending == ",":
            return _unknown_verb_lead(text, toks) or _message_lead(text, toks), ending
        if ending == "word" and lowers[-1] in NAMING_VERBS:
            return _naming_lead(text, toks), ending
        return None, ending
    cue_word = toks[cue_at].lower
    if cue_at > 0 and cue_at + 2 < len(toks) and toks[cue_at + 1].lower == "by" and (
        toks[cue_at - 1].lower in PASSIVE
    ):
        # "Ortiz was asked by host Bill Maher," (and a relative clause on the host may follow)
        agent = subject_after(text, toks, cue_at + 2)
        if agent is not None and agent[0] == cue_at + 2 and (
            agent[1] == len(toks) or text[toks[agent[1] - 1].end : toks[agent[1]].start].strip()
        ):
            return Attribution(token_range(toks, agent), cue_word, 0.8), ending
    if ending == "," and len(toks) - cue_at > 12 and cue_at > 0:
        return None, ending
    nested = _cited_speaker(text, toks, cue_at) if ending == ":" else None
    if cue_word == "according":
        rng = subject_after(text, toks, cue_at + 2)
        if rng is None:
            return None, ending
        return Attribution(token_range(toks, rng), "according to", 0.8), ending
    relative = _relative_subject(text, toks, cue_at) if ending in ":," else None
    if relative is not None:
        confidence = 0.85 if ending in ":," else 0.6
        return Attribution(token_range(toks, relative), cue_word, confidence, nested), ending
    rng = None
    after = is_cue(toks, cue_at)
    if cue_at == 0 and after < len(toks) and cue_word not in lx.PARTICIPLE_CUES:
        rng = subject_after(text, toks, after)  # "Said Dorothy Poynter, who …, “…”"
    if rng is None and after < len(toks) and after == cue_at + 1 and (
        toks[after].capitalised or toks[after].lower in lx.DETERMINERS
    ) and (cue_word not in ADDRESSING or cue_at == 0):
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
            rng = _earlier_cue_subject(text, toks, cue_at) or _by_participle_subject(
                text, toks, cue_at
            ) or subject_from_start(text, toks, cue_at)
    if rng is None and cue_at > 0 and toks[cue_at - 1].lower in ("and", "und"):
        # "He … and joked, “…”", "When asked …, he laughed and said, “…”"
        rng = coordinated_subject(text, toks, cue_at - 1) or subject_from_start(
            text, toks, cue_at - 1
        )
    if rng is None:
        rng = subject_before(text, toks, cue_at)
        if rng is not None and (toks[rng[0]].lower in OBLIQUE or (
            rng[0] > 0 and toks[rng[0] - 1].lower in OBLIQUE
        )):
            # "In einem Interview äußerte sich X": the noun of a phrase, not X; but "Archbishop
            # Aris Shir of the Armenian Patriarchate told": the name before "of", and "Sam Lau,
            # the director for the Iowa party said": the name opening the sentence.
            rng = name_before_of(text, toks, rng) or _opening_name(
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
    return Attribution(token_range(toks, rng), cue_word, confidence, nested), ending


def _relative_subject(text: str, toks: list[Token], cue_at: int) -> tuple[int, int] | None:
    """``Mike Lee, who declared in the spin room, “…”``, ``a sign that read “…”``: the
    relative pronoun is the cue's subject, and the mention at the quote (the resolver finds
    the noun phrase it stands for)."""
    rel = cue_at - 1
    if rel > 0 and toks[rel].lower in lx.ADVERBS:
        rel -= 1  # "who later wrote"
    if rel < 1 or toks[rel].lower not in RELATIVE_SUBJECTS or toks[cue_at].lower in (
        lx.PARTICIPLE_CUES
    ) or relative_antecedent(text, toks, rel) is None:
        return None
    if any(is_cue(toks, k) and not (k > 0 and _noun_use(text, toks, k)) for k in compress(
        range(rel), map(lx.CUE_VERBS.__contains__, (t.lower for t in toks[:rel]))
    )):
        return None  # "Saul tweeted at a candidate who promised: “…”": the main clause's cue
    return rel, rel + 1


#: Verbs that quote what someone calls a thing when the quotation follows them directly.
NAMING_VERBS = frozenset({"called", "calls", "dubbed", "dubs", "termed", "terms", "labeled",
                           "labelled", "branded", "brands"})


_BEFORE_NAMING = frozenset({"once", "also", "later", "then", "has", "have", "had", "often"})


def _naming_lead(text: str, toks: list[Token]) -> Attribution | None:
    """``what aide Kevin Ross called “the start of a new era”``: the named person or pronoun
    right before a naming verb that the quotation follows; not a passive after a common noun
    ("a website called “…”", "the so-called “…”")."""
    last = len(toks) - 1
    if last < 1:
        return None
    rng = subject_before(text, toks, last)
    if rng is None or rng[1] < last - 1 or (rng[1] == last - 1 and not (
        toks[last - 1].lower in _BEFORE_NAMING or toks[last - 1].lower.endswith("ly")
    )):
        return None  # ("the work could be termed “…”": a passive, no one named calls it so)
    head = toks[rng[1] - 1]
    if (head.capitalised and head.lower not in lx.NOT_NAMES and not head.text.isupper() and (
        head.lower not in lx.DETERMINERS
    )) or (is_pronoun(head) and head.lower not in ("it", "es")):
        return Attribution(token_range(toks, rng), toks[last].lower, 0.6)
    return None


_BY_VERBS = frozenset({"began", "begins", "begin", "ends", "end", "starts", "start", "opens",
                       "closes", "responds", "replies", "reacts", "answers", "concludes"})


def _by_participle_subject(text: str, toks: list[Token], cue_at: int) -> tuple[int, int] | None:
    """``When he returned he began by saying, “…”``: the subject right before the verb that
    "by saying" modifies, not the subject of an earlier subordinate clause."""
    verb = cue_at - 2
    if verb < 1 or toks[cue_at - 1].lower != "by" or not _verb_like(toks[verb]) or not (
        toks[verb].lower.endswith("ed") or toks[verb].lower in _BY_VERBS
    ):
        return None  # ("corrected the candidate by tweeting": no verb right before "by")
    rng = subject_before(text, toks, verb)
    if rng is None or rng[1] != verb or not (
        toks[verb - 1].capitalised or is_pronoun(toks[verb - 1])
    ) or toks[verb - 1].lower in ("it", "es"):
        return None
    return rng


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


def _noun_use(text: str, toks: list[Token], k: int) -> bool:
    """``Sanders’ comments``, ``a Twitter comment``: a cue word used as a noun."""
    before = toks[k - 1]
    if before.lower in lx.PRONOUN_HAS:
        return False  # "he's said"
    if before.lower in NOUN_DETERMINERS or before.text.endswith(("’s", "'s")) or text[
        before.end : toks[k].start
    ].strip() in ("’", "'"):
        return True
    word = toks[k].lower
    return k > 1 and toks[k - 2].lower in ("a", "an") and not word.endswith(
        ("s", "ed", "ing")
    ) and text[before.end : toks[k].start] == " "


def _colon_mention(text: str, toks: list[Token]) -> Attribution | None:
    # "Aliyev: “…”", "PENCE: …", "And from the minister: …"
    headline = _headline_speaker(text, toks)
    if headline is not None:
        return headline
    for k in range(len(toks) - 1, max(-1, len(toks) - 8), -1):
        if toks[k].lower in ("from", "von"):
            rng = subject_after(text, toks, k + 1)
            if rng is not None and rng[1] + 1 < len(toks) and toks[rng[1]].lower in ("and", "und"):
                other = subject_after(text, toks, rng[1] + 1)  # "More from Blumenthal and Cohen:"
                rng = (rng[0], other[1]) if other is not None else rng
            if rng is not None and rng[1] == len(toks):
                return Attribution(token_range(toks, rng), None, 0.7)
            break
    colon = Token(":", toks[-1].end, toks[-1].end, ":")
    rng = subject_before(text, [*toks, colon], len(toks))
    if rng is None and speech_verb_shape(toks[-1]) and len(toks) > 1:
        rng = subject_before(text, toks, len(toks) - 1)  # "Mr. Christie gloated:"
    if rng is not None and len(toks) - rng[0] <= 6 and (rng[0] == 0 or any(
        ch in ",-–—" for ch in text[toks[rng[0] - 1].end : toks[rng[0]].start]
    ) or toks[rng[0] - 1].lower == "by" or all(  # (a passive's agent: "shown by this finding:")
        t.lower in lx.LEADING_FILLERS for t in toks[: rng[0]]
    )) and (
        toks[rng[1] - 1].lower not in MESSAGE_NOUNS or rng[1] - rng[0] == 1
        or toks[rng[0]].lower not in OWNED_OR_INDEFINITE
    ):
        return Attribution(token_range(toks, rng), None, 0.7)
    return _lead_subject(text, toks) or _document_subject(text, toks)


def _headline_speaker(text: str, toks: list[Token]) -> Attribution | None:
    """``Gillibrand on Clinton’s Speeches: ‘…’``, ``Fed Chair On Rates: ‘…’``: a title-case
    headline naming the speaker, then what the quotation is about."""
    on = next((k for k in range(1, min(5, len(toks) - 1)) if toks[k].lower == "on"), 0)
    if not on or toks[0].lower in _NOT_HEADLINE_SPEAKER or not all(
        t.capitalised and not text[t.end : toks[n + 1].start].strip()
        for n, t in enumerate(toks[:on])
    ) or not all(t.capitalised or t.lower in _HEADLINE_SMALL_WORDS for t in toks[on + 1 :]):
        return None
    return Attribution(token_range(toks, (0, on)), None, 0.6)


_NOT_HEADLINE_SPEAKER = lx.FUNCTION_WORDS | lx.LEADING_FILLERS | lx.NOT_NAMES | lx.CUE_VERBS
_HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "for",
                                   "at", "with", "by", "her", "his", "their", "its"})


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
            word in AUXILIARIES
        ) or (len(word) > 3 and word.endswith("s") and not word.endswith("ss")))
        if verb:
            return Attribution(token_range(toks, (a, k)), None, 0.45) if k - a >= 2 else None
    return None


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
        toks[first + 1].lower in AUXILIARIES and lead.lower not in lx.DETERMINERS
        and lead.lower not in lx.NOT_NAMES and not lead.text.isupper()
        and not lead.lower.endswith("ing")
    ):
        return Attribution((toks[first].start, toks[first].end), None, 0.45)
    ordered = _clause_subject(text, toks, first) or _opening_subject(text, toks)
    if ordered is not None:
        return Attribution(token_range(toks, ordered), None, 0.45)
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
    return Attribution(token_range(toks, (a, run_end)), None, 0.45)


def _verb_like(token: Token) -> bool:
    """A lower-case word that can be a finite verb: no function word, no phrase opener."""
    word = token.lower
    return not token.capitalised and word.isalpha() and word not in lx.FUNCTION_WORDS and (
        word not in OBLIQUE and word not in lx.ADVERBS and word not in AUXILIARIES
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
        toks[rng[1]].lower in MESSAGE_NOUNS and toks[rng[1] + 1].lower in ("was", "is")
    ):
        return rng  # "Clinton’s response was:"
    if any(t.lower in CLAUSE_OR_SOURCE or is_cue(toks, k) for k, t in enumerate(toks)):
        return None  # a relative clause's or a cue's subject; "X quotes Y:" is Y's
    described = head.lower in lx.PERSON_NOUNS and toks[rng[0]].lower in lx.DETERMINERS
    if rng[1] - rng[0] == 1 and head.lower in QUANTIFIERS:
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
    if head.lower in NOMINATIVE or (head.capitalised and head.lower not in OBLIQUE
                                     and head.lower not in lx.NOT_NAMES):
        np = subject_after(text, toks, first)
        if np is not None and (toks[np[1] - 1].lower.endswith(("’s", "'s")) or text[
            toks[np[1] - 1].end : toks[np[1] - 1].end + 1
        ] in ("’", "'")):
            np = None  # "The timing of Sanders’ surge surprises no one:": not who speaks
        if np is not None and np[1] < len(toks) and not toks[np[1]].capitalised and (
            toks[np[1]].lower not in OBLIQUE and toks[np[1]].lower not in lx.NP_STOPWORDS
        ) and (head.lower in NOMINATIVE or np[1] - np[0] >= 2):
            return np
    # Verb-second: after the first phrase, the finite verb, then the subject.
    for v in range(first + 1, min(len(toks) - 1, first + 8)):
        word = toks[v].lower
        if toks[v].capitalised or word in OBLIQUE or word in NOMINATIVE:
            continue
        start = v + 1
        while start < len(toks) and toks[start].lower in ("sich", "auch", "jedoch", "nun"):
            start += 1
        if start < len(toks) and (toks[start].lower in NOMINATIVE or (
            toks[start].capitalised and toks[start].lower not in OBLIQUE
        )):
            np = subject_after(text, toks, start)
            if np is not None and np[0] == start:
                return np
        return None
    return None


def _cited_speaker(text: str, toks: list[Token], cue_at: int) -> tuple[int, int] | None:
    """``recalled the exact quote from Lavrov’s interview:`` → the range of ``Lavrov``."""
    window = toks[cue_at + 1 :]
    has_noun = any(t.lower in QUOTE_NOUNS for t in window)
    for k, token in enumerate(window):
        if token.lower in CITING and k + 1 < len(window):
            rng = subject_after(text, window, k + 1)
            if rng is not None:
                return token_range(window, rng)
        if has_noun and token.capitalised and token.text.endswith(("’s", "'s")):
            a = k
            while a > 0 and window[a - 1].capitalised and text[
                window[a - 1].end : window[a].start
            ].isspace():
                a -= 1
            return window[a].start, token.end - 2
    return None
