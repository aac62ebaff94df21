"""WARC and ARC files written for the tests with warcio's own writer."""

import gzip
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGES = [
    ("https://news.example.net/2024/harbour-bridge",
     "Harbour bridge reopens after repairs",
     ["The harbour bridge reopened to traffic on Monday after eight months of repairs.",
      "Engineers replaced the expansion joints and repainted the main span.",
      "Commuters said the detour had added forty minutes to their daily trip."]),
    ("https://daily.example.org/science/comet",
     "Amateur astronomer spots a new comet",
     ["An amateur astronomer in the hills above the town has found a comet.",
      "The object was confirmed by two observatories later in the week.",
      "It should be visible with binoculars in early spring, they said."]),
    ("https://local.example.com/council-budget",
     "Council approves library budget",
     ["The council approved a larger budget for the public libraries on Tuesday.",
      "Opening hours will be extended on weekends from next month.",
      "The vote passed by nine votes to four after a long debate."]),
]
WARC_DATE = "2024-03-05T10:20:30Z"


def page_html(title: str, paragraphs: list[str], *, charset_meta: bool = True) -> str:
    meta = '<meta charset="utf-8">' if charset_meta else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            f"<footer>Copyright Example Media</footer></body></html>")


def _http(status: str, content_type: str | None, extra: list[tuple[str, str]] | None = None
          ) -> StatusAndHeaders:
    headers = [("Content-Type", content_type)] if content_type else []
    return StatusAndHeaders(status, headers + (extra or []), protocol="HTTP/1.1")


def write_warc(*, gzipped: bool, truncate: bool = False, extra_html: bool = False) -> bytes:
    """Three HTML responses among a request, a PDF, a 404, a revisit and a warcinfo record;
    with ``truncate`` a fourth HTML response is cut off half-way."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    for url, title, paragraphs in PAGES:
        request = writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "example")],
                                          is_http_request=True),
            warc_headers_dict={"WARC-Date": WARC_DATE})
        writer.write_record(request)
        payload = page_html(title, paragraphs).encode("utf-8")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(payload),
            http_headers=_http("200 OK", "text/html; charset=utf-8"),
            warc_headers_dict={"WARC-Date": WARC_DATE}))
    writer.write_record(writer.create_warc_record(
        "https://news.example.net/report.pdf", "response",
        payload=io.BytesIO(b"%PDF-1.4 not a page"),
        http_headers=_http("200 OK", "application/pdf")))
    writer.write_record(writer.create_warc_record(
        "https://news.example.net/missing", "response",
        payload=io.BytesIO(page_html("Not found", ["This page does not exist."]).encode()),
        http_headers=_http("404 Not Found", "text/html")))
    revisit = writer.create_revisit_record(
        PAGES[0][0], digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        refers_to_uri=PAGES[0][0], refers_to_date=WARC_DATE,
        http_headers=_http("200 OK", "text/html"))
    writer.write_record(revisit)
    if extra_html:
        write_encoded_pages(writer)
    if truncate:
        payload = page_html("Cut off", ["This page never finished downloading. " * 20]).encode()
        writer.write_record(writer.create_warc_record(
            "https://news.example.net/cut", "response", payload=io.BytesIO(payload),
            http_headers=_http("200 OK", "text/html")))
        data = buf.getvalue()
        return data[: len(data) - 200]
    return buf.getvalue()


def write_encoded_pages(writer: WARCWriter) -> None:
    """An XHTML page sent gzip-encoded and chunked, and a windows-1252 page whose only charset
    is in the HTTP header."""
    html = page_html("Ferry timetable changes", [
        "The ferry company will add two sailings on Sundays from April.",
        "Fares stay the same, the company said in a statement."]).encode()
    body = gzip.compress(html, mtime=0)
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    writer.write_record(writer.create_warc_record(
        "https://port.example.org/ferry", "response", payload=io.BytesIO(chunked),
        http_headers=_http("200 OK", "application/xhtml+xml",
                           [("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")])))
    latin = page_html("Café reopens in the old town", [
        "The café on the square reopened on Friday with a new menu.",
        "Its owner said the renovation took longer than planned."], charset_meta=False)
    writer.write_record(writer.create_warc_record(
        "https://town.example.org/cafe", "response",
        payload=io.BytesIO(latin.encode("windows-1252")),
        http_headers=_http("200 OK", "text/html; charset=windows-1252")))


def write_arc() -> bytes:
    """An ARC v1 file: the filedesc header record, one HTML page and one image."""
    def record(url: str, date: str, content_type: str, block: bytes) -> bytes:
        header = f"{url} 192.0.2.1 {date} {content_type} {len(block)}\n".encode()
        return header + block + b"\n"

    desc = b"1 0 Tests\nURL IP-address Archive-date Content-type Archive-length\n"
    out = record("filedesc://test.arc", "20240305102030", "text/plain", desc)
    url, title, paragraphs = PAGES[1]
    html = page_html(title, paragraphs).encode()
    http = (b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s"
            % (len(html), html))
    out += record(url, "20240305102030", "text/html", http)
    png = b"HTTP/1.0 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n"
    out += record("https://daily.example.org/comet.png", "20240305102031", "image/png", png)
    return out
