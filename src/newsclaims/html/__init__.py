"""HTML support shared by the ingesters: page extraction and fragment cleaning.

- :func:`fragment_paragraphs` cleans an HTML fragment (a feed entry's content, a JSON Feed
  ``content_html``) into ``(text, role)`` paragraphs.
- :func:`page_article` reads a whole decoded page into an Article (the "html" ingester).
"""

from newsclaims.html.fragment import fragment_paragraphs
from newsclaims.html.page import page_article

__all__ = ["fragment_paragraphs", "page_article"]
