"""The endpoints API: who may manage which endpoint, secrets shown once, SSRF refusals, the log."""

from __future__ import annotations

import pytest

from plandesk.core.events import EVENT_TYPES, Subject, emit

URL = "https://hooks.example.org/plandesk"


@pytest.fixture(autouse=True)
def public_dns(monkeypatch):  # type: ignore[no-untyped-def]
    """Names resolve to a public address (no network in tests); literal addresses stay themselves."""
    import ipaddress

    from plandesk.webhooks import sender

    real = sender.resolve_host

    async def resolve(host, port):  # type: ignore[no-untyped-def]
        try:
            return [ipaddress.ip_address(host)]
        except ValueError:
            return (
                [ipaddress.ip_address("93.184.215.14")]
                if host.endswith("example.org")
                else await real(host, port)
            )

    monkeypatch.setattr(sender, "resolve_host", resolve)


async def test_an_admin_creates_an_endpoint_and_sees_its_secret_once(client, factory):
    admin = await factory.actor("admin")
    r = await client.post(
        "/api/v1/webhooks",
        json={"url": URL, "event_types": ["task.*", "plan.published"]},
        headers=admin.headers,
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["secret"].startswith("whsec_")
    assert body["event_types"] == ["task.*", "plan.published"]
    assert body["active"] is True

    again = await client.get(f"/api/v1/webhooks/{body['id']}", headers=admin.headers)
    assert again.status_code == 200
    assert "secret" not in again.json()


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://10.0.0.1/hook", "a private address"),
        ("https://169.254.169.254/latest/meta-data", "a cloud metadata address"),
        ("https://[::1]/hook", "a loopback address"),
        ("https://100.64.1.1/hook", "a shared (CGNAT) address"),
        ("https://224.0.0.1/hook", "a multicast address"),
        # 6to4 addresses reach the IPv4 address they embed (the tests allow 127.0.0.0/8 itself).
        ("https://[2002:a9fe:a9fe::]/", "a cloud metadata address"),
        ("https://[2002:a00:1::1]/hook", "a private address"),
        ("https://[2002:c0a8:101::]/hook", "a private address"),
        ("https://[::ffff:a9fe:a9fe]/hook", "a cloud metadata address"),
    ],
)
async def test_an_endpoint_on_an_internal_address_is_refused_at_creation(client, factory, url, why):
    admin = await factory.actor("admin")
    r = await client.post("/api/v1/webhooks", json={"url": url, "event_types": ["*"]}, headers=admin.headers)
    assert r.status_code == 422
    assert why in r.json()["detail"]


async def test_plain_http_is_refused_unless_allowed(client, factory, app, monkeypatch):
    admin = await factory.actor("admin")
    monkeypatch.setattr(app.state.settings, "webhooks_allow_http", False)
    r = await client.post(
        "/api/v1/webhooks",
        json={"url": "http://hooks.example.org/x", "event_types": ["*"]},
        headers=admin.headers,
    )
    assert r.status_code == 422
    assert r.json()["detail"] == "Webhook URLs must use https."


async def test_a_nonsense_url_is_422_not_500(client, factory):
    admin = await factory.actor("admin")
    r = await client.post(
        "/api/v1/webhooks", json={"url": "ht!tp://[zz", "event_types": ["*"]}, headers=admin.headers
    )
    assert r.status_code == 422


async def test_an_unknown_event_type_is_refused(client, factory):
    admin = await factory.actor("admin")
    r = await client.post(
        "/api/v1/webhooks", json={"url": URL, "event_types": ["task.exploded"]}, headers=admin.headers
    )
    assert r.status_code == 422


async def test_a_coordinator_must_name_a_plan(client, factory):
    coordinator = await factory.actor("coordinator")
    r = await client.post(
        "/api/v1/webhooks", json={"url": URL, "event_types": ["*"]}, headers=coordinator.headers
    )
    assert r.status_code == 403
    assert "name the plan" in r.json()["detail"]


