"""Agency cells that narrow a committee or a group, or name a body ending in `Đồng`, read from an office workbook and
its CSV, with and without diacritics: a group narrowed by words starting with `có` (`UBND các huyện có cơ sở …`) is
the group, the words kept as its qualifier; one committee narrowed by a zone after `nơi có` (`… nơi có khu công
nghiệp`) is that committee; a capitalised `Đồng` before the body's part (`… Bình Đồng phối hợp`) is the name's."""

import datetime

import pytest

from agencies.services import create_province
from agencies.tests.bodies import without_diacritics

from .office_sheets import preview, save_csv, save_xlsx, spelled

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
# (province, plan date, rows: (lead cell, coordinator cell), what each row reads: (leads, lead qualifiers,
# coordinators, coordinator qualifiers))
PLANS = [
    (
        "Cao Bằng",
        datetime.date(2024, 5, 2),
        [
            ("Sở Xây dựng", "UBND các huyện, thành phố có cơ sở sản xuất gạch"),
            ("UBND huyện Bảo Lâm nơi có khu kinh tế", "Sở Tài chính"),
            ("Sở Lao động - Thương binh và Xã hội", "Trường Cao đẳng Nghề Bình Đồng phối hợp"),
        ],
        [
            (["Sở Xây dựng"], [""], ["UBND các huyện, thị xã, thành phố"], ["có cơ sở sản xuất gạch"]),
            (["Ủy ban nhân dân huyện Bảo Lâm"], ["nơi có khu kinh tế"], ["Sở Tài chính"], [""]),
            (["Sở Lao động - Thương binh và Xã hội"], [""], ["Trường Cao đẳng Nghề Bình Đồng"], [""]),
        ],
    ),
    (
        "Đà Nẵng",
        datetime.date(2024, 5, 2),
        [
            ("UBND các quận, huyện có chợ", "Sở Công Thương"),
            ("UBND quận Liên Chiểu nơi có cụm công nghiệp", "Công ty CP Hòa Đông (phối hợp)"),
        ],
        [
            (["UBND các quận, huyện, thị xã"], ["có chợ"], ["Sở Công Thương"], [""]),
            (["Ủy ban nhân dân quận Liên Chiểu"], ["nơi có cụm công nghiệp"], ["Công ty Cổ phần Hòa Đông"], [""]),
        ],
    ),
    (
        "Lào Cai",
        datetime.date(2025, 9, 15),
        [("UBND các xã, phường có trụ sở hợp tác xã", "UBND xã Bảo Hà nơi có khu công nghiệp")],
        [
            (
                ["UBND các xã, phường, đặc khu"],
                ["có trụ sở hợp tác xã"],
                ["Ủy ban nhân dân xã Bảo Hà"],
                ["nơi có khu công nghiệp"],
            )
        ],
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("province", "day", "rows", "want"), PLANS)
def test_narrowed_committees_and_names_ending_in_dong_are_read_whole(tmp_path, province, day, rows, want, kind, plain):
    province, _agencies = create_province(province, day)
    spell = spelled(plain)
    lines = [HEADER, ["I", spell("Nhiệm vụ")]]
    lines += [[str(number), spell("Triển khai"), spell(lead), spell(other), "2026"] for number, (lead, other) in
              enumerate(rows, 1)]  # fmt: skip
    path = (save_csv if kind == "csv" else save_xlsx)(tmp_path / f"ke-hoach.{kind}", lines)

    result = preview(path, province)

    def plainly(values):
        return [without_diacritics(value) for value in values]

    read = [
        tuple(plainly(task[field]) for field in ("leads", "lead_qualifiers", "coordinators", "coordinator_qualifiers"))
        for task in result["tasks"]
        if task["code"].startswith("I.")
    ]
    assert read == [tuple(map(plainly, row)) for row in want]
    assert not any(search in name for name in result["unmatched_agencies"] for search in ("có", "co ", "sở ", "so "))
