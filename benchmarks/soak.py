"""Soak: ingest many generated mixed-format documents; nothing lost, memory flat.

    python benchmarks/soak.py [--n 50000] [--broken 0.03] [--seed 1]

Documents (plain-text dumps, HTML pages, RSS feeds of 1-4 items; a few percent broken:
binary data named .html, NUL-filled text, oversized files, feeds cut short) are generated
one at a time and streamed through ``newsclaims.iter_ingest``; nothing is kept but counters.
Per-document accounting: each document must end up either with articles or with a
reported error — ``documents with articles + documents with errors == documents in``
(a feed cut mid-way may have both; it is counted once, as an error with partial output).
Peak RSS is printed at 10k (or n/5) and at the end: it must not grow with the corpus.
"""

import argparse
import random
import resource
import sys
import time
from collections.abc import Iterator

from newsclaims import iter_ingest
from newsclaims.document import Document
from newsclaims.errors import ErrorRecord
from newsclaims.limits import Limits

NAMES = ["Ana Li", "John Smith", "Maria Garcia", "Olga Petrova", "Kwame Mensah", "Yuki Sato"]
ROLES = ["the mayor", "the finance minister", "a spokesperson", "the chief executive"]
PLACES = ["Lisbon", "Nairobi", "Osaka", "Denver", "Tallinn", "Lyon"]
VERBS = ["said", "told reporters", "added", "insisted", "warned"]
WORDS = ["budget", "council", "plan", "vote", "police", "report", "river", "school", "market",
         "housing", "tax", "court", "election", "hospital", "bridge", "water", "energy", "price",
         "rent", "workers", "union", "company"]

LIMITS = Limits(max_bytes=256 * 1024)


def _sentence(rng: random.Random) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
    kind = rng.random()
    if kind < 0.3:
        return (f"“The {words} will not wait,” {rng.choice(NAMES)}, {rng.choice(ROLES)}, "
                f"{rng.choice(VERBS)}.")
    if kind < 0.45:
        return (f"{rng.choice(NAMES)} {rng.choice(VERBS)} the {words} cost "
                f"${rng.randint(1, 999)},000.")
    return f"In {rng.choice(PLACES)}, the {words} was discussed on Tuesday."


def _paragraphs(rng: random.Random) -> list[str]:
    return [" ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(2, 7))]


def _title(rng: random.Random, i: int) -> str:
    return f"{rng.choice(PLACES)} {rng.choice(WORDS)} {rng.choice(WORDS)} story {i}"


def _text(rng: random.Random, i: int) -> bytes:
    return (_title(rng, i) + "\n\nBy " + rng.choice(NAMES) + "\n\n"
            + "\n\n".join(_paragraphs(rng)) + "\n\nShare this article\n").encode()


def _html(rng: random.Random, i: int) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in _paragraphs(rng))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{_title(rng, i)}</title>"
            f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{_title(rng, i)}</h1>"
            f"{body}</article><footer>© News</footer></body></html>").encode()


def _rss(rng: random.Random, i: int) -> bytes:
    items = "".join(
        f"<item><title>{_title(rng, i)} {k}</title><link>https://news.example.org/{i}/{k}</link>"
        f"<guid>https://news.example.org/{i}/{k}</guid><description>{_sentence(rng)} "
        f"{_sentence(rng)}</description><pubDate>Tue, 10 Jun 2025 09:00:00 GMT</pubDate></item>"
        for k in range(rng.randint(1, 4)))
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Example News {i}</title><link>https://news.example.org/</link>"
            f"<description>d</description>{items}</channel></rss>").encode()


def _broken(rng: random.Random, i: int) -> tuple[bytes, str]:
    kind = rng.randrange(4)
    if kind == 0:
        return rng.randbytes(rng.randint(500, 4000)), "html"  # binary named .html
    if kind == 1:
        return b"\x00" * rng.randint(100, 2000), "txt"
    if kind == 2:
        return b"x" * (LIMITS.max_bytes + 1), "txt"  # over the size limit
    return _rss(rng, i)[: rng.randint(60, 200)], "xml"  # a feed cut short