async def test_a_coordinator_manages_endpoints_only_for_plans_they_coordinate(client, factory, plans):
    plan, elsewhere = await plans.plan(), await plans.plan()
    one, colleague, other = (
        await factory.actor("coordinator"),
        await factory.actor("coordinator"),
        await factory.actor("coordinator"),
    )
    await plans.coordinate(plan, one.user, colleague.user)
    await plans.coordinate(elsewhere, other.user)
    mine = await client.post(
        "/api/v1/webhooks",
        json={"url": URL, "event_types": ["*"], "plan_id": str(plan.id)},
        headers=one.headers,
    )
    assert mine.status_code == 201, mine.text
    refused = await client.post(
        "/api/v1/webhooks",
        json={"url": URL, "event_types": ["*"], "plan_id": str(plan.id)},
        headers=other.headers,
    )
    assert refused.status_code == 403
    theirs = await client.post(
        "/api/v1/webhooks",
        json={"url": URL, "event_types": ["*"], "plan_id": str(elsewhere.id)},
        headers=other.headers,
    )
    assert theirs.status_code == 201, theirs.text

    listed = await client.get("/api/v1/webhooks", headers=one.headers)
    assert [e["id"] for e in listed.json()["items"]] == [mine.json()["id"]]
    # A co-coordinator of the plan manages it too; a coordinator of another plan does not see it.
    shared = await client.get(f"/api/v1/webhooks/{mine.json()['id']}", headers=colleague.headers)
    assert shared.status_code == 200
    hidden = await client.get(f"/api/v1/webhooks/{mine.json()['id']}", headers=other.headers)
    assert hidden.status_code == 404
    listed = await client.get("/api/v1/webhooks", headers=other.headers)
    assert [e["id"] for e in listed.json()["items"]] == [theirs.json()["id"]]


@pytest.mark.parametrize("role", ["viewer", "unit_officer", "moderator"])
async def test_other_roles_may_not_manage_webhooks(client, factory, role):
    actor = await factory.actor(role)
    r = await client.get("/api/v1/webhooks", headers=actor.headers)
    assert r.status_code == 403


async def test_changing_an_endpoint_needs_if_match_and_re_enabling_clears_failures(client, factory, hooks):
    admin = await factory.actor("admin")
    endpoint = await hooks.endpoint(URL, active=False, disabled_reason="The endpoint answered 410 Gone.")
    no_etag = await client.patch(
        f"/api/v1/webhooks/{endpoint.id}", json={"active": True}, headers=admin.headers
    )
    assert no_etag.status_code == 428
    etag = (await client.get(f"/api/v1/webhooks/{endpoint.id}", headers=admin.headers)).headers["ETag"]
    r = await client.patch(
        f"/api/v1/webhooks/{endpoint.id}", json={"active": True}, headers={**admin.headers, "If-Match": etag}
    )
    assert r.status_code == 200, r.text
    assert (r.json()["active"], r.json()["disabled_reason"]) == (True, None)


async def test_the_event_catalogue_lists_every_type(client, factory):
    admin = await factory.actor("admin")
    r = await client.get("/api/v1/webhooks/event-types", headers=admin.headers)
    types = [t["type"] for t in r.json()["items"]]
    assert "assignment.overdue" in types and "feedback.answered" in types and "review.issued" in types
    assert set(types) == set(EVENT_TYPES) and len(types) == len(EVENT_TYPES)
    assert "assignment.created" in types  # a unit joined the group a task is addressed to (#13.6)


async def test_a_test_event_reaches_the_endpoint(client, factory, hooks, receiver):
    admin = await factory.actor("admin")
    endpoint = await hooks.endpoint(receiver.url)
    r = await client.post(f"/api/v1/webhooks/{endpoint.id}/test", headers=admin.headers)
    assert r.status_code == 202
    await hooks.flush(endpoint)
    assert receiver.ids == [r.json()["webhook_id"]]
    import json

    assert json.loads(receiver.requests[0].body)["type"] == "webhook.test"


async def test_the_log_shows_attempts_and_filters_them(client, factory, hooks, receiver):
    admin = await factory.actor("admin")
    receiver.script = [(500, {}, b"nope")]
    endpoint = await hooks.endpoint(receiver.url)
    async with hooks.sessionmaker() as s:
        emit(s, "task.created", Subject("task", "t-1"), {"title": "x"})
        emit(s, "task.deleted", Subject("task", "t-2"), {"title": "y"})
        await s.commit()
    await hooks.flush(endpoint)

    log = (await client.get(f"/api/v1/webhooks/{endpoint.id}/attempts", headers=admin.headers)).json()[
        "items"
    ]
    assert sorted(a["status_code"] for a in log) == [200, 500]
    failed = await client.get(
        f"/api/v1/webhooks/{endpoint.id}/attempts", params={"succeeded": "false"}, headers=admin.headers
    )
    (only,) = failed.json()["items"]
    assert (only["status_code"], only["response_body"], only["delivery_state"]) == (500, "nope", "pending")
    assert only["webhook_id"].startswith("msg_")


