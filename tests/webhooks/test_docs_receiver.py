"""The 15-line receiver in docs/webhooks.md verifies and accepts a real delivery."""

from __future__ import annotations

import asyncio
import re
import threading
from pathlib import Path

from plandesk.core.events import Subject, emit

DOC = Path(__file__).resolve().parents[2] / "docs" / "webhooks.md"


async def test_the_documented_receiver_accepts_a_signed_delivery(hooks):
    code = re.search(r"## A receiver in Python.*?```python\n(.*?)```", DOC.read_text(), re.S).group(1)
    assert len([line for line in code.splitlines() if line.strip()]) <= 15
    endpoint = await hooks.endpoint("http://127.0.0.1:1/")  # the port is known once the server runs
    code = code.replace('"whsec_…"', repr(endpoint.secret)).replace(
        'HTTPServer(("", 8080), Receiver).serve_forever()', 'server = HTTPServer(("127.0.0.1", 0), Receiver)'
    )
    printed: list[tuple[object, ...]] = []
    namespace = {"print": lambda *args: printed.append(args)}
    exec(compile(code, "docs/webhooks.md", "exec"), namespace)
    server = namespace["server"]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        async with hooks.sessionmaker() as s:
            from plandesk.webhooks.models import WebhookEndpoint

            row = await s.get(WebhookEndpoint, endpoint.id)
            row.url = f"http://127.0.0.1:{server.server_address[1]}/"
            emit(s, "task.created", Subject("task", "t-1"), {"title": "x"})
            await s.commit()
        await hooks.fan_out()
        await hooks.deliver(endpoint)
    finally:
        await asyncio.to_thread(server.shutdown)
        server.server_close()

    assert printed == [("task.created", "t-1")]
    (delivery,) = await hooks.deliveries(endpoint)
    assert (delivery.state, delivery.last_status) == ("delivered", 204)
