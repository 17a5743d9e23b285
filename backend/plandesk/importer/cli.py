"""``plandesk import-plan FILE [--dry-run] [--json]``: the import API from the shell."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from plandesk.importer.document import MAX_DOCUMENT_BYTES


def _run(args: argparse.Namespace) -> int:
    from plandesk.cli import with_session
    from plandesk.core.errors import DomainError
    from plandesk.importer import service

    path = Path(args.file)
    if not path.is_file():
        print(f"error: no such file: {path}", file=sys.stderr)
        return 2
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        print(
            f"error: the file is {size:,} bytes; a plan document may be at most {MAX_DOCUMENT_BYTES:,} bytes",
            file=sys.stderr,
        )
        return 1
    data = path.read_bytes()

    async def run(session: Any) -> service.PlanImport:
        draft = await service.read_plan_file(session, data, path.name)
        # Imported from the shell: the audit trail records the system as the actor.
        return await service.import_plan(session, None, draft, dry_run=args.dry_run, filename=path.name)

    try:
        result = asyncio.run(with_session(run))
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        for error in exc.errors or []:
            print(f"  - {error['msg']}", file=sys.stderr)
        return 1
    if args.json:
        print(result.as_response().model_dump_json(indent=2))
    else:
        print("\n".join(service.summary_lines(result)))
    return 0


def register(sub: Any) -> None:
    command = sub.add_parser(
        "import-plan",
        help="import a plan document (.txt, .md, .docx) into a plan",
        description="Read a plan document and create the plan with its phases, milestones, channels, "
        "units and tasks in one transaction. Units that already exist are matched, not duplicated.",
    )
    command.add_argument("file", help="the plan document: .txt or .md (UTF-8), or .docx")
    command.add_argument("--dry-run", action="store_true", help="parse and check only; save nothing")
    command.add_argument(
        "--json", action="store_true", help="print the draft (dry run) or the result as JSON"
    )
    command.set_defaults(func=_run)
