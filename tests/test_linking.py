"""Linking across outlets on a story written for these tests: a health minister's ventilator
order quoted by three outlets in different translations, denied by an opposition leader and
disputed by a union leader; a hospital director says the same words about his own hospital.
"""

import datetime as dt
import json
import pathlib

import attrs
import jsonschema
import pytest

from newsclaims.errors import NewsclaimsError
from newsclaims.linking import (
    LinkOptions,
    compute_drift,
    link,
    render_report,
    run_link_command,
    to_jsonld,
)
from newsclaims.model import Article, Quote, Span, Speaker

SCHEMA = json.loads(
    (pathlib.Path(__file__).parent.parent / "docs" / "schema" / "link.schema.json").read_text()
)

COSTA = Speaker("Ana Costa", role="Health Minister")
COSTA_TRANSLITERATED = Speaker("Anna Kosta", role="health minister")
COSTA_BARE = Speaker("Costa")
MENDES = Speaker("Rui Mendes", role="opposition leader")
REIS = Speaker("Marta Reis", role="union leader")
ALVES = Speaker("Pedro Alves", role="hospital director")


def make_article(
    paragraphs: list[str],
    quotes: list[tuple[str, Speaker, str]],
    **fields: object,
) -> Article:
    article = Article.from_paragraphs(paragraphs, **fields)
    built = []
    for text, speaker, kind in quotes:
        start = article.body.index(text)
        built.append(
            Quote(text=text, span=Span(start, start + len(text)), speaker=speaker, kind=kind)
        )
    return attrs.evolve(article, quotes=built)


A_QUOTE = (
    "We have ordered 2,000 ventilators from abroad. The first deliveries will arrive next "
    "week. Every hospital will have oxygen reserves for a month"
)
B_QUOTE = (
    "We ordered about two thousand ventilators abroad. The first deliveries are going to "
    "come next week"
)
C_INDIRECT = "the ministry had ordered 2,000 ventilators from abroad"
MENDES_QUOTE = "The ministry has not ordered any ventilators. There is no contract"
REIS_QUOTE = "Only 200 ventilators have been ordered so far"
ALVES_QUOTE = "We have ordered 2,000 ventilators from abroad for the Lisbon clinics"


def story() -> list[Article]:
    courier = make_article(
        ["Ministry orders ventilators", f"“{A_QUOTE},” Health Minister Ana Costa said on Monday.",
         f"“{MENDES_QUOTE},” opposition leader Rui Mendes replied."],
        [(A_QUOTE, COSTA, "direct"), (MENDES_QUOTE, MENDES, "direct")],
        outlet="Daily Courier", published=dt.date(2024, 3, 2),
        url="https://courier.example/ventilators",
    )
    post = make_article(
        ["Ventilators on the way", f"Health minister Anna Kosta told reporters: “{B_QUOTE}.”",
         f"“{REIS_QUOTE},” said union leader Marta Reis."],
        [(B_QUOTE, COSTA_TRANSLITERATED, "direct"), (REIS_QUOTE, REIS, "direct")],
        outlet="Morning Post", published=dt.date(2024, 3, 3),
    )
    star = make_article(
        ["Hospitals brace", f"Costa said {C_INDIRECT}.",
         f"“{ALVES_QUOTE},” hospital director Pedro Alves said."],
        [(C_INDIRECT, COSTA_BARE, "indirect"), (ALVES_QUOTE, ALVES, "direct")],
        outlet="Evening Star", published=dt.datetime(2024, 3, 3, 18, 30, tzinfo=dt.timezone.utc),
    )
    return [courier, post, star]


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    return link(story())


def cluster_of(result, text_start: str):  # type: ignore[no-untyped-def]
    for cluster in result.quote_clusters:
        if any(m.text.startswith(text_start) for m in cluster.members):
            return cluster
    return None


