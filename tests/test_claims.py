"""Claims from quotes: clause splitting, filler, polarity, quantities, what a claim is about.

The sentences are written for these tests (a health-ministry story, a flood, a trial), not
taken from the seeds.
"""

import time

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.claims import build_claims, claims_from_quote, plain_statement, propositions
from newsclaims.claims.about import analyse
from newsclaims.claims.build import clarified_referent
from newsclaims.claims.clauses import is_filler, sentence_spans
from newsclaims.claims.polarity import read_polarity
from newsclaims.claims.tokens import content_tokens, stem
from newsclaims.model import Article, Quote, Span, Speaker

MINISTER = Speaker("Ana Costa", role="Health Minister")


def quote(text: str, *, cue: str | None = None, kind: str = "direct") -> Quote:
    return Quote(text=text, span=Span(0, len(text)), speaker=MINISTER, cue=cue, kind=kind)


def article_with(paragraphs: list[str], quoted: list[str], **fields: object) -> Article:
    article = Article.from_paragraphs(paragraphs, **fields)
    quotes = []
    for text in quoted:
        start = article.body.index(text)
        quotes.append(Quote(text=text, span=Span(start, start + len(text)), speaker=MINISTER))
    return attrs.evolve(article, quotes=quotes)


def statements(text: str, **kwargs: str) -> list[str]:
    return [c.statement for c in claims_from_quote(quote(text, **kwargs))]


def polarity(text: str, cue: str | None = None) -> str:
    return read_polarity(text, analyse(text).heads, cue).polarity


# --- clauses -------------------------------------------------------------------------------


def test_sentences_do_not_end_at_abbreviations_or_initials() -> None:
    text = "Mr. Silva met Dr. J. Brown in the U.S. capital. They signed the deal."
    assert len(sentence_spans(text)) == 2


def test_a_coordinated_clause_with_its_own_subject_is_a_claim_of_its_own() -> None:
    found = statements(
        "The clinics have 4,000 beds and we can add several hundred more in a week."
    )
    assert found == ["The clinics have 4,000 beds.", "We can add several hundred more in a week."]


def test_and_between_two_nouns_does_not_split() -> None:
    found = statements("Nurses and doctors from the northern districts will be paid in March.")
    assert len(found) == 1


def test_semicolon_separates_claims() -> None:
    found = statements("The vaccine is safe; the trial data show no serious side effects.")
    assert len(found) == 2


def test_filler_is_dropped() -> None:
    assert is_filler("I have said it many times.")
    assert is_filler("Why would we do that?")
    assert is_filler("Thank you.")
    assert not is_filler("The hospital has run out of oxygen.")
    found = statements(
        "I have said it many times. The hospital in Braga has enough oxygen. Is that clear?"
    )
    assert found == ["The hospital in Braga has enough oxygen."]


def test_discourse_markers_and_asides_are_trimmed() -> None:
    assert plain_statement("Frankly speaking, prices will rise") == "Prices will rise."
    assert plain_statement("Second, the report is wrong,") == "The report is wrong."
    assert (
        plain_statement("We are, of course, worried about the shortage")
        == "We are worried about the shortage."
    )


def test_propositions_index_the_text() -> None:
    text = "“Well, the wards are full. We opened two field hospitals,” she said"
    for start, end in propositions(text):
        assert text[start:end].strip() == text[start:end]
        assert text[start:end]


# --- polarity ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry does not have any record of the payments",
        "It is not true that the vaccine was rushed",
        "There is no evidence that the river water is contaminated",
        "Nobody was hurt in the blast at the depot",
        "The minister rejects the auditors' report",
        "These claims about the contracts are baseless",
        "We never signed a contract with that company",
        "The company hasn't paid a single euro in fines",
        "No soldiers were sent across the border",
        # A reason clause's own negation does not cancel the main clause's.
        "No foreign workers are employed at the plant, as we have no need for them",
        "We did not close the school, because nobody asked us to",
    ],
)
def test_denials(text: str) -> None:
    assert polarity(text) == "deny"


@pytest.mark.parametrize(
    "text",
    [
        "Not only the north but also the south was flooded",
        "There is no doubt that the dam held",
        "We will build 40 new clinics, which no government has done before",
        "We urge citizens not to panic during the outage",
        "It is not true that we did not pay the nurses",
        "The new hospital opened on Monday",
    ],
)
def test_assertions(text: str) -> None:
    assert polarity(text) == "assert"


def test_a_denial_reporting_verb_makes_the_reported_content_a_denial() -> None:
    assert polarity("the hospital had run out of oxygen", cue="denied") == "deny"
    assert polarity("the hospital had run out of oxygen", cue="said") == "assert"
    claims = claims_from_quote(quote("the hospital had run out of oxygen", cue="denied",
                                     kind="indirect"))
    assert [c.polarity for c in claims] == ["deny"]


