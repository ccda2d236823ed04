"""Provincial bodies every clerk knows that the catalogue lacked, so a person was asked about them (issue #12): the
court, the procuracy, the civil judgment enforcement body (renamed in 2025), the tourism department and the culture and
sports department a few provinces keep apart, the Red Cross, the union of science and technology associations, the
association of the elderly, the other mass associations, the one-stop office of administrative procedures, the
hydro-meteorological station, the development investment fund and the big cities' planning and architecture
department. Each, written as staff write it, in xlsx or CSV, with or without diacritics,
is proposed to create under its standard name (with `thành phố` for `tỉnh` in a centrally-run city), never left for a
person; and a province's own Sở Văn hóa, Thể thao và Du lịch keeps answering its forms (`Sở VHTT&DL`)."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from agencies.models import Agency, AgencyKind
from agencies.services import create_province
from tasks.importing.preview import build_preview, cli_json

from . import office_sheets

SECTION = "SECTION"
HEADER = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
CSV_HEADER = ["Mã nhiệm vụ", "Mục", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]
CULTURE = "Sở Văn hóa, Thể thao và Du lịch"

# (task, lead as written, coordinators as written, timeframe)
ROWS = [
    (SECTION, "I. Tư pháp và trật tự"),
    ("Phối hợp giải quyết án tồn đọng", "TAND tỉnh", "Viện KSND tỉnh, Cục THADS tỉnh", "Năm 2026"),
    ("Kiểm sát việc thi hành án", "VKSND tỉnh", "Tòa án nhân dân tỉnh và Thi hành án dân sự tỉnh", "Quý II/2026"),
    (SECTION, "II. Văn hóa, du lịch và xã hội"),
    ("Quảng bá du lịch biển", "Sở DL", "Sở VH&TT, Sở VHTT&DL", "Năm 2026"),
    ("Tổ chức giải thể thao quần chúng", "Sở VH-TT", "SDL; Sở VH-TT&DL", "Quý III/2026"),
    ("Chăm lo người cao tuổi, người nghèo", "Hội CTĐ tỉnh", "Hội NCT tỉnh và Liên hiệp các Hội KH&KT tỉnh", "Năm 2026"),
    (SECTION, "III. Phòng chống thiên tai và đầu tư"),
    ("Dự báo mưa lũ", "Đài KTTV tỉnh", "Quỹ ĐTPT tỉnh và Liên hiệp Hội KH&KT; THADS tỉnh", "Mùa mưa bão"),
]
# as written -> (catalogue key, the name it is proposed under) in a province, on a plan of 2026
PROPOSED = {
    "TAND tỉnh": ("toa-an-nhan-dan-tinh", "Tòa án nhân dân tỉnh"),
    "Tòa án nhân dân tỉnh": ("toa-an-nhan-dan-tinh", "Tòa án nhân dân tỉnh"),
    "Viện KSND tỉnh": ("vien-kiem-sat-nhan-dan-tinh", "Viện Kiểm sát nhân dân tỉnh"),
    "VKSND tỉnh": ("vien-kiem-sat-nhan-dan-tinh", "Viện Kiểm sát nhân dân tỉnh"),
    # the Cục was renamed in 2025: its old name on a plan of 2026 is the body of 2026
    "Cục THADS tỉnh": ("thi-hanh-an-dan-su-tinh", "Thi hành án dân sự tỉnh"),
    "THADS tỉnh": ("thi-hanh-an-dan-su-tinh", "Thi hành án dân sự tỉnh"),
    "Thi hành án dân sự tỉnh": ("thi-hanh-an-dan-su-tinh", "Thi hành án dân sự tỉnh"),
    "Sở DL": ("so-du-lich", "Sở Du lịch"),
    "SDL": ("so-du-lich", "Sở Du lịch"),
    "Sở VH&TT": ("so-van-hoa-va-the-thao", "Sở Văn hóa và Thể thao"),
    "Sở VH-TT": ("so-van-hoa-va-the-thao", "Sở Văn hóa và Thể thao"),
    "Hội CTĐ tỉnh": ("hoi-chu-thap-do-tinh", "Hội Chữ thập đỏ tỉnh"),
    "Hội NCT tỉnh": ("hoi-nguoi-cao-tuoi-tinh", "Hội Người cao tuổi tỉnh"),
    "Liên hiệp các Hội KH&KT tỉnh": (
        "lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh",
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
    ),
    "Liên hiệp Hội KH&KT": (
        "lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh",
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
    ),
    "Đài KTTV tỉnh": ("dai-khi-tuong-thuy-van-tinh", "Đài Khí tượng Thủy văn tỉnh"),
    "Quỹ ĐTPT tỉnh": ("quy-dau-tu-phat-trien-tinh", "Quỹ Đầu tư phát triển tỉnh"),
}


pytestmark = pytest.mark.usefixtures("english")


def _write(tmp_path, kind, plain, rows=ROWS, day=datetime.date(2026, 2, 10)):
    if kind == "csv":
        text = office_sheets.spelled(plain)
        written = [row if row[0] == SECTION else tuple(map(text, row)) for row in rows]
        path = office_sheets.write_csv(tmp_path / "ke-hoach.csv", CSV_HEADER, written, SECTION)
        return path, {"subject": "Tư pháp, văn hóa và xã hội", "issued_on": day.isoformat()}
    title = [
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "KẾ HOẠCH",
        "Phối hợp giữa các cơ quan tư pháp, văn hóa và đoàn thể",
        f"(Kèm theo Kế hoạch số 21/KH-UBND ngày {day:%d/%m/%Y} của UBND tỉnh Hà Tĩnh)",
    ]
    return office_sheets.write_titled_xlsx(tmp_path / "ke-hoach.xlsx", title, HEADER, rows, SECTION, plain=plain), None


def _preview(path, province, overrides):
    return cli_json(build_preview(path, path.name, province=province, overrides=overrides))


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_each_body_written_as_staff_write_it_is_proposed_under_its_standard_name(db, tmp_path, kind, plain):
    province, _agencies = create_province("Hà Tĩnh", datetime.date(2025, 8, 1))
    path, overrides = _write(tmp_path, kind, plain)

    result = _preview(path, province, overrides)

    assert (result["unmatched_agencies"], result["proposed_agencies"], result["errors"]) == ([], [], [])
    assert office_sheets.to_create(result) == office_sheets.to_create_wanted(PROPOSED)
    if not plain:
        assert {entry["name"] for entry in result["agencies_to_create"]} == {name for _k, name in PROPOSED.values()}
    tasks = {task["code"]: task for task in result["tasks"]}
    # the province's own culture, sports and tourism department answers its forms, beside the two new departments
    assert tasks["II.1"]["coordinators"] == ["Sở Văn hóa và Thể thao", CULTURE]
    assert tasks["II.2"]["coordinators"] == ["Sở Du lịch", CULTURE]
    # full names joined by `và` are two bodies each
    assert tasks["I.2"]["coordinators"] == ["Tòa án nhân dân tỉnh", "Thi hành án dân sự tỉnh"]
    assert tasks["II.3"]["coordinators"] == ["Hội Người cao tuổi tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"]


@pytest.mark.parametrize(
    ("day", "key", "name"),
    [
        (datetime.date(2025, 6, 30), "cuc-thi-hanh-an-dan-su-tinh", "Cục Thi hành án dân sự tỉnh"),
        (datetime.date(2025, 7, 1), "thi-hanh-an-dan-su-tinh", "Thi hành án dân sự tỉnh"),
    ],
)
@pytest.mark.parametrize("written", ["Cục THADS tỉnh", "Thi hành án dân sự tỉnh", "Cuc Thi hanh an dan su tinh"])
def test_the_civil_judgment_enforcement_body_is_the_one_of_the_plans_date(db, tmp_path, day, key, name, written):
    province, _agencies = create_province("Hà Tĩnh", datetime.date(2025, 1, 1))
    rows = [(SECTION, "I. Thi hành án"), ("Thi hành án tồn đọng", written, "Sở Tư pháp", "Năm 2025")]
    path, overrides = _write(tmp_path, "csv", False, rows, day)

    result = _preview(path, province, overrides)

    assert [(entry["catalogue_key"], entry["name"]) for entry in result["agencies_to_create"]] == [(key, name)]
    assert {task["code"]: task["leads"] for task in result["tasks"]}["I.1"] == [name]


CITY_ROWS = [
    (SECTION, "I. Tư pháp, văn hóa và đô thị"),
    ("Giải quyết án hành chính về đất đai", "TAND TP", "VKSND thành phố, THADS TP", "Năm 2026"),
    ("Phát triển du lịch đêm", "Sở Du lịch", "Sở VH&TT, Sở QH-KT", "Năm 2026"),
]
CITY_PROPOSED = {
    "TAND TP": "Tòa án nhân dân thành phố",
    "VKSND thành phố": "Viện Kiểm sát nhân dân thành phố",
    "THADS TP": "Thi hành án dân sự thành phố",
    "Sở Du lịch": "Sở Du lịch",
    "Sở VH&TT": "Sở Văn hóa và Thể thao",
    "Sở QH-KT": "Sở Quy hoạch - Kiến trúc",
}


@pytest.mark.parametrize("plain", [False, True])
def test_a_city_gets_them_named_with_thanh_pho(db, tmp_path, plain):
    province, _agencies = create_province("Hồ Chí Minh", datetime.date(2025, 8, 1))
    path, overrides = _write(tmp_path, "csv", plain, CITY_ROWS)

    result = _preview(path, province, overrides)

    assert (result["unmatched_agencies"], result["proposed_agencies"], result["errors"]) == ([], [], [])
    created = {entry["text"]: entry["name"] for entry in result["agencies_to_create"]}
    assert created == {office_sheets.spelled(plain)(text): name for text, name in CITY_PROPOSED.items()}


def test_the_import_creates_them_under_their_names_and_create_province_creates_none(db, tmp_path):
    province, agencies = create_province("Hà Tĩnh", datetime.date(2025, 8, 1))
    path, _overrides = _write(tmp_path, "xlsx", True)
    names = {name for _key, name in PROPOSED.values()}

    assert not names & {agency.name for agency in agencies}
    options = ("--province", "ha-tinh", "--subject", "Tư pháp, văn hóa và xã hội")
    call_command("import_directives", str(path), *options, stdout=StringIO(), stderr=StringIO())

    created = {agency.name: agency.kind for agency in Agency.objects.filter(province=province, name__in=names)}
    assert set(created) == names
    assert created["Sở Du lịch"] == created["Sở Văn hóa và Thể thao"] == AgencyKind.DEPARTMENT
    assert created["Hội Chữ thập đỏ tỉnh"] == AgencyKind.ASSOCIATION
    assert Agency.objects.filter(province=province, name=CULTURE).count() == 1


# the other mass associations and the one-stop office plans name, as staff write them
MORE_ROWS = [
    (SECTION, "I. Cải cách hành chính và xã hội"),
    ("Tiếp nhận hồ sơ trực tuyến", "TT PVHCC tỉnh", "Hội Khuyến học tỉnh, Hội Nhà báo tỉnh", "Năm 2026"),
    ("Trợ giúp pháp lý cho người nghèo", "Hội Luật gia tỉnh", "Hội Cựu TNXP tỉnh và Hội NNCĐDC tỉnh", "Năm 2026"),
    ("Giao lưu văn hóa hữu nghị", "Liên hiệp các TCHN tỉnh", "Liên hiệp các Hội VHNT tỉnh", "Quý IV/2026"),
]
MORE_PROPOSED = {
    "TT PVHCC tỉnh": ("trung-tam-phuc-vu-hanh-chinh-cong-tinh", "Trung tâm Phục vụ hành chính công tỉnh"),
    "Hội Khuyến học tỉnh": ("hoi-khuyen-hoc-tinh", "Hội Khuyến học tỉnh"),
    "Hội Nhà báo tỉnh": ("hoi-nha-bao-tinh", "Hội Nhà báo tỉnh"),
    "Hội Luật gia tỉnh": ("hoi-luat-gia-tinh", "Hội Luật gia tỉnh"),
    "Hội Cựu TNXP tỉnh": ("hoi-cuu-thanh-nien-xung-phong-tinh", "Hội Cựu Thanh niên xung phong tỉnh"),
    "Hội NNCĐDC tỉnh": ("hoi-nan-nhan-chat-doc-da-cam-tinh", "Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
    "Liên hiệp các TCHN tỉnh": ("lien-hiep-cac-to-chuc-huu-nghi-tinh", "Liên hiệp các tổ chức hữu nghị tỉnh"),
    "Liên hiệp các Hội VHNT tỉnh": (
        "lien-hiep-cac-hoi-van-hoc-nghe-thuat-tinh",
        "Liên hiệp các Hội Văn học nghệ thuật tỉnh",
    ),
}


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_other_associations_and_the_one_stop_office_are_proposed_under_their_names(db, tmp_path, kind, plain):
    province, _agencies = create_province("Hà Tĩnh", datetime.date(2025, 8, 1))
    path, overrides = _write(tmp_path, kind, plain, MORE_ROWS)

    result = _preview(path, province, overrides)

    assert (result["unmatched_agencies"], result["proposed_agencies"], result["errors"]) == ([], [], [])
    assert office_sheets.to_create(result) == office_sheets.to_create_wanted(MORE_PROPOSED)
