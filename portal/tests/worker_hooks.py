"""Loaded only into the crash-recovery test's worker processes (`celery worker --include`): holds work to be killed.

A worker with these hooks stops, once each, in the middle of reading a file (at its first progress report) and inside
the transaction that writes an import (the directive and its tasks written, not committed). Each time it leaves a
marker file in CRASH_TEST_DIR first, so that the test kills the worker right there.
"""

import os
import time
from pathlib import Path

from django.db.backends.signals import connection_created
from django.dispatch import receiver

from tasks.signals import tasks_bulk_changed

HELD_PREVIEW_MARKER = "preview-held"
HELD_COMMIT_MARKER = "commit-held"


def hold_once(name):
    marker = Path(os.environ["CRASH_TEST_DIR"]) / name
    if not marker.exists():
        marker.touch()
        time.sleep(120)  # the test kills the worker long before


@receiver(tasks_bulk_changed)
def hold_the_first_commit(sender, **kwargs):
    hold_once(HELD_COMMIT_MARKER)


def hold_the_first_progress_report(execute, sql, params, many, context):
    # The reader reports its progress every few hundred rows; its first report comes with rows still to read.
    if sql.startswith('UPDATE "tasks_importjob" SET "rows_read"'):
        hold_once(HELD_PREVIEW_MARKER)
    return execute(sql, params, many, context)


@receiver(connection_created)
def watch_progress_reports(sender, connection, **kwargs):
    connection.execute_wrappers.append(hold_the_first_progress_report)
