"""Properties of ``link``: order-independent, idempotent, never one utterance for two speakers,
output always valid against the schema."""

import datetime as dt
import json
import pathlib

import attrs
import jsonschema
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.linking import LinkOptions, link, render_report, to_jsonld
from newsclaims.model import Article, Quote, Span, Speaker

SCHEMA = json.loads(
    (pathlib.Path(__file__).parent.parent / "docs" / "schema" / "link.schema.json").read_text()
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# Clearly different people: no two could be one person under any spelling tolerance.
SPEAKERS = (
    Speaker("Ana Costa"),
    Speaker("Rui Mendes"),
    Speaker("Marta Reis"),
    Speaker("Olusegun Adeyemi"),
    Speaker("Ministry of Health", kind="organisation"),
)
STATEMENTS = (
    "We have ordered 2,000 ventilators from abroad. The first deliveries arrive next week",
    "The ministry has not ordered any ventilators. There is no contract",
    "Only 200 ventilators have been ordered so far this winter",
    "Waiting lists for surgery have fallen by a third since January",
    "The new children's hospital in the north will open in the spring",
    "Nurses will receive a pay rise of about 5 percent from April",
)
OUTLETS = ("Daily Courier", "Morning Post", "Evening Star", "Harbour Times")


def variant(text: str, how: int) -> str:
    if how == 1:  # only the first sentence
        return text.split(". ")[0]
    if how == 2:  # one word dropped
        words = text.split()
        return " ".join(words[:2] + words[3:])
    if how == 3:  # a synonym
        return text.replace("ordered", "bought").replace("will", "is going to")
    return text


quote_spec = st.tuples(
    st.integers(0, len(SPEAKERS) - 1),
    st.integers(0, len(STATEMENTS) - 1),
    st.integers(0, 3),
    st.sampled_from(("direct", "indirect", "partial")),
)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    specs = draw(st.lists(quote_spec, min_size=1, max_size=3))
    heading = draw(st.sampled_from(("Report", "Update", "Analysis")))
    paragraphs = [f"{heading} {draw(st.integers(0, 9))}"]
    for speaker, statement, how, _ in specs:
        text = variant(STATEMENTS[statement], how)
        paragraphs.append(f"“{text},” said {SPEAKERS[speaker].name}.")
    article = Article.from_paragraphs(
        paragraphs,
        outlet=draw(st.sampled_from(OUTLETS)),
        published=dt.date(2024, 3, draw(st.integers(1, 9))),
    )
    quotes = []
    cursor = 0
    for speaker, statement, how, kind in specs:
        text = variant(STATEMENTS[statement], how)
        start = article.body.index(text, cursor)
        cursor = start + len(text)
        quotes.append(
            Quote(text=text, span=Span(start, cursor), speaker=SPEAKERS[speaker], kind=kind)
        )
    return attrs.evolve(article, quotes=quotes)


corpora = st.lists(articles(), min_size=0, max_size=6)


@given(corpora, st.randoms(use_true_random=False))
def test_order_of_the_input_does_not_matter(corpus: list[Article], rnd) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(corpus)
    rnd.shuffle(shuffled)
    assert link(shuffled).to_dict() == link(corpus).to_dict()


@given(corpora)
def test_linking_is_idempotent(corpus: list[Article]) -> None:
    once = link(corpus)
    assert link(corpus) == once
    assert link(corpus + corpus).to_dict() == once.to_dict()


@given(corpora)
def test_a_cluster_never_holds_two_speakers(corpus: list[Article]) -> None:
    speaker_at = {
        (a.id, q.span.start, q.span.end): q.speaker.name
        for a in corpus
        for q in a.quotes
        if q.speaker is not None
    }
    result = link(corpus)
    for cluster in result.quote_clusters:
        names = {
            speaker_at[(m.article.article_id, m.span.start, m.span.end)] for m in cluster.members
        }
        assert len(names) == 1
        assert len({m.article.article_id for m in cluster.members}) >= 2
    for group in result.claim_groups:
        assert all(group.first_appearance.article.published is None
                   or a.article.published is None
                   or str(group.first_appearance.article.published) <= str(a.article.published)
                   for a in group.appearances)
    for contradiction in result.contradictions:
        assert len({s.speaker for s in contradiction.sides}) == 2


@given(corpora, st.floats(0.5, 1.0))
def test_a_stricter_threshold_keeps_a_subset_of_the_contradictions(
    corpus: list[Article], threshold: float
) -> None:
    loose = link(corpus).contradictions
    strict = link(corpus, options=LinkOptions(contradiction_threshold=threshold)).contradictions
    assert {c.id for c in strict} <= {c.id for c in loose}
    assert all(c.score >= threshold for c in strict if c.kind == "denial")
    assert all(c.score >= LinkOptions().contradiction_threshold for c in loose
               if c.kind == "denial")


@given(corpora)
def test_every_output_is_valid(corpus: list[Article]) -> None:
    result = link(corpus)
    VALIDATOR.validate(result.to_dict())
    assert isinstance(render_report(result), str)
    json.dumps(to_jsonld(result))


words_text = st.lists(
    st.sampled_from(["We", "will", "open", "40", "forty", "clinics", "in", "May", ".", "not",
                     "Nagorno-Karabakh", "’s", "é", "—", "2,000"]),
    max_size=25,
).map(" ".join)


@given(st.one_of(words_text, st.text(max_size=80)), st.one_of(words_text, st.text(max_size=80)))
def test_drift_never_crashes_and_is_verbatim_on_itself(a: str, b: str) -> None:
    from newsclaims.linking import compute_drift

    drift = compute_drift(a, b)
    assert 0.0 <= drift.similarity <= 1.0
    assert compute_drift(a, a).is_verbatim


NAMES = ["Sergey Lavrov", "Sergei Lavrov", "Lavrov", "Ilham Aliyev", "Heydar Aliyev", "Aliyev",
         "Ana Costa", "Anna Kosta", "A. Costa", "Ministry of Health", "the Ministry of Health"]


@given(st.lists(st.sampled_from(NAMES), min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_speaker_resolution_does_not_depend_on_order(names: list[str], rnd) -> None:  # type: ignore[no-untyped-def]
    from newsclaims.linking.speakers import resolve_speakers

    speakers = [
        Speaker(n, kind="organisation" if "Ministry" in n else "person") for n in names
    ]
    shuffled = list(speakers)
    rnd.shuffle(shuffled)
    first, second = resolve_speakers(speakers), resolve_speakers(shuffled)
    assert {first.resolve(s) for s in speakers} == {second.resolve(s) for s in speakers}
    assert all(first.resolve(s) == second.resolve(s) for s in speakers)
