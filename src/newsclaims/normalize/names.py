"""Person names in news: titles and roles, possessives, aliases and typo-tolerant matching.

``split_title`` turns "Azerbaijani President Ilham Aliyev" into ("Ilham Aliyev",
"President of Azerbaijan"); ``match_name`` decides which known person a mention refers to,
tolerating typos ("Segei Lavrov"), transliteration variants (Sergey/Sergei, Alijew/Aliyev),
a surname alone and an extra patronymic, but never two clearly different names.
"""

import re
import unicodedata
from collections.abc import Iterable

from newsclaims.normalize.demonyms import country_of, with_article


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- titles -------------------------------------------------------------------------------

# Words that end a title: the role itself.
_HEADS = _words(
    """
    president minister secretary spokesperson spokesman spokeswoman ambassador chancellor
    king queen prince princess pope senator representative congressman congresswoman
    governor mayor general colonel major captain admiral commander sergeant lieutenant chief
    director chairman chairwoman chairperson chair ceo cfo coo cto founder co-founder leader
    head judge justice prosecutor attorney envoy diplomat adviser advisor aide deputy emir
    sheikh sultan ayatollah patriarch bishop archbishop cardinal rabbi imam pastor reverend
    professor speaker premier vice-president executive manager economist analyst expert
    researcher scientist editor editor-in-chief correspondent reporter journalist
    commissioner inspector superintendent sheriff councillor councilman councilwoman
    delegate lawmaker legislator mp mep candidate nominee activist owner coach negotiator
    mediator monarch dictator strongman official officer spokespeople ombudsman
    secretary-general director-general attorney-general governor-general president-elect
    vice-chairman treasurer administrator commandant marshal brigadier chaplain
    presidente ministro ministra portavoz ministre porte-parole président présidente
    premierminister arzt ärztin experte expertin journalistin kommentator kommentatorin
    polizist polizistin autor autorin anwalt anwältin lehrer lehrerin professorin
    wissenschaftler wissenschaftlerin pollster strategist consultant lawyer historian
    columnist commentator blogger"""
)
# Words that qualify a head inside a title ("Deputy Foreign Minister").
_MODIFIERS = _words(
    """
    foreign prime defense defence interior finance economy economic health deputy vice
    acting former ex first senior assistant under interim press state national security
    executive lieutenant lt major rear supreme high grand crown presidential education trade
    energy agriculture culture environment transport transportation labour labor emergency
    emergencies communications information digital home budget military special top junior
    associate managing principal regional federal foreign-policy de facto self-proclaimed
    opposition chief general permanent parliamentary majority minority brigadier staff
    sergeant private field wing flight petty master affairs homeland commerce veterans"""
)
# Stripped without becoming a role.
_HONORIFICS = _words(
    """
    mr mrs ms miss mx mister dr sir dame madam madame mme m monsieur herr frau señor señora
    senor senora sr sra srta don doña dona messrs mmes lady lord"""
)
_ABBREVIATIONS = {
    "sen": "Senator", "rep": "Representative", "gov": "Governor", "gen": "General",
    "lt": "Lieutenant", "col": "Colonel", "maj": "Major", "capt": "Captain", "cpt": "Captain",
    "adm": "Admiral", "sgt": "Sergeant", "cmdr": "Commander", "cdr": "Commander",
    "pres": "President", "prof": "Professor", "rev": "Reverend", "amb": "Ambassador",
    "atty": "Attorney", "supt": "Superintendent", "insp": "Inspector", "sec": "Secretary",
    "brig": "Brigadier", "cpl": "Corporal", "pvt": "Private", "fr": "Father",
    "ceo": "CEO", "cfo": "CFO", "coo": "COO", "cto": "CTO", "mp": "MP", "mep": "MEP",
}  # fmt: skip
# German (and Dutch) compounds: Bundeskanzlerin, Außenminister, Regierungssprecher. Only
# ever fullmatched against one token; the look-behind keeps a scan of a long word from
# retrying the compound prefix at each of its letters.
_GERMAN_TITLE = re.compile(
    r"(?<!\w)(?i:[\wäöüß]*(?:kanzler|minister|präsident|praesident|sprecher|bürgermeister"
    r"|buergermeister|vorsitzende|botschafter|staatssekretär|sekretär|direktor|richter"
    r"|abgeordnete|regierungschef|chef|leiter|beauftragte|general|kommissar|senator)"
    r"(?:in|innen|r|s)?)"
)
# Words that make a phrase an organisation, not a person.
_ORG_WORDS = _words(
    """
    ministry office house department commission council party agency bank committee army
    forces government parliament assembly embassy union court kremlin pentagon service
    institute university foundation treasury association society league alliance coalition
    ministerium partei regierung institut verband gericht polizei agentur zeitung organization
    organisation authority administration
    senate congress police guard corps federation republic navy command center centre board
    fund press agency news times post company corporation inc ltd group network radio
    television tv channel newspaper magazine tass reuters afp ap ria interfax"""
)
_DETERMINERS = _words(
    "the a an another its his her their our this that these those le la les el los "
    "der die das den dem des ein eine einer eines dieser diese dieses jener"
)
_PARTICLES = _words(
    "van von der den de da di du del della dos das la le bin ibn al el ben ter ten zu y e"
)
_SUFFIXES = _words("jr jr. sr sr. ii iii iv phd md")
_CONNECTORS = frozenset({"of", "for", "and", "on", "to"})