async def test_redelivering_sends_the_same_webhook_id_again(client, factory, hooks, receiver):
    admin = await factory.actor("admin")
    endpoint = await hooks.endpoint(receiver.url)
    async with hooks.sessionmaker() as s:
        emit(s, "task.created", Subject("task", "t-1"), {"title": "x"})
        await s.commit()
    await hooks.flush(endpoint)
    (delivery,) = await hooks.deliveries(endpoint)

    r = await client.post(
        f"/api/v1/webhooks/{endpoint.id}/deliveries/{delivery.id}/redeliver", headers=admin.headers
    )
    assert r.json() == {"queued": 1}
    await hooks.flush(endpoint)
    assert len(receiver.ids) == 2 and receiver.ids[0] == receiver.ids[1]


async def test_redelivering_everything_failed_since_a_time(client, factory, hooks, receiver, no_waiting):
    admin = await factory.actor("admin")
    receiver.default = (500, {}, b"down")
    endpoint = await hooks.endpoint(receiver.url)
    async with hooks.sessionmaker() as s:
        emit(s, "task.created", Subject("task", "t-1"), {"title": "x"})
        emit(s, "task.created", Subject("task", "t-2"), {"title": "y"})
        await s.commit()
    await hooks.flush(endpoint)
    assert {d.state for d in await hooks.deliveries(endpoint)} == {"failed"}

    receiver.default = (200, {}, b"ok")
    r = await client.post(
        f"/api/v1/webhooks/{endpoint.id}/redeliver-failed",
        json={"since": "2000-01-01T00:00:00Z"},
        headers=admin.headers,
    )
    assert r.json() == {"queued": 2}
    await hooks.flush(endpoint)
    assert {d.state for d in await hooks.deliveries(endpoint)} == {"delivered"}


async def test_a_plan_filter_keeps_other_plans_events_away(hooks, receiver, plans):
    plan, other = await plans.plan(), await plans.plan()
    endpoint = await hooks.endpoint(receiver.url, plan_id=plan.id)
    async with hooks.sessionmaker() as s:
        emit(s, "task.created", Subject("task", "mine"), {"title": "x"}, plan_id=plan.id)
        emit(s, "task.created", Subject("task", "theirs"), {"title": "y"}, plan_id=other.id)
        await s.commit()
    await hooks.flush(endpoint)
    import json

    assert [json.loads(r.body)["data"]["id"] for r in receiver.requests] == ["mine"]


async def test_a_subscription_takes_only_its_event_types(hooks, receiver):
    endpoint = await hooks.endpoint(receiver.url, event_types=["assignment.*"])
    async with hooks.sessionmaker() as s:
        emit(s, "task.created", Subject("task", "t"), {"title": "x"})
        emit(s, "assignment.urged", Subject("assignment", "a"), {"task_id": "t"})
        await s.commit()
    await hooks.flush(endpoint)
    import json

    assert [json.loads(r.body)["type"] for r in receiver.requests] == ["assignment.urged"]


def test_a_6to4_address_is_judged_by_the_ipv4_address_it_reaches():
    import ipaddress

    from plandesk.webhooks.sender import address_refusal

    six = ipaddress.ip_address("2002:7f00:1::")
    assert address_refusal(six, []) == "a loopback address"
    assert address_refusal(six, [ipaddress.ip_network("127.0.0.0/8")]) is None  # allowed, as 127.0.0.1 is
    assert address_refusal(ipaddress.ip_address("2002:5db8:d822::1"), []) is None  # 93.184.216.34: public


@pytest.mark.parametrize("host", ["straße.example", "ς.example", "a\u200db.example", "a\u200cb.example"])
def test_a_host_the_idna_versions_read_differently_is_refused(host):
    # Python's IDNA 2003 codec makes "straße" "strasse", another registrable domain than the
    # browsers' "xn--strae-oqa": a signed delivery must not go to someone else's host.
    from plandesk.webhooks.sender import UnsafeURL, parse_url

    with pytest.raises(UnsafeURL, match="xn--"):
        parse_url(f"https://{host}/hook", allow_http=False)
    assert parse_url("https://đắklắk.example/hook", allow_http=False)[1] == "xn--klk-uqa4209aca.example"
