"""``plandesk feedback …``: retention and clustering from the command line."""

from __future__ import annotations

import argparse
import asyncio
import sys
import uuid
from typing import Any


def _purge_contacts(args: argparse.Namespace) -> int:
    from plandesk.cli import with_session
    from plandesk.consultations.submissions import retention
    from plandesk.core.errors import DomainError

    try:
        consultation_id = uuid.UUID(args.consultation)
    except ValueError:
        print(f"error: {args.consultation!r} is not a consultation id", file=sys.stderr)
        return 2
    if args.older_than < 0:
        print("error: --older-than must be 0 or more days", file=sys.stderr)
        return 2

    async def purge(session: Any) -> int:
        return await retention.purge_contacts(session, None, consultation_id, args.older_than)

    try:
        purged = asyncio.run(with_session(purge))
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1
    print(f"removed contact details from {purged} submission(s) of consultation {consultation_id}")
    return 0


def _cluster(args: argparse.Namespace) -> int:
    from plandesk.cli import with_session
    from plandesk.consultations.clustering import dedup

    async def run(session: Any) -> int:
        return await dedup.cluster_all(session, args.batch)

    processed = asyncio.run(with_session(run))
    print(f"clustered {processed} submission(s)")
    return 0


def register(sub: Any) -> None:
    feedback = sub.add_parser("feedback", help="feedback retention and near-duplicate clustering")
    commands = feedback.add_subparsers(dest="feedback_command", required=True)
    purge = commands.add_parser(
        "purge-contacts", help="remove contributors' contact details once a consultation has closed"
    )
    purge.add_argument("--consultation", required=True, help="consultation id")
    purge.add_argument(
        "--older-than", type=int, required=True, metavar="DAYS", help="only submissions older than this"
    )
    purge.set_defaults(func=_purge_contacts)
    cluster = commands.add_parser(
        "cluster", help="cluster every submission not yet compared for near-duplicates"
    )
    cluster.add_argument("--batch", type=int, default=500)
    cluster.set_defaults(func=_cluster)
