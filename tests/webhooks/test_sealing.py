"""Signing secrets are sealed at rest: the database never holds one in clear."""

from __future__ import annotations

import uuid

import pytest
from standardwebhooks.webhooks import Webhook

from plandesk.core.events import Subject, emit
from plandesk.webhooks import sealing
from plandesk.webhooks.models import WebhookEndpoint
from plandesk.webhooks.signing import new_secret


async def _stored(hooks, endpoint_id):  # type: ignore[no-untyped-def]
    async with hooks.sessionmaker() as s:
        return await s.get(WebhookEndpoint, uuid.UUID(str(endpoint_id)))


async def _emit(hooks) -> None:  # type: ignore[no-untyped-def]
    async with hooks.sessionmaker() as s:
        emit(s, "task.updated", Subject("task", "t-1"), {"changes": {}})
        await s.commit()


async def test_a_created_endpoint_stores_its_secret_sealed_and_deliveries_verify(
    client, factory, hooks, receiver
):
    admin = await factory.actor("admin")
    r = await client.post(
        "/api/v1/webhooks", json={"url": receiver.url, "event_types": ["*"]}, headers=admin.headers
    )
    assert r.status_code == 201, r.text
    shown = r.json()["secret"]
    stored = await _stored(hooks, r.json()["id"])
    assert stored.secret.startswith(sealing.SEALED_PREFIX)
    assert shown not in stored.secret and shown.removeprefix("whsec_") not in stored.secret

    await _emit(hooks)
    await hooks.flush(stored)
    (got,) = receiver.requests
    Webhook(shown).verify(got.body, got.headers)


async def test_rotation_seals_the_new_secret_and_both_sign_during_the_overlap(
    client, factory, hooks, receiver
):
    admin = await factory.actor("admin")
    created = await client.post(
        "/api/v1/webhooks", json={"url": receiver.url, "event_types": ["*"]}, headers=admin.headers
    )
    old = created.json()["secret"]
    r = await client.post(
        f"/api/v1/webhooks/{created.json()['id']}/rotate-secret",
        json={"overlap_hours": 24},
        headers={**admin.headers, "If-Match": created.headers["etag"]},
    )
    assert r.status_code == 200, r.text
    stored = await _stored(hooks, created.json()["id"])
    assert stored.secret.startswith(sealing.SEALED_PREFIX)
    assert stored.previous_secret.startswith(sealing.SEALED_PREFIX)
    await _emit(hooks)
    await hooks.flush(stored)
    (got,) = receiver.requests
    Webhook(old).verify(got.body, got.headers)
    Webhook(r.json()["secret"]).verify(got.body, got.headers)


async def test_secrets_stored_in_clear_are_sealed_once_and_keep_signing(hooks, receiver):
    plain = new_secret()
    endpoint = await hooks.endpoint(receiver.url, secret=plain)
    assert await sealing.seal_legacy(hooks.sessionmaker, hooks.settings) == 1
    assert await sealing.seal_legacy(hooks.sessionmaker, hooks.settings) == 0
    stored = await _stored(hooks, endpoint.id)
    assert stored.secret.startswith(sealing.SEALED_PREFIX)
    await _emit(hooks)
    await hooks.flush(stored)
    (got,) = receiver.requests
    Webhook(plain).verify(got.body, got.headers)


async def test_a_secret_sealed_under_another_key_fails_the_delivery_with_a_message_not_a_crash(
    hooks, receiver, monkeypatch: pytest.MonkeyPatch
):
    other = hooks.settings.model_copy()
    other.__dict__["signing_key"] = "another-deployment-secret-key-" + "x" * 20
    endpoint = await hooks.endpoint(receiver.url, secret=sealing.seal(other, new_secret()))
    await _emit(hooks)
    await hooks.flush(endpoint)
    assert receiver.requests == []
    (attempt, *_) = await hooks.attempts(endpoint)
    assert "rotate it" in (attempt.error or "")


def test_unseal_refuses_what_it_cannot_read(hooks) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(sealing.UnsealError):
        sealing.unseal(hooks.settings, "sealed:v1:not-a-token")
    with pytest.raises(sealing.UnsealError):
        sealing.unseal(hooks.settings, "plain-text")
