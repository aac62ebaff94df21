"""Numbers in news text: ``parse_number`` for one expression, ``find_quantities`` in prose.

Only quantities count: years, decades, dates, clock times, ordinals, phone numbers and the
digits inside names ("COVID-19", "S-400") are not quantities, and neither are vague plurals
("hundreds", "several times"). Every pattern is a single pass without nested quantifiers,
so both functions run in linear time.
"""

import re
from collections.abc import Iterator

import attrs

from newsclaims.model import Quantity, Span


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER_WORDS = [*_UNITS, *_TEENS, *_TENS, *_SCALES, "hundred", "dozen"]

# Multipliers that may follow digits ("1.2 million", "$5bn", "3,5 Milliarden").
_DIGIT_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "tausend": 1e3, "lakh": 1e5,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mio": 1e6,
    "millionen": 1e6, "millones": 1e6, "milioni": 1e6, "milhões": 1e6, "crore": 1e7,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "milliard": 1e9, "milliards": 1e9,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "miliardi": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "dozen": 12,
}  # fmt: skip
_CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "jpy": "JPY", "₽": "RUB", "rub": "RUB", "₹": "INR", "inr": "INR", "₺": "TRY",
    "cny": "CNY", "chf": "CHF", "azn": "AZN", "amd": "AMD",
}  # fmt: skip
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "yuan": "CNY", "yen": "JPY",
    "rupees": "INR", "lira": "TRY", "liras": "TRY", "manat": "AZN", "manats": "AZN",
    "dram": "AMD", "drams": "AMD",
}  # fmt: skip
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)

_SCALE_ALT = "|".join(sorted(_DIGIT_SCALES, key=len, reverse=True))
_DIGIT_NUMBER = re.compile(
    r"(?P<cur>US\$|[$€£¥₽₹₺]|\b(?:USD|EUR|GBP|JPY|RUB|INR|CNY|CHF|AZN|AMD)\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 2,000 and 1,234.5
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.])"  # 1.000.000 (dot-grouped: no decimal has two)
    r"|\d{1,3}(?:\.\d{3})+,\d+(?![\d.,])"  # 1.234,5
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,])"  # 10 000
    r"|\d+(?:\.\d+)?(?:,\d{1,2}(?=\s?(?i:mil|mrd|mio)))?)"  # 7, 1.5, 1,2 Millionen
    rf"(?:\s?(?P<scale>(?i:{_SCALE_ALT}))(?![\w]))?"
    r"(?:\s?(?P<pct>%|(?i:percent|per\s?cent|pct|prozent|pour\s?cent|por\s?ciento))(?!\w))?"
)
_WORD_ALT = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_WORD_NUMBER = re.compile(
    # the look-ahead lets the engine skip most positions before trying the alternation
    rf"(?=[zZoOtTfFsSeEnNhHmMbBdDaA])\b(?i:(?:(?:half\s+)?an?\s+)?(?:{_WORD_ALT})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD_ALT}))*)\b"
)
_TOKEN = re.compile(r"[a-z]+")
_DIGIT_RUN = re.compile(r"\d+")
_CURRENCY_BEFORE = re.compile(
    r"(?:US\$|[$€£¥₽₹₺]|\b(?:USD|EUR|GBP|JPY|RUB|INR|CNY|CHF|AZN|AMD)\s?)\Z"
)
_GROUP_SPACE = re.compile(r"[ \u00a0\u202f\u2009]")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
# The gap patterns below are matched where a number ends, never after a space: the
# look-behinds keep a scan of a long run of spaces from retrying it at every position.
_SERIES_GAP = re.compile(
    r"(?<!\s)\s*(?:,\s*(?:(?:or|and)\s+)?|(?:or|and|to|through|-|–|—)\s*)"
)
_MAX_NUMBER_WORDS = 32
_CONTEXT = 24  # characters around a number that decide whether it is a date, time or phone

