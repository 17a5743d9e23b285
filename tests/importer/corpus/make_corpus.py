"""Build the corpus's binary documents: Word files, a PDF with a text layer, and scans.

    .venv/bin/pip install fpdf2 pillow   # only to rebuild the fixtures
    .venv/bin/python tests/importer/corpus/make_corpus.py

- 10: a provincial plan whose tasks are a Word table (header row, a phase as a
  row spanning the table, a lead unit merged down two rows);
- 11: a department plan numbered by Word itself (Roman sections, numbered
  items and bullets from a numbering definition: no number is in the text);
- 12: a district plan with a task table and no phases, several lead units in
  one cell and a recurring report;
- 13: a cultural department plan as a PDF with a text layer (DejaVu fonts);
- 14: page 1 of 13 rendered at 200 dpi in grey with scanner noise, as a PNG;
- 15: the same scan wrapped in a PDF (an image-only PDF, read by OCR);
- 16: plan 01 typed in the old TCVN3 (ABC) encoding, as a text file.

The plans, units and signers are invented for the tests.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).parent / "documents"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def header_table(doc, left: list[str], right: list[str]) -> None:
    table = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def task_table(doc, header: list[str], rows: list[list[str] | str], merge_down: list[tuple[int, int]] = ()):
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for r, row in enumerate(rows, start=1):
        if isinstance(row, str):  # a phase: one cell across the table
            merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
            merged.text = row
            continue
        for cell, text in zip(table.rows[r].cells, row, strict=True):
            cell.text = text
    for first, col in merge_down:  # a lead unit written once for two rows
        top = table.cell(first, col)
        text = top.text
        top.merge(table.cell(first + 1, col)).text = text
    return table


def signature(doc, recipients: list[str], signer: list[str]) -> None:
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = "Nơi nhận:"
    for item in recipients:
        left.add_paragraph(f"- {item};")
    right.paragraphs[0].text = signer[0]
    for line in signer[1:]:
        right.add_paragraph(line)


def doc10() -> Document:
    doc = Document()
    header_table(
        doc,
        ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 77/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Lâm Đồng, ngày 18 tháng 3 năm 2024",
        ],
    )
    doc.add_paragraph("KẾ HOẠCH").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Tuyên truyền phòng, chống cháy rừng mùa khô năm 2024")
    doc.add_paragraph(
        "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"
    )
    doc.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    doc.add_paragraph("- Nâng cao ý thức phòng, chống cháy rừng của người dân.")
    doc.add_paragraph("II. NHIỆM VỤ CỤ THỂ")
    task_table(
        doc,
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"],
        [
            "Giai đoạn 1: Từ ngày 01/4/2024 đến ngày 31/5/2024",
            [
                "1",
                "Treo băng rôn, khẩu hiệu tại các cửa rừng",
                "Sở Nông nghiệp và Phát triển nông thôn",
                "Ủy ban nhân dân các huyện",
                "Trước ngày 15/4/2024",
                "",
            ],
            [
                "2",
                "Phát sóng phóng sự về phòng cháy rừng",
                "Đài Phát thanh - Truyền hình tỉnh",
                "Sở Nông nghiệp và Phát triển nông thôn",
                "Tháng 5/2024",
                "",
            ],
            "Giai đoạn 2: Từ ngày 01/6/2024 đến ngày 31/8/2024",
            [
                "3",
                "Tập huấn kỹ năng chữa cháy rừng cho tổ đội quần chúng",
                "Công an tỉnh",
                "",
                "Quý III/2024",
                "",
            ],
            [
                "4",
                "Tổng kết công tác phòng cháy rừng",
                "Công an tỉnh",
                "Sở Nông nghiệp và Phát triển nông thôn",
                "Chậm nhất ngày 31/8/2024",
                "",
            ],
        ],
        merge_down=[(5, 2)],
    )
    signature(
        doc,
        ["Bộ Nông nghiệp và PTNT", "Thường trực Tỉnh ủy", "Lưu: VT"],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đặng Trí Dũng"],
    )
    return doc


def _numbering(doc) -> tuple[int, int]:
    """Add a list definition (I. / 1. / -) and return the numIds of two instances of it."""
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for ilvl, (fmt, text) in enumerate((("upperRoman", "%1."), ("decimal", "%2."), ("bullet", "-"))):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    ids = []
    for num_id in (91, 92):
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), "90")
        num.append(ref)
        numbering.append(num)
        ids.append(num_id)
    return ids[0], ids[1]


def numbered(doc, text: str, num_id: int, ilvl: int) -> None:
    paragraph = doc.add_paragraph(text)
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    level = OxmlElement("w:ilvl")
    level.set(qn("w:val"), str(ilvl))
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), str(num_id))
    num_pr.append(level)
    num_pr.append(num)
    p_pr.append(num_pr)


def doc11() -> Document:
    doc = Document()
    header_table(
        doc,
        ["UBND TỈNH TIỀN GIANG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1203/KH-SGDĐT"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Tiền Giang, ngày 09 tháng 5 năm 2024",
        ],
    )
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Tuyên truyền tuyển sinh vào lớp 10 năm học 2024 - 2025")
    doc.add_paragraph(
        "Căn cứ Thông tư số 30/2024/TT-BGDĐT ngày 30/12/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo "
        "ban hành Quy chế tuyển sinh trung học cơ sở và tuyển sinh trung học phổ thông;"
    )
    sections, _ = _numbering(doc)
    numbered(doc, "MỤC ĐÍCH, YÊU CẦU", sections, 0)
    numbered(doc, "Phụ huynh, học sinh nắm rõ phương thức tuyển sinh.", sections, 2)
    numbered(doc, "Thông tin kịp thời, chính xác.", sections, 2)
    numbered(doc, "CÁC ĐỢT TUYÊN TRUYỀN", sections, 0)
    numbered(doc, "Đợt 1: Từ ngày 15/5/2024 đến ngày 05/6/2024", sections, 1)
    numbered(doc, "Giới thiệu phương án tuyển sinh.", sections, 2)
    numbered(doc, "Đợt 2: Từ ngày 06/6/2024 đến ngày 20/7/2024", sections, 1)
    numbered(doc, "Thông báo điểm chuẩn và lịch nhập học.", sections, 2)
    numbered(doc, "TỔ CHỨC THỰC HIỆN", sections, 0)
    numbered(doc, "Phòng Giáo dục Trung học", sections, 1)
    numbered(doc, "Biên soạn tài liệu hướng dẫn tuyển sinh, hoàn thành trước ngày 20/5/2024.", sections, 2)
    numbered(doc, "Tổng hợp báo cáo tiến độ tuyển sinh, định kỳ hằng tuần gửi Giám đốc Sở.", sections, 2)
    numbered(doc, "Văn phòng Sở", sections, 1)
    numbered(
        doc,
        "Đăng thông báo điểm chuẩn trên Cổng thông tin điện tử của Sở, chậm nhất ngày 10/7/2024.",
        sections,
        2,
    )
    numbered(doc, "Phòng Giáo dục và Đào tạo các huyện, thành phố", sections, 1)
    numbered(
        doc, "Phổ biến phương án tuyển sinh đến các trường trung học cơ sở, trong tháng 5/2024.", sections, 2
    )
    signature(
        doc, ["Ủy ban nhân dân tỉnh", "Lưu: VT, GDTrH"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Huỳnh Thị Bé"]
    )
    return doc


def doc12() -> Document:
    doc = Document()
    header_table(
        doc,
        ["ỦY BAN NHÂN DÂN", "HUYỆN CỦ CHI", "Số: 301/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Củ Chi, ngày 02 tháng 10 năm 2024",
        ],
    )
    doc.add_paragraph("KẾ HOẠCH TRUYỀN THÔNG VỀ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI")
    doc.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    doc.add_paragraph("- Người dân hiểu và tham gia xây dựng nông thôn mới.")
    doc.add_paragraph("II. NHIỆM VỤ CỤ THỂ")
    task_table(
        doc,
        ["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Cơ quan phối hợp", "Thời gian thực hiện"],
        [
            [
                "1",
                "Xây dựng phóng sự về mô hình nông thôn mới kiểu mẫu",
                "Trung tâm Văn hóa - Thể thao huyện",
                "Phòng Kinh tế",
                "Quý IV/2024",
            ],
            [
                "2",
                "Tổ chức hội nghị biểu dương điển hình tiên tiến",
                "Phòng Kinh tế, Ủy ban Mặt trận Tổ quốc huyện",
                "",
                "Trước ngày 20/12/2024",
            ],
            [
                "3",
                "Báo cáo kết quả truyền thông",
                "Phòng Văn hóa và Thông tin",
                "Phòng Kinh tế",
                "Định kỳ hằng quý",
            ],
        ],
    )
    signature(
        doc, ["Thường trực Huyện ủy", "Lưu: VT"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Phạm Minh Tuấn"]
    )
    return doc


PDF_PLAN = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 96/KH-SVHTTDL
Ninh Bình, ngày 10 tháng 01 năm 2024
KẾ HOẠCH
Tổ chức Lễ hội Hoa Lư năm 2024
Căn cứ Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ quy định về quản lý và tổ chức lễ hội;
I. MỤC ĐÍCH, YÊU CẦU
- Tôn vinh giá trị di sản văn hóa cố đô Hoa Lư.
II. CÁC GIAI ĐOẠN
1. Giai đoạn 1: Từ ngày 15/01/2024 đến ngày 10/3/2024
- Chuẩn bị các hoạt động của Lễ hội.
2. Giai đoạn 2: Từ ngày 11/3/2024 đến ngày 20/3/2024
- Tổ chức phần lễ và phần hội.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý văn hóa
- Xây dựng kịch bản Lễ hội, xong trước 20/02/2024.
2. Ban Quản lý Quần thể danh thắng Tràng An
- Chuẩn bị địa điểm tổ chức, chậm nhất ngày 05/3/2024.
Nơi nhận:
- Ủy ban nhân dân tỉnh;
- Lưu: VT.
GIÁM ĐỐC
Bùi Văn Mạnh
"""


