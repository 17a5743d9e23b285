"""Public reads are cacheable by a shared cache, with their ETag; receipt look-ups never are."""

from __future__ import annotations

from tests.consultations.factories import submit

PUBLIC_CACHE = "public, max-age=60, stale-while-revalidate=600"


async def test_an_open_consultation_is_cacheable_and_answers_304(client, consult):
    c = await consult.consultation()
    first = await client.get(f"/api/v1/public/consultations/{c.id}")
    assert first.status_code == 200
    assert first.headers["Cache-Control"] == PUBLIC_CACHE
    etag = first.headers["ETag"]
    again = await client.get(f"/api/v1/public/consultations/{c.id}", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == etag and again.headers["Cache-Control"] == PUBLIC_CACHE


async def test_the_public_list_is_cacheable_with_a_weak_etag(client, consult):
    await consult.consultation()
    first = await client.get("/api/v1/public/consultations")
    assert first.headers["Cache-Control"] == PUBLIC_CACHE
    assert first.headers["ETag"].startswith('W/"')
    again = await client.get("/api/v1/public/consultations", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


async def test_a_receipt_look_up_is_never_cached(client, consult):
    c = await consult.consultation()
    receipt = (await submit(client, c.id, body="Ý kiến về nông nghiệp công nghệ cao")).json()
    resp = await client.get(f"/api/v1/public/feedback/{receipt['receipt_code']}")
    assert resp.status_code == 200
    assert resp.headers["Cache-Control"] == "no-store"