# Spans that look numeric but are not quantities; their digits are skipped.
_NOT_QUANTITY = re.compile(
    r"\d{1,4}([-/.])\d{1,2}\1\d{1,4}"  # 2020-11-05, 01.11.2020, 11/05/20
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?i:[ap]\.?m\b\.?))?"  # 16:25, 4:25 PM
    r"|\d{1,2}(?:[.:]\d{2})?\s?(?i:[ap]\.m\.|[ap]m\b|o['’]clock|uhr\b|h\d\d)"  # 5 p.m., 16h30
    r"|(?:\+\d{1,3}[\s.-]?)?\(\d{1,4}\)\s?\d{3,4}[\s.-]?\d{3,4}"  # (202) 555-0100
    r"|\+\d{1,3}(?:[\s.-]\d{2,4}){2,5}"  # +1 202 555 0100
    r"|\d{3}[.-]\d{3,4}[.-]\d{4}"  # 202-555-0100
    r"|\d{3}-\d{4}(?!\d)"  # 555-1234
    rf"|\b(?:{_MONTHS})\b\.?\s+\d{{1,2}}(?!\d)"  # October 27
    rf"|\d{{1,2}}(?:\s+of)?\s+(?:{_MONTHS})\b"  # 27 October
    r"|['’]\d\ds\b|\d{4}['’]?s\b"  # ’90s, 1990s
    r"|(?:1[5-9]|20)\d\d\s?[-–/]\s?(?:(?:1[5-9]|20)\d\d|\d\d)(?!\d)"  # 1992-1994, 2016–17
    r"|(?m:^)[ \t]*\d{1,3}[.)](?=[ \t])"  # a numbered list item: "2. What is ..."
    r"|\[\d{1,4}\]"  # a citation mark: [63]
)

_HEDGE = re.compile(
    r"(?<![\w-])(?P<hedge>(?i:more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most|up\s+to"
    r"|no\s+fewer\s+than|no\s+less\s+than|no\s+more\s+than|as\s+many\s+as|as\s+much\s+as"
    r"|as\s+few\s+as|close\s+to|upwards\s+of|in\s+excess\s+of|just\s+over|just\s+under"
    r"|well\s+over|an\s+estimated|estimated|about|around|approximately|approx\.|roughly"
    r"|some|nearly|almost|approaching|reaching|nearing|over|under|below|above|exceeding"
    r"|exactly|only|circa|ca\.|c\.|just))\s+\Z"
)
_HEDGE_WINDOW = 24
_SUFFIX_HEDGE = re.compile(
    r"(?:\+(?![\d+])|-plus\b|(?<!\s)(?:\s+|-)(?:or\s+(?P<word>more|so|less|fewer)|(?P<word2>odd))\b)"
)
_SUFFIX_HEDGES = {
    "plus": "or more",
    "more": "or more",
    "so": "or so",
    "less": "or less",
    "fewer": "or less",
    "odd": "or so",
}

# Languages whose numbers are written 3.500 (grouping) and 3,5 (decimal).
_DECIMAL_COMMA_LANGUAGES = frozenset(
    ["de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "cs", "sk", "sl", "hr", "sr", "bg",
     "ro", "hu", "tr", "az", "hy", "ka", "el", "da", "no", "nb", "nn", "sv", "fi", "et", "lv",
     "lt", "id", "vi"]
)
# Languages that capitalise every noun, so the counted noun is capitalised too.
_NOUN_CAPITALISING_LANGUAGES = frozenset({"de", "lb"})


def _base_language(language: str | None) -> str:
    return (language or "").replace("_", "-").split("-")[0].casefold()


def writes_decimal_comma(language: str | None) -> bool:
    """Whether text in ``language`` (a BCP 47 tag such as ``de-AT``) writes 3,5 for 3.5."""
    return _base_language(language) in _DECIMAL_COMMA_LANGUAGES


