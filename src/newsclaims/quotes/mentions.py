"""Speaker mentions around cue words: the noun phrase before a cue, after it, or before a colon.

Works on the word tokens of one sentence or window and the raw text between them (a comma or
a quotation mark between two tokens ends a noun phrase). No part-of-speech tagger: a mention is
made of capitalised words, role and organisation nouns, nationality adjectives, possessives and
determiners, which is what attribution subjects in news are made of.
"""

from __future__ import annotations

from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.textutil import Token

_NP_LINKS = frozenset({"of", "for", "de", "da", "di", "van", "von", "der", "bin", "al", "le", "la",
                       "in", "at", "from", "with", "close", "to", "familiar"})
_LOWER_NP = frozenset({"top", "senior", "former", "foreign", "deputy", "chief", "defence",
                       "defense", "interior", "junior", "leading", "local", "federal", "state",
                       "national",
                       "presidential", "vice", "acting", "press", "campaign", "ministry", "white",
                       "house", "security", "intelligence", "military", "police", "government",
                       "anonymous", "unnamed", "high-ranking", "high", "ranking", "other",
                       "another", "u.s", "ex", "prime", "affairs", "communications", "news",
                       "agency", "agency's", "agency’s", "russian", "american", "opposition",
                       "republican", "democratic", "conservative", "liberal", "independent",
                       "first", "second", "third", "one", "two", "three", "several", "some",
                       "many", "both", "all", "most", "further", "additional", "regional"})
_PREPOSITIONS = frozenset({"in", "on", "at", "from", "with", "to", "for", "of", "by", "about",
                          "during", "after", "before", "into", "over", "via", "through"})
_SKIP_BEFORE_CUE = lx.ADVERBS | lx.DAYS_MONTHS | frozenset(
    {"went", "go", "goes", "going", "on", "to", "who", "which", "also", "has", "later", "would",
     "had", "have", "will", "could", "did", "does", "do", "can", "may", "might", "must",
     "should", "then", "again", "once", "finally", "first", "repeatedly", "previously",
     "last", "this", "week", "month", "year", "morning", "afternoon", "evening", "night", "day",
     "now", "not", "today", "yesterday", "am", "vergangenen", "gestern", "heute",
     # "X was prompted to say", "X was quick to add": the subject before the control verb
     "prompted", "forced", "compelled", "quick", "eager", "careful", "tempted", "moved",
     "obliged", "ready", "willing", "reluctant", "able", "unable"}
)


def is_cue(tokens: list[Token], i: int) -> int:
    """If ``tokens[i]`` is a cue, the index just after the cue (particles included), else 0."""
    if i >= len(tokens):
        return 0
    token = tokens[i]
    word = token.lower
    if word not in lx.CUE_VERBS or (i > 0 and token.capitalised):
        return 0
    particles = lx.PARTICLE_CUES.get(word)
    if particles is None:
        return i + 1
    if word in ("called", "calls"):
        return 0  # "called it" is a characterisation, handled by callers that want it
    for j in range(i + 1, min(i + 8, len(tokens))):
        if tokens[j].lower in particles:
            return j + 1
    return 0


def is_pronoun(token: Token) -> bool:
    return token.lower in lx.PRONOUNS


def np_word(token: Token) -> bool:
    """Whether ``token`` can be part of a speaker mention."""
    word = token.lower
    if word in _NOT_NP:
        return False
    if token.text[:1].isupper() and word not in lx.CUE_VERBS:
        return not (word.endswith("ly") and word[:-2] + "ly" == word and len(word) > 6
                    and word not in lx.PERSON_NOUNS and _adverb_like(word))
    if word.endswith(("’s", "'s")) and len(word) > 2:
        return True
    if word.endswith("-old") and word[:1].isdigit():
        return True  # "the 46-year-old"
    return word in _NP_WORDS or token.text.isdigit()


# (np_word runs for every word of every candidate subject: one set lookup instead of six)
_NOT_NP = lx.NP_STOPWORDS | lx.NOT_NAMES
_NP_WORDS = (lx.PERSON_NOUNS | lx.ORG_NOUNS | frozenset(lx.NATIONALITIES) | lx.TITLE_WORDS
             | _LOWER_NP | lx.DETERMINERS)


