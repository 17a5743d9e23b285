"""Content of the demo consultation: a short draft political report and a dozen sample opinions.

The draft is sample text written for the demo, in the shape of a provincial
congress's political report ("Dự thảo Báo cáo chính trị"); its figures are
illustrative. The opinions cover what a moderator meets: plain citizens'
suggestions, experts quoting a passage, a veterans' letter, an exact
duplicate, a near-duplicate pair from a campaign, and spam.
"""

from __future__ import annotations

from dataclasses import dataclass

DOCUMENT_TITLE = "Dự thảo Báo cáo chính trị Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"
DOCUMENT_DESCRIPTION = (
    "Văn bản mẫu của bản demo PlanDesk, soạn theo cấu trúc một báo cáo chính trị trình đại hội "
    "đảng bộ tỉnh; số liệu chỉ có tính minh họa."
)
CONSULTATION_TITLE = "Lấy ý kiến Nhân dân vào dự thảo Báo cáo chính trị Đại hội Đảng bộ tỉnh lần thứ XVII"
CONSULTATION_DESCRIPTION = (
    "Ban Thường vụ Tỉnh ủy trân trọng đề nghị cán bộ, đảng viên, cựu chiến binh, nhân sĩ, trí thức, "
    "chuyên gia và các tầng lớp Nhân dân góp ý vào dự thảo. Ý kiến được tổng hợp, tiếp thu và công bố "
    "kết quả trước khi trình Đại hội."
)
AUDIENCES = ["citizen", "expert", "veteran", "party_member", "organisation"]

# (number, heading, text)
SECTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "I",
        "Đánh giá kết quả thực hiện Nghị quyết Đại hội XVI, nhiệm kỳ 2015 - 2020",
        "Trong nhiệm kỳ qua, kinh tế của tỉnh duy trì tốc độ tăng trưởng khá, bình quân khoảng 7% mỗi năm; "
        "cơ cấu kinh tế chuyển dịch đúng hướng, tỷ trọng công nghiệp và dịch vụ tăng dần. Nông nghiệp "
        "tiếp tục là thế mạnh, nhiều vùng cà phê, hồ tiêu, sầu riêng được tái canh và chứng nhận bền vững. "
        "Tuy nhiên, quy mô kinh tế còn nhỏ, hạ tầng giao thông liên vùng chưa đồng bộ, đời sống một bộ "
        "phận đồng bào dân tộc thiểu số còn nhiều khó khăn.",
    ),
    (
        "II",
        "Quan điểm chỉ đạo và mục tiêu tổng quát nhiệm kỳ 2020 - 2025",
        "Phát huy sức mạnh đại đoàn kết các dân tộc, khai thác hiệu quả tiềm năng, lợi thế để phát triển "
        "nhanh và bền vững; lấy con người làm trung tâm, lấy nông nghiệp công nghệ cao, năng lượng tái tạo "
        "và du lịch làm động lực. Phấn đấu đến năm 2025 Đắk Lắk trở thành tỉnh phát triển khá của khu vực "
        "Tây Nguyên, giữ vững quốc phòng, an ninh.",
    ),
    (
        "III",
        "Phát triển kinh tế nhanh và bền vững",
        "Tập trung cơ cấu lại nông nghiệp theo chuỗi giá trị, mở rộng diện tích cây trồng ứng dụng công "
        "nghệ cao. Đầu tư hạ tầng giao thông kết nối, ưu tiên tuyến cao tốc Buôn Ma Thuột - Nha Trang và "
        "nâng cấp Cảng hàng không Buôn Ma Thuột. Đẩy mạnh chuyển đổi số trong doanh nghiệp và cơ quan nhà "
        "nước; phấn đấu 80% thủ tục hành chính được cung cấp trực tuyến mức độ 4 vào năm 2025.",
    ),
    (
        "IV",
        "Phát triển văn hóa, xã hội, nâng cao đời sống Nhân dân",
        "Nâng cao chất lượng giáo dục, đào tạo nghề cho lao động nông thôn và đồng bào dân tộc thiểu số. "
        "Bảo tồn và phát huy giá trị Không gian văn hóa Cồng chiêng Tây Nguyên. Giảm tỷ lệ hộ nghèo bình "
        "quân 2% mỗi năm; chăm lo tốt gia đình chính sách, người có công với cách mạng.",
    ),
    (
        "V",
        "Quản lý tài nguyên, bảo vệ môi trường, ứng phó với biến đổi khí hậu",
        "Quản lý chặt chẽ đất đai, tài nguyên nước; ngăn chặn tình trạng phá rừng, lấn chiếm đất rừng. "
        "Phấn đấu tỷ lệ che phủ rừng đạt 40% vào năm 2025. Chủ động phòng, chống hạn hán, bảo đảm nước "
        "tưới cho cây trồng trong mùa khô.",
    ),
    (
        "VI",
        "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh",
        "Tăng cường công tác giáo dục chính trị, tư tưởng; đổi mới công tác cán bộ, xây dựng đội ngũ cán "
        "bộ các cấp, nhất là cán bộ chủ chốt, đủ phẩm chất, năng lực và uy tín. Nâng cao hiệu quả công tác "
        "kiểm tra, giám sát; kiên quyết đấu tranh phòng, chống tham nhũng, lãng phí.",
    ),
)


@dataclass(frozen=True)
class SampleOpinion:
    """One demo submission and what the moderators have done with it so far."""

    body: str
    contributor_group: str
    channel: str
    status: str  # received, in_review, accepted, partially_accepted, not_accepted, duplicate, spam
    section: str | None = None  # section number
    quote: str | None = None  # a passage of that section, located by its offsets
    name: str | None = None
    organisation: str | None = None
    contact: str | None = None
    answer: str | None = None
    tags: tuple[str, ...] = ()


