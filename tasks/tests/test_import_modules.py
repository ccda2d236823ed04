"""The spreadsheet import loads none of the document readers' libraries: python-docx, pdfplumber and pdfium (some
26 MB) are named in `tasks.intake.reading.READERS` and loaded the first time a document is read."""

import os
import subprocess
import sys
from pathlib import Path

from django.utils.module_loading import import_string

from tasks.intake.docx import read_docx
from tasks.intake.pdf import read_pdf
from tasks.intake.reading import READERS

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("docx", "pdfplumber", "pypdfium2", "openpyxl")


def test_the_spreadsheet_import_and_the_import_jobs_load_no_document_reader_nor_openpyxl():
    code = (
        "import sys, django; django.setup(); "
        "import tasks.importing.commit, tasks.importing.jobs, tasks.importing.preview; "
        f"print(sorted(name for name in {HEAVY!r} if name in sys.modules))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_each_document_reader_is_named_by_a_path_that_resolves_to_it():
    assert {extension: import_string(path) for extension, path in READERS.items()} == {
        ".docx": read_docx,
        ".pdf": read_pdf,
    }
