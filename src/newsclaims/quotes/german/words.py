"""German word lists: speech verbs, Konjunktiv I forms, source nouns, triggers."""

from __future__ import annotations

# Konjunktiv I forms (third person), the mood of reported speech. Konjunktiv II ("wäre",
# "hätte", "würde") is left out: it is as often a conditional as reported speech.
SUBJUNCTIVE = frozenset({
    "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "wisse",
    "gebe", "liege", "stehe", "gehe", "komme", "bleibe", "fehle", "brauche", "drohe", "lasse",
    "finde", "sehe", "trage", "zeige", "bestehe", "gelte", "handle", "handele", "diene", "führe",
    "arbeite", "plane", "verfüge", "erwarte", "bedeute", "halte", "stamme", "befinde", "betrage",
    "beziehe", "entspreche", "erfolge", "existiere", "folge", "gehöre", "heiße", "helfe", "hänge",
    "laufe", "leide", "lebe", "mache", "nehme", "reiche", "scheine", "spiele", "spreche", "treffe",
    "wachse", "wirke", "wohne", "ziele", "zähle", "verstoße", "betreffe", "erhalte", "entstehe",
    "erreiche", "falle", "kenne", "koste", "richte", "sitze", "tue", "verliere", "versuche",
    "stelle", "setze", "sorge", "steige", "sinke", "schade", "passe", "rechne", "unterstütze",
    "verlange", "trete", "stünde", "gäbe", "lägen", "bestünde", "verfolge", "beabsichtige",
    "befürchte", "fordere", "hoffe", "glaube", "meine", "denke", "vertrete", "prüfe", "erkenne",
    "benötige", "ermögliche", "verhindere", "bringe", "werfe", "biete", "bilde",
})


# Nouns naming where information comes from: "nach Angaben", "nach Polizeiangaben" (a suffix).
SOURCE_NOUNS = ("angaben", "informationen", "berichten", "aussagen", "aussage", "schätzungen",
                 "ansicht", "meinung", "einschätzung", "darstellung", "auskunft", "erkenntnissen",
                 "worten", "auffassung", "überzeugung", "recherchen", "mitteilung", "meldungen",
                 "einschätzungen", "angabe", "vermutungen",
                 # studies, reports, counts and laws that state something ("nach
                 # Untersuchungen" and "nach den Ergebnissen" are as often "after" as "by")
                 "studie", "studien", "analyse", "analysen", "stellungnahme", "bericht",
                 "berichts", "schätzung", "planungen", "planung", "umfrage", "umfragen",
                 "prognose", "prognosen", "gutachten", "berechnungen", "vorhersage",
                 "vorhersagen", "bekunden", "vernehmen", "ermittlungen", "entwurf",
                 "dokument",
                 "erfahrungen", "erkenntnisstand", "ergebnis", "hochrechnung",
                 "hochrechnungen", "statistik", "gesetz", "verfassung")


# Nouns of a view that "nach" follows: "seiner Meinung nach", "dem Vernehmen nach".
OPINION_NOUNS = ("meinung", "ansicht", "auffassung", "einschätzung", "überzeugung",
                 "vernehmen", "darstellung", "worten", "angaben", "sicht")


# Relative pronouns after "nach"/"laut" that open a reported clause ("Gerüchte, nach denen …").
RELATIVE_SOURCE = frozenset({"denen", "welchem", "welcher", "welchen"})