def test_translation_variants_and_indirect_speech_are_one_cluster(result) -> None:  # type: ignore[no-untyped-def]
    cluster = cluster_of(result, "We have ordered 2,000 ventilators from abroad. The first")
    assert cluster is not None
    assert cluster.speaker == "Ana Costa"
    assert set(cluster.outlets) == {"Daily Courier", "Morning Post", "Evening Star"}
    assert {m.kind for m in cluster.members} == {"direct", "indirect"}
    assert cluster.canonical_text == A_QUOTE


def test_drift_shows_changed_and_omitted_words(result) -> None:  # type: ignore[no-untyped-def]
    cluster = cluster_of(result, "We ordered about")
    post = next(m for m in cluster.members if m.article.outlet == "Morning Post")
    changed = {(c.before, c.after) for c in post.drift.changed}
    assert any("will arrive" in before and "going to come" in after for before, after in changed)
    # The post quoted two of the three sentences: the third is omitted, not dropped.
    assert any("oxygen reserves" in omitted for omitted in post.drift.omitted)
    assert not any("oxygen" in dropped for dropped in post.drift.dropped)
    courier = next(m for m in cluster.members if m.article.outlet == "Daily Courier")
    assert courier.drift.is_verbatim


def test_same_words_by_another_speaker_are_not_linked(result) -> None:  # type: ignore[no-untyped-def]
    for cluster in result.quote_clusters:
        texts = {m.text for m in cluster.members}
        assert not (ALVES_QUOTE in texts and A_QUOTE in texts)
        assert MENDES_QUOTE not in texts


def test_speaker_variants_resolve_to_one_canonical_name(result) -> None:  # type: ignore[no-untyped-def]
    costa = next(s for s in result.speakers if s.name == "Ana Costa")
    assert {"Anna Kosta", "Costa"} <= set(costa.variants)
    assert "Health Minister" in costa.roles


def test_claim_group_has_earliest_appearance_and_outlets(result) -> None:  # type: ignore[no-untyped-def]
    group = next(
        g for g in result.claim_groups
        if g.speaker == "Ana Costa" and any(q.value == 2000 for q in g.quantities)
    )
    assert group.polarity == "assert"
    assert len(group.outlets) >= 2
    assert group.first_appearance.article.outlet == "Daily Courier"
    assert group.quote_cluster_ids


def test_denial_by_another_speaker_is_a_contradiction(result) -> None:  # type: ignore[no-untyped-def]
    found = [
        c for c in result.contradictions
        if c.kind == "denial" and {s.speaker for s in c.sides} == {"Ana Costa", "Rui Mendes"}
    ]
    assert found
    contradiction = found[0]
    assert "ventilator" in contradiction.topic
    by_speaker = {s.speaker: s for s in contradiction.sides}
    assert by_speaker["Rui Mendes"].polarity == "deny"
    assert by_speaker["Ana Costa"].polarity == "assert"
    assert by_speaker["Rui Mendes"].evidence[0].quote_text == MENDES_QUOTE


def test_incompatible_numbers_are_a_contradiction(result) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in result.contradictions if c.kind == "quantity"]
    assert any({s.speaker for s in c.sides} == {"Ana Costa", "Marta Reis"} for c in found)


def test_compatible_hedged_numbers_are_not_a_contradiction() -> None:
    first = make_article(
        ["“Over 300 nurses have left the service,” said Luis Prado."],
        [("Over 300 nurses have left the service", Speaker("Luis Prado"), "direct")],
        outlet="A",
    )
    second = make_article(
        ["“About 450 nurses have left the service this year,” said Clara Dias."],
        [("About 450 nurses have left the service this year", Speaker("Clara Dias"), "direct")],
        outlet="B",
    )
    assert not [c for c in link([first, second]).contradictions if c.kind == "quantity"]


def test_to_dict_validates_against_the_schema(result) -> None:  # type: ignore[no-untyped-def]
    data = result.to_dict()
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert json.loads(json.dumps(data)) == data
    assert data["quote_clusters"] and data["contradictions"]