_LY_SUFFIXES = ("ally", "ately", "ively", "ently", "antly", "ingly", "edly", "tly", "ously",
                "fully", "ually", "rily", "sily", "pily", "vily", "tily", "ply", "mly", "rly",
                "dly", "wly", "sly", "nly", "gly", "bly", "kly", "cly")
_LY_NOUNS = frozenset({"family", "assembly", "supply", "ugly", "rally", "ally", "anomaly",
                       "monopoly", "bully", "belly", "jelly", "folly", "holly", "lily", "reply",
                       "daily", "weekly", "monthly", "quarterly", "italy"})


def _manner_adverb(token: Token) -> bool:
    """``jokingly``, ``angrily``, ``firmly``: a manner adverb between a subject and its cue."""
    word = token.lower
    return len(word) > 4 and word.endswith(_LY_SUFFIXES) and word not in _LY_NOUNS and (
        word not in lx.PERSON_NOUNS
    )


def _adverb_like(word: str) -> bool:
    # "Reluctantly", "Separately": capitalised only because they open the sentence.
    return word.endswith(("ally", "ately", "ively", "ently", "antly", "ingly", "edly", "tly",
                          "ously", "fully", "ually"))


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _clean_gap(gap: str) -> bool:
    return not gap or gap.isspace()


# Endings of (German) abstract nouns, which name no speaker.
_ABSTRACT_SUFFIXES = ("ung", "heit", "keit", "tät", "ismus", "nis", "zeit", "ungen", "heiten",
                      "keiten", "täten", "nisse", "kriterium")
# ... except the bodies that speak: "Bundesregierung", "die Zeitung", "Stiftung", "Universität".
_BODY_SUFFIXES = ("regierung", "zeitung", "stiftung", "verwaltung", "vereinigung", "leitung",
                  "führung", "vertretung", "versammlung", "universität", "polizeidirektion")


_NO_HEADS = lx.DETERMINERS | _NP_LINKS | lx.NOT_NAMES


def valid_head(tokens: list[Token]) -> bool:
    """A mention needs a name, a role or organisation noun, or a pronoun at its end."""
    if not tokens:
        return False
    if len(tokens) == 1 and tokens[0].lower in lx.PRONOUNS:
        return True
    last = tokens[-1]
    word = last.lower
    if word in _NO_HEADS:
        return False
    if last.capitalised and word.endswith(_ABSTRACT_SUFFIXES) and not word.endswith(
        _BODY_SUFFIXES
    ) and word not in lx.ORG_NOUNS and word not in lx.PERSON_NOUNS:
        return False  # German capitalises every noun: "Presseerklärung", "Amtszeit" speak not
    if last.capitalised and word not in lx.LEADING_FILLERS:
        return True
    if word.endswith(("’s", "'s")):
        return False
    if word.endswith("-old") and word[:1].isdigit():
        return True
    return word in lx.PERSON_NOUNS or word in lx.ORG_NOUNS or word in lx.ANONYMOUS_NOUNS


