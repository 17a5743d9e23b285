"""Load benchmark of the hot task read paths: task lists, /me/assignments, the dashboard.

Seeds 50 plans x 200 tasks x 5 assignments into a fresh database, starts the API
the way the README runs it (``plandesk serve --workers 2``: uvicorn, 2 worker
processes), then drives each endpoint with ``wrk`` (a separate C process; the Lua
script in ``bench/wrk_report.lua`` rotates requests and reports exact
percentiles) at concurrency 10, next to ``/healthz`` measured in the same run.

    .venv/bin/python bench/tasks.py                      # SQLite and PostgreSQL, 30 s each
    .venv/bin/python bench/tasks.py --db sqlite --duration 5

PostgreSQL: ``--pg-url`` (default ``$PLANDESK_BENCH_PG_URL`` or
``postgresql+asyncpg://postgres@127.0.0.1:5432/postgres``); a scratch database is
created next to it and dropped afterwards. Needs ``wrk`` (``apt-get install wrk``).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "backend"))

from plandesk.core import migrations  # noqa: E402
from plandesk.core.config import Settings  # noqa: E402
from plandesk.core.db import make_engine  # noqa: E402
from plandesk.core.security import create_access_token, hash_password  # noqa: E402
from plandesk.core.text import fold  # noqa: E402
from plandesk.plans.models import Channel, Milestone, Phase, Plan  # noqa: E402
from plandesk.plans.schedule import period  # noqa: E402
from plandesk.tasks.models import Assignment, Task  # noqa: E402
from plandesk.tasks.progress import derive_progress  # noqa: E402
from plandesk.units.models import Unit  # noqa: E402
from plandesk.users.models import User  # noqa: E402

PLANS = 50
TASKS_PER_PLAN = 200
ASSIGNMENTS_PER_TASK = 5
UNITS = 40
CONCURRENCY = 10
WRK_THREADS = 2
LUA = Path(__file__).with_name("wrk_report.lua")

# Targets (issue #15, item 5): p95 at concurrency 10 and the server's CPU time per request
# (the app's processes plus, on PostgreSQL, the backends serving the benchmark's database).
LIST_P95_MS = 30.0
LIST_CPU_MS = 2.0
DASHBOARD_P95_MS = 50.0
DASHBOARD_CPU_MS = 2.5

VERBS = ["Tuyên truyền", "Tổ chức", "Hướng dẫn", "Chỉ đạo", "Biên soạn", "Phát hành", "Tổng hợp", "Đăng tải"]
OBJECTS = [
    "đại hội đảng bộ các cấp",
    "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII",
    "Đại hội XIII của Đảng",
    "góp ý dự thảo văn kiện",
    "90 năm lịch sử vẻ vang của Đảng",
    "gương người tốt, việc tốt",
    "phong trào thi đua yêu nước",
    "tài liệu hỏi - đáp",
]
PLACES = ["trên báo chí", "tại cơ sở", "qua mạng xã hội", "bằng pa-nô, áp-phích", "trong sinh hoạt chi bộ"]
UNIT_NAMES = [
    "Ban Tuyên giáo Tỉnh ủy",
    "Ban Tổ chức Tỉnh ủy",
    "Văn phòng Tỉnh ủy",
    "Sở Thông tin và Truyền thông",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Báo Đắk Lắk",
    "Đài Phát thanh - Truyền hình tỉnh",
    "Ủy ban MTTQ Việt Nam tỉnh",
    "Tỉnh đoàn",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Hội Nông dân tỉnh",
    "Hội Cựu chiến binh tỉnh",
    "Liên đoàn Lao động tỉnh",
]


@dataclass
class World:
    plan_ids: list[uuid.UUID]
    unit_ids: list[uuid.UUID]
    phase_ids: dict[uuid.UUID, list[uuid.UUID]]
    coordinator: User
    officers: list[User]


# --- seeding -----------------------------------------------------------------------


def _rows_for_plan(
    rng: random.Random, plan_no: int, unit_ids: list[uuid.UUID], today: dt.date, created: dt.datetime
) -> dict[str, list[dict[str, Any]]]:
    plan_id = uuid.uuid4()
    title = f"Kế hoạch tuyên truyền số {plan_no}"
    out: dict[str, list[dict[str, Any]]] = {
        k: [] for k in ("plans", "milestones", "phases", "channels", "tasks", "assignments")
    }
    out["plans"].append(
        {
            "id": plan_id,
            "code": f"{100 + plan_no}-KH/TU",
            "title": title,
            "title_folded": fold(title),
            "issuing_body": "Ban Thường vụ Tỉnh ủy",
            "place": "Đắk Lắk",
            "issued_on": today - dt.timedelta(days=200),
            "legal_bases": [],
            "purposes": ["Tuyên truyền sâu rộng"],
            "requirements": ["Bảo đảm đúng định hướng"],
            "recipients": [],
            "status": "active",
            "published": plan_no % 2 == 0,
            "version": 1,
            "created_at": created,
            "updated_at": created,
        }
    )
    milestones = []
    for i, (offset, precision) in enumerate(((-90, "month"), (-20, "day"), (10, "day"), (60, "quarter"))):
        start, end = period(today + dt.timedelta(days=offset), precision)  # type: ignore[arg-type]
        mid = uuid.uuid4()
        milestones.append((mid, start, end))
        out["milestones"].append(
            {
                "id": mid,
                "plan_id": plan_id,
                "title": f"Đại hội {i + 1}",
                "kind": "event",
                "date": start,
                "precision": precision,
                "range_start": start,
                "range_end": end,
                "status": "planned",
                "version": 1,
                "created_at": created,
                "updated_at": created,
            }
        )
    phase_ids = []
    for i in range(5):
        pid = uuid.uuid4()
        phase_ids.append(pid)
        out["phases"].append(
            {
                "id": pid,
                "plan_id": plan_id,
                "parent_id": phase_ids[2] if i >= 3 else None,
                "label": ["I", "II", "III", "3.1", "3.2"][i],
                "position": i,
                "title": f"Đợt {i + 1}",
                "topics": ["Chủ đề"],
                "start_date": today - dt.timedelta(days=120 - 40 * i),
                "end_date": today - dt.timedelta(days=60 - 40 * i),
                "version": 1,
                "created_at": created,
                "updated_at": created,
            }
        )
    for i in range(3):
        out["channels"].append(
            {
                "id": uuid.uuid4(),
                "plan_id": plan_id,
                "label": str(i + 1),
                "position": i,
                "title": ["Báo chí", "Tuyên truyền miệng", "Cổ động trực quan"][i],
                "items": [],
                "version": 1,
                "created_at": created,
                "updated_at": created,
            }
        )
    for t in range(TASKS_PER_PLAN):
        task_id = uuid.uuid4()
        units = rng.sample(unit_ids, ASSIGNMENTS_PER_TASK)
        title = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)}"
        body = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}; báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy."
        due: dict[str, Any] = {
            "due_milestone_id": None,
            "due_side": None,
            "due_offset_days": None,
            "due_date": None,
        }
        roll = rng.random()
        if roll < 0.2:
            mid, start, end = rng.choice(milestones)
            offset = rng.randint(-10, 10)
            due = {
                "due_milestone_id": mid,
                "due_side": "end",
                "due_offset_days": offset,
                "due_date": end + dt.timedelta(days=offset),
            }
        elif roll < 0.9:
            due["due_date"] = today + dt.timedelta(days=rng.randint(-120, 120))
        created_at = created + dt.timedelta(seconds=t)
        states = []
        for i, unit_id in enumerate(units):
            status = rng.choices(
                ["done", "in_progress", "not_started", "blocked", "cancelled"], [35, 30, 25, 5, 5]
            )[0]
            percent = {"done": 100, "in_progress": rng.randint(5, 95), "blocked": rng.randint(0, 60)}.get(
                status, 0
            )
            completed_on = None
            if status == "done":
                anchor = due["due_date"] or today
                completed_on = min(today, anchor + dt.timedelta(days=rng.randint(-20, 10)))
            states.append((status, percent, completed_on))
            out["assignments"].append(
                {
                    "id": uuid.uuid4(),
                    "task_id": task_id,
                    "plan_id": plan_id,
                    "unit_id": unit_id,
                    "role": "lead" if i == 0 else "support",
                    "due_date": due["due_date"],
                    "status": status,
                    "percent": percent,
                    "completed_on": completed_on,
                    "completed_at": dt.datetime.combine(completed_on, dt.time(10), tzinfo=dt.UTC)
                    if completed_on
                    else None,
                    "last_update_at": created_at if status != "not_started" else None,
                    "version": 1,
                    "created_at": created_at,
                    "updated_at": created_at,
                }
            )
        status, percent, completed_on = derive_progress(states)
        summary = [
            {"unit_id": str(u), "role": "lead" if i == 0 else "support", "status": st[0], "percent": st[1]}
            for i, (u, st) in enumerate(zip(units, states, strict=True))
        ]
        out["tasks"].append(
            {
                "id": task_id,
                "plan_id": plan_id,
                "phase_id": rng.choice([*phase_ids, None]),
                "source_section": f"IV.{rng.randint(1, 15)}",
                "title": title,
                "body": body,
                "title_folded": fold(title),
                "search_folded": fold(f"{title} {body}"),
                "lead_unit_id": units[0],
                **due,
                "status": status,
                "percent": percent,
                "completed_on": completed_on,
                "assignment_summary": summary,
                "version": 1,
                "created_at": created_at,
                "updated_at": created_at,
            }
        )
    return out


async def seed(database_url: str, seed_value: int = 148) -> World:
    """Bulk-insert the benchmark world with Core (the service layer would take minutes)."""
    rng = random.Random(seed_value)
    today = dt.datetime.now(dt.UTC).date()
    engine = make_engine(database_url)
    password_hash = hash_password(secrets.token_urlsafe(16))
    unit_ids = [uuid.uuid4() for _ in range(UNITS)]
    now = dt.datetime.now(dt.UTC)
    unit_rows = [
        {
            "id": uid,
            "name": (name := UNIT_NAMES[i] if i < len(UNIT_NAMES) else f"Huyện ủy số {i}"),
            "name_folded": fold(name),
            "kind": "department" if i < len(UNIT_NAMES) else "district",
            "active": True,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for i, uid in enumerate(unit_ids)
    ]
    coordinator = User(
        id=uuid.uuid4(),
        email="coordinator@bench.test",
        full_name="Điều phối",
        role="coordinator",
        auth_version=1,
    )
    officers = [
        User(
            id=uuid.uuid4(),
            email=f"officer{i}@bench.test",
            full_name="Cán bộ",
            role="unit_officer",
            unit_id=u,
            auth_version=1,
        )
        for i, u in enumerate(unit_ids)
    ]
    user_rows = [
        {
            "id": u.id,
            "email": u.email,
            "full_name": u.full_name,
            "role": u.role,
            "unit_id": u.unit_id,
            "active": True,
            "password_hash": password_hash,
            "auth_version": 1,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for u in [coordinator, *officers]
    ]
    plan_ids: list[uuid.UUID] = []
    phase_ids: dict[uuid.UUID, list[uuid.UUID]] = {}
    async with engine.begin() as conn:
        await conn.execute(insert(Unit.__table__), unit_rows)
        await conn.execute(insert(User.__table__), user_rows)
        for p in range(PLANS):
            rows = _rows_for_plan(rng, p + 1, unit_ids, today, now - dt.timedelta(days=PLANS - p))
            plan_ids.append(rows["plans"][0]["id"])
            phase_ids[rows["plans"][0]["id"]] = [r["id"] for r in rows["phases"]]
            for model, key in (
                (Plan, "plans"),
                (Milestone, "milestones"),
                (Phase, "phases"),
                (Channel, "channels"),
                (Task, "tasks"),
                (Assignment, "assignments"),
            ):
                await conn.execute(insert(model.__table__), rows[key])
    # A database that has been running a while has statistics and (PostgreSQL) a
    # visibility map, which index-only scans need; a freshly bulk-loaded one has neither.
    async with engine.connect() as conn:
        if database_url.startswith("postgresql"):
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text("VACUUM ANALYZE"))
        else:
            await conn.execute(text("ANALYZE"))
            await conn.commit()
    await engine.dispose()
    return World(plan_ids, unit_ids, phase_ids, coordinator, officers)


# --- databases ---------------------------------------------------------------------


def _admin_connect(base_url: str) -> Any:
    import asyncpg

    url = make_url(base_url)
    return asyncpg.connect(
        host=url.host or "127.0.0.1",
        port=url.port or 5432,
        user=url.username or "postgres",
        password=url.password,
        database=url.database or "postgres",
    )


async def create_pg_database(base_url: str) -> tuple[str, str]:
    name = f"plandesk_bench_{uuid.uuid4().hex[:10]}"
    conn = await _admin_connect(base_url)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return make_url(base_url).set(database=name).render_as_string(hide_password=False), name


async def pg_backends(base_url: str, name: str) -> list[int]:
    """Process ids of the PostgreSQL backends connected to database ``name``."""
    conn = await _admin_connect(base_url)
    try:
        rows = await conn.fetch("SELECT pid FROM pg_stat_activity WHERE datname = $1", name)
    finally:
        await conn.close()
    return [r["pid"] for r in rows]


async def drop_pg_database(base_url: str, name: str) -> None:
    conn = await _admin_connect(base_url)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


# --- the server --------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``plandesk serve --workers 2`` in its own process group, logging to a file."""

    def __init__(self, database_url: str, workdir: Path, secret: str, workers: int) -> None:
        self.port = free_port()
        self.log = workdir / "server.log"
        env = {
            **os.environ,
            "PLANDESK_DATABASE_URL": database_url,
            "PLANDESK_SECRET_KEY": secret,
            "PLANDESK_VAR_DIR": str(workdir / "var"),
            "PLANDESK_SERVE_FRONTEND": "false",
            "PLANDESK_ENV": "production",
        }
        plandesk = Path(sys.executable).with_name("plandesk")
        self.proc = subprocess.Popen(
            [
                str(plandesk),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--workers",
                str(workers),
            ],
            env=env,
            stdout=self.log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=workdir,
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited: see {self.log}\n{self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.base}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"the server did not become ready: see {self.log}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


# --- scenarios ---------------------------------------------------------------------


def _token(settings: Settings, user: User) -> str:
    token, _ = create_access_token(
        settings,
        subject=str(user.id),
        role=user.role,
        unit_id=str(user.unit_id) if user.unit_id else None,
        scopes=[],
        auth_version=1,
    )
    return token


def scenarios(
    world: World, settings: Settings, base: str, rng: random.Random
) -> dict[str, list[tuple[str, str]]]:
    """(path, token) rotations per endpoint, including second and third pages via real cursors."""
    coord = _token(settings, world.coordinator)
    officer_tokens = [_token(settings, o) for o in world.officers]

    lists: list[tuple[str, str]] = []
    filters: list[dict[str, Any]] = [
        {},
        {"sort": "-due_date"},
        {"overdue": "true"},
        {"status": "in_progress"},
        {"status": ["not_started", "blocked"]},
        {"q": "dai hoi"},
        {"q": "gop y du thao"},
        {"sort": "title", "limit": 20},
        {"due_after": str(dt.date.today()), "due_before": str(dt.date.today() + dt.timedelta(days=30))},
    ]
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {coord}"}, timeout=30) as client:
        for plan_id in world.plan_ids[:20]:
            unit = rng.choice(world.unit_ids)
            variants = [
                *filters,
                {"unit_id": str(unit), "role": "lead"},
                {"unit_id": str(unit)},
                {"phase_id": str(rng.choice(world.phase_ids[plan_id]))},
            ]
            for params in variants:
                url = f"/api/v1/plans/{plan_id}/tasks"
                query = httpx.QueryParams(params)
                lists.append((f"{url}?{query}" if params else url, coord))
                # Follow the cursor: pages 2 and 3 are part of the load.
                for _ in range(2):
                    resp = client.get(url, params=query)
                    resp.raise_for_status()
                    cursor = resp.json()["next_cursor"]
                    if not cursor:
                        break
                    query = query.set("cursor", cursor)
                    lists.append((f"{url}?{query}", coord))
        mine: list[tuple[str, str]] = []
        for token in officer_tokens:
            mine.append(("/api/v1/me/assignments", token))
            mine.append((f"/api/v1/me/assignments?plan_id={rng.choice(world.plan_ids)}", token))
            mine.append(("/api/v1/me/assignments?status=in_progress&status=not_started", token))
            resp = client.get("/api/v1/me/assignments", headers={"Authorization": f"Bearer {token}"})
            resp.raise_for_status()
            if resp.json()["next_cursor"]:
                mine.append((f"/api/v1/me/assignments?cursor={resp.json()['next_cursor']}", token))
    dashboards = [(f"/api/v1/plans/{p}/dashboard", coord) for p in world.plan_ids]
    rng.shuffle(lists)
    rng.shuffle(mine)
    return {
        "healthz": [("/healthz", "")],
        "task list": lists,
        "/me/assignments": mine,
        "dashboard": dashboards,
    }


@dataclass
class Result:
    name: str
    rps: float
    p50: float
    p95: float
    p99: float
    errors: int
    requests: int
    load: float = 0.0  # the machine's 1-minute load average after the run
    cpu_ms: float = 0.0  # CPU time the server (and its database) spent per request


def process_tree(root: int) -> list[int]:
    """``root`` and its descendants (the uvicorn master and its workers)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of ``pids`` (all their threads), from /proc."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def load_average() -> float:
    """Other processes on the machine skew any benchmark: the report shows how busy it was."""
    return os.getloadavg()[0]


def run_wrk(
    base: str,
    name: str,
    requests: list[tuple[str, str]],
    duration: int,
    workdir: Path,
    server_pids: Any = None,
) -> Result:
    """Run wrk; with ``server_pids`` (a callable), also the server's CPU time per request."""
    pids = server_pids() if server_pids else []
    cpu_before = cpu_seconds(pids)
    rotation = workdir / f"{name.strip('/').replace('/', '_').replace(' ', '_')}.tsv"
    rotation.write_text("".join(f"{path}\t{token}\n" for path, token in requests))
    out = subprocess.run(
        [
            "wrk",
            f"-t{WRK_THREADS}",
            f"-c{CONCURRENCY}",
            f"-d{duration}s",
            "--timeout",
            "10s",
            "-s",
            str(LUA),
            base,
            "--",
            str(rotation),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    cpu = cpu_seconds(pids) - cpu_before
    line = next(x for x in out.stdout.splitlines() if x.startswith("BENCH_JSON "))
    data = json.loads(line.removeprefix("BENCH_JSON "))
    errors = sum(v for k, v in data.items() if k.startswith("errors_"))
    return Result(
        cpu_ms=cpu / data["requests"] * 1000 if data["requests"] else 0.0,
        name=name,
        rps=data["requests"] / (data["duration_us"] / 1e6),
        p50=data["p50_us"] / 1000,
        p95=data["p95_us"] / 1000,
        p99=data["p99_us"] / 1000,
        errors=errors,
        requests=data["requests"],
    )


def check_responses(base: str, plan: dict[str, list[tuple[str, str]]]) -> None:
    """Every request of the rotations answers 200 before the load starts (errors would skew it)."""
    with httpx.Client(base_url=base, timeout=30) as client:
        for name, requests in plan.items():
            for path, token in requests[:50]:
                headers = {"Authorization": f"Bearer {token}"} if token else {}
                resp = client.get(path, headers=headers)
                if resp.status_code != 200:
                    raise RuntimeError(f"{name}: GET {path} -> {resp.status_code} {resp.text[:300]}")


def bench_database(kind: str, args: argparse.Namespace) -> list[tuple[Result, Result]]:
    workdir = Path(tempfile.mkdtemp(prefix=f"plandesk-bench-{kind}-"))
    pg_name = None
    if kind == "sqlite":
        (workdir / "var").mkdir()
        database_url = f"sqlite+aiosqlite:///{workdir / 'var' / 'bench.db'}"
    else:
        database_url, pg_name = asyncio.run(create_pg_database(args.pg_url))
    server = None
    try:
        print(
            f"\n== {kind}: migrating and seeding {PLANS} plans x {TASKS_PER_PLAN} tasks"
            f" x {ASSIGNMENTS_PER_TASK} assignments"
        )
        t0 = time.monotonic()
        migrations.upgrade(database_url)
        world = asyncio.run(seed(database_url))
        print(f"   seeded in {time.monotonic() - t0:.1f} s")
        secret = secrets.token_urlsafe(48)
        settings = Settings(secret_key=secret, access_token_minutes=240, database_url=database_url)
        server = Server(database_url, workdir, secret, args.workers)
        server.wait_ready()
        rng = random.Random(13)
        plan = scenarios(world, settings, server.base, rng)
        check_responses(server.base, plan)
        # Each endpoint is measured right after its own /healthz run, so a change in the
        # machine's load during the run (other processes) skews neither side of the ratio.
        health = plan.pop("healthz")
        pairs = []
        for name, requests in plan.items():
            run_wrk(server.base, name, requests, max(2, args.duration // 10), workdir)  # warm-up
            # The server's processes and, on PostgreSQL, the backends serving this database:
            # CPU per request does not depend on what else the machine is doing.
            db_pids = asyncio.run(pg_backends(args.pg_url, pg_name)) if pg_name else []
            pids = lambda: [*process_tree(server.proc.pid), *db_pids]  # noqa: E731, B023
            ceiling = run_wrk(server.base, "healthz", health, args.duration, workdir, pids)
            result = run_wrk(server.base, name, requests, args.duration, workdir, pids)
            result.load = load_average()
            for r, n in ((ceiling, 1), (result, len(requests))):
                print(
                    f"   {r.name:<16} {r.rps:>8.0f} req/s  p50 {r.p50:6.1f} ms  p95 {r.p95:6.1f} ms  "
                    f"p99 {r.p99:6.1f} ms  errors {r.errors}  CPU {r.cpu_ms:.2f} ms/req  ({n} distinct requests)"
                )
            pairs.append((ceiling, result))
        return pairs
    finally:
        if server is not None:
            server.stop()
        if pg_name is not None:
            asyncio.run(drop_pg_database(args.pg_url, pg_name))
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            print(f"   kept {workdir}")


def report(kind: str, pairs: list[tuple[Result, Result]]) -> bool:
    """A Markdown table: each endpoint next to the /healthz run measured just before it."""
    ok = True
    print(
        f"\n{kind}: concurrency {CONCURRENCY}, wrk -t{WRK_THREADS};"
        " ratio = req/s relative to the /healthz run just before"
    )
    print(
        "| endpoint | req/s | p50 ms | p95 ms | p99 ms | errors | /healthz (same run) | ratio "
        "| CPU ms/req (/healthz) | CPU ratio | load | target |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for health, r in pairs:
        ratio = r.rps / health.rps if health.rps else 0.0
        p95_max, cpu_max = (
            (LIST_P95_MS, LIST_CPU_MS)
            if r.name in ("task list", "/me/assignments")
            else (DASHBOARD_P95_MS, DASHBOARD_CPU_MS)
        )
        met = r.errors == 0 and health.errors == 0 and r.p95 <= p95_max and r.cpu_ms <= cpu_max
        target = f"p95 ≤ {p95_max:.0f} ms, CPU ≤ {cpu_max} ms: {'met' if met else 'MISSED'}"
        ok = ok and met
        print(
            f"| {r.name} | {r.rps:.0f} | {r.p50:.1f} | {r.p95:.1f} | {r.p99:.1f} | {r.errors} | "
            f"{health.rps:.0f} (p50 {health.p50:.1f}, p95 {health.p95:.1f}, p99 {health.p99:.1f} ms, "
            f"errors {health.errors}) | {ratio:.1%} | {r.cpu_ms:.2f} ({health.cpu_ms:.2f}) | "
            f"{health.cpu_ms / r.cpu_ms if r.cpu_ms else 0:.1%} | {r.load:.1f} | {target} |"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--duration", type=int, default=30, help="seconds per endpoint (default 30)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--pg-url",
        default=os.environ.get(
            "PLANDESK_BENCH_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
        ),
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the scratch directory (server log, rotations)"
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is not installed: apt-get install -y wrk", file=sys.stderr)
        return 2
    kinds = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.splitlines()
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load_average():.1f}; "
        f"Python {sys.version.split()[0]}; {(wrk_version or ['wrk'])[0]}"
    )
    all_ok = True
    tables = []
    for kind in kinds:
        tables.append((kind, bench_database(kind, args)))
    for kind, pairs in tables:
        all_ok = report(kind, pairs) and all_ok
    print("\nall targets met" if all_ok else "\nsome targets MISSED")
    return 0 if all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