def test_report_shows_speakers_outlets_drift_and_contradictions(result) -> None:  # type: ignore[no-untyped-def]
    report = render_report(result)
    assert "CONTRADICTIONS" in report
    assert "ANA COSTA" in report
    assert "Rui Mendes denies" in report
    assert "Morning Post" in report and "Daily Courier" in report
    assert "changed" in report
    assert "also reported as" in report


def test_jsonld_uses_schema_org_types(result) -> None:  # type: ignore[no-untyped-def]
    doc = to_jsonld(result)
    assert doc["@context"] == "https://schema.org"
    by_type: dict[str, list[dict[str, object]]] = {}
    for node in doc["@graph"]:
        by_type.setdefault(str(node["@type"]), []).append(node)
    assert {"NewsArticle", "Person", "Quotation", "Claim"} <= set(by_type)
    ids = {node["@id"] for node in doc["@graph"]}
    for quotation in by_type["Quotation"]:
        assert quotation["spokenByCharacter"]["@id"] in ids  # type: ignore[index]
        assert quotation["creator"] == quotation["spokenByCharacter"]
        assert quotation["isPartOf"]["@id"] in ids  # type: ignore[index]
    for claim in by_type["Claim"]:
        assert claim["appearance"]
        assert all(a["@id"] in ids for a in claim["appearance"])  # type: ignore[union-attr]


def test_run_link_command_formats() -> None:
    articles = story()
    assert "ANA COSTA" in run_link_command(articles, fmt="report")
    assert run_link_command(articles, fmt="text") == run_link_command(articles, fmt="report")
    data = json.loads(run_link_command(articles, fmt="json"))
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert json.loads(run_link_command(articles, fmt="jsonld"))["@graph"]
    with pytest.raises(NewsclaimsError):
        run_link_command(articles, fmt="xml")


def test_link_rejects_what_is_not_an_article() -> None:
    with pytest.raises(NewsclaimsError):
        link(["not an article"])  # type: ignore[list-item]


def test_empty_input_gives_an_empty_valid_result() -> None:
    result = link([])
    jsonschema.validate(result.to_dict(), SCHEMA, cls=jsonschema.Draft202012Validator)
    assert render_report(result).startswith("0 articles")


def test_drift_of_identical_text_is_verbatim() -> None:
    drift = compute_drift("We will open 40 clinics.", "We will open 40 clinics")
    assert drift.is_verbatim and not drift.omitted
    drift = compute_drift("We will open 40 clinics.", "We shall open forty clinics.")
    assert {(c.before, c.after) for c in drift.changed} == {("will", "shall"), ("40", "forty")}


def test_direct_answer_and_its_indirect_report_link_despite_pronoun_and_tense() -> None:
    mayor = Speaker("Lena Vogt", role="mayor")
    direct = "We do not have any budget deficit. I have said it many times. We do not need loans"
    indirect = "the city did not have any budget deficit"
    first = make_article([f"“{direct},” Mayor Lena Vogt said."], [(direct, mayor, "direct")],
                         outlet="Rhein Post")
    second = make_article([f"Vogt insisted that {indirect}."],
                          [(indirect, Speaker("Vogt"), "indirect")], outlet="Kurier")
    clusters = link([first, second]).quote_clusters
    assert len(clusters) == 1
    assert {m.kind for m in clusters[0].members} == {"direct", "indirect"}


def test_people_sharing_a_surname_stay_apart_and_a_bare_surname_is_not_guessed() -> None:
    from newsclaims.linking.speakers import resolve_speakers

    table = resolve_speakers(
        [Speaker("Ilham Aliyev"), Speaker("Heydar Aliyev"), Speaker("Aliyev"),
         Speaker("Sergei Lavrov"), Speaker("Sergey Lavrov"), Speaker("Lavrov")]
    )
    assert table.resolve(Speaker("Ilham Aliyev")) != table.resolve(Speaker("Heydar Aliyev"))
    assert table.resolve(Speaker("Aliyev")) == "Aliyev"
    assert table.resolve(Speaker("Lavrov")) == table.resolve(Speaker("Sergei Lavrov"))
    assert table.resolve(Speaker("Sergey Lavrov")) == table.resolve(Speaker("Sergei Lavrov"))


