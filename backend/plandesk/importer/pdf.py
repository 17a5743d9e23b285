"""PDF plans: the text layer when there is one, OCR of the rendered pages when it is a scan.

PDFium (pypdfium2) reads the text layer in the order the page draws it, which
for documents exported from Word is reading order, one text line per printed
line (so lines are soft-wrapped, as in a text file). A page with next to no
text is an image: it is rendered at 300 dpi in grey and read by OCR.
"""

from __future__ import annotations

from plandesk.importer.document import DocumentText, from_legacy
from plandesk.importer.errors import UnsupportedDocument
from plandesk.importer.ocr import MAX_PAGES, ocr_text

OCR_DPI = 300
# Fewer letters than this on a page means the page is a picture of text.
MIN_LETTERS_PER_PAGE = 40


def read_pdf(data: bytes) -> DocumentText:
    """The text of a PDF plan."""
    import pypdfium2 as pdfium  # imported here so other formats do not pay for it

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnsupportedDocument("the file is not a readable PDF document") from exc
    try:
        if len(document) > MAX_PAGES * 4:
            raise UnsupportedDocument(f"the PDF has {len(document)} pages; a plan has far fewer")
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
        letters = sum(ch.isalpha() for text in texts for ch in text)
        if letters >= MIN_LETTERS_PER_PAGE * len(texts):
            return from_legacy("\n".join(texts), soft_wrap=True)
        pages = [_page_image(page) for page in list(document)[: MAX_PAGES + 1]]
    finally:
        document.close()
    text, warnings = ocr_text(pages)
    return DocumentText(text, soft_wrap=True, warnings=warnings)


def _page_image(page: object) -> bytes:
    """One page in grey at OCR resolution, as a PGM image (what Tesseract reads without Pillow)."""
    bitmap = page.render(scale=OCR_DPI / 72, grayscale=True)  # type: ignore[attr-defined]
    pixels = bitmap.to_numpy()
    height, width = pixels.shape[0], pixels.shape[1]
    grey = pixels.reshape(height, width, -1)[:, :, 0]
    return f"P5 {width} {height} 255\n".encode() + grey.tobytes()
