"""The embedded broker (no REDIS_URL): kombu's filesystem transport, each message written whole before a worker sees it.

kombu writes a message file in place under its final name; a worker listing the folder meanwhile moves the file away
half-written and fails on its JSON ("Expecting value", celery/kombu#1551), losing the message. Here the message is
written under a name the worker does not list (`….msg.part`) and renamed into place, which a POSIX rename does at once.
"""

import os
import uuid
from time import monotonic

from kombu.exceptions import ChannelError
from kombu.transport import filesystem
from kombu.utils.encoding import str_to_bytes
from kombu.utils.json import dumps


def message_name(queue):
    """kombu's own naming (`<ms>_<uuid>.<queue>.msg`), which its reader sorts and filters on."""
    return f"{int(round(monotonic() * 1000))}_{uuid.uuid4()}.{queue}.msg"


class Channel(filesystem.Channel):
    def _put(self, queue, payload, **kwargs):
        path = os.path.join(self.data_folder_out, message_name(queue))
        part = f"{path}.part"
        try:
            with open(part, "wb") as handle:
                handle.write(str_to_bytes(dumps(payload)))
            os.replace(part, path)
        except OSError as error:
            raise ChannelError(f"Cannot add file {path!r} to directory") from error


class Transport(filesystem.Transport):
    Channel = Channel
