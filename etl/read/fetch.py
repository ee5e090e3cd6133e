"""HTTP for the readers: one GET with time limits and a size cap, and a clear reason when it fails.

What it refuses (issue 14):
- schemes other than http and https, at the start and on every redirect;
- internal addresses (loopback, private, link-local, multicast, reserved, unspecified, anything not
  globally routable): the host name is resolved first and every address it gives is checked, and the
  connection goes to a checked address (so a name cannot resolve to another address in between); again
  on every redirect, which it follows itself. ``allow_private=True`` (``--allow-private`` on the command
  line) lets internal addresses through, for a feed on your own network;
- a response over `MAX_FETCH_BYTES`, and a fetch that takes longer than `TOTAL_TIMEOUT` in all
  (resolving, connecting, headers, body and redirects): a server that sends a byte at a time is cut off.
"""
from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

TIMEOUT = 10.0  # seconds, for connecting and for each read
TOTAL_TIMEOUT = 30.0  # seconds, for the whole fetch, redirects included
MAX_FETCH_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "iran-russia-monitor/1.0 (+news reader)"
_URL = re.compile(r"^https?://", re.IGNORECASE)
_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 64 * 1024


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


def refusal(address: str) -> str | None:
    """Why an IP address is not fetched from without ``allow_private`` ('loopback', 'private', ...), or
    None for a public address. An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as IPv4."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 scope (fe80::1%eth0) aside
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-public"


def fetch(url: str, timeout: float | None = None, max_bytes: int | None = None,
          allow_private: bool = False) -> Fetched:
    """GET ``url``, following redirects itself; raises `FetchError` on a refused URL or address, a network
    or HTTP error, a body over ``max_bytes``, or a fetch longer than `TOTAL_TIMEOUT` in all.

    ``timeout`` (connecting, each read) and ``max_bytes`` default to `TIMEOUT` and `MAX_FETCH_BYTES` as
    they are at call time.
    """
    timeout = TIMEOUT if timeout is None else timeout
    max_bytes = MAX_FETCH_BYTES if max_bytes is None else max_bytes
    total = TOTAL_TIMEOUT
    deadline = time.monotonic() + total
    current = url.strip()
    if not is_url(current):
        raise FetchError("only http:// and https:// URLs are fetched")
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(current)
        if not parts.hostname:
            raise FetchError(f"no host in {current!r}")
        https = parts.scheme.lower() == "https"
        try:
            port = parts.port or (443 if https else 80)
        except ValueError:
            raise FetchError(f"bad port in {current!r}") from None
        addresses = _resolve(parts.hostname, port, min(timeout, _left(deadline, total)))
        if not allow_private:
            for address in addresses:
                if why := refusal(address):
                    raise FetchError(f"refused: {parts.hostname} is at {address} ({why}); internal addresses "
                                     f"are fetched only with --allow-private")
        status, reason, headers, data = _get(parts, https, port, addresses, timeout, deadline, total, max_bytes)
        if status in _REDIRECTS:
            location = headers.get("Location")
            if not location:
                raise FetchError(f"HTTP {status} {reason} without a Location")
            current = urljoin(current, location.strip())
            if not is_url(current):
                raise FetchError(f"redirected to {current!r}: only http:// and https:// URLs are fetched")
            continue
        if not 200 <= status < 300:
            raise FetchError(f"HTTP {status} {reason}")
        return Fetched(current, data, headers.get_content_type().lower(), headers.get_content_charset())
    raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")


def _left(deadline: float, total: float) -> float:
    """The time left before ``deadline``; a `FetchError` once it has passed."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"took longer than {total:g} s in all (the limit for one fetch)")
    return left


def _resolve(host: str, port: int, wait: float) -> list[str]:
    """The addresses ``host`` resolves to, within ``wait`` seconds (the resolver has no timeout of its
    own, so it runs in a thread that is left behind if it hangs)."""
    found: dict[str, object] = {}

    def run() -> None:
        try:
            found["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            found["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(wait)
    if worker.is_alive():
        raise FetchError(f"could not resolve {host}: timed out after {wait:g} s")
    if "error" in found:
        raise FetchError(f"could not resolve {host} ({found['error']})")
    addresses = list(dict.fromkeys(info[4][0] for info in found["infos"]))  # type: ignore[union-attr]
    if not addresses:
        raise FetchError(f"could not resolve {host}")
    return addresses


def _dial(addresses: list[str], port: int, timeout: float) -> socket.socket:
    """A connection to the first of ``addresses`` (already checked) that answers."""
    error: OSError | None = None
    for address in addresses:
        try:
            return socket.create_connection((address, port), timeout)
        except OSError as exc:
            error = exc
    raise error if error is not None else OSError("no address to connect to")


def _get(parts, https: bool, port: int, addresses: list[str], timeout: float, deadline: float, total: float,
         max_bytes: int) -> tuple[int, str, http.client.HTTPMessage, bytes]:
    """One GET to one of ``addresses``: status, reason, headers and body (no body for a redirect). A timer
    shuts the socket at ``deadline``, so no way of sending slowly (headers or body) outlasts it."""
    left = _left(deadline, total)
    if https:
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            parts.hostname, port, timeout=min(timeout, left), context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(parts.hostname, port, timeout=min(timeout, left))
    conn._create_connection = lambda _addr, t, _source=None: _dial(addresses, port, t)  # checked addresses only
    opened: list[socket.socket] = []  # the connection's socket (the response keeps it after conn lets go)
    connect = conn.connect

    def connect_and_keep() -> None:
        connect()
        opened.append(conn.sock)

    conn.connect = connect_and_keep  # type: ignore[method-assign]
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        for sock in opened:
            try:
                socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, under TLS as well
            except OSError:
                pass

    timer = threading.Timer(left, expire)
    timer.daemon = True
    timer.start()
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    resp = None
    try:
        conn.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity", "Accept": "*/*"})
        resp = conn.getresponse()
        if resp.status in _REDIRECTS:
            return resp.status, resp.reason, resp.headers, b""
        length = resp.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > max_bytes:
            raise FetchError(f"response too large ({_mb(int(length))} > {_mb(max_bytes)})")
        body = bytearray()
        while len(body) <= max_bytes:
            chunk = resp.read1(min(_CHUNK, max_bytes + 1 - len(body)))
            if not chunk:
                break
            body += chunk
        if len(body) > max_bytes:
            raise FetchError(f"response too large (over {_mb(max_bytes)})")
        if expired.is_set():
            raise FetchError(f"took longer than {total:g} s in all (the limit for one fetch)")
        return resp.status, resp.reason, resp.headers, bytes(body)
    except FetchError:
        raise
    except Exception as exc:  # after the deadline, whatever the shut socket made the reader raise
        if expired.is_set():
            raise FetchError(f"took longer than {total:g} s in all (the limit for one fetch)") from None
        if isinstance(exc, (socket.timeout, TimeoutError)):
            if left <= timeout:  # the socket's wait was the time left: the whole fetch's limit, whichever fired first
                raise FetchError(f"took longer than {total:g} s in all (the limit for one fetch)") from None
            raise FetchError(f"timed out after {timeout:g} s") from None
        if isinstance(exc, (OSError, http.client.HTTPException, ValueError)):
            raise FetchError(str(exc) or type(exc).__name__) from None
        raise
    finally:
        timer.cancel()
        if resp is not None:
            resp.close()
        conn.close()


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f}".rstrip("0").rstrip(".") + " MB"
