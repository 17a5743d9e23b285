"""The hostile-input harness (issue #9): every operation of the OpenAPI document, every
parameter and body field, a corpus of hostile values, as every role, against a seeded
world. Fails on any 5xx, any response slower than 2 s (routes that hash a password get
the argon2 cost measured at the start on top: it is slow on purpose), any error that is
not problem+json, and a 10 MB body that is not refused with 413.

Run with ``make hostile`` (PostgreSQL; part of CI) or ``pytest -m hostile tests/hostile``
(SQLite); the plain ``pytest`` run skips it. It prints how many requests it sent.
"""

from __future__ import annotations

import asyncio
import collections
import secrets
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from plandesk.core import migrations
from plandesk.core.config import Settings
from plandesk.core.pagination import cursor_key, encode_cursor
from plandesk.core.security import create_access_token
from plandesk.main import create_app
from tests.hostile.cases import Request, Schemas, operation_requests

pytestmark = pytest.mark.hostile

ROLES = ("admin", "coordinator", "unit_officer", "moderator", "viewer", "anonymous")
SLOW_SECONDS = 2.0
CONCURRENCY = 2  # overlaps database round trips; more only queues on the one event loop
MIN_REQUESTS = 20_000


async def _seed(app: Any) -> tuple[dict[str, str], dict[str, str]]:
    """The contract world plus one user per role; returns (ids, Authorization per role)."""
    from plandesk.users import service as users
    from tests.contract.seed import IDS, seed_world

    settings: Settings = app.state.settings
    async with app.state.sessionmaker() as session:
        admin = await seed_world(session)
        people = {"admin": admin}
        unit_id = uuid.UUID(IDS["unit_id"])
        for role in ROLES[1:-1]:
            people[role] = await users.create_user(
                session,
                None,
                email=f"{role}@hostile.test",
                full_name=role.title(),
                role=role,
                password=f"{role}-password-long",
                unit_id=unit_id if role == "unit_officer" else None,
            )
        # Requests that change "a user" change this one, not the callers themselves.
        victim = await users.create_user(
            session, None, email="victim@hostile.test", full_name="Victim", role="viewer", password="x" * 12
        )
        draft = await _draft_report(session, admin, unit_id)
        ids = {**IDS, "user_id": str(victim.id), "draft_report_id": str(draft)}
        tokens = {}
        for role, user in people.items():
            token, _ = create_access_token(
                settings,
                subject=str(user.id),
                role=user.role,
                unit_id=str(user.unit_id) if user.unit_id else None,
                scopes=[],
                auth_version=user.auth_version,
            )
            tokens[role] = f"Bearer {token}"
    return ids, tokens


async def _draft_report(session: Any, admin: Any, unit_id: Any) -> Any:
    """A report still with its unit (the seeded one is submitted): the routes that act only on
    such a report (DRAFT_PATHS) get it, so their hostile values reach what stores them."""
    from plandesk.core.policy import Principal
    from plandesk.reports import unit_reports
    from tests.contract.seed import IDS
    from tests.contract.seed_reports import month_period

    actor = Principal(id=admin.id, role="admin")
    period = await month_period(session, actor, uuid.UUID(IDS["plan_id"]), 6)
    report, _ = await unit_reports.start_report(session, actor, period.id, unit_id)
    return report.id


# Routes that act only on a report still with its unit: sent to the draft report.
DRAFT_PATHS = {"/api/v1/unit-reports/{report_id}/attachments"}


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory: pytest.TempPathFactory, database_url: str) -> Any:
    var = Path(tmp_path_factory.mktemp("hostile"))
    url = database_url
    if url.startswith("sqlite"):
        url = f"sqlite+aiosqlite:///{var / 'hostile.db'}"
        migrations.upgrade(url)
    settings = Settings(
        env="test",
        database_url=url,
        var_dir=var,
        secret_key=secrets.token_urlsafe(48),
        redis_url=None,
        serve_frontend=False,
        check_schema_on_startup=False,
        feedback_clustering_interval_seconds=0,
    )
    return create_app(settings)


WRITERS = ("admin", "coordinator", "moderator", "unit_officer")
# Routes that hash or verify a password (argon2, slow on purpose, two hashes at most):
# their budget is 2 s plus the cost of those hashes as measured on this machine now.
PASSWORD_ROUTES = {
    "/api/v1/auth/login",
    "/api/v1/auth/token",
    "/api/v1/auth/password",
    "/api/v1/users",
    "/api/v1/users/{user_id}",
    "/api/v1/service-accounts",
    "/api/v1/service-accounts/{service_account_id}/rotate-secret",
}


async def _hash_seconds() -> float:
    """What one argon2 hash costs here, right now (the harness may share the machine)."""
    from plandesk.core.security import hash_password_off_loop

    started = time.perf_counter()
    await asyncio.gather(*(hash_password_off_loop("calibration") for _ in range(CONCURRENCY)))
    return time.perf_counter() - started


