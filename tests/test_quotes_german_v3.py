"""German speakers, third round: the shared resolver reads German mentions (German only), on
sentences written for these tests."""

from __future__ import annotations

from newsclaims.model import Span
from newsclaims.quotes import RuleResolver, extract_quotes
from newsclaims.quotes.base import Candidate, Resolution
from tests.quote_helpers import find_quote, mention_text, speaker_name

_BERG = ("Die Ministerin Anna Berg sprach am Montag in Köln über den Haushalt. „Wir bleiben bei "
         "unserem Kurs“, sagte Berg. ")


def _resolve(text: str, quotes: list[tuple[str, str]]) -> list[Resolution]:
    """Resolve candidates given as (quotation, mention) pairs, each the first occurrence."""
    cands = []
    for quote, mention in quotes:
        start = text.index(quote)
        at = text.index(mention)
        cands.append(Candidate(Span(start, start + len(quote)),
                               mention=Span(at, at + len(mention)), mention_confidence=0.8))
    return RuleResolver().resolve(text, cands)


def _name(resolution: Resolution) -> str | None:
    return resolution.speaker.name if resolution.speaker is not None else None


def test_abstract_noun_mention_is_no_one_the_speaker_goes_on() -> None:
    text = _BERG + "In der Erklärung hieß es zuletzt: „Das Land braucht jetzt vor allem Ruhe.“"
    found = _resolve(text, [("Wir bleiben", "Berg."), ("Das Land", "der Erklärung")])
    assert _name(found[1]) == "Anna Berg"


def test_prepositional_phrase_and_adverb_mentions_are_no_one() -> None:
    text = _BERG + ("Sie schloss mit den Worten: „Das Land braucht Ruhe.“ Damit endete es: "
                    "„Gute Nacht.“")
    found = _resolve(text, [("Wir bleiben", "Berg."), ("Das Land", "mit den Worten"),
                            ("Gute Nacht", "Damit")])
    assert [_name(r) for r in found[1:]] == ["Anna Berg", "Anna Berg"]


def test_no_speaker_before_leaves_the_mention_unresolved() -> None:
    text = "Die Sitzung der Räte endete mit den Worten: „Das Land braucht Ruhe.“"
    found = _resolve(text, [("Das Land", "mit den Worten")])
    assert found[0].speaker is None and found[0].speaker_span is not None


def test_body_noun_mention_stays_a_speaker() -> None:
    text = ("Die Fraktion der Grünen stellte am Montag ihren Plan vor. „Wir wollen mehr Radwege "
            "in der ganzen Stadt“, sagte die Fraktion.")
    quote = find_quote(extract_quotes(text), "Wir wollen mehr Radwege")
    assert "Fraktion" in (speaker_name(quote) or "")


def test_english_mentions_are_read_as_before() -> None:
    text = ("Senator Anna Berg spoke in Boston on Monday about the budget. “We stay the course,” "
            "Berg said. With the words: “The country needs calm.”")
    found = _resolve(text, [("We stay", "Berg said"), ("The country", "With the words")])
    assert _name(found[1]) != "Anna Berg"


_BARTH = "Der Sänger Tom Barth starb am Montag in Hamburg. "


def test_quoted_paper_after_the_verb_is_the_speaker() -> None:
    text = _BARTH + ("„Er war ein großer Künstler, der zu früh ging“, schrieb die „Frankfurter "
                     "Rundschau“ am Dienstag.")
    quote = find_quote(extract_quotes(text), "großer Künstler")
    assert speaker_name(quote) == "Frankfurter Rundschau"


def test_quoted_paper_opening_with_its_article_is_the_speaker() -> None:
    text = _BARTH + ("„Er war ein großer Künstler. Einer, der blieb. Einer, der zu früh ging“,   "
                     "schrieb „Die Welt“ in einem Nachruf.")
    quote = find_quote(extract_quotes(text), "großer Künstler")
    assert mention_text(text, quote) == "Die Welt"


def test_zitiert_names_the_quoted_person_after_the_paper() -> None:
    text = ("Auf der Messe in Köln hat der Chef des Unternehmens, Jan Sommer, die neue Version "
            "gezeigt. „Das wird das beste Update aller Zeiten“, zitiert die „Wirtschaftswoche“ "
            "Sommer in einem Bericht.")
    quote = find_quote(extract_quotes(text), "beste Update")
    assert speaker_name(quote) == "Jan Sommer"


