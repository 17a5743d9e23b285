"""``plandesk demo``: load the demo world and print the accounts."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from plandesk.demo import service


def _run(args: argparse.Namespace) -> int:
    from plandesk.cli import with_session

    async def load(session: Any) -> list[service.DemoAccount] | None:
        if args.if_empty and not await service.database_is_empty(session):
            return None
        return await service.create_demo_accounts(session)

    accounts = asyncio.run(with_session(load))
    if accounts is None:
        print("demo: the database already has users; nothing loaded (sign in with your accounts)")
        return 0
    print("\nDemo loaded. Sign in at http://127.0.0.1:8000 with:\n")
    for account in accounts:
        print(f"  {account.role:<13} {account.email:<34} {account.password}")
    print("\nThese passwords are shown once; change them under the account menu.\n")
    return 0


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="load the demo plan, consultation and one user per role")
    demo.add_argument("--if-empty", action="store_true", help="do nothing when the database has users")
    demo.set_defaults(func=_run)