def subject_before(
    text: str, tokens: list[Token], cue: int, floor: int = 0
) -> tuple[int, int] | None:
    """The token range ``[a, b)`` of the mention ending just before the cue at ``tokens[cue]``.

    Adverbs and auxiliaries between subject and cue are skipped; an appositive or participle
    phrase (``Zakharova, the spokesperson, said``) returns the noun phrase before it.
    """
    if cue - 1 >= floor and tokens[cue - 1].lower in lx.PRONOUN_HAS:
        return (cue - 1, cue)  # "he's said": a pronoun and its auxiliary
    if cue - 1 >= floor and tokens[cue - 1].lower.endswith(("’s", "'s", "s’")):
        return None  # "the minister’s remarks": a noun after a possessive, not a cue verb
    j = cue - 1
    n_tokens = len(tokens)
    while j >= floor:
        token = tokens[j]
        gap = text[token.end : tokens[j + 1].start] if j + 1 < n_tokens else ""
        if ")" in gap and "(" not in gap:
            # "Sen. Lindsey Graham (R-S.C.) told": step over the parenthesis.
            k = j
            while k >= floor and "(" not in _gap(text, tokens[k - 1], tokens[k]) and j - k < 6:
                k -= 1
            if k - 1 >= floor and "(" in _gap(text, tokens[k - 1], tokens[k]):
                j = k - 1
                break
            return None
        # (the capital first: a name before the cue ends the skip without the adverb tests)
        if not ((not token.text[:1].isupper() or token.lower in lx.DAYS_MONTHS) and (
            token.lower in _SKIP_BEFORE_CUE or _manner_adverb(token)
        )):
            break
        if j + 1 <= cue - 1 and not _clean_gap(gap):
            break
        j -= 1
    if j < floor:
        return None
    if tokens[j].lower in ("and", "but", "und", "aber") and floor == 0 and j > 0:
        # "he laughed and said": the subject right before the first verb; "…, but went on to
        # say" / "X said … but added": the subject of the first verb.
        return coordinated_subject(
            text, tokens, j, tokens[cue].lower in lx.CUE_VERBS
        ) or _earlier_subject(text, tokens, j) or subject_from_start(text, tokens, j)
    if j + 1 <= cue and text[tokens[j].end : tokens[j + 1].start].strip() == ",":
        # "Trump, speaking in Virginia, said" / "Zakharova, the spokesperson, also said": the
        # subject is the noun phrase opening the clause, closed by a comma.
        head = subject_from_start(text, tokens[: j + 1], j + 1) if floor == 0 else None
        if head is not None and head[1] <= j and _comma_closes(text, tokens, head[1], j) and (
            tokens[head[0]].capitalised or is_pronoun(tokens[head[0]])
        ):
            named = _around_apposition(text, tokens, j, floor) if not any(
                t.capitalised for t in tokens[head[0] + 1 : head[1]]
            ) and tokens[head[0]].lower in lx.DETERMINERS else None
            # "Her deputy, Jon Rask, added": the name set off by commas says who.
            return named if named is not None and named[0] >= head[1] else head
        return _around_apposition(text, tokens, j, floor)
    b = j + 1
    if tokens[j].lower in lx.PRONOUNS:
        return (j, b)
    if tokens[j].lower in _STANDALONE and (j == floor or _gap(
        text, tokens[j - 1], tokens[j]
    ).strip() or tokens[j - 1].lower in lx.LEADING_FILLERS):
        return (j, b)  # "Another tweeted", "Others said"
    a = j
    while a - 1 >= floor and not text[tokens[a - 1].end : tokens[a].start].strip() and np_word(
        tokens[a - 1]
    ):
        a -= 1
        if b - a > 10:
            return None
    # Allow "a source in the Foreign Ministry": a link word joining two noun phrases.
    while a - 2 >= floor and tokens[a - 1].lower in _NP_LINKS and np_word(tokens[a - 2]) and (
        _clean_gap(_gap(text, tokens[a - 2], tokens[a - 1]))
        and _clean_gap(_gap(text, tokens[a - 1], tokens[a]))
    ) and tokens[a].capitalised:
        a -= 2
        while a - 1 >= floor and np_word(tokens[a - 1]) and _clean_gap(
            _gap(text, tokens[a - 1], tokens[a])
        ):
            a -= 1
        if b - a > 12:
            return None
    while a < b and (tokens[a].lower in lx.LEADING_FILLERS or tokens[a].lower in lx.CUE_VERBS):
        a += 1
    if a - 2 >= floor and tokens[a - 1].lower in ("to", "with", "for") and tokens[
        a - 2
    ].lower.endswith("ing") and not tokens[a - 2].capitalised:
        # "Another source speaking to Fox News said": the noun before the participle.
        before = subject_before(text, tokens, a - 2, floor)
        if before is not None:
            return before
    span = tokens[a:b]
    if not valid_head(span) or not _np_start_ok(span):
        return _determiner_phrase(text, tokens, b, floor)
    if a > floor and not tokens[a].capitalised:
        # "The farmers union": the determiner phrase around an unknown modifier.
        wider = _determiner_phrase(text, tokens, b, floor)
        if wider is not None and wider[0] < a:
            return wider
    return (a, b)


def _comma_closes(text: str, tokens: list[Token], end: int, limit: int) -> bool:
    """A comma after ``tokens[end - 1]``, or after a short parenthesis there ("Gov. Jo Ode
    (R), a staunch ally, said")."""
    gap = _gap(text, tokens[end - 1], tokens[end]).strip()
    if gap == ",":
        return True
    if gap != "(":
        return False
    for n in range(end + 1, min(limit, end + 5)):
        closing = _gap(text, tokens[n - 1], tokens[n])
        if ")" in closing:
            return closing.replace(" ", "").lstrip(".") == "),"
    return False


