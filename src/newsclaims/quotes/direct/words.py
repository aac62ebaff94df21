"""Word lists of direct-quote attribution: dashes, source words, closing determiners.
"""

from __future__ import annotations

from newsclaims.quotes import lexicon as lx

WINDOW = 240


QUOTE_NOUNS = frozenset(
    [
        "quote", "quotes", "quotation", "words", "remarks", "comments", "statement", "statements",
        "interview", "interviews", "tweet", "tweets", "letter", "message", "post", "speech",
        "address", "testimony", "phrase", "line", "remark", "comment", "worte", "aussage",
        "interview", "zitat",
    ]
)


CITING = frozenset({"citing", "quoting", "quoted", "cited", "zitierte", "zitiert"})


SPEECH_END = ".?!…,;:-–—"


DASHES = "-‐‒–—―−~"


NOMINATIVE = frozenset({"the", "a", "an", "der", "die", "das", "ein", "eine"})


OBLIQUE = frozenset({"den", "dem", "des", "einen", "einem", "eines", "im", "am", "zum", "zur",
                      "vom", "beim", "ins", "in", "an", "auf", "mit", "von", "bei", "nach", "aus",
                      "für", "über", "unter", "vor", "zu", "of", "on", "at", "for", "from",
                      "with", "by", "to", "into", "here’s", "here's", "there’s", "there's"})


# Cues whose object is the one addressed: "X told Y: “…”" is X's quote, never Y's.
ADDRESSING = frozenset({"told", "tell", "tells", "telling", "asked", "asks", "asking",
                         "informed", "informs", "assured", "assures", "reminded", "reminds",
                         "urged", "urges", "warned", "warns"})


AUXILIARIES = frozenset({"has", "had", "have", "is", "was", "will", "would", "hat", "hatte",
                          "habe", "ist", "war", "wird", "wurde", "also", "auch"})


OF_PHRASE = frozenset({"of", "the", "for", "and", "at", "on"})


STANDALONE_SPEAKERS = frozenset({"another", "one", "others", "some", "many", "several"})


OPENING_MARKS = frozenset("\"“„«»‘'`")


CONTRASTING = frozenset({"but", "although", "though", "whereas", "yet", "aber", "doch"})


# What may follow the cue of an attribution: a time, a place, a manner, a medium.
ATTRIBUTION_TAIL = frozenset({"in", "on", "at", "during", "after", "before", "while", "when",
                               "with", "of", "to", "from", "about", "as", "last", "this",
                               "yesterday", "today", "tonight", "recently", "afterwards", "aloud",
                               "and", "but", "via", "through", "over", "into", "for"})


# Articles and possessives: what follows them is a noun phrase ("a written statement"), unlike
# "Another wrote" or "That said".
NOUN_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my",
                               "your"})


# "… with a simple message:", "… in its findings:": what is said, not who says it (but "this
# finding:" / "the report:" points at a document as the source).
OWNED_OR_INDEFINITE = frozenset({"a", "an", "its", "his", "her", "their", "our", "one"})


MESSAGE_NOUNS = QUOTE_NOUNS | frozenset(
    {"message", "messages", "proclamation", "findings", "finding", "slogan", "question",
     "answer", "reply", "response", "warning", "plea", "promise", "headline", "caption",
     "banner", "motto", "note", "verdict", "conclusion", "advice", "request", "argument"}
)


QUANTIFIERS = lx.DETERMINERS | frozenset({"each", "every", "all", "any", "no", "both", "few",
                                           "more", "most", "such"})


CLAUSE_OR_SOURCE = frozenset({"who", "which", "quotes", "cites", "quoted", "cited", "quoting",
                               "citing"})


# Works whose title follows them set off by commas: "his 2012 book, “An American Son.”"
WORK_NOUNS = frozenset({"book", "books", "memoir", "memoirs", "autobiography", "novel",
                         "manifesto", "biography", "film", "movie", "documentary", "album",
                         "song", "play", "musical", "show", "series", "podcast", "essay",
                         "poem", "column", "op-ed", "bestseller", "best-seller", "treatise"})


# Marks of languages that capitalise only names and titles (not German „…“ or »…«).
TITLE_CASE_MARKS = frozenset("\"“‘'`")


PASSIVE = frozenset({"been", "was", "were", "is", "are", "be", "being", "wurde", "wird"})


SOURCE_WORDS = frozenset({"so", "laut", "nach", "zufolge"})


SOURCE_NOUNS = frozenset({"worten", "angaben", "aussagen", "aussage", "ansicht", "meinung",
                           "auffassung", "einschätzung", "darstellung", "informationen"})
