"""Structured logs: one JSON object a line (or a readable line in development).

Every record — PlanDesk's own, uvicorn's, SQLAlchemy's — goes through structlog's
formatter, gains a UTC timestamp, its level, its logger and the current request's id,
and has tokens scrubbed from its text. Secrets must never be logged in the first
place; the scrubbing is the second line of defence (a feed URL in a third-party log
line, a JWT in an exception message).
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

from plandesk.core.requestlog import current_request_id

_QUERY_SECRET = re.compile(
    r"((?:access_|refresh_|feed_|id_)?token|client_secret|password|secret)=([^&\s\"']+)", re.IGNORECASE
)
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")
_WEBHOOK_SECRET = re.compile(r"whsec_[A-Za-z0-9+/=_-]{8,}")


def scrub(text: str) -> str:
    """``text`` with query-string secrets, JWTs and webhook secrets replaced."""
    text = _QUERY_SECRET.sub(lambda m: f"{m.group(1)}=[redacted]", text)
    text = _JWT.sub("[jwt]", text)
    return _WEBHOOK_SECRET.sub("whsec_[redacted]", text)


def _add_request_id(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    rid = current_request_id()
    if rid is not None:
        event.setdefault("request_id", rid)
    return event


def _add_record_fields(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    record = event.get("_record")
    fields = getattr(record, "fields", None)
    if isinstance(fields, dict):
        for key, value in fields.items():
            event.setdefault(key, value)
    return event


def _scrub_strings(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key, value in event.items():
        if isinstance(value, str):
            event[key] = scrub(value)
    return event


def formatter(fmt: str = "json") -> logging.Formatter:
    """The stdlib formatter every handler uses (``json`` or ``console``)."""
    renderer: Any = (
        structlog.processors.JSONRenderer() if fmt == "json" else structlog.dev.ConsoleRenderer(colors=False)
    )
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[
            structlog.stdlib.add_log_level,
            structlog.stdlib.add_logger_name,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _add_request_id,
            _add_record_fields,
        ],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            _scrub_strings,
            renderer,
        ],
    )


def configure_logging(fmt: str = "json", level: str = "INFO") -> None:
    """Send every log record to stderr through the structured formatter (idempotent)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_plandesk", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter(fmt))
    handler._plandesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level.upper())
    # uvicorn's loggers carry their own handlers: let them propagate to ours instead.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        lg = logging.getLogger(name)
        lg.handlers.clear()
        lg.propagate = True
    # Our access line replaces uvicorn's, which logs the raw path with its query string.
    logging.getLogger("uvicorn.access").disabled = True
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
