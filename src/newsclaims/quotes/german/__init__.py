"""German reporting that the shared rules do not reach, applied to German text only.

:func:`is_german` decides per text (a C search for an umlaut or a frequent function word
first, so English text pays almost nothing); ``RuleExtractor`` then runs these steps around the
shared ones, which stay as they are for English:

- :func:`fix_speakers` — quotation speakers: any finite verb then its subject after the
  closing mark (``„…“, strich Romney heraus``), the clause subject rather than the dative
  object before a colon (``Jan Roth sagte der Zeitung: „…“``), the subject after the verb when
  the phrase before it is adverbial (``In seiner Rede erklärte X``, ``Besorgt zeigte sich X``),
  verb-second readings (a subject pronoun after the verb makes the opening phrase an object,
  the subject before an auxiliary beats the noun before the participle, a prepositional phrase
  or a leading subordinate clause before the verb), the document of ``heißt es``, and for
  unattributed quotations the subject of the clause introducing them (after a colon, a comma
  or a verb), of the sentence before, of a following ``Das musste X einräumen``, or the
  speaker of an attributed quotation just before; a quoted name after the verb (``schrieb
  „Die Zeit“``), the object after ``zitiert`` (``zitiert die „Computerwoche“ Lynch``), a source
  in lower case (``ndr.de``), a lead-in with no verb (``Sängerin X zur neuen Heimat:``), the
  lead-in's subject for ``„…“, betont sie``, a name before a bracketed quotation (``X („…“)``),
  an inverted perfect after quoted words (``„…“ sei, hatte X gesagt``) and ``Für X ist …„…“``;
- :func:`fix_reported` — the same verb-second correction for reported clauses;
- :func:`add_reported` — reported speech with no quotation marks: a source phrase anywhere in
  the sentence (``nach Angaben der Polizei``, ``nach einer Studie``, ``laut X``, ``X zufolge``,
  ``gemäß X``, ``…, so X``), a ``wie``-clause (``Wie der Sender berichtete, …``), a speech verb
  before a ``dass``, Konjunktiv I/II or ``zu``-infinitive clause (also with the comma left
  out: ``X hat angekündigt die Preise zu erhöhen``), an inverted speech verb closing the
  sentence (``…, teilte X mit``, ``…, hatte X gesagt``), ``Dies bestätigte X`` for the
  sentence before, a speech act of the subject (``Die Gewerkschaft kritisierte den Plan``),
  and sentences that run the reported speech on in the Konjunktiv I, with ``demnach`` or
  with reportative ``sollen`` (these inherit the last speaker, or name the subject of a speech
  act just before); also ``Dies bestätigte X`` with "Dies" as a fragment of the report,
  ``seiner Meinung nach``, ``Gerüchte, nach denen …``/``Berichte, wonach …``, the complement
  clause of a speech noun (``der Vorwurf, X sei …``), the agent of a passive speech verb
  (``Von den Eltern wurde kritisiert, …``), a particle verb of accusing (``werfen … vor``),
  the clause before a quotation in the same sentence; a bare noun before a colon is a heading;
- :func:`quoted_words` — quoted words in a sentence whose reported clause names a source, or
  after ``als`` with a characterising verb (``X bezeichnete den Plan als „…“``, ``Als „…“
  bezeichnete X den Plan``), are that source's words, not scare quotes;
  :func:`drop_names` — quoted names of papers, groups and works (``„BILD am Sonntag“``,
  ``die Zeitschrift „X“``, ``„X“-Zeitung``, lists of titles) are no one's words.

Only sentences no candidate touches are read for reported speech (quoted words inside a
sentence leave it to be read), and word tokens are made only for sentences with a trigger word.
Sentences split after an ordinal (``ab 1. Oktober``) are merged again by :func:`merge_ordinals`,
once per extraction, before any rule reads them.
"""

from __future__ import annotations

from newsclaims.quotes.german.names import drop_names, quoted_words
from newsclaims.quotes.german.phrases import merge_ordinals
from newsclaims.quotes.german.reported import add_reported, fix_reported
from newsclaims.quotes.german.speakers import fix_speakers

# Frequent German function words that English text does not use (and "die" only rarely).
_GERMAN_WORDS = (" der ", " die ", " das ", " und ", " nicht ", " ist ", " mit ", " sich ",
                 " dem ", " den ", " des ", " eine ", " wurde ", " auch ")


_ENGLISH_WORDS = (" the ", " and ", " of ", " to ", " is ", " that ", " was ", " said ")


def is_german(text: str) -> bool:
    """Whether ``text`` reads as German: function words in its first 1,500 characters (after
    a test for an umlaut or "der", "die", "das", "und" by C searches, so English text is let go
    at once)."""
    sample = text[:1500]
    if "ä" not in sample and "ü" not in sample and "ö" not in sample and "ß" not in sample and (
        " der " not in sample and " und " not in sample and " die " not in sample
        and " das " not in sample
    ):
        return False
    german = sum(map(sample.count, _GERMAN_WORDS))
    # (A sentence or two has few function words at all: one is enough there.)
    return german >= (3 if len(sample) >= 600 else 1) and german > 2 * sum(
        map(sample.count, _ENGLISH_WORDS))


__all__ = [
    "add_reported", "drop_names", "fix_reported", "fix_speakers", "is_german", "merge_ordinals",
    "quoted_words",
]
