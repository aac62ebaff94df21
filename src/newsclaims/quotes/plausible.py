"""Whether a reported-speech subject can be a speaker at all, judged by the article itself.

Reported speech is found by sentence shape (``SUBJECT VERB …``), and on text that is not news
reporting (reviews, guides, product pages) the same shape is everywhere: ``Pricing: $20 a
month``, ``Competition requires more content``, ``You know how it is``. Those subjects are
common nouns capitalised only because they open a sentence or a label, or the generic *you*.
No word list can tell "Competition" from "Trump"; the article can: a common noun also occurs
in lower case in the same text and is never capitalised inside a sentence, a name is.
"""

from __future__ import annotations

from newsclaims.model import Span
from newsclaims.quotes import lexicon as lx
from newsclaims.quotes.base import Candidate

_GENERIC = frozenset({"you", "your", "yourself", "yourselves"})
_SPEAKER_WORDS = (
    lx.DETERMINERS | lx.PERSON_NOUNS | lx.ORG_NOUNS | lx.TITLE_WORDS | frozenset(lx.PRONOUNS)
    | lx.ANONYMOUS_NOUNS | frozenset(lx.NATIONALITIES)
)
_APOSTROPHES = "’'"


def _word_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as a whole word (not part of a longer one)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_" or after.isalnum() or after in "-_")


def _opens_sentence(text: str, start: int) -> bool:
    i = start - 1
    floor = max(-1, start - 8)  # a few spaces and marks; a run of them is no sentence evidence
    while i > floor and (text[i] in " \t\"“‘«„(" or text[i] in _APOSTROPHES):
        i -= 1
    if i >= 0 and text[i] == ".":
        # "Mr. Growth", "Rep. Price", "U.S. Senator": a short capitalised abbreviation.
        j = i
        while j > max(0, i - 8) and (text[j - 1].isalpha() or text[j - 1] == "."):
            j -= 1
        word = text[j:i]
        if word[:1].isupper() and len(word.replace(".", "")) <= 4:
            return False
    return i < 0 or text[i] in ".!?:;\n—–-•|"


# The evidence for a word is looked for this far around the mention: a news article fits,
# and the work per mention stays bounded on a huge input.
_EVIDENCE = 20_000


def _occurs(text: str, word: str, *, mid_sentence: bool, near: int = 0,
            skip: tuple[int, int] = (0, 0)) -> bool:
    lo, hi = max(0, near - _EVIDENCE), min(len(text), near + _EVIDENCE)
    position = text.find(word, lo, hi)
    while position >= 0:
        end = position + len(word)
        if not skip[0] <= position < skip[1] and _word_at(text, position, end) and (
            not mid_sentence or not _opens_sentence(text, position)
        ):
            return True
        position = text.find(word, end, hi)
    return False


def common_word(text: str, word: str, near: int = 0) -> bool:
    """``word`` (capitalised) is an ordinary word of ``text``, not a name.

    True when the article also writes it in lower case and never capitalises it inside a
    sentence ("Competition … the competition"); "Price" in "Rep. Tom Price" is a name even if
    "price" occurs too. Only the text within 20,000 characters of ``near`` is read.
    """
    lower = word.lower()
    if lower == word or lower in _SPEAKER_WORDS:
        return False
    return _occurs(text, lower, mid_sentence=False, near=near) and not _occurs(
        text, word, mid_sentence=True, near=near
    )


# Agent nouns name people ("Investors", "Reporters", "Applicants", "Terrorists") and sources of
# findings are reported like speakers ("Polls show", "Studies found").
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents", "ian",
                  "ians", "ee", "ees")
_SOURCES = frozenset({"poll", "polls", "survey", "surveys", "study", "studies", "report",
                      "reports", "analysis", "data", "research", "findings", "census", "figures",
                      "statistics"})
_FINDINGS = _SOURCES | frozenset({"others", "some", "many", "most", "few", "both", "all",
                                  "nobody", "everyone", "everybody", "someone", "somebody"})
_QUESTION_WORDS = frozenset({"where", "what", "how", "why", "when", "which", "whether", "there",
                             "here"})