_COFFEE = (
    "Đề nghị bổ sung vào mục phát triển nông nghiệp chính sách hỗ trợ lãi suất cho hộ nông dân tái canh "
    "cà phê, vì chi phí tái canh lớn mà ba năm đầu chưa có thu hoạch."
)
_EXPRESSWAY = (
    "Chúng tôi tha thiết đề nghị Tỉnh ủy ưu tiên khởi công sớm tuyến cao tốc Buôn Ma Thuột - Nha Trang "
    "trong nhiệm kỳ 2020 - 2025 để mở đường ra biển cho Tây Nguyên, giảm chi phí vận chuyển nông sản."
)

OPINIONS: tuple[SampleOpinion, ...] = (
    SampleOpinion(
        _COFFEE,
        "citizen",
        "web",
        "received",
        section="III",
        name="Y Bhin Niê",
        contact="0905 000 111",
        tags=("nông nghiệp",),
    ),
    SampleOpinion(
        "Là cựu chiến binh, tôi đề nghị báo cáo nói rõ hơn việc giáo dục truyền thống cách mạng cho thế hệ "
        "trẻ, gắn với kỷ niệm 45 năm Chiến thắng Buôn Ma Thuột.",
        "veteran",
        "letter",
        "received",
        section="IV",
        name="Nguyễn Văn Thành",
        organisation="Hội Cựu chiến binh phường Tân Lợi",
    ),
    SampleOpinion(
        "Chỉ tiêu 80% thủ tục hành chính trực tuyến mức độ 4 là phù hợp, nhưng cần bổ sung chỉ tiêu về tỷ lệ "
        "hồ sơ thực sự được nộp trực tuyến, vì nhiều dịch vụ có mở nhưng người dân ít dùng.",
        "expert",
        "web",
        "in_review",
        section="III",
        quote="phấn đấu 80% thủ tục hành chính được cung cấp trực tuyến mức độ 4 vào năm 2025",
        name="TS. Trần Minh Quân",
        organisation="Trường Đại học Tây Nguyên",
        contact="quan.tm@example.edu.vn",
        tags=("chuyển đổi số",),
    ),
    SampleOpinion(
        "Hội viên nông dân xã Ea Tu đề nghị có chính sách bảo đảm nước tưới mùa khô cho vùng cà phê, hồ tiêu "
        "xa nguồn nước, kể cả hỗ trợ khoan giếng và hồ chứa nhỏ.",
        "organisation",
        "meeting",
        "in_review",
        section="V",
        organisation="Hội Nông dân xã Ea Tu",
        tags=("nông nghiệp", "nước tưới"),
    ),
    SampleOpinion(
        "Đề nghị nâng chỉ tiêu tỷ lệ che phủ rừng hoặc ít nhất bổ sung chỉ tiêu trồng mới rừng tập trung, "
        "vì 40% mới chỉ giữ nguyên hiện trạng.",
        "expert",
        "web",
        "accepted",
        section="V",
        quote="Phấn đấu tỷ lệ che phủ rừng đạt 40% vào năm 2025",
        name="ThS. Lê Thị Hoa",
        organisation="Chi cục Kiểm lâm",
        answer="Ban soạn thảo tiếp thu: bổ sung chỉ tiêu trồng mới rừng tập trung vào mục V của dự thảo.",
        tags=("môi trường",),
    ),
    SampleOpinion(
        "Cần nói rõ cơ chế đánh giá cán bộ theo kết quả, sản phẩm cụ thể, và trách nhiệm người đứng đầu khi "
        "để xảy ra sai phạm trong đơn vị.",
        "party_member",
        "web",
        "accepted",
        section="VI",
        answer="Tiếp thu, bổ sung nội dung đánh giá cán bộ theo kết quả, sản phẩm cụ thể vào mục VI.",
        tags=("cán bộ",),
    ),
    SampleOpinion(
        "Đề nghị đưa chỉ tiêu tăng trưởng kinh tế bình quân 12% mỗi năm để tạo khí thế phấn đấu.",
        "citizen",
        "phone",
        "not_accepted",
        section="II",
        answer="Chỉ tiêu tăng trưởng được tính toán trên cơ sở dự báo nguồn lực của tỉnh; mức 12% mỗi năm "
        "chưa khả thi trong bối cảnh hiện nay nên Ban soạn thảo xin giữ như dự thảo.",
    ),
    SampleOpinion(
        "Dự thảo nên có một mục riêng về phát triển du lịch gắn với văn hóa cà phê và cồng chiêng, thay vì "
        "chỉ nhắc đến như một động lực.",
        "citizen",
        "web",
        "partially_accepted",
        section="IV",
        answer="Tiếp thu một phần: bổ sung nội dung du lịch văn hóa vào mục IV; không tách thành mục riêng "
        "để bảo đảm bố cục báo cáo.",
        tags=("du lịch",),
    ),
    SampleOpinion(_COFFEE, "citizen", "mobile", "duplicate", section="III"),
    SampleOpinion(
        "MUA BÁN SIM SỐ ĐẸP GIÁ RẺ, GIAO HÀNG TẬN NƠI, LIÊN HỆ NGAY!!!",
        "other",
        "web",
        "spam",
    ),
    SampleOpinion(
        _EXPRESSWAY,
        "citizen",
        "web",
        "received",
        section="III",
        name="Phạm Đức Long",
        tags=("giao thông",),
    ),
    SampleOpinion(
        _EXPRESSWAY.replace("Chúng tôi tha thiết", "Tôi tha thiết").replace(
            "giảm chi phí vận chuyển nông sản.", "giảm chi phí vận chuyển nông sản cho bà con."
        ),
        "citizen",
        "mobile",
        "received",
        section="III",
        tags=("giao thông",),
    ),
)