def test_er_skips_a_woman_named_by_her_role() -> None:
    text = ("Innenministerin Eva Roth und Innenminister Karl Brenner besuchten das Lager. "
            "Brenner lobte die Helfer. Die Ministerin Eva Roth sprach danach: „Die Lage ist "
            "ernst.“ Er sagte später: „Wir brauchen mehr Betten.“")
    found = _resolve(text, [("Die Lage", "Die Ministerin Eva Roth"),
                            ("Wir brauchen", "Er")])
    assert [_name(r) for r in found] == ["Eva Roth", "Karl Brenner"]


def test_sie_skips_a_man_named_by_his_role() -> None:
    text = ("Kanzlerin Eva Roth und Innenminister Karl Brenner besuchten das Lager in der Stadt. "
            "„Die Lage ist ernst“, sagte Brenner. Sie sagte danach: „Wir helfen.“")
    found = _resolve(text, [("Die Lage", "Brenner."), ("Wir helfen", "Sie")])
    assert [_name(r) for r in found] == ["Karl Brenner", "Eva Roth"]


def test_zitiert_with_a_web_address_as_subject() -> None:
    text = ("Tausende zogen am Samstag durch die Innenstadt von Bremen. „Das ist mehr, als wir "
            "erwartet hatten“, zitiert tagesschau.de Polizeisprecherin Lena Vogt.")
    quote = find_quote(extract_quotes(text), "mehr, als wir")
    assert speaker_name(quote) == "Lena Vogt"


def test_zitierte_takes_the_object_over_the_listed_subject() -> None:
    text = ("Auf der Messe in Köln hat der Chef des Unternehmens die neue Version gezeigt. "
            "„Das wird das beste Update aller Zeiten“, zitierte das Blatt den Manager.")
    quote = find_quote(extract_quotes(text), "beste Update")
    assert mention_text(text, quote) == "den Manager"


def test_so_with_a_lower_case_source() -> None:
    text = ("Die Gespräche über die Löhne der Pflegekräfte sind am Montag gescheitert. Die "
            "Arbeitgeber hätten kein neues Angebot vorgelegt, so verdi-Verhandlungsführerin "
            "Marie Haas.")
    quotes = extract_quotes(text)
    quote = find_quote(quotes, "kein neues Angebot")
    assert mention_text(text, quote) == "verdi-Verhandlungsführerin Marie Haas"


def test_announced_plan_with_the_comma_left_out() -> None:
    text = ("Die Stadtwerke in der Region haben die Tarife geprüft. Der Versorger Nordstrom hat "
            "angekündigt die Preise im Herbst zu erhöhen.")
    quote = find_quote(extract_quotes(text), "Preise im Herbst")
    assert quote.kind == "indirect" and speaker_name(quote) == "Versorger Nordstrom"


def test_participle_without_comma_needs_a_closing_zu_infinitive() -> None:
    text = ("Die Stadtwerke in der Region haben die Tarife geprüft. Der Versorger Nordstrom hat "
            "angekündigt die Preise im Herbst.")
    assert not [q for q in extract_quotes(text) if "Preise" in q.text]


def test_inverted_perfect_closes_a_reported_sentence() -> None:
    text = ("Die Hochschule prüft den Fall seit Wochen. Die Arbeit sei nicht frei von Fehlern "
            "gewesen, hatte Anna Krüger damals gesagt.")
    quote = find_quote(extract_quotes(text), "nicht frei von Fehlern")
    assert quote.kind == "indirect" and speaker_name(quote) == "Anna Krüger"


def test_quoted_words_in_a_clause_with_an_inverted_perfect_after_it() -> None:
    text = ("Die Hochschule prüft den Fall seit Wochen. Die Arbeit sei „nicht frei von Fehlern“ "
            "gewesen, hatte Anna Krüger damals gesagt und auf ihren Betreuer verwiesen.")
    quote = find_quote(extract_quotes(text), "nicht frei von Fehlern")
    assert speaker_name(quote) == "Anna Krüger"


def test_fuer_a_person_then_a_copula_gives_their_words() -> None:
    text = ("Die Zahl der Fälle in der Stadt steigt weiter. Für den Gesundheitsminister Paul "
            "Ortega ist die Situation in der Hauptstadt „alarmierend“.")
    quote = find_quote(extract_quotes(text), "alarmierend")
    assert speaker_name(quote) == "Paul Ortega"


