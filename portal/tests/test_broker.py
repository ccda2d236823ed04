"""The embedded broker's transport (portal/broker.py): a worker polling while a message is written never takes it
half-written (kombu's own filesystem transport lets it: celery/kombu#1551, a JSONDecodeError and a lost message)."""

import os

import pytest
from django.conf import settings
from kombu import Connection
from kombu.transport.virtual import Empty

from portal import broker


@pytest.fixture
def channel(tmp_path):
    queue = tmp_path / "queue"
    queue.mkdir()
    options = {"data_folder_in": str(queue), "data_folder_out": str(queue), "store_processed": False}
    with Connection("filesystem://", transport=settings.EMBEDDED_BROKER_TRANSPORT, transport_options=options) as conn:
        yield conn.default_channel


def test_the_embedded_broker_is_this_transport(channel):
    assert type(channel.connection) is broker.Transport


def test_a_worker_polling_while_a_message_is_written_finds_nothing_then_the_whole_message(channel, monkeypatch):
    polled = []
    rename = os.replace

    def publish(written, name):
        # The moment the message is on disk but not yet published: a worker polling now must not take it.
        with pytest.raises(Empty):
            channel._get("celery")
        polled.append(written)
        rename(written, name)

    monkeypatch.setattr(broker.os, "replace", publish)
    channel._put("celery", {"body": "nhắc hạn", "headers": {}})

    assert len(polled) == 1
    assert channel._get("celery") == {"body": "nhắc hạn", "headers": {}}
    with pytest.raises(Empty):
        channel._get("celery")


def test_every_message_arrives_once_and_no_part_file_is_left(channel, tmp_path):
    for number in range(5):
        channel._put("celery", {"n": number})

    assert sorted(channel._get("celery")["n"] for _ in range(5)) == [0, 1, 2, 3, 4]
    assert list((tmp_path / "queue").iterdir()) == []
