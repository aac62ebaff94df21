"""The boilerplate phrase lexicon: words of generic web furniture, extendable by callers.

The lexicon alone never condemns a line: a phrase counts as evidence in proportion to how much
of a short, unpunctuated line it covers (``boilerplate.py`` weighs it with the other signals).
"Strong" phrases are ones that almost never occur in reporting prose (cookie banners,
copyright footers) and so mark even a longer line.
"""

import functools
import re
from collections.abc import Iterable

import attrs

# Generic furniture: navigation, buttons, prompts, sharing, ads. English first, then a few
# other languages' equivalents, because dumps of foreign-language pages have the same shape.
DEFAULT_PHRASES: tuple[str, ...] = (
    # navigation and buttons
    "home", "homepage", "menu", "main menu", "search", "skip to content", "skip to main content",
    "skip navigation", "back to top", "back to top button", "go to top", "top of page",
    "scroll to top", "show more", "show less", "load more", "see more", "view more", "more",
    "read more", "read full story", "continue reading", "full story", "next", "previous",
    "next article", "previous article", "next post", "previous post", "older posts",
    "newer posts", "all news", "latest news", "top stories", "most read", "most popular",
    "most viewed", "trending", "trending now", "editor's picks", "you may also like",
    "you might also like", "recommended", "recommended for you", "related", "related articles",
    "related stories", "related news", "related posts", "related topics", "more stories",
    "more from", "more on this", "more news", "also read", "see also", "tags", "topics",
    "categories", "category", "sections", "archive", "archives", "sitemap", "site map",
    "close", "open", "toggle navigation", "click here", "tap here", "watch", "watch now",
    "listen", "play video", "video", "photo", "photos", "gallery", "image", "view gallery",
    "print", "print this article", "print article", "email", "e-mail", "comments", "comment",
    "leave a comment", "post a comment", "add comment", "no comments", "reply", "login",
    "log in", "log out", "sign in", "sign out", "sign up", "register", "my account", "account",
    "profile", "join", "join now", "join us", "apply now", "learn more", "find out more",
    "buy now", "shop now", "get started", "download", "download app", "get the app",
    # subscriptions and newsletters
    "subscribe", "subscribe now", "subscription", "subscriber", "subscribers only",
    "newsletter", "newsletters", "sign up for our newsletter", "mailing list",
    "join the mailing list", "get our newsletter", "inbox", "enter your email",
    "your email address", "email address", "free trial", "premium", "paywall",
    # sharing and social
    "share", "share this", "share this article", "share on facebook", "share on twitter",
    "tweet", "facebook", "twitter", "linkedin", "whatsapp", "telegram", "pinterest",
    "reddit", "instagram", "youtube", "tiktok", "rss", "follow us", "follow", "like us",
    "copy link", "link copied",
    # credits and bylines split from their names
    "by", "credit", "credits", "photo credit", "image credit", "image source", "photo",
    "getty images", "file photo", "editorial guidelines", "editorial standards",
    # ads
    "advertisement", "advertising", "advertise", "advertise with us", "sponsored",
    "sponsored content", "promoted", "paid content", "partner content", "ad",
    # legal, cookies, footer
    "cookies", "cookie", "cookie policy", "cookie settings", "accept", "accept all",
    "accept cookies", "reject all", "manage preferences", "privacy", "privacy policy",
    "privacy settings", "terms", "terms of use", "terms of service", "terms and conditions",
    "contact", "contact us", "about us", "about", "careers", "faq", "help", "feedback",
    "all rights reserved", "copyright", "disclaimer", "imprint", "accessibility",
    # German, French, Spanish, Italian, Portuguese, Dutch, Russian
    "teilen", "drucken", "mehr", "weiterlesen", "anmelden", "abonnieren", "startseite",
    "datenschutz", "impressum", "alle rechte vorbehalten", "werbung", "kommentare",
    "partager", "imprimer", "lire la suite", "s'abonner", "abonnez-vous", "accueil",
    "tous droits réservés", "publicité", "commentaires", "connexion",
    "compartir", "imprimir", "leer más", "suscríbete", "inicio", "publicidad",
    "todos los derechos reservados", "comentarios",
    "condividi", "stampa", "leggi anche", "iscriviti", "pubblicità", "tutti i diritti riservati",
    "partilhar", "assine", "todos os direitos reservados",
    "delen", "lees meer", "abonneren", "alle rechten voorbehouden",
    "поделиться", "подписаться", "читать далее", "все права защищены", "реклама",
)

