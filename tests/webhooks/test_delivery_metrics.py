"""Delivery outcomes are counted where they are recorded: delivered, failed and retrying, given up."""

from __future__ import annotations

from prometheus_client import REGISTRY

from plandesk.core.events import Subject, emit


def count(outcome: str, event_type: str = "task.updated") -> float:
    value = REGISTRY.get_sample_value(
        "plandesk_webhook_deliveries_total", {"event_type": event_type, "outcome": outcome}
    )
    return value or 0.0


def disabled(reason: str) -> float:
    return REGISTRY.get_sample_value("plandesk_webhook_endpoints_disabled_total", {"reason": reason}) or 0.0


async def _emit(hooks, type_: str = "task.updated") -> None:  # type: ignore[no-untyped-def]
    async with hooks.sessionmaker() as s:
        emit(s, type_, Subject("task", "t-1"), {"changes": {}})
        await s.commit()


async def test_a_failure_then_a_success_count_one_retrying_and_one_delivered(hooks, receiver, no_waiting):
    receiver.script = [(503, {}, b"busy")]
    endpoint = await hooks.endpoint(receiver.url)
    await _emit(hooks)
    before = {o: count(o) for o in ("delivered", "failed_retrying", "failed_permanently")}

    await hooks.fan_out()
    await hooks.deliver(endpoint.id)  # 503, retried at once (no_waiting), then 200

    assert count("failed_retrying") - before["failed_retrying"] == 1
    assert count("delivered") - before["delivered"] == 1
    assert count("failed_permanently") == before["failed_permanently"]


async def test_a_410_counts_as_given_up_and_disables_the_endpoint(hooks, receiver):
    receiver.default = (410, {}, b"gone")
    endpoint = await hooks.endpoint(receiver.url)
    await _emit(hooks, "assignment.progressed")
    given_up, retrying = count("failed_permanently", "assignment.progressed"), count("failed_retrying")
    gone = disabled("gone")

    await hooks.flush(endpoint)

    assert count("failed_permanently", "assignment.progressed") - given_up == 1
    assert count("failed_retrying") == retrying
    assert disabled("gone") - gone == 1
    assert (await hooks.reload(endpoint)).active is False


async def test_the_last_retry_failing_counts_as_given_up(hooks, receiver, no_waiting):
    receiver.default = (500, {}, b"down")
    endpoint = await hooks.endpoint(receiver.url)
    await _emit(hooks, "task.created")
    retrying = count("failed_retrying", "task.created")
    given_up = count("failed_permanently", "task.created")

    await hooks.flush(endpoint)

    # Eight attempts: seven scheduled another, the eighth gave up.
    assert len(receiver.requests) == 8
    assert count("failed_retrying", "task.created") - retrying == 7
    assert count("failed_permanently", "task.created") - given_up == 1
