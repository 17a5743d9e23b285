"""User administration and the limits on unit officers."""

from __future__ import annotations


async def test_admin_creates_user(client, factory):
    admin = await factory.actor("admin")
    unit = await factory.unit("Ban Tuyên giáo Tỉnh ủy")
    resp = await client.post(
        "/api/v1/users",
        json={
            "email": "An@Example.org",
            "full_name": "Nguyễn Văn An",
            "role": "unit_officer",
            "unit_id": str(unit.id),
            "password": "long-enough-pw",
        },
        headers=admin.headers,
    )
    assert resp.status_code == 201
    body = resp.json()
    assert body["email"] == "an@example.org" and body["unit_id"] == str(unit.id) and "password" not in body
    assert resp.headers["ETag"]


async def test_unit_officer_needs_a_unit(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/users",
        json={
            "email": "b@example.org",
            "full_name": "B",
            "role": "unit_officer",
            "password": "long-enough-pw",
        },
        headers=admin.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "unit_id"]


async def test_duplicate_email_is_409(client, factory):
    admin = await factory.actor("admin")
    existing = await factory.user("viewer")
    resp = await client.post(
        "/api/v1/users",
        json={"email": existing.email, "full_name": "X", "role": "viewer", "password": "long-enough-pw"},
        headers=admin.headers,
    )
    assert resp.status_code == 409


async def test_unknown_fields_are_rejected(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/users",
        json={
            "email": "c@example.org",
            "full_name": "C",
            "role": "viewer",
            "password": "long-enough-pw",
            "is_superuser": True,
        },
        headers=admin.headers,
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "is_superuser"]


async def test_unit_officer_cannot_read_user_list(client, factory):
    officer = await factory.actor("unit_officer")
    resp = await client.get("/api/v1/users", headers=officer.headers)
    assert resp.status_code == 403 and resp.headers["content-type"].startswith("application/problem+json")


async def test_unit_officer_cannot_change_own_role_or_unit(client, factory):
    officer = await factory.actor("unit_officer")
    other = await factory.unit()
    for change in ({"role": "admin"}, {"unit_id": str(other.id)}):
        resp = await client.patch(
            f"/api/v1/users/{officer.id}", json=change, headers={**officer.headers, "If-Match": "*"}
        )
        assert resp.status_code == 403
    me = (await client.get("/api/v1/auth/me", headers=officer.headers)).json()
    assert me["role"] == "unit_officer" and me["unit_id"] == str(officer.user.unit_id)


async def test_coordinator_reads_but_cannot_write_users(client, factory):
    coord = await factory.actor("coordinator")
    assert (await client.get("/api/v1/users", headers=coord.headers)).status_code == 200
    resp = await client.post(
        "/api/v1/users",
        json={"email": "d@example.org", "full_name": "D", "role": "admin", "password": "long-enough-pw"},
        headers=coord.headers,
    )
    assert resp.status_code == 403


async def test_patch_without_if_match_is_428(client, factory):
    admin = await factory.actor("admin")
    user = await factory.user("viewer")
    resp = await client.patch(f"/api/v1/users/{user.id}", json={"full_name": "Z"}, headers=admin.headers)
    assert resp.status_code == 428


async def test_stale_if_match_is_412_and_changes_nothing(client, factory):
    admin = await factory.actor("admin")
    user = await factory.user("viewer")
    etag = (await client.get(f"/api/v1/users/{user.id}", headers=admin.headers)).headers["ETag"]
    first = await client.patch(
        f"/api/v1/users/{user.id}", json={"full_name": "First"}, headers={**admin.headers, "If-Match": etag}
    )
    assert first.status_code == 200 and first.headers["ETag"] != etag
    second = await client.patch(
        f"/api/v1/users/{user.id}", json={"full_name": "Second"}, headers={**admin.headers, "If-Match": etag}
    )
    assert second.status_code == 412
    assert (await client.get(f"/api/v1/users/{user.id}", headers=admin.headers)).json()[
        "full_name"
    ] == "First"


async def test_user_changes_are_audited(client, factory):
    admin = await factory.actor("admin")
    user = await factory.user("viewer")
    etag = (await client.get(f"/api/v1/users/{user.id}", headers=admin.headers)).headers["ETag"]
    await client.patch(
        f"/api/v1/users/{user.id}", json={"role": "moderator"}, headers={**admin.headers, "If-Match": etag}
    )
    audit = (
        await client.get(
            "/api/v1/audit", params={"entity": "user", "entity_id": str(user.id)}, headers=admin.headers
        )
    ).json()
    assert audit["items"][0]["action"] == "user.updated"
    assert audit["items"][0]["changes"]["role"] == {"before": "viewer", "after": "moderator"}
    assert audit["items"][0]["actor"] == str(admin.id)
    assert audit["items"][0]["actor_name"] == admin.user.full_name


async def test_audit_names_service_accounts_and_leaves_the_system_unnamed(client, factory, session):
    from plandesk.auth.models import ServiceAccount
    from plandesk.core.audit import AuditEntry
    from plandesk.core.db import utcnow

    admin = await factory.actor("admin")
    svc = ServiceAccount(name="Cổng dịch vụ công tỉnh", client_id="pd_svc_names", secret_hash="x", scopes=[])
    session.add(svc)
    await session.flush()
    for actor in (f"service:{svc.id}", "system", "service:not-a-uuid", "0" * 40):
        session.add(
            AuditEntry(
                actor=actor,
                actor_role=None,
                action="unit.updated",
                entity="unit",
                entity_id="u1",
                changes={},
                at=utcnow(),
            )
        )
    await session.commit()
    items = (await client.get("/api/v1/audit", params={"entity_id": "u1"}, headers=admin.headers)).json()[
        "items"
    ]
    names = {i["actor"]: i["actor_name"] for i in items}
    assert names == {
        f"service:{svc.id}": "Cổng dịch vụ công tỉnh",
        "system": None,
        "service:not-a-uuid": None,
        "0" * 40: None,
    }


async def test_user_list_pages_with_cursor(client, factory):
    admin = await factory.actor("admin")
    for _ in range(4):
        await factory.user("viewer")
    seen = []
    cursor = None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = (await client.get("/api/v1/users", params=params, headers=admin.headers)).json()
        seen += [u["id"] for u in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == 5 and len(set(seen)) == 5
