"""Request body size limit as pure ASGI middleware (413 problem+json).

JSON bodies are capped at ``max_body_bytes``; multipart uploads at
``max_upload_bytes`` plus room for the form envelope, and the upload routes
check the file itself for a precise message.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from plandesk.core.errors import PROBLEM_JSON

MULTIPART_ENVELOPE = 64 * 1024


class _TooLarge(Exception):
    pass


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_body_bytes: int, max_upload_bytes: int) -> None:
        self.app = app
        self.max_body = max_body_bytes
        self.max_upload = max_upload_bytes + MULTIPART_ENVELOPE

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body
        declared: int | None = None
        lengths = 0
        trusted_length = True
        for name, value in scope.get("headers", []):
            if name == b"content-type" and value.startswith(b"multipart/"):
                limit = self.max_upload
            elif name == b"content-length":
                lengths += 1
                try:
                    declared = max(declared or 0, int(value))
                except ValueError:
                    declared, trusted_length = declared or 0, False
            elif name == b"transfer-encoding":
                trusted_length = False
        if declared is not None and declared > limit:
            await self._reject(scope, send, limit)
            return
        if declared is not None and lengths == 1 and trusted_length:
            # The server delivers no more than Content-Length bytes: nothing to count.
            await self.app(scope, receive, send)
            return
        seen = 0
        too_large = False
        replaced = False

        async def counting_receive() -> Message:
            nonlocal seen, too_large
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    too_large = True
                    raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            # The framework may catch our exception and answer 400 itself:
            # whatever it answers, an oversize body gets 413.
            nonlocal replaced
            if too_large:
                if not replaced:
                    replaced = True
                    await self._reject(scope, send, limit)
                return
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except _TooLarge:
            if not replaced:
                await self._reject(scope, send, limit)

    @staticmethod
    async def _reject(scope: Scope, send: Send, limit: int) -> None:
        body: dict[str, Any] = {
            "type": "https://plandesk.dev/problems/payload-too-large",
            "title": "Request Entity Too Large",
            "status": 413,
            "detail": f"The request body is larger than the {limit} bytes allowed.",
            "instance": scope.get("path"),
        }
        raw = orjson.dumps(body)
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", PROBLEM_JSON.encode()),
                    (b"content-length", str(len(raw)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": raw})
