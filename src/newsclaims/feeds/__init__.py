"""Reading RSS, Atom, RDF and CDF feeds: sniffing, safe parsing, dates and entry bodies.

The ingester in :mod:`newsclaims.ingesters.feed` wires these together; each module here has
one job and is usable on its own (a JSON Feed plugin, for instance, can reuse the teaser test).
"""
