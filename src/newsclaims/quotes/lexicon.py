"""Word lists the rule-based extractor relies on: cue verbs, pronouns, role and organisation nouns.

Everything is lower-case and matched token by token, so lookups are O(1) and no list is keyed to
one site's wording. English and German share one table: the words rarely collide, and an
article mixing both (a German quote in an English story) still works.
"""

from __future__ import annotations

_EN_CUE_STEMS = [
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
    "adding", "stress", "stresses", "stressed", "stressing", "emphasize", "emphasizes",
    "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised", "insist", "insists",
    "insisted", "insisting", "declare", "declares", "declared", "declaring", "recall", "recalls",
    "recalled", "recalling", "note", "notes", "noted", "noting", "continue", "continues",
    "continued", "continuing", "explain", "explains", "explained", "explaining", "state", "states",
    "stated", "stating", "write", "writes", "wrote", "writing", "tweet", "tweets", "tweeted",
    "tweeting", "claim", "claims", "claimed", "claiming", "argue", "argues", "argued", "arguing",
    "ask", "asks", "asked", "asking", "answer", "answers", "answered", "reply", "replies",
    "replied", "respond", "responds", "responded", "warn", "warns", "warned", "warning", "announce",
    "announces", "announced", "announcing", "acknowledge", "acknowledges", "acknowledged",
    "acknowledging", "admit", "admits", "admitted", "admitting", "assert", "asserts", "asserted",
    "asserting", "confirm", "confirms", "confirmed", "confirming", "deny", "denies", "denied",
    "denying", "suggest", "suggests", "suggested", "suggesting", "comment", "comments", "commented",
    "commenting", "remark", "remarks", "remarked", "remarking", "report", "reports", "reported",
    "reiterate", "reiterates", "reiterated", "reiterating", "predict", "predicts", "predicted",
    "predicting", "promise", "promises", "promised", "promising", "vow", "vows", "vowed", "vowing",
    "urge", "urges", "urged", "urging", "accuse", "accuses", "accused", "accusing", "criticise",
    "criticises", "criticised", "criticize", "criticizes", "criticized", "complain", "complains",
    "complained", "complaining", "charge", "charges", "charged", "joke", "jokes", "joked", "quip",
    "quips", "quipped", "recount", "recounts", "recounted", "observe", "observes", "observed",
    "concede", "concedes", "conceded", "contend", "contends", "contended", "maintain", "maintains",
    "maintained", "mention", "mentions", "mentioned", "shout", "shouts", "shouted", "testify",
    "testifies", "testified", "believe", "believes", "believed", "think", "thinks", "thought",
    "agree", "agrees", "agreed", "estimate", "estimates", "estimated", "insisted", "posted",
    "wonder", "wonders", "wondered", "inform", "informs", "informed", "assure", "assures",
    "assured", "remind", "reminds", "reminded", "allege", "alleges", "alleged", "blame", "blames",
    "blamed", "demand", "demands", "demanded", "describe", "describes", "described", "called",
    "calls", "predicted", "countered", "counter", "counters", "summed", "sums", "cautioned",
    "cautions", "caution", "pointed", "points", "signal", "signals", "signaled", "signalled",
    "underscored", "underscores", "highlighted", "highlights", "lamented", "laments", "praised",
    "praises", "boasted", "boasts", "conclude", "concludes", "concluded", "disclose", "discloses",
    "disclosed", "reveal", "reveals", "revealed", "exclaim", "exclaims", "exclaimed", "echo",
    "echoes", "echoed", "retort", "retorts", "retorted", "snap", "snapped", "quip", "mused",
    "muses", "whisper", "whispers", "whispered", "yell", "yells", "yelled", "scream", "screamed",
    "chant", "chanted", "cry", "cries", "cried", "mutter", "muttered", "brag", "brags", "bragged",
    "fume", "fumed", "plead", "pleaded", "pleads", "interject", "interjected", "emailed", "texted",
    "wrote", "tweet", "testified", "acknowledged", "continued", "quoted", "cites", "cited", "mock",
    "mocks", "mocked", "shot", "fired", "hit", "pushed", "went", "read", "reads", "beamed",
    "boomed", "gushed", "sighed", "laughed", "marveled", "marvelled", "raged", "thundered",
    "put", "puts", "written", "spoken", "sing", "sings", "sang",
]

