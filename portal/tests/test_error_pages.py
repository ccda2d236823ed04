"""Error pages in production: Vietnamese, with a way back, and a 500 that needs nothing but its template."""

import pytest
from django.core import mail
from django.template import loader
from django.test import Client

from agencies.tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.urls("portal.tests.error_urls")]


@pytest.fixture(autouse=True)
def production(settings):
    settings.DEBUG = False
    settings.ADMINS = [("Quản trị hệ thống", "quantri@example.gov.vn"), ("Trực kỹ thuật", "kythuat@example.gov.vn")]


def assert_error_page(response, status, heading):
    body = response.content.decode()
    assert response.status_code == status
    assert f"<h1>{heading}</h1>" in body
    assert 'href="/" id="error-home"' in body
    assert "Quay lại trang trước" in body
    assert 'lang="vi"' in body


@pytest.mark.parametrize(
    ("url", "status", "heading"),
    [
        ("/khong-co-trang-nay/", 404, "Không tìm thấy trang"),
        ("/test-errors/403/", 403, "Không có quyền truy cập"),
        ("/test-errors/400/", 400, "Yêu cầu không hợp lệ"),
        ("/test-errors/500/", 500, "Máy chủ gặp sự cố"),
    ],
)
def test_error_pages_are_vietnamese_with_a_way_home(url, status, heading):
    client = Client(raise_request_exception=False)
    client.force_login(UserFactory())

    assert_error_page(client.get(url), status, heading)


def test_form_sent_without_its_csrf_token_gets_the_vietnamese_page():
    client = Client(enforce_csrf_checks=True)

    response = client.post("/login/", {"username": "chuyenvien", "password": "demo12345"})

    assert_error_page(response, 403, "Không kiểm tra được biểu mẫu")


def test_server_error_page_renders_with_no_request_and_no_context():
    body = loader.get_template("500.html").render()

    assert "Máy chủ gặp sự cố" in body


def test_unhandled_error_mails_one_report_to_the_admins():
    client = Client(raise_request_exception=False)

    client.get("/test-errors/500/")

    assert len(mail.outbox) == 1
    report = mail.outbox[0]
    assert report.to == ["quantri@example.gov.vn", "kythuat@example.gov.vn"]
    assert "/test-errors/500/" in report.subject
    assert "ZeroDivisionError" in report.body


def test_a_page_not_found_is_not_mailed():
    Client().get("/khong-co-trang-nay/")

    assert mail.outbox == []
