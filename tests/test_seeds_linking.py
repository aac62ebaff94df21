"""Acceptance on the seeds: five outlets reporting the mercenaries dispute of November 2020.

These run the whole pipeline (ingesters, quote extraction, claims, linking) on ``seeds/``.
"""

import json
import pathlib

import jsonschema
import pytest

import newsclaims
from newsclaims.linking import LinkResult, link, render_report, to_jsonld
from newsclaims.model import Article

ROOT = pathlib.Path(__file__).parent.parent
SCHEMA = json.loads((ROOT / "docs" / "schema" / "link.schema.json").read_text())


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return list(newsclaims.ingest(ROOT / "seeds"))


@pytest.fixture(scope="module")
def result(articles: list[Article]) -> LinkResult:
    return link(articles)


def seed_id(articles: list[Article], prefix: str) -> str:
    return next(
        a.id for a in articles if pathlib.PurePath(a.source.location or "").name.startswith(prefix)
    )


def cluster_across(result: LinkResult, articles: list[Article], speaker: str, phrase: str):  # type: ignore[no-untyped-def]
    wanted = {seed_id(articles, "000"), seed_id(articles, "001")}
    for cluster in result.quote_clusters:
        ids = {m.article.article_id for m in cluster.members}
        texts = " ".join(m.text.casefold() for m in cluster.members)
        if speaker in cluster.speaker and wanted <= ids and phrase in texts:
            return cluster
    return None


def test_lavrov_interview_quote_is_one_cluster_with_drift(result, articles) -> None:  # type: ignore[no-untyped-def]
    cluster = cluster_across(result, articles, "Lavrov", "external players")
    assert cluster is not None
    variants = " ".join(m.text for m in cluster.members)
    assert "capabilities" in variants and "capacities" in variants
    changed = {(c.before, c.after) for m in cluster.members for c in m.drift.changed}
    assert any("capabilities" in before and "capacities" in after for before, after in changed)
    report = render_report(result)
    assert "capabilities\" → \"capacities" in report


def test_aliyev_no_mercenaries_answer_is_one_cluster(result, articles) -> None:  # type: ignore[no-untyped-def]
    cluster = cluster_across(result, articles, "Aliyev", "do not have any mercenaries")
    assert cluster is not None
    assert all("Aliyev" in cluster.speaker for _ in cluster.members)


# Lavrov counts the mercenaries (2,000); Zakharova says fighters "are being transported … to the
# conflict zone" and, in her next sentence, "I am talking about radical mercenaries". Seed 001's
# "Zakharova’s was referencing comments made by … Lavrov who told Kommersant … that some 2,000
# mercenaries had been deployed" is Lavrov's claim, not hers (see the next test). Rzayev denies
# "the participation of any foreign specialists, representatives or forces": that answers
# Zakharova's uncounted claim only through the concept shared by "forces" and "mercenaries",
# which by design (docs/linking.md) needs a count; so that pair is not expected.
@pytest.mark.parametrize(
    ("asserting", "denying"),
    [("Lavrov", "Aliyev"), ("Lavrov", "Rzayev"), ("Zakharova", "Aliyev")],
)
def test_mercenary_claims_are_contradicted_by_the_denials(  # type: ignore[no-untyped-def]
    result, asserting: str, denying: str
) -> None:
    found = [
        c
        for c in result.contradictions
        if any(asserting in s.speaker and s.polarity == "assert" for s in c.sides)
        and any(denying in s.speaker and s.polarity == "deny" for s in c.sides)
    ]
    assert found, f"no contradiction between {asserting} and {denying}"


@pytest.mark.parametrize(
    ("value", "hedge"),
    [(2000.0, "approaching"), (300.0, "over"), (150.0, "around"), (100000.0, None),
     (1200.0, "more than")],
)
def test_quantities_are_normalised_with_their_hedges(  # type: ignore[no-untyped-def]
    articles, value: float, hedge: str | None
) -> None:
    found = {(q.value, q.hedge) for a in articles for c in a.claims for q in c.quantities}
    assert (value, hedge) in found


def test_seed_outputs_validate(result) -> None:  # type: ignore[no-untyped-def]
    jsonschema.validate(result.to_dict(), SCHEMA, cls=jsonschema.Draft202012Validator)
    assert to_jsonld(result)["@graph"]


def test_the_count_in_a_relative_clause_is_the_relative_subjects_claim(articles) -> None:  # type: ignore[no-untyped-def]
    [seed] = [a for a in articles if (a.source.location or "").endswith(
        "001_4e31e13300e84434.txt")]
    [count] = [q for q in seed.quotes if "some 2,000 mercenaries" in q.text]
    assert count.kind == "indirect"
    assert count.speaker is not None and "Lavrov" in count.speaker.name