_FUNCTION_WORDS = _words(
    "of in at for from by with to on and or but than von vom des der im am und oder zu für "
    "bei de du la le da di del della y e o et"
)
_RELATIVES = _words("who whom whose which that where when der die das welcher welche dessen deren")
_LEADING_MODIFIERS = _words("former acting interim then ex then-")
_PARTIES = _words(
    "democratic republican conservative labour labor liberal socialist green independent gop"
)
# An aside takes the spaces before it, from the first one: a match started inside a run of
# spaces could only repeat the attempt made at its first space.
_ASIDE = re.compile(r"(?<!\s)\s*\([^()]{0,60}\)|,\s*[DRI]-[A-Z][\w.]*(?=,|$)")
# The whole mention is one name: anchored, so it is never retried from inside the name.
_AFFILIATION = re.compile(
    r"\A(?P<who>.+?[^\W\d_]\.?)\s+(?:of|from|at|with|von|aus)\s+(?P<where>[A-Z].*)"
)
_POSSESSIVE = re.compile(r"(?:['’`]s|(?<=[sSzxX])['’])\Z")


def strip_possessive(name: str) -> str:
    """Drop a possessive ending: "Aliyev's" -> "Aliyev", "the Clintons’" -> "the Clintons"."""
    stripped = name.strip()
    return _POSSESSIVE.sub("", stripped).rstrip()


def _bare(token: str) -> str:
    return token.strip('.,;:()[]"“”«»').casefold()


def _is_title_word(token: str) -> bool:
    low = _bare(token)
    return (
        low in _HEADS
        or low in _MODIFIERS
        or low in _ABBREVIATIONS
        or (token[:1].isupper() and _GERMAN_TITLE.fullmatch(low) is not None and len(low) > 6)
    )


def _is_head(token: str) -> bool:
    low = _bare(token)
    return (
        low in _HEADS
        or low in _ABBREVIATIONS
        or (_GERMAN_TITLE.fullmatch(low) is not None and len(low) > 6)
    )


def _is_honorific(token: str) -> bool:
    return _bare(token) in _HONORIFICS


def _is_particle(token: str) -> bool:
    return (
        token in _PARTICLES
        or re.fullmatch(r"(?:al|el|ad|as|ash|at|ar|az|an)-\w+", token) is not None
    )


def _is_name_token(token: str) -> bool:
    word = token.strip('.,;:()"“”«»')
    if not word:
        return False
    return word[0].isupper() or _is_particle(word)


def _country_phrase(tokens: list[str]) -> str | None:
    return country_of(" ".join(tokens)) if tokens else None