_DE_CUE_STEMS = [
    "sagte", "sagten", "sagt", "sagen", "erklärte", "erklärten", "erklärt", "betonte", "betonten",
    "betont", "meinte", "meinten", "meint", "fügte", "fügten", "ergänzte", "ergänzten", "ergänzt",
    "teilte", "teilten", "berichtete", "berichteten", "berichtet", "äußerte", "äußerten", "äußert",
    "erläuterte", "erläuterten", "erläutert", "kritisierte", "kritisierten", "kritisiert",
    "forderte", "forderten", "fordert", "warnte", "warnten", "warnt", "verkündete", "verkündeten",
    "verkündet", "bestätigte", "bestätigten", "bestätigt", "schrieb", "schrieben", "schreibt",
    "bekräftigte", "bekräftigten", "bekräftigt", "unterstrich", "unterstrichen", "unterstreicht",
    "räumte", "räumten", "kündigte", "kündigten", "kündigt", "gab", "gaben", "sprach", "sprachen",
    "spricht", "behauptete", "behaupteten", "behauptet", "versicherte", "versicherten",
    "versichert", "wies", "wiesen", "stellte", "stellten", "zitierte", "zitierten", "beklagte",
    "beklagten", "mahnte", "mahnten", "verwies", "verwiesen", "kommentierte", "kommentierten",
    "antwortete", "antworteten", "antwortet", "ließ", "ließen", "hieß", "heißt", "glaubt",
    "begründete", "begründeten", "begründet", "rief", "riefen", "führte", "führten", "meldete",
    "meldeten", "fragte", "fragten", "erwiderte", "erwiderten", "entgegnete", "entgegneten",
    "resümierte", "bilanzierte", "urteilte", "lobte", "lobten", "warf", "warfen", "nannte",
    "nannten", "sprach", "glaubte", "vermutete", "vermutet", "schätzte", "schätzt", "appellierte",
    "sprach", "bezeichnete", "bezeichneten",
]

#: Cue words that introduce or close a quotation.
CUE_VERBS: frozenset[str] = frozenset(_EN_CUE_STEMS) | frozenset(_DE_CUE_STEMS)

#: Cues of quotations only ("Joel sings, “…”"): what these verbs take otherwise is no statement,
#: so reported speech never hangs on them.
QUOTE_ONLY_CUES: frozenset[str] = frozenset(["sing", "sings", "sang"])

