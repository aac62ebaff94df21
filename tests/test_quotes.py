"""Quote extraction and speaker attribution on articles written for these tests.

Every quotation convention, the malformed shapes real reporting produces, and each way a
speaker is named, on stories unrelated to the seeds (other names, places and languages).
"""

import pytest

from newsclaims import Article, extract_quotes
from newsclaims.errors import MalformedInput
from newsclaims.model import Quote, Span
from newsclaims.normalize.names import AliasTable
from newsclaims.quotes import Candidate, QuoteExtractor, Resolution, RuleExtractor, RuleResolver
from tests.quote_helpers import find_quote as _find
from tests.quote_helpers import mention_text as _mention
from tests.quote_helpers import speaker_name as _speaker


def _assert_spans(text: str, quotes: list[Quote]) -> None:
    for quote in quotes:
        assert quote.span.slice(text) == quote.text
        assert quote.text and quote.text[0] not in "\"“”„«»‘’" and quote.text[-1] not in "\"“”„«»"


# -- conventions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»"), ("»", "«"), ("„", "“"), ("``", "''")],
)
def test_every_quotation_mark_convention(opening: str, closing: str) -> None:
    text = (
        f"{opening}The harbour will reopen on Monday,{closing} Mayor Lena Ortiz said. "
        f"{opening}We owe that to the fishermen.{closing}"
    )
    quotes = extract_quotes(text)
    _assert_spans(text, quotes)
    first = _find(quotes, "The harbour will reopen on Monday,")
    assert first.kind == "direct"
    assert _speaker(first) == "Lena Ortiz"
    assert first.text.startswith("The harbour") and first.text.endswith("Monday,")
    second = _find(quotes, "We owe that to the fishermen.")
    assert _speaker(second) == "Lena Ortiz"


def test_apostrophes_are_never_quote_marks() -> None:
    text = (
        "The Hendersons’ farm isn’t for sale, and Norway’s fjords don’t freeze,” said "
        "farmer Ole Berg. ’90s prices won’t return."
    )
    quotes = extract_quotes(text)
    _assert_spans(text, quotes)
    for quote in quotes:
        assert not quote.text.startswith(("s farm", "t for", "s fjords", "90s"))
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith("The Hendersons’ farm")  # the missing opener repaired
    assert _speaker(direct[0]) == "Ole Berg"


def test_single_quotes_nested_in_double_quotes() -> None:
    text = (
        "“The minister told us, ‘The bridge is safe,’ and then it fell,” said engineer "
        "Priya Nair."
    )
    quotes = extract_quotes(text)
    _assert_spans(text, quotes)
    outer = _find(quotes, "The minister told us")
    inner = next(q for q in quotes if q.text == "The bridge is safe,")
    assert outer.kind == "direct" and _speaker(outer) == "Priya Nair"
    assert inner.kind == "nested"
    assert inner.parent == quotes.index(outer)
    assert _mention(text, inner) == "The minister"  # the inner speaker, not Priya Nair


def test_british_single_quotes_are_primary_quotes() -> None:
    text = "‘We will appeal the ruling,’ a club spokesman said on Friday."
    quotes = extract_quotes(text)
    quote = _find(quotes, "We will appeal the ruling")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.kind == "anonymous"
    assert _mention(text, quote) == "a club spokesman"


# -- malformed quotes ---------------------------------------------------------------------------


def test_missing_opening_mark_and_the_rest_survive() -> None:
    text = (
        "The rains destroyed half the rice crop. We need seed by March,” farmer Tran Van Minh "
        "said.\n\n"
        "“Prices will double,” warned economist Sara Holm."
    )
    quotes = extract_quotes(text)
    _assert_spans(text, quotes)
    unopened = _find(quotes, "We need seed by March,")
    assert _speaker(unopened) == "Tran Van Minh"
    assert unopened.confidence < 0.9  # repaired quotes say so
    assert _speaker(_find(quotes, "Prices will double,")) == "Sara Holm"