def _title_case(token: str) -> str:
    low = _bare(token)
    if low in _ABBREVIATIONS:
        return _ABBREVIATIONS[low]
    if low in _CONNECTORS or low == "the":
        return low
    word = token.strip(",;:()")
    if word.isupper() and len(word) > 1:
        return word
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _org_phrase(tokens: list[str]) -> str:
    """ "Russian Foreign Ministry" -> "the Russian Foreign Ministry"; "Gazprom's" -> "Gazprom"."""
    words = list(tokens)
    possessive = False
    if words and _POSSESSIVE.search(words[-1]):
        words[-1] = strip_possessive(words[-1])
        possessive = True
    while words and words[0].casefold() in _DETERMINERS:
        words = words[1:]
    if not words:
        return ""
    country = _country_phrase(words)
    if country is not None:
        return with_article(country)
    phrase = " ".join(words)
    if not possessive and _bare(words[-1]) in _ORG_WORDS:
        return "the " + phrase
    return phrase


def _parse_role(tokens: list[str]) -> str | None:
    """The role in the words around a name.

    "Russia's foreign minister" -> "Foreign Minister of Russia".
    """
    words = [t for t in tokens if t and not _is_honorific(t)]
    while words and words[0].casefold() in _DETERMINERS:
        words = words[1:]
    if not words:
        return None
    start = end = len(words)
    head_of = next(
        (i for i in range(len(words) - 1) if _is_head(words[i]) and words[i + 1] in ("of", "for")),
        None,
    )
    if head_of is not None:
        start = end = head_of + 1  # "Secretary of State": the complement is kept as written
    while start > 0:
        token = words[start - 1]
        if _POSSESSIVE.search(token) and start < end:
            break
        if not (_is_title_word(token) or token[:1].islower()):
            break
        if token in _FUNCTION_WORDS and start < end:
            break
        start -= 1
    title_words = words[start:end]
    if not any(_is_head(w) for w in title_words):
        return None
    org_words = words[:start]
    # "the former Treasury secretary": a leading modifier belongs to the title
    lead = [w for w in org_words if w.casefold() in _LEADING_MODIFIERS]
    org_words = [w for w in org_words if w.casefold() not in _LEADING_MODIFIERS]
    # an organisation is the capitalised run right before the title: "Angaben des Polizeichefs"
    # has none, "Italy's Northern League leader" has one
    cut = len(org_words)
    while cut > 0 and (org_words[cut - 1][:1].isupper() or org_words[cut - 1] == "of"):
        cut -= 1
    org_words = org_words[cut:]
    party = [w for w in org_words if w.casefold() in _PARTIES]
    if party and len(party) == len(org_words):
        lead, org_words = lead + party, []
    title = " ".join(_title_case(w) for w in [*lead, *title_words])
    complement = " ".join(words[end:])
    if complement:
        title = f"{title} {complement}"
    org = _org_phrase(org_words)
    return f"{title} of {org}" if org else title


def _name_start(tokens: list[str]) -> int:
    """Index where the trailing name begins (len(tokens) when there is none)."""
    start = len(tokens)
    while start > 0:
        token = tokens[start - 1]
        bare = _bare(token)
        last = start == len(tokens)
        if not _is_name_token(token) and not (bare in _SUFFIXES and last):
            break
        if not last and (_is_title_word(token) or _is_honorific(token)):
            break
        if not last and bare in _ORG_WORDS:
            break  # "Secretary of the Treasury Steven Mnuchin"
        if bare in _DETERMINERS and not _is_particle(token):
            break  # "Der Minister", "This official"; but "von der Leyen"
        if not last and _POSSESSIVE.search(token):
            break
        if not last and country_of(token) and start < len(tokens) and _is_title_word(tokens[start]):
            break
        start -= 1
    while start < len(tokens) and _is_particle(tokens[start]):
        start += 1  # a particle opens a name only after a given name: "Ursula von der Leyen"
    return start


def _split_plain(text: str) -> tuple[str, str | None, bool]:
    """(name, role, whether a person's name was found) for a mention without commas."""
    whole = strip_possessive(text)
    name, role, person = _split_bare(text)
    if person:
        return name, role, True
    affiliation = _AFFILIATION.match(text)
    if affiliation is not None:
        # "David Woodard of Clemson University", "Andy Grewal at the University of Iowa"
        name, role, person = _split_bare(affiliation["who"])
        if person and " " in name:
            place = affiliation["where"].strip()
            return name, f"{role}, {place}" if role else place, True
    return whole, None, False


