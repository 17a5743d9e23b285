"""The ``plandesk`` command."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from plandesk.core.config import Settings

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from plandesk.core import migrations

    settings = Settings()
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    migrations.upgrade(settings.effective_database_url, args.revision)
    print(f"database at {args.revision}: {settings.effective_database_url.split('@')[-1]}")
    return 0


def _cmd_db_downgrade(args: argparse.Namespace) -> int:
    from plandesk.core import migrations

    migrations.downgrade(Settings().effective_database_url, args.revision)
    return 0


async def with_session(fn: Callable[[Any], Any]) -> Any:
    from plandesk.core.db import make_engine, make_sessionmaker

    settings = Settings()
    engine = make_engine(settings.effective_database_url)
    try:
        async with make_sessionmaker(engine)() as session:
            return await fn(session)
    finally:
        await engine.dispose()


def _cmd_users_create(args: argparse.Namespace) -> int:
    from plandesk.core.errors import DomainError
    from plandesk.users import service

    async def create(session: Any) -> Any:
        return await service.create_user(
            session,
            None,
            email=args.email,
            full_name=args.full_name or args.email.split("@")[0],
            role=args.role,
            password=args.password,
            unit_id=uuid.UUID(args.unit) if args.unit else None,
        )

    if len(args.password) < 10:
        print("error: the password must have at least 10 characters", file=sys.stderr)
        return 2
    try:
        user = asyncio.run(with_session(create))
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1
    print(f"created {user.role} {user.email} ({user.id})")
    return 0


def _read_new_password(args: argparse.Namespace) -> str | None:
    """The new password from stdin (``--password-stdin``: first line) or typed twice at a prompt."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("New password: ")
    if getpass.getpass("Repeat it: ") != first:
        print("error: the two passwords differ", file=sys.stderr)
        return None
    return first


def _cmd_users_set_password(args: argparse.Namespace) -> int:
    """For an admin locked out of the web client: set a password from the server's shell."""
    from plandesk.users import service

    password = _read_new_password(args)
    if password is None:
        return 2
    if len(password) < 10:
        print("error: the password must have at least 10 characters", file=sys.stderr)
        return 2

    async def change(session: Any) -> Any:
        user = await service.user_by_email(session, args.email)
        if user is None:
            return None
        # Also re-activates nothing and keeps the role: only the password (other sessions end).
        return await service.update_user(session, None, user, {"password": password})

    user = asyncio.run(with_session(change))
    if user is None:
        print(f"error: no user with the e-mail {args.email}", file=sys.stderr)
        return 1
    print(f"password set for {user.email}; their other sessions are signed out")
    return 0


# uvicorn's idle keep-alive time-out; a proxy in front must use a shorter one.
KEEP_ALIVE_SECONDS = 30


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from plandesk.core.logs import configure_logging
    from plandesk.core.metrics import prepare_multiprocess_dir

    settings = Settings()
    configure_logging(settings.log_format, settings.log_level)
    if args.workers > 1:
        # Before the workers fork: each writes its samples where any one can sum them.
        prepare_multiprocess_dir(settings.var_dir / "prometheus")
    from plandesk.core.draining import DrainingHttpToolsProtocol, DrainingServer

    options: dict[str, Any] = dict(
        # SIGTERM closes no idle keep-alive connection under a proxy's feet (core/draining.py).
        http=DrainingHttpToolsProtocol,
        # Longer than the proxy's idle time-out (deploy/nginx.conf: keepalive_timeout 4s), so
        # the proxy, not the API, closes an idle connection: no request is sent on a closing one.
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        host=args.host or settings.host,
        port=args.port or settings.port,
        workers=args.workers,
        # Forwarded headers are read by the app, from PLANDESK_TRUSTED_PROXIES only
        # (core/proxies.py); uvicorn's own handling would trust 127.0.0.1 by default.
        proxy_headers=False,
        forwarded_allow_ips="",
        log_level=settings.log_level.lower(),
        # Our structured access line (request id, route template, caller) replaces uvicorn's.
        log_config=None,
        access_log=False,
        server_header=False,  # no "server: uvicorn" banner
        # SIGTERM: stop accepting, let in-flight requests finish, then run the shutdown.
        timeout_graceful_shutdown=int(max(1, settings.shutdown_grace_seconds)),
    )
    if args.workers > 1:
        # uvicorn's supervisor holds the listening socket while its workers drain: prefer one
        # process per instance behind the proxy (docs/deploy.md).
        uvicorn.run("plandesk.main:app", **options)
        return 0
    server = DrainingServer(uvicorn.Config("plandesk.main:app", **options))
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    return 0 if server.started else 3  # 3: uvicorn's "startup failed"


def worker_clustering(settings: Settings, sessionmaker: Any) -> asyncio.Task[None] | None:
    """Start the near-duplicate clustering loop in `plandesk worker` unless the API processes
    run it (settings.clusters_in_api); several workers take turns (an advisory lock)."""
    if not settings.clusters_in_worker:
        return None
    from plandesk.consultations.clustering.dedup import run_worker

    return asyncio.create_task(
        run_worker(
            sessionmaker,
            settings.feedback_clustering_interval_seconds,
            settings.feedback_clustering_batch,
            dedicated=True,
        )
    )


