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
"""

from __future__ import annotations

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class DrainingHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, with a shutdown that lets the client close."""

    draining = False

    def shutdown(self) -> None:
        self.draining = True
        if self.cycle is not None and not self.cycle.response_complete:
            self.cycle.keep_alive = False  # the response in flight says "Connection: close"
        # An idle connection stays open: its next request (if any) is the last one.

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        if self.draining and self.cycle is not None:
            self.cycle.keep_alive = False
