"""The demo reporting history: loaded once, true to the rules, and something to show on every screen."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from reports.demo import load_demo_history
from reports.models import Direction, ExtensionState, ProgressReport, ReportState
from tasks.demo import load_demo
from tasks.models import Task
from tasks.status import Status, task_status

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_now")]


@pytest.fixture
def demo():
    load_demo()
    return load_demo_history()


def test_history_is_loaded_once(demo):
    assert demo["ProgressReport created"] == ProgressReport.objects.count() > 10
    assert load_demo_history() == {}


def test_history_follows_the_rules(demo):
    extended = Task.objects.get(code="II.2.g.1", directive__symbol="KH-UBND")
    assert task_status(extended) == Status.COMPLETED_ON_TIME
    assert extended.due_date.year == 2025 and extended.extended_due_date.year == 2026
    assert extended.extension_requests.get().state == ExtensionState.GRANTED
    assert task_status(Task.objects.get(code="II.2.k", directive__symbol="KH-UBND")) == Status.COMPLETED_LATE
    assert ProgressReport.objects.filter(is_late=True).exists()
    assert ProgressReport.objects.filter(state=ReportState.RETURNED_BY_MONITOR).exists()
    assert Direction.objects.count() == 2
    for report in ProgressReport.objects.exclude(submitted_at=None).select_related("period"):
        assert report.is_late == report.period.is_late(report.submitted_at)


@pytest.mark.parametrize("username", ["chuyenvien", "lanhdao", "theodoi", "lanhdaotinh", "chuyenvien_khdt"])
def test_every_demo_account_sees_its_inbox_and_the_task_history(client, demo, username):
    client.force_login(get_user_model().objects.get(username=username))
    assert client.get(reverse("reports:inbox")).status_code == 200
    task = Task.objects.get(code="II.2.g.1", directive__symbol="KH-UBND")
    response = client.get(task.get_absolute_url())
    assert response.status_code == 200
    assert response.context["history"]
