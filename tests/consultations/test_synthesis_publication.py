"""Publishing a consultation's synthesis: only once closed, counts only, audited, withdrawable."""

from __future__ import annotations

from tests.consultations.factories import submit

PII = ("Trần Thị Bình", "bình@example.org")


async def _patch(client, actor, c_id, body):
    url = f"/api/v1/consultations/{c_id}"
    etag = (await client.get(url, headers=actor.headers)).headers["ETag"]
    return await client.patch(url, json=body, headers={**actor.headers, "If-Match": etag})


async def test_a_closed_consultations_synthesis_is_published_counts_only(client, factory, consult):
    c = await consult.consultation()
    await submit(client, c.id, body="Ý kiến riêng tư không công bố", name=PII[0], contact=PII[1])
    await submit(client, c.id, body="Ý kiến thứ hai", contributor_group="expert")
    coordinator = await factory.actor("coordinator")
    url = f"/api/v1/consultations/{c.id}/synthesis/publication"
    public = f"/api/v1/public/consultations/{c.id}/synthesis"

    assert (await client.post(url, headers=coordinator.headers)).status_code == 409  # still open
    assert (await client.get(public)).status_code == 404

    assert (await _patch(client, coordinator, c.id, {"status": "closed"})).status_code == 200
    resp = await client.post(url, headers=coordinator.headers)
    assert resp.status_code == 200, resp.text
    assert resp.json()["synthesis_published_at"] is not None
    again = await client.post(url, headers=coordinator.headers)  # idempotent
    assert again.json()["synthesis_published_at"] == resp.json()["synthesis_published_at"]

    body = (await client.get(public)).json()
    assert body["total"] == 2 and body["by_group"] == {"citizen": 1, "expert": 1}
    assert body["by_status"] == {"received": 2}
    text = str(body)
    for secret in (*PII, "Ý kiến riêng tư không công bố"):
        assert secret not in text

    admin = await factory.actor("admin")
    audit = (await client.get("/api/v1/audit", params={"entity_id": str(c.id)}, headers=admin.headers)).json()
    assert "consultation.synthesis_published" in [e["action"] for e in audit["items"]]

    resp = await client.delete(url, headers=coordinator.headers)
    assert resp.status_code == 200 and resp.json()["synthesis_published_at"] is None
    assert (await client.get(public)).status_code == 404


async def test_only_coordinators_publish(client, factory, consult):
    c = await consult.consultation(status="closed")
    url = f"/api/v1/consultations/{c.id}/synthesis/publication"
    for role in ("viewer", "moderator", "unit_officer"):
        actor = await factory.actor(role)
        assert (await client.post(url, headers=actor.headers)).status_code == 403, role
    assert (await client.post(url)).status_code == 401
    unknown = "/api/v1/consultations/00000000-0000-4000-8000-000000000000/synthesis/publication"
    coordinator = await factory.actor("coordinator")
    assert (await client.post(unknown, headers=coordinator.headers)).status_code == 404
