"""Feed ingestion on the development feeds: detected format, entries (ours vs feedparser's),
bozo warnings, teasers and time per file.

    .venv/bin/python benchmarks/feeds.py [FEED_DIR]

FEED_DIR defaults to ../shared/data/feeds (read in place, never copied). JSON files are read
by the JSON Feed plugin when it is installed (``pip install -e plugins/newsclaims-jsonfeed``);
feedparser 6 reads no JSON Feed, so its count is shown as "-" for them.
"""

import io
import pathlib
import sys
import time

import feedparser

import newsclaims
from newsclaims.document import Document
from newsclaims.errors import NewsclaimsError
from newsclaims.pipeline import choose_ingester

DEFAULT_DIR = pathlib.Path(__file__).resolve().parents[2] / "shared" / "data" / "feeds"


def main() -> int:
    folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    paths = sorted(p for p in folder.iterdir() if p.is_file() and p.name != "MANIFEST.tsv")
    header = (f"{'file':38} {'ingester':8} {'media type':21} {'ours':>4} {'fp':>4} {'bozo':>4} "
              f"{'teaser':>6} {'ms':>6} {'fp ms':>6}")
    print(header)
    print("-" * len(header))
    failures = mismatches = total_ours = 0
    total_ms = fp_total_ms = 0.0
    for path in paths:
        document = Document.from_path(path)
        try:
            fmt = choose_ingester(document).ingester.name
        except NewsclaimsError:
            fmt = "?"
        start = time.perf_counter()
        try:
            articles = newsclaims.ingest(path, quotes=False, claims=False)
        except NewsclaimsError as exc:
            failures += 1
            print(f"{path.name:38} {fmt:8} FAILED: {exc}")
            continue
        elapsed = (time.perf_counter() - start) * 1000
        total_ms += elapsed
        if path.suffix == ".json":
            theirs, fp_ms = "-", "-"
        else:
            start = time.perf_counter()
            count = len(feedparser.parse(io.BytesIO(path.read_bytes())).entries)
            fp_elapsed = (time.perf_counter() - start) * 1000
            fp_total_ms += fp_elapsed
            theirs, fp_ms = str(count), f"{fp_elapsed:.1f}"
            mismatches += count != len(articles)
        bozo = sum(any(w.startswith("ill-formed feed") for w in a.warnings) for a in articles)
        teasers = sum(a.is_teaser for a in articles)
        total_ours += len(articles)
        media_type = (articles[0].source.media_type or "") if articles else ""
        media_type = media_type.removeprefix("application/")
        print(f"{path.name:38} {fmt:8} {media_type:21} {len(articles):>4} {theirs:>4} {bozo:>4} "
              f"{teasers:>6} {elapsed:>6.1f} {fp_ms:>6}")
    print("-" * len(header))
    print(f"{len(paths)} files, {total_ours} articles, {failures} failures, "
          f"{mismatches} entry-count mismatches with feedparser; {total_ms:.0f} ms ingest "
          f"(without quotes/claims), {fp_total_ms:.0f} ms feedparser alone on the XML files")
    # The same files through the whole pipeline (quotes and claims on): only failures count.
    full_failures = 0
    for path in paths:
        try:
            newsclaims.ingest(path)
        except NewsclaimsError as exc:
            full_failures += 1
            print(f"full pipeline failed on {path.name}: {exc}")
    print(f"full pipeline (quotes and claims): {full_failures} failures")
    return 1 if failures or mismatches or full_failures else 0


if __name__ == "__main__":
    sys.exit(main())
