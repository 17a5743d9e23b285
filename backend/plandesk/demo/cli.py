"""``plandesk demo``: load the demo world and print the accounts."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
from typing import Any

from plandesk.core.config import Settings
from plandesk.demo import service


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def server_address(settings: Settings) -> str:
    """Where ``plandesk serve`` will listen with these settings (its defaults come from them)."""
    host = settings.host
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host  # noqa: S104 - reading, not binding
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{settings.port}"


def _run(args: argparse.Namespace) -> int:
    from plandesk.cli import with_session

    settings = Settings()

    async def load(session: Any) -> service.DemoWorld | str:
        if args.if_empty and not await service.database_is_empty(session):
            return "empty"
        if await service.demo_is_loaded(session):
            return "loaded"
        return await service.load_demo(session, settings, as_issued=args.as_issued, today=args.today)

    world = asyncio.run(with_session(load))
    if world == "empty":
        print("demo: the database already has users; nothing loaded (sign in with your accounts)")
        return 0
    if world == "loaded":
        print(
            f"demo: already loaded (accounts @{service.DEMO_DOMAIN} exist); nothing changed", file=sys.stderr
        )
        return 1
    assert isinstance(world, service.DemoWorld)
    c = world.counts
    print(f"\nDemo loaded: plan {world.plan_code} «{world.plan_title}»")
    print(
        f"  {c['phases']} phases + {c['sub_phases']} sub-phases, {c['milestones']} milestones, "
        f"{c['channels']} channels, {c['tasks']} tasks, {c['assignments']} assignments, "
        f"{c['units_created']} units; {world.progress_updates} progress reports, {world.urges} urge"
        + ("s" if world.urges != 1 else "")
    )
    if world.consultation is not None:
        k = world.consultation
        states = ", ".join(f"{n} {status}" for status, n in sorted(k.by_status.items()))
        print(
            f"  consultation «{k.title}»: open, {k.sections} sections, {sum(k.by_status.values())} opinions"
        )
        print(f"    ({states})")
    if world.reports is not None:
        r = world.reports
        print(
            f"  {r.reports} unit reports over {r.periods} monthly periods of phase I ({r.late} late, "
            f"{r.missing} missing); the interim review of phase I, issued"
        )
        ii = r.current
        print(
            f"  phase II so far: {ii.sent} reports over {ii.periods} periods, {ii.awaiting} waiting for the "
            f"coordinator, {ii.missing} missing, the officer's unit drafting this month's"
            if ii.drafts
            else f"  phase II: {ii.sent} reports over {ii.periods} periods, {ii.missing} missing"
        )
    if world.offset_days:
        print(
            f"  dates moved {world.offset_days:+d} days from the document's so that today falls in "
            "phase II (--as-issued keeps the 2020 dates)"
        )
    print(f"\nSign in at {server_address(settings)} with:\n")
    for account in world.accounts:
        print(f"  {account.role:<13} {account.email:<34} {account.password}")
    print(f"\nThe unit officer belongs to {world.officer_unit}.")
    print("These passwords are shown once; change them under the account menu.\n")
    return 0


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="load the demo plan, consultation and one user per role")
    demo.add_argument("--if-empty", action="store_true", help="do nothing when the database has users")
    demo.add_argument(
        "--as-issued",
        action="store_true",
        help="keep the plan's dates as the document gives them (2020); by default they are moved "
        "so that today falls in the middle of phase II",
    )
    demo.add_argument(
        "--today", type=_day, default=None, help="the day the demo treats as today (YYYY-MM-DD; for tests)"
    )
    demo.set_defaults(func=_run)
