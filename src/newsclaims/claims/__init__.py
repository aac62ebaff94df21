"""Claims from quotes (placeholder until the claims module lands)."""

from newsclaims.model import Article, Claim


def build_claims(article: Article) -> list[Claim]:
    return []
