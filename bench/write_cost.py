"""What emitting events costs the write endpoints that emit them (issue #10: ≤ 10 % added).

Events are written whatever subscribes (the outbox also feeds notifications and the sync
feed), so there is no production switch to compare against: the "without" build replaces
``core.events.emit`` in every module that imported it with a function that does nothing —
a bench-only monkeypatch, never a setting. Both builds run in one process on one freshly
seeded database, in alternating rounds (A B A B …) so drift in the machine's load hits
both alike, driving the ASGI application directly the way ``bench/request_cpu.py`` does.

Per endpoint and concurrency it reports the process's CPU time per request, the
PostgreSQL backends' CPU time per request (``/proc``; PostgreSQL only) and wall time per
request, each build's median over rounds, and the added cost as the median of the rounds'
*paired* ratios (each round's "with" against the "without" measured right next to it) with
its quartiles and extremes: the spread says how far the median can be trusted.

    .venv/bin/python bench/write_cost.py                        # PostgreSQL, c=1 and c=10
    .venv/bin/python bench/write_cost.py --db sqlite -n 60 --rounds 6
    .venv/bin/python bench/write_cost.py --endpoints progress --concurrency 1 --profile /tmp/wc

Endpoints: POST /tasks/{id}/updates (progress, ``assignment.progressed``), PATCH /tasks/{id}
with a new deadline (``task.updated``), POST /plans/{id}/tasks with three units (the task and
its assignments, ``task.created``), PATCH /feedback/{id} with an answer (``feedback.answered``);
``--endpoints bare``: a small write transaction without HTTP (a task's title through the ORM,
one ``task.updated``), the most sensitive gauge of what one event costs.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime as dt
import itertools
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "backend"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from feedback import create_database, drop_database, pg_dsn  # noqa: E402
from request_cpu import _backend_pids, _scope, _ticks  # noqa: E402

JSON = (b"content-type", b"application/json")
Request = tuple[str, str, bytes, list[tuple[bytes, bytes]], int, Callable[[dict[str, str]], None] | None]


async def call(
    app: Any, method: str, path: str, body: bytes, headers: list[tuple[bytes, bytes]]
) -> tuple[int, dict[str, str]]:
    hdrs = [*headers, (b"content-length", str(len(body)).encode())]
    scope = _scope(method, path, hdrs)
    sent = False
    status = 0
    got: dict[str, str] = {}

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
            got.update({k.decode().lower(): v.decode() for k, v in message.get("headers", [])})

    await app(scope, receive, send)
    return status, got


def _auth(headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
    return [(k.lower().encode(), v.encode()) for k, v in headers.items()]


class Scenario:
    """Seeded objects, one slice per client so concurrent clients never race on a version."""

    def __init__(self, clients: int, per_client: int) -> None:
        self.clients = clients
        self.per_client = per_client
        self.etags: dict[str, str] = {}
        self.counter = itertools.count(1)

    async def seed(self, app: Any, settings: Any, bare: bool = False) -> None:
        from sqlalchemy import update
        from tests.consultations.factories import ConsultationFactory
        from tests.factories import Factory
        from tests.plans.factories import PlanFactory
        from tests.tasks.factories import TaskFactory

        from plandesk.consultations.models import FeedbackSubmission as Feedback

        sm = app.state.sessionmaker
        people = Factory(sm, settings)
        plans, tasks, consult = PlanFactory(sm), TaskFactory(sm), ConsultationFactory(sm)
        self.units = [await people.unit() for _ in range(4)]
        officer = await people.actor("unit_officer", self.units[0])
        admin = await people.actor("admin")
        moderator = await people.actor("moderator")
        self.people, self._users = people, (officer.user, admin.user, moderator.user)
        self.fresh_tokens()
        self.plan = await plans.plan()
        count = self.clients * self.per_client
        self.tasks = [
            await tasks.task(self.plan, self.units[0], self.units[1:3], due="2027-06-30")
            for _ in range(count)
        ]
        for t in self.tasks:
            self.etags[f"task:{t.id}"] = f'"{t.id}-{t.version}"'
        # The bare transactions change tasks of their own (a change bumps the version the
        # deadline requests' ETags track).
        self.bare_tasks = [
            await tasks.task(self.plan, self.units[0], due="2027-06-30") for _ in range(count if bare else 0)
        ]
        self.sessionmaker = sm
        consultation = await consult.consultation()
        self.feedback: list[str] = []
        for i in range(count):
            status, _ = await call(
                app,
                "POST",
                f"/api/v1/consultations/{consultation.id}/feedback",
                json.dumps(
                    {
                        "body": f"Ý kiến số {i}: đề nghị bổ sung nội dung về giáo dục.",
                        "contributor_group": "citizen",
                        "channel": "web",
                    },
                    ensure_ascii=False,
                ).encode(),
                [JSON, (b"x-forwarded-for", f"10.0.{i // 250}.{i % 250}".encode())],
            )
            assert status == 201, status
        async with sm() as s:
            await s.execute(update(Feedback).values(status="in_review"))
            await s.commit()
            rows = (await s.execute(Feedback.__table__.select())).all()
        self.feedback = [str(r.id) for r in rows]
        # The ETags are read once through the API (their format is the API's business).
        for kind, ids, who in (
            ("task", [str(t.id) for t in self.tasks], self.admin),
            ("feedback", self.feedback, self.moderator),
        ):
            for entity in ids:
                path = f"/api/v1/tasks/{entity}" if kind == "task" else f"/api/v1/feedback/{entity}"
                status, headers = await call(app, "GET", path, b"", who)
                assert status == 200, (path, status)
                self.etags[f"{kind}:{entity}"] = headers["etag"]

    def fresh_tokens(self) -> None:
        """Access tokens expire (minutes): a long run signs its actors in again before each figure."""
        officer, admin, moderator = self._users
        self.officer = _auth(self.people.headers_for(officer))
        self.admin = _auth(self.people.headers_for(admin))
        self.moderator = _auth(self.people.headers_for(moderator))

    def _slice(self, items: list[Any], client: int) -> Iterator[Any]:
        mine = items[client * self.per_client : (client + 1) * self.per_client]
        return itertools.cycle(mine)

    async def bare(self, tasks: Iterator[Any]) -> None:
        """A small write transaction without HTTP: a task's title, and its ``task.updated``."""
        from plandesk.core import events  # emit looked up per call: the switch replaces it
        from plandesk.tasks.models import Task

        task = next(tasks)
        async with self.sessionmaker() as s:
            row = await s.get(Task, task.id)
            assert row is not None
            before, row.title = row.title, f"Nhiệm vụ số {next(self.counter)}"
            change = {"title": {"before": before, "after": row.title}}
            events.emit(
                s, "task.updated", events.Subject("task", row.id), {"changes": change}, plan_id=row.plan_id
            )
            await s.commit()

    def requests(self, endpoint: str, client: int) -> Iterator[Request]:
        if endpoint == "progress":
            for task in self._slice(self.tasks, client):
                n = next(self.counter)
                body = {"percent": 1 + n % 98, "note": f"Đã triển khai đợt {n}"}
                yield (
                    "POST",
                    f"/api/v1/tasks/{task.id}/updates",
                    json.dumps(body).encode(),
                    [JSON, *self.officer],
                    201,
                    None,
                )
        elif endpoint == "deadline":
            for task in self._slice(self.tasks, client):
                key = f"task:{task.id}"
                day = dt.date(2027, 1, 1) + dt.timedelta(days=next(self.counter) % 700)
                body = json.dumps({"due": {"kind": "fixed", "date": day.isoformat()}}).encode()
                yield (
                    "PATCH",
                    f"/api/v1/tasks/{task.id}",
                    body,
                    [JSON, *self.admin, (b"if-match", self.etags[key].encode())],
                    200,
                    lambda h, key=key: self.etags.__setitem__(key, h["etag"]),
                )
        elif endpoint == "task_create":
            while True:
                n = next(self.counter)
                body = {
                    "title": f"Nhiệm vụ số {n}",
                    "lead_unit_id": str(self.units[0].id),
                    "supporting_unit_ids": [str(u.id) for u in self.units[1:]],
                    "due": {"kind": "fixed", "date": "2027-09-30"},
                }
                yield (
                    "POST",
                    f"/api/v1/plans/{self.plan.id}/tasks",
                    json.dumps(body).encode(),
                    [JSON, *self.admin],
                    201,
                    None,
                )
        elif endpoint == "answer":
            statuses = itertools.cycle(["accepted", "partially_accepted", "not_accepted"])
            for fid in self._slice(self.feedback, client):
                key = f"feedback:{fid}"
                body = {
                    "status": next(statuses),
                    "response": f"Ban soạn thảo trả lời lần {next(self.counter)}.",
                }
                yield (
                    "PATCH",
                    f"/api/v1/feedback/{fid}",
                    json.dumps(body).encode(),
                    [JSON, *self.moderator, (b"if-match", self.etags[key].encode())],
                    200,
                    lambda h, key=key: self.etags.__setitem__(key, h["etag"]),
                )
        else:
            raise ValueError(endpoint)