# German hedges, reported in the English form the rest of the library compares.
_GERMAN_HEDGE = re.compile(
    r"(?<![\w-])(?P<hedge>(?i:mehr\s+als|weniger\s+als|bis\s+zu|mindestens|höchstens|über"
    r"|rund|etwa|ungefähr|circa|ca\.|knapp|fast|beinahe|nahezu|gut|schätzungsweise"
    r"|annähernd|genau|nur|lediglich))\s+\Z"
)
_GERMAN_HEDGES = {
    "mehr als": "more than", "weniger als": "less than", "bis zu": "up to",
    "mindestens": "at least", "höchstens": "at most", "über": "over",
    "rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about", "ca.": "about",
    "knapp": "nearly", "fast": "almost", "beinahe": "almost", "nahezu": "nearly",
    "gut": "just over", "schätzungsweise": "an estimated", "annähernd": "nearly",
    "genau": "exactly", "nur": "only", "lediglich": "only",
}  # fmt: skip
_GERMAN_STOP_WORDS = _words(
    """
    der die das den dem des ein eine einer einem einen und oder aber von vom zu zur zum mit bei
    aus nach seit im in am an auf für gegen ohne um über unter vor hinter neben zwischen durch
    ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien sein als wie
    nicht kein keine mehr weniger bis etwa rund prozent mal jahre jahren jahr
    """
)

_YEAR_PREPOSITIONS = _words(
    "in since by until till from of during before after to through between early late mid "
    "spring summer autumn fall winter year circa and im seit bis ab jahr jahre jahres"
)
_PRONOUN_ONE = _words("the no any every each this that which someone no-one anyone")
_STOP_WORDS = _words(
    """
    a an the and or but nor of in on at to from for with by into onto upon about across
    against among around as before behind below beneath beside between beyond during except
    inside near off out outside over per since than through throughout till toward towards
    under until via within without who whom whose which that this these those there here
    they them their he she it its we us our you your i me my his her is are was were be been
    being am has have had having do does did will would shall should can could may might must
    not no also already still just only even more less most least each every all both some
    several many much few other another such same said says say told tells according if when
    while where whereas because so then than too very per cent percent times ago old later
    earlier yesterday today tomorrow including included after amid amidst despite following
    like unlike plus minus versus vs whether what how why whom once since whilst until unless
    though although yet nor either neither x"""
)
_IRREGULAR_PLURALS = _words(
    "people men women children police personnel troops staff cattle feet teeth mice geese "
    "data media criteria phenomena militia clergy crew livestock"
)
_WORD_AFTER = re.compile(r"(?<![ \t])[ \t]+[\"“‘'«]?([^\W\d_]+(?:[-'’][^\W\d_]+)*)")
_COMPOUND = re.compile(r"-([^\W\d_]{2,})")
_PASS_OVER = _words("other more additional extra further")


def _parse_words(tokens: list[str]) -> tuple[float, int]:
    """The value of the longest valid number-word prefix of ``tokens`` and its length."""
    total = 0.0
    current = 0.0
    last = ""  # kind of the previous token
    last_scale = float("inf")
    used = 0
    value_at_used = 0.0
    i = 0
    half = False
    if len(tokens) >= 2 and tokens[0] == "half" and tokens[1] in ("a", "an"):
        half, i, last, current = True, 2, "a", 1.0
    elif tokens and tokens[0] in ("a", "an"):
        i, last, current = 1, "a", 1.0
    while i < len(tokens):
        tok = tokens[i]
        if tok == "and":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if last not in ("hundred", "scale") or not (
                nxt in _UNITS or nxt in _TEENS or nxt in _TENS
            ):
                break
            last = "and"
            i += 1
            continue
        if tok in _UNITS or tok in _TEENS:
            if last not in ("", "tens", "hundred", "scale", "and") or (
                last == "tens" and tok not in _UNITS
            ):
                break
            if tok == "zero" and (last or i + 1 < len(tokens)):
                break
            current += _UNITS.get(tok, _TEENS.get(tok, 0))
            last = "unit"
        elif tok in _TENS:
            if last not in ("", "hundred", "scale", "and"):
                break
            current += _TENS[tok]
            last = "tens"
        elif tok == "hundred":
            if last not in ("unit", "tens", "a") or not 1 <= current <= 99:
                break
            current *= 100
            last = "hundred"
        elif tok in _SCALES:
            scale = _SCALES[tok]
            if last in ("", "and", "scale") or current <= 0 or scale >= last_scale:
                break
            total += current * scale
            current = 0.0
            last_scale = scale
            last = "scale"
        elif tok == "dozen":
            if last not in ("unit", "tens", "a") or not 1 <= current <= 99 or total:
                break
            current *= 12
            i += 1
            used, value_at_used = i, total + current
            break
        else:
            break
        i += 1
        if last != "a":
            used, value_at_used = i, total + current
    if half and used:
        value_at_used /= 2
    return value_at_used, used


