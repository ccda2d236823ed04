"""A name a cell writes with its body's part (`Công an tỉnh (phối hợp)`, `CA tỉnh (chủ trì)`, `Sở CT (phối hợp)`) is
the name without those words: a body the province lacks is listed to create once per name as written, a name no rule
resolves is listed to map once, the part still given to each task; and a mapping is remembered without the part and
answers every row that writes the name, with or without a mark. In xlsx, with and without diacritics, and on the
import page."""

import datetime

import pytest
from django.urls import reverse

from agencies.matching import remember_alias
from agencies.models import AgencyAlias, Role
from agencies.normalize import search_key
from agencies.services import create_province
from agencies.tests.factories import AgencyFactory
from tasks.importing.preview import build_preview, cli_json
from tasks.models import ImportJob

from . import office_sheets
from .test_import_views import member, upload

HEADER = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"]
# A name no rule reads: the person maps it.
DEPOT = "Trung tâm Dịch vụ kho bãi Sông Bé"
ROWS = [
    # (text, lead cell, coordinator cell)
    ("Tuần tra bảo đảm an ninh khu công nghiệp", "Công an tỉnh", "Sở Tài chính"),
    ("Kiểm tra phòng cháy tại chợ đầu mối", "Sở Công Thương", "Công an tỉnh (phối hợp)"),
    ("Xử lý buôn lậu qua biên giới", "CA tỉnh (chủ trì)", "Sở CT (phối hợp)"),
    ("Quy hoạch kho bãi hàng hóa", f"{DEPOT} (chủ trì)", "Sở Tài chính"),
    ("Cho thuê kho bãi", "Sở Tài chính chủ trì", f"{DEPOT} (phối hợp)"),
    ("Bảo quản hàng dự trữ", DEPOT, "Sở CT phối hợp"),
    ("Giải phóng mặt bằng tuyến đường", "Sở Tài chính", "UBND huyện BĐ (phối hợp)"),
    ("Hỗ trợ đồng bào vùng biên", "Sở Tài chính", "UBND huyện BĐ"),
]
# Two districts' committees `UBND huyện BĐ` could be: the person chooses.
DISTRICTS = ("UBND huyện Bù Đăng", "UBND huyện Bù Đốp")


def write_xlsx(path, plain):
    text = office_sheets.spelled(plain)
    lines = [[text("KẾ HOẠCH BẢO ĐẢM AN NINH KINH TẾ NĂM 2024")], HEADER, ["I", text("AN NINH KINH TẾ")]]
    lines += [[number, *map(text, row), text("Năm 2024")] for number, row in enumerate(ROWS, 1)]
    return office_sheets.save_xlsx(path, lines)


@pytest.fixture
def binh_phuoc(db):
    province, _agencies = create_province("Bình Phước", datetime.date(2024, 5, 1))
    for name in DISTRICTS:
        AgencyFactory(province=province, name=name)
    return province


@pytest.mark.parametrize("plain", [False, True])
def test_a_marked_name_is_listed_once_without_its_part_and_each_task_keeps_its_part(binh_phuoc, tmp_path, plain):
    path = write_xlsx(tmp_path / ("ke-hoach-khong-dau.xlsx" if plain else "ke-hoach.xlsx"), plain)

    result = cli_json(build_preview(path, path.name, province=binh_phuoc))

    spell = office_sheets.spelled(plain)
    assert [(entry["text"], entry["catalogue_key"]) for entry in result["agencies_to_create"]] == [
        (spell("Công an tỉnh"), "cong-an-tinh"),
        (spell("CA tỉnh"), "cong-an-tinh"),
    ]
    assert result["unmatched_agencies"] == [spell(DEPOT), spell("UBND huyện BĐ")]

    def keys(names):
        return [search_key(name) for name in names]

    read = {task["code"]: (keys(task["leads"]), keys(task["coordinators"])) for task in result["tasks"][1:]}
    police, depot, districts = search_key("Công an tỉnh"), search_key(DEPOT), search_key("UBND huyện BĐ")
    assert read == {
        "I.1": ([police], [search_key("Sở Tài chính")]),
        "I.2": ([search_key("Sở Công Thương")], [police]),
        "I.3": ([police], [search_key("Sở Công Thương")]),
        "I.4": ([depot], [search_key("Sở Tài chính")]),
        "I.5": ([search_key("Sở Tài chính")], [depot]),
        "I.6": ([depot], [search_key("Sở Công Thương")]),
        "I.7": ([search_key("Sở Tài chính")], [districts]),
        "I.8": ([search_key("Sở Tài chính")], [districts]),
    }


@pytest.fixture
def phu_yen(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    province, _agencies = create_province("Phú Yên", datetime.date(2024, 5, 1))
    return province


@pytest.mark.parametrize("plain", [False, True])
def test_the_import_page_lists_a_marked_name_once_and_its_mapping_answers_every_row(client, phu_yen, tmp_path, plain):
    bu_dang, _bu_dop = (AgencyFactory(province=phu_yen, name=name) for name in DISTRICTS)
    client.force_login(member(phu_yen, Role.MONITOR, "theo-doi"))
    spell = office_sheets.spelled(plain)
    upload(client, write_xlsx(tmp_path / "ke-hoach.xlsx", plain))
    job = ImportJob.objects.get()
    written = spell("UBND huyện BĐ")

    page = client.get(job.get_absolute_url()).content.decode()

    unmatched = [(entry["text"], entry["count"]) for entry in job.preview["unmatched_agencies"]]
    assert unmatched == [(spell(DEPOT), 3), (written, 2)]
    assert [entry["text"] for entry in job.preview["agencies_to_create"]] == [spell("Công an tỉnh"), spell("CA tỉnh")]
    assert page.count(f"<strong>{written}</strong>") == 1
    assert spell("(phối hợp)</strong>") not in page

    client.post(reverse("tasks:import_agency", args=[job.pk]), {"text": written, "agency": bu_dang.pk})

    job.refresh_from_db()
    assert list(AgencyAlias.objects.filter(agency=bu_dang).values_list("alias", flat=True)) == [written]
    assert [entry["text"] for entry in job.preview["unmatched_agencies"]] == [spell(DEPOT)]
    coordinators = {task["code"]: [agency["id"] for agency in task["coordinators"]] for task in job.preview["tasks"]}
    assert coordinators["I.7"] == coordinators["I.8"] == [bu_dang.pk]


def test_a_name_mapped_from_a_preview_read_before_is_remembered_without_its_part(phu_yen):
    """A preview stored before names were read without their part may still offer `Sở TT&TT (chủ trì)` to map."""
    agency = AgencyFactory(province=phu_yen, name="Sở Khoa học và Công nghệ")

    alias = remember_alias(agency, "Sở KH&CN (chủ trì)", phu_yen)

    assert (alias.alias, alias.search_key) == ("Sở KH&CN", search_key("Sở KH&CN"))