def pdf13() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("Serif", "", FONT)
    pdf.add_font("Serif", "B", FONT_BOLD)
    pdf.set_margins(20, 15, 15)
    pdf.add_page()
    for line in PDF_PLAN.strip().splitlines():
        bold = line.isupper() or line.startswith(("I.", "II.", "III."))
        pdf.set_font("Serif", "B" if bold else "", 11)
        pdf.multi_cell(0, 6.5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scan14(pdf: bytes) -> bytes:
    """Page 1 of the PDF at 200 dpi, grey, slightly rotated, with speckle noise: what a scanner gives."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    page = pdfium.PdfDocument(pdf)[0]
    image = page.render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    image = image.rotate(0.4, expand=False, fillcolor=255, resample=Image.BICUBIC)
    rng = random.Random(14)
    pixels = image.load()
    width, height = image.size
    for _ in range(width * height // 2000):  # salt and pepper
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = rng.choice((0, 90, 200, 255))
    image = image.filter(ImageFilter.GaussianBlur(0.4))
    out = io.BytesIO()
    image.quantize(8).convert("L").save(out, format="PNG", optimize=True)
    return out.getvalue()


def scan15(png: bytes) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("L").save(out, format="PDF", resolution=200)
    return out.getvalue()


def tcvn16() -> bytes:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[3] / "backend"))
    from plandesk.importer.legacy_encoding import _TCVN3

    reverse = {v: k for k, v in _TCVN3.items()}
    upper = {v.upper(): k for k, v in _TCVN3.items() if v.upper() not in reverse}
    text = (HERE / "01-ubnd-tinh-cai-cach-hanh-chinh.txt").read_text(encoding="utf-8")
    # Capitals without a code of their own are typed with the .VnTimeH font: the lower-case code.
    encoded = "".join(reverse.get(ch) or upper.get(ch) or ch for ch in text)
    return encoded.encode("cp1252")


def main() -> None:
    doc10().save(HERE / "10-ubnd-tinh-bang-nhiem-vu.docx")
    doc11().save(HERE / "11-so-giao-duc-tu-dong-danh-so.docx")
    doc12().save(HERE / "12-ubnd-huyen-bang-khong-giai-doan.docx")
    pdf = pdf13()
    (HERE / "13-so-van-hoa-le-hoi.pdf").write_bytes(pdf)
    png = scan14(pdf)
    (HERE / "14-so-van-hoa-le-hoi-quet.png").write_bytes(png)
    (HERE / "15-so-van-hoa-le-hoi-quet.pdf").write_bytes(scan15(png))
    (HERE / "16-ubnd-tinh-tcvn3.txt").write_bytes(tcvn16())


if __name__ == "__main__":
    main()
