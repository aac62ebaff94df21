"""The plugin-author contract suite (newsclaims.testing) run on the built-in feed ingester."""

from newsclaims.ingesters.feed import FeedIngester
from newsclaims.testing import IngesterContract

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Contract Courier</title><language>en</language>
<item><title>Mayor opens bridge</title><link>https://courier.example/bridge</link>
<pubDate>Fri, 01 Mar 2024 12:00:00 GMT</pubDate>
<description>&lt;p&gt;"It is a great day," the mayor said on Friday.&lt;/p&gt;</description>
</item></channel></rss>"""

ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
<entry><title>Entry</title><id>urn:1</id><updated>2024-03-01T12:00:00Z</updated>
<content type="html">&lt;p&gt;Body text.&lt;/p&gt;</content></entry></feed>"""

RDF = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>R</title></channel>
<item rdf:about="https://r.example/1"><title>One</title><description>Text.</description></item>
</rdf:RDF>"""


class TestFeedIngesterContract(IngesterContract):
    ingester = FeedIngester()
    samples = (RSS, ATOM, RDF)
