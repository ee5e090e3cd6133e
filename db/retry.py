"""One retry policy for everything that waits for a file another process holds (the database's lock, the
verdicts file, the ETL's lock file): short waits that grow, with jitter, up to a deadline, then the last
failure is raised for the caller to turn into a message. Nothing gives up silently."""
from __future__ import annotations

import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")

FIRST_DELAY = 0.02  # seconds: the holder lets go for a moment when asked, and an attempt costs a millisecond
LONGEST_DELAY = 0.1  # a writer asked to let go takes the file back after GRACE_SECONDS (0.2 s): come back before


def retry(attempt: Callable[[], T], retryable: Callable[[BaseException], bool], wait: float,
          on_retry: Callable[[], object] | None = None) -> T:
    """``attempt()``'s result, calling it again while it raises an exception that ``retryable`` accepts, for
    up to ``wait`` seconds (``on_retry()`` before each wait: to ask the holder to let go); then that
    exception is raised. Any other exception is raised at once.

    >>> tries = []
    >>> def flaky():
    ...     tries.append(1)
    ...     if len(tries) < 3:
    ...         raise BlockingIOError("held")
    ...     return "got it"
    >>> retry(flaky, lambda e: isinstance(e, BlockingIOError), wait=5), len(tries)
    ('got it', 3)
    >>> retry(lambda: 1 / 0, lambda e: isinstance(e, BlockingIOError), wait=5)
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """
    deadline = time.monotonic() + wait
    delay = FIRST_DELAY
    while True:
        try:
            return attempt()
        except Exception as exc:
            if not retryable(exc) or time.monotonic() > deadline:
                raise
        if on_retry is not None:
            on_retry()
        time.sleep(min(delay * (1 + random.random()), max(0.0, deadline - time.monotonic()) + 0.001))
        delay = min(delay * 2, LONGEST_DELAY)