# Verbs (verb-last, in a subordinate clause) with which "wie X …" names a source.
WIE_VERBS = frozenset({
    "mitteilte", "mitteilten", "mitteilt", "mitgeteilt", "bekanntgab", "bekanntgaben",
    "bekannt", "angab", "angaben", "ankündigte", "ankündigten", "berichtet", "berichtete",
    "berichteten", "berichten", "meldet", "meldete", "meldeten", "melden", "schreibt", "schrieb",
    "schreiben", "sagt", "sagte", "sagten", "erklärt", "erklärte", "erklärten", "bestätigt",
    "bestätigte", "bestätigten", "betonte", "betont", "verlautete", "verlautet", "erfuhr",
    "erfahren", "hieß", "heißt", "mitteilen", "äußerte", "ausführte", "einräumte",
    "bekanntgegeben", "informierte", "informiert", "verkündete", "verkündet",
    "zitiert", "zitierte", "darstellte", "erläuterte", "erläutert", "unterstrich", "betonten",
    "feststellte", "festgestellt", "ergab", "ergaben", "zeigte", "zeigt", "vermeldete",
    "darlegte", "schilderte", "hervorhob", "hinwies", "behauptete", "behauptet", "versicherte",
    "meinte", "vermutete", "vermutet", "schätzte", "schätzt", "befürchtete", "betonen",
    "erklären", "warnte", "warnt",
})


AUX = frozenset({"hat", "hatte", "haben", "hatten", "wurde", "wird", "worden", "ist", "war",
                  "habe", "hätte"})


# Speech and statement verbs of German reporting, finite and participle forms (particle verbs
# written as one word in verb-last clauses: "mitteilte", "angekündigt").
CUES = frozenset({
    "sagte", "sagten", "sagt", "gesagt", "erklärte", "erklärten", "erklärt", "betonte",
    "betonten", "betont", "meinte", "meinten", "meint", "ergänzte", "ergänzt", "berichtete",
    "berichteten", "berichtet", "äußerte", "äußerten", "geäußert", "erläuterte", "erläutert",
    "warnte", "warnten", "gewarnt", "verkündete", "verkündet", "bestätigte", "bestätigten",
    "bestätigt", "schrieb", "schrieben", "schreibt", "geschrieben", "bekräftigte", "bekräftigt",
    "unterstrich", "unterstrichen", "behauptete", "behaupteten", "behauptet", "versicherte",
    "versichert", "beteuerte", "beteuert", "angekündigt", "kündigte", "kündigten", "mitgeteilt",
    "teilte", "teilten", "hingewiesen", "wies", "räumte", "eingeräumt", "gab", "gaben",
    "angegeben", "bekanntgegeben", "versprach", "versprochen", "bestritt", "bestritten",
    "dementierte", "dementiert", "vermutete", "vermutet", "befürchtete", "befürchtet",
    "befürchten", "forderte", "forderten", "gefordert", "kritisierte", "kritisiert",
    "argumentierte", "argumentiert", "begründete", "begründet", "verwies", "verwiesen",
    "meldete", "meldeten", "gemeldet", "antwortete", "geantwortet", "entgegnete", "erwiderte",
    "mahnte", "gemahnt", "appellierte", "beklagte", "beklagt", "bekannte", "gestand",
    "zugegeben", "glaubt", "glaubte", "geht", "ging", "hofft", "hoffte", "erwartet",
    "erwartete", "sieht", "sah", "bezweifelte", "bezweifelt", "kommentierte", "resümierte",
    "darlegte", "dargelegt", "ankündigte", "mitteilte", "drohte", "gedroht", "schätzte",
    "geschätzt", "prognostizierte", "prognostiziert", "signalisierte", "signalisiert",
    "bekundete", "informierte", "informiert", "unterstellte", "vorgeworfen", "warf", "warfen",
    "wirft", "werfen", "berichten", "verlautete", "verlautbarte", "sprach", "sprachen",
    "spricht",
})