def test_opening_mark_used_as_closing_mark() -> None:
    text = (
        "“The tariffs hurt our exporters more than anyone, “Ottawa said in a statement.\n\n"
        "“We expect talks to resume,” trade minister Jean Roy added."
    )
    quotes = extract_quotes(text)
    _assert_spans(text, quotes)
    statement = _find(quotes, "The tariffs hurt our exporters")
    assert statement.text.endswith("anyone,")
    assert statement.speaker is not None and statement.speaker.kind == "organisation"
    assert _mention(text, statement) == "Ottawa"
    assert _speaker(_find(quotes, "We expect talks to resume")) == "Jean Roy"


def test_stray_mark_does_not_lose_the_other_quotes() -> None:
    text = (
        "The dam is 40\" taller than planned, engineers noted.\n\n"
        "“It is the safest design we have,” said project lead Amara Diallo.\n\n"
        "“Construction ends in May,” she added."
    )
    quotes = extract_quotes(text)
    _assert_spans(text, quotes)
    assert _speaker(_find(quotes, "It is the safest design")) == "Amara Diallo"
    assert _speaker(_find(quotes, "Construction ends in May")) == "Amara Diallo"


def test_odd_number_of_marks_and_missing_closing_mark() -> None:
    text = (
        "“The vote was rigged, opposition leader Karim Haddad told reporters. “We will not "
        "accept it.”"
    )
    quotes = extract_quotes(text)
    _assert_spans(text, quotes)
    first = _find(quotes, "The vote was rigged")
    assert "Karim Haddad" not in first.text  # the quote ends before its attribution
    assert _speaker(first) == "Karim Haddad"
    assert _speaker(_find(quotes, "We will not accept it")) == "Karim Haddad"


# -- structure ------------------------------------------------------------------------------------


def test_multi_paragraph_quote_shares_attribution() -> None:
    article = Article.from_paragraphs([
        "Union leader Maria Keller addressed the strikers on Tuesday.",
        "“We have waited three years for a fair offer. The company has made record profits",
        "“and it is time our members shared in them,” Keller said.",
    ])
    quotes = extract_quotes(article.body, paragraphs=article.paragraphs)
    _assert_spans(article.body, quotes)
    first = _find(quotes, "We have waited three years")
    second = _find(quotes, "and it is time our members")
    assert first.attribution_id == second.attribution_id
    assert _speaker(first) == _speaker(second) == "Maria Keller"


def test_nested_quote_introduced_as_someone_elses_words() -> None:
    text = (
        "The spokesman recalled the exact words from Chancellor Olaf Brandt’s speech: "
        "“No region will be left behind.”"
    )
    quotes = extract_quotes(text)
    quote = _find(quotes, "No region will be left behind")
    assert quote.kind == "nested"
    assert _speaker(quote) == "Olaf Brandt"


def test_partial_quote_scare_quote_and_title() -> None:
    text = (
        "Governor Ana Pires said the plan had “no chance” of passing. Critics call the "
        "so-called “reform” a tax. She was reading “The Old Man and the Sea” on the plane."
    )
    quotes = extract_quotes(text)
    _assert_spans(text, quotes)
    partial = next(q for q in quotes if q.text == "no chance")
    assert partial.kind == "partial" and _speaker(partial) == "Ana Pires"
    scare = next(q for q in quotes if q.text == "reform")
    title = _find(quotes, "The Old Man and the Sea")
    for quote in (scare, title):
        assert quote.speaker is None and quote.confidence <= 0.3


# -- indirect speech ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clause", "mention"),
    [
        ("Health Minister Tomas Vik said that the clinics would stay open.",
         "the clinics would stay open", "Health Minister Tomas Vik"),
        ("According to the port authority, ships will be rerouted from Friday.",
         "ships will be rerouted from Friday", "the port authority"),
        ("Ships will be rerouted from Friday, according to the port authority.",
         "Ships will be rerouted from Friday", "the port authority"),
        ("Senator Ruth Cole told Reuters on Monday that the bill was dead.",
         "the bill was dead", "Senator Ruth Cole"),
        ("The farmers union accused the ministry of ignoring the drought.",
         "the ministry of ignoring the drought", "The farmers union"),
        ("Coach Ivan Petrov says there is no injury crisis.",
         "there is no injury crisis", "Coach Ivan Petrov"),
        ("The trains will run again next week, the rail operator said.",
         "The trains will run again next week", "the rail operator"),
    ],
)
def test_indirect_speech(text: str, clause: str, mention: str) -> None:
    quotes = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert quotes, text
    quote = quotes[0]
    assert quote.text == clause
    assert _mention(text, quote) == mention
    assert quote.speaker is not None