#: Verbs that report a stance or statement without quoting it ("Trump criticized Cruz",
#: "polls show"); used for indirect speech only, where a subject must stand right before them.
REPORT_VERBS: frozenset[str] = frozenset(
    [
        "criticized", "criticised", "criticizes", "criticises", "slammed", "slams", "blasted",
        "blasts", "attacked", "attacks", "praised", "praises", "mentioned", "mentions", "denounced",
        "denounces", "questioned", "questions", "touted", "touts", "referred", "refers", "cited",
        "cites", "endorsed", "endorses", "rejected", "rejects", "dismissed", "dismisses",
        "revealed", "reveals", "showed", "shows", "show", "found", "finds", "suggested", "suggests",
        "indicated", "indicates", "expects", "expected", "hopes", "hoped", "wants", "wanted",
        "knows", "knew", "feels", "felt", "fears", "feared", "worries", "worried", "considers",
        "considered", "sees", "saw", "views", "viewed", "plans", "planned", "intends", "intended",
        "decided", "decides", "refused", "refuses", "pledged", "pledges", "vowed", "vows",
        "threatened", "threatens", "demanded", "demands", "proposed", "proposes", "supported",
        "supports", "opposed", "opposes", "defended", "defends", "disputed", "disputes", "doubted",
        "doubts", "projected", "projects", "acknowledged", "admits", "conceded", "concedes",
        "recommended", "recommends", "called", "calls", "described", "describes", "labeled",
        "labelled", "branded", "dubbed", "hailed", "hails", "lauded", "lauds", "mocked", "mocks",
        "condemned", "condemns", "questioned", "rebuked", "rebukes", "chided", "chides", "thanked",
        "thanks", "congratulated", "welcomed", "welcomes", "urged", "urges", "asked", "asks",
        "challenged", "challenges", "insisted", "conceded", "signaled", "signalled", "announced",
        "discussed", "discusses", "addressed", "addresses", "predicted", "pointed", "highlighted",
        "emphasized", "stressed", "underlined", "acknowledged", "recalled", "remembered",
        "admitted", "agreed", "believe", "believed", "believes", "think", "thinks", "thought",
        "claims", "claimed", "accused", "accuses", "blamed", "blames", "promised", "promises",
        "warned", "warns", "argued", "argues", "seemed", "seems", "seem", "appeared", "appears",
        "appear", "declined", "declines", "want", "wants", "referring", "calling", "supporting",
        "see", "offered", "offers", "know", "citing", "hope", "hoping", "fear", "fears", "sought",
        "seeks", "seeking", "named", "showing", "backing", "expressed", "expresses", "feel",
        "talking", "talked", "talks", "spoke", "oppose", "view", "expect", "expecting", "ordered",
        "backed", "prefer", "prefers", "preferred", "favor", "favors", "favored", "favour",
        "favours", "favoured", "criticizing", "criticising", "denouncing", "decried", "decries",
        "describing", "attacking", "questioning", "portrayed", "portrays", "requested", "requests",
        "repeated", "repeats", "pointing", "discussing", "listed", "lists", "identified", "learned",
        "insisting", "warning", "claiming", "arguing", "noting", "adding", "stressing",
        "suggesting", "encouraging", "encourage", "encourages", "encouraged", "accusing",
        "demanding", "defending", "referencing", "references", "raising", "praising", "slamming",
        "blasting", "urging", "vowing", "pledging", "promising", "threatening", "rejecting",
        "dismissing", "questioning", "touting", "kritisierte", "kritisierten", "lobte", "lobten",
        "forderte", "forderten", "begrüßte", "begrüßten", "verurteilte", "verurteilten",
        "bezeichnete", "bezeichneten", "nannte", "nannten", "kündigte", "kündigten",
    ]
)

#: Cue verbs that usually take a person as object before the reported clause ("told TASS that").
OBJECT_CUES: frozenset[str] = frozenset(
    [
        "tell", "tells", "told", "telling", "inform", "informs", "informed", "assure", "assures",
        "assured", "remind", "reminds", "reminded", "warn", "warns", "warned", "urge", "urges",
        "urged", "ask", "asks", "asked", "accuse", "accuses", "accused", "blame", "blames",
        "blamed", "criticise", "criticised", "criticize", "criticized",
    ]
)

#: Participles that attach a quotation to the main clause's subject ("…, saying: …").
PARTICIPLE_CUES: frozenset[str] = frozenset(w for w in _EN_CUE_STEMS if w.endswith("ing"))

#: Cue verbs whose object is not a statement, so they only count right next to a quotation.
WEAK_CUES: frozenset[str] = frozenset(
    [
        "think", "thinks", "thought", "believe", "believes", "believed", "agree", "agrees",
        "agreed", "estimate", "estimates", "estimated", "wonder", "wonders", "wondered", "promise",
        "promises", "promised", "report", "reports", "reported", "call", "calls", "called",
        "describe", "describes", "described", "charge", "charges", "charged", "state", "states",
        "maintain", "maintains", "maintained", "point", "points", "pointed", "signal", "signals",
        "signaled", "signalled", "counter", "counters", "caution", "cautions", "highlight",
        "highlights", "remarks", "notes", "comments", "claims", "glaubt", "glaubte", "vermutete",
        "vermutet", "schätzte", "schätzt", "ließ", "ließen", "gab", "gaben", "stellte", "stellten",
        "wies", "wiesen", "bezeichnete", "bezeichneten", "sagen",
    ]
)

