"""Two clustering workers, each with the LSH index in its own memory (``lsh_index``): what
one anchored the other finds, a member a moderator moved out stays out even where a worker's
index still listed it, nothing is clustered twice and no submission is in two clusters."""

from __future__ import annotations

import asyncio
import uuid

import numpy as np
import pytest
from sqlalchemy import func, select

from plandesk.consultations.clustering import dedup, lsh_index
from plandesk.consultations.models import (
    ClusteringQueue,
    FeedbackCluster,
    FeedbackClusterMember,
)
from tests.consultations.factories import submit
from tests.consultations.test_cluster_review import COPIES, LETTER

OTHER = (
    "Đề nghị bổ sung giải pháp về cải cách hành chính, rút ngắn thời gian giải quyết thủ tục cho doanh "
    "nghiệp, đẩy mạnh chuyển đổi số trong các cơ quan nhà nước của tỉnh, nhất là cấp xã."
)


@pytest.fixture
async def post(client, factory):
    """Submit as a signed-in officer (no per-address limit), returning the new ids."""
    officer = await factory.actor("unit_officer")

    async def post(consultation_id, *texts):
        ids = []
        for t in texts:
            resp = await submit(client, consultation_id, officer.headers, body=t)
            assert resp.status_code == 201, resp.text
            ids.append(resp.json()["id"])
        return ids

    return post


async def _cluster_of(session, ids):
    rows = await session.execute(
        select(FeedbackClusterMember.submission_id, FeedbackClusterMember.cluster_id).where(
            FeedbackClusterMember.submission_id.in_([uuid.UUID(i) for i in ids])
        )
    )
    found = {str(s): c for s, c in rows}
    return {i: found.get(i) for i in ids}


async def _consistent(session):
    """The queue is empty and every cluster's size is its number of members."""
    assert await session.scalar(select(func.count()).select_from(ClusteringQueue)) == 0
    sizes = dict((await session.execute(select(FeedbackCluster.id, FeedbackCluster.size))).tuples().all())
    members = dict(
        (
            await session.execute(
                select(FeedbackClusterMember.cluster_id, func.count()).group_by(
                    FeedbackClusterMember.cluster_id
                )
            )
        )
        .tuples()
        .all()
    )
    assert sizes == members


async def test_workers_taking_turns_find_what_the_other_anchored(post, consult, session):
    a, b = lsh_index.Index(), lsh_index.Index()
    c = await consult.consultation()
    ids = await post(c.id, LETTER)
    assert await dedup.cluster_all(session, index=a) == 1
    # B has never seen this consultation: the letter's buckets reach it from the database.
    ids += await post(c.id, COPIES[0], OTHER)
    assert await dedup.cluster_all(session, index=b) == 2
    # A's index predates OTHER, which B anchored: A learns it before using those keys.
    ids += await post(c.id, COPIES[1], OTHER + " Trân trọng.")
    assert await dedup.cluster_all(session, index=a) == 2
    clusters = await _cluster_of(session, ids)
    assert clusters[ids[0]] == clusters[ids[1]] == clusters[ids[3]] is not None
    assert clusters[ids[2]] == clusters[ids[4]] is not None != clusters[ids[0]]
    assert uuid.UUID(ids[2]) in a.number  # learnt from the database, with its signature
    await _consistent(session)