def _split_bare(text: str) -> tuple[str, str | None, bool]:
    whole = strip_possessive(text)
    tokens = text.split()
    if tokens:
        tokens[-1] = strip_possessive(tokens[-1])
    start = _name_start(tokens)
    name_tokens = tokens[start:]
    if not name_tokens or any(_bare(t) in _ORG_WORDS for t in tokens[start:]):
        return whole, None, False
    if start > 0 and tokens[start - 1].casefold() in _FUNCTION_WORDS:
        return whole, None, False  # "the former CEO of Hewlett-Packard", "Trump or Clinton"
    if (
        len(name_tokens) == 1
        and start > 0
        and (_is_honorific(name_tokens[0]) or _is_title_word(name_tokens[0]))
    ):
        return whole, None, False
    if (
        len(name_tokens) == 1
        and start == 0
        and (_is_head(name_tokens[0]) or country_of(name_tokens[0]))
    ):
        return whole, None, False
    if start > 0 and tokens[0].casefold() in _DETERMINERS and not _parse_role(tokens[:start]):
        return whole, None, False  # "the White House East Room"
    name = " ".join(name_tokens).strip(",;:")
    return name, _parse_role(tokens[:start]), True


def _role_phrase(text: str) -> str | None:
    """The role an apposition states ("Russia's foreign minister"), or None for a clause."""
    tokens = text.split()
    while tokens and tokens[0].casefold() in _FUNCTION_WORDS:
        tokens = tokens[1:]  # "by the Kuwaiti foreign minister"
    if not tokens or tokens[0].casefold() in _RELATIVES or len(tokens) > 14:
        return None
    role = _parse_role(tokens)
    if role is not None:
        return role
    while tokens and tokens[0].casefold() in _DETERMINERS:
        tokens = tokens[1:]
    return " ".join(tokens) or None


def split_title(mention: str) -> tuple[str, str | None]:
    """Split a mention into (bare name, role).

    "Azerbaijani President Ilham Aliyev" -> ("Ilham Aliyev", "President of Azerbaijan");
    "Sergey Lavrov, Russia's foreign minister," -> ("Sergey Lavrov", "Foreign Minister of
    Russia"); "Mr. Smith" -> ("Smith", None). Honorifics are dropped, abbreviated titles
    expanded, a possessive and parenthetical asides ("(D-Calif.)") removed. A mention with
    no person name in it ("the Kremlin") comes back whole, without its possessive, and with
    role None.
    """
    text = _ASIDE.sub("", " ".join(mention.split()))
    text = " ".join(text.split()).strip(" ,;:")
    if not text:
        return "", None
    parts = [part.strip() for part in text.split(",")]
    parts = [part for part in parts if part and not part.isdigit()]  # "Jane Roe, 24, said"
    if len(parts) > 1 and all(_bare(t) in _SUFFIXES for t in parts[1].split()):
        parts[0:2] = [f"{parts[0]} {parts[1]}"]  # "John Smith, Jr."
    if len(parts) > 1:
        first, second = parts[0], parts[1]
        name, role, person = _split_plain(first)
        if person and not _looks_like_role_only(first):
            return name, _role_phrase(second) or role
        name2, role2, person2 = _split_plain(second)
        if person2:
            return name2, _role_phrase(first) or role2
        return strip_possessive(text), None
    name, role, _person = _split_plain(parts[0] if parts else text)
    return name, role


def _looks_like_role_only(text: str) -> bool:
    # "Russia's foreign minister": a role with nothing that could be a name after it
    tokens = text.split()
    return bool(tokens) and (tokens[-1][:1].islower() or _is_head(tokens[-1]))


# --- folding and similarity ---------------------------------------------------------------

