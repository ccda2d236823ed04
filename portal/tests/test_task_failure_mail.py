"""A background task that fails for good is mailed to ADMINS once, through Django's mail, as a 500 in a page is."""

import pytest
from django.core import mail

from portal.celery import app
from portal.tasks import heartbeat

attempts = []


@app.task(name="portal.tests.broken_digest")
def broken_digest(digest_id):
    raise RuntimeError(f"SMTP từ chối thư {digest_id}")


@app.task(name="portal.tests.flaky_then_broken", bind=True, max_retries=2, default_retry_delay=0)
def flaky_then_broken(self, report_id):
    attempts.append(report_id)
    try:
        raise ConnectionError("máy chủ thư không trả lời")
    except ConnectionError as error:
        raise self.retry(exc=error) from error


@pytest.fixture(autouse=True)
def production(settings):
    settings.DEBUG = False
    settings.ADMINS = [("Quản trị hệ thống", "quantri@example.gov.vn"), ("Trực kỹ thuật", "kythuat@example.gov.vn")]


def test_a_failed_task_is_mailed_to_admins_with_its_name_arguments_and_traceback():
    broken_digest.apply(args=[31], throw=False)  # as a worker runs it: the error is not raised to the caller

    [message] = mail.outbox
    assert message.to == ["quantri@example.gov.vn", "kythuat@example.gov.vn"]
    assert message.subject.endswith("Tác vụ nền thất bại: portal.tests.broken_digest")
    assert "Tham số: [31] {}" in message.body
    assert "RuntimeError('SMTP từ chối thư 31')" in message.body
    assert 'raise RuntimeError(f"SMTP từ chối thư {digest_id}")' in message.body  # the traceback


@pytest.fixture
def errors_stay_in_the_worker():
    """Eager calls raise a task's error to the caller, and its retries then stop at the first; a worker keeps them."""
    propagates = app.conf.task_eager_propagates
    app.conf.task_eager_propagates = False
    yield
    app.conf.task_eager_propagates = propagates


@pytest.mark.usefixtures("errors_stay_in_the_worker")
def test_a_task_retried_until_it_gives_up_is_mailed_once():
    attempts.clear()
    flaky_then_broken.apply(args=[7])

    assert attempts == [7, 7, 7]
    [message] = mail.outbox
    assert "flaky_then_broken" in message.subject


@pytest.mark.django_db
def test_a_task_that_succeeds_mails_nothing_and_with_debug_a_failure_mails_nothing(settings):
    heartbeat.apply(throw=False)
    settings.DEBUG = True
    broken_digest.apply(args=[1], throw=False)

    assert mail.outbox == []
