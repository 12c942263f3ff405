import dataclasses
import io
import unicodedata
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from desk_app.documents.layout import HEADER_LEFT_WIDTH, MARGIN_LEFT, MARGIN_TOP, PAGE_HEIGHT
from desk_app.documents.receipt import ReceiptDocument, render_receipt
from desk_app.domain.catalog import DocumentLine

CODE = "000.00.00.H49-250610-0001"
LOOKUP_URL = f"https://dichvucong.hanoi.gov.vn/tra-cuu?ma={CODE}"

EIGHT_DOCUMENTS = (
    DocumentLine("Tờ khai đăng ký khai sinh theo mẫu", "bản chính", 1),
    DocumentLine("Giấy chứng sinh do cơ sở y tế cấp", "bản chính", 1),
    DocumentLine("Căn cước của người đi đăng ký khai sinh", "bản chụp", 1),
    DocumentLine("Giấy chứng nhận kết hôn của cha mẹ", "bản sao chứng thực", 1),
    DocumentLine(
        "Văn bản ủy quyền có chứng thực (trường hợp ủy quyền đăng ký khai sinh cho người khác)",
        "bản chính",
        1,
    ),
    DocumentLine("Giấy xác nhận thông tin về cư trú", "bản sao", 2),
    DocumentLine("Giấy tờ chứng minh nơi cư trú của người mẹ tại thời điểm sinh con", "bản sao", 1),
    DocumentLine("Biên bản xác nhận việc trẻ bị bỏ rơi", "bản chính", 1),
)


@pytest.fixture
def receipt(office_header) -> ReceiptDocument:
    """A same-day birth registration received at 14:05 with a full list of eight papers."""
    return ReceiptDocument(
        code=CODE,
        header=office_header,
        issued_on=date(2025, 6, 10),
        applicant_name="Nguyễn Thị Ánh Tuyết",
        applicant_address="Số 12, ngõ 34 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội",
        applicant_phone="0912 345 678",
        applicant_email="anhtuyet@example.vn",
        procedure_code="1.001193",
        procedure_name="Đăng ký khai sinh",
        documents=EIGHT_DOCUMENTS,
        sets=1,
        legal_time_text="Trong ngày làm việc",
        received_at=datetime(2025, 6, 10, 14, 5),
        due_at=datetime(2025, 6, 10, 17, 0),
        delivery="desk",
        register_book="03/2025",
        register_number=127,
        clerk_name="Trần Văn Bình",
        lookup_text="Tra cứu tình trạng hồ sơ bằng mã hồ sơ tại https://dichvucong.hanoi.gov.vn",
        qr_payload=LOOKUP_URL,
        due_explanation="Hồ sơ tiếp nhận trước 15 giờ 00 phút được trả kết quả trong ngày.",
    )


def test_receipt_prints_every_element(receipt, tmp_path, pdf_text):
    path = tmp_path / "receipt.pdf"
    render_receipt(receipt, path)
    [text] = pdf_text(path)
    expected = [
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG BA ĐÌNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 10 tháng 6 năm 2025",
        "Mẫu số 01",
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        f"Mã hồ sơ: {CODE}",
        "Tiếp nhận hồ sơ của: Nguyễn Thị Ánh Tuyết",
        "Địa chỉ: Số 12, ngõ 34 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội",
        "Số điện thoại: 0912 345 678",
        "Email: anhtuyet@example.vn",
        "Nội dung yêu cầu giải quyết: Đăng ký khai sinh (Mã thủ tục: 1.001193)",
        "1. Thành phần hồ sơ nộp gồm:",
        "STT Tên giấy tờ Hình thức Số lượng",
        "4 Giấy chứng nhận kết hôn của cha mẹ bản sao chứng thực 01",
        "6 Giấy xác nhận thông tin về cư trú bản sao 02",
        "2. Số lượng hồ sơ: 01 bộ",
        "3. Thời gian giải quyết hồ sơ theo quy định là: Trong ngày làm việc",
        "4. Thời gian nhận hồ sơ: 14 giờ 05 phút, ngày 10/06/2025",
        "5. Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 10/06/2025",
        "Hồ sơ tiếp nhận trước 15 giờ 00 phút được trả kết quả trong ngày.",
        "6. Đăng ký nhận kết quả tại: Bộ phận Một cửa",
        "Vào Sổ theo dõi hồ sơ, Quyển số: 03/2025, Số thứ tự: 127",
        "NGƯỜI NỘP HỒ SƠ",
        "NGƯỜI TIẾP NHẬN HỒ SƠ",
        "(Ký và ghi rõ họ tên)",
        "Trần Văn Bình",
        "Tra cứu tình trạng hồ sơ bằng mã hồ sơ tại https://dichvucong.hanoi.gov.vn",
    ]
    for line in expected:
        assert line in text
    assert text.count("Nguyễn Thị Ánh Tuyết") == 2  # the applicant line and the signature
    assert text.count(CODE) == 1  # "Mã hồ sơ"; the QR code has the corner to itself
    for line in EIGHT_DOCUMENTS[:4]:
        assert line.name in text
    assert "Bản giao người nộp" not in text