def _cmd_worker(args: argparse.Namespace) -> int:
    """Run background jobs until SIGINT/SIGTERM (any number of workers against one database)."""
    import logging
    import signal

    from plandesk.core.db import make_engine, make_sessionmaker
    from plandesk.jobs import make_runtime

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings()

    async def run() -> None:
        engine = make_engine(settings.effective_database_url)
        sessionmaker = make_sessionmaker(engine)
        runtime = make_runtime(settings, sessionmaker)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        metrics = None
        if args.metrics_port is not None:
            if settings.metrics_token is None:
                raise SystemExit("--metrics-port needs PLANDESK_METRICS_TOKEN (scrapes carry it)")
            from plandesk.ops.worker_metrics import serve

            metrics = await serve("127.0.0.1", args.metrics_port, settings.metrics_token.get_secret_value())
        clustering = worker_clustering(settings, sessionmaker)
        try:
            await runtime.run(stop, concurrency=args.concurrency)
        finally:
            if clustering is not None:
                clustering.cancel()
                await asyncio.gather(clustering, return_exceptions=True)
            if metrics is not None:
                metrics.close()
            await runtime.close()
            await engine.dispose()

    clusters = ", near-duplicate clustering" if settings.clusters_in_worker else ""
    where = settings.effective_database_url.split("@")[-1]
    print(f"worker on {where} (concurrency {args.concurrency}{clusters})")
    asyncio.run(run())
    return 0


def openapi_document() -> dict[str, Any]:
    from plandesk.main import create_app

    settings = Settings(
        serve_frontend=False, check_schema_on_startup=False, database_url="sqlite+aiosqlite://"
    )
    return create_app(settings).openapi()


def render_openapi() -> str:
    return json.dumps(openapi_document(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def _cmd_openapi(args: argparse.Namespace) -> int:
    text = render_openapi()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plandesk", description="PlanDesk: run a multi-phase communications plan."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    db = sub.add_parser("db", help="database schema").add_subparsers(dest="db_command", required=True)
    up = db.add_parser("upgrade", help="migrate the database to the latest schema")
    up.add_argument("revision", nargs="?", default="heads")
    up.set_defaults(func=_cmd_db_upgrade)
    down = db.add_parser("downgrade", help="migrate down (default: to an empty database)")
    down.add_argument("revision", nargs="?", default="base")
    down.set_defaults(func=_cmd_db_downgrade)

    users = sub.add_parser("users", help="user accounts").add_subparsers(dest="users_command", required=True)
    create = users.add_parser("create", help="create a user")
    create.add_argument("--email", required=True)
    create.add_argument("--password", required=True)
    create.add_argument(
        "--role", required=True, choices=["admin", "coordinator", "unit_officer", "moderator", "viewer"]
    )
    create.add_argument("--unit", help="unit id (required for unit_officer)")
    create.add_argument("--full-name")
    create.set_defaults(func=_cmd_users_create)
    set_password = users.add_parser(
        "set-password", help="set a user's password (prompts twice, or reads one line from stdin)"
    )
    set_password.add_argument("--email", required=True)
    set_password.add_argument(
        "--password-stdin", action="store_true", help="read the password from the first line of stdin"
    )
    set_password.set_defaults(func=_cmd_users_set_password)

    serve = sub.add_parser("serve", help="serve the API and the web client")
    serve.add_argument("--host", default=None, help="default: PLANDESK_HOST, else 127.0.0.1")
    serve.add_argument("--port", type=int, default=None, help="default: PLANDESK_PORT, else 8000")
    serve.add_argument("--workers", type=int, default=1)
    serve.set_defaults(func=_cmd_serve)

    worker = sub.add_parser("worker", help="run background jobs (webhook deliveries, periodic scans)")
    worker.add_argument("--concurrency", type=int, default=Settings().jobs_concurrency)
    worker.add_argument(
        "--metrics-port",
        type=int,
        default=None,
        help="answer Prometheus scrapes (bearer PLANDESK_METRICS_TOKEN) on 127.0.0.1:PORT",
    )
    worker.set_defaults(func=_cmd_worker)

    openapi = sub.add_parser("openapi", help="write the OpenAPI document")
    openapi.add_argument("--output", "-o", default="openapi/openapi.json")
    openapi.set_defaults(func=_cmd_openapi)

    for register in _domain_commands():
        register(sub)
    return parser


def _domain_commands() -> list[Callable[[Any], None]]:
    """Sub-commands that domain packages add (demo, import-plan, feedback …)."""
    from plandesk.consultations import cli as consultations_cli
    from plandesk.demo import cli as demo_cli
    from plandesk.importer import cli as importer_cli

    return [demo_cli.register, importer_cli.register, consultations_cli.register]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