# Verbs that introduce a reported clause after a comma (a "dass", Konjunktiv or "zu"-infinitive
# clause) but do not close a sentence as inverted cues: proposals, demands, findings, promises.
CLAUSE_CUES = CUES | frozenset({
    "schlägt", "schlug", "schlugen", "vorgeschlagen", "besagt", "besagte", "zugesagt",
    "festgestellt", "stellte", "stellten", "stellt", "klargestellt", "verlangte", "verlangten",
    "verlangt", "fordert", "fordern", "beschloss", "beschlossen", "entschied", "entschieden",
    "empfahl", "empfahlen", "empfiehlt", "empfohlen", "bat", "baten", "gebeten", "aufgefordert",
    "rief", "riefen", "aufgerufen", "zugesichert", "sicherte", "sicherten", "erinnerte",
    "erinnert", "deutete", "angedeutet", "bekräftigten", "kündigt", "teilt", "verkündeten",
    "räumten", "beteuerten", "versicherten", "bestreitet", "bestreiten", "behaupten",
    "vermuten", "glauben", "erklären", "betonen", "warnen", "fürchten", "fürchtet", "fürchtete",
    "vermutet", "erwarten", "hoffen", "bezweifeln", "beklagen", "kritisieren", "verlangen",
    "schätzen", "schätzt", "gewarnt", "mitgeteilt", "eingeräumt", "betont", "versprochen",
    "angewiesen", "angenommen", "verkündet", "geraten", "nachgesagt", "vorgeworfen",
})


# Nouns of speech acts and attitudes whose complement clause after a comma is what was said:
# "der Vorwurf, das Gericht sei befangen", "Pläne, die Brücke abzureißen".
SPEECH_NOUNS = frozenset({
    "vorwurf", "vorwürfe", "plan", "pläne", "vorschlag", "vorschläge", "forderung",
    "forderungen", "anfrage", "anfragen", "begründung", "aussage", "aussagen", "behauptung",
    "behauptungen", "ankündigung", "entscheidung", "warnung", "warnungen", "hinweis", "hinweise",
    "befürchtung", "befürchtungen", "hoffnung", "erklärung", "meldung", "meldungen", "gerücht",
    "gerüchte", "aufforderung", "appell", "bitte", "beschluss", "zusage", "versprechen",
    "drohung", "vermutung", "these", "auffassung", "überzeugung", "absicht", "wunsch",
    "angebot", "antrag", "eilantrag", "empfehlung", "einwand", "vorhaben", "zweifel",
    "ängste", "sorge", "sorgen", "kritik", "mahnung", "bekenntnis", "beteuerung",
})


THAT = frozenset({"dass", "ob", "wonach"})


OBLIQUE = frozenset({"im", "am", "in", "an", "auf", "mit", "von", "bei", "nach", "aus", "für",
                      "über", "unter", "vor", "zu", "zum", "zur", "vom", "beim", "dem", "den",
                      "des", "dabei", "dazu", "dagegen", "darauf", "daraufhin", "zudem", "so",
                      "auch", "außerdem", "jedoch", "bereits", "unterdessen", "inzwischen",
                      "gestern", "heute", "nun", "damals", "später", "zuvor", "zuletzt",
                      "ebenfalls", "allerdings", "aber", "doch", "und", "dann", "deshalb",
                      "daher", "hier", "dort", "gleichzeitig", "weiter", "zunächst", "erst",
                      "gegenüber", "trotz", "wegen", "während", "seit", "laut", "angesichts",
                      "neben", "ohne", "gegen", "durch", "um", "bis", "zwischen", "hinter",
                      "innerhalb", "außerhalb", "anlässlich", "bezüglich", "hinsichtlich"})


# Verbs reporting a speech act without its words: "Die Gewerkschaft kritisierte den Plan",
# "Anwohner klagten über Lärm", "Die Polizei warnte vor Glatteis".
SPEECH_ACTS = frozenset({
    "kritisierte", "kritisierten", "kritisiert", "forderte", "forderten", "fordert", "fordern",
    "warnte", "warnten", "warnt", "warnen", "klagte", "klagten", "klagt", "beklagte",
    "beklagten", "beklagt", "lobte", "lobten", "lobt", "begrüßte", "begrüßten", "begrüßt",
    "verurteilte", "verurteilten", "verurteilt", "appellierte", "appellierten", "dementierte",
    "dementierten", "bestritt", "bestritten", "plädierte", "plädierten", "plädiert", "riet",
    "rieten", "empfahl", "empfahlen", "empfiehlt", "mahnte", "mahnten", "mahnt", "bekräftigte",
    "bekräftigten", "protestierte", "protestierten", "bezweifelte", "bezweifelten",
})


