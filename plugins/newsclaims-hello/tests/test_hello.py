from typing import ClassVar

from newsclaims_hello import HelloIngester

import newsclaims
from newsclaims.testing import IngesterContract

STORY = """Title: Harbour bridge reopens
Date: 2024-03-05
By: Ana Lima, Tom Berg

The bridge reopened on Monday after eight months of repairs.

"It was worth the wait," said the mayor.
"""


class TestHelloContract(IngesterContract):
    ingester = HelloIngester()
    samples: ClassVar = [STORY, STORY.replace("Date: 2024-03-05", "Date: soon")]


def test_reads_the_header_and_paragraphs() -> None:
    [article] = newsclaims.ingest(STORY, format="hello")
    assert article.title == "Harbour bridge reopens"
    assert article.authors == ("Ana Lima", "Tom Berg")
    assert str(article.published) == "2024-03-05"
    assert len(article.paragraphs) == 2


def test_found_by_detection(register_plugin) -> None:
    import newsclaims_hello

    register_plugin(newsclaims_hello, "hello")
    [article] = newsclaims.ingest(STORY)
    assert article.source.ingester == "hello"
