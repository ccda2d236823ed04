"""Office workbooks of three real 2025 plans (tasks/tests/office_plans_2025.py) in every copy an office sends: each
task exactly right (code, leads, coordinators, due date, recurrence), only the names the answers leave to a person
unmatched, and the directive read from the title rows."""

from collections import Counter

import pytest

from agencies.normalize import ocr_key
from tasks.importing.preview import build_preview, cli_json

from .office_plans_2025 import PLANS, answers, create_province, write_csv, write_xlsx
from .spreadsheet_formats import as_ods, as_xls

pytestmark = pytest.mark.usefixtures("english")


def _names_right(read, wanted):
    read = list(read)
    canonical = []
    for name in wanted:
        if name.startswith("ASK:"):
            hit = next((got for got in read if ocr_key(got) == ocr_key(name[4:])), None)
            if hit is None:
                return False
            read.remove(hit)
        else:
            canonical.append(name)
    return Counter(ocr_key(name) for name in read) == Counter(ocr_key(name) for name in canonical)


def wrong_tasks(result, plan):
    read = {task["code"]: task for task in result["tasks"]}
    wrong = []
    for code, (leads, coordinators, due, recurring) in answers(plan).items():
        got = read.get(code)
        if got is None:
            wrong.append((code, "not found", sorted(read)))
        elif not _names_right(got["leads"], leads):
            wrong.append((code, f"leads {got['leads']} != {leads}"))
        elif not _names_right(got["coordinators"], coordinators):
            wrong.append((code, f"coordinators {got['coordinators']} != {coordinators}"))
        elif (got["due_date"], bool(got["recurring"])) != (due, recurring):
            wrong.append((code, f"due {got['due_date']} / recurring {got['recurring']} != {due} / {recurring}"))
    return wrong


def _asked(plan):
    return {
        ocr_key(name[4:])
        for leads, coordinators, _due, _recurring in answers(plan).values()
        for name in (*leads, *coordinators)
        if name.startswith("ASK:")
    }


@pytest.mark.parametrize("copy", ["vi", "no-diacritics", "csv", "xls", "ods"])
@pytest.mark.parametrize("plan", sorted(PLANS))
def test_an_office_workbook_of_a_2025_plan_is_read_exactly_right(db, tmp_path, plan, copy):
    province = create_province(plan)
    if copy == "csv":
        path = write_csv(tmp_path / f"danh-muc-nhiem-vu-{plan}.csv", plan)
    else:
        path = write_xlsx(tmp_path / f"phu-luc-{plan}.xlsx", plan, plain=copy == "no-diacritics")
    if copy in ("xls", "ods"):
        path = (as_xls if copy == "xls" else as_ods)(path, tmp_path / f"phu-luc-{plan}.{copy}")

    result = cli_json(build_preview(path, path.name, province=province if copy == "csv" else None))

    assert wrong_tasks(result, plan) == []
    # no total row, note row or column-number row read as a task
    assert sorted(task["code"] for task in result["tasks"] if task["leads"]) == sorted(answers(plan))
    assert {ocr_key(name) for name in result["unmatched_agencies"]} == _asked(plan)
    if copy != "csv":
        spec = PLANS[plan]
        assert (result["directive"]["kind"], result["directive"]["number"] or "") == (spec["kind"], spec["number"])