# -- who said it ----------------------------------------------------------------------------------


def test_inverted_cue_colon_and_press_release_trailer() -> None:
    text = (
        "“The museum opens in June,” said curator Helen Marsh.\n\n"
        "Marsh: “Admission will be free.”\n\n"
        "And from the director: “We are delighted.”\n\n"
        "“Our volunteers made this possible.” -Jonas Weber, Chair, Friends of the Museum"
    )
    quotes = extract_quotes(text)
    assert _speaker(_find(quotes, "The museum opens in June")) == "Helen Marsh"
    assert _speaker(_find(quotes, "Admission will be free")) == "Helen Marsh"
    assert _mention(text, _find(quotes, "We are delighted")) == "the director"
    assert _speaker(_find(quotes, "Our volunteers made this possible")) == "Jonas Weber"


def test_floating_quote_inherits_the_previous_speaker() -> None:
    article = Article.from_paragraphs([
        "“The storm knocked out power to 40,000 homes,” utility chief Dana Reyes said.",
        "“Crews will work through the night.”",
    ])
    quotes = extract_quotes(article.body, paragraphs=article.paragraphs)
    floating = _find(quotes, "Crews will work through the night")
    assert _speaker(floating) == "Dana Reyes"
    assert floating.speaker_confidence < _find(quotes, "The storm").speaker_confidence


def test_full_name_role_surname_pronoun_and_role_description() -> None:
    text = (
        "Kenyan President William Ruto opened the summit on Monday.\n\n"
        "“Africa will not wait,” Ruto said.\n\n"
        "“We have the young people and the sun,” he added.\n\n"
        "“Investors should come now,” the Kenyan leader told delegates."
    )
    quotes = extract_quotes(text)
    by_surname = _find(quotes, "Africa will not wait")
    assert by_surname.speaker is not None
    assert by_surname.speaker.name == "William Ruto"
    assert by_surname.speaker.role == "President of Kenya"
    assert _mention(text, by_surname) == "Ruto"
    pronoun = _find(quotes, "We have the young people")
    assert _speaker(pronoun) == "William Ruto" and _mention(text, pronoun) == "he"
    role = _find(quotes, "Investors should come now")
    assert _speaker(role) == "William Ruto" and _mention(text, role) == "the Kenyan leader"


def test_organisations_and_anonymous_sources() -> None:
    text = (
        "“The border remains closed,” the Interior Ministry said.\n\n"
        "“Nobody expected this,” a diplomat close to the talks said.\n\n"
        "“It will take months,” the diplomat added.\n\n"
        "“We reject the report,” Beijing said."
    )
    quotes = extract_quotes(text)
    ministry = _find(quotes, "The border remains closed")
    assert ministry.speaker is not None and ministry.speaker.kind == "organisation"
    first = _find(quotes, "Nobody expected this")
    second = _find(quotes, "It will take months")
    assert first.speaker is not None and first.speaker.kind == "anonymous"
    assert second.speaker == first.speaker.__class__(
        name=first.speaker.name, mention="the diplomat", role=first.speaker.role,
        kind="anonymous",
    )
    metonym = _find(quotes, "We reject the report")
    assert metonym.speaker is not None and metonym.speaker.kind == "organisation"
    assert metonym.speaker.role == "Government of China"


