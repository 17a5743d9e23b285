"""Request ids, access lines and log scrubbing."""

from __future__ import annotations

import json
import logging

import pytest

from plandesk.core.logs import formatter, scrub


def _access_records(caplog: pytest.LogCaptureFixture) -> list[dict]:
    return [r.fields for r in caplog.records if r.name == "plandesk.access"]


async def test_every_response_carries_a_generated_request_id(client) -> None:
    r = await client.get("/healthz")
    assert r.status_code == 200
    rid = r.headers["x-request-id"]
    assert len(rid) == 32 and int(rid, 16) >= 0


async def test_a_sane_request_id_from_the_caller_is_kept(client) -> None:
    r = await client.get("/healthz", headers={"X-Request-ID": "lb-7f3a.42"})
    assert r.headers["x-request-id"] == "lb-7f3a.42"


@pytest.mark.parametrize("bad", ["x" * 200, "bad id with spaces", "<script>", "-leading-dash"])
async def test_an_insane_request_id_is_replaced(client, bad: str) -> None:
    r = await client.get("/healthz", headers={"X-Request-ID": bad})
    assert r.headers["x-request-id"] != bad
    assert len(r.headers["x-request-id"]) == 32


async def test_problem_bodies_carry_the_request_id(client) -> None:
    r = await client.get("/api/v1/auth/me", headers={"X-Request-ID": "trace-123"})
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["request_id"] == "trace-123"


async def test_the_access_line_names_the_route_template_status_and_caller(
    client, factory, caplog: pytest.LogCaptureFixture
) -> None:
    admin = await factory.actor("admin")
    caplog.set_level(logging.INFO, logger="plandesk.access")
    r = await client.get(f"/api/v1/users/{admin.user.id}", headers=admin.headers)
    assert r.status_code == 200
    line = _access_records(caplog)[-1]
    assert line["route"] == "/api/v1/users/{user_id}"
    assert line["status"] == 200
    assert line["method"] == "GET"
    assert line["user_id"] == str(admin.user.id)
    assert line["request_id"] == r.headers["x-request-id"]
    assert line["duration_ms"] >= 0


async def test_the_access_line_never_carries_the_query_string(
    client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="plandesk.access")
    await client.get("/api/v1/calendar/feed.ics?token=s3cr3t-feed-token-value")
    rendered = " ".join(json.dumps(f) for f in _access_records(caplog))
    assert "s3cr3t-feed-token-value" not in rendered


async def test_an_unmatched_path_shares_one_route_label(client, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="plandesk.access")
    await client.get("/api/v1/no/such/path/12345")
    assert _access_records(caplog)[-1]["route"] == "unmatched"


def test_scrub_removes_query_secrets_jwts_and_webhook_secrets() -> None:
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXZhbHVl"
    text = (
        f"GET /feed.ics?token=abc123&x=1 Authorization: Bearer {jwt} "
        "secret whsec_QUJDREVGR0hJSktM password=hunter22"
    )
    cleaned = scrub(text)
    for secret in ("abc123", jwt, "QUJDREVGR0hJSktM", "hunter22"):
        assert secret not in cleaned
    assert "token=[redacted]" in cleaned and "x=1" in cleaned


def test_json_lines_carry_level_logger_timestamp_and_fields() -> None:
    record = logging.LogRecord("plandesk.access", logging.INFO, __file__, 1, "request", None, None)
    record.fields = {"route": "/api/v1/tasks/{task_id}", "status": 204}
    line = json.loads(formatter("json").format(record))
    assert line["event"] == "request"
    assert line["level"] == "info"
    assert line["logger"] == "plandesk.access"
    assert line["route"] == "/api/v1/tasks/{task_id}" and line["status"] == 204
    assert line["timestamp"].endswith("Z")
