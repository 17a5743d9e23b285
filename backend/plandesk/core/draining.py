"""Graceful shutdown without the keep-alive race.

On SIGTERM uvicorn stops listening, lets in-flight requests finish, and *closes every idle
keep-alive connection at once*. A reverse proxy that keeps connections to the API (nginx's
``keepalive``) may have just written a request on one of them: the request is lost with the
connection, and since it was sent, nginx does not retry a POST on the other replica — the
client gets a 502. Nothing in HTTP/1.1 lets a server close an idle connection without that
race; the only safe closes are the client's own, or the server's right after a response that
said ``Connection: close``.

So when draining, this protocol never closes an idle connection itself: every connection
answers its next request with ``Connection: close`` and is closed after that response, and an
idle one stays open until the proxy closes it (nginx's upstream ``keepalive_timeout``, set
below uvicorn's ``timeout_keep_alive`` in ``deploy/nginx.conf``). The listening socket is
closed at once, so the proxy's new connections are refused and go to the other replica — a
refused connection carries no request, so nginx retries even a POST. The wait is bounded by
``PLANDESK_SHUTDOWN_GRACE_SECONDS`` (uvicorn's ``timeout_graceful_shutdown``).

Closing a listening socket also resets the connections the kernel has completed but the
process has not accepted yet — the proxy has sent its request on them. Under load that queue
is seldom empty, so ``DrainingServer`` accepts everything queued, in the same step as the
close, and serves it (with ``Connection: close``) before it stops.
"""

from __future__ import annotations

import asyncio
import socket
from typing import Any

from uvicorn import Server
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class DrainingHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, with a shutdown that lets the client close."""

    draining = False

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        # A connection taken from the accept queue while the server drains (DrainingServer).
        self.draining = getattr(self.server_state, "draining", False)

    def shutdown(self) -> None:
        self.draining = True
        if self.cycle is not None and not self.cycle.response_complete:
            self.cycle.keep_alive = False  # the response in flight says "Connection: close"
        # An idle connection stays open: its next request (if any) is the last one.

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        if self.draining and self.cycle is not None:
            self.cycle.keep_alive = False


class DrainingServer(Server):
    """uvicorn's server, which on shutdown first takes in what the kernel had queued."""

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self.server_state.draining = True  # type: ignore[attr-defined]
        loop = asyncio.get_running_loop()
        queued: list[socket.socket] = []
        for server in self.servers:
            for listening in server.sockets:
                queued += _accept_all(listening.fileno())
            # No await since the last accept: nothing can be queued and then reset in between.
            server.close()
        config = self.config

        def create_protocol() -> Any:  # as uvicorn's Server.startup makes them
            return config.http_protocol_class(  # type: ignore[call-arg]
                config=config, server_state=self.server_state, app_state=self.lifespan.state
            )

        for conn in queued:
            await loop.connect_accepted_socket(create_protocol, sock=conn)
        await super().shutdown(sockets)


def _accept_all(fileno: int) -> list[socket.socket]:
    """Every connection waiting in a listening socket's queue, without blocking."""
    listening = socket.socket(fileno=socket.dup(fileno))
    listening.setblocking(False)
    accepted = []
    try:
        while True:
            try:
                conn, _ = listening.accept()
            except (BlockingIOError, InterruptedError):
                break
            conn.setblocking(False)
            accepted.append(conn)
    finally:
        listening.close()
    return accepted
