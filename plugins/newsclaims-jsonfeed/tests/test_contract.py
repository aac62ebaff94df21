"""newsclaims' plugin-author contract suite (newsclaims.testing) on the JSON Feed ingester."""

import json

from newsclaims.testing import IngesterContract

from newsclaims_jsonfeed import JsonFeedIngester

SAMPLES = (
    json.dumps({
        "version": "https://jsonfeed.org/version/1",
        "title": "Contract Notes",
        "items": [{"id": "1", "url": "https://c.example/1", "title": "One",
                   "content_html": "<p>\u201cWe will build it,\u201d the mayor said.</p>",
                   "date_published": "2024-03-01T12:00:00Z"}],
    }).encode(),
    json.dumps({
        "version": "https://jsonfeed.org/version/1.1",
        "language": "fr",
        "items": [{"id": 2, "content_text": "Texte.", "authors": [{"name": "A B"}]}],
    }).encode(),
)


class TestJsonFeedContract(IngesterContract):
    ingester = JsonFeedIngester()
    samples = SAMPLES
