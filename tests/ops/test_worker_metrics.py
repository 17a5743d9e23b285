"""A worker's own /metrics: its delivery counters, behind the same bearer token."""

from __future__ import annotations

import httpx

from plandesk.core.metrics import WEBHOOK_DELIVERIES
from plandesk.ops.worker_metrics import answer, serve

TOKEN = "w" * 40


async def test_a_worker_answers_a_scrape_with_its_delivery_counters_and_only_with_the_token() -> None:
    WEBHOOK_DELIVERIES.labels("task.deleted", "delivered").inc()
    server = await serve("127.0.0.1", 0, TOKEN)
    port = server.sockets[0].getsockname()[1]
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as c:
            ok = await c.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
            missing = await c.get("/metrics")
            wrong = await c.get("/metrics", headers={"Authorization": "Bearer " + "x" * 40})
            elsewhere = await c.get("/", headers={"Authorization": f"Bearer {TOKEN}"})
    finally:
        server.close()
        await server.wait_closed()
    assert ok.status_code == 200 and ok.headers["content-type"].startswith("text/plain")
    assert 'plandesk_webhook_deliveries_total{event_type="task.deleted",outcome="delivered"}' in ok.text
    assert missing.status_code == 401 and "plandesk_" not in missing.text
    assert wrong.status_code == 401
    assert elsewhere.status_code == 404


def test_a_basic_or_empty_authorization_is_refused() -> None:
    for header in ("Basic " + TOKEN, "Bearer", "Bearer "):
        head = f"GET /metrics HTTP/1.1\r\nAuthorization: {header}\r\n\r\n".encode()
        assert answer(head, TOKEN).startswith(b"HTTP/1.0 401")
    assert answer(b"POST /metrics HTTP/1.1\r\n\r\n", TOKEN).startswith(b"HTTP/1.0 404")