STRONG_PHRASES: tuple[str, ...] = (
    "all rights reserved", "we use cookies", "this site uses cookies", "this website uses cookies",
    "uses cookies", "cookie policy", "accept all", "accept cookies", "reject all",
    "manage preferences", "by continuing to use", "by continuing to browse", "by using this site",
    "privacy policy", "terms of use", "terms of service", "terms and conditions",
    "sign up for our newsletter", "subscribe to our newsletter", "join the mailing list",
    "enter your email", "your email address", "skip to content", "skip to main content",
    "back to top", "you may also like", "you might also like", "recommended for you",
    "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
    "tutti i diritti riservati", "todos os direitos reservados", "alle rechten voorbehouden",
    "все права защищены", "©", "(c) copyright",
)

# Headings that open what follows an article: teasers, comments, tags. Inside the text's run
# they mark where the article ended.
END_PHRASES: tuple[str, ...] = (
    "related", "related articles", "related stories", "related news", "related posts",
    "related content", "related topics", "related coverage", "more stories", "more news",
    "more from", "more on this", "more on this story", "more articles", "other news",
    "in other news", "other stories", "latest news", "latest stories", "latest articles",
    "recent articles", "recent posts", "recent news", "popular articles", "most popular",
    "most read", "most viewed", "top stories", "you may also like", "you might also like",
    "recommended", "recommended for you", "read next", "what to read next", "further reading",
    "see also", "also read", "comments", "post your comment", "leave a comment",
    "add a comment", "leave a reply", "responses", "replies", "reader comments",
    "comments are closed", "these comments are closed", "comments closed",
    "join the conversation", "have your say",
    "share this article", "share this story", "about the author", "tags", "filed under",
    "weitere artikel", "mehr zum thema", "à lire aussi", "lire aussi", "noticias relacionadas",
    "articoli correlati",
)

_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)


def _key(phrase: str) -> str:
    return " ".join(_WORD.findall(phrase.casefold())) if _WORD.search(phrase) else phrase.strip()


@attrs.frozen(slots=False)
class Lexicon:
    """A set of boilerplate phrases matched on whole words, case-insensitively."""

    phrases: frozenset[str]
    strong: frozenset[str]
    max_words: int
    enders: frozenset[str] = frozenset()

    @classmethod
    def build(
        cls,
        extra: Iterable[str] = (),
        extra_strong: Iterable[str] = (),
        extra_end: Iterable[str] = (),
    ) -> "Lexicon":
        """The default lexicon plus the caller's phrases (``extra_strong`` mark longer lines)."""
        extra = (extra,) if isinstance(extra, str) else tuple(extra)
        extra_strong = (extra_strong,) if isinstance(extra_strong, str) else tuple(extra_strong)
        extra_end = (extra_end,) if isinstance(extra_end, str) else tuple(extra_end)
        enders = {_key(p) for p in (*END_PHRASES, *extra_end) if p.strip()}
        enders.discard("")
        phrases = {
            _key(p) for p in (*DEFAULT_PHRASES, *END_PHRASES, *extra, *extra_strong, *extra_end)
            if p.strip()
        }
        strong = {_key(p) for p in (*STRONG_PHRASES, *extra_strong) if p.strip()}
        phrases.discard("")
        strong.discard("")
        longest = max((len(p.split()) for p in phrases), default=1)
        return cls(
            phrases=frozenset(phrases),
            strong=frozenset(strong),
            max_words=longest,
            enders=frozenset(enders),
        )

    def ends_article(self, text: str) -> bool:
        """Whether ``text`` is a heading that opens what follows an article ("Related")."""
        # A count is part of some such headings ("12 Comments", "Responses (3)").
        key = " ".join(w for w in words_of(text) if not w.isdigit())
        return bool(key) and key in self.enders

    def coverage(self, words: list[str]) -> int:
        """How many of ``words`` (casefolded) lexicon phrases cover, longest phrase first."""
        covered = 0
        i = 0
        n = len(words)
        while i < n:
            step = 0
            for size in range(min(self.max_words, n - i), 0, -1):
                if " ".join(words[i : i + size]) in self.phrases:
                    step = size
                    break
            if step:
                covered += step
                i += step
            else:
                i += 1
        return covered

    def has_strong(self, text: str) -> bool:
        """Whether ``text`` contains a strong phrase (or a symbol such as ``©``)."""
        folded = text.casefold()
        if "©" in folded and "©" in self.strong:
            return True
        return bool(self._strong_pattern.search(" ".join(_WORD.findall(folded))))

    @functools.cached_property
    def _strong_pattern(self) -> "re.Pattern[str]":
        words = sorted((p for p in self.strong if p != "©"), key=len, reverse=True)
        if not words:
            return re.compile(r"(?!)")
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")

    def is_phrase(self, text: str) -> bool:
        """Whether ``text`` is, word for word, one lexicon phrase."""
        return _key(text) in self.phrases


def words_of(text: str) -> list[str]:
    """The casefolded words of ``text`` (apostrophes kept inside words)."""
    return _WORD.findall(text.casefold())


DEFAULT_LEXICON = Lexicon.build()
