"""Delivery to a real receiver on 127.0.0.1: signatures, retries, 410, redirects, order, rotation."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from plandesk.core.audit import AuditEntry
from plandesk.core.db import utcnow
from plandesk.core.events import Subject, emit
from plandesk.webhooks import delivery, sender
from plandesk.webhooks.models import WebhookEndpoint
from plandesk.webhooks.signing import new_secret


async def _emit(hooks, type_="task.updated", subject_id="t-1", data=None, plan_id=None):  # type: ignore[no-untyped-def]
    async with hooks.sessionmaker() as s:
        event = emit(
            s,
            type_,
            Subject("task", subject_id),
            data or {"changes": {"title": {"after": "x"}}},
            plan_id=plan_id,
        )
        await s.commit()
        return event


async def test_a_delivery_is_signed_so_standardwebhooks_verifies_it(hooks, receiver):
    endpoint = await hooks.endpoint(receiver.url)
    event = await _emit(hooks)
    await hooks.flush(endpoint)

    (got,) = receiver.requests
    body = Webhook(endpoint.secret).verify(got.body, got.headers)
    assert body["type"] == "task.updated"
    assert body["data"]["id"] == "t-1"
    assert body["data"]["object"] == "task"
    assert got.headers["webhook-id"] == f"msg_{event.id.hex}"
    assert got.headers["content-type"] == "application/json"


async def test_a_signature_made_with_another_secret_does_not_verify(hooks, receiver):
    endpoint = await hooks.endpoint(receiver.url)
    await _emit(hooks)
    await hooks.flush(endpoint)

    with pytest.raises(WebhookVerificationError):
        Webhook(new_secret()).verify(receiver.requests[0].body, receiver.requests[0].headers)


async def test_a_receiver_failing_twice_gets_the_event_on_the_third_attempt_with_the_same_id(
    hooks, receiver, no_waiting
):
    receiver.script = [(500, {}, b"boom"), (502, {}, b"bad gateway")]
    endpoint = await hooks.endpoint(receiver.url)
    await _emit(hooks)
    await hooks.flush(endpoint)

    assert [r.headers["webhook-id"] for r in receiver.requests] == [receiver.ids[0]] * 3
    (d,) = await hooks.deliveries(endpoint)
    assert (d.state, d.attempts, d.last_status) == ("delivered", 3, 200)
    log = await hooks.attempts(endpoint)
    assert [(a.attempt, a.status_code, a.response_body) for a in log] == [
        (1, 500, "boom"),
        (2, 502, "bad gateway"),
        (3, 200, "ok"),
    ]


async def test_a_failed_attempt_waits_for_the_next_step_of_the_schedule(hooks, receiver):
    receiver.default = (500, {}, b"down")
    endpoint = await hooks.endpoint(receiver.url)
    await _emit(hooks)
    before = utcnow()
    await hooks.flush(endpoint)

    (d,) = await hooks.deliveries(endpoint)
    assert d.state == "pending" and d.attempts == 1
    assert before + dt.timedelta(seconds=5) <= d.next_attempt_at <= utcnow() + dt.timedelta(seconds=5)
    assert len(receiver.requests) == 1


async def test_the_schedule_gives_up_after_eight_attempts(hooks, receiver, no_waiting):
    receiver.default = (500, {}, b"down")
    endpoint = await hooks.endpoint(receiver.url)
    await _emit(hooks)
    await hooks.flush(endpoint)

    (d,) = await hooks.deliveries(endpoint)
    assert (d.state, d.attempts) == ("failed", 8)
    assert len(receiver.requests) == 8


async def test_429_with_retry_after_is_honoured(hooks, receiver):
    receiver.script = [(429, {"Retry-After": "120"}, b"slow down")]
    endpoint = await hooks.endpoint(receiver.url)
    await _emit(hooks)
    await hooks.flush(endpoint)

    (d,) = await hooks.deliveries(endpoint)
    assert d.next_attempt_at >= utcnow() + dt.timedelta(seconds=110)


async def test_410_gone_disables_the_endpoint_and_says_so_in_the_audit_log(hooks, receiver):
    receiver.default = (410, {}, b"gone")
    endpoint = await hooks.endpoint(receiver.url)
    await _emit(hooks)
    await _emit(hooks, subject_id="t-2")
    await hooks.flush(endpoint)

    fresh = await hooks.reload(endpoint)
    assert fresh.active is False
    assert fresh.disabled_reason == "The endpoint answered 410 Gone."
    async with hooks.sessionmaker() as s:
        actions = (
            await s.execute(select(AuditEntry.action).where(AuditEntry.entity_id == str(endpoint.id)))
        ).scalars()
        assert list(actions) == ["webhook.disabled"]
    assert await hooks.deliver(endpoint) == 0  # nothing more goes to a disabled endpoint


async def test_fifty_consecutive_failures_disable_the_endpoint(hooks, receiver):
    receiver.default = (500, {}, b"down")
    endpoint = await hooks.endpoint(receiver.url)
    async with hooks.sessionmaker() as s:
        await s.execute(
            update(WebhookEndpoint).where(WebhookEndpoint.id == endpoint.id).values(consecutive_failures=49)
        )
        await s.commit()
    await _emit(hooks)
    await hooks.flush(endpoint)

    fresh = await hooks.reload(endpoint)
    assert (fresh.active, fresh.consecutive_failures) == (False, 50)
    assert fresh.disabled_reason == "50 consecutive deliveries failed."


async def test_an_endpoint_failing_for_five_days_is_disabled(hooks, receiver):
    receiver.default = (500, {}, b"down")
    endpoint = await hooks.endpoint(receiver.url)
    async with hooks.sessionmaker() as s:
        await s.execute(
            update(WebhookEndpoint)
            .where(WebhookEndpoint.id == endpoint.id)
            .values(consecutive_failures=3, failing_since=utcnow() - dt.timedelta(days=5, minutes=1))
        )
        await s.commit()
    await _emit(hooks)
    await hooks.flush(endpoint)

    fresh = await hooks.reload(endpoint)
    assert fresh.active is False
    assert fresh.disabled_reason.startswith("Every delivery has failed since")


async def test_a_success_resets_the_failure_count(hooks, receiver, no_waiting):
    receiver.script = [(500, {}, b"down")]
    endpoint = await hooks.endpoint(receiver.url)
    await _emit(hooks)
    await hooks.flush(endpoint)

    fresh = await hooks.reload(endpoint)
    assert (fresh.consecutive_failures, fresh.failing_since) == (0, None)


async def test_a_redirect_is_not_followed(hooks, receiver):
    receiver.answer = lambda got: (
        (302, {"Location": "http://127.0.0.1:1/elsewhere"}, b"") if got.path == "/hook" else (200, {}, b"")
    )
    endpoint = await hooks.endpoint(receiver.url)
    await _emit(hooks)
    await hooks.flush(endpoint)

    assert [r.path for r in receiver.requests] == ["/hook"]
    (attempt,) = await hooks.attempts(endpoint)
    assert attempt.status_code == 302
    (d,) = await hooks.deliveries(endpoint)
    assert d.state == "pending"


async def test_the_log_keeps_the_first_2_kb_and_the_sender_reads_at_most_64_kb(hooks, receiver):
    receiver.default = (200, {}, b"x" * 200_000)
    endpoint = await hooks.endpoint(receiver.url)
    await _emit(hooks)
    await hooks.flush(endpoint)

    (attempt,) = await hooks.attempts(endpoint)
    assert attempt.response_body == "x" * 2048
    target = await sender.checked_target(
        receiver.url, allow_http=True, allowed=hooks.settings.webhook_allowed_networks
    )
    result = await sender.send(delivery.client(), target, {}, b"{}", 5)
    assert result.ok and len(result.body) == 2048


async def test_events_for_one_object_arrive_in_order_even_when_the_first_is_retried(
    hooks, receiver, no_waiting
):
    failed = []

    def fail_first_of_same(got):  # type: ignore[no-untyped-def]
        if json.loads(got.body)["data"]["n"] == 1 and not failed:
            failed.append(got)
            return (500, {}, b"first attempt fails")
        return (200, {}, b"ok")

    receiver.answer = fail_first_of_same
    endpoint = await hooks.endpoint(receiver.url)
    first = await _emit(hooks, subject_id="same", data={"n": 1})
    second = await _emit(hooks, subject_id="same", data={"n": 2})
    other = await _emit(hooks, subject_id="other", data={"n": 3})
    await hooks.fan_out()

    await hooks.deliver(endpoint)

    ids = [f"msg_{e.id.hex}" for e in (first, second, other)]
    delivered_in_order = [i for i in receiver.ids]
    # The first of "same" failed, so "same" #2 waited behind it; "other" went ahead.
    assert delivered_in_order.index(ids[0]) < delivered_in_order.index(ids[1])
    assert delivered_in_order.count(ids[0]) == 2
    assert [
        json.loads(r.body)["data"]["n"] for r in receiver.requests if r.headers["webhook-id"] != ids[2]
    ] == [1, 1, 2]


async def test_during_rotation_both_secrets_sign_and_after_it_only_the_new_one(
    hooks, receiver, client, factory
):
    admin = await factory.actor("admin")
    endpoint = await hooks.endpoint(receiver.url)
    old_secret = endpoint.secret
    etag = (await client.get(f"/api/v1/webhooks/{endpoint.id}", headers=admin.headers)).headers["ETag"]
    r = await client.post(
        f"/api/v1/webhooks/{endpoint.id}/rotate-secret",
        json={"overlap_hours": 24},
        headers={**admin.headers, "If-Match": etag},
    )
    assert r.status_code == 200, r.text
    new_secret_ = r.json()["secret"]
    assert new_secret_.startswith("whsec_") and new_secret_ != old_secret

    await _emit(hooks)
    await hooks.flush(endpoint)
    got = receiver.requests[-1]
    assert len(got.headers["webhook-signature"].split(" ")) == 2
    Webhook(old_secret).verify(got.body, got.headers)
    Webhook(new_secret_).verify(got.body, got.headers)

    async with hooks.sessionmaker() as s:
        await s.execute(
            update(WebhookEndpoint)
            .where(WebhookEndpoint.id == endpoint.id)
            .values(previous_secret_expires_at=utcnow() - dt.timedelta(seconds=1))
        )
        await s.commit()
    await _emit(hooks, subject_id="t-2")
    await hooks.flush(endpoint)
    got = receiver.requests[-1]
    Webhook(new_secret_).verify(got.body, got.headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(old_secret).verify(got.body, got.headers)


async def test_a_url_that_resolves_to_a_private_address_at_delivery_time_gets_nothing(
    hooks, receiver, monkeypatch
):
    # Public when the endpoint was made; the name now points inside (DNS rebinding).
    endpoint = await hooks.endpoint(f"http://hooks.example.com:{receiver.port}/hook")

    async def rebound(host, port):  # type: ignore[no-untyped-def]
        import ipaddress

        return [ipaddress.ip_address("10.0.0.1")]

    monkeypatch.setattr(sender, "resolve_host", rebound)
    await _emit(hooks)
    await hooks.flush(endpoint)

    assert receiver.requests == []
    (attempt,) = await hooks.attempts(endpoint)
    assert attempt.status_code is None
    assert "10.0.0.1, a private address" in attempt.error


async def test_the_sender_connects_to_the_address_it_checked(hooks, receiver, monkeypatch):
    endpoint = await hooks.endpoint(f"http://receiver.test:{receiver.port}/hook")
    lookups = []

    async def resolve_once(host, port):  # type: ignore[no-untyped-def]
        import ipaddress

        lookups.append(host)
        return [ipaddress.ip_address("127.0.0.1")]

    monkeypatch.setattr(sender, "resolve_host", resolve_once)
    await _emit(hooks)
    await hooks.flush(endpoint)

    assert lookups == ["receiver.test"]  # one lookup; the connection went to 127.0.0.1 itself
    assert receiver.requests[0].headers["host"] == f"receiver.test:{receiver.port}"


async def test_a_url_with_spaces_and_vietnamese_letters_is_sent_percent_encoded(hooks, receiver):
    # The request line carries the path and query as %XX (UTF-8): a raw "Đắk Lắk" or U+2028 in
    # it failed every delivery of the endpoint, unrecorded; a raw space broke the request line.
    endpoint = await hooks.endpoint(f"{receiver.url}/Đắk Lắk/100%25/5%?tỉnh=Đắk Lắk&x=a\u2028b&p=%zz")
    await _emit(hooks)
    await hooks.flush(endpoint)

    (got,) = receiver.requests
    assert got.path == "/hook/Đắk Lắk/100%/5%"  # as the receiver's framework decodes it
    # An escape already there is kept; a "%" that starts none is a literal one.
    assert got.raw_path == b"/hook/%C4%90%E1%BA%AFk%20L%E1%BA%AFk/100%25/5%25"
    assert got.query == b"t%E1%BB%89nh=%C4%90%E1%BA%AFk%20L%E1%BA%AFk&x=a%E2%80%A8b&p=%25zz"
    (attempt,) = await hooks.attempts(endpoint)
    assert (attempt.status_code, attempt.error) == (200, None)


async def test_an_idn_host_is_sent_in_its_ascii_form(hooks, receiver, monkeypatch):
    endpoint = await hooks.endpoint(f"http://đắklắk.test:{receiver.port}/hook")

    async def local(host, port):  # type: ignore[no-untyped-def]
        import ipaddress

        assert host == "xn--klk-uqa4209aca.test"
        return [ipaddress.ip_address("127.0.0.1")]

    monkeypatch.setattr(sender, "resolve_host", local)
    await _emit(hooks)
    await hooks.flush(endpoint)
    assert receiver.requests[0].headers["host"] == f"xn--klk-uqa4209aca.test:{receiver.port}"


async def test_a_request_the_wire_cannot_carry_fails_its_attempt_with_a_reason(receiver):
    # Defence in depth: whatever a header holds, the attempt is recorded, not the run aborted.
    import ipaddress

    target = sender.Target("http", "127.0.0.1", receiver.port, "/hook", ipaddress.ip_address("127.0.0.1"))
    client = sender.Connections()
    result = await sender.send(client, target, {"x-note": "giá €"}, b"{}", 5)
    await client.close()
    assert result.status is None and "UnicodeEncodeError" in (result.error or "")
    assert receiver.requests == []
