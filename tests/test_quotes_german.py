"""German reporting shapes (newsclaims.quotes.german), on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims.quotes import extract_quotes
from newsclaims.quotes.german import is_german
from tests.quote_helpers import find_quote as _find
from tests.quote_helpers import mention_text as _mention
from tests.quote_helpers import speaker_name as _name


def test_language_test() -> None:
    assert is_german("Die Brücke über die Saale wird gesperrt, teilte die Stadt mit.")
    assert not is_german("The bridge over the river will be closed, the city said on Monday.")
    # An English story naming a German town stays English.
    assert not is_german("The mayor of Lüneburg said the bridge was closed and that the city "
                         "would pay for the repairs.")


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        ("Die Ursache des Feuers ist nach Angaben der Feuerwehr Kassel noch unklar.",
         "Die Ursache des Feuers", "der Feuerwehr Kassel"),
        ("Der Neubau kostet laut dem Bauamt rund zwölf Millionen Euro.",
         "kostet", "dem Bauamt"),
        ("Berichten mehrerer Lokalzeitungen zufolge soll die Fähre im Mai wieder fahren.",
         "soll die Fähre", "Lokalzeitungen"),
        ("In der Nacht wurden nach ersten Erkenntnissen drei Scheunen beschädigt.",
         "drei Scheunen", "ersten Erkenntnissen"),
        ("Wie der Landkreis am Freitag mitteilte, bleibt die Schule bis Ostern geschlossen.",
         "bleibt die Schule", "der Landkreis"),
        ("Die Schule bleibt bis Ostern geschlossen, wie eine Sprecherin des Landkreises "
         "bestätigte.", "Die Schule bleibt", "eine Sprecherin des Landkreises"),
    ],
)
def test_sources_anywhere_in_the_sentence(text: str, fragment: str, mention: str) -> None:
    reported = [q for q in extract_quotes(text) if q.kind == "indirect"]
    quote = _find(reported, fragment)
    found = _mention(text, quote)
    assert found is not None and mention in found


def test_a_source_phrase_splits_the_clause_into_fragments_of_one_attribution() -> None:
    text = "Die Brücke wird nach Angaben der Stadtwerke erst im Herbst wieder geöffnet."
    reported = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [q.text for q in reported] == ["Die Brücke wird", "erst im Herbst wieder geöffnet"]
    assert reported[0].attribution_id == reported[1].attribution_id


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        ("Die Gewerkschaft hat angekündigt, die Verhandlungen am Montag fortzusetzen.",
         "die Verhandlungen am Montag fortzusetzen", "Die Gewerkschaft"),
        ("Dagegen beteuerte die Bahn, dass alle Züge planmäßig verkehren.",
         "dass alle Züge", "die Bahn"),
        ("Der Verband bestritt, die Zahlen seien geschönt worden.",
         "die Zahlen seien", "Der Verband"),
    ],
)
def test_a_speech_verb_before_a_reported_clause(text: str, fragment: str, mention: str) -> None:
    quote = _find([q for q in extract_quotes(text) if q.kind == "indirect"], fragment)
    assert _mention(text, quote) == mention


def test_an_impersonal_clause_names_no_speaker() -> None:
    text = "Es wird erwartet, dass der Stadtrat im Juni über den Haushalt abstimmt."
    assert not [q for q in extract_quotes(text) if q.speaker_span is not None]


def test_reported_speech_runs_on_in_the_subjunctive() -> None:
    text = (
        "Die Klinikleiterin Lena Vogt sagte, die Klinik sei überlastet. Es fehle vor allem an "
        "Pflegekräften. Im Winter werde sich die Lage weiter verschärfen.\n\n"
        "Die Klinik liegt am Stadtrand."
    )
    quotes = extract_quotes(text)
    for fragment in ("Es fehle vor allem", "Im Winter werde sich"):
        quote = _find(quotes, fragment)
        assert quote.kind == "indirect" and _name(quote) == "Lena Vogt"
    # The indicative sentence after it is the reporter's own.
    assert not [q for q in quotes if "Stadtrand" in q.text]


def test_the_subjunctive_needs_a_speaker_named_before() -> None:
    text = "Die Brücke sei marode. Das Geld fehle seit Jahren."
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


def test_first_person_text_is_not_reported_speech() -> None:
    text = (
        "Der Trainer Jonas Rieck sagte, das Team sei bereit. Ich habe das Spiel im Stadion "
        "gesehen und werde wieder hingehen."
    )
    assert not [q for q in extract_quotes(text) if "Stadion" in q.text]


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        ("„Wir bleiben bis zum Schluss“, versprach die Sängerin Mira Olsen.",
         "Wir bleiben", "die Sängerin Mira Olsen"),
        ("„Das Wasser kam in Minuten“, erinnerte sich der Landwirt Kai Brandt.",
         "Das Wasser kam", "der Landwirt Kai Brandt"),
        ("„Der Zeitplan hält“, gab eine Sprecherin des Flughafens bekannt.",
         "Der Zeitplan hält", "eine Sprecherin des Flughafens"),
        ("„Wer zahlt das für die Straße?“ fragen sich viele Anwohner.",
         "Wer zahlt das", "viele Anwohner"),
    ],
)
def test_any_finite_verb_after_the_closing_mark(text: str, fragment: str, mention: str) -> None:
    quote = _find(extract_quotes(text), fragment)
    assert quote.kind == "direct" and _mention(text, quote) == mention


def test_the_subject_before_the_verb_not_the_object_after_it() -> None:
    text = "Projektleiterin Hanna Weiss sagte der Lokalzeitung: „Wir sind im Plan.“"
    quote = _find(extract_quotes(text), "Wir sind im Plan")
    assert _mention(text, quote) == "Projektleiterin Hanna Weiss"
    # Verb second after an adverbial: the subject follows the verb.
    text = "Gegenüber dem Sender erklärte die Ministerin: „Wir sind im Plan.“"
    quote = _find(extract_quotes(text), "Wir sind im Plan")
    assert _mention(text, quote) == "die Ministerin"


def test_a_quotation_with_no_attribution_takes_the_subject_before_it() -> None:
    text = (
        "Der Förster Ole Haas beschrieb den Schaden mit den Worten: „Der halbe Wald liegt am "
        "Boden.“ Die Aufräumarbeiten dauern an."
    )
    quote = _find(extract_quotes(text), "Der halbe Wald")
    assert _mention(text, quote) == "Der Förster Ole Haas"
    text = (
        "Die Bürgermeisterin Ada Lenz kritisierte den Landkreis scharf. „So geht man nicht mit "
        "einer Gemeinde um.“"
    )
    quote = _find(extract_quotes(text), "So geht man")
    assert _mention(text, quote) == "Die Bürgermeisterin Ada Lenz"


def test_english_text_keeps_its_own_rules() -> None:
    text = (
        "The mayor said the bridge was unsafe. It would stay closed until May.\n\n"
        "“We will rebuild it,” the mayor added."
    )
    quotes = extract_quotes(text)
    assert not [q for q in quotes if "until May" in q.text]
    assert _mention(text, _find(quotes, "We will rebuild")) == "the mayor"


def test_quoted_words_in_a_reported_sentence_are_the_sources_words() -> None:
    text = "Die Lage am Deich war nach Angaben der Wasserwacht „äußerst angespannt“."
    quote = _find(extract_quotes(text), "äußerst angespannt")
    assert quote.kind == "partial" and _mention(text, quote) == "der Wasserwacht"
    # With nobody reported in the sentence, quoted words stay a scare quote.
    text = "Der sogenannte „Bürgerbus“ fährt ab Montag häufiger."
    assert _find(extract_quotes(text), "Bürgerbus").speaker_span is None


def test_sollen_with_a_perfect_infinitive_reports_a_claim() -> None:
    text = (
        "Die Staatsanwältin Ines Marx erklärte, der Mann sei festgenommen worden. Er soll "
        "mehrere Autos beschädigt haben."
    )
    quote = _find(extract_quotes(text), "Er soll mehrere Autos")
    assert quote.kind == "indirect" and _name(quote) == "Ines Marx"
    # A plan with "sollen" is no one's claim.
    text = "Der Bürgermeister Udo Falk sagte, die Halle sei zu klein. Sie soll bis 2030 wachsen."
    assert not [q for q in extract_quotes(text) if "bis 2030" in q.text]


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        ("Der Pegel werde bis Freitag weiter steigen, so die Hochwasserzentrale.",
         "Der Pegel werde", "die Hochwasserzentrale"),
        ("Zwar sei die Ernte gut – so Bauer Tim Kahl –, doch die Preise seien zu niedrig.",
         "doch die Preise", "Bauer Tim Kahl"),
    ],
)
def test_so_names_the_source_after_the_clause(text: str, fragment: str, mention: str) -> None:
    quote = _find([q for q in extract_quotes(text) if q.kind == "indirect"], fragment)
    assert _mention(text, quote) == mention


def test_so_as_an_adverb_names_no_source() -> None:
    text = "Die Brücke war marode, so dass der Verkehr umgeleitet wurde."
    assert not [q for q in extract_quotes(text) if q.speaker_span is not None]


def test_a_sourced_sentence_carries_the_subjunctive_after_it() -> None:
    text = "Laut Polizeisprecher Eric Sommer brannte die Halle völlig aus. Verletzt worden sei "
    text += "niemand."
    quote = _find(extract_quotes(text), "Verletzt worden sei")
    assert quote.kind == "indirect" and _name(quote) == "Eric Sommer"


def test_the_subject_follows_the_verb_after_an_adverbial() -> None:
    text = (
        "Die Debatte dauerte bis in die Nacht. In ihrer Rede erklärte die Senatorin Ruth Abel, "
        "die Stadt werde „keinen Cent mehr“ zahlen."
    )
    quotes = extract_quotes(text)
    reported = _find([q for q in quotes if q.kind == "indirect"], "die Stadt werde")
    assert _mention(text, reported) == "die Senatorin Ruth Abel"
    assert reported.text.startswith("die Stadt werde")
    assert _mention(text, _find(quotes, "keinen Cent mehr")) == "die Senatorin Ruth Abel"
    text = (
        "Die Sirenen heulten die ganze Nacht. Besorgt zeigte sich der Landrat der Region: "
        "„Wir wissen nicht, wie hoch das Wasser noch steigt.“"
    )
    assert _mention(text, _find(extract_quotes(text), "Wir wissen nicht")) == (
        "der Landrat der Region"
    )


def test_heisst_es_names_the_document_not_es() -> None:
    text = "Die Stadt hat den Plan veröffentlicht. In dem Bericht heißt es: „Die Mauer ist marode.“"
    assert _mention(text, _find(extract_quotes(text), "Die Mauer ist marode")) == "dem Bericht"
    text = "Die Stadt hat reagiert. „Die Mauer ist marode“, hieß es dazu aus dem Rathaus."
    assert _mention(text, _find(extract_quotes(text), "Die Mauer ist marode")) == "dem Rathaus"


@pytest.mark.parametrize("name", ["Kurier am Abend", "Helfer ohne Grenzen", "RadioEins", "ZDF",
                                  "Verband für ein Freies Netz"])
def test_quoted_names_are_nobodys_words(name: str) -> None:
    text = f"Laut dem Vorsitzenden Paul Brandt berichtete der „{name}“ zuerst über den Fall."
    quote = _find([q for q in extract_quotes(text) if q.kind != "indirect"], name)
    assert quote.kind == "partial" and quote.speaker_span is None and quote.confidence <= 0.3


@pytest.mark.parametrize("phrase", ["Gefahr für Leib und Leben", "Wortbruch",
                                    "einen schweren Fehler"])
def test_quoted_nouns_stay_someones_words(phrase: str) -> None:
    text = f"Laut dem Vorsitzenden Paul Brandt war die Entscheidung ein „{phrase}“ der Stadt."
    quote = _find([q for q in extract_quotes(text) if q.kind != "indirect"], phrase)
    assert _mention(text, quote) == "dem Vorsitzenden Paul Brandt"


def test_a_fronted_object_or_phrase_is_not_the_speaker() -> None:
    text = (
        "Die Stadt plant neue Radwege. Gegenüber dem Radiosender erklärte sie: „Wir fangen im "
        "Mai an.“ Die Umsetzung des Plans bezweifelte der Verkehrsexperte Tom Ruhl: „Das "
        "Geld reicht nicht.“"
    )
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "Wir fangen")) == "sie"
    assert _mention(text, _find(quotes, "Das Geld reicht")) == "der Verkehrsexperte Tom Ruhl"
    # A speaking body with an -ung ending stays the subject.
    text = "Die Landesregierung erklärte am Abend: „Die Schulen bleiben offen.“"
    assert _mention(text, _find(extract_quotes(text), "Die Schulen")) == "Die Landesregierung"
