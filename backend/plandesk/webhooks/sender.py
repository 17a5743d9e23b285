"""The SSRF-safe sender: https only, public addresses only, no redirects, small reads.

The host is resolved once and every address checked; the request then goes to
the checked address itself (``Host`` header and TLS SNI keep the name, so the
certificate is still verified against it). An attacker's DNS cannot answer the
check with a public address and the connection with a private one.
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import re
import socket
import ssl
import time
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network
from urllib.parse import quote, urlsplit

MAX_RESPONSE_BYTES = 65_536
LOG_BODY_BYTES = 2_048
DNS_TIMEOUT_SECONDS = 3.0

IPAddress = IPv4Address | IPv6Address
Network = IPv4Network | IPv6Network

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_METADATA = (ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254"))


# RFC 3986: what a path or a query may hold as it is (``%`` too: an already encoded URL stays so).
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"


# A "%" that does not start an escape is a literal one: sent as %25.
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Characters IDNA 2003 (Python's codec) maps away (ß → ss) where UTS 46 / IDNA 2008 keeps them.
_DEVIATIONS = frozenset("ßς\u200c\u200d")


def _encoded(part: str, safe: str) -> str:
    return quote(_STRAY_PERCENT.sub("%25", part), safe=safe)


class UnsafeURL(ValueError):
    """The URL may not receive webhooks; the message says why."""


def address_refusal(ip: IPAddress, allowed: list[Network]) -> str | None:
    """Why ``ip`` may not receive webhooks, or ``None`` when it may."""
    if isinstance(ip, IPv6Address):
        # An IPv6 address that carries an IPv4 one (::ffff:a.b.c.d, 6to4 2002:aabb:ccdd::) is
        # judged by the IPv4 address it reaches: 2002:7f00:1:: is loopback by another name.
        ip = ip.ipv4_mapped or ip.sixtofour or ip
    if any(ip in net for net in allowed if net.version == ip.version):
        return None
    if ip in _METADATA:
        return "a cloud metadata address"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if isinstance(ip, IPv4Address) and ip in _CGNAT:
        return "a shared (CGNAT) address"
    if ip.is_private:
        return "a private address"
    if ip.is_unspecified or ip.is_reserved or not ip.is_global:
        return "not a public address"
    return None


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    path: str
    ip: IPAddress

    @property
    def url(self) -> str:
        ip = f"[{self.ip}]" if self.ip.version == 6 else str(self.ip)
        return f"{self.scheme}://{ip}:{self.port}{self.path}"

    @property
    def host_header(self) -> str:
        default = 443 if self.scheme == "https" else 80
        name = f"[{self.host}]" if ":" in self.host else self.host
        return name if self.port == default else f"{name}:{self.port}"


def parse_url(url: str, allow_http: bool) -> tuple[str, str, int, str]:
    """Scheme, host, port and path of a webhook URL, or :class:`UnsafeURL`."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeURL("The URL is not valid.") from exc
    scheme = parts.scheme.lower()
    if scheme != "https" and not (scheme == "http" and allow_http):
        raise UnsafeURL("Webhook URLs must use https.")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise UnsafeURL("The URL has no host.")
    if parts.username or parts.password:
        raise UnsafeURL("The URL may not carry credentials.")
    if not _DEVIATIONS.isdisjoint(host):
        raise UnsafeURL(
            "The URL's host holds ß, ς or a zero-width joiner, which IDNA 2003 and the browsers' "
            "IDNA map to different hosts: write the host in its xn-- form."
        )
    try:
        # The Host header and TLS SNI carry the name in ASCII (an IDN host in its punycode form).
        host = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise UnsafeURL("The URL's host is not a valid domain name.") from exc
    # The request line carries the path and query percent-encoded (UTF-8): a space, a
    # Vietnamese letter or U+2028 in a saved URL is sent as %XX, never raw.
    path = _encoded(parts.path or "/", _PATH_SAFE)
    if parts.query:
        path += "?" + _encoded(parts.query, _QUERY_SAFE)
    return scheme, host, port or (443 if scheme == "https" else 80), path


async def resolve_host(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to (a literal address is itself)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), DNS_TIMEOUT_SECONDS
        )
    except (OSError, TimeoutError, UnicodeError) as exc:
        raise UnsafeURL(f"The host {host} does not resolve.") from exc
    addresses = list(dict.fromkeys(ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos))
    if not addresses:
        raise UnsafeURL(f"The host {host} does not resolve.")
    return addresses


async def checked_target(url: str, *, allow_http: bool, allowed: list[Network]) -> Target:
    """Resolve and check ``url``; the target pins the first address (all must be allowed)."""
    scheme, host, port, path = parse_url(url, allow_http)
    addresses = await resolve_host(host, port)
    for ip in addresses:
        reason = address_refusal(ip, allowed)
        if reason is not None:
            raise UnsafeURL(f"The host {host} resolves to {ip}, {reason}: webhooks are not sent there.")
    return Target(scheme, host, port, path, addresses[0])


