"""Every date a user types is asked for, shown and read as dd/mm/yyyy, whatever the browser's language."""

import datetime

import pytest
from django.test import RequestFactory
from django.utils import translation

from agencies.models import Agency
from reports.forms import ExtensionDecisionForm, ExtensionRequestForm
from tasks.filtersets import TaskFilterSet
from tasks.importing.forms import DirectiveDetailsForm


def date_fields():
    task_filters = TaskFilterSet({}, queryset=None, request=RequestFactory().get("/tasks/")).form
    details = DirectiveDetailsForm(agencies=Agency.objects.none())
    return {
        "task list: due from": task_filters["due_after"],
        "task list: due until": task_filters["due_before"],
        "extension request": ExtensionRequestForm()["proposed_date"],
        "extension decision": ExtensionDecisionForm()["granted_date"],
        "import: issued on": details["issued_on"],
    }


@pytest.mark.parametrize(("language", "hint"), [("vi", "Ngày theo thứ tự ngày/tháng/năm"), ("en", "day/month/year")])
def test_every_date_input_is_a_text_box_hinting_day_month_year(language, hint):
    with translation.override(language):
        rendered = {name: str(field) for name, field in date_fields().items()}
    for name, html in rendered.items():
        assert 'placeholder="dd/mm/yyyy"' in html, name
        assert hint in html, name
        assert 'type="date"' not in html, name


def test_a_date_typed_day_first_is_read_day_first_on_english_pages():
    with translation.override("en"):
        form = ExtensionRequestForm({"reason": "Chờ vốn", "proposed_date": "03/04/2026"})
        assert form.is_valid(), form.errors
    assert form.cleaned_data["proposed_date"] == datetime.date(2026, 4, 3)


def test_a_chosen_date_is_shown_back_day_first_on_english_pages():
    with translation.override("en"):
        html = str(ExtensionDecisionForm(initial={"granted_date": datetime.date(2026, 4, 3)})["granted_date"])
    assert 'value="03/04/2026"' in html
