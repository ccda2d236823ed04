"""Heartbeats of the Celery worker and beat, which /healthz and check_services read to tell whether they live."""

from django.db import models


class Heartbeat(models.Model):
    """The last sign of life of one background process: beat's last tick, the worker's last task."""

    BEAT = "beat"
    WORKER = "worker"

    name = models.CharField(primary_key=True, max_length=20, choices=[(BEAT, BEAT), (WORKER, WORKER)])
    at = models.DateTimeField()
    # The worker's last task ("" when it has only just started) and which worker ran it.
    task = models.CharField(max_length=200, blank=True)
    hostname = models.CharField(max_length=200, blank=True)

    def __str__(self):
        return f"{self.name} {self.at:%Y-%m-%d %H:%M:%S} {self.task}".strip()
