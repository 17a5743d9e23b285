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
    from plandesk.importer.errors import PlanImportError
    from plandesk.importer.parser import parse_plan_file
    from plandesk.importer.results import offline_preview

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
    if args.dry_run and args.offline:
        # Reading a document needs no database: every unit is shown as one to create.
        try:
            draft = parse_plan_file(data, path.name)
        except PlanImportError as exc:
            print(f"error: {service.as_domain_error(exc).detail}", file=sys.stderr)
            return 1
        _print(offline_preview(draft, path.name), args.json)
        return 0

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
    except Exception as exc:  # the database, not the document: one line, not a traceback
        message = database_problem(exc)
        if message is None:
            raise
        print(f"error: {message}", file=sys.stderr)
        return 1
    _print(result, args.json)
    return 0


def _print(result: Any, as_json: bool) -> None:
    from plandesk.importer.results import summary_lines

    if as_json:
        print(result.as_response().model_dump_json(indent=2))
    else:
        print("\n".join(summary_lines(result)))


def database_problem(exc: BaseException) -> str | None:
    """A one-line account of a missing, unreachable or unmigrated database, or ``None`` if it is not that."""
    from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

    text = str(getattr(exc, "orig", None) or exc).lower()
    unmigrated = ("no such table", "does not exist", "undefinedtable")
    if isinstance(exc, DBAPIError | ProgrammingError) and any(word in text for word in unmigrated):
        return "the database has no PlanDesk tables: run `plandesk db upgrade` first"
    if isinstance(exc, OperationalError | OSError | ConnectionError) or "connect" in text:
        lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        first = lines[0][:160] if lines else type(exc).__name__
        return (
            f"cannot open the database ({first}): check PLANDESK_DATABASE_URL, then run `plandesk db upgrade`"
        )
    return None


def register(sub: Any) -> None:
    command = sub.add_parser(
        "import-plan",
        help="import a plan document (.txt, .md, .docx) into a plan",
        description="Read a plan document and create the plan with its phases, milestones, channels, "
        "units and tasks in one transaction. Units that already exist are matched, not duplicated.",
    )
    command.add_argument("file", help="the plan document: .txt, .md, .docx, .pdf, or a scan (.png, .jpg)")
    command.add_argument("--dry-run", action="store_true", help="parse and check only; save nothing")
    command.add_argument(
        "--against-database",
        dest="offline",
        action="store_false",
        help="with --dry-run: match units against the database (by default a dry run needs no database)",
    )
    command.add_argument(
        "--json", action="store_true", help="print the draft (dry run) or the result as JSON"
    )
    command.set_defaults(func=_run)
