"""Receipt codes people can read aloud: grouped Crockford base32, forgiving input, old codes still work."""

from __future__ import annotations

import re
import secrets

import pytest
from sqlalchemy import select, update

from plandesk.consultations.models import FeedbackSubmission
from plandesk.consultations.submissions import receipt_codes
from tests.consultations.factories import submit

GROUPED = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$")


def test_new_codes_are_grouped_crockford_with_80_bits():
    codes = {receipt_codes.new_code()[0] for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert GROUPED.match(code), code
        assert not set(code) & set("ILOU")
    assert receipt_codes.SYMBOLS * 5 >= 80


def test_a_code_spells_its_random_bytes_five_bits_a_symbol(monkeypatch):
    """The 80 bits come from the CSPRNG (secrets.token_bytes) and every 5 of them pick one
    symbol in order, so every symbol and every code is equally likely."""
    drawn = bytes.fromhex("00443214c74254b635cf")  # the 5-bit groups 0, 1, 2, …, 15
    bits = "".join(f"{b:08b}" for b in drawn)
    expected = "".join(receipt_codes.ALPHABET[int(bits[i : i + 5], 2)] for i in range(0, 80, 5))
    assert expected == "0123456789ABCDEF"
    monkeypatch.setattr(receipt_codes.secrets, "token_bytes", lambda n: drawn[:n])
    code, stored = receipt_codes.new_code()
    assert code.replace("-", "") == expected
    assert stored == receipt_codes.digest(expected)
    assert receipt_codes.canonical(code) == expected


def test_every_symbol_is_reachable_and_none_is_favoured():
    counts = dict.fromkeys(receipt_codes.ALPHABET, 0)
    for _ in range(2000):
        for ch in receipt_codes.new_code()[0].replace("-", ""):
            counts[ch] += 1
    # 32,000 symbols: 1,000 expected each; 800 is more than 6 standard deviations away.
    assert min(counts.values()) > 800 and max(counts.values()) < 1200


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("K7QM-4XDP-9TZR-2WHB", "K7QM4XDP9TZR2WHB"),
        ("k7qm4xdp9tzr2whb", "K7QM4XDP9TZR2WHB"),
        (" k7qm 4xdp-9tzr 2whb ", "K7QM4XDP9TZR2WHB"),
        ("K7QM-4XDP-9TZR-2WHB".replace("1", "l"), "K7QM4XDP9TZR2WHB"),
        ("AIL0-OOoo-1111-2222", "A110000011112222"),
    ],
)
def test_typed_codes_are_read_per_crockford(typed, expected):
    assert receipt_codes.canonical(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "K7QM-4XDP-9TZR-2WH",  # one short
        "K7QM-4XDP-9TZR-2WHBB",  # one long
        "K7QM-4XDP-9TZR-2WHU",  # U is not a data symbol
        "K7QM-4XDP-9TZR-2WH!",
        "K7QM-4XDP-9TZR-2WHĐ",
        "K7QM\u200b4XDP9TZR2WHB",
        "Ｋ7QM4XDP9TZR2WHB",  # full-width K
        "K" * 10_000,
    ],
)
def test_hostile_or_wrong_codes_are_not_new_codes(typed):
    assert receipt_codes.canonical(typed) is None


async def test_receipt_code_looks_up_in_any_case_with_or_without_dashes(client, consult):
    c = await consult.consultation()
    code = (await submit(client, c.id, body="Ý kiến đọc qua điện thoại")).json()["receipt_code"]
    assert GROUPED.match(code)
    typed_forms = {code, code.lower(), code.replace("-", ""), code.replace("-", "").lower()}
    for typed in typed_forms:
        resp = await client.get(f"/api/v1/public/feedback/{typed}")
        assert resp.status_code == 200, (typed, resp.text)
        assert resp.json()["body"] == "Ý kiến đọc qua điện thoại"


async def test_look_alike_letters_are_read_as_digits(client, consult, session):
    c = await consult.consultation()
    await submit(client, c.id, body="Ý kiến có số 0 và 1")
    known = "A1B0-C1D0-E1F0-G1H0"
    await session.execute(
        update(FeedbackSubmission).values(receipt_hash=receipt_codes.digest(known.replace("-", "")))
    )
    await session.commit()
    for typed in ("AIB0-C1DO-ElF0-G1HO", "aib0clDoe1f0glho", "A1B0C1D0E1F0G1H0"):
        resp = await client.get(f"/api/v1/public/feedback/{typed}")
        assert resp.status_code == 200, typed


async def test_old_codes_keep_working(client, consult, session):
    c = await consult.consultation()
    await submit(client, c.id, body="Ý kiến gửi từ năm 2020")
    old = secrets.token_urlsafe(receipt_codes.LEGACY_BYTES)
    await session.execute(update(FeedbackSubmission).values(receipt_hash=receipt_codes.digest(old)))
    await session.commit()
    resp = await client.get(f"/api/v1/public/feedback/{old}")
    assert resp.status_code == 200 and resp.json()["body"] == "Ý kiến gửi từ năm 2020"
    # An old code is exact: another case is another code.
    if old.lower() != old:
        assert (await client.get(f"/api/v1/public/feedback/{old.lower()}")).status_code == 404


async def test_stored_digest_is_of_the_canonical_form(client, consult, session):
    c = await consult.consultation()
    code = (await submit(client, c.id)).json()["receipt_code"]
    stored = (await session.execute(select(FeedbackSubmission.receipt_hash))).scalar_one()
    assert stored == receipt_codes.digest(code.replace("-", "")) and code not in stored


@pytest.mark.parametrize(
    "typed",
    [
        "0000-0000-0000-0000",
        "ZZZZZZZZZZZZZZZZ",
        "'%20OR%201=1--aaaaaaaa",
        "----------------",
        "_" * 40,
        "U" * 16,
    ],
)
async def test_hostile_look_ups_are_404_or_422_never_500(client, consult, typed):
    c = await consult.consultation()
    await submit(client, c.id)
    resp = await client.get(f"/api/v1/public/feedback/{typed}")
    assert resp.status_code in (404, 422), (typed, resp.status_code)