def _to_float(number: str, scale: str | None, decimal_comma: bool = False) -> float | None:
    number = _GROUP_SPACE.sub("", number)  # 10 000, 1 200 000
    if _DOT_GROUPS.fullmatch(number) and (decimal_comma or "," in number or number.count(".") > 1):
        number = number.replace(".", "").replace(",", ".")  # 1.000.000, 3.500, 1.234,5
    elif "," in number and "." not in number and (
        decimal_comma or len(number.rsplit(",", 1)[1]) != 3
    ):
        number = number.replace(",", ".")  # 1,2 Millionen: a decimal comma
    try:
        value = float(number.replace(",", ""))
    except ValueError:
        return None
    if scale:
        value *= _DIGIT_SCALES[scale.casefold()]
    return value


def parse_number(text: str) -> float | None:
    """The value of one number expression, or None when ``text`` is not exactly one.

    "2,000", "1.2 million", "$5bn", "40%", "two thousand", "three hundred and fifty",
    "twenty-five", "a dozen", "half a million" are numbers; vague plurals ("hundreds",
    "several"), decades ("1990s") and ordinals ("2nd") are not.
    """
    try:
        stripped = text.strip()
        match = _DIGIT_NUMBER.fullmatch(stripped)
        if match is not None:
            return _to_float(match["num"], match["scale"])
        tokens = _TOKEN.findall(stripped.casefold())
        if not tokens or _WORD_NUMBER.fullmatch(stripped) is None:
            return None
        value, used = _parse_words(tokens)
        return value if used == len(tokens) else None
    except (ValueError, OverflowError, KeyError):
        return None


