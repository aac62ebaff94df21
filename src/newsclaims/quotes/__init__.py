"""Quotations and who said them: direct, partial, nested and indirect quotes with speakers.

``extract_quotes(text)`` runs on any string and returns :class:`~newsclaims.model.Quote` objects
whose spans index that string. The work is split between two replaceable strategy objects: a
:class:`QuoteExtractor` finds quotations and speaker mentions, a :class:`SpeakerResolver` turns
mentions into canonical speakers within the article. The built-in :class:`RuleExtractor` and
:class:`RuleResolver` are rules over words and quotation marks and need no model download.

What comes back, in text order:

- ``direct`` quotes in any mark convention, repaired when a mark is missing or misused (with a
  lower ``confidence``); a quotation spread over paragraphs is one quote per paragraph, the
  fragments sharing ``attribution_id``;
- ``nested`` quotes: a quotation inside another (``parent`` is the container's index) or one
  introduced as someone else's words; the speaker is the inner speaker;
- ``partial`` quotes: a few quoted words inside the reporter's sentence. Scare quotes and quoted
  titles (``the so-called “reform”``, ``on “Face the Nation,”``) are partial quotes with no
  speaker and a confidence of at most 0.3: threshold on ``confidence`` or ``speaker`` to drop them;
- ``indirect`` quotes: the reported clause of ``X said that …``, ``according to X, …``, ``…, X
  told Reuters`` and their German forms.

``speaker_span`` is the mention at this quote (``he``, ``the Azeri leader``); it is set even when
the mention could not be resolved (``speaker`` is then ``None``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from operator import itemgetter

import attrs

from newsclaims.errors import MalformedInput, PluginError
from newsclaims.limits import current_limits
from newsclaims.model import Paragraph, Quote
from newsclaims.normalize.names import DEFAULT_ALIASES, AliasTable
from newsclaims.quotes.base import (
    Candidate,
    NamedQuoteExtractor,
    QuoteExtractor,
    Resolution,
    SpeakerResolver,
)
from newsclaims.quotes.direct import attribute_quotes
from newsclaims.quotes.german import (
    add_reported,
    drop_names,
    fix_reported,
    fix_speakers,
    is_german,
    merge_ordinals,
    quoted_words,
)
from newsclaims.quotes.indirect import SAY_CUES, find_indirect
from newsclaims.quotes.marks import find_quotes
from newsclaims.quotes.plausible import (
    fused_auxiliary,
    implausible_subject,
    named_elsewhere,
    reporting_evidence,
    stance_verb,
    unreported_shape,
)
from newsclaims.quotes.speakers import RuleResolver
from newsclaims.quotes.textutil import paragraph_spans, sentence_spans

logger = logging.getLogger(__name__)

__all__ = [
    "Candidate",
    "NamedQuoteExtractor",
    "QuoteExtractor",
    "Resolution",
    "RuleExtractor",
    "RuleResolver",
    "SpeakerResolver",
    "extract_quotes",
]


class RuleExtractor:
    """The built-in :class:`QuoteExtractor`: quotation marks, cue words and sentence patterns.

    ``indirect=False`` skips reported speech (only quotation-mark quotes are returned).
    """

    name = "rules"

    def __init__(self, *, indirect: bool = True) -> None:
        self.indirect = indirect

    def extract(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Candidate]:
        return self._extract(text, list(paragraphs))

    def _extract(self, text: str, spans: list[tuple[int, int]]) -> list[Candidate]:
        marked = find_quotes(text, spans)
        sentences: list[tuple[int, int]] = []
        for lo, hi in spans:
            sentences.extend(sentence_spans(text, lo, hi))
        german = is_german(text)
        if german:
            # "ab 1. Oktober" ends no sentence: every rule, shared or German, reads them merged.
            sentences = merge_ordinals(text, sentences)
        direct = attribute_quotes(text, marked, spans, sentences)
        if german:
            direct = fix_speakers(text, sentences, direct)
        if not self.indirect:
            return drop_names(text, direct) if german else direct
        barriers = sorted(
            (quote.start, quote.end)
            for quote, cand in zip(marked, direct, strict=True)
            if cand.kind != "partial" and cand.parent is None
        )
        reported = [c for c in find_indirect(text, sentences, barriers) if _plausible(text, c)]
        if not german:
            # Shapes that only reporting makes quotes: how much the text reports decides.
            evidence = reporting_evidence(text, direct, reported, SAY_CUES)
            reported = [c for c in reported if not unreported_shape(text, c, evidence, SAY_CUES)]
        else:
            reported = fix_reported(text, sentences, reported)
            reported += add_reported(text, spans, sentences, barriers, direct + reported)
            direct = drop_names(text, quoted_words(text, sentences, direct, reported))
        return _merge(direct, reported)


def _plausible(text: str, cand: Candidate) -> bool:
    mention = cand.mention
    if mention is None:
        return True
    if implausible_subject(text, mention.start, mention.end) or (
        fused_auxiliary(text, mention.start, mention.end) and stance_verb(cand.cue, SAY_CUES)
    ):
        return False
    # "Name: claim" is a headline convention; the same shape is also every label of a page.
    # A headline alone may be all the text there is. (Whether the line comes first is not
    # asked: a paragraph's quotes never depend on where the other paragraphs stand.)
    return cand.cue != ":" or "\n" not in text.strip() or named_elsewhere(
        text, mention.start, mention.end
    )


def _merge(direct: list[Candidate], reported: list[Candidate]) -> list[Candidate]:
    # Text order, with the parent indices of nested quotes rewritten to the merged positions.
    tagged = [(c.span.start, 0, i, c) for i, c in enumerate(direct)]
    tagged += [(c.span.start, 1, i, c) for i, c in enumerate(reported)]
    tagged.sort(key=itemgetter(0, 1, 2))  # (the key is unique: candidates never compared)
    position = {(kind, i): n for n, (_, kind, i, _) in enumerate(tagged)}
    merged: list[Candidate] = []
    for _, kind, _, cand in tagged:
        if kind == 0 and cand.parent is not None:
            cand = attrs.evolve(cand, parent=position.get((0, cand.parent)))
        merged.append(cand)
    return merged


def extract_quotes(
    text: str,
    *,
    paragraphs: Sequence[Paragraph] | None = None,
    extractor: QuoteExtractor | str | None = None,
    resolver: SpeakerResolver | None = None,
    aliases: AliasTable | None = None,
) -> list[Quote]:
    """Find the quotations in ``text`` and who said them; spans index ``text``.

    ``paragraphs`` (e.g. ``Article.paragraphs``) are used when their spans slice ``text``;
    otherwise the text is split at line breaks. ``extractor`` and ``resolver`` replace the
    built-in rules; ``extractor`` may also be the name of an extractor registered through the
    ``register_quote_extractors`` plugin hook (the built-in one is ``"rules"``). ``aliases``
    is the table of name variants used for speaker matching, in place of
    ``newsclaims.normalize.DEFAULT_ALIASES`` (extend a ``DEFAULT_ALIASES.copy()`` to keep the
    defaults). Raises :class:`~newsclaims.errors.MalformedInput` when ``text`` is not
    a string or a custom resolver returns the wrong number of results, and
    :class:`~newsclaims.errors.PluginError` when no extractor has the given name.
    """
    if not isinstance(text, str):
        raise MalformedInput(f"extract_quotes needs a str, got {type(text).__name__}")
    if not text.strip():
        return []
    if isinstance(extractor, str):
        extractor = _named_extractor(extractor)
    spans = paragraph_spans(text, paragraphs)
    extractor = extractor if extractor is not None else RuleExtractor()
    resolver = resolver if resolver is not None else RuleResolver(
        aliases if aliases is not None else DEFAULT_ALIASES
    )
    # Bound the work on hostile input before speaker resolution, not after it.
    limit = current_limits().max_quotes
    candidates = [c for c in extractor.extract(text, spans) if _valid(text, c)][:limit]
    resolutions = resolver.resolve(text, candidates)
    if len(resolutions) != len(candidates):
        raise MalformedInput("the speaker resolver returned a different number of results")
    return _build(text, candidates, resolutions)


def _named_extractor(name: str) -> QuoteExtractor:
    from newsclaims.plugins import get_registry  # the registry loads plugins: only on demand

    found = get_registry().quote_extractors()
    if name not in found:
        known = ", ".join(sorted(found))
        raise PluginError(f"no quote extractor named {name!r} (known: {known})")
    return found[name]


def _valid(text: str, cand: Candidate) -> bool:
    ok = 0 <= cand.span.start <= cand.span.end <= len(text) and len(cand.span) > 0
    if ok and cand.mention is not None:
        ok = cand.mention.end <= len(text)
    if not ok:
        logger.warning("dropping a quote candidate outside the text: %r", cand)
    return ok


def _build(text: str, candidates: list[Candidate], resolutions: list[Resolution]) -> list[Quote]:
    quotes: list[Quote] = []
    group_ids: dict[int, int] = {}
    next_id = 0
    for index, (cand, res) in enumerate(zip(candidates, resolutions, strict=True)):
        if cand.group is not None:
            if cand.group not in group_ids:
                group_ids[cand.group] = next_id
                next_id += 1
            attribution_id = group_ids[cand.group]
        else:
            attribution_id = next_id
            next_id += 1
        parent = cand.parent if cand.parent is not None and 0 <= cand.parent < index else None
        speaker_span = res.speaker_span
        if speaker_span is not None and speaker_span.end > len(text):
            speaker_span = None
        quotes.append(Quote(
            text=text[cand.span.start : cand.span.end],
            span=cand.span,  # frozen: shared, not copied
            kind=cand.kind,
            speaker=res.speaker,
            speaker_span=speaker_span,
            cue=cand.cue,
            confidence=_unit(cand.confidence),
            speaker_confidence=_unit(res.confidence) if res.speaker is not None else 0.0,
            attribution_id=attribution_id,
            parent=parent,
        ))
    return quotes


def _unit(value: float) -> float:
    return min(1.0, max(0.0, float(value)))
