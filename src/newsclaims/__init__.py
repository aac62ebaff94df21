"""newsclaims: news in, evidence out — articles, quotes and claims with their provenance."""

import logging

from newsclaims.document import Document
from newsclaims.errors import ErrorRecord, IngestErrors, NewsclaimsError, UnknownFormat
from newsclaims.hookspecs import hookimpl
from newsclaims.ingester import Ingester
from newsclaims.limits import Limits, current_limits, using_limits
from newsclaims.linking import LinkResult, link
from newsclaims.model import Article, Claim, Paragraph, Quantity, Quote, Source, Span, Speaker
from newsclaims.pipeline import IngestReport, ingest, ingest_report, iter_ingest
from newsclaims.quotes import extract_quotes

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Claim",
    "Document",
    "ErrorRecord",
    "IngestErrors",
    "IngestReport",
    "Ingester",
    "Limits",
    "LinkResult",
    "NewsclaimsError",
    "Paragraph",
    "Quantity",
    "Quote",
    "Source",
    "Span",
    "Speaker",
    "UnknownFormat",
    "__version__",
    "current_limits",
    "extract_quotes",
    "hookimpl",
    "ingest",
    "ingest_report",
    "iter_ingest",
    "link",
    "using_limits",
]