async def drive(app: Any, scenario: Scenario, endpoint: str, n: int, concurrency: int) -> dict[int, int]:
    done = 0
    bad: dict[int, int] = {}

    async def client(i: int) -> None:
        nonlocal done
        if endpoint == "bare":
            tasks = scenario._slice(scenario.bare_tasks, i)
            while done < n:
                done += 1
                await scenario.bare(tasks)
            return
        reqs = scenario.requests(endpoint, i)
        while done < n:
            done += 1
            method, path, body, headers, want, after = next(reqs)
            status, got = await call(app, method, path, body, headers)
            if status != want:
                bad[status] = bad.get(status, 0) + 1
            elif after is not None:
                after(got)

    await asyncio.gather(*(client(i) for i in range(concurrency)))
    return bad


class EmitSwitch:
    """The bench-only "without events" build: ``emit`` does nothing wherever it was imported."""

    def __init__(self) -> None:
        from plandesk.core import events

        self.real = events.emit
        self.modules = [
            m
            for name, m in list(sys.modules.items())
            if name.startswith("plandesk") and getattr(m, "emit", None) is self.real
        ]

    def set(self, emitting: bool) -> None:
        def nothing(*args: Any, **kwargs: Any) -> None:
            return None

        for module in self.modules:
            module.emit = self.real if emitting else nothing  # type: ignore[attr-defined]


