"""One agency column (`Cơ quan thực hiện`) that writes each body's part beside its name: `UBND TX Ngã Năm chủ trì,
phối hợp với Sở KH&ĐT, …`, `Sở X chủ trì; phối hợp: …`, `Sở X chủ trì phối hợp với …`. The body before `chủ trì`
leads and the rest coordinate; a body the province lacks is proposed under its own name, never with the role words
(`… Ngã Năm chủ trì`) and never losing its place (`phối hợp với UBND huyện Trần Đề` is the committee of Trần Đề, not
a committee of no district)."""

import datetime
import functools

import pytest

from agencies.names import without_role
from agencies.services import create_province
from agencies.tests.bodies import without_diacritics

from . import office_sheets

HEADER = ["STT", "Nội dung", "Cơ quan thực hiện", "Thời gian hoàn thành"]
NGA_NAM = "Ủy ban nhân dân thị xã Ngã Năm"
TRAN_DE = "Ủy ban nhân dân huyện Trần Đề"
VINH_CHAU = "Ủy ban nhân dân thị xã Vĩnh Châu"
ROWS = [
    # (text, agency cell, leads, coordinators)
    (
        "Thu hút đầu tư nhà máy chế biến rau quả",
        "UBND TX Ngã Năm chủ trì, phối hợp với Sở KH&ĐT, Sở Công Thương",
        [NGA_NAM],
        ["Sở Kế hoạch và Đầu tư", "Sở Công Thương"],
    ),
    (
        "Xử lý nước thải các nhà máy chế biến thủy sản",
        "Sở Tài nguyên và Môi trường chủ trì; phối hợp: Sở Xây dựng, UBND huyện Trần Đề",
        ["Sở Tài nguyên và Môi trường"],
        ["Sở Xây dựng", TRAN_DE],
    ),
    (
        "Rà soát vùng nuôi tôm gắn với cơ sở chế biến",
        "Sở Công Thương chủ trì phối hợp với UBND thị xã Vĩnh Châu, Sở Tài chính",
        ["Sở Công Thương"],
        [VINH_CHAU, "Sở Tài chính"],
    ),
    (
        "Kêu gọi đầu tư cụm công nghiệp",
        "Sở Tài chính chủ trì, phối hợp với UBND huyện Trần Đề",
        ["Sở Tài chính"],
        [TRAN_DE],
    ),
]


SECTION = "CÔNG NGHIỆP CHẾ BIẾN"


SHEET = {"header": HEADER, "section": SECTION, "rows": ROWS, "timeframe": "Năm 2023"}
write_xlsx = functools.partial(
    office_sheets.write_one_section_xlsx, title="KẾ HOẠCH PHÁT TRIỂN CÔNG NGHIỆP CHẾ BIẾN NĂM 2023", **SHEET
)
write_csv = functools.partial(office_sheets.write_one_section_csv, **SHEET)


@pytest.mark.parametrize(
    ("writer", "name", "plain"),
    [
        (write_xlsx, "ke-hoach.xlsx", False),
        (write_xlsx, "ke-hoach-khong-dau.xlsx", True),
        (write_csv, "ke-hoach-118-KH-UBND.csv", False),
        (write_csv, "ke-hoach-118-KH-UBND-khong-dau.csv", True),
    ],
)
def test_the_body_before_chu_tri_leads_under_its_own_name(db, tmp_path, writer, name, plain):
    province, _agencies = create_province("Sóc Trăng", datetime.date(2023, 6, 1))
    path = writer(tmp_path / name, plain)

    result = office_sheets.preview(path, province)

    def names(values):
        return [without_diacritics(value).casefold() for value in values]

    read = {task["code"]: (names(task["leads"]), names(task["coordinators"])) for task in result["tasks"]}
    want = {
        f"I.{number}": (names(leads), names(coordinators)) for number, (*_, leads, coordinators) in enumerate(ROWS, 1)
    }
    assert {code: read.get(code) for code in want} == want
    created = names(entry["name"] for entry in result["agencies_to_create"])
    assert set(created) == set(names([NGA_NAM, TRAN_DE, VINH_CHAU]))
    assert [problem for problem in result["errors"] if problem["row"]] == []


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("UBND TX Ngã Năm chủ trì", "UBND TX Ngã Năm"),
        ("phối hợp với UBND huyện Trần Đề", "UBND huyện Trần Đề"),
        ("Phoi hop voi UBND TX Vinh Chau", "UBND TX Vinh Chau"),
        ("Chủ trì: Sở Y tế", "Sở Y tế"),
        ("Cơ quan chủ trì thực hiện: Sở Nội vụ", "Sở Nội vụ"),
        ("UBND huyen Tran De (chu tri)", "UBND huyen Tran De"),
        ("Sở Tài chính là đồng chủ trì", "Sở Tài chính"),
        ("Sở Tài chính đồng chủ trì", "Sở Tài chính"),
        # a capitalised `Đồng` after a capitalised word ends the name, no `đồng phối hợp`
        ("Trường Cao đẳng Nghề Bình Đồng phối hợp", "Trường Cao đẳng Nghề Bình Đồng"),
        ("Cong ty CP Thanh Dong (chu tri)", "Cong ty CP Thanh Dong"),
        # so does a capitalised `La` (`Sơn La`), no `là chủ trì`
        ("Công ty CP Chè Tân La (chủ trì)", "Công ty CP Chè Tân La"),
        ("Cong ty CP Che Tan La (chu tri)", "Cong ty CP Che Tan La"),
        ("Hợp tác xã Tân La phối hợp", "Hợp tác xã Tân La"),
        ("Sở Y tế là chủ trì", "Sở Y tế"),
        # a bracket that calls the body `cơ quan` or `đơn vị` before its part goes with the part
        ("Sở TT&TT (cơ quan chủ trì)", "Sở TT&TT"),
        ("UBND huyen Dong Xuan (don vi phoi hop)", "UBND huyen Dong Xuan"),
        # words that may belong to the name, and a cell of role words alone, stay
        ("Tổ công tác thực hiện", "Tổ công tác thực hiện"),
        ("chủ trì", "chủ trì"),
    ],
)
def test_without_role_keeps_the_body_s_name_alone(written, name):
    assert without_role(written) == name