# Particle verbs that report a speech act when the particle closes the sentence: "Die Behörden
# werfen ihm Betrug vor", "Die Kommission schlägt eine Reform vor". (With "bekannt", "an",
# "ab", "aus" or "zurück" the act is as often left unannotated as reported: left out.)
PARTICLE_ACTS = {
    "vor": frozenset({"warf", "warfen", "wirft", "werfen", "schlug", "schlugen", "schlägt",
                      "schlagen"}),
}
PARTICLE_VERBS: frozenset[str] = frozenset().union(*PARTICLE_ACTS.values())


TRIGGERS = frozenset({"laut", "zufolge", "gemäß", "nach", "wie", "demnach", "soll",
                       "sollen", "so", "wonach"}) | SPEECH_NOUNS | (
    SUBJUNCTIVE | CLAUSE_CUES | SPEECH_ACTS | PARTICLE_VERBS)


PHRASE_TRIGGERS = frozenset({"laut", "zufolge", "gemäß", "wie", "so", "demnach", "wonach"})


STRIP = ",;:.—–-"


PUNCTUATION = ",.;:!?\"“”„‚‘’'()[]«»‹›–—-"


NEXT_PHRASE = frozenset({"die", "das", "den", "dem", "ein", "eine", "einen", "einem"})


NOT_IN_NP = AUX | SUBJUNCTIVE | frozenset({"werden", "sollen", "soll", "können", "kann",
                                              "müssen", "muss", "wollen", "will", "dürfen",
                                              "darf", "sind", "seien", "haben"})


SUBJUNCTIVE_II = frozenset({"müssten", "könnten", "sollten", "würden", "hätten", "wären",
                             "dürften", "müsste", "könnte", "sollte", "würde", "hätte", "wäre",
                             "dürfte"})


# Endings of capitalised sentence adverbs ("Andererseits", "Möglicherweise", "Jedenfalls").
ADVERB_SUFFIXES = ("seits", "weise", "falls", "dings", "dessen", "mals", "wärts", "maßen")


# Speech verbs that may close a sentence inverted after the reported clause; verbs with other
# common senses ("sah", "ging", "gab" without its particle) are left out.
WEAK = frozenset({"geht", "ging", "sieht", "sah", "gab", "gaben", "wies", "warf", "warfen",
                   "wirft", "werfen", "sprach", "sprachen", "spricht", "glaubt", "glaubte",
                   "hofft", "hoffte", "erwartet", "erwartete", "befürchten", "berichten",
                   "forderte", "forderten", "kritisierte", "drohte"})


PARTICLES = frozenset({"mit", "an", "bekannt", "hinzu", "fest", "ein", "zu", "aus", "vor"})


# Words that can follow a closing mark and a comma without being an inverted cue verb.
NOT_VERBS = frozenset({"und", "aber", "oder", "denn", "weil", "wenn", "als", "dass", "so", "wie",
                        "doch", "sondern", "während", "nachdem", "obwohl", "da", "ob", "was",
                        "wo", "womit", "wobei", "worauf", "die", "der", "das", "den", "dem",
                        "des", "ein", "eine", "einer", "einen", "einem", "er", "sie", "es",
                        "man", "wir", "ich", "hieß", "heißt", "laut", "nach", "zufolge", "mit",
                        "in", "im", "am", "an", "auf", "für", "von", "bei", "zu", "zum", "zur",
                        "um", "aus", "vor", "über", "unter", "gegen", "ohne", "seit", "bis",
                        "sowie", "also", "dann", "jedoch", "nicht", "noch", "schon", "nur",
                        "auch", "welche", "welcher", "welches", "dessen", "deren"})


QUANTIFIERS = frozenset({"viele", "einige", "mehrere", "manche", "zahlreiche", "alle", "beide",
                          "andere", "etliche", "wenige"})


REFLEXIVE = frozenset({"sich", "auch", "jedoch", "dazu", "damals", "nun", "noch", "später"})