_TRANSLIT = str.maketrans(
    {
        "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
        "ı": "i", "ħ": "h",
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
        "-": " ", "‐": " ", "–": " ", "'": "", "’": "", "`": "", ".": " ", ",": " ",
    }
)  # fmt: skip
# Applied to both sides, so English, German and French transliterations of one name meet.
# In order; a plain string is replaced with str.replace, which is what a regex of that one
# literal would do, only faster.
_PHONETIC: tuple[tuple[re.Pattern[str] | str, str], ...] = (
    (re.compile(r"tsch|tch"), "ch"),
    ("sch", "sh"),
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("j", "y"),
    (re.compile(r"ey\b|yi\b|ei\b"), "ei"),
    (re.compile(r"iy\b|yy\b|y\b"), "i"),
    ("ou", "u"),
    (re.compile(r"([a-z])\1"), r"\1"),
)
_MAX_NAME = 120


def fold_name(name: str) -> str:
    """Case, diacritics, Cyrillic script, hyphens and dots folded away: "Erdoğan" -> "erdogan"."""
    cut = name[: _MAX_NAME * 2]
    if cut.isascii():
        # ASCII has no compatibility forms or combining marks, and casefolds as it lowers.
        stripped = cut.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", cut.casefold())
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.translate(_TRANSLIT).split())[:_MAX_NAME]


def _phonetic(folded: str) -> str:
    for pattern, replacement in _PHONETIC:
        if isinstance(pattern, str):
            folded = folded.replace(pattern, replacement)
        else:
            folded = pattern.sub(replacement, folded)
    return folded


