"""German speakers, third round: the shared resolver reads German mentions (German only), on
sentences written for these tests."""

from __future__ import annotations

from newsclaims.model import Span
from newsclaims.quotes import RuleResolver, extract_quotes
from newsclaims.quotes.base import Candidate, Resolution
from tests.quote_helpers import find_quote, speaker_name

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
