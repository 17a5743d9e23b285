"""The client's address, taking forwarded headers only from trusted proxies.

``X-Forwarded-For`` and ``Forwarded`` are written by whoever sends the request:
believed blindly, they let any client choose its own address and walk around
the per-address rate limits and lock-outs. They are read only when the peer
that connected is one of ``PLANDESK_TRUSTED_PROXIES`` (CIDRs, none by default);
the chain is then walked from the right, skipping trusted proxies, and the
first address a trusted proxy did not add is the client's.

This is the one place the application does it: ``plandesk serve`` runs uvicorn
with its own proxy handling off, which would otherwise trust 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Sequence

from starlette.types import ASGIApp, Receive, Scope, Send

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(spec: str | Sequence[str]) -> list[Network]:
    """``"10.0.0.0/8, 127.0.0.1"`` (or a JSON list, ``["127.0.0.1/32"]``) → networks;
    raises ``ValueError`` on a bad entry."""
    if isinstance(spec, str) and spec.strip().startswith("["):
        spec = [str(item) for item in json.loads(spec)]
    items = spec.split(",") if isinstance(spec, str) else list(spec)
    return [ipaddress.ip_network(item.strip(), strict=False) for item in items if item.strip()]


def _address(value: str) -> str | None:
    """An IP address from a header element (``[v6]:port``, ``v4:port``, quoted), or None."""
    value = value.strip().strip('"')
    if value.startswith("["):
        value = value[1 : value.find("]")] if "]" in value else ""
    elif value.count(":") == 1:
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def _forwarded_chain(headers: list[tuple[bytes, bytes]]) -> tuple[list[str], str | None]:
    """(``for`` values in order, the last proxy's ``proto``) from ``Forwarded``, else from
    ``X-Forwarded-For`` / ``X-Forwarded-Proto``."""
    forwarded = [v.decode("latin-1") for k, v in headers if k == b"forwarded"]
    chain: list[str] = []
    proto: str | None = None
    if forwarded:
        for element in ",".join(forwarded).split(","):
            for pair in element.split(";"):
                name, _, value = pair.partition("=")
                name = name.strip().lower()
                if name == "for":
                    chain.append(value)
                elif name == "proto":
                    proto = value.strip().strip('"').lower()
        return chain, proto
    for k, v in headers:
        if k == b"x-forwarded-for":
            chain.extend(v.decode("latin-1").split(","))
        elif k == b"x-forwarded-proto":
            proto = v.decode("latin-1").split(",")[-1].strip().lower()
    return chain, proto


class TrustedProxies:
    """Pure ASGI middleware: set ``scope["client"]`` (and the scheme) from forwarded
    headers when, and only when, the connecting peer is a trusted proxy."""

    def __init__(self, app: ASGIApp, trusted: Sequence[Network]) -> None:
        self.app = app
        self.trusted = list(trusted)

    def _is_trusted(self, address: str | None) -> bool:
        if address is None:
            return False
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in self.trusted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and self.trusted:
            client = scope.get("client")
            if client and self._is_trusted(client[0]):
                chain, proto = _forwarded_chain(scope.get("headers", []))
                resolved = client[0]
                for raw in reversed(chain):
                    hop = _address(raw)
                    if hop is None:
                        break  # garbage from beyond the last trusted proxy: keep that proxy
                    resolved = hop
                    if not self._is_trusted(hop):
                        break
                scope = dict(scope)
                scope["client"] = (resolved, 0 if resolved != client[0] else client[1])
                if proto in ("http", "https"):
                    scope["scheme"] = (
                        proto if scope["type"] == "http" else ("wss" if proto == "https" else "ws")
                    )
        await self.app(scope, receive, send)