def test_typo_tolerant_name_matching_and_aliases() -> None:
    text = (
        "Russian Foreign Minister Sergey Lavrov met his counterpart.\n\n"
        "“The talks were useful,” Segei Lavrov said."
    )
    quote = _find(extract_quotes(text), "The talks were useful")
    assert _speaker(quote) == "Sergey Lavrov"
    aliases = AliasTable()
    aliases.add("Abdelmadjid Tebboune", "Abdelmajid Tebboune")
    text = (
        "Algerian President Abdelmadjid Tebboune visited Rome.\n\n"
        "“Gas will flow north,” Abdelmajid Tebboune said."
    )
    quote = _find(extract_quotes(text, aliases=aliases), "Gas will flow north")
    assert _speaker(quote) == "Abdelmadjid Tebboune"


def test_german_quotes_and_cue_verbs() -> None:
    text = (
        "„Wir bauen die Brücke bis 2027 neu“, sagte Verkehrsministerin Petra Lang am Montag.\n\n"
        "Der Bürgermeister betonte: „Die Umleitung bleibt bis dahin bestehen.“\n\n"
        "Laut Lang kostet der Neubau 40 Millionen Euro."
    )
    quotes = extract_quotes(text)
    _assert_spans(text, quotes)
    assert _speaker(_find(quotes, "Wir bauen die Brücke")) == "Petra Lang"
    mayor = _find(quotes, "Die Umleitung bleibt")
    assert _mention(text, mayor) == "Der Bürgermeister"
    reported = _find(quotes, "kostet der Neubau")
    assert reported.kind == "indirect" and _speaker(reported) == "Petra Lang"


# -- API ------------------------------------------------------------------------------------------


def test_confidences_are_probabilities_and_ids_are_set() -> None:
    text = "“Yes,” she said. Officials said the plan failed. “Maybe” was all he offered."
    for quote in extract_quotes(text):
        assert 0.0 <= quote.confidence <= 1.0
        assert 0.0 <= quote.speaker_confidence <= 1.0
        assert quote.attribution_id is not None


def test_empty_and_wrong_input() -> None:
    assert extract_quotes("") == []
    assert extract_quotes("   \n\n ") == []
    assert extract_quotes("No quotes here at all.") == []
    with pytest.raises(MalformedInput):
        extract_quotes(b"bytes are not text")  # type: ignore[arg-type]


def test_paragraphs_that_do_not_slice_the_text_are_ignored() -> None:
    article = Article.from_paragraphs(["“One,” said Ana Silva.", "“Two,” said Ben Ode."])
    other = Article.from_paragraphs(["something else entirely"])
    quotes = extract_quotes(article.body, paragraphs=other.paragraphs)
    assert {_speaker(q) for q in quotes} == {"Ana Silva", "Ben Ode"}


class _EveryLine:
    """A toy extractor: every paragraph is a quote by its first word."""

    def extract(self, text: str, paragraphs: list[tuple[int, int]]) -> list[Candidate]:
        found = []
        for lo, hi in paragraphs:
            first_end = text.find(" ", lo, hi)
            found.append(Candidate(span=Span(lo, hi), mention=Span(lo, first_end),
                                   mention_confidence=0.9))
        return found


class _Fixed:
    def __init__(self) -> None:
        self.seen = 0

    def resolve(self, text: str, candidates: list[Candidate]) -> list[Resolution]:
        self.seen = len(candidates)
        return [Resolution() for _ in candidates]


def test_extractor_and_resolver_are_pluggable() -> None:
    text = "Alpha says hi\n\nBeta says bye"
    assert isinstance(_EveryLine(), QuoteExtractor)
    quotes = extract_quotes(text, extractor=_EveryLine())
    assert [q.text for q in quotes] == ["Alpha says hi", "Beta says bye"]
    assert [_speaker(q) for q in quotes] == ["Alpha", "Beta"]
    resolver = _Fixed()
    quotes = extract_quotes(text, extractor=_EveryLine(), resolver=resolver)
    assert resolver.seen == 2 and all(q.speaker is None for q in quotes)
    # The built-ins are ordinary strategy objects too.
    quotes = extract_quotes(text, extractor=RuleExtractor(indirect=False), resolver=RuleResolver())
    assert quotes == []


