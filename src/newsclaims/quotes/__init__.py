"""Quote extraction (placeholder until the quotes module lands)."""

from collections.abc import Sequence

from newsclaims.model import Paragraph, Quote


def extract_quotes(text: str, *, paragraphs: Sequence[Paragraph] | None = None) -> list[Quote]:
    """Find the quotations in ``text``; spans index ``text``."""
    return []