def documents(n: int, broken: float, seed: int) -> Iterator[Document]:
    rng = random.Random(seed)
    for i in range(n):
        if rng.random() < broken:
            data, ext = _broken(rng, i)
        else:
            roll = rng.random()
            data, ext = ((_text(rng, i), "txt") if roll < 0.45 else
                         (_html(rng, i), "html") if roll < 0.8 else (_rss(rng, i), "xml"))
        yield Document.from_bytes(data, location=f"soak/{i:06d}.{ext}")


def _rss_mb() -> tuple[float, float]:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    current = peak
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    current = int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak, current


class Ledger:
    """Per-document outcome, kept in O(1) memory: documents arrive in order."""

    def __init__(self) -> None:
        self.current = -1
        self.current_articles = 0
        self.current_error = False
        self.with_articles = 0
        self.with_errors = 0
        self.partial = 0
        self.silent: list[int] = []
        self.articles = 0
        self.errors = 0
        self.error_types: dict[str, int] = {}

    def _index(self, location: str | None) -> int:
        return int((location or "soak/-1.x").rsplit("/", 1)[1].split(".")[0])

    def _advance(self, index: int) -> None:
        if index == self.current:
            return
        self._close()
        for skipped in range(self.current + 1, index):
            self.silent.append(skipped)  # neither an article nor an error: lost
        self.current, self.current_articles, self.current_error = index, 0, False

    def _close(self) -> None:
        if self.current < 0:
            return
        if self.current_error:
            self.with_errors += 1
            self.partial += self.current_articles > 0
        elif self.current_articles:
            self.with_articles += 1
        else:
            self.silent.append(self.current)

    def article(self, location: str | None) -> None:
        self._advance(self._index(location))
        self.current_articles += 1
        self.articles += 1

    def error(self, record: ErrorRecord) -> None:
        self._advance(self._index(record.source))
        self.current_error = True
        self.errors += 1
        self.error_types[record.error] = self.error_types.get(record.error, 0) + 1

    def finish(self, n: int) -> None:
        self._advance(n)


def _kinds(indices: list[int], args: argparse.Namespace) -> dict[str, int]:
    """What the lost documents were (regenerated: the corpus is deterministic)."""
    wanted, kinds = set(indices), dict[str, int]()
    for index, document in enumerate(documents(args.n, args.broken, args.seed)):
        if index in wanted:
            head = document.data[:200]
            kind = ("feed cut before its first item" if head.startswith(b"<?xml")
                    and b"<item>" not in document.data else document.location or "?")
            kinds[kind] = kinds.get(kind, 0) + 1
    return kinds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--broken", type=float, default=0.03)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    checkpoint = min(10_000, max(1, args.n // 5))
    ledger = Ledger()
    start = time.perf_counter()
    marks: list[tuple[int, float, float]] = []
    seen_docs = 0

    def counted() -> Iterator[Document]:
        nonlocal seen_docs
        for document in documents(args.n, args.broken, args.seed):
            seen_docs += 1
            if seen_docs in (checkpoint, args.n):
                marks.append((seen_docs, *_rss_mb()))
            yield document

    for article in iter_ingest(counted(), on_error=ledger.error, limits=LIMITS):
        ledger.article(article.source.location)
    ledger.finish(args.n)
    elapsed = time.perf_counter() - start
    accounted = ledger.with_articles + ledger.with_errors
    print(f"documents in:             {args.n}")
    print(f"documents with articles:  {ledger.with_articles}")
    print(f"documents with errors:    {ledger.with_errors} (of which {ledger.partial} "
          "kept partial output)")
    print(f"articles out:             {ledger.articles}")
    print(f"errors reported:          {ledger.errors} {dict(sorted(ledger.error_types.items()))}")
    print(f"accounted:                {accounted} == {args.n}: {accounted == args.n}")
    print(f"silently lost:            {len(ledger.silent)} {_kinds(ledger.silent, args)}")
    print(f"time:                     {elapsed:.1f} s ({args.n / elapsed:.0f} documents/s)")
    for docs, peak, current in marks:
        print(f"memory after {docs:>6} docs: peak RSS {peak:.1f} MB, current RSS {current:.1f} MB")
    if len(marks) == 2:
        growth = marks[1][1] / marks[0][1]
        print(f"peak RSS growth {marks[0][0]} -> {marks[1][0]} docs: x{growth:.2f} "
              f"({'flat' if growth < 1.10 else 'GROWING'})")
    ok = accounted == args.n and not ledger.silent
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