def test_resolver_returning_the_wrong_number_of_results_is_an_error() -> None:
    class Broken:
        def resolve(self, text: str, candidates: list[Candidate]) -> list[Resolution]:
            return []

    with pytest.raises(MalformedInput):
        extract_quotes("“Hello,” said Ana Silva.", resolver=Broken())


def test_more_reported_speech_shapes() -> None:
    cases = [
        ("Reuters quotes a source in the Treasury as saying that rates will rise.",
         "a source in the Treasury", "anonymous"),
        ("Nach Angaben der Polizei wurden drei Menschen verletzt.", "der Polizei", None),
        ("Am Montag sagte der Minister, dass die Schulen offen bleiben.", "der Minister", None),
        ("This campaign, she says, is different from the last one.", "she", None),
    ]
    for text, mention, kind in cases:
        reported = [q for q in extract_quotes(text) if q.kind == "indirect"]
        assert reported, text
        assert _mention(text, reported[0]) == mention, text
        if kind is not None:
            assert reported[0].speaker is not None and reported[0].speaker.kind == kind


def test_trailer_with_a_horizontal_bar_and_a_headline_speaker() -> None:
    text = "“We cannot wait another decade.” ― Ines Alvarez, teacher"
    quote = _find(extract_quotes(text), "We cannot wait another decade")
    assert _speaker(quote) == "Ines Alvarez"
    headline = "Macron: Europe must build its own defence"
    reported = [q for q in extract_quotes(headline) if q.kind == "indirect"]
    assert reported and reported[0].text == "Europe must build its own defence"
    assert _mention(headline, reported[0]) == "Macron"


def test_speech_verbs_missing_from_the_cue_list() -> None:
    text = (
        "“Skaters think they are rebels,” scoffed Lina Okafor, 22.\n\n"
        "Mayor Tom Reddy gloated: “I told you the bridge would open.”\n\n"
        "“Will it be finished in time?” Reddy pressed."
    )
    quotes = extract_quotes(text)
    assert _speaker(_find(quotes, "Skaters think they are rebels")) == "Lina Okafor"
    assert _speaker(_find(quotes, "I told you the bridge")) == "Tom Reddy"
    assert _speaker(_find(quotes, "Will it be finished")) == "Tom Reddy"


# -- attribution shapes added with the error analysis -----------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # The one told is the addressee, not the speaker.
        ("Harbour master Ines Duarte told the Coastal Gazette: “The pier stays shut.”",
         "The pier stays shut.", "Ines Duarte"),
        ("The coach told reporters, “We were simply not ready tonight.”",
         "We were simply not ready", "The coach"),
        # A short phrase after an inverted cue, whatever its noun.
        ("“The new bins are a disaster for the street,” wrote one resident.",
         "The new bins", "one resident"),
        # An abbreviation before the comma does not end the sentence.
        ("“We will fund the levee in full,” Sen. Mara Quist, D-Ore., said.",
         "fund the levee", "Sen. Mara Quist"),
        # A manner adverb between subject and cue.
        ("Okafor angrily said, “Nobody asked the tenants what they wanted.”",
         "Nobody asked the tenants", "Okafor"),
        ("Brandt firmly told the council: “The budget will not grow again.”",
         "The budget will not grow", "Brandt"),
        # Who is speaking to whom: the noun before the participle phrase.
        ("A senior engineer speaking to Radio Nord said, “The dam was never inspected.”",
         "The dam was never inspected", "A senior engineer"),
        # "Another", "Others" stand for people.
        ("Another wrote, “The ferry timetable makes no sense at all.”",
         "The ferry timetable", "Another"),
        # A description, then the name set off by commas.
        ("“We cannot wait for the courts,” the county's planning chief, Ravi Shah, told the board.",
         "We cannot wait", "Ravi Shah"),
        # The name before a comma-delimited phrase, with an auxiliary before the cue.
        ("The row began after Ms. Petrov, asked about the delays at the depot, had said, “The "
         "trains run.”", "The trains run.", "Ms. Petrov"),
        # A participle whose subject opens the sentence, before an earlier quotation.
        ("Lindqvist mocked the city’s “plan,” saying, “Nobody will ride a bus to nowhere.”",
         "Nobody will ride", "Lindqvist"),
        # A participle's subject is the subject of the finite cue before it.
        ("At the rally, a veteran union official said the mayor must choose, saying, “She has to "
         "decide who she stands with.”", "She has to decide", "a veteran union official"),
        # A coordinated cue ("but added") after a sentence-opening participle phrase.
        ("Speaking to supporters at the depot, Amina Yusuf, 54, said it was too early but "
         "added, “I think you all know the result.”", "I think you all know", "Amina Yusuf"),
    ],
)
def test_attribution_shapes(text: str, fragment: str, mention: str) -> None:
    quotes = extract_quotes(text)
    _assert_spans(text, quotes)
    assert _mention(text, _find(quotes, fragment)) == mention


