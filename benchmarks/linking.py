"""How ``newsclaims.link`` scales: 10,000 and 100,000 generated articles, time and peak memory.

Articles are generated directly (no ingestion): each carries three quotes drawn from a pool
of statements per speaker, reported verbatim, partially, with a changed word, or as
indirect speech, plus denials, so clusters, claim groups and contradictions all occur.
Each size runs in a fresh process so its peak RSS is its own. The peer is the all-pairs
comparison blocking avoids: it is timed on a small sample and extrapolated, and its
clusters on that sample give the recall of blocking.

    .venv/bin/python benchmarks/linking.py            # 10,000 and 100,000
    .venv/bin/python benchmarks/linking.py 2000 20000 # other sizes
"""

import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time

import attrs

from newsclaims.model import Article, Quote, Span, Speaker

SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "za", "be", "do", "fu", "gi", "ha",
             "jo", "pe", "qui", "ro", "su", "te", "un", "vi", "wa", "xe", "yo", "ze", "bri", "str")
OUTLETS = tuple(f"Outlet {i}" for i in range(60))
FUNCTION = ("the", "of", "to", "and", "in", "that", "is", "was", "for", "on", "with", "we", "our")


def word(rnd: random.Random, parts: int) -> str:
    return "".join(rnd.choice(SYLLABLES) for _ in range(parts))


@attrs.frozen
class World:
    vocabulary: tuple[str, ...]
    speakers: tuple[Speaker, ...]
    statements: tuple[tuple[str, ...], ...]  # per speaker


def make_world(n_articles: int, seed: int = 7) -> World:
    rnd = random.Random(seed)
    vocabulary = tuple(sorted({word(rnd, rnd.randint(2, 4)) for _ in range(20000)}))
    n_speakers = max(20, n_articles // 25)
    names: set[str] = set()
    while len(names) < n_speakers:
        names.add(f"{word(rnd, 2).title()} {word(rnd, 3).title()}")
    speakers = tuple(Speaker(name) for name in sorted(names))
    statements = []
    for _ in speakers:
        pool = []
        for _ in range(6):
            sentences = []
            for _ in range(rnd.randint(1, 3)):
                words = [rnd.choice(vocabulary if rnd.random() < 0.6 else FUNCTION)
                         for _ in range(rnd.randint(8, 14))]
                if rnd.random() < 0.3:
                    words.insert(rnd.randint(0, len(words)), f"{rnd.choice((150, 300, 2000))}")
                if rnd.random() < 0.15:
                    words[1:1] = ["do", "not", "have", "any"]
                sentences.append(" ".join(words).capitalize())
            pool.append(". ".join(sentences))
        statements.append(tuple(pool))
    return World(vocabulary=vocabulary, speakers=speakers, statements=tuple(statements))


def variant(rnd: random.Random, text: str, vocabulary: tuple[str, ...]) -> tuple[str, str]:
    roll = rnd.random()
    if roll < 0.35:
        return text, "direct"
    if roll < 0.55:
        return text.split(". ")[0], "direct"
    if roll < 0.8:
        words = text.split()
        words[rnd.randrange(len(words))] = rnd.choice(vocabulary)
        return " ".join(words), "direct"
    return "that " + text[0].lower() + text[1:], "indirect"


def make_articles(n: int, seed: int = 11) -> list[Article]:
    world = make_world(n)
    rnd = random.Random(seed)
    articles = []
    start = dt.date(2024, 1, 1)
    for index in range(n):
        chosen = []
        for _ in range(3):
            # A few speakers are quoted far more than the rest, as in real news.
            who = min(int(rnd.paretovariate(1.2)) - 1, len(world.speakers) - 1)
            who = (who * 7919 + rnd.randrange(len(world.speakers))) % len(world.speakers) \
                if rnd.random() < 0.7 else who
            text, kind = variant(rnd, rnd.choice(world.statements[who]), world.vocabulary)
            chosen.append((world.speakers[who], text, kind))
        paragraphs = [f"Report number {index}"]
        for speaker, text, kind in chosen:
            paragraphs.append(
                f"{speaker.name} said {text}." if kind == "indirect"
                else f"“{text},” {speaker.name} said."
            )
        article = Article.from_paragraphs(
            paragraphs, outlet=rnd.choice(OUTLETS),
            published=start + dt.timedelta(days=rnd.randrange(365)),
        )
        quotes = []
        cursor = 0
        for speaker, text, kind in chosen:
            at = article.body.index(text, cursor)
            cursor = at + len(text)
            quotes.append(Quote(text=text, span=Span(at, cursor), kind=kind, speaker=speaker))
        articles.append(attrs.evolve(article, quotes=quotes))
    return articles


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(n: int) -> dict[str, float]:
    from newsclaims.linking import link

    t0 = time.perf_counter()
    articles = make_articles(n)
    generated = time.perf_counter() - t0
    after_generation = peak_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    result = link(articles)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "articles": n,
        "quotes": sum(len(a.quotes) for a in articles),
        "generate_s": round(generated, 2),
        "link_s": round(elapsed, 2),
        "link_cpu_s": round(cpu, 2),
        "peak_mb_after_generation": round(after_generation, 1),
        "peak_mb": round(peak_mb(), 1),
        "clusters": len(result.quote_clusters),
        "claim_groups": len(result.claim_groups),
        "contradictions": len(result.contradictions),
    }