#: Cue verbs that are only cues together with a particle (``summed up``, ``fügte hinzu``).
PARTICLE_CUES: dict[str, frozenset[str]] = {
    "summed": frozenset({"up"}),
    "sums": frozenset({"up"}),
    "pointed": frozenset({"out"}),
    "points": frozenset({"out"}),
    "fügte": frozenset({"hinzu"}),
    "fügten": frozenset({"hinzu"}),
    "teilte": frozenset({"mit"}),
    "teilten": frozenset({"mit"}),
    "räumte": frozenset({"ein"}),
    "räumten": frozenset({"ein"}),
    "kündigte": frozenset({"an"}),
    "kündigten": frozenset({"an"}),
    "führte": frozenset({"aus"}),
    "führten": frozenset({"aus"}),
    "warf": frozenset({"vor"}),
    "warfen": frozenset({"vor"}),
    "gab": frozenset({"an", "bekannt", "zu"}),
    "gaben": frozenset({"an", "bekannt", "zu"}),
    "stellte": frozenset({"klar", "fest"}),
    "stellten": frozenset({"klar", "fest"}),
    "wies": frozenset({"hin", "darauf"}),
    "wiesen": frozenset({"hin", "darauf"}),
    "ließ": frozenset({"verlauten", "wissen"}),
    "ließen": frozenset({"verlauten", "wissen"}),
    "shot": frozenset({"back"}),
    "put": frozenset({"it"}),
    "puts": frozenset({"it"}),
    "went": frozenset({"on"}),
    "fired": frozenset({"back"}),
    "hit": frozenset({"back"}),
    "pushed": frozenset({"back"}),
    "called": frozenset({"it", "them", "him", "her", "the", "this", "that", "on", "for"}),
    "calls": frozenset({"it", "them", "him", "her", "the", "this", "that", "on", "for"}),
}

#: Days and months, which open time phrases ("on Tuesday said").
DAYS_MONTHS: frozenset[str] = frozenset(
    [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    ]
)

#: Capitalised words that are never part of a speaker's name.
NOT_NAMES: frozenset[str] = DAYS_MONTHS | frozenset(
    [
        "today", "yesterday", "tomorrow", "tonight", "however", "meanwhile", "still", "yet",
        "earlier", "later", "also", "but", "and", "so", "then", "now", "here", "there", "this",
        "that", "these", "those", "it", "its", "when", "while", "after", "before", "during", "if",
        "as", "in", "on", "at", "for", "from", "by", "with", "not", "no", "yes", "oh", "well",
        "okay", "ok", "or", "nor", "why", "what", "how", "where", "who", "back", "note", "even",
        "just", "only", "perhaps", "maybe", "because", "although", "though", "since", "until",
        "unless", "whether", "instead", "indeed", "thus", "once",
    ]
)

#: Words that can stand between a subject and its cue verb ("Aliyev also once again said").
ADVERBS: frozenset[str] = frozenset(
    [
        "also", "once", "again", "later", "then", "further", "has", "had", "have", "was", "were",
        "is", "are", "would", "will", "did", "does", "do", "previously", "earlier", "recently",
        "reportedly", "repeatedly", "just", "still", "already", "never", "often", "always", "even",
        "has've", "himself", "herself", "themselves", "itself", "both", "all", "only", "first",
        "initially", "subsequently", "openly", "publicly", "privately", "flatly", "bluntly",
        "angrily", "quickly", "simply", "clearly", "firmly", "frequently", "ultimately", "finally",
        "immediately", "separately", "directly", "personally", "may", "might", "could", "should",
        "must", "can", "auch", "bereits", "noch", "schon", "zudem", "außerdem", "ebenfalls",
        "jedoch", "aber", "dann", "nun",
    ]
)

#: Personal pronouns that can stand for a speaker, mapped to (gender, plural).
PRONOUNS: dict[str, tuple[str | None, bool]] = {
    "he": ("m", False),
    "she": ("f", False),
    "they": (None, True),
    "it": ("n", False),
    "i": (None, False),
    "we": (None, True),
    "er": ("m", False),
    "sie": (None, False),
    "es": ("n", False),
}

#: "he's said", "she’s told": a pronoun and its auxiliary in one token (a mention's range ends
#: before the "’s", as for possessives).
PRONOUN_HAS: frozenset[str] = frozenset(p + s for p in ("he", "she") for s in ("'s", "’s"))

