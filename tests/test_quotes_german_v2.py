"""German verb-second speakers and other German shapes (newsclaims.quotes.german), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims.quotes import extract_quotes
from tests.quote_helpers import find_quote as _find
from tests.quote_helpers import mention_text as _mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # A subject pronoun after the verb: the phrase before it is the object.
        ("Der Bürgermeister Karl Wendt kam zu spät. Den Vorschlag der Verwaltung, die Halle zu "
         "schließen, lehnt er jedoch ab: „Wir brauchen die Halle für die Vereine.“",
         "Wir brauchen die Halle", "er"),
        # Subject, auxiliary, object, participle: not the noun before the participle.
        ("Die Trainerin Maria Kolb hatte besonders die Bedeutung der Abwehrspieler betont: "
         "„Ohne eine gute Abwehr gewinnt man keine Spiele.“",
         "Ohne eine gute Abwehr", "Maria Kolb"),
        # A prepositional phrase before the verb, the subject after it.
        ("Angesichts der hohen Kosten nannte der Kämmerer Uwe Brandt den Neubau "
         "„nicht bezahlbar“.", "nicht bezahlbar", "Uwe Brandt"),
        # A leading subordinate clause, then the verb and its subject.
        ("Als ein Polizist eingriff, schrie der betrunkene Fahrer laut: „Lasst mich in Ruhe!“",
         "Lasst mich in Ruhe", "Fahrer"),
    ],
)
def test_verb_second_speakers(text: str, fragment: str, mention: str) -> None:
    quote = _find(extract_quotes(text), fragment)
    found = _mention(text, quote)
    assert found is not None and mention in found, found


def test_the_subject_before_the_verb_stays() -> None:
    text = "Die Ministerin Anna Berg erklärte im Landtag: „Die Schulen bleiben offen.“"
    quote = _find(extract_quotes(text), "Die Schulen bleiben")
    found = _mention(text, quote)
    assert found is not None and "Anna Berg" in found


def test_a_determiner_after_a_name_starts_the_object() -> None:
    text = ("Um Geld zu sparen, will Bürgermeisterin Petra Lorenz die Stadtbibliothek schließen. "
            "„Bücher leiht heute kaum noch jemand aus.“")
    quote = _find(extract_quotes(text), "Bücher leiht")
    found = _mention(text, quote)
    assert found is not None and "Lorenz" in found and "Stadtbibliothek" not in found


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # A whole quotation closing the clause that introduces it, after a comma or a verb.
        ("Der Notarzt Jan Feld, der als Erster am Unfallort war, schilderte später seinen "
         "Eindruck, „dass der Fahrer viel zu schnell unterwegs war und nicht bremsen konnte.“",
         "der Fahrer viel zu schnell", "Jan Feld"),
        ("Die Analystin Karin Mohr von der Stadtsparkasse kommentierte „Die Zentralbank hat "
         "die Märkte mit dieser Entscheidung völlig überrascht.“",
         "Die Zentralbank hat", "Karin Mohr"),
        # An apposition with a relative clause inside it, before the verb.
        ("Jonas Weber, einer der Abgeordneten, die das Gesetz ablehnten, verurteilte die "
         "Haltung der Regierung bezüglich der Mieten. „Dieses Gesetz schadet den Mietern und "
         "hilft am Ende niemandem.“",
         "Dieses Gesetz schadet", "Jonas Weber"),
    ],
)
def test_unattributed_quotations_take_the_clause_subject(
    text: str, fragment: str, mention: str
) -> None:
    quote = _find(extract_quotes(text), fragment)
    found = _mention(text, quote)
    assert found is not None and mention in found, found


def test_a_quotation_after_an_attributed_one_goes_on_with_its_words() -> None:
    text = ("„Wir fahren mit großen Zielen nach Berlin“, kündigte Trainer Paul Heck an. „Dort "
            "wollen wir den Pokal endlich wieder gewinnen.“")
    quotes = extract_quotes(text)
    quote = _find(quotes, "Dort wollen wir")
    assert quote.speaker is not None and quote.speaker.name.endswith("Paul Heck")


def test_a_colon_lead_in_beats_the_subject_of_the_next_sentence() -> None:
    text = ("Der Vorsitzende fragte: „Warum wird die Brücke erst im Winter repariert?“ "
            "Greenpeace fordert eine neue Planung.")
    quote = _find(extract_quotes(text), "Warum wird die Brücke")
    found = _mention(text, quote)
    assert found == "Der Vorsitzende", found


def test_an_inverted_attribution_after_the_quotation_stays() -> None:
    text = "„Die Brücke wird im Winter repariert“, sagte die Stadträtin Eva Brandt am Montag."
    quote = _find(extract_quotes(text), "Die Brücke wird")
    found = _mention(text, quote)
    assert found is not None and "Eva Brandt" in found, found


def test_quoted_words_belong_to_the_speaker_of_their_own_sentence() -> None:
    text = ("„Wir bauen die Schule bis zum Sommer fertig“, sagte Bürgermeister Otto Kranz. "
            "Er geht davon aus, dass alles klappt. Die Elternvertreter erklären dagegen, sie "
            "hätten Hinweise, dass der Zeitplan „völlig unrealistisch“ sei.")
    quote = _find(extract_quotes(text), "völlig unrealistisch")
    found = _mention(text, quote)
    assert found == "Die Elternvertreter", found


def test_the_subject_after_a_comma_belongs_to_the_reported_clause() -> None:
    from newsclaims.quotes.german.phrases import clause_subject as _clause_subject

    text = "Von den Eltern wurde kritisiert, Stadtrat Paul Frey sei ahnungslos"
    assert _clause_subject(text, 0, len(text)) is None
    text = "Dagegen kritisierte Stadtrat Paul Frey den Zeitplan"
    found = _clause_subject(text, 0, len(text))
    assert found is not None and text[found[0].start : found[0].end] == "Stadtrat Paul Frey"


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # A subject pronoun right after the verb; the noun phrase after it is the object.
        ("Der Bischof trat am Abend vor die Gemeinde. In einer Predigt würdigte er Kleins "
         "Lebenswerk: „Er hat dieser Stadt sein Herz geschenkt.“", "sein Herz", "er"),
        # A longer prepositional phrase before the auxiliary, then the subject.
        ("Zur finanziellen Lage des Vereins und seiner Zukunft wird Egger auf der "
         "Internetseite wie folgt zitiert: „Wir bauen, sobald das Geld da ist.“",
         "Wir bauen", "Egger"),
    ],
)
def test_more_verb_second_speakers(text: str, fragment: str, mention: str) -> None:
    quote = _find(extract_quotes(text), fragment)
    found = _mention(text, quote)
    assert found is not None and mention in found.split(), found


def test_his_opinion_is_the_words_of_the_person_named_before() -> None:
    text = ("„Die Verhandlungen sind schwierig“, sagte der Diplomat Rolf Anker am Montag. Seine "
            "Zuversicht gründet sich auf frühere Gespräche: „Am Ende gab es immer eine "
            "Einigung.“")
    quote = _find(extract_quotes(text), "Am Ende gab es")
    assert quote.speaker is not None and quote.speaker.name.endswith("Rolf Anker")


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        ("Die Ministerin Karla Beck würdigte den Dirigenten als „einen der großen Musiker "
         "unserer Zeit“.", "einen der großen Musiker", "Karla Beck"),
        ("Der Senat hatte den Zeitungsbericht umgehend als „falsch“ zurückgewiesen.",
         "falsch", "Der Senat"),
        ("Seine Bilder werden von Kunstkritikern als „Meilensteine der Moderne“ bezeichnet.",
         "Meilensteine", "Kunstkritikern"),
        ("Der Streit ist heikel, weil die Regierung das Land erst kürzlich als „verlässlichen "
         "Partner“ bezeichnet hat.", "verlässlichen", "die Regierung"),
        ("Es ist seit Wochen trocken und die Wälder sind ausgedörrt. Die Waldbrandgefahr wird "
         "im Norden vom Wetterdienst als „sehr hoch“ eingestuft.",
         "sehr hoch", "Wetterdienst"),
    ],
)
def test_characterised_as_quoted_words(text: str, fragment: str, mention: str) -> None:
    quote = _find(extract_quotes(text), fragment)
    found = _mention(text, quote)
    assert found is not None and mention in found, found


def test_a_term_called_so_by_no_one_stays_a_scare_quote() -> None:
    text = ("Der Strom geladener Teilchen, der von der Sonne ausgeht und als „Sonnenwind“ "
            "bezeichnet wird, trifft auf die Erde.")
    quote = _find(extract_quotes(text), "Sonnenwind")
    assert quote.speaker_span is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das berichtete die britische Musikzeitschrift „Kerrang“ in ihrer neuen Ausgabe.",
         "Kerrang"),
        ("Wie die „Lausitzer“-Zeitung am Freitag meldete, ist die Brücke gesperrt.", "Lausitzer"),
        ("Der Verkehrsminister sagte gegenüber dem „Kurier“, die Brücke bleibe gesperrt.",
         "Kurier"),
    ],
)
def test_quoted_names_are_no_ones_words(text: str, name: str) -> None:
    quote = _find(extract_quotes(text), name)
    assert quote.speaker_span is None and quote.speaker is None


def test_quoted_words_of_a_speaker_stay_speech() -> None:
    text = ("Die Polizei nannte die Lage am Abend „sehr angespannt“, die Feuerwehr sprach von "
            "„großer Gefahr“.")
    quotes = extract_quotes(text)
    assert any(q.speaker is not None for q in quotes if "angespannt" in q.text)


def test_a_list_of_quoted_titles_is_not_speech() -> None:
    text = ("Im Bereich der Ausstellungen waren über 50 Themen zu finden, darunter „Die Brücken "
            "der Stadt im Wandel“, „Fähren und Schiffe auf der Elbe“, „Kutschen und Pferdebahnen "
            "vor 1900“ oder beispielsweise „Hundert Jahre Straßenbahn“.")
    quotes = extract_quotes(text)
    assert len(quotes) == 4
    assert all(q.kind == "partial" and q.speaker is None for q in quotes)


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # The reported clause first, then the speech verb and its subject.
        ("Die Filiale in Kassel wird zum Jahresende geschlossen, teilte die Handelskette am "
         "Dienstag mit.", "Die Filiale in Kassel", "die Handelskette"),
        # The Konjunktiv II after an explicit speech verb.
        ("Der Landrat Max Lind hatte in einem Interview gesagt, die Gemeinden müssten bei "
         "allen Entscheidungen gehört werden.", "die Gemeinden müssten", "Max Lind"),
        # A long prepositional phrase before the verb, the subject after it.
        ("Nach der Freilassung von über hundert Gefangenen aus dem Lager von Kulm kündigte "
         "heute der Innenminister Ivo Brandt an, die Grenze zu schließen.",
         "die Grenze zu schließen", "Ivo Brandt"),
    ],
)
def test_more_reported_speech(text: str, fragment: str, mention: str) -> None:
    reported = [q for q in extract_quotes(text) if q.kind == "indirect"]
    quote = _find(reported, fragment)
    found = _mention(text, quote)
    assert found is not None and mention in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Obwohl die Beute bei ihm gefunden wurde, bestritt er eine Beteiligung an dem Raub.",
        "Die Feuerwehr löschte den Brand, sah aber keinen Grund für eine Evakuierung.",
    ],
)
def test_not_reported_speech(text: str) -> None:
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        ("Nach einer dänischen Studie erhöht schon wenig Alkohol das Risiko deutlich.",
         "erhöht schon wenig Alkohol", "dänischen Studie"),
        ("Nach dem vorläufigen Endergebnis erreichte die Liste 41 Prozent der Stimmen.",
         "erreichte die Liste", "vorläufigen Endergebnis"),
        ("Nach einem Bericht der Rheinpfalz ist das Werk seit Montag geschlossen.",
         "ist das Werk", "Rheinpfalz"),
    ],
)
def test_nach_with_a_study_or_report_is_a_source(text: str, fragment: str, mention: str) -> None:
    reported = [q for q in extract_quotes(text) if q.kind == "indirect"]
    quote = _find(reported, fragment)
    found = _mention(text, quote)
    assert found is not None and mention in found, found


def test_nach_with_an_examination_is_a_time() -> None:
    text = "Nach eingehenden Untersuchungen der Statiker wurde die Halle wieder geöffnet."
    assert not [q for q in extract_quotes(text) if q.kind == "indirect"]


def test_dies_bestaetigte_attributes_the_sentence_before() -> None:
    text = ("Der Stürmer Pavel Kranj wechselt im Sommer zum FC Linden. Dies bestätigte der "
            "Sportdirektor Ole Brandt am Montag.")
    reported = [q for q in extract_quotes(text) if q.kind == "indirect"]
    quote = _find(reported, "wechselt im Sommer")
    found = _mention(text, quote)
    assert found is not None and "Ole Brandt" in found, found


def test_das_teilte_mit_in_one_sentence() -> None:
    text = ("Seit dem 19. Mai ist die Hauptkamera des Satelliten ausgefallen, das teilte das "
            "Raumfahrtzentrum in Oberpfaffenhofen mit.")
    reported = [q for q in extract_quotes(text) if q.kind == "indirect"]
    quote = _find(reported, "Hauptkamera")
    found = _mention(text, quote)
    assert found is not None and "Raumfahrtzentrum" in found, found


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        ("Der Versandhändler schließt sein Lager in Halle. Dies geht aus einer Mitteilung des "
         "Konzerns hervor.", "schließt sein Lager", "Konzerns"),
        ("Der Streik der Busfahrer geht weiter und die Fahrgäste sind verärgert. Die Streiks "
         "sollen über Ostern ausgesetzt werden, so der Gewerkschaftssprecher Jan Bode im "
         "Regionalfernsehen.", "Die Streiks sollen", "Jan Bode"),
        ("Der Sturm hat an der Küste großen Schaden angerichtet. Im Hafen wurden zwei Schiffe "
         "beschädigt. Das berichten örtliche Medien.", "zwei Schiffe", "Medien"),
    ],
)
def test_more_sources(text: str, fragment: str, mention: str) -> None:
    reported = [q for q in extract_quotes(text) if q.kind == "indirect"]
    quote = _find(reported, fragment)
    found = _mention(text, quote)
    assert found is not None and mention in found, found


def test_das_musste_x_einraeumen_after_the_quotation() -> None:
    text = ("„Ja, wir haben Fehler gemacht“. Das musste der Vorstandschef Udo Lemke am Montag "
            "vor den Aktionären einräumen.")
    quote = _find(extract_quotes(text), "Fehler gemacht")
    found = _mention(text, quote)
    assert found is not None and "Udo Lemke" in found, found


def test_speech_verbs_in_the_infinitive() -> None:
    from newsclaims.quotes.german.phrases import is_cue as _is_cue

    assert _is_cue("einräumen") and _is_cue("erklären") and _is_cue("mitteilen")
    assert not _is_cue("gehen") and not _is_cue("werden") and not _is_cue("haben")


def test_an_abstract_object_opening_a_colon_lead_in() -> None:
    text = ("Die geplante Schließung der Bibliothek stellte der Kulturdezernent Jens Ohm "
            "ebenfalls in Frage: „Wir brauchen jeden Ort, an dem Kinder lesen können.“")
    quote = _find(extract_quotes(text), "Wir brauchen jeden Ort")
    found = _mention(text, quote)
    assert found is not None and "Jens Ohm" in found, found


def test_a_reported_speech_act_without_its_words() -> None:
    text = ("Die Stadt baut seit Mai eine neue Brücke über den Fluss. Die Anwohner klagten "
            "in der Versammlung über den Lärm der Baustelle in der Nacht.")
    reported = [q for q in extract_quotes(text) if q.kind == "indirect"]
    quote = _find(reported, "klagten in der Versammlung")
    found = _mention(text, quote)
    assert found is not None and "Anwohner" in found, found


def test_an_adverb_before_a_speech_act_is_not_its_subject() -> None:
    text = ("Der Mann wurde auf der Straße angegriffen und verletzt. Anschließend klagte er "
            "über Schmerzen und wurde in das Krankenhaus gebracht.")
    reported = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert all(_mention(text, q) != "Anschließend" for q in reported)


def test_a_leading_wie_clause_names_a_source_not_the_speaker() -> None:
    text = ("Eine Stellungnahme gab es zunächst nicht. Wie der Sender RTL berichtet, gab der "
            "Sprecher Tom Berger dem Sender nur eine kurze Antwort per SMS: „Kein Kommentar.“")
    quote = _find(extract_quotes(text), "Kein Kommentar")
    found = _mention(text, quote)
    assert found is not None and "Tom Berger" in found, found