def _distance(a: str, b: str, limit: int | None = None) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance.

    With ``limit``, any distance above it may come back as ``limit + 1``: the work stops once
    two consecutive rows exceed it, since a row is built from the two before it.
    """
    if a == b:
        return 0
    if not a or not b:
        return len(a) + len(b)
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    prev_low = 0
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if limit is not None:
            low = min(cur)
            if low > limit and prev_low > limit:
                return limit + 1
            prev_low = low
        prev2, prev = prev, cur
    return prev[len(b)]


def _ratio(a: str, b: str, floor: float = 0.0) -> float:
    """1 - distance / longer length; with ``floor``, a ratio below it may be returned as 0."""
    if not a and not b:
        return 1.0
    longest = max(len(a), len(b))
    if floor <= 0.0:
        return 1.0 - _distance(a, b) / longest
    # One more than the float bound, so rounding never rejects a ratio equal to the floor.
    limit = int(longest * (1.0 - floor)) + 1
    if abs(len(a) - len(b)) > limit:
        return 0.0
    ratio = 1.0 - _distance(a, b, limit) / longest
    return ratio if ratio >= floor else 0.0


def name_similarity(a: str, b: str, *, floor: float = 0.0) -> float:
    """How alike two names are, in [0, 1]; symmetric, typo- and transliteration-tolerant.

    Callers that only ask whether the similarity reaches a threshold pass it as ``floor``: a
    similarity below the floor may then be reported as 0.0, and is found much faster.
    """
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return 1.0 if fa == fb else 0.0
    return max(_ratio(fa, fb, floor), _ratio(_phonetic(fa), _phonetic(fb), floor))


# --- aliases ------------------------------------------------------------------------------


class AliasTable:
    """A small, user-extendable registry of name variants (lookups ignore case and accents)."""

    def __init__(self, entries: Iterable[Iterable[str]] = ()) -> None:
        self._canonical: dict[str, str] = {}
        for entry in entries:
            names = list(entry)
            if names:
                self.add(names[0], *names[1:])

    def add(self, canonical: str, *aliases: str) -> None:
        """Register ``aliases`` (and ``canonical`` itself) as names of ``canonical``."""
        if not canonical.strip():
            raise ValueError("a canonical name must not be empty")
        for name in (canonical, *aliases):
            key = fold_name(name)
            if key:
                self._canonical[key] = canonical

    def canonical(self, name: str) -> str | None:
        """The canonical form of ``name``, or None when it is not registered."""
        return self._canonical.get(fold_name(strip_possessive(name)))

    def copy(self) -> "AliasTable":
        table = AliasTable()
        table._canonical = dict(self._canonical)
        return table

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.canonical(name) is not None

    def __len__(self) -> int:
        return len(set(self._canonical.values()))


# Spelling variants that folding and typo tolerance do not bridge; extend with ``add``.
DEFAULT_ALIASES = AliasTable(
    [
        ("Sergey Lavrov", "Sergei Lavrov", "Sergej Lawrow"),
        ("Vladimir Putin", "Wladimir Putin", "Vladimir Poutine"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Wolodymyr Selenskyj", "Zelenskiy"),
        ("Ilham Aliyev", "Ilham Alijew", "Ilham Aliev"),
        ("Nikol Pashinyan", "Nikol Paschinjan", "Nikol Pachinian"),
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Tayyip Erdogan"),
        ("Muammar Gaddafi", "Muammar Qaddafi", "Muammar al-Qaddafi", "Mouammar Kadhafi"),
        ("Mikhail Gorbachev", "Michail Gorbatschow", "Mikhail Gorbachov"),
    ]
)

# --- matching -----------------------------------------------------------------------------

_FEMININE = re.compile(r"(?:ova|eva|ina|yna|ska|skaya|aya)\Z")


def _token_match(a: str, b: str, threshold: float) -> float:
    """Similarity of two name tokens; 0 for a surname and its feminine form (Aliyev/Aliyeva)."""
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:  # an initial
        return 0.95 if a[0] == b[0] else 0.0
    if (b.startswith(a) and _FEMININE.search(b)) or (a.startswith(b) and _FEMININE.search(a)):
        return 0.0
    score = max(_ratio(a, b, threshold), _ratio(_phonetic(a), _phonetic(b), threshold))
    return score if score >= threshold else 0.0


def _folded_tokens(folded: str) -> list[str]:
    return [t for t in folded.split() if t not in _PARTICLES and t not in _SUFFIXES]


def _score(mention: list[str], known: list[str], threshold: float) -> float:
    if not mention or not known:
        return 0.0
    last = _token_match(mention[-1], known[-1], threshold)
    if not last:
        return 0.0
    if len(mention) == 1 or len(known) == 1:
        return last * 0.99  # a surname alone: good, but never better than a full match
    first = _token_match(mention[0], known[0], threshold)
    if not first:
        return 0.0
    # middle names and patronymics on one side only are allowed; conflicting ones are not
    short, long = (mention, known) if len(mention) <= len(known) else (known, mention)
    pos = 1
    for token in short[1:-1]:
        while pos < len(long) - 1 and not _token_match(token, long[pos], threshold):
            pos += 1
        if pos >= len(long) - 1:
            return 0.0
        pos += 1
    return (first + last) / 2


def match_name(
    mention: str,
    known: Iterable[str],
    *,
    threshold: float = 0.8,
    aliases: AliasTable | None = None,
) -> str | None:
    """The name in ``known`` that ``mention`` refers to, or None.

    Titles, honorifics and possessives in the mention are ignored; ``aliases`` (default
    ``DEFAULT_ALIASES``) bridges spellings folding cannot. A surname alone matches the one
    known name that ends with it; when two known names fit equally well, nothing matches.
    """
    table = DEFAULT_ALIASES if aliases is None else aliases
    candidates = list(dict.fromkeys(k for k in known if isinstance(k, str) and k.strip()))
    if not candidates or not isinstance(mention, str):
        return None
    bare = split_title(mention)[0] or mention
    folded = fold_name(bare)
    if not folded:
        return None
    canon = table.canonical(bare)
    # Each known name folded once: every test below compares folded forms.
    folds = {name: fold_name(name) for name in candidates}
    for name in candidates:
        if folds[name] == folded:
            return name
    if canon is not None:
        canon_folded = fold_name(canon)
        for name in candidates:
            if table.canonical(name) == canon or folds[name] == canon_folded:
                return name
    mention_tokens = _folded_tokens(folded)
    scored: list[tuple[float, str]] = []
    for name in candidates:
        score = _score(mention_tokens, _folded_tokens(folds[name]), threshold)
        if score >= threshold:
            scored.append((score, name))
    if not scored:
        return None
    scored.sort(key=lambda item: -item[0])
    best_score, best = scored[0]
    for score, name in scored[1:]:
        if best_score - score < 0.02 and folds[name] != folds[best]:
            return None  # two different people fit: do not guess
    return best
