"""Keep tokens out of access logs.

Calendar feeds are opened with ``?token=…`` (a calendar program cannot send a
header), so the server's access log would otherwise hold working credentials.
The filter rewrites the value of any query parameter that carries a token.
"""

from __future__ import annotations

import logging
import re

_TOKEN_PARAM = re.compile(
    r"(?i)([?&](?:token|access_token|refresh_token|id_token|feed_token|api_key|key|code|secret|password)=)[^&#\s\"]*"
)
REDACTED = "[redacted]"


def redact(text: str) -> str:
    return _TOKEN_PARAM.sub(lambda m: m.group(1) + REDACTED, text)


class RedactQueryTokens(logging.Filter):
    """For uvicorn's access logger (its args hold the path with the query string)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def install(logger_names: tuple[str, ...] = ("uvicorn.access",)) -> None:
    """Add the filter once to each access logger (idempotent: create_app may run often)."""
    for name in logger_names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactQueryTokens) for f in logger.filters):
            logger.addFilter(RedactQueryTokens())
