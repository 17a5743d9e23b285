"""Every error is RFC 9457 problem+json, FastAPI's own included, with no internals."""

from __future__ import annotations

import httpx
from fastapi import APIRouter, Depends

from plandesk.auth.deps import public


def _is_problem(resp, status):
    assert resp.status_code == status
    assert resp.headers["content-type"].startswith("application/problem+json")
    body = resp.json()
    assert body["status"] == status and body["title"] and "instance" in body
    return body


async def test_unknown_route_is_404_problem(client):
    body = _is_problem(await client.get("/api/v1/nothing-here"), 404)
    assert body["instance"] == "/api/v1/nothing-here"


async def test_unknown_route_post_is_404_not_405(client):
    _is_problem(await client.post("/api/v1/nothing-here", json={}), 404)


async def test_wrong_method_is_405_problem(client):
    _is_problem(await client.delete("/healthz"), 405)


async def test_malformed_json_is_422_problem(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/units", content=b"{not json", headers={**admin.headers, "Content-Type": "application/json"}
    )
    body = _is_problem(resp, 422)
    assert body["errors"]


async def test_wrong_type_is_422_with_location(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post("/api/v1/units", json={"name": 42}, headers=admin.headers)
    body = _is_problem(resp, 422)
    assert body["errors"][0]["loc"] == ["body", "name"]


async def test_bad_uuid_in_path_is_422(client, factory):
    admin = await factory.actor("admin")
    _is_problem(await client.get("/api/v1/units/123", headers=admin.headers), 422)


async def test_oversize_body_is_413(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/units",
        content=b'{"name": "' + b"x" * 2_000_000 + b'"}',
        headers={**admin.headers, "Content-Type": "application/json"},
    )
    _is_problem(resp, 413)


async def test_oversize_chunked_body_is_413(client, factory):
    admin = await factory.actor("admin")

    async def chunks():
        for _ in range(40):
            yield b"x" * 65536

    resp = await client.post(
        "/api/v1/units", content=chunks(), headers={**admin.headers, "Content-Type": "application/json"}
    )
    _is_problem(resp, 413)


async def test_unexpected_exception_is_500_without_internals(settings):
    from plandesk.main import create_app

    app = create_app(settings)
    boom = APIRouter()

    @boom.get("/boom", dependencies=[Depends(public("test"))])
    async def explode() -> None:
        raise RuntimeError("secret internals: password=hunter2")

    app.include_router(boom)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        resp = await c.get("/boom")
    body = _is_problem(resp, 500)
    assert "hunter2" not in resp.text and "Traceback" not in resp.text
    assert body["detail"] == "An unexpected error occurred."
    await app.state.engine.dispose()


async def test_healthz(client):
    resp = await client.get("/healthz")
    assert resp.status_code == 200 and resp.json() == {"status": "ok"}


async def test_readyz_reports_schema_at_head(client):
    resp = await client.get("/readyz")
    assert resp.status_code == 200 and resp.json()["status"] == "ready"


async def test_field_errors_carry_pydantic_type_and_ctx(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/users",
        json={"email": "short@example.org", "full_name": "A", "role": "viewer", "password": "short"},
        headers=admin.headers,
    )
    assert resp.status_code == 422
    (error,) = [e for e in resp.json()["errors"] if e["loc"][-1] == "password"]
    assert error["type"] == "string_too_short"
    assert error["ctx"] == {"min_length": 10}


async def test_an_unreachable_database_is_503_with_retry_after_and_the_connection_stays_usable(
    settings, tmp_path
):
    """The database refusing connections is not a bug: 503 problem+json with Retry-After (the
    request changed nothing), and the client's keep-alive connection serves the next request."""
    import socket

    import httpx

    from plandesk.main import create_app

    if settings.is_sqlite:
        url = f"sqlite+aiosqlite:///{tmp_path / 'no-such-dir' / 'x.db'}"
    else:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]  # closed once the block ends: nothing listens there
        url = f"postgresql+asyncpg://postgres@127.0.0.1:{port}/nothing"
    app = create_app(settings.model_copy(update={"database_url": url}))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        resp = await c.get("/api/v1/public/consultations")
        body = _is_problem(resp, 503)
        assert resp.headers["retry-after"] == "1"
        assert body["type"].endswith("database-unavailable")
        assert (await c.get("/healthz")).status_code == 200
    await app.state.engine.dispose()


def test_only_connection_trouble_counts_as_the_database_being_unavailable():
    from sqlalchemy import exc as sa_exc

    from plandesk.core.errors import database_unavailable

    assert database_unavailable(ConnectionRefusedError(111, "refused"))
    assert database_unavailable(sa_exc.OperationalError("SELECT 1", {}, Exception("database is locked")))
    assert database_unavailable(sa_exc.TimeoutError("QueuePool limit reached"))
    wrapped = RuntimeError("outer")
    wrapped.__cause__ = ConnectionResetError()
    assert database_unavailable(wrapped)
    assert not database_unavailable(ValueError("a bug"))
    assert not database_unavailable(sa_exc.ProgrammingError("SELECT nope", {}, Exception("syntax error")))

    class ObjectNotInPrerequisiteStateError(Exception):  # asyncpg's, as raised at connect
        sqlstate = "55000"

    closed = ObjectNotInPrerequisiteStateError('database "plandesk" is not currently accepting connections')
    assert database_unavailable(sa_exc.DBAPIError("connect", {}, closed))
    # The same SQLSTATE for anything else is a bug, not an outage.
    assert not database_unavailable(ObjectNotInPrerequisiteStateError("currval is not yet defined"))
    assert not database_unavailable(KeyError("x"))


async def test_a_write_lost_to_a_concurrent_one_is_409_or_412_with_if_match(client, factory, monkeypatch):
    """Another writer's commit won the row (StaleDataError): without If-Match the caller named
    no version, so it is a conflict to retry (409), documented on every write; with one, 412."""
    from sqlalchemy.orm.exc import StaleDataError

    from plandesk.auth import service

    admin = await factory.actor("admin")
    made = await client.post(
        "/api/v1/service-accounts",
        json={"name": "Cổng thông tin", "scopes": ["plans:read"]},
        headers=admin.headers,
    )
    assert made.status_code == 201, made.text
    url = f"/api/v1/service-accounts/{made.json()['id']}/rotate-secret"

    async def lost(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise StaleDataError(
            "UPDATE statement on table 'service_accounts' expected to update 1 row(s); 0 were matched"
        )

    monkeypatch.setattr(service, "rotate_service_account_secret", lost)
    body = _is_problem(await client.post(url, headers=admin.headers), 409)
    assert body["type"].endswith("conflict")
    body = _is_problem(await client.post(url, headers={**admin.headers, "If-Match": "*"}), 412)
    assert body["type"].endswith("precondition-failed")
    doc = (await client.get("/openapi.json")).json()
    assert (
        "409"
        in doc["paths"]["/api/v1/service-accounts/{service_account_id}/rotate-secret"]["post"]["responses"]
    )
