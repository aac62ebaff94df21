"""atheris harness for the feed path.

Run: python fuzz/fuzz_feed.py fuzz/corpus/feed -max_total_time=60
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import main

if __name__ == "__main__":
    main("rss", "feed.xml")