POSSESSIVES = frozenset({"sein", "seine", "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer",
                          "ihrem", "ihren"})


# Nouns of what someone thinks or says ("Seine Meinung", "Ihre Begründung", "Sein Fazit").
STATEMENT_NOUNS = ("meinung", "ansicht", "sicht", "zuversicht", "begründung", "einschätzung",
                    "antwort", "fazit", "kritik", "worte", "haltung", "position", "erklärung",
                    "forderung", "bilanz", "urteil", "botschaft", "appell", "warnung")


RELATIVE = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche",
                       "welcher", "welches"})


IMPERSONAL = frozenset({"es", "man", "dies", "das", "er", "sie"})


# Verbs that characterise something in the subject's words: "X bezeichnete Y als „…“",
# "X würdigte Y als „…“", "X hatte den Bericht als „falsch“ zurückgewiesen".
CHARACTERISING = frozenset({
    "bezeichnete", "bezeichneten", "bezeichnet", "würdigte", "würdigten", "gewürdigt", "lobte",
    "lobten", "gelobt", "kritisierte", "kritisierten", "kritisiert", "zurückgewiesen", "wies",
    "wiesen", "beschrieb", "beschrieben", "beschreibt", "attackierte", "attackiert", "wertete",
    "werteten", "gewertet", "wertet", "verurteilte", "verurteilten", "verurteilt", "feierte",
    "gefeiert", "brandmarkte", "gebrandmarkt", "charakterisierte", "charakterisiert",
    "bewertete", "bewertet", "lehnte", "lehnten", "abgelehnt", "empfand", "bezeichnen",
    "würdigt", "lobt", "kritisieren", "verurteilen", "eingestuft", "stufte", "stuften",
    "eingeschätzt", "sieht", "sah", "sehen", "betrachtet", "betrachtete", "betrachten",
})


# Verbs of demanding, warning, judging and promising whose object may quote the subject's
# words: "Der Verband verlangte eine Prüfung der „schockierenden Vorfälle“".
STANCE_VERBS = frozenset({
    "konstatierte", "konstatiert", "attackierte", "empfiehlt", "empfahl", "verspricht",
    "versprach", "verlangte", "verlangt", "verlangten", "forderte", "fordert", "forderten",
    "würdigte", "würdigt", "warnte", "warnt", "warnten", "kritisierte", "kritisiert",
    "kritisierten", "beklagte", "beklagt", "lobte", "lobt", "prangerte", "prangerten",
    "rechnet", "rechnen", "befürchtet", "befürchten", "befürchtete", "verurteilte",
    "begrüßte", "bemängelte", "monierte", "beschrieb", "attestierte",
})


PASSIVE = frozenset({"wird", "werden", "wurde", "wurden", "worden"})


THAT_LIKE = frozenset({"weil", "dass", "da", "nachdem", "obwohl", "wenn", "während",
                        "zumal", "seit", "seitdem"})


# Words that make the phrase before the verb an adverbial: "In seiner Rede erklärte X".
PHRASE_WORDS = OBLIQUE | frozenset({"seiner", "seinem", "seinen", "ihrer", "ihrem", "ihren",
                                      "einer", "einem", "dieser", "diesem", "damit", "offenbar",
                                      "als", "ab", "da", "wie", "bei", "beim"})


# Cues of source phrases, whose mention is the source wherever it stands ("Laut X brannte …").
SOURCE_CUES = frozenset({"laut", "nach", "zufolge", "gemäß", "so", "according to", "wie"})


ABSTRACT = ("ung", "heit", "keit", "tät", "nis")


# ... except the bodies that speak: "die Regierung", "die Zeitung", "die Universität".
BODIES = ("regierung", "zeitung", "stiftung", "verwaltung", "vereinigung", "leitung",
           "führung", "vertretung", "versammlung", "universität", "direktion", "kammer",
           "behörde", "vereinigung", "ordnung", "forschung", "sicherung", "versicherung")


