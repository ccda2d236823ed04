"""The reaper: takes back the work a killed worker or a lost broker message left behind, so that it is done again.

With the filesystem broker a message is deleted when a worker takes it, so `acks_late` cannot bring back the work of
a worker that died; nothing sits in the broker for long either. The database says what was abandoned: beat runs the
reaper every few minutes (`portal.tasks.reap_stuck_work`), and `manage.py reap_stuck_work` runs it by hand.
"""

from notifications.tasks import requeue_abandoned_digests
from tasks.importing.jobs import reap_stuck_jobs


def reap():
    """Take back everything abandoned past its timeout; return how many of each kind."""
    return {"imports": len(reap_stuck_jobs()), "digests": len(requeue_abandoned_digests())}
