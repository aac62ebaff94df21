"""Split a quotation into the clauses that each assert one thing, and drop the filler.

Rules, in order: sentence ends (not after abbreviations or initials); semicolons; a
coordinating "and"/"but"/"while" that starts a new subject ("..., and we can recruit");
then discourse markers ("Second,", "Frankly speaking,", "of course") are trimmed. A clause
is filler when it is a question or has fewer than two content words beyond talk about
talking ("I have said it many times").
"""

import re

from newsclaims.claims.tokens import content_tokens, word_set

_ABBREVIATIONS = word_set(
    "mr mrs ms dr prof gen col lt sgt capt cmdr sen rep gov pres st jr sr inc ltd co corp vs "
    "etc no nos fig approx dept univ est jan feb mar apr jun jul aug sep sept oct nov dec u.s "
    "u.k u.n e.g i.e"
)

# A sentence ends at . ! ? or … (with closing quotes/brackets) followed by space. Each
# pattern below starts only where its leading run starts (the look-behinds), so a long run
# of marks, word characters or spaces is scanned once, not once per position.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"(?<![\w.])([\w.]+)$")
# Only a word this short can be an abbreviation or an initial, so the look-back is bounded.
_WORD_WINDOW = 32
_NEXT_VISIBLE = re.compile(r"(?<!\s)\s*(\S)")
_CLAUSE_BREAK = re.compile(
    r";\s+"
    r"|(?:,|(?<![\s,]))\s+(?:and|but|while|whereas|yet)\s+"
    r"(?=(?:I|we|you|he|she|they|it|there)\b)"
    r"|,\s+but\s+",
    re.IGNORECASE,
)
_MARKERS = (
    "first", "firstly", "second", "secondly", "third", "thirdly", "finally", "lastly",
    "frankly speaking", "frankly", "honestly", "to be honest", "to be frank", "of course",
    "well", "look", "listen", "so", "and", "but", "also", "however", "moreover", "in fact",
    "as you can see", "as you know", "as i said", "again", "indeed", "then", "besides",
    "in particular", "in addition", "at the same time", "therefore", "thus", "yes", "no",
    "you know", "i think", "i believe", "in my opinion", "sure", "okay", "ok", "now",
)
_LEADING_MARKER = re.compile(
    r"(?:" + "|".join(sorted((re.escape(m) for m in _MARKERS), key=len, reverse=True)) + r")"
    r"\s*(?:,|—|–|-)\s*",
    re.IGNORECASE,
)
_INNER_MARKER = re.compile(
    r",\s*(?:frankly speaking|frankly|of course|to be honest|in particular|as you know|"
    r"i think|for that matter|in fact|however|indeed|himself|herself|themselves)\s*,",
    re.IGNORECASE,
)
_META = frozenset(
    {"time", "repeat", "repeatedly", "mention", "talk", "speak", "word", "thank", "question",
     "answer", "point", "comment", "matter", "thing", "stat", "many", "clear"}
)
_EDGE_PUNCT = " \t\n\"'“”‘’«»„‚,;:—–-(["


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group().startswith("."):
            before = _WORD_BEFORE.search(text, max(0, match.start() - _WORD_WINDOW),
                                         match.start())
            word = before.group(1).lower() if before else ""
            # "Mr." / "U.S." / an initial "J." do not end a sentence.
            if word.rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        following = _NEXT_VISIBLE.match(text, end)
        if following is not None and following.group(1).islower():
            continue
        spans.append((start, end))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    cursor = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        left, right = text[cursor : match.start()], text[match.end() : end]
        # Only split when both sides can stand as a clause of their own.
        if len(left.split()) >= 3 and len(right.split()) >= 3:
            pieces.append((cursor, match.start()))
            cursor = match.end()
    pieces.append((cursor, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    while True:
        marker = _LEADING_MARKER.match(text, start, end)
        if marker is None or marker.end() >= end:
            break
        start = marker.end()
    return start, end


def clause_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets into ``text`` of its clauses, edges trimmed, filler kept."""
    spans: list[tuple[int, int]] = []
    for s_start, s_end in sentence_spans(text):
        for c_start, c_end in _clause_spans(text, s_start, s_end):
            start, end = _trim(text, c_start, c_end)
            if end > start:
                spans.append((start, end))
    return spans


def plain_statement(clause: str) -> str:
    """The clause as a plain sentence: inner asides removed, one final full stop."""
    text = clause
    while True:  # to a fixed point, so that the result is its own plain statement
        previous = text
        text = " ".join(_INNER_MARKER.sub("", text).split()).strip(_EDGE_PUNCT)
        marker = _LEADING_MARKER.match(text)
        if marker is not None and marker.end() < len(text):
            text = text[marker.end() :]
        if text == previous:
            break
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?…":
        text += "."
    return text


def is_filler(clause: str) -> bool:
    """A question, or a clause with under two content words once talk-about-talk is set aside."""
    stripped = clause.rstrip(_EDGE_PUNCT + " ")
    if stripped.endswith("?"):
        return True
    tokens = [t for t in content_tokens(clause) if t not in _META]
    return len(tokens) < 2


def propositions(text: str) -> list[tuple[int, int]]:
    """The clauses of ``text`` that assert something, as offsets into ``text``."""
    return [(s, e) for s, e in clause_spans(text) if not is_filler(text[s:e])]
