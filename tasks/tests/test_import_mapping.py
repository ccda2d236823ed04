"""Mapping names in the import preview without friction: near names suggested, a mapping sent in the background,
the names imports remembered listed and undone by the monitoring unit, the directive's typed details kept."""

import pytest
from django.urls import reverse

from agencies.models import AgencyAlias, Role
from agencies.tests.factories import AgencyAliasFactory, AgencyFactory, ProvinceFactory
from tasks.models import Directive

from .import_workbooks import create_agencies
from .test_import_views import member, upload_naming

KHUYEN_CONG = "Trung tâm Khuyến công và Xúc tiến thương mại Quảng Ngãi"


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def uploads_in_tmp_and_english_by_default(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def province(db):
    return ProvinceFactory()


@pytest.fixture
def monitor(province):
    return member(province, Role.MONITOR, "theo-doi")


@pytest.fixture
def agencies(province):
    found = create_agencies(province)
    found["khuyencong"] = AgencyFactory(province=province, name=KHUYEN_CONG)
    return found


def test_a_name_no_rule_reads_is_offered_its_near_names_the_likest_chosen(client, agencies, monitor, tmp_path):
    client.force_login(monitor)

    job = upload_naming(client, tmp_path, "Trung tâm XTTM QN")
    page = client.get(job.get_absolute_url()).content.decode()

    [entry] = job.preview["unmatched_agencies"]
    assert entry["near"][0] == [agencies["khuyencong"].pk, KHUYEN_CONG, True]
    assert "Names that read alike:" in page and f'<span class="near-name">{KHUYEN_CONG}' in page
    assert f'<option value="{agencies["khuyencong"].pk}" selected>' in page


def test_a_name_two_bodies_could_be_is_not_chosen_in_advance(client, agencies, monitor, tmp_path):
    AgencyFactory(province=agencies["sct"].province, name="UBND huyện Sơn Tịnh")
    AgencyFactory(province=agencies["sct"].province, name="UBND huyện Sơn Tây")
    client.force_login(monitor)

    job = upload_naming(client, tmp_path, "UBND huyện ST")
    page = client.get(job.get_absolute_url()).content.decode()

    [entry] = job.preview["unmatched_agencies"]
    assert sorted(entry["candidates"]) == ["UBND huyện Sơn Tây", "UBND huyện Sơn Tịnh"]
    choices = page.split('id="agencies-to-resolve"')[1].split("</form>")[0]
    assert " selected>" in choices and choices.count(" selected>") == choices.count('value="" selected>')


def test_a_name_several_catalogue_bodies_could_be_offers_each_to_create_in_one_step(
    client, agencies, monitor, tmp_path
):
    """`Sở NV` spells the initials of Sở Nội vụ and of Sở Ngoại vụ, neither of which the province holds: each is
    offered with its own button, and the one the person picks is created with the name as its alias."""
    client.force_login(monitor)
    job = upload_naming(client, tmp_path, "Sở NV")
    page = client.get(job.get_absolute_url()).content.decode()

    [entry] = job.preview["unmatched_agencies"]
    names = {body["name"] for body in entry["proposals"]}
    assert names == {"Sở Nội vụ", "Sở Ngoại vụ"}
    assert page.count('class="inline catalogue-choice"') == len(names)
    assert all(f"Create {name}</button>" in page for name in names)

    client.post(
        reverse("tasks:import_agency", args=[job.pk]),
        {"text": "Sở NV", "name": "Sở Ngoại vụ", "kind": "department", "catalogue_key": "so-ngoai-vu"},
    )

    job.refresh_from_db()
    assert job.preview["unmatched_agencies"] == []
    assert AgencyAlias.objects.get(alias="Sở NV").agency.name == "Sở Ngoại vụ"


def test_a_mapping_sent_by_the_script_is_answered_in_json_and_applied(client, agencies, monitor, tmp_path):
    client.force_login(monitor)
    job = upload_naming(client, tmp_path, "Trung tâm XTTM QN")

    response = client.post(
        reverse("tasks:import_agency", args=[job.pk]),
        {"text": "Trung tâm XTTM QN", "agency": agencies["khuyencong"].pk},
        headers={"X-Requested-With": "fetch"},
    )
    refused = client.post(
        reverse("tasks:import_agency", args=[job.pk]),
        {"text": "Tên khác", "agency": agencies["khuyencong"].pk},
        headers={"X-Requested-With": "fetch"},
    )

    assert response.status_code == 200
    assert response.json() == {"ok": True, "message": f"“Trung tâm XTTM QN” now means {KHUYEN_CONG}."}
    assert refused.status_code == 400 and not refused.json()["ok"]
    job.refresh_from_db()
    assert job.preview["unmatched_agencies"] == [] and job.preview["error_count"] == 0


def test_the_monitoring_unit_lists_the_names_its_imports_remembered_and_undoes_one(client, province, agencies, monitor):
    mapped = AgencyAliasFactory(agency=agencies["khuyencong"], alias="Trung tâm XTTM QN", province=province)
    national = AgencyAliasFactory(agency=agencies["sct"], alias="Sở CT tỉnh", province=None)
    other = ProvinceFactory(name="Thái Nguyên", code="thai-nguyen")
    elsewhere = AgencyAliasFactory(agency=AgencyFactory(province=other), alias="Tên của tỉnh khác", province=other)
    client.force_login(monitor)

    page = client.get(reverse("tasks:import_aliases")).content.decode()
    undone = client.post(reverse("tasks:import_alias_delete", args=[mapped.pk]), follow=True)

    assert "Trung tâm XTTM QN" in page and KHUYEN_CONG in page
    assert "Sở CT tỉnh" not in page and "Tên của tỉnh khác" not in page
    assert f"“Trung tâm XTTM QN” no longer means {KHUYEN_CONG}" in undone.content.decode()
    assert not AgencyAlias.objects.filter(pk=mapped.pk).exists()
    assert AgencyAlias.objects.filter(pk__in=[national.pk, elsewhere.pk]).count() == 2


def test_another_provinces_remembered_name_cannot_be_undone(client, agencies, monitor):
    other = ProvinceFactory(name="Thái Nguyên", code="thai-nguyen")
    elsewhere = AgencyAliasFactory(agency=AgencyFactory(province=other), alias="Tên của tỉnh khác", province=other)
    client.force_login(monitor)

    assert client.post(reverse("tasks:import_alias_delete", args=[elsewhere.pk])).status_code == 404
    assert AgencyAlias.objects.filter(pk=elsewhere.pk).exists()


@pytest.mark.parametrize(("role", "status"), [(Role.STAFF, 403), (Role.HEAD, 403), (Role.LEADERSHIP, 403)])
def test_only_who_may_import_sees_or_undoes_remembered_names(client, agencies, role, status):
    alias = AgencyAliasFactory(agency=agencies["sct"], alias="SCT QN", province=agencies["sct"].province)
    client.force_login(member(agencies["sct"].province, role, f"user-{role}"))

    assert client.get(reverse("tasks:import_aliases")).status_code == status
    assert client.post(reverse("tasks:import_alias_delete", args=[alias.pk])).status_code == status
    assert AgencyAlias.objects.filter(pk=alias.pk).exists()


def test_anonymous_users_are_sent_to_log_in_from_the_remembered_names(client, db):
    response = client.get(reverse("tasks:import_aliases"))

    assert response.status_code == 302 and response.url.startswith(reverse("login"))


DETAILS = {
    "kind": "ke_hoach",
    "number": "123",
    "symbol": "KH-UBND",
    "issued_on": "20/05/2019",
    "place": "Quảng Ngãi",
    "subject": "Kế hoạch phát triển công nghiệp hỗ trợ",
}


def test_details_typed_in_the_preview_are_kept_when_confirm_is_pressed_without_saving_them(
    client, agencies, monitor, tmp_path
):
    client.force_login(monitor)
    job = upload_naming(client, tmp_path, "Sở Kế hoạch và Đầu tư")

    client.post(reverse("tasks:import_confirm", args=[job.pk]), DETAILS)

    directive = Directive.objects.get()
    assert (directive.number, directive.subject, directive.issued_on.day) == ("123", DETAILS["subject"], 20)


def test_one_invalid_field_keeps_the_others_as_typed_and_saves_those_that_are_right(
    client, agencies, monitor, tmp_path
):
    client.force_login(monitor)
    job = upload_naming(client, tmp_path, "Sở Kế hoạch và Đầu tư")

    response = client.post(reverse("tasks:import_directive", args=[job.pk]), {**DETAILS, "issued_on": "31/02/2019"})

    page = response.content.decode()
    assert response.status_code == 400
    assert "Issued on" in page and 'value="31/02/2019"' in page
    assert 'value="123"' in page and DETAILS["subject"] in page
    job.refresh_from_db()
    assert (job.overrides["number"], job.overrides["subject"]) == ("123", DETAILS["subject"])
    assert "issued_on" not in job.overrides


def test_confirm_with_an_invalid_field_imports_nothing_and_shows_what_was_typed(client, agencies, monitor, tmp_path):
    client.force_login(monitor)
    job = upload_naming(client, tmp_path, "Sở Kế hoạch và Đầu tư")

    response = client.post(reverse("tasks:import_confirm", args=[job.pk]), {**DETAILS, "issued_on": "99/99/2019"})

    assert response.status_code == 400 and 'value="99/99/2019"' in response.content.decode()
    assert not Directive.objects.exists()