def implausible_subject(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` cannot name who reported something.

    The generic *you*, a question word ("Where Notion falls short …"), or a single word that
    the article shows to be a common noun ("Pricing", "Competition") and that is no agent
    noun or source of findings.
    """
    words = text[start:end].split()
    if not words:
        return True
    first = words[0]
    if first.endswith(("’s", "'s")):
        first = first[:-2]
    lower = first.lower()
    if lower in _GENERIC or lower in _QUESTION_WORDS:
        return True
    if len(words) > 1 or not first[:1].isupper() or lower in _SPEAKER_WORDS:
        return False
    if lower in _FINDINGS or lower.endswith(_AGENT_ENDINGS):
        return False
    return common_word(text, first, start)


def named_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the mention's last word is capitalised inside a sentence somewhere in ``text``.

    A label ("Pricing:", "Pet Safety:", "Pro Tip:") opens its line and is never named
    again; a speaker introduced by a colon ("Clinton: …") is named in the story's sentences.
    """
    words = text[start:end].split()
    if not words:
        return False
    last = words[-1]
    if last.endswith(("’s", "'s")):
        last = last[:-2]
    if not last[:1].isupper():
        return last.lower() in _SPEAKER_WORDS
    return _occurs(text, last, mid_sentence=True, near=start, skip=(start, end))


# --- Reporting evidence --------------------------------------------------------------------
# News reports who said what: its sentences attribute ("X said that …", a quotation with its
# speaker). A review, guide or product page uses the same sentence shapes without reporting
# anyone: "It offers …", "I think …", "We plan …", "Pricing: …". Those shapes are kept only
# where the text itself attributes speech to someone else.

_FIRST_PERSON = frozenset({"i", "we"})
_THIRD_PERSON = frozenset({"he", "she"})
_SELF = frozenset({"i", "we", "you", "me", "us", "my", "our", "your"})
_ATTRIBUTING = frozenset({"according to", "told"})
_DEMONSTRATIVES = frozenset({"it", "this", "that", "these", "those"})
# "I'm", "we've", "it's", "they'd": a pronoun fused with an auxiliary; the word after it is
# the auxiliary's complement. A speech verb there still reports ("I've suggested", "I'd
# add"); a stance verb is the writer's own voice ("I've found", "I'll show", "I'm talking").
_AUXILIARY_ENDINGS = ("m", "ve", "d", "re", "ll", "s")


def fused_auxiliary(text: str, start: int, end: int) -> bool:
    """Whether the mention opens with a pronoun fused with an auxiliary ("I'm", "we've")."""
    first = text[start:end].split(maxsplit=1)[:1]
    if not first:
        return False
    word = first[0].lower()
    if "'" not in word and "’" not in word:
        return False  # (most mentions: no partition needed)
    for mark in _APOSTROPHES:
        head, found, tail = word.partition(mark)
        if found:
            return head in lx.PRONOUNS and tail in _AUXILIARY_ENDINGS
    return False


def _reports(text: str, mention: Span, cue: str | None, say_cues: frozenset[str]) -> bool:
    # A speech verb with a subject that names someone. The bare form is left out: it is the
    # page's idiom or the reader's ("needless to say", "let's say", "you might say").
    word = (cue or "").lower()
    if word not in _ATTRIBUTING and (word not in say_cues or word + "s" in say_cues):
        return False
    words = text[mention.start : mention.end].split(maxsplit=1)
    if not words:
        return False
    first = words[0].lower()
    for mark in _APOSTROPHES:
        first = first.partition(mark)[0]
    return first not in _SELF and first not in _DEMONSTRATIVES


def reporting_evidence(text: str, direct: list[Candidate], reported: list[Candidate],
                       say_cues: frozenset[str], enough: int = 3) -> int:
    """How many attributions to someone other than the writer the text makes (up to ``enough``).

    Counted: quotations and reported speech with a speech verb (``said``, ``says``, ``told``,
    ``according to``; not the bare ``say``) whose subject is not *I*, *we*, *you*, *it* or
    *this*. Only candidates already found are read; the text is not scanned again.
    """
    count = 0
    for cand in direct:
        if cand.kind == "direct" and cand.mention is not None and _reports(
            text, cand.mention, cand.cue, say_cues
        ):
            count += 1
            if count >= enough:
                return count
    for cand in reported:
        if cand.mention is not None and _reports(text, cand.mention, cand.cue, say_cues):
            count += 1
            if count >= enough:
                return count
    return count


def stance_verb(cue: str | None, say_cues: frozenset[str]) -> bool:
    """A verb that reports a stance or an act, not speech ("offers", "wants", "found")."""
    word = (cue or "").lower()
    return word in lx.REPORT_VERBS and word not in lx.CUE_VERBS and word not in say_cues


def finding(words: list[str]) -> bool:
    """A subject that is a poll, a study or a report: its findings are reported, even on a
    page with no one quoted ("Research shows …", "A 2021 survey found …")."""
    return words[-1].lower().rstrip(".,") in _SOURCES


def unreported_shape(text: str, cand: Candidate, evidence: int, say_cues: frozenset[str]) -> bool:
    """Whether ``cand`` is a reported-speech shape that only news reporting makes a quote.

    With no attribution in the text at all, the writer's own *I*/*we*, and a stance or
    offer verb ("wants", "offers", "plans", "shows") after any subject but *he*/*she* or a
    poll or study, are the page talking.
    With fewer than two, an *it* subject ("It offers …", "It supports …") and a label
    before a colon ("Best For: …") in a text of more than one line are too. (Not "below the
    headline": where a paragraph stands must not change its quotes.)
    """
    mention = cand.mention
    if mention is None:
        return False
    words = text[mention.start : mention.end].split()
    if not words:
        return False
    first = words[0].lower()
    if evidence < 2 and ((len(words) == 1 and first == "it") or (
        cand.cue == ":" and "\n" in text.strip()
    )):
        return True
    if evidence >= 1:
        return False
    if len(words) == 1 and first in _FIRST_PERSON:
        return True
    return first not in _THIRD_PERSON and stance_verb(cand.cue, say_cues) and not finding(words)

