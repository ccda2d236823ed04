"""Mail backends that fail the way an SMTP server does, for the delivery tests."""

import os
import smtplib
import time
from pathlib import Path

from django.core import mail
from django.core.mail.backends import filebased
from django.core.mail.backends.locmem import EmailBackend


class RefusingBackend(EmailBackend):
    """An SMTP server that drops every connection."""

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class FlakyBackend(EmailBackend):
    """Refuses the first `failures` messages, then delivers to mail.outbox."""

    failures = 0

    def send_messages(self, messages):
        if FlakyBackend.failures > 0:
            FlakyBackend.failures -= 1
            raise smtplib.SMTPDataError(451, b"4.3.0 Try again later")
        return super().send_messages(messages)


class WorkerKilled(BaseException):
    """Stands for SIGKILL in the test's own process: not an Exception, so no handler of the portal's runs."""


class DyingBackend(EmailBackend):
    """Delivers to mail.outbox; the worker dies right after the `dies_after`-th email went out, before recording it."""

    dies_after = 2

    def send_messages(self, messages):
        count = super().send_messages(messages)
        if len(mail.outbox) == DyingBackend.dies_after:
            raise WorkerKilled
        return count


class HeldFileBackend(filebased.EmailBackend):
    """Writes emails to EMAIL_FILE_PATH; once per CRASH_TEST_DIR, right after the second went out, it stops (like a
    mail server that hangs) and leaves a marker file, so that a test kills the worker before the email is recorded."""

    def send_messages(self, messages):
        count = super().send_messages(messages)
        self.sent = getattr(self, "sent", 0) + count
        marker = Path(os.environ["CRASH_TEST_DIR"]) / "mail-held"
        if self.sent == 2 and not marker.exists():
            marker.touch()
            time.sleep(120)  # the test kills the worker long before
        return count
