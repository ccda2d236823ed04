"""Factories for reporting periods and progress reports."""

import datetime
import io
import zipfile

import factory
from django.core.files.uploadedfile import SimpleUploadedFile

from agencies.tests.factories import AgencyFactory
from reports.models import Attachment, Direction, ExtensionRequest, ProgressReport, ReportingPeriod, TargetValue
from tasks.models import ScheduleKind
from tasks.tests.factories import TargetFactory, TaskFactory


class ReportingPeriodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportingPeriod

    kind = ScheduleKind.QUARTERLY
    name = "Quý IV/2025"
    start = datetime.date(2025, 10, 1)
    end = datetime.date(2025, 12, 31)
    due_date = datetime.date(2025, 12, 10)


class ProgressReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgressReport

    task = factory.SubFactory(TaskFactory)
    agency = factory.SubFactory(AgencyFactory)
    period = factory.SubFactory(ReportingPeriodFactory)
    result = "Đã triển khai các nội dung được giao."


class TargetValueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetValue

    report = factory.SubFactory(ProgressReportFactory)
    target = factory.SubFactory(TargetFactory, task=factory.SelfAttribute("..report.task"))
    value = 40


class AttachmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attachment

    report = factory.SubFactory(ProgressReportFactory)
    file = factory.LazyFunction(lambda: pdf_upload("bao-cao.pdf"))
    original_name = "bao-cao.pdf"
    size = factory.LazyAttribute(lambda a: a.file.size)


class ExtensionRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExtensionRequest

    task = factory.SubFactory(TaskFactory)
    agency = factory.SubFactory(AgencyFactory)
    reason = "Chờ ý kiến thẩm định của Bộ Công Thương."
    proposed_date = datetime.date(2026, 6, 30)
    due_date_before = factory.SelfAttribute("task.due_date")


class DirectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Direction

    task = factory.SubFactory(TaskFactory)
    text = "Đề nghị Sở Công Thương khẩn trương hoàn thành, báo cáo UBND tỉnh."


def pdf_upload(name="bao-cao.pdf", body=b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"):
    return SimpleUploadedFile(name, body, content_type="application/pdf")


WORD_PART = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def docx_upload(name="bao-cao.docx", part=WORD_PART):
    """A minimal Word file: a zip whose [Content_Types].xml declares `part`."""
    buffer = io.BytesIO()
    override = f'<Override PartName="/word/document.xml" ContentType="{part}"/>'
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", f"<Types>{override}</Types>")
        archive.writestr("word/document.xml", "<w:document/>")
    return SimpleUploadedFile(name, buffer.getvalue())


def exe_upload(name="bao-cao.pdf"):
    """A Windows program renamed to look like a PDF."""
    return SimpleUploadedFile(name, b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64)
