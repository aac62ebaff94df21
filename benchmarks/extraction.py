"""Main-text extraction benchmark: newsclaims' HTML ingester against trafilatura.

Each set is a folder of ``ID.html`` pages with ``ID.json`` gold files (``{"url", "title",
"body"}``). For every page the benchmark scores, the article-extraction-benchmark way:

- tokens are ``\\w+`` runs of the lower-cased text; 4-token shingles are counted as multisets
  (a text shorter than four tokens is one shingle);
- per page, tp/fp/fn are the multiset intersection and differences with the gold shingles;
  precision = tp/(tp+fp), recall = tp/(tp+fn); a page where prediction and gold are both empty
  scores 1/1, a page where either side is empty (and the other is not) scores 0/0;
- P and R are averaged over pages; F1 is the harmonic mean of the two averages.

It also reports title accuracy (exact match after lower-casing and keeping only ``\\w+`` tokens,
over pages whose gold has a title), pages per second over the whole set (one core, parsing
included: newsclaims runs its full HTML ingest, trafilatura ``extract(html,
include_comments=False)``), and peak traced memory (tracemalloc) of one page, measured in a
separate pass over the first ``--memory-pages`` pages so tracing does not slow the timed pass.
Extractors run interleaved (every extractor on a page before the next page), so load from
other processes on the machine falls on all of them alike and the ratios stay fair.

Each page is also rendered to a visible-text dump (``visible_text.render_visible_text``: all
visible text including navigation and footers, one block per line, like the seeds), and the
plain-text ingester (newsclaims format "text") is scored on that dump, next to the raw dump
itself as the baseline.

Run from the repository root::

    .venv/bin/python benchmarks/extraction.py                 # both dev sets
    .venv/bin/python benchmarks/extraction.py --limit 100     # first 100 pages per set
    .venv/bin/python benchmarks/extraction.py --sets /path/to/set --worst 10

trafilatura is optional (``pip install trafilatura``); without it only newsclaims is reported.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import pathlib
import re
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from visible_text import render_visible_text

from newsclaims.document import Document
from newsclaims.ingesters.html import HtmlIngester

# The development sets live beside the repository (../shared), read in place, never copied.
_SHARED = pathlib.Path(__file__).resolve().parents[2] / "shared" / "data" / "html"
DEFAULT_SETS = (str(_SHARED / "l3s-gn1"), str(_SHARED / "wcxb-article-dev"))
_TOKEN = re.compile(r"\w+")


def shingles(text: str | None, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall((text or "").lower())
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def precision_recall(predicted: str | None, gold: str | None) -> tuple[float, float]:
    pred, true = shingles(predicted), shingles(gold)
    if not pred and not true:
        return 1.0, 1.0
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    if tp == 0:
        return 0.0, 0.0
    return tp / (tp + fp), tp / (tp + fn)


def norm_title(title: str | None) -> str:
    return " ".join(_TOKEN.findall((title or "").lower()))


class Page:
    def __init__(self, path: pathlib.Path) -> None:
        self.id = path.stem
        self.html = path.read_bytes()
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        self.body: str = gold.get("body") or ""
        self.title: str | None = gold.get("title")
        self.url: str | None = gold.get("url")


Extractor = Callable[[Page], "tuple[str, str | None]"]


def newsclaims_extract(page: Page) -> tuple[str, str | None]:
    article = next(HtmlIngester().ingest(Document.from_bytes(page.html, location=page.id)))
    return article.body, article.title


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura


def trafilatura_extract(page: Page) -> tuple[str, str | None]:
    trafilatura = _trafilatura()
    text = trafilatura.extract(page.html, include_comments=False)
    return text or "", None


def trafilatura_title(page: Page) -> str | None:
    trafilatura = _trafilatura()
    meta = trafilatura.extract_metadata(page.html)
    return meta.title if meta is not None else None


def text_ingest_extract(page: Page) -> tuple[str, str | None]:
    from newsclaims.plugins import get_registry

    dump = page.visible_text  # type: ignore[attr-defined]
    ingester = get_registry().get_ingester("text").ingester
    article = next(ingester.ingest(Document.from_text(dump, location=page.id)))
    return article.body, article.title


def raw_dump_extract(page: Page) -> tuple[str, str | None]:
    return page.visible_text, None  # type: ignore[attr-defined]


class Result:
    def __init__(self, name: str) -> None:
        self.name = name
        self.precisions: list[float] = []
        self.recalls: list[float] = []
        self.title_hits = 0
        self.title_total = 0
        self.seconds = 0.0
        self.peak_bytes = 0
        self.per_page: list[tuple[float, float, str]] = []
        self.errors = 0
        self.timed = True

    @property
    def precision(self) -> float:
        return sum(self.precisions) / len(self.precisions) if self.precisions else 0.0

    @property
    def recall(self) -> float:
        return sum(self.recalls) / len(self.recalls) if self.recalls else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def pages_per_second(self) -> float:
        return len(self.precisions) / self.seconds if self.seconds else 0.0

    @property
    def title_accuracy(self) -> float | None:
        return self.title_hits / self.title_total if self.title_total else None


def run_interleaved(
    extractors: list[tuple[str, Extractor, Callable[[Page], str | None] | None, bool]],
    pages: Sequence[Page],
    memory_pages: int,
) -> list[Result]:
    """Score and time each extractor; pages are visited once and every extractor runs on a
    page before the next page, so load from other processes falls on all of them alike."""
    results = [Result(name) for name, _, _, _ in extractors]
    outputs: list[list[tuple[str, str | None]]] = [[] for _ in extractors]
    gc.collect()
    for page in pages:
        for index, (name, extract, _, _) in enumerate(extractors):
            started = time.perf_counter()
            try:
                output = extract(page)
            except Exception as exc:
                print(f"  {name}: {page.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
                results[index].errors += 1
                output = ("", None)
            results[index].seconds += time.perf_counter() - started
            outputs[index].append(output)
    for result, (_name, extract, title_of, titles), produced in zip(
        results, extractors, outputs, strict=True
    ):
        for page, (body, title) in zip(pages, produced, strict=True):
            p, r = precision_recall(body, page.body)
            result.precisions.append(p)
            result.recalls.append(r)
            result.per_page.append((p, r, page.id))
            if title_of is not None:
                title = title_of(page)
            if page.title and titles:
                result.title_total += 1
                result.title_hits += norm_title(title) == norm_title(page.title)
        if not titles:
            result.timed = False
            continue
        for page in pages[:memory_pages]:
            gc.collect()
            tracemalloc.start()
            with contextlib.suppress(Exception):
                extract(page)
            result.peak_bytes = max(result.peak_bytes, tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
    return results


def _fmt(value: float | None, digits: int = 3) -> str:
    return "   -" if value is None else f"{value:.{digits}f}"


def report(set_name: str, results: list[Result], worst: int) -> None:
    print(f"\n== {set_name} ({len(results[0].precisions)} pages)")
    print(f"{'extractor':<22}{'F1':>7}{'P':>7}{'R':>7}{'title':>7}{'pages/s':>9}{'peak MiB':>10}")
    for res in results:
        print(f"{res.name:<22}{res.f1:>7.3f}{res.precision:>7.3f}{res.recall:>7.3f}"
              f"{_fmt(res.title_accuracy):>7}"
              f"{f'{res.pages_per_second:.1f}' if res.timed else '-':>9}"
              f"{f'{res.peak_bytes / 2**20:.2f}' if res.timed else '-':>10}"
              + (f"  errors={res.errors}" if res.errors else ""))
    by_name = {res.name: res for res in results}
    ours, peer = by_name.get("newsclaims"), by_name.get("trafilatura")
    if ours and peer:
        print(f"ratio newsclaims/trafilatura: F1 {ours.f1 / peer.f1:.3f}, "
              f"pages/s {ours.pages_per_second / peer.pages_per_second:.2f}, "
              f"peak memory {ours.peak_bytes / max(peer.peak_bytes, 1):.2f}")
    if worst and ours:
        print(f"worst {worst} newsclaims pages (F1, P, R, id):")
        scored = sorted(ours.per_page, key=lambda t: (2 * t[0] * t[1] / (t[0] + t[1])
                                                       if t[0] + t[1] else 0.0))
        for p, r, page_id in scored[:worst]:
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"  {f1:.3f} {p:.3f} {r:.3f} {page_id}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS),
                        help="benchmark folders of ID.html + ID.json (default: both dev sets)")
    parser.add_argument("--limit", type=int, default=0, help="pages per set (0: all)")
    parser.add_argument("--memory-pages", type=int, default=50,
                        help="pages per set in the traced-memory pass (default 50)")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst newsclaims pages")
    parser.add_argument("--no-peer", action="store_true", help="skip trafilatura")
    parser.add_argument("--no-text", action="store_true", help="skip the visible-text runs")
    args = parser.parse_args(argv)
    have_peer = _trafilatura() is not None and not args.no_peer
    for folder in args.sets:
        root = pathlib.Path(folder)
        paths = sorted(root.glob("*.html"))
        if args.limit:
            paths = paths[: args.limit]
        pages = [Page(path) for path in paths]
        extractors: list[tuple[str, Extractor, Callable[[Page], str | None] | None, bool]]
        extractors = [("newsclaims", newsclaims_extract, None, True)]
        if have_peer:
            extractors.append(("trafilatura", trafilatura_extract, trafilatura_title, True))
        if not args.no_text:
            for page in pages:
                page.visible_text = render_visible_text(page.html)  # type: ignore[attr-defined]
            extractors.append(("text ingester (dump)", text_ingest_extract, None, True))
            extractors.append(("raw visible dump", raw_dump_extract, None, False))
        results = run_interleaved(extractors, pages, args.memory_pages)
        report(root.name, results, args.worst)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
