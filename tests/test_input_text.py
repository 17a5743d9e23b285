"""One checked text type on every input (issue #9, items 2, 13 and 14).

NUL, unpaired surrogates and control characters other than tab and newlines are
refused (422) in bodies, query parameters, form fields and upload file names and
contents; text is stored in NFC; names lose zero-width and bidi controls; e-mail
addresses may not mix scripts.
"""

from __future__ import annotations

import json

import pytest

from plandesk.core.text import clean_name, clean_text, single_script_email


@pytest.fixture
def consult(app):  # type: ignore[no-untyped-def]
    from tests.consultations.factories import ConsultationFactory

    return ConsultationFactory(app.state.sessionmaker)


def _json(body: object) -> bytes:
    # ensure_ascii: an unpaired surrogate travels as "\ud800", as a hostile client sends it
    return json.dumps(body, ensure_ascii=True).encode()


@pytest.mark.parametrize("bad", ["a\x00b", "x\ud800", "\x03", "a\x14b", "\x1b[0m", "\x7f", "\x85", "\ufffe"])
def test_clean_text_refuses_nul_surrogates_and_controls(bad):
    with pytest.raises(ValueError):
        clean_text(bad)


def test_clean_text_keeps_tab_and_newlines_and_stores_nfc():
    assert clean_text("a\tb\r\nc") == "a\tb\r\nc"
    assert clean_text("Nghi\u0323") == "Nghị"  # NFD in, NFC out


def test_clean_name_drops_zero_width_and_bidi_controls():
    assert clean_name("Ban\u200b Tuyên\u202e giáo\ufeff\u2066") == "Ban Tuyên giáo"
    with pytest.raises(ValueError, match="blank"):
        clean_name("\u200b\u200f")


def test_single_script_email_refuses_a_cyrillic_letter_among_latin():
    with pytest.raises(ValueError, match="scripts"):
        single_script_email("\u0430dmin@example.org")  # Cyrillic а
    assert single_script_email("admin@example.org") == "admin@example.org"


async def test_feedback_body_with_nul_is_422(client, consult):
    c = await consult.consultation()
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback",
        content=_json({"body": "Ý kiến\u0000"}),
        headers={"content-type": "application/json"},
    )
    assert resp.status_code == 422 and resp.headers["content-type"] == "application/problem+json"
    assert "NUL" in resp.json()["errors"][0]["msg"]


async def test_feedback_contact_with_lone_surrogate_is_422(client, consult):
    c = await consult.consultation()
    resp = await client.post(
        f"/api/v1/consultations/{c.id}/feedback",
        content=_json({"body": "Ý kiến", "contact": "a\ud800b"}),
        headers={"content-type": "application/json"},
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "contact"]


async def test_answer_template_with_a_control_character_is_422(client, factory):
    moderator = await factory.actor("moderator")
    resp = await client.post(
        "/api/v1/answer-templates",
        json={"title": "Tiếp thu", "body": "Ban\x03 soạn thảo"},
        headers=moderator.headers,
    )
    assert resp.status_code == 422
    assert "control character U+0003" in resp.json()["errors"][0]["msg"]


@pytest.mark.parametrize(
    "path", ["/api/v1/units", "/api/v1/users", "/api/v1/plans", "/api/v1/documents", "/api/v1/consultations"]
)
async def test_search_parameter_with_nul_is_422(client, factory, path):
    admin = await factory.actor("admin")
    resp = await client.get(path + "?q=a%00b", headers=admin.headers)
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["query", "q"]


async def test_public_search_with_lone_surrogate_is_422(client):
    resp = await client.get("/api/v1/public/consultations?q=%ED%A0%80")
    # Percent-decoding turns the invalid bytes into U+FFFD, which is text: never a 500.
    assert resp.status_code in (200, 422)
    resp = await client.get("/api/v1/public/consultations?q=%01")
    assert resp.status_code == 422


async def test_token_form_username_with_nul_is_422(client):
    resp = await client.post(
        "/api/v1/auth/token",
        content=b"grant_type=password&username=a%00b&password=x",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert resp.status_code == 422 and resp.json()["errors"][0]["loc"] == ["body", "username"]


def _raw_upload(filename: str, content: bytes) -> tuple[bytes, dict[str, str]]:
    """A multipart body with the file name as is (httpx would percent-encode a NUL)."""
    body = (
        b'--b\r\nContent-Disposition: form-data; name="file"; filename="'
        + filename.encode("utf-8", "surrogatepass")
        + b'"\r\nContent-Type: text/plain\r\n\r\n'
        + content
        + b"\r\n--b--\r\n"
    )
    return body, {"content-type": "multipart/form-data; boundary=b"}


async def test_upload_file_name_with_nul_is_422(client, factory):
    admin = await factory.actor("admin")
    body, headers = _raw_upload("du\x00thao.txt", "I. Mở đầu\nNội dung".encode())
    resp = await client.post("/api/v1/documents/upload", content=body, headers={**admin.headers, **headers})
    assert resp.status_code == 422 and "file name" in resp.json()["detail"]


async def test_upload_file_name_loses_bidi_controls(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/documents/upload",
        files={"file": ("du\u202ethao.txt", "I. Mở đầu\nNội dung".encode())},
        headers=admin.headers,
    )
    assert resp.status_code == 201, resp.text
    assert resp.json()["title"] == "duthao"


async def test_text_upload_with_a_control_character_is_422_naming_the_line(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/documents/upload",
        files={"file": ("d.txt", "I. Mở đầu\nNội\x03 dung".encode())},
        headers=admin.headers,
    )
    assert resp.status_code == 422 and "Line 2" in resp.json()["detail"]


async def test_plan_import_text_with_nul_is_refused(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/plans/import",
        files={"file": ("plan.txt", "KẾ HOẠCH\nA\x00B".encode())},
        headers=admin.headers,
    )
    assert resp.status_code in (415, 422) and resp.headers["content-type"] == "application/problem+json"


async def test_unit_name_is_stored_without_zero_width_and_bidi_characters(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/units", json={"name": "Ban\u200b Tuyên\u202e giáo"}, headers=admin.headers
    )
    assert resp.status_code == 201, resp.text
    assert resp.json()["name"] == "Ban Tuyên giáo"


async def test_unit_name_of_invisible_characters_only_is_422(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post("/api/v1/units", json={"name": "\u200b\u200d"}, headers=admin.headers)
    assert resp.status_code == 422


async def test_user_with_a_mixed_script_email_is_422(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/users",
        json={"email": "\u0430dmin@example.org", "full_name": "A", "role": "viewer", "password": "p" * 12},
        headers=admin.headers,
    )
    assert resp.status_code == 422 and "scripts" in resp.json()["errors"][0]["msg"]


async def test_nfd_title_is_stored_in_nfc(client, factory):
    admin = await factory.actor("admin")
    resp = await client.post(
        "/api/v1/answer-templates",
        json={"title": "Tie\u0302\u0301p thu", "body": "Đồng ý"},
        headers=admin.headers,
    )
    assert resp.status_code == 201 and resp.json()["title"] == "Tiếp thu"