def test_fuer_a_time_phrase_gives_no_speaker() -> None:
    text = ("Die Zahl der Fälle in der Stadt steigt weiter. Für die Zukunft ist die Lage "
            "„alarmierend“.")
    quote = find_quote(extract_quotes(text), "alarmierend")
    assert quote.speaker is None


def test_verbless_colon_lead_in_names_the_speaker() -> None:
    text = ("Die Sängerin zieht mit ihrer Tochter in ein Dorf im Norden.\n\nSängerin Nina Roth "
            "zur neuen Heimat: „Die meisten Sachen sind schon umgezogen, und dann freue ich mich "
            "aufs Landleben!“ Mutter Eva soll auch unter dem gleichen Dach leben.")
    quote = find_quote(extract_quotes(text), "meisten Sachen")
    assert speaker_name(quote) == "Nina Roth"


def test_verbless_colon_lead_in_without_a_name_is_no_speaker() -> None:
    text = ("Die Sängerin zieht mit ihrer Tochter in ein Dorf im Norden.\n\nDer Umzug in die "
            "neue Heimat: „Die meisten Sachen sind schon umgezogen, und dann freue ich mich aufs "
            "Landleben!“")
    quote = find_quote(extract_quotes(text), "meisten Sachen")
    assert speaker_name(quote) != "Umzug"


def test_bracketed_quotation_after_a_name_is_that_persons() -> None:
    text = ("Viele gratulierten dem Preisträger, so der Bürgermeister Tom Berg, die Leiterin der "
            "Stiftung, Anna Meier („Niemand hat das mehr verdient.“), und der Präsident des "
            "Vereins.")
    quote = find_quote(extract_quotes(text), "Niemand hat das")
    assert speaker_name(quote) == "Anna Meier"


def test_bracketed_translation_of_a_name_is_nobodys() -> None:
    text = ("Die Partei Ruch Narodowy Polski („Nationale Bewegung Polens“) gewann am Sonntag "
            "viele Stimmen in der Region.")
    quotes = [q for q in extract_quotes(text) if "Nationale Bewegung" in q.text]
    assert all(speaker_name(q) != "Ruch Narodowy Polski" for q in quotes)


def test_pronoun_after_a_colon_quotation_is_the_lead_in_subject() -> None:
    text = ("Jan Ost, der Sprecher der Union Agricole du Nord (UAN), sagte gegenüber der "
            "Presse: „Wir geben nicht auf.“\nMaria Lenz, Vorstandsmitglied des Verbandes, "
            "sagte dazu gegenüber dem Sender: „Wir haben ein schweres Jahr hinter uns, und wir "
            "erwarten keine Besserung,“ betont sie.")
    quote = find_quote(extract_quotes(text), "schweres Jahr")
    assert speaker_name(quote) == "Maria Lenz"


def test_pronoun_after_a_colon_quotation_past_an_adverbial_opening() -> None:
    text = ("Die Lage im Hochwassergebiet bleibt angespannt. Besorgt äußerte sich auch der "
            "Vorsitzende des Hilfswerks Nord, Jonas Brandt, zu den Vorgängen: „Wir befürchten "
            "das Schlimmste“, sagte er gegenüber dem Radio.")
    quote = find_quote(extract_quotes(text), "befürchten")
    assert speaker_name(quote) == "Jonas Brandt"


def test_fuer_a_person_overrides_a_speaker_of_an_earlier_sentence() -> None:
    text = ("„Das ist eine große Leistung gewesen“, sagte die Bürgermeisterin Eva Sommer am "
            "Abend.\n\nFür den Historiker Karl Brunner sei der Rücktritt „aus vielen Gründen "
            "verständlich“.")
    quote = find_quote(extract_quotes(text), "aus vielen Gründen")
    assert mention_text(text, quote) == "den Historiker Karl Brunner"


def test_als_quotation_first_then_characterising_verb_and_subject() -> None:
    text = ("Der Landtag hat am Mittwoch den Haushalt beschlossen. Als „verpasste Chance“ wertete "
            "der Fraktionschef der Grünen das Ergebnis.")
    quote = find_quote(extract_quotes(text), "verpasste Chance")
    assert mention_text(text, quote) == "der Fraktionschef der Grünen"