_STANDALONE = frozenset({"another", "others", "one", "some", "many", "several", "both",
                         "few", "most", "all"})


def _around_apposition(
    text: str, tokens: list[Token], j: int, floor: int
) -> tuple[int, int] | None:
    """``…, Laszlo Bock, told`` (a name set off by commas) or ``Mr. Trump, asked about …,
    had said`` (the name before a comma-delimited phrase); ``tokens[j]`` ends the phrase."""
    k = j
    while k > floor and j - k < 16 and "," not in text[tokens[k - 1].end : tokens[k].start]:
        k -= 1
    if k <= floor or "," not in _gap(text, tokens[k - 1], tokens[k]):
        return None
    inner = tokens[k : j + 1]
    if 2 <= len(inner) <= 4 and all(t.capitalised and t.lower not in lx.NOT_NAMES for t in inner
                                   ) and all(_clean_gap(_gap(text, inner[n - 1], inner[n]))
                                             for n in range(1, len(inner))):
        return (k, j + 1)
    b = k
    a = b - 1
    while a - 1 >= floor and np_word(tokens[a - 1]) and _clean_gap(
        _gap(text, tokens[a - 1], tokens[a])
    ) and b - a < 6:
        a -= 1
    while a < b and not (tokens[a].capitalised or tokens[a].lower in lx.DETERMINERS):
        a += 1
    if a < b and tokens[b - 1].capitalised and tokens[b - 1].lower not in lx.NOT_NAMES and (
        np_word(tokens[b - 1])
    ) and (a == floor or _gap(text, tokens[a - 1], tokens[a]).strip() or tokens[
        a - 1
    ].lower in ("after", "before", "when", "as", "while", "because", "since", "that")):
        return (a, b)
    if a < b and tokens[b - 1].capitalised and tokens[a].capitalised:
        # "Washington Post columnist Margaret Sullivan, in an attempt to …, wrote": a
        # descriptor no list knows between the sentence start and the name.
        start = a
        while start > floor and a - start < 3 and _clean_gap(
            _gap(text, tokens[start - 1], tokens[start])
        ) and tokens[start - 1].lower not in lx.NP_STOPWORDS and not is_cue(tokens, start - 1):
            start -= 1
        if start == floor and start < a:
            return (start, b)
    return None


def coordinated_subject(
    text: str, tokens: list[Token], conj: int, speech: bool = True
) -> tuple[int, int] | None:
    """``When asked …, he laughed and said``: a name or pronoun, a past-tense verb, the
    conjunction, with nothing between them."""
    verb = conj - 1
    if verb >= 1 and not tokens[verb].capitalised and tokens[verb].lower.endswith("ed") and (
        _clean_gap(_gap(text, tokens[verb], tokens[conj]))
        and _clean_gap(_gap(text, tokens[verb - 1], tokens[verb]))
    ):
        subject = tokens[verb - 1]
        if is_pronoun(subject) and subject.lower not in ("it", "es"):
            return (verb - 1, verb)
        return None
    # "she thanked the crowd and then boomed": a pronoun, its verb and the verb's object, with
    # no punctuation, cue or clause word before the conjunction.
    if conj < 2 or not speech or not _clean_gap(_gap(text, tokens[conj - 1], tokens[conj])):
        return None  # (only a speech verb: "he entered the race and seemed …" reports nothing)
    for k in range(conj - 2, max(-1, conj - 9), -1):
        word = tokens[k].lower
        if not _clean_gap(_gap(text, tokens[k], tokens[k + 1])) or word in _CLAUSE_WORDS or (
            is_cue(tokens, k)
        ):
            return None
        if is_pronoun(tokens[k]) and word in ("he", "she", "they"):
            if k > 0 and (tokens[k - 1].lower in _CLAUSE_WORDS or is_cue(tokens, k - 1)):
                return None  # "X noted that he taught law and added": X's
            after = tokens[k + 1]
            if not after.capitalised and after.lower.isalpha() and (
                after.lower not in lx.FUNCTION_WORDS
            ):
                return (k, k + 1)
            return None
    return None


