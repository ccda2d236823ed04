"""A plan names a body the province lacks by a name that says more than the catalogue's (`BQL các KKT và KCN tỉnh`,
`Trung tâm Khuyến công và Tư vấn phát triển công nghiệp`): the preview shows, and the import creates, the body under
that name with its short forms written out, the name as written kept as its alias; the same name written without
diacritics gets the same name, its diacritics from the catalogue's words; a short form of the catalogue's name gets the
catalogue's name. In xlsx and CSV."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from agencies.models import Agency, AgencyAlias, Province

from .office_sheets import save_csv, save_xlsx, spelled

pytestmark = pytest.mark.usefixtures("english")

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [
    ["1", "Thu hút đầu tư vào khu công nghiệp", "BQL các KKT và KCN tỉnh", "CA tỉnh", "Năm 2026"],
    ["2", "Hỗ trợ cơ sở công nghiệp nông thôn", "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", "", "2026"],
]
BOARD = "Ban Quản lý các Khu kinh tế và khu công nghiệp tỉnh"
CENTRE = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp"


@pytest.fixture
def tien_giang(db):
    call_command("create_province", "Tiền Giang", stdout=StringIO())
    return Province.objects.get(code="tien-giang")


def plan(tmp_path, kind, plain=False):
    lines = [HEADER, *ROWS]
    lines = [[spelled(plain)(value) for value in line] for line in lines]
    if kind == "csv":
        return save_csv(tmp_path / "ke-hoach.csv", lines, encoding="utf-8-sig")
    return save_xlsx(tmp_path / "ke-hoach.xlsx", lines)


def run(path, *args):
    out = StringIO()
    try:
        options = ("--province", "tien-giang", "--subject", "Công nghiệp", *args)
        call_command("import_directives", str(path), *options, stdout=out, stderr=StringIO())
    except CommandError as error:
        return error.returncode, out.getvalue()
    return 0, out.getvalue()


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_preview_proposes_the_names_as_written_out(tien_giang, tmp_path, kind):
    status, output = run(plan(tmp_path, kind), "--dry-run", "--format", "json")

    result = json.loads(output)
    assert (status, result["unmatched_agencies"]) == (0, [])
    assert {entry["text"]: entry["name"] for entry in result["agencies_to_create"]} == {
        "BQL các KKT và KCN tỉnh": BOARD,
        "CA tỉnh": "Công an tỉnh",
        CENTRE: CENTRE,
    }
    assert [task["leads"] for task in result["tasks"]] == [[BOARD], [CENTRE]]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_import_creates_them_under_those_names_keeping_the_written_form(tien_giang, tmp_path, kind):
    status, _output = run(plan(tmp_path, kind))

    assert status == 0
    board = Agency.objects.get(province=tien_giang, name=BOARD)
    assert Agency.objects.filter(province=tien_giang, name=CENTRE).count() == 1
    assert not Agency.objects.filter(province=tien_giang, name="Ban Quản lý Khu kinh tế tỉnh").exists()
    assert list(AgencyAlias.objects.filter(agency=board).values_list("alias", flat=True)) == [ROWS[0][2]]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_written_without_diacritics_they_get_the_same_names_spelled_as_the_catalogue_does(tien_giang, tmp_path, kind):
    status, output = run(plan(tmp_path, kind, plain=True), "--dry-run", "--format", "json")

    result = json.loads(output)
    assert status == 0
    assert {entry["name"] for entry in result["agencies_to_create"]} == {BOARD, "Công an tỉnh", CENTRE}
