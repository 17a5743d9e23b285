"""A published plan's summary is readable without a token: no tasks, no progress."""

from __future__ import annotations

from tests.plans.factories import fixed


async def test_published_plan_summary_is_public(client, factory, plans, tasks):
    plan = await plans.plan(title="Kế hoạch tuyên truyền đại hội", published=True, status="active")
    top = await plans.phase(
        plan, "III", topics=["Chủ đề A"], start=fixed("2020-09-01"), end=fixed("2021-03-31")
    )
    await plans.phase(plan, "3.1", parent_id=top.id, topics=["Chủ đề B"])
    await plans.channel(plan, "1", title="Báo chí", items=["Báo Đắk Lắk"])
    await plans.milestone(plan, "2021-01-25", "quarter", title="Đại hội XIII")
    await tasks.task(plan, await factory.unit(), title="Việc nội bộ")

    resp = await client.get(f"/api/v1/public/plans/{plan.id}")
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["title"] == "Kế hoạch tuyên truyền đại hội"
    assert [(p["label"], [s["label"] for s in p["sub_phases"]]) for p in body["phases"]] == [("III", ["3.1"])]
    assert body["phases"][0]["topics"] == ["Chủ đề A"]
    assert body["channels"] == [{"label": "1", "title": "Báo chí", "items": ["Báo Đắk Lắk"]}]
    assert body["milestones"][0]["range_end"] == "2021-03-31"
    assert "tasks" not in body and "Việc nội bộ" not in resp.text


async def test_unpublished_plan_is_404_to_the_public(client, plans):
    plan = await plans.plan(published=False)
    resp = await client.get(f"/api/v1/public/plans/{plan.id}")
    assert resp.status_code == 404 and resp.json()["status"] == 404


async def test_signer_and_recipients_stay_internal(client, plans):
    plan = await plans.plan(published=True, signer_name="Nguyễn Văn A", recipients=["Lưu VP"])
    body = (await client.get(f"/api/v1/public/plans/{plan.id}")).json()
    assert "signer_name" not in body and "recipients" not in body