_CLAUSE_WORDS = frozenset({"that", "who", "which", "whom", "whose", "and", "but", "or", "if",
                           "dass", "und", "aber"})


def _earlier_subject(text: str, tokens: list[Token], limit: int) -> tuple[int, int] | None:
    """The subject of the last cue before ``limit`` (``X said … but added``)."""
    for k in range(limit - 1, 0, -1):
        if is_cue(tokens, k):
            rng = subject_before(text, tokens, k)
            if rng is not None and (tokens[rng[0]].capitalised or is_pronoun(tokens[rng[0]])):
                return rng
            return None
    return None


def _determiner_phrase(
    text: str, tokens: list[Token], b: int, floor: int
) -> tuple[int, int] | None:
    """``the announcer``, ``The New York businessman``: a short determiner phrase opening a
    clause is a subject whatever its head noun."""
    a = b - 1
    while a >= floor and b - a <= 5:
        word = tokens[a].lower
        if word in lx.NP_STOPWORDS or word in lx.CUE_VERBS:
            return None
        if word.endswith(("’s", "'s")):
            return None
        if word in lx.DETERMINERS:
            at_boundary = a == floor or bool(
                _gap(text, tokens[a - 1], tokens[a]).strip()
            ) or tokens[a - 1].lower in lx.LEADING_FILLERS
            return (a, b) if at_boundary and b - a >= 2 else None
        if a < b - 1 and text[tokens[a].end : tokens[a + 1].start].strip():
            return None
        a -= 1
    return None


def _np_start_ok(span: list[Token]) -> bool:
    if not span:
        return False
    first = span[0]
    return first.capitalised or first.lower in lx.DETERMINERS or np_word(first)


def subject_after(text: str, tokens: list[Token], start: int) -> tuple[int, int] | None:
    """The mention starting at ``tokens[start]`` (an inverted cue: ``said the minister``)."""
    if start >= len(tokens):
        return None
    if tokens[start].lower in lx.PRONOUNS:
        return (start, start + 1)
    if tokens[start].lower in lx.DETERMINERS and start + 1 < len(tokens) and not np_word(
        tokens[start + 1]
    ):
        # "a longtime adviser to Trump": a determiner, unknown modifiers, then a head noun.
        head = None
        for k in range(start + 1, min(len(tokens), start + 6)):
            word = tokens[k].lower
            if not _clean_gap(_gap(text, tokens[k - 1], tokens[k])) or word in (
                lx.NP_STOPWORDS
            ) or word in lx.CUE_VERBS:
                break
            if word in lx.PERSON_NOUNS or word in lx.ORG_NOUNS or tokens[k].capitalised:
                head = k
        return (start, head + 1) if head is not None else None
    if tokens[start].lower in _PREPOSITIONS:
        return None  # "saying in a post": a phrase of place or means, not a speaker
    if not np_word(tokens[start]) and tokens[start].lower not in lx.NP_STOPWORDS:
        # "said farmer Ole Berg", "said project lead Amara Diallo": a short lower-case
        # descriptor before a name.
        k = start
        while k < len(tokens) and k - start < 3 and not tokens[k].capitalised and (
            k == start or _clean_gap(_gap(text, tokens[k - 1], tokens[k]))
        ) and tokens[k].lower not in lx.NP_STOPWORDS and tokens[k].lower not in lx.CUE_VERBS and (
            tokens[k].lower not in _NOT_DESCRIPTORS
        ):
            k += 1
        if k == start or k >= len(tokens) or not tokens[k].capitalised or not _clean_gap(
            _gap(text, tokens[k - 1], tokens[k])
        ):
            return None
        named = subject_after(text, tokens, k)
        return (start, named[1]) if named is not None and named[0] == k else None
    b = start
    while b < len(tokens) and b - start < 10 and np_word(tokens[b]):
        if b > start and text[tokens[b - 1].end : tokens[b].start].strip():
            break
        b += 1
        # stop after a lower-case head noun that is followed by a capitalised word of a new clause
    span = tokens[start:b]
    while span and not valid_head(span):
        span = span[:-1]
    if not span:
        return None
    return (start, start + len(span))


