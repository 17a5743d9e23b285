"""Example bodies of the consultation API, shown in /docs and the generated clients.

One consultation throughout: the public's opinions on the draft political report of the
provincial Party Congress (the demo's document, after plan 148-KH/TU). The ids are
fixed so that the examples refer to one another.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

DOCUMENT_ID = "0b7d6c2e-4f1a-4e8b-9c3d-5a6f7e8d9c01"
SECTION_I_ID = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e01"
SECTION_III_ID = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e03"
CONSULTATION_ID = "2e8f1a3b-6c4d-4e5f-8a9b-0c1d2e3f4a10"
FEEDBACK_ID = "3f9a2b4c-7d5e-4f6a-9b0c-1d2e3f4a5b20"
DUPLICATE_ID = "3f9a2b4c-7d5e-4f6a-9b0c-1d2e3f4a5b21"
EXACT_DUPLICATE_ID = "3f9a2b4c-7d5e-4f6a-9b0c-1d2e3f4a5b22"
CLUSTER_ID = "4a0b3c5d-8e6f-4a7b-8c1d-2e3f4a5b6c30"
BULK_ACTION_ID = "5b1c4d6e-9f7a-4b8c-9d2e-3f4a5b6c7d40"
TEMPLATE_ID = "6c2d5e7f-0a8b-4c9d-8e3f-4a5b6c7d8e50"
MEETING_ID = "7d3e6f8a-1b9c-4d0e-9f4a-5b6c7d8e9f60"
UNIT_ID = "8e4f7a9b-2c0d-4e1f-8a5b-6c7d8e9f0a70"
MODERATOR_ID = "9f5a8b0c-3d1e-4f2a-9b6c-7d8e9f0a1b80"
RECEIPT_CODE = "K7QM-4XDP-9TZR-2WHB"

DOCUMENT_TITLE = "Dự thảo Báo cáo chính trị Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"
CONSULTATION_TITLE = "Lấy ý kiến Nhân dân vào dự thảo Báo cáo chính trị Đại hội Đảng bộ tỉnh lần thứ XVII"
CONSULTATION_DESCRIPTION = (
    "Ban Thường vụ Tỉnh ủy trân trọng đề nghị cán bộ, đảng viên, cựu chiến binh, nhân sĩ, trí thức, chuyên "
    "gia và các tầng lớp Nhân dân góp ý vào dự thảo. Ý kiến được tổng hợp, tiếp thu và công bố kết quả trước "
    "khi trình Đại hội."
)
SECTION_III_TEXT = (
    "Tập trung cơ cấu lại nông nghiệp theo chuỗi giá trị, mở rộng diện tích cây trồng ứng dụng "
    "công nghệ cao. Đầu tư hạ tầng giao thông kết nối, ưu tiên tuyến cao tốc Buôn Ma Thuột - "
    "Nha Trang và nâng cấp Cảng hàng không Buôn Ma Thuột. Đẩy mạnh chuyển đổi số trong doanh "
    "nghiệp và cơ quan nhà nước; phấn đấu 80% thủ tục hành chính được cung cấp trực tuyến mức "
    "độ 4 vào năm 2025."
)
QUOTE = "Đẩy mạnh chuyển đổi số trong doanh nghiệp và cơ quan nhà nước"
QUOTE_START = SECTION_III_TEXT.index(QUOTE)
OPINION = (
    "Đề nghị bổ sung nội dung về chuyển đổi số ở cấp xã: đào tạo cán bộ một cửa và hỗ trợ người dân vùng "
    "sâu nộp hồ sơ trực tuyến."
)
ANSWER = (
    "Ban soạn thảo tiếp thu: mục III bổ sung nhiệm vụ đào tạo kỹ năng số cho cán bộ cấp xã và tổ công nghệ "
    "số cộng đồng ở thôn, buôn."
)
SECTION_I: dict[str, Any] = {
    "id": SECTION_I_ID,
    "number": "I",
    "heading": "Đánh giá kết quả thực hiện Nghị quyết Đại hội XVI, nhiệm kỳ 2015 - 2020",
    "text": "Trong nhiệm kỳ qua, kinh tế của tỉnh duy trì tốc độ tăng trưởng khá, bình quân khoảng 7% "
    "mỗi năm.",
    "position": 0,
}
SECTION_III: dict[str, Any] = {
    "id": SECTION_III_ID,
    "number": "III",
    "heading": "Phát triển kinh tế nhanh và bền vững",
    "text": SECTION_III_TEXT,
    "position": 2,
}
DOCUMENT_ETAG = f'"{DOCUMENT_ID.replace("-", "")}-3"'
CONSULTATION_ETAG = f'"{CONSULTATION_ID.replace("-", "")}-2"'
FEEDBACK_ETAG = f'"{EXACT_DUPLICATE_ID.replace("-", "")}-4"'
TEMPLATE_ETAG = f'"{TEMPLATE_ID.replace("-", "")}-1"'


def page_of(model: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entry giving a list operation an example page: the model's examples as items."""
    extra = model.model_config.get("json_schema_extra")
    items = extra["examples"] if isinstance(extra, dict) else []
    body = {"items": items, "next_cursor": "eyJrIjpbIjIwMjAtMDMtMjAiXX0.c2lnbmF0dXJl"}
    return {200: {"content": {"application/json": {"example": body}}}}


def upload_example(**fields: str) -> dict[str, Any]:
    """``openapi_extra=`` giving a multipart upload an example body (the file's part shown as its name)."""
    return {"requestBody": {"content": {"multipart/form-data": {"example": fields}}}}
