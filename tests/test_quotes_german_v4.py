"""German reported speech and speakers, fourth round, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims.quotes import extract_quotes
from newsclaims.quotes.german.phrases import merge_ordinals
from newsclaims.quotes.textutil import sentence_spans
from tests.quote_helpers import find_quote, mention_text

# Enough German function words that the text reads as German.
_LEAD = "Der Streit in der Stadt und die Frage der Kosten beschäftigen die Bürger seit Wochen. "


def _said(text: str, fragment: str) -> str | None:
    return mention_text(text, find_quote(extract_quotes(text), fragment))


def test_dies_before_a_speech_verb_is_a_fragment_of_the_report() -> None:
    text = _LEAD + ("Die neue Brücke über den Fluss wird erst im Herbst fertig. Dies bestätigte "
                    "die Baudezernentin Eva Stolz am Dienstag.")
    quotes = extract_quotes(text)
    bridge = find_quote(quotes, "Brücke über den Fluss")
    this = [q for q in quotes if q.text == "Dies"]
    assert len(this) == 1 and this[0].attribution_id == bridge.attribution_id
    assert mention_text(text, this[0]) == "die Baudezernentin Eva Stolz"


def test_one_word_predicate_after_a_source_phrase_is_reported() -> None:
    text = _LEAD + "Die Lage im Hafen war laut Angaben der Wasserschutzpolizei ruhig."
    quotes = extract_quotes(text)
    rest = [q for q in quotes if q.text == "ruhig"]
    assert rest and mention_text(text, rest[0]) == "Angaben der Wasserschutzpolizei"


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (_LEAD + "Die Bürgerinitiative lehnt den Plan ab. Ihrer Ansicht nach wäre der Park "
         "danach für immer verloren.", "der Park danach", "Ihrer Ansicht"),
        (_LEAD + "In der Altstadt treffen sich dem Vernehmen nach immer mehr Sprayer.",
         "immer mehr Sprayer", "dem Vernehmen"),
    ],
)
def test_nach_after_a_view_noun(text: str, fragment: str, mention: str) -> None:
    assert _said(text, fragment) == mention


def test_nach_denen_opens_a_reported_relative_clause() -> None:
    text = _LEAD + ("Im Rathaus kursieren Gerüchte, nach denen der Kämmerer bald zurücktritt, "
                    "doch niemand bestätigt das.")
    quotes = extract_quotes(text)
    quote = find_quote(quotes, "der Kämmerer bald zurücktritt")
    assert quote.text == "der Kämmerer bald zurücktritt"
    assert mention_text(text, quote) == "Gerüchte"


def test_a_question_with_ihrer_meinung_nach_addresses_the_reader() -> None:
    text = _LEAD + "Welche Pläne sind Ihrer Meinung nach zu teuer?"
    assert not [q for q in extract_quotes(text) if "Pläne" in q.text]


def test_source_nouns_of_calculations_and_forecasts() -> None:
    text = _LEAD + ("Nach Berechnungen eines Verkehrsplaners werden bis 2030 doppelt so viele "
                    "Autos durch die Innenstadt fahren.")
    assert _said(text, "doppelt so viele") == "eines Verkehrsplaners"


def test_ordinals_do_not_end_a_sentence() -> None:
    text = ("Ab 1. Oktober gilt die neue Gebühr. Das Tor fiel in der 36. Minute. Er kam als 3. "
            "Danach ging er.\nAm 2.\nMai war es.")
    merged = merge_ordinals(text, sentence_spans(text, 0, len(text)))
    assert [text[a:b] for a, b in merged] == [
        "Ab 1. Oktober gilt die neue Gebühr.", "Das Tor fiel in der 36. Minute.", "Er kam als 3.",
        "Danach ging er.", "Am 2.", "Mai war es."]


def test_a_speech_verb_after_a_leading_relative_clause() -> None:
    text = _LEAD + ("In der Debatte über die Schulen, die seit dem Frühjahr geführt wird, hat "
                    "Elternsprecher Jonas Weber gefordert, mehr Lehrer einzustellen.")
    assert _said(text, "mehr Lehrer einzustellen") == "Elternsprecher Jonas Weber"


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (_LEAD + "Die Bürgermeisterin Lena Vogt schlägt vor, die Gebühr nur für Touristen zu "
         "erheben.", "nur für Touristen", "Die Bürgermeisterin Lena Vogt"),
        (_LEAD + "Der Gutachter stellte fest, dass die Leitungen marode sind.",
         "die Leitungen marode", "Der Gutachter"),
    ],
)
def test_proposal_and_finding_verbs_before_a_comma_clause(
    text: str, fragment: str, mention: str
) -> None:
    assert _said(text, fragment) == mention


def test_a_purpose_clause_is_not_reported() -> None:
    text = _LEAD + "Der Kämmerer stellte einen Antrag, um einen Zuschuss zu erhalten."
    assert not [q for q in extract_quotes(text) if "Zuschuss" in q.text]


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Von den Eltern wurde kritisiert, Stadtrat Paul Frey sei ahnungslos.",
        _LEAD + "Kritisiert wurde von den Eltern, Stadtrat Paul Frey sei ahnungslos.",
    ],
)
def test_the_agent_of_a_passive_speech_verb_speaks(text: str) -> None:
    assert _said(text, "Paul Frey") == "den Eltern"


def test_the_agent_of_a_passive_demand_speaks() -> None:
    text = _LEAD + "Die Anwohner wurden von den Eltern aufgefordert, die Baustelle zu meiden."
    assert _said(text, "die Baustelle zu meiden") == "den Eltern"


def test_quoted_words_in_the_object_of_a_demand_are_the_subjects() -> None:
    text = _LEAD + ("Der Mieterbund verlangte eine Prüfung der „völlig überzogenen Nebenkosten“ "
                    "durch das Amt.")
    quote = find_quote(extract_quotes(text), "völlig überzogenen")
    assert quote.speaker_span is not None and mention_text(text, quote) == "Der Mieterbund"


@pytest.mark.parametrize(
    "text",
    [
        # one capitalised word: a name as often as anyone's word
        _LEAD + "Der Mieterbund verlangte eine Prüfung durch die „Stadtwerke“ im Herbst.",
        # naming is not a stance
        _LEAD + "Als Beispiele nennt der Hersteller die Modelle „Blitz“ und „Donner“.",
    ],
)
def test_names_in_an_object_are_no_ones_words(text: str) -> None:
    assert all(q.speaker_span is None for q in extract_quotes(text) if q.kind == "partial")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (_LEAD + "Die Opposition wirft dem Kämmerer Verschwendung vor.", "Die Opposition"),
        (_LEAD + "Im Stadtrat warfen die Grünen dem Kämmerer Verschwendung vor.", "die Grünen"),
    ],
)
def test_a_particle_verb_of_accusing_reports_the_sentence(text: str, mention: str) -> None:
    assert _said(text, "Verschwendung") == mention


def test_demnach_stands_for_the_source_before() -> None:
    text = _LEAD + ("Der Rechnungshof hat seinen Bericht vorgelegt. Demnach hat die Stadt "
                    "zwei Millionen Euro zu viel ausgegeben.")
    quote = find_quote(extract_quotes(text), "zwei Millionen")
    assert mention_text(text, quote) == "Demnach"


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Der Zeitplan, so Bauleiter Karl Brandt weiter, sei nicht mehr zu halten.",
        _LEAD + ("Der Zeitplan, so Bauleiter Karl Brandt in einem Interview mit dem Lokalradio, "
                 "sei nicht mehr zu halten."),
    ],
)
def test_so_with_an_adverb_or_a_medium_after_the_source(text: str) -> None:
    quotes = extract_quotes(text)
    rest = find_quote(quotes, "nicht mehr zu halten")
    assert mention_text(text, rest) == "Bauleiter Karl Brandt"


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (_LEAD + "Laut der Mitteilung muss die Halle bis Ostern geschlossen bleiben.",
         "bis Ostern geschlossen", "der Mitteilung"),
        (_LEAD + "Laut einer Zählung von freiwilligen Helfern kamen 3.000 Menschen.",
         "kamen 3.000 Menschen", "einer Zählung von freiwilligen Helfern"),
        (_LEAD + "Der Trainer wird laut seiner Pressesprecherin den Verein verlassen.",
         "den Verein verlassen", "seiner Pressesprecherin"),
    ],
)
def test_laut_with_a_noun_phrase_read_by_its_shape(text: str, fragment: str,
                                                   mention: str) -> None:
    assert _said(text, fragment) == mention


def test_the_verb_before_a_zufolge_phrase_is_not_part_of_it() -> None:
    text = _LEAD + "Die Bewohner entstammen Zeitungsberichten zufolge einer alten Familie."
    quotes = extract_quotes(text)
    before = find_quote(quotes, "Die Bewohner")
    assert before.text == "Die Bewohner entstammen"
    assert mention_text(text, before) == "Zeitungsberichten"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (_LEAD + "Die Kämmerin will „alle Ausgaben noch einmal gründlich prüfen“.",
         "Die Kämmerin"),
        (_LEAD + "Zunächst wollte sie „nur die dringendsten Projekte fortsetzen“.", "sie"),
    ],
)
def test_a_quoted_infinitive_after_wollen_is_the_subjects(text: str, mention: str) -> None:
    quote = next(q for q in extract_quotes(text) if q.kind == "partial")
    assert mention_text(text, quote) == mention


def test_a_quoted_noun_after_wollen_is_not_taken_for_an_intention() -> None:
    text = _LEAD + "Die Kämmerin will ein „Sparpaket“ vorlegen."
    assert all(q.speaker_span is None for q in extract_quotes(text) if q.kind == "partial")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (_LEAD + "Der Kritiker Paul Roth lobte „Das Schloss im Nebel“ von Maria Lenz sehr.",
         "Das Schloss im Nebel"),
        (_LEAD + "Ihr erstes großes Werk erschien im Jahr 1998: „Die stille Bucht“.",
         "Die stille Bucht"),
        (_LEAD + "Berühmt wurde die Sängerin Jana Holm mit dem ersten Album der Band, "
         "„Lichter der Stadt“, das sich gut verkaufte.", "Lichter der Stadt"),
    ],
)
def test_titles_named_by_their_context_are_no_ones_words(text: str, title: str) -> None:
    quote = next(q for q in extract_quotes(text) if q.text == title)
    assert quote.speaker_span is None and quote.speaker is None


def test_das_as_an_article_opens_the_subject() -> None:
    text = _LEAD + ("Das neue Gremium gab nach langer Beratung bekannt, die Vorwürfe binnen "
                    "einer Woche prüfen zu wollen.")
    assert _said(text, "die Vorwürfe binnen") == "Das neue Gremium"


def test_konjunktiv_of_any_verb_after_a_subject_pronoun() -> None:
    text = _LEAD + "Die Trainerin war auch da und sagte am Abend, sie freue sich auf die Saison."
    assert _said(text, "sie freue sich") == "Die Trainerin"


def test_a_name_in_apposition_before_the_closing_particle() -> None:
    text = _LEAD + ("Die Straße bleibt bis Freitag gesperrt, teilte später der Leiter des "
                    "Bauamts, Erik Sommer, mit.")
    quote = find_quote(extract_quotes(text), "bis Freitag gesperrt")
    assert mention_text(text, quote) == "Erik Sommer"
    assert quote.speaker is not None and quote.speaker.name == "Erik Sommer"


def test_wonach_after_a_noun_opens_its_report() -> None:
    text = _LEAD + ("Der Sprecher wies Berichte, wonach die Fabrik schließen muss, am Montag "
                    "zurück.")
    quote = find_quote(extract_quotes(text), "die Fabrik schließen")
    assert quote.text == "die Fabrik schließen muss"
    assert mention_text(text, quote) == "Berichte"


def test_quoted_words_leave_the_rest_of_the_sentence_to_be_read() -> None:
    text = _LEAD + ("In der Altstadt wurde laut Polizei erstmals ein „Sprayer-Treffen“ "
                    "aufgelöst.")
    quotes = extract_quotes(text)
    reported = [q for q in quotes if q.kind == "indirect"]
    assert reported and all(mention_text(text, q) == "Polizei" for q in reported)


def test_a_reported_clause_before_a_quotation_in_the_same_sentence() -> None:
    text = _LEAD + ("Die Bürgermeisterin sagte am Abend, die Stadt brauche den Neubau dringend, "
                    "und fügte hinzu: „Wir warten schon zu lange.“")
    quote = find_quote(extract_quotes(text), "die Stadt brauche")
    assert quote.kind == "indirect" and mention_text(text, quote) == "Die Bürgermeisterin"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (_LEAD + "Die Behörden haben die Anwohner aufgefordert, ihre Häuser zu verlassen – "
         "die Hälfte davon in der Altstadt.", "ihre Häuser zu verlassen"),
        (_LEAD + "Die Kommission schlug vor, zu prüfen, ob ein Abkommen möglich ist.",
         "zu prüfen"),
    ],
)
def test_a_zu_infinitive_closing_the_first_part_of_the_clause(text: str, fragment: str) -> None:
    quote = find_quote(extract_quotes(text), fragment)
    assert quote.kind == "indirect" and quote.speaker_span is not None


def test_zu_sein_closes_a_reported_infinitive() -> None:
    text = _LEAD + "Der Verein bestreitet, an dem Streit beteiligt gewesen zu sein."
    assert _said(text, "an dem Streit") == "Der Verein"


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (_LEAD + "Stadträtin Jana Brück (SPD) hat in einem Gespräch mit der Presse bekräftigt, "
         "die Partei bekenne sich zu dem Neubau.", "die Partei bekenne", "Stadträtin Jana Brück"),
        (_LEAD + "Der Kämmerer Erich Stamm, zuständig für die Finanzen, hatte bereits im Juni "
         "angekündigt, die Gebühren senken zu wollen.", "die Gebühren senken",
         "Der Kämmerer Erich Stamm"),
        (_LEAD + "Wie die Ministerin darlegte, handelte es sich um einen Fehler der Verwaltung.",
         "einen Fehler der Verwaltung", "die Ministerin"),
    ],
)
def test_subjects_past_brackets_and_appositions(text: str, fragment: str, mention: str) -> None:
    assert _said(text, fragment) == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (_LEAD + "Der Stürmer Jonas Kern nannte den Platzverweis „völlig überzogen“, Trainer "
         "Paul Frey sah das anders.", "Der Stürmer Jonas Kern"),
        (_LEAD + "Jonas Kern, der in der zweiten Hälfte vom Platz musste, nannte die Karte "
         "„völlig überzogen“, sein Trainer Paul Frey schwieg.", "Jonas Kern"),
    ],
)
def test_the_subject_of_nennen_speaks_the_complement(text: str, mention: str) -> None:
    quote = find_quote(extract_quotes(text), "völlig überzogen")
    assert mention_text(text, quote) == mention


def test_a_konjunktiv_lead_in_without_a_speech_verb_goes_on_reporting() -> None:
    text = _LEAD + ("Die Landrätin Eva Kranz sagte, der Kreis habe sofort geholfen. Die "
                    "Nachbarstadt sei dem Kreis zu Dank verpflichtet: „Sie haben uns im Winter "
                    "auch geholfen.“")
    quote = find_quote(extract_quotes(text), "im Winter")
    assert quote.speaker is not None and quote.speaker.name.endswith("Eva Kranz")


def test_a_run_on_sentence_reports_the_speaker_of_its_own_quoted_words() -> None:
    text = ("„Wir sind zufrieden“, sagte der Trainer Max Roth am Abend.\n\nFür die Kapitänin "
            "Lea Brandt sei das Spiel dagegen „eine große Enttäuschung“ gewesen.")
    quotes = extract_quotes(text)
    reported = next(q for q in quotes if q.kind == "indirect" and "Spiel" in q.text)
    assert mention_text(text, reported) == "die Kapitänin Lea Brandt"


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        (_LEAD + "Der Richter wies den Vorwurf der Verteidigung, das Gericht sei befangen, "
         "entschieden zurück.", "das Gericht sei befangen", "den Vorwurf der Verteidigung"),
        (_LEAD + "Ursprüngliche Pläne, die alte Brücke abzureißen, wurden verworfen.",
         "die alte Brücke abzureißen", "Ursprüngliche Pläne"),
        (_LEAD + "Seine wichtigste Aussage ist, dass die Stadt sparen muss.",
         "dass die Stadt sparen muss", "Seine wichtigste Aussage"),
    ],
)
def test_the_complement_clause_of_a_speech_noun(text: str, fragment: str, mention: str) -> None:
    assert _said(text, fragment) == mention


def test_a_relative_clause_after_a_speech_noun_is_not_its_report() -> None:
    text = _LEAD + "Die Pläne, die der Rat beschlossen hat, liegen im Rathaus aus."
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


def test_laut_as_an_adverb_names_no_source() -> None:
    text = _LEAD + "Der Vorsitzende dachte bereits laut über mögliche Nachfolger nach."
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


def test_nach_angaben_von_names_who_gave_them() -> None:
    text = _LEAD + "Nach Ansicht von Beobachtern stellt sich jetzt die Frage nach der Zukunft."
    assert _said(text, "die Frage nach der Zukunft") == "Beobachtern"


def test_a_heading_before_a_colon_is_no_speaker() -> None:
    text = _LEAD + ("\n\nNeue Verhandlungen: Die Gewerkschaft und der Verband wollen sich im "
                    "Mai wieder treffen.\n\nUnterschiede: Zwischen den Beschäftigten gibt es "
                    "jedoch Unterschiede.")
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Die Geräte werden gemäß der neuen Regelung im Herbst ausgeliefert.",
        _LEAD + "Das ist gemäß § 12 der Satzung ein Verstoß gegen die Regeln.",
    ],
)
def test_gemaess_a_rule_is_no_source(text: str) -> None:
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


def test_gemaess_a_body_is_a_source() -> None:
    text = _LEAD + "Gemäß der Feuerwehr brannte das Lager bis zum Morgen."
    assert _said(text, "brannte das Lager") == "der Feuerwehr"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (_LEAD + "Kritik kommt vom Fahrgastverband IGEB, der die Maßnahme als „glatte "
         "Kapitulation“ vor den Sprayern sieht.", "Fahrgastverband IGEB"),
        (_LEAD + "Auch der Umweltminister Karl Roth attackierte den Konzern als „größten "
         "Verschmutzer der Region“.", "der Umweltminister Karl Roth"),
    ],
)
def test_characterising_with_als_after_a_relative_or_a_focus_particle(
    text: str, mention: str
) -> None:
    quote = next(q for q in extract_quotes(text) if q.kind == "partial")
    assert mention_text(text, quote) == mention


def test_a_place_phrase_and_a_name_in_apposition_after_the_role() -> None:
    text = _LEAD + ("Auch die Sprecherin der Fraktion im Landtag, Eva Kranz, will „in den "
                    "kommenden Wochen alles noch einmal prüfen“, ob der Bau nötig ist.")
    quote = next(q for q in extract_quotes(text) if q.kind == "partial")
    assert mention_text(text, quote) == "die Sprecherin der Fraktion"


def test_dies_reaches_back_over_two_blank_lines() -> None:
    text = _LEAD + ("Die Fähre nach Helgoland fällt bis Montag aus.\n\n\nDies teilte die "
                    "Reederei am Morgen mit.")
    quote = find_quote(extract_quotes(text), "Fähre nach Helgoland")
    assert mention_text(text, quote) == "die Reederei"


def test_konjunktiv_after_a_speech_act_reports_its_subject() -> None:
    text = _LEAD + ("Die Landesregierung warnte am Montag vor neuen Überschwemmungen. Die Dämme "
                    "im Süden seien an der Grenze ihrer Belastbarkeit.")
    quote = find_quote(extract_quotes(text), "Die Dämme im Süden")
    assert mention_text(text, quote) == "Die Landesregierung"


def test_shared_rules_read_sentences_merged_at_ordinals() -> None:
    # The reported clause found by the shared (not German-only) rules runs past "12. Mai".
    text = ("Die Stadt hat neue Pläne für den Verkehr. Bürgermeisterin Karin Vogt kündigte an, "
            "dass die Sperrung der Brücke ab dem 12. Mai für sechs Wochen gelten werde. Die "
            "Händler sind verärgert.")
    quotes = extract_quotes(text)
    reported = [q for q in quotes if q.kind == "indirect"]
    assert [q.text for q in reported] == [
        "die Sperrung der Brücke ab dem 12. Mai für sechs Wochen gelten werde"
    ]
    assert reported[0].speaker is not None and reported[0].speaker.name == "Karin Vogt"
