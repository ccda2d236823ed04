"""Who a change is made by and where it comes from: a request's user and address, a command, the worker.

django-auditlog fills each change from the context set here (its `set_extra_data`): the actor, the remote address,
the correlation id and this app's `source` and `request_path`. Contexts nest: a Celery task run eagerly inside a
request, or a command called from another, gets its own and gives the outer one back when it ends.
"""

import contextlib
import getpass
import uuid

from auditlog.context import auditlog_value, set_extra_data
from axes.helpers import get_client_ip_address
from celery.signals import task_postrun, task_prerun
from django.core.management.base import BaseCommand
from django.urls import reverse

from .models import Source


@contextlib.contextmanager
def acting(*, source, path="", actor=None, remote_addr=None, cid=None):
    previous = auditlog_value.get(None)
    data = {
        "actor": actor,
        "remote_addr": remote_addr,
        "source": source,
        "request_path": path[:255],
        "cid": cid or uuid.uuid4().hex,
    }
    try:
        with set_extra_data(data):
            yield
    finally:
        # auditlog leaves its last context in place; give the outer one (or none) back.
        auditlog_value.set(previous)


def current():
    """The change context in force ({} outside any), for the changes written in bulk (`audit.bulk`)."""
    return auditlog_value.get(None) or {}


def current_actor():
    actor = current().get("actor")
    return actor if getattr(actor, "is_authenticated", False) else None


@contextlib.contextmanager
def on_behalf_of(user):
    """Work a person asked for and the worker does (a big import): theirs, unless a signed-in person does it now."""
    if current_actor() is not None or user is None:
        yield
        return
    outer = current()
    with acting(
        source=outer.get("source", Source.SYSTEM),
        path=outer.get("request_path", ""),
        actor=user,
        cid=outer.get("cid"),
    ):
        yield


class ChangeLogMiddleware:
    """Every change made while answering a request carries its user, address, method and path, and an id."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        source = Source.ADMIN if request.path.startswith(reverse("admin:index")) else Source.WEB
        with acting(
            source=source,
            path=f"{request.method} {request.path}",
            # Evaluated only when a change is written: most requests write nothing.
            actor=request.user,
            remote_addr=get_client_ip_address(request),
            cid=request.headers.get("X-Request-ID", "")[:255] or None,
        ):
            return self.get_response(request)


class AuditedCommand(BaseCommand):
    """A management command whose writes are recorded as made by the command (and the system account running it)."""

    def execute(self, *args, **options):
        name = self.__module__.rsplit(".", 1)[-1]
        with acting(source=Source.COMMAND, path=f"manage.py {name} ({_os_user()})"):
            return super().execute(*args, **options)


def _os_user():
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


_worker_contexts = {}


@task_prerun.connect
def _task_started(task_id=None, task=None, **kwargs):
    context = acting(source=Source.WORKER, path=f"celery {task.name}", cid=task_id)
    context.__enter__()
    _worker_contexts[task_id] = context


@task_postrun.connect
def _task_finished(task_id=None, **kwargs):
    context = _worker_contexts.pop(task_id, None)
    if context is not None:
        context.__exit__(None, None, None)
