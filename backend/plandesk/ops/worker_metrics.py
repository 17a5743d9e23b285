"""``GET /metrics`` of a ``plandesk worker`` process (``--metrics-port``).

On PostgreSQL, webhook deliveries are sent and recorded by worker processes, not by
the API: their counters (``plandesk_webhook_deliveries_total`` …) live there. A worker
started with ``--metrics-port`` answers a scrape on that port with the same bearer token
as the API's ``/metrics`` (``PLANDESK_METRICS_TOKEN``; no token, no server). The backlog
gauges are not repeated here: they are the database's, and the API's scrape has them.

A deliberately small HTTP/1.0 responder (one request per connection, head only, 8 KiB):
Prometheus is its only client.
"""

from __future__ import annotations

import asyncio
import hmac
import logging

from plandesk.core.metrics import render

log = logging.getLogger(__name__)

MAX_HEAD = 8192
READ_TIMEOUT_SECONDS = 5.0


def _response(status: str, body: bytes, content_type: str = "text/plain; charset=utf-8") -> bytes:
    head = (
        f"HTTP/1.0 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
        "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


def answer(head: bytes, token: str) -> bytes:
    """The response to one request head (request line and headers)."""
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or parts[0] != "GET" or parts[1].split("?")[0] != "/metrics":
        return _response("404 Not Found", b"not found\n")
    presented = ""
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "authorization":
            scheme, _, presented = value.strip().partition(" ")
            if scheme.lower() != "bearer":
                presented = ""
    if not presented or not hmac.compare_digest(presented.encode(), token.encode()):
        return _response("401 Unauthorized", b"send the metrics token as a bearer token\n")
    body, content_type = render()
    return _response("200 OK", body, content_type)


async def serve(host: str, port: int, token: str) -> asyncio.Server:
    """Start answering scrapes on ``host:port``; close the returned server to stop."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), READ_TIMEOUT_SECONDS)
            writer.write(answer(head[:MAX_HEAD], token))
            await writer.drain()
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, host, port, limit=MAX_HEAD)
    log.info("worker metrics on %s:%s", host, port)
    return server