def test_a_denial_of_a_related_concept_is_a_weaker_contradiction() -> None:
    general = Speaker("Tomas Berg", role="general")
    spokesman = Speaker("Ivo Dane", role="spokesman")
    claim = "Around 400 foreign militants crossed the river at night"
    denial = "There were no foreign fighters on our side of the river"
    first = make_article([f"“{claim},” said Tomas Berg."], [(claim, general, "direct")],
                         outlet="A")
    second = make_article([f"“{denial},” Ivo Dane said."], [(denial, spokesman, "direct")],
                          outlet="B")
    found = link([first, second]).contradictions
    assert len(found) == 1
    assert found[0].topic == "armed personnel"
    assert found[0].score < 1.0


def test_being_transported_somewhere_is_a_presence_claim() -> None:
    # No count: only the movement verb makes the claim one that the denial answers.
    claim = "Armed militants are being transported from abroad to the northern front"
    denial = "We do not have any militants on our territory"
    first = make_article([f"“{claim},” Rosa Lind said."],
                         [(claim, Speaker("Rosa Lind"), "direct")], outlet="A")
    second = make_article([f"“{denial},” Piet Vos said."],
                          [(denial, Speaker("Piet Vos"), "direct")], outlet="B")
    found = link([first, second]).contradictions
    assert [{s.speaker: s.polarity for s in c.sides} for c in found] == [
        {"Rosa Lind": "assert", "Piet Vos": "deny"}
    ]
    talk = "Militants were the subject of a long debate in parliament"
    third = make_article([f"“{talk},” Rosa Lind said."],
                         [(talk, Speaker("Rosa Lind"), "direct")], outlet="C")
    assert not link([third, second]).contradictions  # the same noun, no presence predicate


def test_a_clarified_referent_makes_a_presence_claim_answer_a_denial() -> None:
    # The first sentence names no militants; the speaker's next quotation says who is meant.
    moved = "Armed men with criminal records are being sent from abroad to the northern front"
    meant = "I am talking about foreign militants hired by a private company"
    denial = "We do not have any militants on our territory"
    lind = Speaker("Rosa Lind")
    first = make_article([f"“{moved},” Rosa Lind said.", f"“{meant},” she added."],
                         [(moved, lind, "direct"), (meant, lind, "direct")], outlet="A")
    second = make_article([f"“{denial},” Piet Vos said."],
                          [(denial, Speaker("Piet Vos"), "direct")], outlet="B")
    found = link([first, second]).contradictions
    assert [(c.sides[0].speaker, c.sides[0].statement.rstrip(".")) for c in found] == [
        ("Rosa Lind", moved)
    ]
    # Without the clarification the same sentence answers nothing.
    alone = make_article([f"“{moved},” Rosa Lind said."], [(moved, lind, "direct")],
                         outlet="A")
    assert not link([alone, second]).contradictions


def test_a_request_is_not_contradicted() -> None:
    envoy = Speaker("Mia Holm")
    minister = Speaker("Karl Ek")
    request = "We urge both sides to withdraw the troops from the border"
    denial = "We have no troops at the border"
    first = make_article([f"“{request},” Mia Holm said."], [(request, envoy, "direct")],
                         outlet="A")
    second = make_article([f"“{denial},” Karl Ek said."], [(denial, minister, "direct")],
                          outlet="B")
    assert not link([first, second]).contradictions


def test_a_denial_of_foreign_fighters_does_not_answer_a_count_of_an_own_army() -> None:
    claim = "Our army has 100,000 soldiers ready"
    denial = "There are no foreign fighters in our units"
    first = make_article([f"“{claim},” said Tomas Berg."],
                         [(claim, Speaker("Tomas Berg"), "direct")], outlet="A")
    second = make_article([f"“{denial},” Ivo Dane said."],
                          [(denial, Speaker("Ivo Dane"), "direct")], outlet="B")
    assert not link([first, second]).contradictions


# --- a water-contamination dispute: precision of contradictions -----------------------------

