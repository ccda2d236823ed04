"""Handing work to the Celery worker and using the shared cache so that a Redis or broker outage never fails a page.

Work that could not be queued is still recorded in the database (an import job, a pending digest): the reaper that
beat runs, or the next sweep, queues it again once the broker answers.
"""

import logging

from django.core.cache import cache
from kombu.exceptions import OperationalError
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def enqueue(task, *args):
    """Queue `task(*args)` for the worker; False, and a warning in the log, when the broker cannot take it."""
    try:
        task.delay(*args)
    except OperationalError as exc:  # kombu wraps every transport's connection errors in it
        logger.warning("%s%r not queued: broker unreachable (%s)", task.name, args, exc)
        return False
    return True


def cache_add(key, value, timeout):
    """`cache.add`, or False when the cache cannot be reached: the caller skips what the key would rate-limit."""
    try:
        return cache.add(key, value, timeout=timeout)
    except RedisError as exc:
        logger.warning("cache unreachable, %s not set (%s)", key, exc)
        return False
