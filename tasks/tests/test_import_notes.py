"""The author's notes in a task table (`Ghi chú: …`, `* Ghi chú:` with its bullet lines, `Lưu ý:`, a remark wholly in
brackets under a heading), under the last task or between sections, with no agency or timeframe: named in a warning,
never read as tasks (they were sub-tasks without a lead, each an error that blocked the import)."""

import pytest

from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import AgencyFactory, ProvinceFactory
from tasks.importing.preview import build_preview, cli_json

TITLE = "(Kèm theo Kế hoạch số 77/KH-UBND ngày 02/4/2024 của UBND tỉnh Hà Nam)"
HEADER = "STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành"
ROWS = [
    "I,PHÁT TRIỂN CỤM CÔNG NGHIỆP,,,",
    "1,Rà soát quy hoạch cụm công nghiệp,Sở Công Thương,Sở Tài chính,Quý II/2024",
    "2,Đầu tư hạ tầng cụm công nghiệp,Sở Tài chính,,Năm 2024",
    ",Lưu ý: các cụm đã có chủ đầu tư không rà soát lại,,,",
    "II,XÚC TIẾN ĐẦU TƯ,,,",
    ",(Các nhiệm vụ chuyển tiếp từ năm 2023),,,",
    "1,Tổ chức hội nghị xúc tiến đầu tư,Sở Công Thương,,Quý III/2024",
    "-,Hội nghị tại tỉnh,Sở Công Thương,,Quý III/2024",
    ",Ghi chú: Kinh phí thực hiện theo dự toán được giao,,,",
    ",* Ghi chú:,,,",
    ",- Thời gian hoàn thành là thời hạn gửi báo cáo kết quả,,,",
    ",- Các đơn vị chủ động bố trí kinh phí,,,",
]


@pytest.mark.parametrize("plain", [False, True], ids=["vi", "no-diacritics"])
def test_notes_in_the_table_are_no_tasks_and_are_named(db, tmp_path, plain):
    province = ProvinceFactory(name="Hà Nam")
    for name in ("Sở Công Thương", "Sở Tài chính"):
        AgencyFactory(province=province, name=name)
    text = "\n".join([TITLE, HEADER, *ROWS]) + "\n"
    path = tmp_path / "ke-hoach.csv"
    path.write_text(without_diacritics(text) if plain else text, encoding="utf-8")

    result = cli_json(build_preview(path, path.name, province=province, overrides={"subject": "Kế hoạch"}))

    assert [error for error in result["errors"] if error["row"]] == []
    tasks = {task["code"]: task["leads"] for task in result["tasks"]}
    assert tasks == {
        "I": [],
        "I.1": ["Sở Công Thương"],
        "I.2": ["Sở Tài chính"],
        "II": [],
        "II.1": ["Sở Công Thương"],
        "II.1.1": ["Sở Công Thương"],
    }
    noted = sorted(warning["row"] for warning in result["warnings"] if warning["column"] == "B")
    assert noted == [6, 8, 11, 12, 13, 14]
