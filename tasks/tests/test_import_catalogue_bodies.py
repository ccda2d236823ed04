"""A new user's province (`create_province`: the People's Committee, its office, the departments and the standard
groups) importing a plan that names the other bodies of a province the way offices write them: each name that is one
catalogue body the province lacks is created, under the catalogue's name, when the import is written (in the same
transaction); a name two bodies could share is left for a person."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from agencies.models import Agency, AgencyAlias, Province
from audit.models import Change
from tasks.models import Assignment, Directive

from .test_import_outline_numbers import workbook

ROWS = [
    ["1", "Bảo đảm an ninh trật tự", "Công an tỉnh", "BCH Quân sự tỉnh; Đài PT-TH tỉnh", "Năm 2026"],
    ["2", "Chống thất thu thuế", "Cục Thuế tỉnh", "CA tỉnh; Hội Nông dân tỉnh", "Quý II/2026"],
    ["3", "Phòng cháy tại khu dân cư", "Công an tỉnh (Phòng PC06)", "Sở Tài chính", "Năm 2026"],
]
CREATED = {
    # as written -> the body's name
    "Công an tỉnh": "Công an tỉnh",
    "BCH Quân sự tỉnh": "Bộ Chỉ huy Quân sự tỉnh",
    # a plan of 2026, after the station and the newspaper merged: the merged body doing the station's work
    "Đài PT-TH tỉnh": "Báo và Phát thanh, Truyền hình Hà Tĩnh",
    "Cục Thuế tỉnh": "Cục Thuế tỉnh",
    "CA tỉnh": "Công an tỉnh",
    "Hội Nông dân tỉnh": "Hội Nông dân tỉnh",
    "Công an tỉnh (Phòng PC06)": "Công an tỉnh",
}


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def ha_tinh(db):
    call_command("create_province", "Hà Tĩnh", stdout=StringIO())
    return Province.objects.get(code="ha-tinh")


def run(path, *args):
    out, err = StringIO(), StringIO()
    try:
        options = ("--province", "ha-tinh", "--subject", "An ninh", *args)
        call_command("import_directives", str(path), *options, stdout=out, stderr=err)
    except CommandError as error:
        return error.returncode, out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


def test_the_dry_run_lists_the_bodies_to_create_and_the_tasks_carry_their_names(ha_tinh, tmp_path):
    before = Agency.objects.count()

    status, output, _err = run(workbook(tmp_path, ROWS), "--dry-run", "--format", "json")

    result = json.loads(output)
    assert (status, result["errors"], result["unmatched_agencies"]) == (0, [], [])
    assert {entry["text"]: entry["name"] for entry in result["agencies_to_create"]} == CREATED
    assert set(result["agencies_to_create"][0]) == {"text", "name", "catalogue_key", "kind"}
    assert [(task["leads"], task["coordinators"]) for task in result["tasks"]] == [
        (["Công an tỉnh"], ["Bộ Chỉ huy Quân sự tỉnh", "Báo và Phát thanh, Truyền hình Hà Tĩnh"]),
        (["Cục Thuế tỉnh"], ["Công an tỉnh", "Hội Nông dân tỉnh"]),
        (["Công an tỉnh"], ["Sở Tài chính"]),
    ]
    assert (Agency.objects.count(), Directive.objects.count()) == (before, 0)


def test_the_text_dry_run_lists_them_too(ha_tinh, tmp_path):
    status, output, _err = run(workbook(tmp_path, ROWS), "--dry-run")

    assert status == 0
    line = "To create from the national catalogue when imported: Bộ Chỉ huy Quân sự tỉnh (written “BCH Quân sự tỉnh”)."
    assert line in output.splitlines()
    assert not Agency.objects.filter(name="Bộ Chỉ huy Quân sự tỉnh").exists()


def test_the_import_creates_each_body_once_with_the_directive_and_says_so(ha_tinh, tmp_path):
    status, output, _err = run(workbook(tmp_path, ROWS))

    assert status == 0
    assert "Created from the national catalogue: Bộ Chỉ huy Quân sự tỉnh (written “BCH Quân sự tỉnh”)." in output
    police = Agency.objects.get(province=ha_tinh, name="Công an tỉnh")  # written three ways, created once
    created = {name: Agency.objects.filter(province=ha_tinh, name=name).count() for name in CREATED.values()}
    assert created == dict.fromkeys(CREATED.values(), 1)
    directive = Directive.objects.get()
    assert set(Assignment.objects.filter(agency=police).values_list("task__code", "role", "qualifier")) == {
        ("1", "lead", ""),
        ("2", "coordinating", ""),
        ("3", "lead", "Phòng PC06"),
    }
    assert Assignment.objects.filter(task__directive=directive, agency__isnull=True).count() == 0
    # the other spellings are the body's aliases; the bracket stays a note read from the name, not an alias
    assert set(AgencyAlias.objects.filter(agency=police).values_list("alias", flat=True)) == {"CA tỉnh"}
    assert Change.objects.get_for_object(police).filter(action=Change.Action.CREATE).count() == 1


@pytest.mark.parametrize("written", ["Hội DN", "Hoi DN tinh", "Hội Doanh nghiệp"])
def test_hoi_dn_is_the_general_business_association_proposed_to_create(ha_tinh, tmp_path, written):
    rows = [*ROWS, ["4", "Hỗ trợ doanh nghiệp", "Sở Tài chính", written, "Năm 2026"]]
    before = Agency.objects.count()

    status, output, _err = run(workbook(tmp_path, rows), "--dry-run", "--format", "json")

    result = json.loads(output)
    assert (status, result["unmatched_agencies"], result["proposed_agencies"]) == (0, [], [])
    assert {entry["text"]: entry["catalogue_key"] for entry in result["agencies_to_create"]}[written] == (
        "hiep-hoi-doanh-nghiep-tinh"
    )
    assert result["tasks"][-1]["coordinators"] == ["Hiệp hội Doanh nghiệp tỉnh"]
    assert (Agency.objects.count(), Directive.objects.count()) == (before, 0)
