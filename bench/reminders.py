"""Benchmark of the periodic reminder scan over the ``bench/tasks.py`` data set on PostgreSQL.

Seeds 50 plans x 200 tasks x 5 assignments (50,000 assignments, due dates spread over
±120 days, one officer per unit, one coordinator), then times ``scan_reminders``:

1. the first scan ever (catch-up: every open assignment is planned, the overdue ones
   get their current reminder and their escalation — a burst no later day repeats);
2. the same scan again at once, twice concurrently (two workers): nothing new may be sent;
3. one scan per day for the next 14 days (the steady state: what a worker pays daily),
   each day run by two workers at once.

It then checks that nothing was sent twice: every (assignment, rule, due date) once in
the ledger and every notification's source once per user. Target (issue #11): ≤ 2 s per
scan on PostgreSQL.

    .venv/bin/python bench/reminders.py [--pg-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "backend"))
sys.path.insert(0, str(ROOT / "bench"))

from plandesk.core import localtime, migrations  # noqa: E402
from plandesk.core.db import make_engine, make_sessionmaker  # noqa: E402
from plandesk.notifications.models import Notification, Reminder, ReminderMark  # noqa: E402
from plandesk.notifications.scan import ScanResult, scan_reminders  # noqa: E402
from tasks import create_pg_database, drop_pg_database, seed  # noqa: E402

TARGET_SECONDS = 2.0


async def _scan(sessionmaker, at: dt.datetime) -> tuple[float, ScanResult]:  # type: ignore[no-untyped-def]
    with localtime.frozen(at):
        async with sessionmaker() as session:
            started = time.perf_counter()
            result = await scan_reminders(session, email_on=True, at=at)
            return time.perf_counter() - started, result


async def _two_workers(makers, at: dt.datetime) -> tuple[float, list[ScanResult]]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    done = await asyncio.gather(*(_scan(m, at) for m in makers))
    return time.perf_counter() - started, [r for _, r in done]


async def run(database_url: str) -> bool:
    engines = [make_engine(database_url) for _ in range(2)]
    makers = [make_sessionmaker(e) for e in engines]
    ok = True
    try:
        start = localtime.now().replace(hour=2, minute=0, second=0, microsecond=0)  # 09:00 in Hà Nội
        seconds, first = await _scan(makers[0], start)
        print(
            f"   first scan (catch-up): {seconds:6.2f} s  examined {first.examined}  "
            f"reminders {first.reminders}  notifications {first.notifications}"
        )
        rows = [("first scan ever (catch-up)", seconds, first.examined, first.reminders, first.notifications)]
        seconds, again = await _two_workers(makers, start)
        sent = sum(r.reminders for r in again)
        print(f"   same day, two workers: {seconds:6.2f} s  new reminders {sent}")
        rows.append(("same day again, 2 workers", seconds, sum(r.examined for r in again), sent, 0))
        ok &= sent == 0
        daily: list[float] = []
        for day in range(1, 15):
            seconds, results = await _two_workers(makers, start + dt.timedelta(days=day))
            daily.append(seconds)
            reminders = sum(r.reminders for r in results)
            notes = sum(r.notifications for r in results)
            examined = max(r.examined for r in results)
            rows.append((f"day +{day}, 2 workers", seconds, examined, reminders, notes))
            print(
                f"   day +{day:<2} two workers: {seconds:6.2f} s  examined {examined:6}  "
                f"reminders {reminders:5}  notifications {notes:5}"
            )
        async with makers[0]() as session:
            ledger = (await session.execute(select(func.count()).select_from(Reminder))).scalar_one()
            distinct = (
                await session.execute(
                    select(func.count()).select_from(
                        select(Reminder.assignment_id, Reminder.rule, Reminder.due_date).distinct().subquery()
                    )
                )
            ).scalar_one()
            notes = (await session.execute(select(func.count()).select_from(Notification))).scalar_one()
            notes_distinct = (
                await session.execute(select(func.count(func.distinct(Notification.dedupe_key))))
            ).scalar_one()
            marks = (await session.execute(select(func.count()).select_from(ReminderMark))).scalar_one()
        print(
            f"   ledger {ledger} rows, {distinct} distinct; notifications {notes}, {notes_distinct} distinct; marks {marks}"
        )
        ok &= ledger == distinct and notes == notes_distinct
        worst = max(r[1] for r in rows)
        ok &= worst <= TARGET_SECONDS
        print("\n| scan | seconds | assignments examined | reminders sent | notifications written |")
        print("|---|---:|---:|---:|---:|")
        for name, seconds, examined, reminders, notes_written in rows:
            print(f"| {name} | {seconds:.2f} | {examined} | {reminders} | {notes_written} |")
        print(
            f"\nworst {worst:.2f} s (target ≤ {TARGET_SECONDS} s); daily median "
            f"{sorted(daily)[len(daily) // 2]:.2f} s; nothing sent twice: {ledger == distinct and notes == notes_distinct}"
        )
    finally:
        for e in engines:
            await e.dispose()
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--pg-url",
        default=os.environ.get(
            "PLANDESK_BENCH_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
        ),
    )
    args = parser.parse_args()
    database_url, name = asyncio.run(create_pg_database(args.pg_url))
    try:
        print("== postgresql: migrating and seeding 50 plans x 200 tasks x 5 assignments")
        t0 = time.monotonic()
        migrations.upgrade(database_url)
        asyncio.run(seed(database_url))
        print(f"   seeded in {time.monotonic() - t0:.1f} s; load average {os.getloadavg()[0]:.1f}")
        ok = asyncio.run(run(database_url))
    finally:
        asyncio.run(drop_pg_database(args.pg_url, name))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
