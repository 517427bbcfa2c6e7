"""The one way out to the network: http(s) GET (or POST) with address checks, redirects re-checked, and limits.

Every outgoing request in newsdesk goes through `fetch`. It resolves the host once through
`resolve` (the single seam tests fake), refuses any address that is not public, connects to the
address it checked (so a second DNS answer cannot swap it), keeps the Host header and TLS SNI,
follows at most 3 redirects checking each hop again, and stops at the time and size limits,
counting size after decompression.
"""

from __future__ import annotations

import http.client
import ipaddress
import logging
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from email.message import Message
from typing import Literal
from urllib.parse import urljoin, urlsplit

log = logging.getLogger(__name__)

MiB = 1024 * 1024
CONNECT_TIMEOUT = 5.0
IDLE_TIMEOUT = 10.0
TOTAL_TIMEOUT = 30.0
MAX_REDIRECTS = 3
FEED_MAX_BYTES = 15 * MiB
PAGE_MAX_BYTES = 10 * MiB
USER_AGENT = "newsdesk/0.1 (+https://github.com/newsdesk)"
_CHUNK = 64 * 1024
_REDIRECTS = {301, 302, 303, 307, 308}
PRIVATE_SETTING = "NEWSDESK_ALLOW_PRIVATE_NETWORKS"  # lets fetches reach private (not metadata) addresses

