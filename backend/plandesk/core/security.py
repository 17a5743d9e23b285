"""Passwords (argon2) and JWT access tokens with one pinned algorithm."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
from jose import JWTError, jwt
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from plandesk.core.config import Settings

ALGORITHM = "HS256"  # pinned: tokens claiming any other algorithm, "none" included, are refused
# Clocks of replicas may differ a little; a token issued further in the future is forged.
IAT_SKEW_SECONDS = 60

_hasher = PasswordHash((Argon2Hasher(),))
# A real hash to verify against when the account does not exist, so timing
# does not reveal which e-mail addresses are registered.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    if password_hash is None:
        _hasher.verify(password, _DUMMY_HASH)
        return False
    try:
        return _hasher.verify(password, password_hash)
    except Exception:
        return False


# argon2 is slow on purpose (tens of milliseconds of CPU): on the event loop every login
# would stall every other request of the process. It releases the GIL, so threads help.
async def hash_password_off_loop(password: str) -> str:
    return await anyio.to_thread.run_sync(hash_password, password)


async def verify_password_off_loop(password: str, password_hash: str | None) -> bool:
    return await anyio.to_thread.run_sync(verify_password, password, password_hash)


def opaque_token(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def token_digest(token: str) -> str:
    """Tokens are stored as SHA-256 digests; they have enough entropy not to need a slow hash."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class AccessClaims:
    sub: str
    role: str
    unit_id: str | None
    scopes: list[str]
    jti: str
    iat: int
    exp: int
    auth_version: int


def create_access_token(
    settings: Settings,
    *,
    subject: str,
    role: str,
    unit_id: str | None,
    scopes: list[str],
    auth_version: int,
) -> tuple[str, int]:
    now = datetime.now(UTC)
    ttl = timedelta(minutes=settings.access_token_minutes)
    claims: dict[str, Any] = {
        "sub": subject,
        "role": role,
        "unit_id": unit_id,
        "scopes": scopes,
        "typ": "access",
        "ver": auth_version,
        "jti": uuid.uuid4().hex,
        "iat": int(now.timestamp()),
        "exp": int((now + ttl).timestamp()),
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
    }
    return jwt.encode(claims, settings.signing_key, algorithm=ALGORITHM), int(ttl.total_seconds())


class InvalidToken(Exception):
    pass


def decode_access_token(settings: Settings, token: str) -> AccessClaims:
    try:
        header = jwt.get_unverified_header(token)
    except JWTError as exc:
        raise InvalidToken("malformed token") from exc
    if header.get("alg") != ALGORITHM:
        raise InvalidToken("unexpected signing algorithm")
    try:
        data = jwt.decode(
            token,
            settings.signing_key,
            algorithms=[ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={
                "require_exp": True,
                "require_iat": True,
                "require_sub": True,
                "require_jti": True,
                # python-jose skips the audience check when the claim is absent: require it.
                "require_aud": True,
                "require_iss": True,
            },
        )
    except JWTError as exc:
        raise InvalidToken(str(exc)) from exc
    try:
        issued_at = int(data["iat"])
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidToken("incomplete claims") from exc
    if issued_at > datetime.now(UTC).timestamp() + IAT_SKEW_SECONDS:
        raise InvalidToken("issued in the future")
    if data.get("typ") != "access":
        raise InvalidToken("not an access token")
    try:
        return AccessClaims(
            sub=str(data["sub"]),
            role=str(data["role"]),
            unit_id=data.get("unit_id"),
            scopes=list(data.get("scopes") or []),
            jti=str(data["jti"]),
            iat=int(data["iat"]),
            exp=int(data["exp"]),
            auth_version=int(data.get("ver", 0)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidToken("incomplete claims") from exc