VOSS = Speaker("Lena Voss", role="health ministry spokeswoman")
HADDAD = Speaker("Omar Haddad", role="Clean Rivers director")
BRANDT = Speaker("Tom Brandt", role="mayor")
PARK = Speaker("Ida Park", role="council member")
NO_CONTAMINATION = "No contamination was found in the city's water supply"
ARSENIC = "Our tests found arsenic in the tap water at 3 times the legal limit"


def single(text: str, speaker: Speaker, outlet: str) -> Article:
    return make_article([f"“{text},” said {speaker.name}."], [(text, speaker, "direct")],
                        outlet=outlet)


def water_story(*extra: tuple[str, Speaker]) -> list[Article]:
    articles = [single(NO_CONTAMINATION, VOSS, "Gazette"), single(ARSENIC, HADDAD, "Tribune")]
    articles += [single(text, speaker, f"Outlet {i}") for i, (text, speaker) in enumerate(extra)]
    return articles


def test_a_measured_contaminant_contradicts_a_denial_of_contamination() -> None:
    found = link(water_story()).contradictions
    assert len(found) == 1
    assert {s.speaker: s.polarity for s in found[0].sides} == {
        "Lena Voss": "deny", "Omar Haddad": "assert"
    }
    assert found[0].topic == "contaminants"


def test_a_shared_word_alone_does_not_make_a_side() -> None:
    # The mayor talks about water too, even with a presence verb ("sent"); the denial is about
    # contamination, not water.
    result = link(water_story(
        ("Residents will receive bottled water from Monday", BRANDT),
        ("Bottled water will be sent to every school in the city", BRANDT),
    ))
    assert len(result.contradictions) == 1
    assert all(s.speaker != "Tom Brandt" for c in result.contradictions for s in c.sides)


def test_reporting_a_concern_is_neither_assertion_nor_denial() -> None:
    concern = "We share the concerns of residents about the contamination found in the water"
    result = link(water_story((concern, PARK)))
    assert all(s.speaker != "Ida Park" for c in result.contradictions for s in c.sides)


def test_a_denial_of_a_generic_noun_is_not_a_denial_of_the_fact() -> None:
    # "no plans", "no basis": the negation is not about the contaminated water.
    plan = "The ministry has no plans to test the water supply again"
    claim = "Contamination was found in the water supply of two districts"
    result = link([single(plan, VOSS, "A"), single(claim, HADDAD, "B")])
    assert not result.contradictions


def test_the_same_word_with_a_presence_predicate_is_a_contradiction() -> None:
    claim = "Contamination was found in the water supply of two districts"
    result = link([single(NO_CONTAMINATION, VOSS, "A"), single(claim, HADDAD, "B")])
    assert [c.topic.casefold() for c in result.contradictions] == ["contamination"]


def test_the_contradiction_threshold_is_configurable() -> None:
    articles = water_story()
    found = link(articles).contradictions
    assert found and all(c.score >= LinkOptions().contradiction_threshold for c in found)
    strict = LinkOptions(contradiction_threshold=found[0].score + 0.01)
    assert not link(articles, options=strict).contradictions


def test_a_shared_noun_without_a_count_or_presence_is_not_a_contradiction() -> None:
    claim = "The enemy forces renewed their attacks on the villages this morning"
    denial = "There are no foreign forces among our troops"
    result = link([single(claim, Speaker("Aram Sarkis"), "A"),
                   single(denial, Speaker("Kemal Demir"), "B")])
    assert not result.contradictions


def test_a_count_names_what_the_claim_is_about() -> None:
    # "forces" is a side in the claim; what it counts are mercenaries, so the denial of
    # foreign forces is answered by concept, not by the shared word.
    claim = "Around 300 mercenaries now fight alongside the government forces"
    denial = "There are no foreign forces among our troops"
    result = link([single(claim, Speaker("Aram Sarkis"), "A"),
                   single(denial, Speaker("Kemal Demir"), "B")])
    assert [c.topic for c in result.contradictions] == ["armed personnel"]
