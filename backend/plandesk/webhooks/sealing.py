"""Signing secrets sealed at rest: the database holds them encrypted, never in clear.

Signing needs the secret itself (HMAC), so it cannot be hashed like a password. It is
encrypted with Fernet (AES-128-CBC + HMAC-SHA256, from ``cryptography``) under a key
derived with HKDF from the deployment's secret key (``PLANDESK_SECRET_KEY``): a database
dump or backup alone does not let anyone forge PlanDesk's webhook signatures. Changing
the secret key makes sealed secrets unreadable: deliveries then fail with a message that
says to rotate the endpoint's secret.

Secrets stored before sealing existed (plain ``whsec_…``) are still read, and are sealed
when the API starts (:func:`seal_legacy`).
"""

from __future__ import annotations

import base64
import functools

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk.core.config import Settings
from plandesk.webhooks.models import WebhookEndpoint
from plandesk.webhooks.signing import SECRET_PREFIX

SEALED_PREFIX = "sealed:v1:"


class UnsealError(Exception):
    """A sealed secret that this deployment's key cannot open."""


@functools.lru_cache(maxsize=4)
def _fernet(signing_key: str) -> Fernet:
    derived = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"plandesk/webhook-signing-secrets/v1"
    ).derive(signing_key.encode())
    return Fernet(base64.urlsafe_b64encode(derived))


def seal(settings: Settings, secret: str) -> str:
    """The value to store for ``secret``."""
    return SEALED_PREFIX + _fernet(settings.signing_key).encrypt(secret.encode()).decode()


def unseal(settings: Settings, stored: str) -> str:
    """The secret from its stored value (a legacy clear ``whsec_…`` is returned as it is)."""
    if stored.startswith(SECRET_PREFIX):
        return stored
    if not stored.startswith(SEALED_PREFIX):
        raise UnsealError("The endpoint's signing secret is in an unknown format: rotate it.")
    try:
        return _fernet(settings.signing_key).decrypt(stored[len(SEALED_PREFIX) :].encode()).decode()
    except InvalidToken as exc:
        raise UnsealError(
            "The endpoint's signing secret was sealed with another PLANDESK_SECRET_KEY: rotate it."
        ) from exc


async def seal_legacy(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> int:
    """Seal every secret still stored in clear; how many endpoints changed. Idempotent."""
    async with sessionmaker() as session:
        rows = (
            await session.execute(
                select(WebhookEndpoint).where(
                    WebhookEndpoint.secret.startswith(SECRET_PREFIX)
                    | WebhookEndpoint.previous_secret.startswith(SECRET_PREFIX)
                )
            )
        ).scalars()
        changed = 0
        for endpoint in rows:
            if endpoint.secret.startswith(SECRET_PREFIX):
                endpoint.secret = seal(settings, endpoint.secret)
            if endpoint.previous_secret and endpoint.previous_secret.startswith(SECRET_PREFIX):
                endpoint.previous_secret = seal(settings, endpoint.previous_secret)
            changed += 1
        await session.commit()
        return changed
