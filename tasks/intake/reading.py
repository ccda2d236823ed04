"""Which document files the import reads, and reading one into blocks (the spreadsheet path reads the others)."""

from pathlib import Path

from django.utils.translation import gettext as _

from tasks.importing.safety import RefusedFile

from .text import read_text

TEXT_SUFFIXES = (".txt",)


def is_document(original_name):
    return Path(original_name).suffix.lower() in TEXT_SUFFIXES


def read_blocks(path, original_name, limits):
    """The file's blocks; RefusedFile for an empty or oversized file, or text that is not UTF-8."""
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise RefusedFile(_("The file “%(name)s” is empty.") % {"name": original_name})
    if size > limits.max_file_bytes:
        raise RefusedFile(
            _("The file “%(name)s” is larger than the import's limit. Split it into smaller files.")
            % {"name": original_name}
        )
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RefusedFile(
            _("“%(name)s” is not UTF-8 text. Save it as UTF-8 (Unicode) text and try again.") % {"name": original_name}
        ) from None
    if "\x00" in text:
        raise RefusedFile(_("“%(name)s” is not a text file.") % {"name": original_name})
    return read_text(text)
