"""Standard Webhooks signatures (https://www.standardwebhooks.com), via the ``standardwebhooks`` package."""

from __future__ import annotations

import base64
import datetime as dt
import math
import secrets

from standardwebhooks.webhooks import Webhook

SECRET_PREFIX = "whsec_"


def new_secret() -> str:
    """A fresh signing secret: ``whsec_`` and 32 random bytes in base64."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def signature_header(signing_secrets: list[str], msg_id: str, timestamp: dt.datetime, body: str) -> str:
    """``webhook-signature``: one ``v1,<base64>`` per secret, space-separated (rotation overlap)."""
    return " ".join(Webhook(s).sign(msg_id, timestamp, body) for s in signing_secrets)


def signed_headers(
    signing_secrets: list[str], msg_id: str, timestamp: dt.datetime, body: str
) -> dict[str, str]:
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(math.floor(timestamp.timestamp())),
        "webhook-signature": signature_header(signing_secrets, msg_id, timestamp, body),
        "content-type": "application/json",
        "user-agent": "PlanDesk-Webhooks/1",
    }