# Cloud metadata endpoints stay refused even when private networks are allowed.
_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_SIXTOFOUR = ipaddress.ip_network("2002::/16")
_TEREDO = ipaddress.ip_network("2001::/32")
# Special-purpose blocks that some Python versions still call global.
_SPECIAL = tuple(
    ipaddress.ip_network(n)
    for n in (
        "192.0.0.0/24",
        "192.88.99.0/24",
        "198.18.0.0/15",
        "2001:db8::/32",
        "100::/64",
        "2001::/23",
    )
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(Exception):
    """A fetch that did not succeed; the message says why in words an operator can act on."""


class Refused(FetchError):  # noqa: N818
    """The URL or an address it leads to is not allowed (scheme, private address, odd spelling)."""


class TooLarge(FetchError):  # noqa: N818
    """The body grew past the size limit (counted after decompression)."""


class TooSlow(FetchError):  # noqa: N818
    """A time limit ran out: connecting, waiting for data, or the whole fetch."""


class TooManyRedirects(FetchError):  # noqa: N818
    """More redirects than allowed."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    connect_timeout: float = CONNECT_TIMEOUT
    idle_timeout: float = IDLE_TIMEOUT
    total_timeout: float = TOTAL_TIMEOUT
    max_bytes: int = PAGE_MAX_BYTES
    max_redirects: int = MAX_REDIRECTS


PAGE_LIMITS = Limits()
FEED_LIMITS = Limits(max_bytes=FEED_MAX_BYTES)


@dataclass(frozen=True, slots=True, kw_only=True)
class Response:
    url: str
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        msg = Message()
        msg["content-type"] = self.headers.get("content-type", "")
        charset = msg.get_param("charset")
        return charset.strip().lower() if isinstance(charset, str) else None


def resolve(host: str, port: int) -> list[str]:
    """Return every address host resolves to (the one seam tests replace)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip in _SIXTOFOUR:
        return ip.sixtofour
    if ip in _TEREDO and ip.teredo:
        return ip.teredo[1]
    if any(ip in net for net in _NAT64):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    packed = int(ip)
    if packed >> 32 == 0 and packed > 1:  # IPv4-compatible ::a.b.c.d
        return ipaddress.IPv4Address(packed)
    return None


def address_refusal(address: str | IPAddress, *, allow_private: bool = False) -> str | None:
    """Return why address may not be contacted, or None when it may."""
    try:
        ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    except ValueError:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            return f"{ip} has a zone index"
        inner = _embedded_ipv4(ip)
        if inner is not None:
            why = address_refusal(inner, allow_private=allow_private)
            return f"{ip} wraps {inner}, and {why}" if why else None
    if ip in _METADATA:
        return f"{ip} is a cloud metadata address"
    if ip.is_unspecified:
        return f"{ip} is unspecified"
    if ip.is_multicast:
        return f"{ip} is multicast"
    for label, hit in (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("shared (CGNAT, 100.64.0.0/10)", isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT),
        ("private", ip.is_private),
    ):
        if hit:
            return None if allow_private else f"{ip} is {label}"
    if ip.is_reserved:
        return f"{ip} is reserved"
    if not ip.is_global or any(ip.version == net.version and ip in net for net in _SPECIAL):
        return None if allow_private else f"{ip} is not a public address"
    return None


_NUMERIC_HOST = re.compile(r"^[0-9a-fA-FxX.]+$")


def _literal_address(host: str) -> IPAddress | None:
    """Return host as an IP address if it is one; refuse IPv4 spelt in octal, hex or decimal."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _NUMERIC_HOST.match(host) and any(c.isdigit() for c in host):
        try:
            socket.inet_aton(host)
        except OSError:
            return None
        raise Refused(f"the host {host!r} is an IPv4 address in an unusual spelling (octal, hex or decimal)")
    return None


def _allow_private() -> bool:
    from django.conf import settings

    return bool(getattr(settings, PRIVATE_SETTING, False))


@dataclass(frozen=True, slots=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str
    address: str


_HOST_CHARS = re.compile(r"^[A-Za-z0-9_.-]+$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _refused(url: str, why: str, address: str | IPAddress) -> Refused:
    """Return the refusal of url for why; name the setting that would lift it, when one would."""
    if address_refusal(address, allow_private=True) is None:
        why += f" (set {PRIVATE_SETTING}=1 to allow private addresses)"
    return Refused(f"refused {url}: {why}")


@dataclass(frozen=True, slots=True)
class _Parsed:
    scheme: str
    host: str
    port: int
    path: str
    literal: IPAddress | None


def _parse(url: str, *, allow_private: bool) -> _Parsed:
    """Check everything about url that needs no DNS, or raise Refused."""
    if _CONTROL.search(url):
        raise Refused(f"the URL {url!r} contains a control character")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise Refused(f"the URL {url!r} is malformed: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        raise Refused(f"the URL {url!r} is not an http(s) URL")
    if parts.username is not None or parts.password is not None:
        raise Refused(f"the URL {url!r} carries credentials")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise Refused(f"the URL {url!r} has no host")
    if "%" in host:
        raise Refused(f"the host {host!r} has a zone index")
    if port == 0:
        raise Refused(f"the URL {url!r} is malformed: port 0 is not a port")
    literal = _literal_address(host)
    if literal is None:
        try:
            ascii_host = host.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise Refused(f"the host {host!r} is not a valid host name: {exc}") from None
        if not _HOST_CHARS.match(ascii_host):
            raise Refused(f"the host {host!r} is not a valid host name")
    elif why := address_refusal(literal, allow_private=allow_private):
        raise _refused(url, why, literal)
    port = port or (443 if scheme == "https" else 80)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _Parsed(scheme, host, port, path, literal)


def check_url(url: str, *, allow_private: bool | None = None) -> None:
    """Raise Refused unless fetch could try url: scheme, host, port and any literal address are checked.

    The host name is not resolved: fetch checks what it resolves to each time it connects.
    """
    _parse(url, allow_private=_allow_private() if allow_private is None else allow_private)


def _check_url(url: str, *, allow_private: bool) -> _Target:
    """Validate url and pick the checked address to connect to, or raise Refused."""
    parsed = _parse(url, allow_private=allow_private)
    if parsed.literal is not None:
        return _Target(parsed.scheme, parsed.host, parsed.port, parsed.path, str(parsed.literal))
    try:
        addresses = resolve(parsed.host, parsed.port)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {parsed.host!r}: {exc}") from None
    if not addresses:
        raise FetchError(f"{parsed.host!r} has no address")
    for address in addresses:
        if why := address_refusal(address, allow_private=allow_private):
            raise _refused(url, f"{parsed.host} resolves to {address}, and {why}", address)
    return _Target(parsed.scheme, parsed.host, parsed.port, parsed.path, addresses[0])


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to a checked address, keeping the host name for the Host header."""

    def __init__(self, target: _Target, limits: Limits) -> None:
        super().__init__(target.host, target.port, timeout=limits.connect_timeout)
        self._address = target.address
        self._limits = limits

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self._limits.connect_timeout)
        self.sock.settimeout(self._limits.idle_timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _PinnedHTTPS(_PinnedHTTP):
    default_port = 443

    def connect(self) -> None:
        super().connect()
        context = ssl.create_default_context()
        self.sock = context.wrap_socket(self.sock, server_hostname=self.host)


class _Deadline:
    """Close the connection when the whole-fetch time runs out, even mid-read."""

    def __init__(self, seconds: float) -> None:
        self.ends = time.monotonic() + seconds
        self.expired = False
        self._conn: http.client.HTTPConnection | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, conn: http.client.HTTPConnection | None) -> None:
        with self._lock:
            self._conn = conn
            if self.expired and conn is not None:
                _shut(conn)

    def left(self) -> float:
        return self.ends - time.monotonic()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            if self._conn is not None:
                _shut(self._conn)

    def cancel(self) -> None:
        self._timer.cancel()