async def test_a_member_moved_out_stays_out_though_a_workers_index_listed_it(
    post, client, factory, consult, session
):
    a, b = lsh_index.Index(), lsh_index.Index()
    c = await consult.consultation()
    ids = await post(c.id, LETTER, COPIES[0])
    await dedup.cluster_all(session, index=a)
    ids += await post(c.id, COPIES[1])
    await dedup.cluster_all(session, index=b)
    cluster_id = (await _cluster_of(session, ids))[ids[0]]
    assert cluster_id is not None
    first = uuid.UUID(ids[0])
    keys = [k for k, anchors in a.bucket.items() if a.number[first] in anchors]
    assert len(keys) == 16  # both indexes list the first text in its 16 buckets
    moderator = await factory.actor("moderator")
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/clusters/{cluster_id}/members/{ids[0]}/move-out",
        headers=moderator.headers,
    )
    assert resp.status_code == 200
    # The first text moved out: the next member (COPIES[0]) anchors the cluster now. New
    # copies of the first text, clustered by both workers in turn, join the cluster through
    # it — never the moved-out text, which neither index lists any more once it met its keys.
    # (Copies equal but for case and punctuation: the same 16 keys as the moved-out text.)
    for worker, copy in ((a, LETTER.upper()), (b, LETTER + "!"), (a, LETTER.replace(",", ""))):
        ids += await post(c.id, copy)
        await dedup.cluster_all(session, index=worker)
    clusters = await _cluster_of(session, ids)
    assert clusters[ids[0]] is None
    assert {clusters[i] for i in ids[1:]} == {cluster_id}
    for worker in (a, b):
        assert not any(worker.number[first] in worker.bucket.get(k, ()) for k in keys)
    await _consistent(session)


async def test_concurrent_workers_never_cluster_a_submission_twice(app, post, consult, session):
    if app.state.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one clustering process (in the API); two take turns on PostgreSQL")
    c = await consult.consultation()
    ids = await post(c.id, *[LETTER, OTHER, *COPIES] * 4)
    maker = app.state.sessionmaker

    async def worker(index: lsh_index.Index) -> int:
        total = 0
        async with maker() as s:
            for _ in range(40):  # until the queue is empty (a batch of 2: many turns)
                total += await dedup.cluster_pending(s, 2, index)
                if not await s.scalar(select(func.count()).select_from(ClusteringQueue)):
                    await s.rollback()
                    return total
                await s.rollback()
                await asyncio.sleep(0)
        return total

    done = await asyncio.gather(worker(lsh_index.Index()), worker(lsh_index.Index()))
    assert sum(done) == len(ids)  # each claimed once
    clusters = await _cluster_of(session, ids)
    assert len({clusters[i] for i in ids}) == 2 and None not in clusters.values()
    await _consistent(session)


async def test_an_index_past_its_size_is_emptied_and_refills_from_the_database(post, consult, session):
    index = lsh_index.Index()
    index.MAX_ANCHORS = 1
    c = await consult.consultation()
    ids = await post(c.id, LETTER, OTHER)
    await dedup.cluster_all(session, index=index)
    assert set(index.number) == {uuid.UUID(i) for i in ids}
    ids += await post(c.id, COPIES[0])
    await dedup.cluster_all(session, index=index)
    # Emptied (two anchors, one allowed), then refilled with what this batch's keys needed.
    assert set(index.number) == {uuid.UUID(ids[0])}
    clusters = await _cluster_of(session, ids)
    assert clusters[ids[0]] == clusters[ids[2]] is not None and clusters[ids[1]] is None


def test_a_batch_is_scored_against_the_index_as_each_text_would_be_alone():
    rng = np.random.default_rng(7)
    index = lsh_index.Index()
    anchors = [(uuid.uuid4(), rng.integers(0, 4, 64, dtype=np.uint32), [int(k)]) for k in range(40)]
    index.add(anchors)
    index.signed[index.number[anchors[3][0]]] = False  # an anchor without a signature row
    keys = [[int(k) for k in rng.integers(0, 45, 5)] for _ in range(30)] + [[]]
    sigs = rng.integers(0, 4, (len(keys), 64), dtype=np.uint32)
    got = index.candidates(keys, sigs, 20)
    for row_keys, sig, (numbers, agree) in zip(keys, sigs, got, strict=True):
        expected = {}
        for anchor, anchor_sig, (k,) in anchors:
            agreeing = int(np.count_nonzero(anchor_sig == sig))
            if k in row_keys and agreeing >= 20 and anchor != anchors[3][0]:
                expected[index.number[anchor]] = agreeing
        assert dict(zip(numbers.tolist(), agree.tolist(), strict=True)) == expected