#: Words ending a speaker mention that describe a person by function.
PERSON_NOUNS: frozenset[str] = frozenset(
    [
        "president", "president-elect", "minister", "spokesman", "spokeswoman", "spokesperson",
        "spokespeople", "secretary", "senator", "sen", "rep", "representative", "governor", "gov",
        "official", "officials", "source", "sources", "aide", "aides", "diplomat", "diplomats",
        "leader", "leaders", "chairman", "chairwoman", "chair", "director", "chief", "head",
        "ambassador", "envoy", "analyst", "analysts", "expert", "experts", "adviser", "advisers",
        "advisor", "advisors", "interlocutor", "interlocutors", "candidate", "candidates",
        "nominee", "nominees", "prosecutor", "prosecutors", "lawyer", "lawyers", "attorney",
        "attorneys", "judge", "judges", "professor", "researcher", "researchers", "voter", "voters",
        "resident", "residents", "witness", "witnesses", "supporter", "supporters", "critic",
        "critics", "member", "members", "mayor", "manager", "managers", "ceo", "founder", "owner",
        "economist", "economists", "strategist", "strategists", "pollster", "pollsters",
        "organizer", "organizers", "activist", "activists", "worker", "workers", "teacher",
        "doctor", "doctors", "scientist", "scientists", "commander", "commanders", "general",
        "officer", "officers", "spokesmen", "insider", "insiders", "operative", "operatives",
        "correspondent", "reporter", "journalist", "editor", "author", "authors", "host", "anchor",
        "premier", "chancellor", "king", "queen", "prince", "minister-president", "speaker",
        "lawmaker", "lawmakers", "legislator", "legislators", "congressman", "congresswoman",
        "councillor", "councilman", "delegate", "delegates", "deputy", "deputies", "mp", "mps",
        "agent", "agents", "inspector", "investigator", "investigators", "chairperson", "executive",
        "executives", "ceo's", "vice-president", "vice", "deputy-minister", "man", "woman", "men",
        "women", "people", "person", "someone", "representative", "representatives", "colleague",
        "colleagues", "partner", "partners", "friend", "friends", "father", "mother", "son",
        "daughter", "wife", "husband", "brother", "sister", "campaigner", "campaigners",
        "surrogate", "surrogates", "backer", "backers", "donor", "donors", "veteran", "veterans",
        "student", "students", "citizen", "citizens", "victim", "victims", "survivor", "survivors",
        "employee", "employees", "staffer", "staffers", "counterpart", "sprecher", "sprecherin",
        "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "vorsitzende",
        "vorsitzender", "chef", "chefin", "leiter", "leiterin", "experte", "expertin", "experten",
        "polizei", "staatsanwalt", "staatsanwältin", "anwalt", "anwältin", "bürgermeister",
        "bürgermeisterin", "abgeordnete", "abgeordneter", "politiker", "politikerin",
        "regierungssprecher", "sprecherin", "angaben", "hopeful", "hopefuls", "contender",
        "contenders", "challenger", "challengers", "front-runner", "frontrunner", "incumbent",
    ]
)

#: Words ending a speaker mention that name an organisation.
ORG_NOUNS: frozenset[str] = frozenset(
    [
        "ministry", "army", "government", "department", "agency", "office", "committee", "party",
        "council", "campaign", "commission", "court", "police", "company", "kremlin", "pentagon",
        "newspaper", "paper", "network", "channel", "administration", "embassy", "military",
        "forces", "force", "service", "services", "authority", "authorities", "organization",
        "organisation", "group", "union", "association", "board", "institute", "foundation", "bank",
        "firm", "corporation", "team", "parliament", "congress", "senate", "house", "assembly",
        "cabinet", "presidency", "mfa", "statement", "report", "study", "survey", "poll", "reports",
        "newspaper's", "magazine", "website", "outlet", "daily", "times", "post", "ministerium",
        "regierung", "partei", "behörde", "polizei", "unternehmen", "verband", "gericht", "zeitung",
    ]
)

#: Heads of anonymous-source mentions.
ANONYMOUS_NOUNS: frozenset[str] = frozenset(
    [
        "source", "sources", "interlocutor", "interlocutors", "insider", "insiders", "official",
        "officials", "aide", "aides", "person", "people", "someone", "representative",
        "spokesperson", "spokesman", "spokeswoman", "diplomat", "diplomats", "operative",
        "operatives", "staffer", "staffers",
    ]
)