def test_denial_scope_holds_the_negated_noun() -> None:
    text = "There is no evidence of any foreign doctors working in the clinic"
    reading = read_polarity(text, analyse(text).heads)
    assert stem("doctors") in reading.denied
    assert stem("clinic") not in reading.denied


def test_it_is_not_true_denies_what_came_before() -> None:
    text = "As for the payments to the consultants, it is not true"
    reading = read_polarity(text, analyse(text).heads)
    assert reading.polarity == "deny"
    assert stem("payments") in reading.denied


# --- about and quantities ------------------------------------------------------------------


def test_about_holds_entities_and_head_nouns() -> None:
    about = analyse(
        "The Santa Maria hospital has no shortage of ventilators, said Ana Costa"
    ).terms()
    assert "Santa Maria" in about
    assert "Ana Costa" in about
    assert "ventilators" in about


def test_the_article_language_decides_how_dot_groups_read() -> None:
    text = "Wir haben 3.500 Betten und 1.000.000 Masken"
    german = article_with([f"„{text}“, sagte Costa."], [text], language="de-DE")
    english = article_with([f"“{text},” Costa said."], [text])
    values = {q.value for c in build_claims(german) for q in c.quantities}
    assert values == {3500.0, 1_000_000.0}
    values = {q.value for c in build_claims(english) for q in c.quantities}
    assert values == {3.5, 1_000_000.0}


@pytest.mark.parametrize(
    ("text", "referent"),
    [
        ("I am talking about radical mercenaries who espouse the ideology", "radical mercenaries"),
        ("I’m talking about the nurses, not the doctors", "the nurses"),
        ("We are speaking of private contractors in the region", "private contractors"),
        ("I mean the new reservoir.", "the new reservoir"),
        ("I am referring to the two audits from 2019", "the two audits"),
        ("I think the plan is wrong", None),
        ("They are talking about a deal", None),  # a third party's topic, not a clarification
    ],
)
def test_clarified_referent(text: str, referent: str | None) -> None:
    assert clarified_referent(text) == referent


def test_a_clarification_adds_its_referent_to_the_previous_quotes_claims() -> None:
    first = "Dozens of unlicensed workers were brought to the site last month"
    second = "I am talking about welders without safety training"
    other = "I am talking about the weather"
    article = article_with(
        [f"“{first},” Costa said.", f"“{second},” she added.", f"“{other},” said Ruiz."],
        [first, second],
    )
    ruiz = Quote(text=other, span=Span(article.body.index(other),
                                       article.body.index(other) + len(other)),
                 speaker=Speaker("Ines Ruiz"))
    article = attrs.evolve(article, quotes=(*article.quotes, ruiz))
    claims = build_claims(article)
    [about_first] = [c.about for c in claims if c.statement.startswith("Dozens")]
    assert "welders" in about_first
    assert all("the weather" not in c.about for c in claims)  # another speaker's words


def test_quantities_are_normalised_with_hedges_and_index_the_body() -> None:
    text = "We have hired over 300 nurses and we will open about 1,500 beds by winter"
    article = article_with([f"“{text},” Costa said."], [text], outlet="Diario")
    claims = build_claims(article)
    found = {(q.value, q.hedge) for c in claims for q in c.quantities}
    assert (300.0, "over") in found
    assert 1500.0 in {value for value, _ in found}
    for claim in claims:
        assert claim.article_id == article.id
        assert claim.evidence == (article.quotes[0],)
        assert claim.speaker == MINISTER
        for q in claim.quantities:
            assert q.span is not None
            assert q.span.slice(article.body) == q.surface


def test_dates_and_years_are_not_quantities() -> None:
    claims = claims_from_quote(
        quote("The plan was approved on October 27 and the law dates from 1997")
    )
    values = {q.value for c in claims for q in c.quantities}
    assert 27.0 not in values
    assert 1997.0 not in values


def test_comparison_tokens_absorb_inflection_and_negative_contractions() -> None:
    assert content_tokens("The numbers don't add up") == content_tokens("the number do not adds up")


# --- properties ----------------------------------------------------------------------------

sentences = st.lists(
    st.sampled_from(
        [
            "We do not have any money.", "The ward has 40 beds", "and we will open more,",
            "It is not true.", "Frankly speaking,", "Dr. Lee", "over 300 nurses",
            "which nobody denies", "Why?", "; ", "“", "”", "no", "not only", "2,000",
            "the U.S. troops", "— ", "\n", "é", "It's fine.",
        ]
    ),
    max_size=12,
).map(" ".join)
any_text = st.one_of(sentences, st.text(max_size=120))


