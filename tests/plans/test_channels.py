"""Channels ("hình thức"): ordered forms of communication with their items."""

from __future__ import annotations


async def test_channels_are_created_in_order(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    for label, title in (("1", "Tuyên truyền trên báo chí"), ("2", "Tuyên truyền miệng")):
        resp = await client.post(
            f"/api/v1/plans/{plan.id}/channels",
            json={"label": label, "title": title, "items": ["Báo Đắk Lắk", "Đài PT-TH tỉnh"]},
            headers=coordinator.headers,
        )
        assert resp.status_code == 201, resp.text
    listed = (await client.get(f"/api/v1/plans/{plan.id}/channels", headers=coordinator.headers)).json()[
        "items"
    ]
    assert [(c["label"], c["position"]) for c in listed] == [("1", 0), ("2", 1)]
    assert listed[0]["items"] == ["Báo Đắk Lắk", "Đài PT-TH tỉnh"]


async def test_channel_patch_needs_a_fresh_etag(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    channel = await plans.channel(plan, title="Cổ động trực quan")
    url = f"/api/v1/channels/{channel.id}"
    assert (await client.patch(url, json={"title": "x"}, headers=coordinator.headers)).status_code == 428
    etag = (await client.get(url, headers=coordinator.headers)).headers["ETag"]
    ok = await client.patch(
        url, json={"items": ["Pa-nô, áp-phích"]}, headers={**coordinator.headers, "If-Match": etag}
    )
    assert ok.status_code == 200 and ok.json()["items"] == ["Pa-nô, áp-phích"]
    stale = await client.patch(url, json={"title": "x"}, headers={**coordinator.headers, "If-Match": etag})
    assert stale.status_code == 412


async def test_channel_of_unknown_plan_is_404(client, factory):
    coordinator = await factory.actor("coordinator")
    resp = await client.post(
        "/api/v1/plans/00000000-0000-0000-0000-000000000000/channels",
        json={"label": "1", "title": "x"},
        headers=coordinator.headers,
    )
    assert resp.status_code == 404


async def test_channel_is_deleted(client, factory, plans):
    coordinator = await factory.actor("coordinator")
    plan = await plans.plan()
    channel = await plans.channel(plan)
    url = f"/api/v1/channels/{channel.id}"
    etag = (await client.get(url, headers=coordinator.headers)).headers["ETag"]
    assert (await client.delete(url, headers={**coordinator.headers, "If-Match": etag})).status_code == 204
    assert (await client.get(url, headers=coordinator.headers)).status_code == 404