def all_pairs_peer(n: int) -> dict[str, float]:
    """The naive peer: verify every pair of quotes. Timed on ``n`` articles."""
    from newsclaims.linking.link import LinkOptions, _cluster_quotes, _quote_items
    from newsclaims.linking.similarity import Weights, connected, same_statement
    from newsclaims.linking.speakers import resolve_speakers

    articles = make_articles(n)
    table = resolve_speakers([q.speaker for a in articles for q in a.quotes if q.speaker])
    items = _quote_items(articles, table)
    weights = Weights.of([it.features for it in items])
    t0 = time.process_time()
    pairs = ((i, j) for i in range(len(items)) for j in range(i + 1, len(items)))
    components = connected(
        len(items), pairs,
        lambda i, j: items[i].speaker == items[j].speaker
        and same_statement(items[i].features, items[j].features, weights, 0.5),
    )
    naive_s = time.process_time() - t0
    t0 = time.process_time()
    clusters = _cluster_quotes(items, LinkOptions())
    blocked_s = time.process_time() - t0
    naive_pairs = {
        (a, b) for comp in components if len(comp) > 1
        for x, a in enumerate(comp) for b in comp[x + 1 :]
    }
    index = {(it.ref.article_id, it.quote.span.start): k for k, it in enumerate(items)}
    blocked_comp = {}
    for cluster in clusters:
        for member in cluster.members:
            blocked_comp[index[(member.article.article_id, member.span.start)]] = cluster.id
    # Clusters are reported only across articles, so compare pairs across articles.
    across = [(a, b) for a, b in naive_pairs
              if items[a].ref.article_id != items[b].ref.article_id]
    kept = sum(1 for a, b in across
               if a in blocked_comp and blocked_comp.get(a) == blocked_comp.get(b))
    total = len(across)
    return {
        "articles": n,
        "quotes": len(items),
        "all_pairs_s": round(naive_s, 2),
        "blocked_s": round(blocked_s, 3),
        "pair_recall": round(kept / total, 4) if total else 1.0,
    }


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        print(json.dumps(run_child(int(argv[1]))))
        return
    if argv[:1] == ["--peer"]:
        print(json.dumps(all_pairs_peer(int(argv[1]))))
        return
    sizes = [int(a) for a in argv] or [10_000, 100_000]
    rows = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--child", str(n)],
                             capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout))
        print(json.dumps(rows[-1]))
    print()
    print(f"{'articles':>9} {'quotes':>8} {'wall s':>8} {'cpu s':>8} {'cpu µs/quote':>13} "
          f"{'peak MB':>8} {'clusters':>9} {'claims':>8} {'contradictions':>14}")
    for row in rows:
        per = row["link_cpu_s"] / row["quotes"] * 1e6
        print(f"{row['articles']:>9} {row['quotes']:>8} {row['link_s']:>8} "
              f"{row['link_cpu_s']:>8} {per:>13.1f} {row['peak_mb']:>8} {row['clusters']:>9} "
              f"{row['claim_groups']:>8} {row['contradictions']:>14}")
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        print(f"\n{b['articles'] / a['articles']:.0f}x the articles: "
              f"{b['link_cpu_s'] / a['link_cpu_s']:.1f}x the CPU time "
              f"({b['link_s'] / a['link_s']:.1f}x wall), "
              f"{b['peak_mb'] / a['peak_mb']:.1f}x the peak memory")
    peer = json.loads(subprocess.run([sys.executable, __file__, "--peer", "600"],
                                     capture_output=True, text=True, check=True).stdout)
    pairs = peer["quotes"] * (peer["quotes"] - 1) / 2
    big = rows[-1]["quotes"]
    projected = peer["all_pairs_s"] / pairs * big * (big - 1) / 2
    print(f"\npeer (all pairs) on {peer['articles']} articles / {peer['quotes']} quotes: "
          f"{peer['all_pairs_s']} s CPU vs blocked {peer['blocked_s']} s (incl. drift); "
          f"blocking keeps {peer['pair_recall']:.1%} of the pairs all-pairs links "
          f"(across articles)")
    print(f"all pairs projected to {big} quotes: {projected / 3600:.1f} h")


if __name__ == "__main__":
    main(sys.argv[1:])