#: Determiners and words that start a noun phrase without naming anyone.
DETERMINERS: frozenset[str] = frozenset(
    [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
        "my", "one", "another", "several", "some", "two", "three", "many", "most", "der", "die",
        "das", "ein", "eine", "einer", "eines", "dem", "den", "des",
    ]
)

#: Sentence-initial words that are not part of a subject ("And from the minister:").
LEADING_FILLERS: frozenset[str] = frozenset(
    [
        "and", "but", "so", "still", "however", "meanwhile", "also", "yet", "then", "instead",
        "moreover", "later", "now", "further", "in", "on", "at", "for", "from", "by", "with",
        "after", "before", "during", "when", "while", "as", "then", "thus", "hence", "indeed",
        "und", "aber", "doch", "dann", "dazu", "dabei", "daraufhin", "zudem", "auch", "hier",
        "dort", "damals", "heute", "jetzt", "nun", "danach", "später", "außerdem", "demgegenüber",
        "dagegen", "deshalb", "darin", "darauf", "dafür", "denn", "jedoch", "zuvor", "bereits",
        "im", "am",
    ]
)

#: Words that end a noun phrase scanning leftwards (a verb or clause boundary is near).
NP_STOPWORDS: frozenset[str] = frozenset(
    [
        "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "although",
        "though", "if", "than", "as", "is", "was", "were", "are", "be", "been", "being", "has",
        "had", "have", "do", "does", "did", "not", "no", "to", "into", "onto", "upon", "about",
        "over", "under", "against", "through", "after", "before", "during", "since", "until",
        "what", "how", "why", "dass", "weil", "wenn", "ob",
    ]
)

#: Small, general list of function words that cannot end a speaker mention.
FUNCTION_WORDS: frozenset[str] = NP_STOPWORDS | DETERMINERS | frozenset(
    ["of", "in", "on", "at", "for", "from", "by", "with", "and", "or", "but", "also"]
)

#: Nationality adjectives and possessive country names mapped to the country.
NATIONALITIES: dict[str, str] = {
    "american": "United States", "u.s.": "United States", "us": "United States",
    "russian": "Russia", "russia": "Russia", "turkish": "Turkey", "turkey": "Turkey",
    "azerbaijani": "Azerbaijan", "azeri": "Azerbaijan", "azerbaijan": "Azerbaijan",
    "armenian": "Armenia", "armenia": "Armenia", "french": "France", "france": "France",
    "german": "Germany", "germany": "Germany", "british": "United Kingdom", "uk": "United Kingdom",
    "chinese": "China", "china": "China", "iranian": "Iran", "iran": "Iran",
    "ukrainian": "Ukraine", "ukraine": "Ukraine", "israeli": "Israel", "israel": "Israel",
    "italian": "Italy", "italy": "Italy", "spanish": "Spain", "spain": "Spain",
    "japanese": "Japan", "japan": "Japan", "indian": "India", "india": "India",
    "canadian": "Canada", "canada": "Canada", "mexican": "Mexico", "mexico": "Mexico",
    "syrian": "Syria", "syria": "Syria", "georgian": "Georgia", "polish": "Poland",
    "poland": "Poland", "dutch": "Netherlands", "swedish": "Sweden", "norwegian": "Norway",
    "finnish": "Finland", "greek": "Greece", "egyptian": "Egypt", "saudi": "Saudi Arabia",
    "pakistani": "Pakistan", "afghan": "Afghanistan", "iraqi": "Iraq", "korean": "Korea",
    "brazilian": "Brazil", "australian": "Australia", "austrian": "Austria", "swiss": "Switzerland",
    "belgian": "Belgium", "irish": "Ireland", "portuguese": "Portugal", "hungarian": "Hungary",
    "czech": "Czech Republic", "romanian": "Romania", "serbian": "Serbia", "croatian": "Croatia",
    "kazakh": "Kazakhstan", "belarusian": "Belarus", "lebanese": "Lebanon", "libyan": "Libya",
    "palestinian": "Palestine", "nigerian": "Nigeria", "kenyan": "Kenya", "venezuelan": "Venezuela",
    "cuban": "Cuba", "deutsche": "Germany", "deutscher": "Germany", "russische": "Russia",
    "russischer": "Russia", "amerikanische": "United States", "amerikanischer": "United States",
    "französische": "France", "französischer": "France", "türkische": "Turkey",
    "türkischer": "Turkey", "britische": "United Kingdom", "britischer": "United Kingdom",
}

