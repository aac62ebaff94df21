"""The ``newsclaims`` command line: the only place in the package that writes to stdout/stderr.

Exit codes:
  0  every source was read
  1  some sources failed (each reported as a JSON line on stderr; the others' output is complete);
     with --fail-fast, the run stopped at the first failure and the output holds what came before
  2  usage error (bad arguments, unknown ingester name)
  3  nothing could be done (e.g. the output file cannot be written), or an internal error
     (set NEWSCLAIMS_DEBUG=1 for its traceback)
130 interrupted (Ctrl-C); an -o file is left as it was

Errors are JSON objects, one a line, on stderr:
  {"error": "DecodeError", "source": "a.html", "message": "...", "hint": "...", "articles": 0}
"""

import argparse
import contextlib
import json
import os
import pathlib
import sys
import tempfile
from collections.abc import Iterator, Sequence
from typing import IO, Any

from newsclaims import __version__
from newsclaims.errors import ErrorRecord, NewsclaimsError, UnknownIngester
from newsclaims.limits import DEFAULT_LIMITS, Limits
from newsclaims.model import Article
from newsclaims.pipeline import iter_ingest
from newsclaims.plugins import get_registry

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_FATAL = 3


class _FailFast(Exception):
    def __init__(self, record: ErrorRecord) -> None:
        super().__init__(record.message)
        self.record = record


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """stdout, or a file written atomically: a temporary file renamed only when complete."""
    if path is None or path == "-":
        yield sys.stdout
        return
    target = pathlib.Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                    dir=target.parent if str(target.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file 0600; give it the mode a plain open() would have.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _sources(paths: Sequence[str]) -> Iterator[Any]:
    for raw in paths:
        if raw == "-":
            yield sys.stdin.buffer
        else:
            yield pathlib.Path(raw)


def _report_error(record: ErrorRecord) -> None:
    print(json.dumps(record.to_dict(), ensure_ascii=False), file=sys.stderr, flush=True)


def _ingest_articles(args: argparse.Namespace, errors: list[ErrorRecord]) -> Iterator[Article]:
    def on_error(record: ErrorRecord) -> None:
        errors.append(record)
        _report_error(record)
        if args.fail_fast:
            raise _FailFast(record)

    limits = DEFAULT_LIMITS if args.max_bytes is None else Limits(max_bytes=args.max_bytes)
    yield from iter_ingest(list(_sources(args.paths)), format=args.format, on_error=on_error,
                           limits=limits, quotes=not args.no_quotes,
                           claims=not (args.no_quotes or args.no_claims))


def _summary(articles: int, errors: list[ErrorRecord], quiet: bool) -> int:
    if not quiet:
        print(f"newsclaims: {articles} article(s), {len(errors)} failed source(s)", file=sys.stderr)
    return EXIT_SOME_FAILED if errors else EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    errors: list[ErrorRecord] = []
    count = 0
    with _output(args.output) as out:
        try:
            for article in _ingest_articles(args, errors):
                out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
                count += 1
        except _FailFast:
            # A deliberate stop: the lines written so far are whole articles, so the file is
            # kept (exit code 1 says the run is incomplete); only a crash or ^C discards it.
            pass
    return _summary(count, errors, args.quiet)


def cmd_link(args: argparse.Namespace) -> int:
    from newsclaims.linking import run_link_command

    errors: list[ErrorRecord] = []
    try:
        articles = list(_ingest_articles(args, errors))
    except _FailFast:
        return _summary(0, errors, args.quiet)
    fmt = "jsonld" if args.jsonld else ("json" if args.json else "text")
    with _output(args.output) as out:
        text = run_link_command(articles, fmt=fmt)
        out.write(text if text.endswith("\n") else text + "\n")
    return _summary(len(articles), errors, args.quiet)


def cmd_plugins(args: argparse.Namespace) -> int:
    registry = get_registry()
    infos = registry.ingesters()
    rows: list[dict[str, Any]] = [
        {
            "ingester": info.ingester.name,
            "plugin": info.plugin,
            "package": info.package,
            "version": info.version,
            "builtin": info.builtin,
            "media_types": list(info.ingester.media_types),
            "extensions": list(info.ingester.extensions),
        }
        for info in infos
    ]
    failures = [{"plugin": f.name, "package": f.package, "reason": f.reason}
                for f in registry.failures]
    if args.json:
        print(json.dumps({"ingesters": rows, "failures": failures}, indent=2))
        return EXIT_OK
    for row in rows:
        package = f"{row['package']} {row['version'] or ''}".strip()
        origin = "built-in" if row["builtin"] else package
        media = ", ".join(row["media_types"]) or "-"
        print(f"{row['ingester']:<12} {origin:<28} {media}")
    for failure in failures:
        print(f"FAILED {failure['plugin']} ({failure['package'] or 'unknown package'}): "
              f"{failure['reason']}")
    return EXIT_OK


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be greater than 0, got {value}")
    return value


def _add_ingest_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="files or directories (read recursively); '-' reads stdin")
    parser.add_argument("--format", "-f", metavar="NAME",
                        help="force an ingester by name (see `newsclaims plugins`)")
    parser.add_argument("--output", "-o", metavar="FILE",
                        help="write to FILE atomically instead of stdout")
    parser.add_argument("--fail-fast", action="store_true",
                        help="stop at the first source that fails")
    parser.add_argument("--no-quotes", action="store_true", help="skip quote extraction")
    parser.add_argument("--no-claims", action="store_true", help="skip claim building")
    parser.add_argument("--max-bytes", type=_positive_int, metavar="N",
                        help=f"largest input accepted (default {DEFAULT_LIMITS.max_bytes})")
    parser.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclaims",
        description="Turn news (text dumps, HTML, RSS/Atom) into articles, quotes and claims.",
        epilog="Exit codes: 0 all sources read; 1 some sources failed; 2 usage error; "
               "3 fatal or internal error; 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"newsclaims {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    ingest = commands.add_parser("ingest", help="write one JSON line per article",
                                 description="Read sources and write one JSON object per article "
                                 "(JSON Lines; schema in docs/schema/article.schema.json).")
    _add_ingest_options(ingest)
    ingest.set_defaults(func=cmd_ingest)

    link = commands.add_parser("link", help="link quotes and claims across articles",
                               description="Cluster the same utterance across outlets, show "
                               "wording drift and contradictions.")
    _add_ingest_options(link)
    link.add_argument("--json", action="store_true", help="JSON (docs/schema/link.schema.json)")
    link.add_argument("--jsonld", action="store_true", help="schema.org JSON-LD")
    link.set_defaults(func=cmd_link)

    plugins = commands.add_parser("plugins", help="list ingesters and plugin failures",
                                  description="List every ingester, its package and version, "
                                  "its media types, and plugins that failed to load.")
    plugins.add_argument("--json", action="store_true", help="machine-readable output")
    plugins.set_defaults(func=cmd_plugins)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except UnknownIngester as exc:
        print(f"newsclaims: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NewsclaimsError as exc:
        _report_error(ErrorRecord.from_exception(exc))
        return EXIT_FATAL
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from complaining
        # again when it flushes stdout at exit.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_SOME_FAILED
    except OSError as exc:
        print(f"newsclaims: {exc}", file=sys.stderr)
        return EXIT_FATAL
    except KeyboardInterrupt:
        print("newsclaims: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one clear line, the traceback only on request
        if os.environ.get("NEWSCLAIMS_DEBUG", "") not in ("", "0"):
            raise
        print(f"newsclaims: internal error: {type(exc).__name__}: {exc} "
              "(this is a bug; set NEWSCLAIMS_DEBUG=1 for the traceback)", file=sys.stderr)
        return EXIT_FATAL
    return code


if __name__ == "__main__":
    sys.exit(main())
