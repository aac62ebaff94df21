"""atheris harness for the text path.

Run: python fuzz/fuzz_text.py fuzz/corpus/text -max_total_time=60
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import main

if __name__ == "__main__":
    main("text", "x.txt")