PARTICIPLE = ("be", "ge", "er", "ver", "ent", "über", "zer", "ent")


ADVERB_ENDINGS = ("lich", "isch", "ig", "weise", "bar", "sam", "haft", "los", "end")


PLACE_PREPOSITIONS = frozenset({"in", "im", "aus", "auf", "an", "am", "bei", "beim", "von",
                                 "vom"})


# Small words inside names ("Ärzte ohne Grenzen", "BILD am Sonntag"); "und", "der", "des"
# are left out: they join the nouns of quoted phrases ("Gefahr für Leib und Leben").
NAME_LINKS = frozenset({"für", "ein", "eine", "am", "im", "ohne", "von", "vom", "zur", "zum",
                         "auf", "of", "the", "and", "de", "la", "le", "da", "a", "in", "on",
                         "for"})


# Nouns naming a work, a medium or a group, after which a quotation is its name.
WORK_NOUNS = ("zeitung", "zeitungen", "zeitschrift", "magazin", "magazins", "magazines",
               "blatt", "blattes", "blatts", "sender", "senders", "agentur", "film", "films",
               "filmes", "buch", "buches", "buchs", "roman", "romans", "album", "albums", "titel",
               "titels", "lied", "liedes", "song", "songs", "sendung", "serie", "website",
               "webseite", "site", "portal", "portals", "enzyklika", "modell", "modelle",
               "modellen", "programm", "programms", "kampagne", "projekt", "projekts", "kolumne",
               "rubrik", "show", "oper", "theaterstück", "festival", "festivals", "ausgabe",
               "dokumentation", "reihe", "spiel", "spiels", "marke", "konzerns", "firma",
               "unternehmen", "unternehmens", "verlag", "verlags", "fernsehsender",
               "nachrichtenagentur", "tageszeitung", "wochenzeitung")


# Nouns in a lead-in before a colon after which a short quotation is a title or a motto:
# "Sein erstes Werk erschien 1978: „…“", "Den Namen der Sendung gab der Sender bekannt: „…“".
TITLE_LEADS = frozenset({"werk", "werke", "cd", "album", "namen", "name", "titel", "buch",
                         "film", "roman", "sendung", "fernsehsendung", "single", "song", "lied",
                         "oper", "stück", "motto", "erstwerk", "debütalbum", "theaterstück"})


LIST_LINKS = frozenset({"und", "oder", "sowie", "bzw.", "beziehungsweise", "beispielsweise",
                         "auch", "etwa"})


FINITE_AUX = AUX | frozenset({"will", "wollte", "wollten", "kann", "konnte", "konnten", "muss",
                                "musste", "mussten", "soll", "sollte", "sollten", "darf", "durfte",
                                "möchte", "wird", "werden", "hat", "haben"})


# Pronouns that can only be the subject: after the finite verb they make the phrase before it
# an object ("Das Angebot lehnt er ab").
NOMINATIVE = frozenset({"er", "ich", "wir"})


PREPOSITIONS = frozenset({"angesichts", "bei", "beim", "in", "im", "zur", "zum", "mit", "auf",
                           "aus", "von", "vom", "vor", "wegen", "trotz", "während", "gegenüber",
                           "über", "unter", "für", "gegen", "seit", "durch", "an", "am",
                           "bezüglich", "hinsichtlich", "anlässlich", "zu", "mangels",
                           "aufgrund", "infolge", "nach"})


SUBORDINATORS = frozenset({"als", "wie", "wenn", "nachdem", "weil", "während", "obwohl", "da",
                            "bevor", "sobald", "seitdem", "indem", "um", "damit", "falls",
                            "obgleich"})


# Words between a finite verb and its subject: "kündigte heute der Minister an".
AFTER_VERB = REFLEXIVE | frozenset({"heute", "gestern", "morgen", "bereits", "erneut", "zudem",
                                      "außerdem", "inzwischen", "indessen", "allerdings",
                                      "ebenfalls", "zuvor", "damit", "daher", "deshalb"})
