"""The register_quote_extractors hook: plugins add extractors, extract_quotes picks one by name."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import pytest

from newsclaims.errors import PluginError
from newsclaims.hookspecs import hookimpl
from newsclaims.model import Span
from newsclaims.plugins import PluginRegistry, get_registry, set_registry
from newsclaims.quotes import Candidate, NamedQuoteExtractor, RuleExtractor, extract_quotes


class _Bracketed:
    """A toy extractor: whatever stands in [square brackets] is a quote by the word before it."""

    name = "brackets"

    def extract(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Candidate]:
        found = []
        start = text.find("[")
        while start >= 0:
            end = text.find("]", start)
            if end < 0:
                break
            word_end = len(text[:start].rstrip())
            word_start = text.rfind(" ", 0, word_end) + 1
            found.append(Candidate(span=Span(start + 1, end), mention=Span(word_start, word_end),
                                   mention_confidence=0.9))
            start = text.find("[", end)
        return found


class _ToyPlugin:
    @hookimpl
    def register_quote_extractors(self, register: Callable[[NamedQuoteExtractor], None]) -> None:
        register(_Bracketed())


class _BrokenPlugin:
    @hookimpl
    def register_quote_extractors(self, register: Callable[[NamedQuoteExtractor], None]) -> None:
        raise RuntimeError("model file missing")


@pytest.fixture
def registry() -> Iterator[PluginRegistry]:
    fresh = PluginRegistry(load_entry_points=False)  # with the built-ins
    previous = set_registry(fresh)
    try:
        yield fresh
    finally:
        set_registry(previous)


TEXT = "The mayor Okafor [we open the bridge in May] and nothing else.\nShe said: “No delay.”"


def test_hook_register_quote_extractors(registry: PluginRegistry) -> None:
    registry.register(_ToyPlugin(), "toy")
    extractors = registry.quote_extractors()
    assert set(extractors) == {"rules", "brackets"}
    assert isinstance(extractors["rules"], RuleExtractor)
    quotes = extract_quotes(TEXT, extractor="brackets")
    assert [q.text for q in quotes] == ["we open the bridge in May"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Okafor"
    # The default and the built-in by name are the rule extractor, which ignores brackets.
    assert [q.text for q in extract_quotes(TEXT)] == ["No delay."]
    assert [q.text for q in extract_quotes(TEXT, extractor="rules")] == ["No delay."]


def test_unknown_extractor_name_raises_a_plugin_error(registry: PluginRegistry) -> None:
    with pytest.raises(PluginError, match="brackets"):
        extract_quotes(TEXT, extractor="brackets")


def test_a_raising_hook_costs_only_its_plugin(registry: PluginRegistry) -> None:
    registry.register(_BrokenPlugin(), "broken")
    registry.register(_ToyPlugin(), "toy")
    assert set(registry.quote_extractors()) == {"rules", "brackets"}
    assert [f.name for f in registry.failures] == ["broken"]
    assert "model file missing" in registry.failures[0].reason


def test_objects_that_are_not_extractors_are_reported(registry: PluginRegistry) -> None:
    class Nameless:
        def extract(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Candidate]:
            return []

    class Bad:
        @hookimpl
        def register_quote_extractors(self, register: Callable[[object], None]) -> None:
            register(Nameless())
            register(object())

    registry.register(Bad(), "bad")
    assert set(registry.quote_extractors()) == {"rules"}
    assert len([f for f in registry.failures if f.name == "bad"]) == 2


def test_a_plugin_can_replace_the_builtin_and_unregistering_restores_it(
    registry: PluginRegistry,
) -> None:
    class Replacement(_Bracketed):
        name = "rules"

    class Replacing:
        @hookimpl
        def register_quote_extractors(
            self, register: Callable[[NamedQuoteExtractor], None]
        ) -> None:
            register(Replacement())

    registry.load()  # the built-ins first, as entry-point plugins come after them
    registry.register(Replacing(), "replacing")
    assert isinstance(registry.quote_extractors()["rules"], Replacement)
    assert [q.text for q in extract_quotes(TEXT, extractor="rules")] == [
        "we open the bridge in May"
    ]
    registry.unregister("replacing")
    assert isinstance(registry.quote_extractors()["rules"], RuleExtractor)


def test_the_shared_registry_lists_the_builtin_extractor() -> None:
    assert "rules" in get_registry().quote_extractors()