@given(any_text)
def test_propositions_never_crash_and_stay_in_bounds(text: str) -> None:
    spans = propositions(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end


@given(any_text)
def test_plain_statement_is_idempotent(text: str) -> None:
    once = plain_statement(text)
    assert plain_statement(once) == once


@given(any_text, st.one_of(st.none(), st.sampled_from(["said", "denied", "rejected"])))
def test_claims_never_crash_and_quantity_spans_slice_the_quote(
    text: str, cue: str | None
) -> None:
    q = Quote(text=text, span=Span(0, len(text)), speaker=MINISTER, cue=cue)
    for claim in claims_from_quote(q, "a1"):
        assert claim.statement
        assert claim.polarity in ("assert", "deny")
        assert claim.article_id == "a1"
        for quantity in claim.quantities:
            assert quantity.span is not None
            assert quantity.span.slice(text) == quantity.surface


def test_hedged_unattributed_sentences_become_speakerless_claims() -> None:
    article = article_with(
        [
            "More than 1,200 people have reportedly died in the floods since Monday.",
            "“The dams held,” the minister said. The river is believed to have peaked.",
        ],
        ["The dams held"],
    )
    claims = build_claims(article)
    reported = [c for c in claims if c.speaker is None]
    assert {c.statement for c in reported} == {
        "More than 1,200 people have reportedly died in the floods since Monday.",
        "The river is believed to have peaked.",
    }
    quantities = [q for c in reported for q in c.quantities]
    assert [(q.value, q.hedge) for q in quantities] == [(1200.0, "more than")]
    for claim in reported:
        assert claim.evidence[0].kind == "indirect"
        assert claim.evidence[0].span.slice(article.body) == claim.evidence[0].text
    assert not build_claims(article, reported=False)[1:]


def test_indirect_speech_loses_its_complementizer_and_short_fragments_give_no_claim() -> None:
    indirect = claims_from_quote(quote("that the bridge will reopen in May", kind="indirect"))
    assert [c.statement for c in indirect] == ["The bridge will reopen in May."]
    assert not claims_from_quote(quote("legal basis", kind="partial"))
    assert claims_from_quote(quote("a clear breach of the ceasefire terms", kind="partial"))


def test_clause_openers_and_verbs_are_not_what_a_claim_is_about() -> None:
    about = analyse("Perhaps the regional officials ignored the warnings").terms()
    assert "Perhaps" not in about
    assert "ignored" not in about
    assert "officials" in about and "warnings" in about
    assert analyse("Portugal will repay the loans").terms()[0] == "Portugal"


# --- clauses: linear-time splitting keeps its answers on ordinary text ----------------------


def test_runs_of_marks_end_one_sentence_with_their_closing_quote() -> None:
    text = "“Stop!!!” she said. The line was cut?! Then nothing… We waited."
    spans = sentence_spans(text)
    assert [text[s:e].strip() for s, e in spans] == [
        "“Stop!!!” she said.", "The line was cut?!", "Then nothing…", "We waited."
    ]


def test_a_lower_case_word_after_the_mark_continues_the_sentence() -> None:
    text = "Is it over? not yet, she said.  Then   the rain came."
    assert [text[s:e].strip() for s, e in sentence_spans(text)] == [
        "Is it over? not yet, she said.", "Then   the rain came."
    ]


def test_abbreviations_are_found_before_a_long_word_too() -> None:
    # The word before a full stop is looked up in a bounded window: long words still end.
    long_word = "Pneumonoultramicroscopicsilicovolcanoconiosis"
    text = f"The U.S. ward saw {long_word}. Gen. Li came. Ask J. Doe later."
    assert [text[s:e].strip() for s, e in sentence_spans(text)] == [
        f"The U.S. ward saw {long_word}.", "Gen. Li came.", "Ask J. Doe later."
    ]


def test_clause_breaks_take_the_comma_and_any_spacing_around_the_conjunction() -> None:
    for text in ("Prices rose very sharply , and we cut spending at once.",
                 "Prices rose very sharply,   and   we cut spending at once.",
                 "Prices rose very sharply\tand we cut spending at once."):
        assert statements(text) == ["Prices rose very sharply.", "We cut spending at once."]


def test_long_runs_of_marks_and_spaces_are_split_in_linear_time() -> None:
    # Each took seconds (quadratic) before: marks with no space after them, many sentence
    # ends each looking back for an abbreviation, spaces with no conjunction after them.
    for text in ("“Stop" + "!" * 50_000, "He went. " * 10_000, "A" + " " * 50_000 + "b.",
                 "“Stop" + "!" * 50_000 + "” she said.", "a." * 25_000 + " End."):
        start = time.process_time()
        propositions(text)
        assert time.process_time() - start < 1.0