#: Capitals used as metonyms for their government ("Ankara recalls…").
CAPITALS: dict[str, str] = {
    "moscow": "Russia", "kremlin": "Russia", "ankara": "Turkey", "baku": "Azerbaijan",
    "yerevan": "Armenia", "washington": "United States", "beijing": "China", "tehran": "Iran",
    "kyiv": "Ukraine", "kiev": "Ukraine", "paris": "France", "berlin": "Germany",
    "london": "United Kingdom", "tokyo": "Japan", "ottawa": "Canada", "brussels": "European Union",
    "jerusalem": "Israel", "damascus": "Syria", "riyadh": "Saudi Arabia",
    "pyongyang": "North Korea",
    "seoul": "South Korea", "tbilisi": "Georgia", "minsk": "Belarus", "warsaw": "Poland",
    "rome": "Italy", "madrid": "Spain", "delhi": "India", "islamabad": "Pakistan",
    "cairo": "Egypt", "baghdad": "Iraq", "kabul": "Afghanistan", "caracas": "Venezuela",
    "havana": "Cuba", "tripoli": "Libya", "beirut": "Lebanon",
}

#: Role heads a description may use, and the role words of a title each one covers.
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "leader": frozenset({"president", "prime", "premier", "chancellor", "leader", "king", "queen",
                         "chairman", "emir", "monarch", "head"}),
    "diplomat": frozenset({"foreign", "ambassador", "envoy", "diplomat", "secretary"}),
    "president": frozenset({"president"}),
    "premier": frozenset({"prime", "premier"}),
    "minister": frozenset({"minister"}),
    "spokesperson": frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople"}),
    "spokesman": frozenset({"spokesperson", "spokesman", "spokeswoman"}),
    "spokeswoman": frozenset({"spokesperson", "spokesman", "spokeswoman"}),
    "official": frozenset({"minister", "secretary", "official", "spokesperson", "spokesman",
                           "spokeswoman", "deputy", "director", "head", "ambassador"}),
    "candidate": frozenset({"candidate", "nominee"}),
    "nominee": frozenset({"candidate", "nominee"}),
}

#: Title words that may precede a name ("Deputy Foreign Minister Fariz Rzayev").
TITLE_WORDS: frozenset[str] = frozenset(
    [
        "president", "vice", "prime", "minister", "foreign", "deputy", "defense", "defence",
        "interior", "finance", "secretary", "state", "senator", "sen", "sen.", "rep", "rep.",
        "representative", "governor", "gov", "gov.", "mayor", "general", "gen", "gen.",
        "chancellor", "premier", "ambassador", "spokesperson", "spokesman", "spokeswoman",
        "chairman", "chairwoman", "chair", "director", "chief", "head", "leader", "king", "queen",
        "prince", "judge", "justice", "attorney", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms",
        "ms.", "sir", "lord", "lady", "professor", "prof", "prof.", "pope", "cardinal", "bishop",
        "rabbi", "imam", "sheikh", "colonel", "col", "lt", "lieutenant", "major", "captain",
        "commander", "admiral", "sergeant", "speaker", "former", "top", "senior", "democratic",
        "republican", "candidate", "nominee", "presidential", "vice-presidential", "first",
        "ministry", "spokesperson", "economy", "economic", "trade", "health", "education",
        "justice", "energy", "emergency", "affairs", "security", "national", "federal", "u.s.",
        "us", "präsident", "präsidentin", "bundeskanzler", "bundeskanzlerin", "kanzler",
        "kanzlerin", "minister", "ministerin", "außenminister", "außenministerin", "innenminister",
        "bundespräsident", "bürgermeister", "herr", "frau",
    ]
)
