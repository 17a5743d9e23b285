"""DrainingServer: connections the kernel queued before SIGTERM are served, not reset."""

from __future__ import annotations

import asyncio
import socket

import pytest
import uvicorn

from plandesk.core.draining import DrainingHttpToolsProtocol, DrainingServer


async def _app(scope, receive, send) -> None:  # type: ignore[no-untyped-def]
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"ok"})


def _recv_all(sock: socket.socket) -> bytes:
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


@pytest.mark.parametrize(("server_class", "served"), [(DrainingServer, True), (uvicorn.Server, False)])
async def test_a_connection_queued_at_shutdown_is_served(server_class: type, served: bool) -> None:
    config = uvicorn.Config(
        _app, host="127.0.0.1", port=0, http=DrainingHttpToolsProtocol, lifespan="off", log_config=None
    )
    server = server_class(config)
    config.load()
    server.lifespan = config.lifespan_class(config)
    await server.startup()
    port = server.servers[0].sockets[0].getsockname()[1]
    # Connect and send while the event loop is busy here: the kernel queues the connection
    # and its request, the process has not accepted it — as under load at the moment of SIGTERM.
    client = socket.create_connection(("127.0.0.1", port))
    client.sendall(b"POST /x HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n")
    client.settimeout(10)
    answer = asyncio.ensure_future(asyncio.to_thread(_recv_all_or_reset, client))
    await server.shutdown()
    data = await answer
    client.close()
    if served:
        assert data.startswith(b"HTTP/1.1 200") and b"connection: close" in data.lower()
    else:  # uvicorn's own shutdown resets it: a proxy would answer 502 to that POST
        assert data == b"reset"


def _recv_all_or_reset(sock: socket.socket) -> bytes:
    try:
        return _recv_all(sock)
    except ConnectionResetError:
        return b"reset"
