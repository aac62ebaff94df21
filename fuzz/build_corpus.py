"""Write the fuzz seed corpus: fuzz/corpus/{text,html,feed}/ from seeds/ and small samples.

Each seed dump also goes in wrapped as an HTML page and as RSS/Atom entries, so the HTML
and feed harnesses start from realistic news text. Run: python fuzz/build_corpus.py
"""

import codecs
import hashlib
import html
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = pathlib.Path(__file__).resolve().parent / "corpus"
MAX = 16 * 1024  # libFuzzer mutates small inputs much faster

SAMPLE_TEXT = ("Council approves budget\n\nThe council approved the budget on Tuesday.\n\n"
               "“We did what we had to do,” the mayor said. ‘Fine,’ said Ana Li.\n")


def _page(title: str, paragraphs: list[str], charset: str = "utf-8") -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{html.escape(title)}'
            f"</title></head><body><article><h1>{html.escape(title)}</h1>{body}</article>"
            "</body></html>")


def _rss(title: str, paragraphs: list[str]) -> str:
    items = "".join(f"<item><title>{html.escape(title)} {i}</title>"
                    f"<link>https://e.org/{i}</link>"
                    f"<description>{html.escape(p)}</description>"
                    "<pubDate>Tue, 10 Jun 2025 09:00:00 GMT</pubDate></item>"
                    for i, p in enumerate(paragraphs[:5]))
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>News</title><link>https://e.org/</link>{items}</channel></rss>")


def _atom(title: str, paragraphs: list[str]) -> str:
    entries = "".join(f"<entry><title>{html.escape(title)}</title><id>urn:{i}</id>"
                      f"<updated>2025-06-10T09:00:00Z</updated><summary>{html.escape(p)}"
                      "</summary></entry>" for i, p in enumerate(paragraphs[:5]))
    return ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>N</title>'
            f"{entries}</feed>")


def _write(kind: str, data: bytes) -> None:
    folder = OUT / kind
    folder.mkdir(parents=True, exist_ok=True)
    data = data[:MAX]
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def main() -> None:
    texts = [SAMPLE_TEXT] + [p.read_text(encoding="utf-8") for p in sorted(
        (ROOT / "seeds").glob("*.txt"))]
    for text in texts:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        title, paragraphs = (lines[0] if lines else "t"), lines[1:] or ["x"]
        _write("text", text.encode())
        _write("text", text.encode("utf-16"))
        _write("html", _page(title, paragraphs).encode())
        _write("html", _page(title, paragraphs, "utf-8").encode("cp1252", "replace"))
        _write("feed", _rss(title, paragraphs).encode())
        _write("feed", _atom(title, paragraphs).encode())
    russian = "Министр заявил: «Бюджет сбалансирован». Оппозиция не согласна."
    _write("text", russian.encode("cp1251"))
    _write("html", _page("Новости", [russian]).encode("cp1251"))
    _write("feed", _rss("Новости", [russian]).encode("cp1251"))
    _write("html", codecs.BOM_UTF8 + _page("t", ["a “b” c"]).encode())
    _write("html", b"<html><body>" + b"<div>" * 300 + b"deep" + b"</div>" * 300)
    _write("feed", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]>'
                   b'<rss version="2.0"><channel><item><title>&a;&a;</title></item>'
                   b"</channel></rss>")
    _write("text", b"")
    _write("text", "“”«»„\"'".encode() * 20)
    for kind in ("text", "html", "feed"):
        print(kind, len(list((OUT / kind).iterdir())), "files")


if __name__ == "__main__":
    main()
