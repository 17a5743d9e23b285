"""Structured logs: one JSON object a line (or a readable line in development).

Every record — PlanDesk's own, uvicorn's, SQLAlchemy's — goes through structlog's
formatter, gains a UTC timestamp, its level, its logger and the current request's id,
and has tokens scrubbed from its text. Secrets must never be logged in the first
place; the scrubbing is the second line of defence (a feed URL in a third-party log
line, a JWT in an exception message).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any

import orjson
import structlog

from plandesk.core.requestlog import current_request_id

_QUERY_SECRET = re.compile(
    r"((?:access_|refresh_|feed_|id_)?token|client_secret|password|secret)=([^&\s\"']+)", re.IGNORECASE
)
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")
_WEBHOOK_SECRET = re.compile(r"whsec_[A-Za-z0-9+/=_-]{8,}")


def scrub(text: str) -> str:
    """``text`` with query-string secrets, JWTs and webhook secrets replaced."""
    # Each pattern needs one of these substrings: a text without them (most log fields)
    # is returned as it is, without running three regular expressions over it.
    if "=" not in text and "eyJ" not in text and "whsec_" not in text:
        return text
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


def _json_default(value: Any) -> str:
    return repr(value)


class _JSONFormatter(structlog.stdlib.ProcessorFormatter):
    """structlog's formatter, with a direct path for plain stdlib records.

    A record logged through the stdlib without an exception or stack (the access line
    of every request, most library records) is rendered here to the same JSON object
    the processor chain makes — event, level, logger, timestamp, request id, the
    record's ``fields``, every string scrubbed — with orjson, without copying the
    record or walking the chain: the access line is written once per request."""

    def format(self, record: logging.LogRecord) -> str:
        if (
            record.exc_info
            or record.stack_info
            or hasattr(record, "_logger")  # a structlog-native record: the full chain
        ):
            return super().format(record)
        event: dict[str, Any] = {
            "event": record.getMessage(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "timestamp": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat().replace("+00:00", "Z"),
        }
        rid = current_request_id()
        if rid is not None:
            event["request_id"] = rid
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            for key, value in fields.items():
                event.setdefault(key, value)
        for key, value in event.items():
            if isinstance(value, str):
                event[key] = scrub(value)
        return orjson.dumps(event, default=_json_default, option=orjson.OPT_NON_STR_KEYS).decode()


def formatter(fmt: str = "json") -> logging.Formatter:
    """The stdlib formatter every handler uses (``json`` or ``console``)."""
    renderer: Any = (
        structlog.processors.JSONRenderer() if fmt == "json" else structlog.dev.ConsoleRenderer(colors=False)
    )
    cls = _JSONFormatter if fmt == "json" else structlog.stdlib.ProcessorFormatter
    return cls(
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
    # Alembic announces its plugins and dialect at INFO on every start-up schema check:
    # noise at 2 a.m.; its warnings and errors still come through.
    if root.level <= logging.INFO:
        logging.getLogger("alembic").setLevel(logging.WARNING)
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
