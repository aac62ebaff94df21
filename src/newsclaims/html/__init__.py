"""HTML support shared by the ingesters: page extraction and fragment cleaning."""

from newsclaims.html.fragment import fragment_paragraphs

__all__ = ["fragment_paragraphs"]