def _excluded(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a date, time, phone number or decade."""
    lo, hi = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    return any(m.start() < end and m.end() > start for m in _NOT_QUANTITY.finditer(text, lo, hi))


def _is_plural(word: str) -> bool:
    low = word.casefold()
    if low in _IRREGULAR_PLURALS:
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _unit_after(text: str, end: int, german: bool = False) -> tuple[str | None, bool]:
    """The head noun counted by the number ending at ``end``, and whether it is plural.

    Adjectives before it are skipped ("150 high-ranking Turkish military officers").
    """
    if german:
        return _german_unit_after(text, end)
    compound = _COMPOUND.match(text, end)
    if compound is not None and compound.group(1).casefold() != "plus":
        return compound.group(1), False  # "a 28-nation bloc", "a 40-year-old"
    taken: list[str] = []
    pos = end
    for _ in range(6):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        low = word.casefold()
        if low in _PASS_OVER:
            pos = m.end()  # "three other counselors", "two more years"
            continue
        if low in _STOP_WORDS:
            break
        if taken and "-" not in word and low.endswith(("ing", "ed")):
            break  # a participle starts the verb phrase: "300 militants killed"
        if word[0].isupper() and taken and taken[-1][0].islower() and _is_plural(taken[-1]):
            break  # a plural head already ends the phrase: "12 protesters Police said"
        taken.append(word)
        pos = m.end()
        if word[0].islower() and "-" not in word and _is_plural(word):
            break  # a plural noun is the head: "100,000 people took part"
    for word in reversed(taken):
        if word[0].islower():
            return word, _is_plural(word)
    if len(taken) == 1 and _is_plural(taken[0]) and taken[0][1:].islower():
        return taken[0], True  # "5 Russians", "12 Republicans"
    return None, False


def _german_unit_after(text: str, end: int) -> tuple[str | None, bool]:
    """The counted noun in German: the first capitalised word after lower-case adjectives.

    "3.500 Soldaten", "rund 150 hochrangige türkische Offiziere"; German marks no plural the
    way English does, so any counted noun after a number above one is taken as plural.
    """
    pos = end
    for _ in range(5):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            return None, False
        word = m.group(1)
        if word.casefold() in _GERMAN_STOP_WORDS:
            return None, False
        if word[0].isupper():
            return word, True
        pos = m.end()
    return None, False


def _hedge_before(text: str, start: int, german: bool = False) -> str | None:
    window = text[max(0, start - _HEDGE_WINDOW) : start]
    if german:
        found = _GERMAN_HEDGE.search(window)
        if found is not None:
            return _GERMAN_HEDGES[" ".join(found["hedge"].casefold().split())]
    m = _HEDGE.search(window)
    if m is None:
        return None
    return " ".join(m["hedge"].casefold().split())


def _hedge_after(text: str, end: int) -> tuple[str | None, int]:
    """A hedge written after the number ("2,000-plus", "2,000 or more") and where it ends."""
    m = _SUFFIX_HEDGE.match(text, end)
    if m is None:
        return None, end
    word = (m["word"] or m["word2"] or "plus").casefold()
    return _SUFFIX_HEDGES[word], m.end()


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= max(0, start - 8) and text[i] in " \t\"“‘'(«[":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n—–-"


def _previous_word(text: str, start: int) -> str:
    window = text[max(0, start - 20) : start].split()
    return window[-1].casefold().strip(",;:(") if window else ""


def _digit_candidates(
    text: str, decimal_comma: bool = False, german: bool = False
) -> Iterator[Quantity]:
    # Driven by digit runs: trying the full pattern at every position is several times slower.
    covered = 0
    for run in _DIGIT_RUN.finditer(text):
        if run.start() < covered:
            continue  # the "234" of "1,234"
        currency = _CURRENCY_BEFORE.search(text, max(0, run.start() - 4), run.start())
        m = _DIGIT_NUMBER.match(text, currency.start() if currency else run.start())
        if m is None or m.end("num") <= run.start():
            continue
        covered = m.end("num")
        start, end = m.span()
        num_start, num_end = m.span("num")
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        if (
            before.isalnum()
            or before in "_/"
            or (before in ".,-" and text[start - 2 : start - 1].isalnum())
        ):
            continue  # inside a name or code: COVID-19, A321, v2.1
        if (
            after.isalnum()
            or after in "_/"
            or (after in ".,-" and text[end + 1 : end + 2].isdigit())
        ):
            continue  # 2nd, 1990s, 3.2.1, 1,2,3
        if after in "'’" and text[end + 1 : end + 2] == "s":
            continue  # 1990's
        if (after in "'’′" and text[end + 1 : end + 2].isdigit()) or (
            before in "'’′" and text[start - 2 : start - 1].isdigit()
        ):
            continue  # a height: 6'3"
        if _excluded(text, num_start, num_end):
            continue
        number, scale, pct, cur = m["num"], m["scale"], m["pct"], m["cur"]
        suffix_hedge, suffix_end = _hedge_after(text, end)
        value = _to_float(number, scale, decimal_comma)
        if value is None:
            continue
        unit: str | None
        plural = False
        if pct:
            unit = "percent"
        elif cur:
            unit = _CURRENCY_SYMBOLS.get(cur.strip().casefold())
        else:
            unit, plural = _unit_after(text, suffix_end, german)
            if unit is not None:
                unit = _CURRENCY_WORDS.get(unit.casefold(), unit)
        bare = not (scale or pct or cur) and number.isdigit()
        # a year unless a plural noun follows it: "2000 mercenaries" but "2016 election",
        # "the 2010 Dodd-Frank regulations"
        if bare and len(number) == 4 and 1000 <= value <= 2100:
            first = _WORD_AFTER.match(text, suffix_end)
            direct = plural and first is not None and first.group(1) == unit
            if not direct or _previous_word(text, start) in _YEAR_PREPOSITIONS:
                continue
        if bare and (len(number) >= 10 or (len(number) > 1 and number[0] == "0")):
            continue  # an identifier or code (007, 0800), not a count
        yield Quantity(
            value=value,
            surface=m.group(),
            unit=unit,
            hedge=_hedge_before(text, start, german) or suffix_hedge,
            span=Span(start, end),
        )


def _word_candidates(text: str) -> Iterator[Quantity]:
    for m in _WORD_NUMBER.finditer(text):
        # Tokens are parsed greedily; an invalid continuation ("one two") starts a new number.
        tokens = [(t.group(), t.start()) for t in re.finditer(r"[A-Za-z]+", m.group())]
        i = 0
        while i < len(tokens):
            # no valid number is longer than this, so each step costs a bounded amount
            words = [t.casefold() for t, _ in tokens[i : i + _MAX_NUMBER_WORDS]]
            value, used = _parse_words(words)
            if used == 0:
                i += 1
                continue
            start = m.start() + tokens[i][1]
            last_token, last_offset = tokens[i + used - 1]
            end = m.start() + last_offset + len(last_token)
            i += used
            after = text[end : end + 1]
            if after in "'’" and text[end + 1 : end + 2].isalpha():
                continue  # one's
            if after == "-" and text[start:end].casefold() == "one":
                continue  # one-off, one-sided
            if text[start].isupper() and not _starts_sentence(text, start):
                continue  # a name: "Ground Zero", "Air Force One", "Ocean's Eleven"
            suffix_hedge, suffix_end = _hedge_after(text, end)
            unit, _plural = _unit_after(text, suffix_end)
            if unit is not None:
                unit = _CURRENCY_WORDS.get(unit.casefold(), unit)
            surface = text[start:end]
            # "one of them", "no one", "the one who": a pronoun, not a count
            if surface.casefold() == "one" and (
                unit is None or _previous_word(text, start) in _PRONOUN_ONE
            ):
                continue
            if words[0] in ("a", "an") and used == 1:
                continue
            yield Quantity(
                value=value,
                surface=surface,
                unit=unit,
                hedge=_hedge_before(text, start) or suffix_hedge,
                span=Span(start, end),
            )


def find_quantities(text: str, *, language: str | None = None) -> list[Quantity]:
    """Every quantity stated in ``text``, in order, with its hedge and counted unit.

    ``language`` (a BCP 47 tag, e.g. the article's) changes how digits read: in a language
    that writes ``3.500`` for three thousand five hundred (German, French, Spanish, Russian, …,
    see :func:`writes_decimal_comma`) a lone dot group is grouping; otherwise it is a decimal
    point (``3.500`` = 3.5). Two or more dot groups (``1.000.000``) and ``1.234,5`` are grouped
    in any language. German text also gets German hedges (``rund``, ``mehr als``, ``bis zu``
    …, reported in their English form: ``about``, ``more than``, ``up to``) and capitalised
    counted nouns (``3.500 Soldaten``). Number words are English only.

    ``span`` indexes ``text`` and slices to ``surface``, the number expression itself
    (currency sign, multiplier and percent sign included; hedge and unit noun excluded).
    ``unit`` is the counted head noun ("mercenaries"), "percent", or a currency code.
    """
    german = _base_language(language) in _NOUN_CAPITALISING_LANGUAGES
    found = [*_digit_candidates(text, writes_decimal_comma(language), german),
             *_word_candidates(text)]
    found.sort(key=lambda q: q.span.start if q.span else 0)
    result: list[Quantity] = []
    for quantity in found:
        if result and quantity.span and result[-1].span and result[-1].span.overlaps(quantity.span):
            continue
        result.append(quantity)
    # "20 to 50 percent", "two or three times", "45, 60 or 90 minutes": one unit for all
    for i in range(len(result) - 2, -1, -1):
        first, second = result[i], result[i + 1]
        if first.unit is None and second.unit is not None and first.span and second.span:
            between = text[first.span.end : second.span.start]
            if _SERIES_GAP.fullmatch(between):
                result[i] = attrs.evolve(first, unit=second.unit)
    return result