def test_eight_documents_fit_one_page_inside_the_margins(receipt, tmp_path, outside_margins):
    path = tmp_path / "receipt.pdf"
    render_receipt(receipt, path)
    assert PdfReader(path).get_num_pages() == 1
    assert outside_margins(path) == []


def test_qr_code_decodes_to_the_payload(receipt, tmp_path, pdf_qr_codes):
    path = tmp_path / "receipt.pdf"
    render_receipt(receipt, path)
    assert pdf_qr_codes(path) == [[LOOKUP_URL]]


def test_two_copies_are_two_marked_identical_pages(receipt, tmp_path, pdf_text, pdf_qr_codes):
    path = tmp_path / "receipt.pdf"
    render_receipt(receipt, path, copies=2)
    first, second = pdf_text(path)
    assert "Bản giao người nộp" in first
    assert "Bản lưu hồ sơ" in second
    assert first.replace("Bản giao người nộp", "") == second.replace("Bản lưu hồ sơ", "")
    assert pdf_qr_codes(path) == [[LOOKUP_URL], [LOOKUP_URL]]


def test_renders_to_a_file_object_and_is_reproducible(receipt):
    first, second = io.BytesIO(), io.BytesIO()
    render_receipt(receipt, first)
    render_receipt(receipt, second)
    assert first.getvalue().startswith(b"%PDF")
    assert first.getvalue() == second.getvalue()


def test_long_agency_names_wrap_inside_their_column(
    receipt, tmp_path, pdf_text, pdf_char_boxes, outside_margins
):
    header = dataclasses.replace(
        receipt.header,
        parent_agency_name="Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu và các đơn vị trực thuộc",
        agency_name=(
            "Trung tâm Phục vụ hành chính công xã Tân Phú Đông, chi nhánh số hai, "
            "điểm tiếp nhận liên thông"
        ),
    )
    path = tmp_path / "receipt.pdf"
    render_receipt(dataclasses.replace(receipt, header=header), path, copies=2)
    pages = pdf_text(path)
    assert len(pages) == 2
    assert "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TÂN PHÚ ĐÔNG, CHI NHÁNH SỐ HAI" in pages[0]
    assert "ĐIỂM TIẾP NHẬN LIÊN THÔNG" in pages[0]
    assert outside_margins(path, top_margin_allowed=True) == []
    boundary = MARGIN_LEFT + HEADER_LEFT_WIDTH
    for page in pdf_char_boxes(path):
        body = [box for box in page if box[4] <= PAGE_HEIGHT - MARGIN_TOP + 1]
        printed = "".join(box[0] for box in body)
        header_band = body[: printed.index("HàNội,ngày")]
        left = "".join(char for char, _, _, right, _ in header_band if right <= boundary)
        right = "".join(char for char, left_edge, *_ in header_band if left_edge >= boundary)
        # Every header character sits wholly in one column, the names all on the left.
        assert len(left) + len(right) == len(header_band)
        names = (header.parent_agency_name + header.agency_name).upper()
        assert left == names.replace(" ", "")
        assert right == "CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAMĐộclập-Tựdo-Hạnhphúc"


def test_a_long_list_runs_onto_more_pages_at_full_size(receipt, tmp_path, pdf_text):
    documents = tuple(
        DocumentLine(f"Giấy tờ kèm theo số {number}", "bản sao", 1) for number in range(1, 31)
    )
    path = tmp_path / "receipt.pdf"
    render_receipt(dataclasses.replace(receipt, documents=documents), path)
    pages = pdf_text(path)
    assert len(pages) == 2
    text = " ".join(pages)
    assert "Giấy tờ kèm theo số 30" in text
    assert "NGƯỜI TIẾP NHẬN HỒ SƠ" in pages[1]
    assert "STT Tên giấy tờ Hình thức Số lượng" in pages[1]


def test_postal_delivery_and_decomposed_input(receipt, tmp_path, pdf_text):
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết")
    doc = dataclasses.replace(receipt, delivery="post", applicant_name=decomposed)
    path = tmp_path / "receipt.pdf"
    render_receipt(doc, path)
    [text] = pdf_text(path)
    assert "6. Đăng ký nhận kết quả tại: qua dịch vụ bưu chính" in text
    assert "Tiếp nhận hồ sơ của: Nguyễn Thị Ánh Tuyết" in text


def test_2018_form_set(receipt, tmp_path, pdf_text):
    header = dataclasses.replace(receipt.header, form_set="2018")
    path = tmp_path / "receipt.pdf"
    render_receipt(dataclasses.replace(receipt, header=header), path)
    [text] = pdf_text(path)
    assert "Mẫu số 01 GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text


def test_invalid_delivery_and_copies_are_refused(receipt, tmp_path):
    with pytest.raises(ValueError, match="delivery"):
        dataclasses.replace(receipt, delivery="email")
    with pytest.raises(ValueError, match="copies"):
        render_receipt(receipt, tmp_path / "receipt.pdf", copies=3)