def _roles_for(request: Request, index: int) -> tuple[str, ...]:
    """Every role for a baseline; otherwise two, rotating, so each role meets every kind of
    hostile value: one that may write (so the value reaches validation and the service)
    and one of all six (so refusals of every role are exercised too)."""
    if request.roles is not None:
        return request.roles
    if request.label == "baseline" or request.label == "body=10MB":
        return ROLES
    first = WRITERS[index % len(WRITERS)]
    second = ROLES[index % len(ROLES)]
    if second == first:
        second = ROLES[(index + 1) % len(ROLES)]
    return (first, second)


async def _send(client: httpx.AsyncClient, request: Request, role: str, token: str | None) -> dict[str, Any]:
    body, content_type = request.encoded_body()
    headers: list[tuple[bytes, bytes]] = [(k.encode(), v) for k, v in request.headers.items()]
    if content_type:
        headers.append((b"content-type", content_type.encode()))
    if request.authorization is not None:
        headers.append((b"authorization", request.authorization))
    elif token:
        headers.append((b"authorization", token.encode()))
    started = time.perf_counter()
    try:
        response = await client.request(request.method, request.url(), content=body, headers=headers)
    except Exception as exc:  # the app raised through every handler: as bad as a 500
        return {"status": 599, "error": repr(exc)[:300], "seconds": time.perf_counter() - started}
    return {
        "status": response.status_code,
        "type": response.headers.get("content-type", ""),
        "seconds": time.perf_counter() - started,
        "text": response.text[:300],
    }


def _budget(request: Request, allowance: float) -> float:
    return SLOW_SECONDS + (allowance if request.path in PASSWORD_ROUTES else 0.0)


def _problems(request: Request, role: str, outcome: dict[str, Any], allowance: float) -> list[str]:
    where = f"{request.method} {request.path} [{request.label}] as {role}"
    out = []
    status = outcome["status"]
    if status >= 500:
        out.append(f"{where}: {status} {outcome.get('error') or outcome.get('text')}")
    elif status >= 400 and not outcome["type"].startswith("application/problem+json"):
        out.append(f"{where}: {status} as {outcome['type']!r}, not problem+json")
    budget = _budget(request, allowance)
    if outcome["seconds"] > budget:
        out.append(f"{where}: took {outcome['seconds']:.2f} s (budget {budget:.2f} s)")
    if request.label == "body=10MB" and status != 413:
        out.append(f"{where}: a 10 MB body answered {status}, not 413")
    return out


async def test_no_hostile_input_gets_a_server_error(
    hostile_app: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    app = hostile_app
    ids, tokens = await _seed(app)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test", timeout=60) as client:
        # Cursors: a real one of the units list (to be tried on every list), and signed
        # ones whose values have the wrong types.
        first = await client.get("/api/v1/units?limit=1", headers={"authorization": tokens["admin"]})
        key = cursor_key(app.state.settings.signing_key)
        signed = [c for c in [first.json().get("next_cursor")] if c] + [
            encode_cursor(["a", "b"], key),
            encode_cursor([1, True], key),
            encode_cursor([None, None], key),
            encode_cursor(["x", "not-a-uuid", 3], key),
        ]
        document = app.openapi()
        schemas = Schemas(document, ids)
        draft_schemas = Schemas(document, {**ids, "report_id": ids["draft_report_id"]})
        work: list[tuple[Request, str]] = []
        for path, operations in document["paths"].items():
            for method, op in operations.items():
                chosen = draft_schemas if path in DRAFT_PATHS else schemas
                for request in operation_requests(method, path, op, chosen, signed):
                    work += [(request, role) for role in _roles_for(request, len(work))]

        failures: list[str] = []
        statuses: collections.Counter[int] = collections.Counter()
        slowest: list[tuple[float, str]] = []
        allowance = 2 * await _hash_seconds()
        started = time.perf_counter()
        queue = iter(work)

        async def worker() -> None:
            for request, role in queue:
                outcome = await _send(client, request, role, tokens.get(role))
                if outcome["seconds"] > _budget(request, allowance) and outcome["status"] < 500:
                    # Once more before calling it slow: a stall (an upload that holds the
                    # worker) is slow every time; a busy machine's scheduling hiccup is not.
                    again = await _send(client, request, role, tokens.get(role))
                    if again["status"] >= 500:
                        outcome = again
                    else:
                        outcome = {**outcome, "seconds": min(outcome["seconds"], again["seconds"])}
                done = sum(statuses.values())
                if done % 2000 == 0 and done:
                    with capsys.disabled():
                        print(
                            f"hostile: {done}/{len(work)} in {time.perf_counter() - started:.0f} s",
                            flush=True,
                        )
                statuses[outcome["status"]] += 1
                slowest.append((outcome["seconds"], f"{request.method} {request.path} [{request.label}]"))
                failures.extend(_problems(request, role, outcome, allowance))

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        elapsed = time.perf_counter() - started

    sent = sum(statuses.values())
    slowest.sort(reverse=True)
    with capsys.disabled():
        print(f"\nhostile: {sent} requests in {elapsed:.1f} s over {len(document['paths'])} paths")
        print("hostile: by status " + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items())))
        print("hostile: slowest " + "; ".join(f"{s:.2f} s {label}" for s, label in slowest[:3]))
        print(f"hostile: {len(failures)} failures (password routes allowed {allowance:.2f} s more)")
    assert sent >= MIN_REQUESTS
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:200])