async def run(args: argparse.Namespace) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="plandesk-write-cost-"))
    dbname = None
    if args.db == "postgres":
        dbname = f"plandesk_bench_write_{int(time.time())}"
        url = await create_database(args.pg_url, dbname)
    else:
        url = f"sqlite+aiosqlite:///{tmp / 'bench.sqlite3'}"
    os.environ.update(
        {
            "PLANDESK_DATABASE_URL": url,
            "PLANDESK_SECRET_KEY": secrets.token_urlsafe(48),
            "PLANDESK_SERVE_FRONTEND": "false",
            "PLANDESK_ENV": "production",
            "PLANDESK_VAR_DIR": str(tmp),
            "PLANDESK_FEEDBACK_RATE_LIMIT": "1000000000",
            "PLANDESK_FEEDBACK_CLUSTERING_INTERVAL_SECONDS": "0",
            # The relay and notification jobs would consume the events as they come; measured elsewhere.
            "PLANDESK_JOBS_IN_PROCESS": "false",
        }
    )
    from plandesk.core import migrations
    from plandesk.core.config import Settings
    from plandesk.core.logs import configure_logging
    from plandesk.main import create_app

    await asyncio.to_thread(migrations.upgrade, url)
    log_file = (tmp / "server.log").open("w")
    real_stderr = sys.stderr
    sys.stderr = log_file
    results: dict[str, Any] = {
        "db": args.db,
        "n": args.n,
        "rounds": args.rounds,
        "loadavg_before": [round(x, 2) for x in os.getloadavg()],
        "rows": [],
    }
    try:
        settings = Settings()
        configure_logging(settings.log_format, settings.log_level)
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            scenario = Scenario(max(args.concurrency), args.per_client)
            await scenario.seed(app, settings, bare="bare" in args.endpoints)
            switch = EmitSwitch()
            hz = os.sysconf("SC_CLK_TCK")
            profilers = {
                (e, c, emitting): cProfile.Profile(time.process_time)
                for e in (args.endpoints if args.profile else [])
                for c in args.concurrency
                for emitting in (True, False)
            }
            for endpoint in args.endpoints:
                for concurrency in args.concurrency:
                    figures: dict[bool, list[tuple[float, float | None, float]]] = {True: [], False: []}
                    bad_total: dict[str, int] = {}
                    scenario.fresh_tokens()
                    for emitting in (True, False):  # warm-up, not measured
                        switch.set(emitting)
                        await drive(app, scenario, endpoint, args.warmup, concurrency)
                    for r in range(args.rounds):
                        order = (True, False) if r % 2 == 0 else (False, True)
                        for emitting in order:
                            switch.set(emitting)
                            pids = await _backend_pids(pg_dsn(url), dbname) if dbname else []
                            profiler = profilers.get((endpoint, concurrency, emitting))
                            db0 = sum(_ticks(p) for p in pids)
                            cpu0, wall0 = time.process_time(), time.perf_counter()
                            if profiler:
                                profiler.enable()
                            bad = await drive(app, scenario, endpoint, args.n, concurrency)
                            if profiler:
                                profiler.disable()
                            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
                            db = sum(_ticks(p) for p in pids) - db0 if dbname else None
                            for status, k in bad.items():
                                bad_total[str(status)] = bad_total.get(str(status), 0) + k
                            figures[emitting].append(
                                (
                                    cpu / args.n * 1e6,
                                    None if db is None else db / hz / args.n * 1e6,
                                    wall / args.n * 1e3,
                                )
                            )
                    switch.set(True)
                    results["rows"].append(_row(endpoint, concurrency, figures, bad_total))
                    print(json.dumps(results["rows"][-1]), file=real_stderr, flush=True)
            for (e, c, emitting), profiler in profilers.items():
                profiler.dump_stats(f"{args.profile}.{e}.c{c}.{'with' if emitting else 'without'}")
        results["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    finally:
        sys.stderr = real_stderr
        log_file.close()
        if dbname:
            await drop_database(args.pg_url, dbname)
    return results


def _spread(values: list[float]) -> dict[str, float]:
    """Median and spread (quartiles, extremes) of per-round figures."""
    qs = statistics.quantiles(values, n=4, method="inclusive") if len(values) > 1 else [values[0]] * 3
    return {
        "median": round(statistics.median(values), 1),
        "p25": round(qs[0], 1),
        "p75": round(qs[2], 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
    }


def _row(
    endpoint: str, concurrency: int, figures: dict[bool, list[Any]], bad: dict[str, int]
) -> dict[str, Any]:
    """Per figure: each build's median over rounds, and the added cost as the median of the
    rounds' paired ratios (round r's "with" against round r's "without", measured back to
    back) with its quartiles and extremes — the spread says how far to trust the median."""

    def med(emitting: bool, i: int) -> float | None:
        values = [f[i] for f in figures[emitting] if f[i] is not None]
        return round(statistics.median(values), 1) if values else None

    def added(per_round: list[tuple[float, float]]) -> dict[str, float] | None:
        ratios = [(w / wo - 1) * 100 for w, wo in per_round if wo]
        return _spread(ratios) if ratios else None

    pairs = list(zip(figures[True], figures[False], strict=True))
    row: dict[str, Any] = {
        "endpoint": endpoint,
        "concurrency": concurrency,
        "rounds": len(pairs),
        "unexpected_statuses": bad,
    }
    for i, name in enumerate(("app_cpu_us", "db_cpu_us", "wall_ms")):
        with_, without = med(True, i), med(False, i)
        row[name] = {"without": without, "with": with_}
        if with_ is not None and without:
            row[name]["added_pct"] = added([(w[i], wo[i]) for w, wo in pairs])
    if row["db_cpu_us"]["with"] is not None:
        row["app_plus_db_cpu_added_pct"] = added([(w[0] + w[1], wo[0] + wo[1]) for w, wo in pairs])
    return row


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--pg-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("-n", type=int, default=100, help="measured requests per round and build")
    parser.add_argument("--rounds", type=int, default=12, help="alternating rounds per build")
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 10])
    parser.add_argument(
        "--profile", help="write a cProfile per endpoint, concurrency and build (PATH.progress.c1.with …)"
    )
    parser.add_argument("--per-client", type=int, default=3, help="tasks and answers owned by each client")
    parser.add_argument(
        "--endpoints",
        nargs="+",
        default=["progress", "deadline", "task_create", "answer"],
        choices=["progress", "deadline", "task_create", "answer", "bare"],
    )
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args)), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