# Words that open a phrase or clause of their own, never a descriptor before a name ("said
# farmer Ole Berg", but not "between her and Trump").
_NOT_DESCRIPTORS = frozenset(lx.PRONOUNS) | (_PREPOSITIONS - {"of"}) | frozenset(
    {"between", "among", "and", "or", "nor", "like", "unlike", "than", "near", "toward",
     "towards", "within", "without", "around", "behind", "beside", "besides", "beyond"}
)
_SUBORDINATORS = frozenset({"when", "after", "before", "while", "as", "if", "because", "since",
                            "although", "though", "once", "until"})
_TIME_NOUNS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days",
                         "ago", "night", "morning", "evening", "afternoon", "time", "times",
                         "decade", "decades", "hour", "hours", "minute", "minutes", "later",
                         "earlier"})


def _time_phrase(tokens: list[Token], limit: int) -> bool:
    """``Eight years ago, …``, ``Last month, …``: a time phrase, not a subject, opens."""
    if not tokens[0].capitalised:
        return False
    return (limit > 1 and tokens[1].lower in _TIME_NOUNS) or (
        limit > 2 and tokens[2].lower in _TIME_NOUNS
    )


def subject_from_start(text: str, tokens: list[Token], limit: int) -> tuple[int, int] | None:
    """The sentence-initial subject (for ``…, saying …`` participle cues)."""
    if limit > 2 and tokens[0].text.isupper() and len(tokens[0].text) > 2:
        # A dateline ("WASHINGTON, Dec. 8 (UPI) — …", "PARIS (AP) — …") opens the text.
        for k in range(1, min(limit, 9)):
            gap = _gap(text, tokens[k - 1], tokens[k])
            if "—" in gap or "–" in gap or "--" in gap:
                inner = subject_from_start(text, tokens[k:], limit - k)
                return (inner[0] + k, inner[1] + k) if inner is not None else None
    a = 0
    if limit and (tokens[0].lower in lx.LEADING_FILLERS or not np_word(tokens[0]) or (
        tokens[0].lower.endswith("ing") and tokens[0].lower not in lx.PERSON_NOUNS
    ) or _time_phrase(tokens, limit)):
        # ("Appearing before supporters, Suu Kyi said": a participle phrase opens; so does a
        # time phrase: "Eight years ago, he said")
        # An introductory phrase ("In a statement released Thursday, ...") ends at a comma.
        for k in range(0, min(limit, 12)):
            if k + 1 < limit and _gap(text, tokens[k], tokens[k + 1]).strip() == ",":
                a = k + 1
                break
        if 0 < a < limit and tokens[a].lower in _SUBORDINATORS:
            # "Last month, when I asked him, he looked up and said": a clause follows.
            for k in range(a, min(limit, a + 14)):
                if k + 1 < limit and _gap(text, tokens[k], tokens[k + 1]).strip() == ",":
                    a = k + 1
                    break
    while a < limit and tokens[a].lower in lx.LEADING_FILLERS:
        a += 1
    if a >= limit:
        return None
    return subject_after(text, tokens[:limit], a)


#: Relative pronouns that can be the subject of a cue ("Lee, who declared, “…”").
RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})


def relative_antecedent(text: str, tokens: list[Token], rel: int) -> tuple[int, int] | None:
    """``Mike Lee, who declared``, ``a sign that read``: the noun phrase (at most six words,
    right before the relative pronoun at ``tokens[rel]``) the pronoun stands for; ``None``
    after a verb or a preposition ("With that said", "those who said")."""
    if rel < 1 or text[tokens[rel - 1].end : tokens[rel].start].strip() not in ("", ","):
        return None
    head = tokens[rel - 1]
    if not head.text[:1].isalpha() or head.lower in lx.FUNCTION_WORDS or (
        head.lower in lx.CUE_VERBS or head.lower in lx.PRONOUNS or head.lower in lx.ADVERBS
    ):
        return None
    a = rel - 1
    while a > 0 and rel - a < 6 and _clean_gap(text[tokens[a - 1].end : tokens[a].start]) and (
        tokens[a - 1].capitalised or np_word(tokens[a - 1])
    ) and tokens[a - 1].lower not in lx.LEADING_FILLERS:
        a -= 1
    if not (head.capitalised or np_word(head)) and a == rel - 1 and (
        a == 0 or tokens[a - 1].lower not in lx.DETERMINERS
    ):
        return None  # a lone lowercase word ("passed out water bottles that") is not enough
    return a, rel