def test_a_quote_after_an_attributed_one_keeps_its_speaker_before_the_next() -> None:
    text = (
        "“This is the night they said would never come,” Roe said after the count. "
        "“They told us we had no chance.” Her aide, Sam Bell, struck a different tone. "
        "“We still have work to do,” Bell said."
    )
    quotes = extract_quotes(text)
    assert _speaker(_find(quotes, "They told us")) == "Roe"
    assert _speaker(_find(quotes, "We still have work")) == "Sam Bell"
    # Two quotes in a row, the attribution after the second: both are hers.
    adjacent = extract_quotes("“A long night.” “But a good one,” the mayor said.")
    assert [_mention("“A long night.” “But a good one,” the mayor said.", q)
            for q in adjacent] == ["the mayor", "the mayor"]


def test_a_sentence_naming_the_speaker_introduces_the_next_quote() -> None:
    text = (
        "The count was delayed again. Dana Whitfield, the county clerk, said in a statement. "
        "“The result stands and there will be no recount.”"
    )
    quote = _find(extract_quotes(text), "The result stands")
    assert _speaker(quote) == "Dana Whitfield"
    # A sentence that does not say anyone spoke gives nobody.
    other = "The count was delayed again. “The result stands and there will be no recount.”"
    assert _find(extract_quotes(other), "The result stands").speaker is None


def test_a_possessive_owner_is_not_part_of_the_name() -> None:
    text = "Uppsala University's Karin Berg agreed. “The drought will last into May.”"
    assert _speaker(_find(extract_quotes(text), "The drought")) == "Karin Berg"


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        ("Die Brücke sei wegen „schwerer Mängel am Tragwerk“ gesperrt worden, so ein Sprecher "
         "der Stadtwerke.", "schwerer Mängel", "ein Sprecher der Stadtwerke"),
        ("Laut Feuerwehr habe es „keine Verletzten“ gegeben.", "keine Verletzten", "Feuerwehr"),
        ("Nach den Worten der Bürgermeisterin Ida Kern handelt es sich um „den größten Schaden "
         "seit Jahrzehnten“.", "den größten Schaden", "Bürgermeisterin Ida Kern"),
        ("Dem Verband zufolge sind die Preise „deutlich zu hoch“.", "deutlich zu hoch",
         "Verband"),
    ],
)
def test_german_sources_named_without_a_verb(text: str, fragment: str, mention: str) -> None:
    quote = _find([q for q in extract_quotes(text) if q.kind == "partial"], fragment)
    assert quote.kind == "partial"
    assert _mention(text, quote) is not None and mention in _mention(text, quote)


def test_german_subjunctive_keeps_the_previous_speaker() -> None:
    text = (
        "Die Ministerin Petra Holm sagte, es müsse nun Schluss sein mit „gegenseitigen "
        "Schuldzuweisungen“. Es drohe „eine dramatische Erwärmung der Flüsse“."
    )
    quote = _find(extract_quotes(text), "eine dramatische Erwärmung")
    assert _speaker(quote) == "Petra Holm"
    # In the indicative, a quoted phrase with no speaker is a scare quote.
    plain = "Der Sommer war heiß. Die Flüsse erlebten „eine dramatische Erwärmung“."
    assert _find(extract_quotes(plain), "eine dramatische").speaker is None


