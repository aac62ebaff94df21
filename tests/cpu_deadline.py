"""A CPU-time deadline for hang tests: a busy machine must not make a case fail."""

import contextlib
import signal
from collections.abc import Iterator
from typing import Any


class Hang(BaseException):
    """Not an Exception, so the library's own ``except Exception`` cannot swallow it."""


@contextlib.contextmanager
def cpu_deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`Hang` once the process has used ``seconds`` of CPU time (ITIMER_PROF)."""

    def expired(signum: int, frame: Any) -> None:
        raise Hang(f"still running after {seconds} s of CPU time")

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
