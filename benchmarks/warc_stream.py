"""Stream a large generated WARC through the warc plugin and show that memory stays flat.

Writes a per-record-gzipped WARC (default 20,000 HTML responses of ~10 KB, ~200 MB
uncompressed, plus one request record per page) to a temporary directory, then in a fresh
process for each mode reads it and prints records/s and peak RSS after 10% and 100% of it:

- ``warcio``: the peer, warcio's bare ArchiveIterator reading each HTML payload;
- ``records``: the plugin's record reader alone (warcio + inflating), from the path;
- ``articles``: full articles (records -> the built-in html ingester), from the path;
- ``document``: full articles from an in-memory ``Document`` (what ``newsclaims.ingest``
  does today: the whole file is read first), for contrast.

Usage: python benchmarks/warc_stream.py [--records 20000] [--page-kb 10] [--article-records N]
       [--path big.warc.gz] [--modes warcio,records,articles,document]
Needs the plugin installed: pip install -e plugins/newsclaims-warc
"""

import argparse
import io
import pathlib
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator

WORDS = [
    "council", "harbour", "minister", "budget", "said", "according", "spokesperson", "reported",
    "election", "vote", "river", "bridge", "library", "hospital", "police", "court", "statement",
    "percent", "million", "year", "week", "officials", "residents", "company", "market",
    "growth", "report", "announced", "plans", "new", "local",
]


def _page(rng: random.Random, index: int, size: int) -> bytes:
    paragraphs = []
    total = 0
    while total < size:
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 60))).capitalize() + "."
        paragraphs.append(f"<p>{text}</p>")
        total += len(text) + 7
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story {index}</title>"
            f"</head><body><nav><a href='/'>Home</a></nav><article><h1>Story {index}</h1>"
            f"{''.join(paragraphs)}</article><footer>(c) Example</footer></body></html>"
            ).encode()


def generate(path: pathlib.Path, records: int, page_kb: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

    rng = random.Random(1)
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(records):
            url = f"https://news{i % 50}.example.org/story/{i}"
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(f"GET /story/{i} HTTP/1.1", [("Host", "x")],
                                              is_http_request=True))
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(_page(rng, i, page_kb * 1024)),
                http_headers=headers))


def _rss_mb() -> float:
    # ru_maxrss is the process's high-water mark, in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warcio_html_payloads(path: pathlib.Path) -> Iterator[bytes]:
    """The peer: warcio's own iterator reading each HTML response's payload, nothing more."""
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response" and "html" in (
                    record.http_headers.get_header("Content-Type") or ""):
                yield record.content_stream().read()


def measure(mode: str, path: pathlib.Path, records: int, limit: int) -> None:
    from newsclaims_warc import WarcIngester, iter_html_records

    import newsclaims

    items: Iterator[object]
    total = min(records, limit)
    mark = max(1, total // 10)
    base = _rss_mb()
    start = time.perf_counter()
    if mode == "records":
        stream = path.open("rb")
        items = iter_html_records(stream, location=str(path))
    elif mode == "warcio":
        items = _warcio_html_payloads(path)
    elif mode == "articles":
        items = WarcIngester().iter_articles(path)
    else:
        document = newsclaims.Document.from_path(path)
        items = WarcIngester().ingest(document)
    at_10 = None
    count = 0
    for _ in items:
        count += 1
        if count == mark:
            at_10 = (_rss_mb(), time.perf_counter() - start)
        if count >= total:
            break
    elapsed = time.perf_counter() - start
    assert at_10 is not None
    print(f"{mode:<9} {count:>7} items  {count / elapsed:>9.0f} items/s  "
          f"peak RSS: start {base:6.1f} MB, at 10% {at_10[0]:6.1f} MB, at 100% {_rss_mb():6.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--page-kb", type=int, default=10)
    parser.add_argument("--article-records", type=int, default=None,
                        help="records to turn into articles (default: all)")
    parser.add_argument("--measure", choices=["warcio", "records", "articles", "document"])
    parser.add_argument("--path", type=pathlib.Path,
                        help="an archive to generate (kept) or reuse, instead of a temporary one")
    parser.add_argument("--modes", default="warcio,records,articles,document")
    args = parser.parse_args()
    if args.measure:
        fast = args.measure in ("warcio", "records")
        limit = args.records if fast else (args.article_records or args.records)
        measure(args.measure, args.path, args.records, limit)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = args.path or pathlib.Path(tmp) / "big.warc.gz"
        if not path.exists():
            start = time.perf_counter()
            generate(path, args.records, args.page_kb)
            print(f"generated {args.records} HTML responses (+{args.records} requests), "
                  f"~{args.records * args.page_kb / 1024:.0f} MB of HTML, in "
                  f"{time.perf_counter() - start:.1f} s")
        print(f"{path.stat().st_size / 2**20:.1f} MB gzipped WARC")
        rates: dict[str, float] = {}
        for mode in args.modes.split(","):
            command = [sys.executable, __file__, "--measure", mode, "--path", str(path),
                       "--records", str(args.records)]
            if args.article_records:
                command += ["--article-records", str(args.article_records)]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            print(output, end="")
            rates[mode] = float(output.split("items/s")[0].split()[-1])
        if "warcio" in rates and "records" in rates:
            print(f"record reader vs bare warcio: {rates['records'] / rates['warcio']:.2f}x "
                  "the speed (adds truncation checks, whole-file gzip, charset)")


if __name__ == "__main__":
    main()