@dataclass(frozen=True)
class SendResult:
    status: int | None
    body: str  # the first 2 KB of the response, for the delivery log
    duration_ms: int
    error: str | None = None
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class Connections:
    """Keep-alive HTTP/1.1 connections to checked addresses, a few idle ones per target.

    A deliberately small client: one POST, a status line, headers, at most 64 KB of body.
    httpx costs several times the CPU per request (its async-library detection alone
    retries a failing import on every call), and the sender needs none of its features.
    """

    def __init__(self, idle_per_target: int = 16) -> None:
        self.idle: dict[
            tuple[str, str, int, str], list[tuple[asyncio.StreamReader, asyncio.StreamWriter]]
        ] = {}
        self.idle_per_target = idle_per_target
        self._tls = ssl.create_default_context()

    async def open(self, target: Target) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        pool = self.idle.get(_key(target), [])
        while pool:
            reader, writer = pool.pop()
            if not writer.is_closing() and not reader.at_eof():
                return reader, writer
            writer.close()
        if target.scheme == "https":
            # The checked address, with the name for SNI and certificate verification.
            return await asyncio.open_connection(
                str(target.ip), target.port, ssl=self._tls, server_hostname=target.host
            )
        return await asyncio.open_connection(str(target.ip), target.port)

    def release(self, target: Target, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        pool = self.idle.setdefault(_key(target), [])
        if len(pool) < self.idle_per_target:
            pool.append((reader, writer))
        else:
            writer.close()

    async def close(self) -> None:
        for pool in self.idle.values():
            for _, writer in pool:
                writer.close()
        self.idle.clear()


def _key(target: Target) -> tuple[str, str, int, str]:
    return (target.scheme, str(target.ip), target.port, target.host)


def make_client() -> Connections:
    return Connections()


class _BadResponse(Exception):
    pass


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], bytes, bool]:
    """Status, headers, up to 64 KB of body, and whether the connection can be reused."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
        raise _BadResponse("no complete response head") from exc
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit():
        raise _BadResponse(f"not an HTTP/1.x status line: {lines[0][:80]!r}")
    status = int(parts[1])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    reusable = headers.get("connection", "").lower() != "close" and parts[0] == "HTTP/1.1"
    body = bytearray()
    if "chunked" in headers.get("transfer-encoding", "").lower():
        while len(body) < MAX_RESPONSE_BYTES:
            size_line = await reader.readline()
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                await reader.readline()  # the empty trailer line
                break
            chunk = await reader.readexactly(size)
            await reader.readexactly(2)
            body += chunk
        else:
            reusable = False  # stopped reading mid-body
    elif "content-length" in headers:
        length = int(headers["content-length"])
        body += await reader.readexactly(min(length, MAX_RESPONSE_BYTES))
        reusable = reusable and length <= MAX_RESPONSE_BYTES
    elif status in (204, 304) or 100 <= status < 200:
        pass
    else:
        body += await reader.read(MAX_RESPONSE_BYTES)
        reusable = False
    return status, headers, bytes(body[:MAX_RESPONSE_BYTES]), reusable


async def send(
    client: Connections, target: Target, headers: dict[str, str], body: bytes, timeout_seconds: float
) -> SendResult:
    """POST ``body`` to the checked address; never follows a redirect, reads at most 64 KB."""
    lines = [f"POST {target.path} HTTP/1.1", f"host: {target.host_header}", f"content-length: {len(body)}"]
    lines += [
        f"{name}: {value}"
        for name, value in headers.items()
        if name.lower() not in ("host", "content-length")
    ]
    started = time.perf_counter()
    writer: asyncio.StreamWriter | None = None
    try:
        # Inside the try: a header the request line cannot carry fails this attempt, recorded
        # with its reason, instead of the whole delivery run.
        request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
        async with asyncio.timeout(timeout_seconds):
            reader, writer = await client.open(target)
            writer.write(request)
            await writer.drain()
            status, response_headers, data, reusable = await _read_response(reader)
    except TimeoutError:
        if writer is not None:
            writer.close()
        return SendResult(None, "", _ms(started), error=f"timed out after {timeout_seconds:g} s")
    except (OSError, ssl.SSLError, ValueError, asyncio.IncompleteReadError, _BadResponse) as exc:
        if writer is not None:
            writer.close()
        return SendResult(None, "", _ms(started), error=f"{type(exc).__name__}: {exc}"[:500])
    if reusable:
        client.release(target, reader, writer)
    else:
        writer.close()
    text = data[:LOG_BODY_BYTES].decode("utf-8", errors="replace")
    retry_after = parse_retry_after(response_headers.get("retry-after")) if status in (429, 503) else None
    return SendResult(status, text, _ms(started), retry_after=retry_after)


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)