def test_unattributed_titles_and_single_terms_are_not_speech() -> None:
    text = (
        "The series “Harbour Lights,” filmed in Tromsø, ends this year.\n"
        "“Apollo 13,” the film, airs tonight.\n"
        "The word “overreach,” appears twice in the ruling.\n"
        "“We Shall Overcome,” the mayor said, and the crowd joined in.\n"
        "“Not a chance,” Ms. Berg said."
    )
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    for fragment in ("Harbour Lights", "Apollo 13", "overreach"):
        quote = _find(quotes, fragment)
        assert quote.kind == "partial" and quote.speaker is None and quote.confidence <= 0.3
    assert _mention(text, _find(quotes, "We Shall Overcome")) == "the mayor"
    assert _speaker(_find(quotes, "Not a chance")) == "Berg"


def test_german_abstract_nouns_are_not_speakers_but_bodies_are() -> None:
    from newsclaims.quotes.mentions import valid_head
    from newsclaims.quotes.textutil import tokens

    for word in ("Presseerklärung", "Amtszeit", "Gerechtigkeit", "Erfolgskriterium"):
        assert not valid_head(tokens(word)), word
    for word in ("Bundesregierung", "Zeitung", "Universität", "Okafor", "Commission"):
        assert valid_head(tokens(word)), word
    text = "„Die Lage ist ernst“, erklärte die Landesregierung am Abend."
    assert _mention(text, _find(extract_quotes(text), "Die Lage ist ernst")) == (
        "die Landesregierung"
    )


def test_a_quoted_characterisation_belongs_to_whoever_gives_it() -> None:
    text = (
        "Okafor called the tender “a rigged lottery” on Monday.\n"
        "The port sought the grant to fix what Mayor Lind called “a decade of neglect.”\n"
        "The plan has been called “reckless” by several engineers."
    )
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert _mention(text, _find(quotes, "a rigged lottery")) == "Okafor"
    assert _mention(text, _find(quotes, "a decade of neglect")) == "Mayor Lind"
    assert _find(quotes, "reckless").speaker_span is None  # passive: the agent comes later


def test_a_cue_ending_in_a_colon_introduces_the_next_quote() -> None:
    text = (
        "“The ferry will run on Sunday,” Ms. Aalto wrote. “Bring warm clothes.” "
        "Her deputy, Jon Rask, added: “The café stays closed.”"
    )
    quotes = extract_quotes(text)
    assert _mention(text, _find(quotes, "Bring warm clothes")) == "Ms. Aalto"
    assert _speaker(_find(quotes, "The café stays closed")) == "Jon Rask"
    # With no attribution of its own, the first quote shares the one that follows ("added").
    short = "“We won.” He added: “Now the work starts.”"
    first, second = extract_quotes(short)
    assert first.speaker_span == second.speaker_span and second.cue == "added"


def test_subheadings_are_not_read_as_speech() -> None:
    article = Article.from_paragraphs([
        ("Ministry criticises the new port tariffs", "subheading"),
        "The harbour authority said on Monday that the tariffs would stay.",
    ])
    quotes = extract_quotes(article.body, paragraphs=article.paragraphs)
    assert quotes, "the reported speech in the body paragraph is still found"
    heading = article.paragraphs[0].span
    assert all(not q.span.overlaps(heading) for q in quotes)


def test_max_quotes_bounds_extraction() -> None:
    from newsclaims.limits import Limits, using_limits

    text = " ".join(f'“Line {i} is here,” she said.' for i in range(40))
    assert len(extract_quotes(text)) >= 40
    with using_limits(Limits(max_quotes=5)):
        assert len(extract_quotes(text)) == 5


def test_a_name_run_does_not_cross_a_sentence_end() -> None:
    text = ("Fighting resumed near the border with Ruritania. Grand Duchy Premier Anna Kovacs said "
            "on Friday that 40 soldiers had crossed it. “We will not accept this,” Kovacs added.")
    speakers = {q.speaker.name: q.speaker for q in extract_quotes(text) if q.speaker}
    assert "Anna Kovacs" in speakers
    role = speakers["Anna Kovacs"].role or ""
    assert "Ruritania" not in role
