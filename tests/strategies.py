"""Explicit hypothesis strategies for the model (custom validators are invisible to st.builds)."""

import datetime as dt

from hypothesis import strategies as st

from newsclaims.model import (
    PARAGRAPH_ROLES,
    QUOTE_KINDS,
    SPEAKER_KINDS,
    Article,
    Claim,
    Quantity,
    Quote,
    Source,
    Span,
    Speaker,
)

# Text the model keeps verbatim: no lone surrogates (the library never returns them).
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
nonblank = text.filter(lambda s: s.strip() != "")
optional_text = st.one_of(st.none(), nonblank.map(str.strip))
confidence = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


@st.composite
def spans(draw: st.DrawFn, max_end: int = 10_000) -> Span:
    start = draw(st.integers(0, max_end))
    return Span(start, draw(st.integers(start, max_end)))


speakers = st.builds(
    Speaker,
    name=nonblank,
    mention=optional_text,
    role=optional_text,
    kind=st.sampled_from(SPEAKER_KINDS),
)

timezones = st.sampled_from(
    [
        dt.timezone.utc,
        dt.timezone(dt.timedelta(hours=3)),
        dt.timezone(dt.timedelta(hours=-5, minutes=-30)),
    ]
)
published = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2100, 1, 1),
                 timezones=timezones),
)


@st.composite
def quotes_in(draw: st.DrawFn, body: str) -> Quote:
    start = draw(st.integers(0, len(body)))
    end = draw(st.integers(start, len(body)))
    return Quote(
        text=body[start:end],
        span=Span(start, end),
        kind=draw(st.sampled_from(QUOTE_KINDS)),
        speaker=draw(st.one_of(st.none(), speakers)),
        speaker_span=draw(st.one_of(st.none(), spans(len(body)))),
        cue=draw(optional_text),
        confidence=draw(confidence),
        speaker_confidence=draw(confidence),
        source_span=draw(st.one_of(st.none(), spans())),
        attribution_id=draw(st.one_of(st.none(), st.integers(0, 100))),
        parent=draw(st.one_of(st.none(), st.integers(0, 100))),
    )


quantities = st.builds(
    Quantity,
    value=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
    surface=text,
    unit=optional_text,
    hedge=optional_text,
    span=st.one_of(st.none(), spans()),
)


@st.composite
def claims_for(draw: st.DrawFn, body: str) -> Claim:
    return Claim(
        statement=draw(text),
        speaker=draw(st.one_of(st.none(), speakers)),
        polarity=draw(st.sampled_from(["assert", "deny"])),
        quantities=draw(st.lists(quantities, max_size=2)),
        evidence=draw(st.lists(quotes_in(body), max_size=2)),
        about=draw(st.lists(nonblank, max_size=3)),
        article_id=draw(optional_text),
        confidence=draw(confidence),
    )


@st.composite
def offset_maps(draw: st.DrawFn) -> tuple[tuple[int, int], ...]:
    steps = draw(st.lists(st.tuples(st.integers(1, 50), st.integers(0, 50)), max_size=5))
    anchors, body, source = [], 0, draw(st.integers(0, 20))
    for body_step, source_step in steps:
        anchors.append((body, source))
        body += body_step
        source += body_step + source_step
    return tuple(anchors)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    paragraphs = draw(
        st.lists(st.tuples(nonblank, st.sampled_from(PARAGRAPH_ROLES)), max_size=5)
    )
    base = Article.from_paragraphs(paragraphs)
    body = base.body
    return Article(
        title=draw(optional_text),
        standfirst=draw(optional_text),
        outlet=draw(optional_text),
        url=draw(optional_text),
        published=draw(published),
        updated=draw(published),
        dateline=draw(optional_text),
        authors=draw(st.lists(text, max_size=3)),
        language=draw(optional_text),
        body=body,
        paragraphs=base.paragraphs,
        quotes=draw(st.lists(quotes_in(body), max_size=3)),
        claims=draw(st.lists(claims_for(body), max_size=2)),
        source=Source(
            location=draw(optional_text),
            ingester=draw(optional_text),
            media_type=draw(optional_text),
            encoding=draw(optional_text),
            entry=draw(optional_text),
            offset_map=draw(offset_maps()),
        ),
        is_teaser=draw(st.booleans()),
        warnings=draw(st.lists(text, max_size=2)),
    )
