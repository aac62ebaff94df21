"""fragment_paragraphs: feed-entry HTML into (text, role) paragraphs."""

from newsclaims.html import fragment_paragraphs


def test_roles_and_whitespace() -> None:
    html = """<p>First   paragraph with <b>bold</b> and
    <a href="/x">a link</a>.</p>
    <h3>A subheading</h3>
    <blockquote><p>Quoted words.</p></blockquote>
    <ul><li>One item</li><li>Two <em>items</em></li></ul>"""
    assert fragment_paragraphs(html) == [
        ("First paragraph with bold and a link.", "paragraph"),
        ("A subheading", "subheading"),
        ("Quoted words.", "blockquote"),
        ("One item", "list_item"),
        ("Two items", "list_item"),
    ]


def test_drops_scripts_captions_share_widgets_and_ads() -> None:
    html = """<p>Kept text.</p>
    <script>var tracking = "nothing visible";</script>
    <style>p { color: red }</style>
    <figure><img src="a.jpg"><figcaption>A caption under the photo.</figcaption></figure>
    <div class="social-share"><a href="#">Tweet this</a></div>
    <div class="advertisement">Buy now!</div>
    <p>Also kept.</p>"""
    assert fragment_paragraphs(html) == [("Kept text.", "paragraph"), ("Also kept.", "paragraph")]


def test_br_separated_text_and_bare_text() -> None:
    assert fragment_paragraphs("Line one<br>Line two<br/><br/>Line three") == [
        ("Line one", "paragraph"), ("Line two", "paragraph"), ("Line three", "paragraph")]
    assert fragment_paragraphs("Just words, no markup.") == [
        ("Just words, no markup.", "paragraph")]


def test_empty_and_entity_input() -> None:
    assert fragment_paragraphs("") == []
    assert fragment_paragraphs("   ") == []
    assert fragment_paragraphs("<p></p><div> </div>") == []
    assert fragment_paragraphs("<p>Fish &amp; chips &eacute;t&eacute;</p>") == [
        ("Fish & chips été", "paragraph")]


def test_related_link_list_dropped_but_prose_list_kept() -> None:
    html = ('<p>Story.</p><ul><li><a href="/1">Related headline one</a></li></ul>'
            "<ul><li>A point made in prose</li></ul>")
    assert fragment_paragraphs(html) == [("Story.", "paragraph"),
                                         ("A point made in prose", "list_item")]


def test_deeply_nested_fragment() -> None:
    html = "<div>" * 3000 + "<p>deep text</p>" + "</div>" * 3000
    assert fragment_paragraphs(html) == [("deep text", "paragraph")]


def test_tag_free_input_resolves_character_references() -> None:
    # Tag-free markup is HTML text all the same: references resolve as they do inside tags.
    assert fragment_paragraphs("Fish &amp; chips") == [("Fish & chips", "paragraph")]
    assert fragment_paragraphs("caf&eacute; &#8220;open&#8221; &lt;late&gt;") == [
        ("café “open” <late>", "paragraph")]
    assert fragment_paragraphs("Fish &amp; chips") == fragment_paragraphs("<p>Fish &amp; chips</p>")


def test_tag_free_text_splits_at_blank_lines_and_resolves_references() -> None:
    from newsclaims.html import fragment_paragraphs

    text = "Fish &amp; chips prices rose.\n\n  The caf&eacute; owner said so.\nSame paragraph."
    assert fragment_paragraphs(text) == [
        ("Fish & chips prices rose.", "paragraph"),
        ("The café owner said so. Same paragraph.", "paragraph"),
    ]
