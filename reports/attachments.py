"""Checks on uploaded evidence: size limit, allowed extensions, and content that matches the extension."""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

PDF = b"%PDF"
ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff"

# Extension → (magic bytes the file must start with, the OOXML part its [Content_Types].xml must declare).
ALLOWED = {
    "pdf": (PDF, None),
    "docx": (ZIP, "wordprocessingml.document.main"),
    "xlsx": (ZIP, "spreadsheetml.sheet.main"),
    "pptx": (ZIP, "presentationml.presentation.main"),
    "doc": (OLE, None),
    "xls": (OLE, None),
    "ppt": (OLE, None),
    "png": (PNG, None),
    "jpg": (JPEG, None),
    "jpeg": (JPEG, None),
}


def max_bytes():
    return settings.REPORT_ATTACHMENT_MAX_BYTES


def _ooxml_declares(upload, part):
    try:
        with zipfile.ZipFile(upload) as archive:
            content_types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False
    return part in content_types


def check_upload(upload):
    """Raise ValidationError unless the upload is small enough and really is the kind of file its name says."""
    limit = max_bytes()
    if upload.size > limit:
        raise ValidationError(
            _("The file “%(name)s” is %(size)s; files may be at most %(limit)s."),
            code="too_large",
            params={"name": upload.name, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if extension not in ALLOWED:
        raise ValidationError(
            _("The file “%(name)s” is not accepted: attach PDF, Word, Excel, PowerPoint, PNG or JPEG files."),
            code="bad_extension",
            params={"name": upload.name},
        )
    magic, ooxml_part = ALLOWED[extension]
    upload.seek(0)
    head = upload.read(len(magic))
    upload.seek(0)
    content_ok = head == magic and (ooxml_part is None or _ooxml_declares(upload, ooxml_part))
    upload.seek(0)
    if not content_ok:
        raise ValidationError(
            _("The content of “%(name)s” is not a %(kind)s file, whatever its name says. It was not accepted."),
            code="bad_content",
            params={"name": upload.name, "kind": extension.upper()},
        )


class SizeLimitUploadHandler(FileUploadHandler):
    """Stops storing an upload as soon as it passes the limit, so an oversized file never fills the disk.

    The skipped file's field and name are kept in `request.oversized_uploads` for the form to answer.
    Install it first in `request.upload_handlers`, before anything reads request.POST.
    """

    def __init__(self, request=None):
        super().__init__(request)
        request.oversized_uploads = {}
        self.received = 0

    def new_file(self, field_name, file_name, *args, **kwargs):
        super().new_file(field_name, file_name, *args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > max_bytes():
            self.request.oversized_uploads[self.field_name] = self.file_name
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        return None


def oversized_error(name):
    return ValidationError(
        _("The file “%(name)s” is larger than %(limit)s, the most a file may be."),
        code="too_large",
        params={"name": name, "limit": filesizeformat(max_bytes())},
    )
