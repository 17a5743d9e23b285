"""``plandesk demo``: load the demo world and print the accounts."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from plandesk.core.config import Settings
from plandesk.demo import service


def _run(args: argparse.Namespace) -> int:
    from plandesk.cli import with_session

    async def load(session: Any) -> service.DemoWorld | str:
        if args.if_empty and not await service.database_is_empty(session):
            return "empty"
        if await service.demo_is_loaded(session):
            return "loaded"
        return await service.load_demo(session, Settings())

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
    print("\nSign in at http://127.0.0.1:8000 with:\n")
    for account in world.accounts:
        print(f"  {account.role:<13} {account.email:<34} {account.password}")
    print(f"\nThe unit officer belongs to {world.officer_unit}.")
    print("These passwords are shown once; change them under the account menu.\n")
    return 0


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="load the demo plan, consultation and one user per role")
    demo.add_argument("--if-empty", action="store_true", help="do nothing when the database has users")
    demo.set_defaults(func=_run)
