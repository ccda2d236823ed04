"""Numbers typed into targets are bounded to what both databases give back exactly: admin, imports, stored rows."""

import csv
import importlib
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection
from django.utils import translation

from agencies.tests.admin_pages import admin_url
from agencies.tests.factories import ProvinceFactory, UserFactory
from reports.tests.factories import TargetValueFactory
from tasks.importing.preview import build_preview
from tasks.models import Target
from tasks.tests.factories import TargetFactory

from .import_workbooks import build_004_csv, create_agencies

pytestmark = pytest.mark.django_db


def test_admin_refuses_a_target_value_sqlite_would_round_and_keeps_the_old_one(client):
    target = TargetFactory(target_value=100)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    data = {
        "task": target.task_id,
        "description": target.description,
        "unit": target.unit,
        "comparison": target.comparison,
        "target_value": "9999999999999999.9999",
        "due_year": "2030",
        "baseline_value": "1234567890123456",
        "position": "0",
    }
    with translation.override("vi"):
        response = client.post(admin_url(Target, "change", target.pk), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert set(errors) == {"target_value", "baseline_value"}
    assert "tối đa 15 chữ số có nghĩa" in errors["target_value"][0]
    target.refresh_from_db()
    assert target.target_value == 100


def test_import_names_a_target_value_too_long_to_store_on_its_row(tmp_path):
    province = ProvinceFactory()
    create_agencies(province)
    path = build_004_csv(tmp_path / "ke-hoach.csv")
    with open(path, "a", encoding="utf-8", newline="") as handle:
        handle.write("z),Phát triển điện gió,Sở Công Thương,,,đạt 99999999999999999 MW năm 2030\r\n")

    with translation.override("vi"):
        preview = build_preview(path, "ke-hoach.csv")

    [error] = preview.errors
    with open(path, encoding="utf-8-sig", newline="") as handle:
        last_row = len(list(csv.reader(handle)))
    assert (error.field, error.row) == ("target", last_row)
    assert "99999999999999999 MW" in error.message and "15 chữ số có nghĩa" in error.message


@pytest.mark.skipif(connection.vendor != "sqlite", reason="only SQLite rounds a decimal to a double")
def test_values_sqlite_already_rounded_past_reading_are_brought_back_by_the_migration():
    target = TargetFactory(target_value=100, baseline_value=5)
    reported = TargetValueFactory(target=target, report__task=target.task, value=7)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE tasks_target SET target_value = 1e16, baseline_value = -1e400")
        cursor.execute("UPDATE reports_targetvalue SET value = 9999999999999999.9999")
    with pytest.raises(ArithmeticError):
        Target.objects.get(pk=target.pk)

    migration = importlib.import_module("reports.migrations.0006_storable_decimals")
    migration.bring_back_unreadable_values(apps, SimpleNamespace(connection=connection))

    target.refresh_from_db()
    reported.refresh_from_db()
    assert (target.target_value, target.baseline_value) == (Decimal(9999999999999990), Decimal(-9999999999999990))
    assert reported.value == Decimal(9999999999999990)
