"""A centrally-run city's plan writes its own bodies in one word (`CATP`, `VPUBTP`, `UBTP`, `BCHQSTP`): they are the
city's bodies, those it lacks proposed under the city's names for them; a province's plan writing them is left for a
person. In xlsx and CSV, with and without diacritics."""

import datetime

import pytest

from agencies.services import create_province

from .office_sheets import preview, save_csv, save_xlsx, spelled

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [
    ["1", "Bảo đảm an ninh khu công nghiệp", "CATP", "BCHQSTP, Sở Tài chính", "2026"],
    ["2", "Tổng hợp kết quả", "VPUBTP", "CATP", "2026"],
    ["3", "Chỉ đạo điều hành", "UBTP", "VP UBTP", "2026"],
]


def _file(tmp_path, kind, plain):
    spell = spelled(plain)
    lines = [[spell(value) for value in line] for line in [HEADER, *ROWS]]
    return (save_csv if kind == "csv" else save_xlsx)(tmp_path / f"ke-hoach.{kind}", lines)


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("plain", [False, True])
def test_a_citys_one_word_forms_are_its_bodies(tmp_path, kind, plain):
    province, _agencies = create_province("Đà Nẵng", datetime.date(2024, 1, 1))
    result = preview(_file(tmp_path, kind, plain), province)

    assert result["unmatched_agencies"] == []
    tasks = result["tasks"]
    assert [task["leads"] for task in tasks] == [
        ["Công an thành phố"],
        ["Văn phòng UBND thành phố Đà Nẵng"],
        ["Ủy ban nhân dân thành phố Đà Nẵng"],
    ]
    assert [task["coordinators"] for task in tasks] == [
        ["Bộ Chỉ huy Quân sự thành phố", "Sở Tài chính"],
        ["Công an thành phố"],
        ["Văn phòng UBND thành phố Đà Nẵng"],
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_province_plan_writing_them_is_left_for_a_person(tmp_path, kind):
    province, _agencies = create_province("Sơn La", datetime.date(2024, 1, 1))
    result = preview(_file(tmp_path, kind, False), province)

    assert set(result["unmatched_agencies"]) == {"CATP", "BCHQSTP", "VPUBTP", "UBTP", "VP UBTP"}
    assert result["agencies_to_create"] == []