def _shut(conn: http.client.HTTPConnection) -> None:
    sock = conn.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def fetch(
    url: str,
    *,
    kind: Literal["page", "feed"] = "page",
    headers: Mapping[str, str] | None = None,
    limits: Limits | None = None,
    allow_private: bool | None = None,
    body: bytes | None = None,
) -> Response:
    """GET url (POST body to it, when given) within the limits for its kind and return the response.

    Raise FetchError otherwise. A POST follows no redirect.
    """
    limits = limits or (FEED_LIMITS if kind == "feed" else PAGE_LIMITS)
    if body is not None:
        limits = replace(limits, max_redirects=0)
    if allow_private is None:
        allow_private = _allow_private()
    deadline = _Deadline(limits.total_timeout)
    try:
        return _follow(url, headers or {}, limits, allow_private, deadline, body)
    except FetchError as exc:
        log.warning("fetch %s: %s", url, exc)
        raise
    finally:
        deadline.cancel()


def _follow(
    url: str,
    headers: Mapping[str, str],
    limits: Limits,
    allow_private: bool,
    deadline: _Deadline,
    sent: bytes | None = None,
) -> Response:
    for hop in range(limits.max_redirects + 1):
        target = _check_url(url, allow_private=allow_private)
        status, location, response_headers, body = _get(target, headers, limits, deadline, sent)
        if status in _REDIRECTS and location:
            if hop == limits.max_redirects:
                raise TooManyRedirects(f"more than {limits.max_redirects} redirects, the last to {location}")
            url = urljoin(url, location)
            continue
        if status == 304:
            return Response(url=url, status=status, headers=response_headers)
        if not 200 <= status < 300:
            raise FetchError(f"{url} answered HTTP {status}")
        return Response(url=url, status=status, headers=response_headers, body=body)
    raise AssertionError("unreachable")  # pragma: no cover


def _get(
    target: _Target,
    headers: Mapping[str, str],
    limits: Limits,
    deadline: _Deadline,
    sent: bytes | None = None,
) -> tuple[int, str, dict[str, str], bytes]:
    conn_class = _PinnedHTTPS if target.scheme == "https" else _PinnedHTTP
    conn = conn_class(
        target, replace(limits, connect_timeout=max(0.01, min(limits.connect_timeout, deadline.left())))
    )
    deadline.watch(conn)
    try:
        request_headers = {
            "User-Agent": USER_AGENT,
            "Accept-Encoding": "gzip, deflate",
            "Accept": "*/*",
            **headers,
        }
        try:
            conn.request("GET" if sent is None else "POST", target.path, body=sent, headers=request_headers)
            deadline.watch(conn)  # the socket exists only now
            response = conn.getresponse()
            response_headers = {k.lower(): v for k, v in response.getheaders()}
            if response.status in _REDIRECTS or response.status == 304:
                return response.status, response_headers.get("location", ""), response_headers, b""
            if not 200 <= response.status < 300:
                return response.status, "", response_headers, b""
            body = _read_body(response, response_headers.get("content-encoding", ""), limits, deadline)
            return response.status, "", response_headers, body
        except FetchError:
            raise
        except TimeoutError:
            if deadline.expired:
                raise TooSlow(f"{target.host} took longer than {limits.total_timeout:g} s in all") from None
            raise TooSlow(
                f"{target.host} sent nothing for {limits.idle_timeout:g} s "
                f"(or did not accept a connection within {limits.connect_timeout:g} s)"
            ) from None
        except (OSError, http.client.HTTPException) as exc:
            if deadline.expired:
                raise TooSlow(f"{target.host} took longer than {limits.total_timeout:g} s in all") from None
            raise FetchError(f"{target.host}: {type(exc).__name__}: {exc}") from None
    finally:
        deadline.watch(None)
        conn.close()


def _decoder(encoding: str) -> zlib._Decompress | None:
    encoding = encoding.strip().lower()
    if encoding in {"", "identity"}:
        return None
    if encoding in {"gzip", "x-gzip"}:
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj(32 + zlib.MAX_WBITS)  # zlib or gzip header, detected
    raise FetchError(f"unsupported Content-Encoding {encoding!r}")


def _read_body(
    response: http.client.HTTPResponse,
    encoding: str,
    limits: Limits,
    deadline: _Deadline,
) -> bytes:
    decoder = _decoder(encoding)
    cap = limits.max_bytes
    parts: list[bytes] = []
    size = 0

    def take(data: bytes) -> None:
        nonlocal size
        size += len(data)
        if size > cap:
            raise TooLarge(f"the body is larger than {cap:,} bytes")
        parts.append(data)

    while True:
        if deadline.left() <= 0:
            raise TooSlow(f"the fetch took longer than {limits.total_timeout:g} s in all")
        chunk = response.read1(_CHUNK)
        if deadline.expired:
            raise TooSlow(f"the fetch took longer than {limits.total_timeout:g} s in all")
        if not chunk:
            break
        if decoder is None:
            take(chunk)
            continue
        try:
            take(decoder.decompress(chunk, cap - size + 1))
            while decoder.unconsumed_tail:
                take(decoder.decompress(decoder.unconsumed_tail, cap - size + 1))
        except zlib.error as exc:
            raise FetchError(f"the compressed body is corrupt: {exc}") from None
    if decoder is not None:
        take(decoder.flush())
    return b"".join(parts)
