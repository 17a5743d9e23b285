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
import socket
import time
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network
from urllib.parse import urlsplit

import httpx

MAX_RESPONSE_BYTES = 65_536
LOG_BODY_BYTES = 2_048
DNS_TIMEOUT_SECONDS = 3.0

IPAddress = IPv4Address | IPv6Address
Network = IPv4Network | IPv6Network

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_METADATA = (ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254"))


class UnsafeURL(ValueError):
    """The URL may not receive webhooks; the message says why."""


def address_refusal(ip: IPAddress, allowed: list[Network]) -> str | None:
    """Why ``ip`` may not receive webhooks, or ``None`` when it may."""
    if isinstance(ip, IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
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
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
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


def make_client() -> httpx.AsyncClient:
    # trust_env=False: a proxy from the environment would connect to the name, not the checked address.
    return httpx.AsyncClient(
        follow_redirects=False,
        trust_env=False,
        timeout=httpx.Timeout(10.0),
        limits=httpx.Limits(max_connections=100, max_keepalive_connections=50),
    )


async def send(
    client: httpx.AsyncClient, target: Target, headers: dict[str, str], body: bytes, timeout_seconds: float
) -> SendResult:
    """POST ``body`` to the checked address; never follows a redirect, reads at most 64 KB."""
    extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
    request = client.build_request(
        "POST",
        target.url,
        content=body,
        headers={**headers, "host": target.host_header},
        extensions=extensions,
    )
    started = time.perf_counter()
    try:
        async with asyncio.timeout(timeout_seconds):
            response = await client.send(request, stream=True, follow_redirects=False)
            try:
                data = bytearray()
                async for chunk in response.aiter_raw():
                    data += chunk
                    if len(data) >= MAX_RESPONSE_BYTES:
                        break
            finally:
                await response.aclose()
    except TimeoutError:
        return SendResult(None, "", _ms(started), error=f"timed out after {timeout_seconds:g} s")
    except httpx.HTTPError as exc:
        return SendResult(None, "", _ms(started), error=f"{type(exc).__name__}: {exc}"[:500])
    text = bytes(data[:LOG_BODY_BYTES]).decode("utf-8", errors="replace")
    retry_after = (
        parse_retry_after(response.headers.get("retry-after")) if response.status_code in (429, 503) else None
    )
    return SendResult(response.status_code, text, _ms(started), retry_after=retry_after)


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)
