"""What an element's tag, class, id and ARIA role say about it: boilerplate, content, or nothing.

The words are general page-furniture vocabulary (navigation, sharing, comments, ads...), matched
as whole tokens or token prefixes of ``class``/``id`` so that ``share-bar`` and ``sidebar-left``
match while ``shareholder`` or ``address`` do not.
"""

import functools
import re

# Never walked: invisible, executable or form-control content.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "video", "audio", "button", "select", "input", "textarea", "option", "head",
        "title", "meta", "link", "figcaption", "dialog", "map", "area", "source", "track",
        "picture", "img",
    }
)

# Furniture by tag. Navigation, footers, asides and menus are always furniture; a <header> is
# furniture unless it holds most of the page's prose (see extract.py), like a class hint.
FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "menu", "header"})
STRONG_FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "menu"})

# Elements that start and end a text block.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir",
        "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
        "caption", "legend", "br", "frameset", "frame", "noframes", "marquee",
    }
)

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

_NEGATIVE_WORDS = (
    # whole tokens only: "ad" must not match "add" or "adapt"
    r"ad|ads|adv|advert|advertisement|advertising|adsense|adslot|banner|breadcrumbs?|byline|"
    r"caption|comments?|cookies?|copyright|credits?|disclaimer|footer|footnotes?|gdpr|"
    r"masthead|menu|modal|nav|navbar|navigation|newsletter|outbrain|overlay|pagination|pager|"
    r"popular|popup|promo|promos|recommended|related|reply|share|sharing|sidebar|signup|"
    r"social|sponsor|sponsored|subscribe|subscription|tags?|taboola|toolbar|topbar|trending|"
    r"tweet|login|signin|consent|paywall|author-bio|read-more|readmore|inline-ad|dfp|"
    r"outstream|donate|sharebar|sharetools|skip-link|most-read"
)
_NEGATIVE_PREFIXES = (
    # token beginnings: "sidebarLeft", "commentlist", "socialIcons"
    r"advert|sidebar|sharebar|sharetool|shareicon|social|comment|related|cookie|newsletter|"
    r"subscri|breadcrumb|sponsor|footer|navbar|navigation|popup|modal|outbrain|taboola|"
    r"recommend|trending|mostread|most-read|mostpopular|most-popular|readmore|read-more|"
    r"signup|sign-up|paywall|consent|caption|masthead|toolbar|pagination|byline"
)
_NEGATIVE = re.compile(
    rf"(?:^|[\s_\-:])(?:(?:{_NEGATIVE_WORDS})(?:$|[\s_\-:\d])|(?:{_NEGATIVE_PREFIXES}))"
)
_POSITIVE = re.compile(
    r"(?:^|[\s_\-:])(?:article|articlebody|article-body|story|storybody|story-body|entry|"
    r"entry-content|post|post-content|postbody|post-body|content|main|body|text|blog|"
    r"hentry|prose|rich-text|richtext|body-text|bodytext)(?:$|[\s_\-:\d])"
)
_NEGATIVE_ROLES = frozenset(
    {"navigation", "contentinfo", "banner", "complementary", "dialog", "alertdialog", "menu",
     "menubar", "search", "toolbar", "tablist"}
)


# Furniture words that stay furniture next to a content word ("article-comments",
# "post-share"); other furniture words next to one are layout ("sidebar-content",
# "post tag-crops", "entry-byline-wrap"), and the element is neutral.
_DECISIVE_NEGATIVE = re.compile(
    r"(?:^|[\s_\-:])(?:comment|share|sharing|social|related|ad(?:s|vert\w*)?(?:$|[\s_\-:\d])|"
    r"newsletter|subscri|cookie|promo|sponsor|outbrain|taboola|recommend|trending|popular|"
    r"paywall|consent|popup|modal|footer|breadcrumb)"
)


@functools.lru_cache(maxsize=4096)
def classify_names(names: str) -> int:
    """-1 for furniture words in a class/id string, +1 for content words, 0 otherwise."""
    lowered = names.lower()
    negative = _NEGATIVE.search(lowered) is not None
    if _POSITIVE.search(lowered):
        if not negative:
            return 1
        return -1 if _DECISIVE_NEGATIVE.search(lowered) else 0
    return -1 if negative else 0


def is_negative_role(role: str) -> bool:
    return role.strip().lower() in _NEGATIVE_ROLES


METADATA_TAGS = frozenset({"meta", "link", "title", "script", "time", "html"})

_BYLINE = re.compile(r"(?:^|[\s_\-:])(?:byline|author|authors|writer|contributor)")


@functools.lru_cache(maxsize=4096)
def is_byline_names(names: str) -> bool:
    """Whether a class string names a byline or author element."""
    return _BYLINE.search(names.lower()) is not None


# Class or id naming a headline ("article_headline", "storyTitle", "entry-title"); "title"
# also names widget and section labels, so callers weigh these with position and wording.
_HEADLINE_NAMES = re.compile(r"headline|title")


@functools.lru_cache(maxsize=4096)
def is_headline_names(names: str) -> bool:
    """Whether a class/id string names a headline or title element."""
    return _HEADLINE_NAMES.search(names.lower()) is not None
