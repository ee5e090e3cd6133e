"""HTTP for the readers: one GET with a timeout and a size cap, and a clear reason when it fails."""
from __future__ import annotations

import http.client
import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

TIMEOUT = 10.0  # seconds, for connecting and for each read
MAX_FETCH_BYTES = 10 * 1024 * 1024
USER_AGENT = "iran-russia-monitor/1.0 (+news reader)"
_URL = re.compile(r"^https?://", re.IGNORECASE)


class FetchError(Exception):
    """A URL that could not be fetched; the message is the reason."""


@dataclass(frozen=True)
class Fetched:
    """A response body and what the server said about it."""

    url: str  # after redirects
    data: bytes
    content_type: str  # lower-cased media type, e.g. "text/html" ('' when not given)
    charset: str | None  # from the Content-Type header


def is_url(value: object) -> bool:
    """Whether ``value`` is an http(s) URL string (the only kind of URL the readers fetch)."""
    return isinstance(value, str) and bool(_URL.match(value.strip()))


def fetch(url: str, timeout: float | None = None, max_bytes: int | None = None) -> Fetched:
    """GET ``url``; raises `FetchError` on a network or HTTP error or a body over ``max_bytes``.

    ``timeout`` and ``max_bytes`` default to `TIMEOUT` and `MAX_FETCH_BYTES` as they are at call time.
    """
    timeout = TIMEOUT if timeout is None else timeout
    max_bytes = MAX_FETCH_BYTES if max_bytes is None else max_bytes
    if not is_url(url):
        raise FetchError("only http:// and https:// URLs are fetched")
    req = urllib.request.Request(url.strip(), headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"response too large ({_mb(int(length))} > {_mb(max_bytes)})")
            data = resp.read(max_bytes + 1)  # one byte more tells an over-long body without reading it all
            if len(data) > max_bytes:
                raise FetchError(f"response too large (over {_mb(max_bytes)})")
            return Fetched(resp.geturl(), data, resp.headers.get_content_type().lower(),
                           resp.headers.get_content_charset())
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(str(exc.reason)) from None
    except (socket.timeout, TimeoutError):
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise FetchError(str(exc) or type(exc).__name__) from None


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f}".rstrip("0").rstrip(".") + " MB"
