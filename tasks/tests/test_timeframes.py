"""Reading free-text timeframes: every form the seeds use, their OCR and accent-free spellings."""

import datetime

import pytest
from django.utils import translation

from agencies.tests.bodies import without_diacritics
from tasks.models import Task
from tasks.timeframes import (
    Milestone,
    Period,
    Timeframe,
    apply_timeframe,
    marked_timeframe,
    read_period,
    read_timeframe,
)

D = datetime.date


@pytest.fixture(autouse=True)
def _english_notes():
    """Review notes are written in the active language; these tests read them in English."""
    with translation.override("en"):
        yield


def test_review_note_is_written_in_vietnamese_by_default():
    with translation.override("vi"):
        assert read_timeframe("31/02/2025").review_note == "Ngày không hợp lệ: 31/02/2025"


@pytest.mark.parametrize(
    ("text", "start", "due"),
    [
        ("năm 2020", None, D(2020, 12, 31)),
        ("nam 2020", None, D(2020, 12, 31)),
        ("Nam 2020", None, D(2020, 12, 31)),
        ("Thoi gian hoan thanh: ndm 2030.", None, D(2030, 12, 31)),
        ("- Thoti gian thuc hién: nam 2020.", None, D(2020, 12, 31)),
        ("Thời gian thực hiện xây dựng kế hoạch: năm 2020.", None, D(2020, 12, 31)),
        ("năm 2019, 2020", D(2019, 1, 1), D(2020, 12, 31)),
        ("nam 2019, 2020", D(2019, 1, 1), D(2020, 12, 31)),
        ("năm 2019 và 2020", D(2019, 1, 1), D(2020, 12, 31)),
        ("thực hiện trong năm 2026 và năm 2027", D(2026, 1, 1), D(2027, 12, 31)),
        ("nam 2025, nam 2026", D(2025, 1, 1), D(2026, 12, 31)),
        ("Từ năm 2020 - 2025", D(2020, 1, 1), D(2025, 12, 31)),
        ("Tir ndm 2020 - 2025", D(2020, 1, 1), D(2025, 12, 31)),
        ("Tu nam 2020 – 2025", D(2020, 1, 1), D(2025, 12, 31)),
        ("2021-2025", D(2021, 1, 1), D(2025, 12, 31)),
        ("giai đoạn 2021 - 2025", D(2021, 1, 1), D(2025, 12, 31)),
        ("từ năm 2016 đến năm 2025", D(2016, 1, 1), D(2025, 12, 31)),
        ("đến năm 2025", None, D(2025, 12, 31)),
        ("den nam 2025", None, D(2025, 12, 31)),
        ("Tho1i gian thuc hién: dén nam 2025.", None, D(2025, 12, 31)),
        ("Đến năm 2030", None, D(2030, 12, 31)),
        ("Pén nam 2030", None, D(2030, 12, 31)),
        (
            "Đến năm 2030 Xây dựng, vận hành được ít nhất 01 Nhà máy điện gió tại tỉnh Quảng Ngãi, "
            "công suất đạt ít nhất 100 MW",
            None,
            D(2030, 12, 31),
        ),
        (
            "Pén nam 2030 Xa}y dung, V§1n hanh duoc it nhat 01\nNha may dién gio tai tinh Quang Ngai, "
            "cong suat dat it nhat 100 MW.",
            None,
            D(2030, 12, 31),
        ),
        (
            "dén nam 2025 (dam bao dap tmg muc tiéu phat trién\nkinh t€ - xa hdi cua tinh, dién thuong pham "
            "du bao dat 4.108 tri¢gu KWh).",
            None,
            D(2025, 12, 31),
        ),
        ("31/12/2025", None, D(2025, 12, 31)),
        ("31-12-2025", None, D(2025, 12, 31)),
        ("31.12.2025", None, D(2025, 12, 31)),
        ("ngày 31 tháng 12 năm 2025", None, D(2025, 12, 31)),
        ("ngay 31 thang 12 nam 2025", None, D(2025, 12, 31)),
        ("Quý IV/2025", None, D(2025, 12, 31)),
        ("quý 4 năm 2025", None, D(2025, 12, 31)),
        ("Quy IV nam 2025", None, D(2025, 12, 31)),
        ("Quý I/2025", None, D(2025, 3, 31)),
        ("Quý II/2025", None, D(2025, 6, 30)),
        ("Quý III/2025", None, D(2025, 9, 30)),
        # several quarters of one year: the first's start to the last's end
        ("Quý I, II/2026", D(2026, 1, 1), D(2026, 6, 30)),
        ("Quy I, II/2026", D(2026, 1, 1), D(2026, 6, 30)),
        ("Quý III và IV năm 2026", D(2026, 7, 1), D(2026, 12, 31)),
        ("Quý III và Quý IV năm 2026", D(2026, 7, 1), D(2026, 12, 31)),
        ("quý 2 - quý 3/2027", D(2027, 4, 1), D(2027, 9, 30)),
        ("Quí II, III, IV-2025", D(2025, 4, 1), D(2025, 12, 31)),
        # a half of a year
        ("6 tháng đầu năm 2026", D(2026, 1, 1), D(2026, 6, 30)),
        ("Nửa cuối năm 2026", D(2026, 7, 1), D(2026, 12, 31)),
        ("nua dau nam 2025", D(2025, 1, 1), D(2025, 6, 30)),
        ("Sáu tháng cuối năm 2025", D(2025, 7, 1), D(2025, 12, 31)),
        ("Trong 6 thang dau nam 2027", D(2027, 1, 1), D(2027, 6, 30)),
        # the start or the middle of a year: by the end of its first quarter or half; its end: by 31/12
        ("Đầu năm 2026", None, D(2026, 3, 31)),
        ("Dau nam 2026", None, D(2026, 3, 31)),
        ("Giữa năm 2026", None, D(2026, 6, 30)),
        ("giua nam 2027", None, D(2027, 6, 30)),
        ("Cuối năm 2026", None, D(2026, 12, 31)),
        ("tháng 6/2025", None, D(2025, 6, 30)),
        ("tháng 6 năm 2025", None, D(2025, 6, 30)),
        ("thang 2/2024", None, D(2024, 2, 29)),
        ("2025", None, D(2025, 12, 31)),
        (2025, None, D(2025, 12, 31)),
        # a school year runs September to May (the Ministry's timetable framework ends it by 31 May)
        ("Năm học 2025 - 2026", D(2025, 9, 1), D(2026, 5, 31)),
        ("Nam hoc 2024-2025", D(2024, 9, 1), D(2025, 5, 31)),
        ("Trong năm học 2026 – 2027", D(2026, 9, 1), D(2027, 5, 31)),
        ("năm học 2025-26", D(2025, 9, 1), D(2026, 5, 31)),
        ("NH 2027/2028", D(2027, 9, 1), D(2028, 5, 31)),
        ("Ndm hoc 2025 - 2026", D(2025, 9, 1), D(2026, 5, 31)),
        # a period from one month to another, as a span or with its end month written out
        ("Từ tháng 11/2025 đến tháng 3/2026", D(2025, 11, 1), D(2026, 3, 31)),
        ("tháng 10/2025 - tháng 02/2026", D(2025, 10, 1), D(2026, 2, 28)),
        ("Tu thang 6 nam 2026 den het thang 9 nam 2026", D(2026, 6, 1), D(2026, 9, 30)),
        ("Tháng 3/2026 - 6/2026", D(2026, 3, 1), D(2026, 6, 30)),
        # a quarter as a narrow column writes it
        ("Q1/2026", None, D(2026, 3, 31)),
        ("Q.II/2026", None, D(2026, 6, 30)),
        ("q3-2026", None, D(2026, 9, 30)),
        # a month as a narrow column writes it, without `tháng`
        ("6/2024", None, D(2024, 6, 30)),
        ("T12/2024", None, D(2024, 12, 31)),
        ("02/2024", None, D(2024, 2, 29)),
        # months of one year, the year written once
        ("Tháng 6-9/2024", D(2024, 6, 1), D(2024, 9, 30)),
        ("Từ tháng 6 đến tháng 9/2024", D(2024, 6, 1), D(2024, 9, 30)),
        ("thang 6 - thang 9 nam 2024", D(2024, 6, 1), D(2024, 9, 30)),
        # two periods joined into one span: the first one's first day to the second one's end
        ("Quý III/2024 - Quý IV/2024", D(2024, 7, 1), D(2024, 12, 31)),
        ("Quy IV/2024 - Quy I/2025", D(2024, 10, 1), D(2025, 3, 31)),
        ("Từ Quý I/2024 đến hết Quý IV/2025", D(2024, 1, 1), D(2025, 12, 31)),
        ("Q3/2024 - Q1/2025", D(2024, 7, 1), D(2025, 3, 31)),
        ("Q3-Q4/2024", D(2024, 7, 1), D(2024, 12, 31)),
        ("Tháng 9/2024 - Quý I/2025", D(2024, 9, 1), D(2025, 3, 31)),
        ("01/6/2024 - 30/9/2024", D(2024, 6, 1), D(2024, 9, 30)),
        # a span whose first date leaves its year to the second
        ("Từ ngày 15/11 đến ngày 20/11/2025", D(2025, 11, 15), D(2025, 11, 20)),
        ("tu 15/12 den het 15/01/2026", D(2025, 12, 15), D(2026, 1, 15)),
        ("Năm 2024 - Quý II/2025", D(2024, 1, 1), D(2025, 6, 30)),
    ],
)
def test_dated_timeframe_reads_start_and_due_date(text, start, due):
    timeframe = read_timeframe(text)

    assert (timeframe.start_date, timeframe.due_date) == (start, due)
    assert not timeframe.needs_review
    assert not timeframe.is_recurring
    assert timeframe.original == str(text).strip()


@pytest.mark.parametrize(
    ("text", "due", "due_time"),
    [
        ("trước 17h00 ngày 03/12/2021", D(2021, 12, 3), datetime.time(17, 0)),
        ("truoc 17h00 ngay 03/12/2021", D(2021, 12, 3), datetime.time(17, 0)),
        ("17 giờ ngày 31 tháng 12 năm 2025", D(2025, 12, 31), datetime.time(17, 0)),
        ("31/12/2025 lúc 17h30", D(2025, 12, 31), datetime.time(17, 30)),
        ("trước 8:15 ngày 05/01/2026", D(2026, 1, 5), datetime.time(8, 15)),
    ],
)
def test_deadline_with_an_hour_keeps_the_hour(text, due, due_time):
    timeframe = read_timeframe(text)

    assert (timeframe.due_date, timeframe.due_time) == (due, due_time)
    assert not timeframe.needs_review


@pytest.mark.parametrize(
    "text",
    [
        "thực hiện thường xuyên, hằng năm",
        "(thực hiện hằng năm)",
        "hàng năm",
        "thường xuyên",
        "thuc hién thuong xuyén, hang nam",
        "(thuc hi¢n thuong xuyén hang nam).",
        "thuc hién thuong xuyén, hang ndm",
        "Liên tục",
        "lien tuc",
    ],
)
def test_recurring_timeframe_has_no_due_date(text):
    timeframe = read_timeframe(text)

    assert timeframe.is_recurring
    assert timeframe.due_date is None
    assert not timeframe.is_schedule
    assert not timeframe.needs_review


@pytest.mark.parametrize(
    "text",
    [
        "trước ngày 10 của tháng cuối Quý và trước ngày 10/11 hàng năm",
        "truoc ngay 10 cua thang cuoi quy va truoc ngay 10/11 hang nam",
        "trước ngày 10 hằng tháng",
    ],
)
def test_reporting_schedule_is_recognised_and_not_a_deadline(text):
    timeframe = read_timeframe(text)

    assert timeframe.is_schedule
    assert timeframe.is_recurring
    assert timeframe.due_date is None
    assert not timeframe.needs_review


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Thực hiện ngay sau khi có quy hoạch tỉnh", "quy hoạch tỉnh"),
        ("theo thời gian thực hiện quy hoạch tỉnh", "quy hoạch tỉnh"),
        ("Thyuc hién ngay sau khi c6 quy hoach tinh.", "quy hoach tinh"),
        ("Thot gian thuc hién: theo thoi gian thuc hién quy hoach tinh.", "quy hoach tinh"),
        # when the need arises: no date, nothing to review
        ("Khi phát sinh", "phát sinh"),
        ("Theo yêu cầu", "yêu cầu"),
        ("Theo chỉ đạo của UBND tỉnh", "chỉ đạo của UBND tỉnh"),
        ("Đột xuất", "Đột xuất"),
        ("Dot xuat", "Dot xuat"),
    ],
)
def test_timeframe_waiting_on_an_event_names_the_event_and_has_no_date(text, event):
    timeframe = read_timeframe(text)

    assert timeframe.waits_on_event
    assert timeframe.event_text == event
    assert timeframe.due_date is None
    assert not timeframe.needs_review


@pytest.mark.parametrize(
    ("text", "milestone_texts"),
    [
        (
            "Hoàn thành xây dựng chính sách trong năm 2020; … ít nhất 05 hợp đồng … đến năm 2025",
            ["Hoàn thành xây dựng chính sách trong năm 2020", "… ít nhất 05 hợp đồng … đến năm 2025"],
        ),
        (
            "+ Xây dựng kế hoạch hoàn thành trong năm 2020. + Thực hiện hoàn thành kế hoạch đến năm 2025.",
            ["Xây dựng kế hoạch hoàn thành trong năm 2020", "Thực hiện hoàn thành kế hoạch đến năm 2025"],
        ),
        (
            "+Xay dung ké hoach hoan thanh trong nim 2020.\n\n+ Thuc hién hoan thanh ké hoach dén nam 2025.",
            ["Xay dung ké hoach hoan thanh trong nim 2020", "Thuc hién hoan thanh ké hoach dén nam 2025"],
        ),
        (
            "\n+ Hoan thanh xay dung chinh sach trong nam 2020;\n\n+ Ky hop dong: It nhat c6 05 hop dong dugc ky "
            "két dén\nnam 2025.",
            [
                "Hoan thanh xay dung chinh sach trong nam 2020",
                "Ky hop dong: It nhat c6 05 hop dong dugc ky két dén nam 2025",
            ],
        ),
    ],
)
def test_several_milestones_are_read_and_the_last_is_the_due_date(text, milestone_texts):
    timeframe = read_timeframe(text)

    assert timeframe.milestones == (
        Milestone(milestone_texts[0], D(2020, 12, 31)),
        Milestone(milestone_texts[1], D(2025, 12, 31)),
    )
    assert timeframe.due_date == D(2025, 12, 31)
    assert not timeframe.needs_review


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("31/02/2025", "Impossible date: 31/02/2025"),
        ("ngày 30 tháng 2 năm 2025", "Impossible date: ngày 30 tháng 2 năm 2025"),
        ("Quý V/2025", "Impossible date: Quý V/2025"),
        ("quý 5 năm 2025", "Impossible date: quý 5 năm 2025"),
        ("tháng 13/2025", "Impossible date: tháng 13/2025"),
        ("trước 25h00 ngày 03/12/2021", "Impossible time: 25h00"),
        ("2025 - 2020", "The period ends before it starts: 2025 - 2020"),
        ("Năm học 2026 - 2025", "The period ends before it starts: Năm học 2026 - 2025"),
        ("năm học 2025 - 2027", "No deadline could be read from: năm học 2025 - 2027"),
        ("trước 10/11", "Date without a year: 10/11"),
        ("Quý I/2025 - Quý IV/2024", "The period ends before it starts: Quý I/2025 - Quý IV/2024"),
        ("Tháng 9 - 6/2024", "The period ends before it starts: Tháng 9 - 6/2024"),
        (
            "Trước 30/9/2024 - Quý IV/2024",
            "Several different deadlines in one phrase: Trước 30/9/2024 - Quý IV/2024",
        ),
        ("Quý II/2024, Quý IV/2025", "Several different deadlines in one phrase: Quý II/2024, Quý IV/2025"),
        ("theo đề xuất của cơ quan chủ trì", "No deadline could be read from: theo đề xuất của cơ quan chủ trì"),
        ("nam 2O2O", "No deadline could be read from: nam 2O2O"),
        (
            "đến năm 2025, tầm nhìn đến năm 2030",
            "Several different deadlines in one phrase: đến năm 2025, tầm nhìn đến năm 2030",
        ),
        (
            "sau khi có quy hoạch tỉnh, chậm nhất năm 2022",
            "Both an event and a date; which one decides the deadline? sau khi có quy hoạch tỉnh, chậm nhất năm 2022",
        ),
    ],
)
def test_unreadable_timeframe_is_flagged_for_review_and_never_guessed(text, note):
    timeframe = read_timeframe(text)

    assert timeframe.needs_review
    assert timeframe.review_note == note
    assert timeframe.impossible_date == note.startswith("Impossible date")  # an import refuses only those
    assert (timeframe.start_date, timeframe.due_date, timeframe.due_time) == (None, None, None)
    assert timeframe.original == text


@pytest.mark.parametrize("text", ["", "   ", None, "Thoi gian thuc hién:"])
def test_empty_timeframe_has_no_reading_and_needs_no_review(text):
    timeframe = read_timeframe(text)

    assert timeframe == Timeframe(original=(text or "").strip())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D(2025, 12, 31), Timeframe(original="31/12/2025", due_date=D(2025, 12, 31))),
        (datetime.datetime(2025, 12, 31), Timeframe(original="31/12/2025", due_date=D(2025, 12, 31))),
        (
            datetime.datetime(2021, 12, 3, 17, 0),
            Timeframe(original="17:00 03/12/2021", due_date=D(2021, 12, 3), due_time=datetime.time(17, 0)),
        ),
        (2025.0, Timeframe(original="2025", due_date=D(2025, 12, 31))),
    ],
)
def test_spreadsheet_values_are_read_as_they_are(value, expected):
    assert read_timeframe(value) == expected


def test_apply_timeframe_copies_the_reading_and_returns_milestones():
    task = Task(text="Xây dựng chính sách", needs_review=True, review_note="cũ")
    timeframe = read_timeframe("Hoàn thành xây dựng chính sách trong năm 2020; ký 05 hợp đồng đến năm 2025")

    milestones = apply_timeframe(task, timeframe)

    assert milestones == [
        ("Hoàn thành xây dựng chính sách trong năm 2020", D(2020, 12, 31)),
        ("ký 05 hợp đồng đến năm 2025", D(2025, 12, 31)),
    ]
    assert task.timeframe_text == timeframe.original
    assert (task.start_date, task.due_date, task.due_time) == (None, D(2025, 12, 31), None)
    assert (task.is_recurring, task.waits_on_event, task.needs_review, task.review_note) == (False, False, False, "")
    assert task.pk is None


def test_apply_timeframe_carries_event_and_review_flags():
    waiting, flagged = Task(text="a"), Task(text="b")

    apply_timeframe(waiting, read_timeframe("Thực hiện ngay sau khi có quy hoạch tỉnh"))
    apply_timeframe(flagged, read_timeframe("31/02/2025"))

    assert (waiting.waits_on_event, waiting.event_text, waiting.due_date) == (True, "quy hoạch tỉnh", None)
    assert (flagged.needs_review, flagged.review_note, flagged.due_date) == (True, "Impossible date: 31/02/2025", None)


def test_a_period_between_two_dates_starts_on_the_first_and_is_due_on_the_second():
    timeframe = read_timeframe("Từ ngày 01/01/2026 đến ngày 31/3/2026")

    assert (timeframe.start_date, timeframe.due_date, timeframe.needs_review) == (D(2026, 1, 1), D(2026, 3, 31), False)


@pytest.mark.parametrize(
    ("text", "due", "hour"),
    [
        ("2026-10-15", D(2026, 10, 15), None),
        ("2026/10/15", D(2026, 10, 15), None),
        ("2027.3.5", D(2027, 3, 5), None),
        ("15-10-2026", D(2026, 10, 15), None),
        ("5-3-2027", D(2027, 3, 5), None),
        ("Trước ngày 2026-10-15.", D(2026, 10, 15), None),
        ("truoc 2027/03/05", D(2027, 3, 5), None),
        ("2026-10-15 00:00:00", D(2026, 10, 15), None),
        ("2026-10-15T00:00:00", D(2026, 10, 15), None),
        ("2026-10-15 17:30:00", D(2026, 10, 15), datetime.time(17, 30)),
    ],
)
def test_a_day_written_year_first_or_with_dashes_is_that_day_not_the_end_of_its_year(text, due, hour):
    timeframe = read_timeframe(text)

    assert (timeframe.due_date, timeframe.due_time, timeframe.needs_review) == (due, hour, False)


@pytest.mark.parametrize("text", ["2026-02-30", "2026/13/01"])
def test_a_day_written_year_first_that_cannot_be_is_refused(text):
    timeframe = read_timeframe(text)

    assert (timeframe.due_date, timeframe.impossible_date) == (None, True)


def test_a_period_and_milestones_written_year_first_read_each_day():
    period = read_timeframe("Từ 2026-01-01 đến 2026-03-31")
    steps = read_timeframe("Hoàn thành dự thảo 2026-06-30; trình ban hành 2026-09-30")

    assert (period.start_date, period.due_date) == (D(2026, 1, 1), D(2026, 3, 31))
    assert [milestone.due_date for milestone in steps.milestones] == [D(2026, 6, 30), D(2026, 9, 30)]
    assert read_timeframe("Giai đoạn 2026-2030").due_date == D(2030, 12, 31)


def test_work_that_runs_until_an_event_has_no_due_date():
    timeframe = read_timeframe("Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.")

    assert (timeframe.due_date, timeframe.waits_on_event) == (None, True)
    assert timeframe.event_text == "kết thúc Tổng kiểm kê"


@pytest.mark.parametrize("text", ["trước 19h00’ hằng ngày", "báo cáo 02 lần/ngày (trước 9h00’ và 16h00’)"])
def test_daily_reports_are_recurring(text):
    timeframe = read_timeframe(text)

    assert (timeframe.is_recurring, timeframe.due_date) == (True, None)


@pytest.mark.parametrize(
    ("text", "recurrences"),
    [
        ("Trước ngày 10 của tháng cuối quý", [("quarterly", 10, None)]),
        ("trước ngày 10 tháng cuối mỗi quý", [("quarterly", 10, None)]),
        ("Hằng quý", [("quarterly", None, None)]),
        ("Định kỳ hằng quý", [("quarterly", None, None)]),
        ("Định kỳ 6 tháng", [("half_yearly", None, None)]),
        ("06 tháng một lần", [("half_yearly", None, None)]),
        ("6 tháng/lần", [("half_yearly", None, None)]),
        ("Báo cáo 6 tháng và năm", [("half_yearly", None, None)]),
        ("Hằng tuần, thứ Sáu", [("weekly", None, None)]),
        ("trước ngày 15/12 hằng năm", [("annual", 15, 12)]),
        ("Hằng năm, trước ngày 15 tháng 12", [("annual", 15, 12)]),
        ("Hàng tháng, trước ngày 20", [("monthly", 20, None)]),
        ("Trước ngày 20 hàng tháng", [("monthly", 20, None)]),
        ("Hằng quý (trước ngày 10 tháng cuối quý)", [("quarterly", 10, None)]),
        ("Trước ngày 10 tháng cuối quý và trước ngày 10/11 hằng năm", [("quarterly", 10, None), ("annual", 10, 11)]),
    ],
)
def test_a_recurring_deadline_in_words_is_recurring_with_its_rule(text, recurrences):
    for written in (text, without_diacritics(text)):
        timeframe = read_timeframe(written)

        assert timeframe.is_recurring, written
        assert timeframe.due_date is None
        assert not timeframe.needs_review
        assert [(r.kind, r.day, r.month) for r in timeframe.recurrences] == recurrences


@pytest.mark.parametrize("text", ["Theo quy định", "Hằng quy định", "Quý II/2026", "6 tháng đầu năm 2026"])
def test_words_that_name_no_recurring_period_give_no_rule(text):
    assert read_timeframe(text).recurrences == ()


@pytest.mark.parametrize(
    ("text", "due", "start"),
    [
        ("Trước 15/12", D(2024, 12, 15), None),
        ("trước ngày 10/5", D(2024, 5, 10), None),  # the directive's own day is still to come
        ("Trước 15/3", D(2025, 3, 15), None),  # already past in 2024: the next one
        ("Từ 15/11 đến 20/11", D(2024, 11, 20), D(2024, 11, 15)),
    ],
)
def test_a_date_without_its_year_is_the_next_one_from_the_directives_day_and_is_marked(text, due, start):
    timeframe = read_timeframe(text, issued_on=D(2024, 5, 10))

    assert (timeframe.due_date, timeframe.start_date) == (due, start)
    assert timeframe.needs_review
    assert timeframe.review_note.startswith("Date without a year, read as the next one after the directive's date")
    assert f"→ {due:%d/%m/%Y}" in timeframe.review_note


def test_a_yearly_day_and_an_impossible_day_are_not_given_a_year():
    assert read_timeframe("Trước 15/12 hằng năm", issued_on=D(2024, 5, 10)).due_date is None
    impossible = read_timeframe("Trước 31/2", issued_on=D(2024, 5, 10))
    assert (impossible.due_date, impossible.review_note) == (None, "Date without a year: 31/2")


@pytest.mark.parametrize(
    ("header", "period", "before"),
    [
        ("Năm 2023", Period(2023), ""),
        ("2024", Period(2024), ""),
        ("Nam 2025", Period(2025), ""),
        ("Quý I/2023", Period(2023, 1), ""),
        ("Quy IV nam 2024", Period(2024, 4), ""),
        ("Thời gian thực hiện Năm 2023", Period(2023), "thoi gian thuc hien"),
        ("Thời gian thực hiện Năm 2023 Quý III", Period(2023, 3), "thoi gian thuc hien"),
        ("Thoi gian thuc hien nam 2024 Quy 2", Period(2024, 2), "thoi gian thuc hien"),
        ("Chỉ tiêu năm 2025", Period(2025), "chi tieu"),
        ("Thời gian thực hiện Năm 2024 Tháng 3", Period(2024, month=3), "thoi gian thuc hien"),
        ("Thoi gian thuc hien Nam 2024 T11", Period(2024, month=11), "thoi gian thuc hien"),
        ("Năm 2025 Th02", Period(2025, month=2), ""),
        ("Tháng 9/2024", Period(2024, month=9), ""),
        ("T12/2025", Period(2025, month=12), ""),
        ("Thời gian thực hiện 4/2024", Period(2024, month=4), "thoi gian thuc hien"),
        ("Năm 2024 6 tháng đầu năm", Period(2024, half=1), ""),
        ("Thoi gian thuc hien 6 thang cuoi nam 2025", Period(2025, half=2), "thoi gian thuc hien"),
        ("Năm 2024 Nửa cuối năm", Period(2024, half=2), ""),
        ("Thời gian thực hiện (6 tháng) Năm 2024 I", Period(2024, half=1), "thoi gian thuc hien"),
        ("Thoi gian thuc hien theo quy Nam 2024 III", Period(2024, 3), "thoi gian thuc hien"),
    ],
)
def test_a_schedule_columns_period_is_read_from_the_end_of_its_header(header, period, before):
    assert read_period(header) == (period, before)


@pytest.mark.parametrize(
    "header",
    [
        "Quý II",
        "Sản phẩm",
        "Năm 2023 (kết quả)",
        "Thời hạn",
        "Tháng 3",
        "6 tháng đầu năm",
        "Năm 2024 II",
        "3 2024",
        "I/2024",
    ],
)
def test_a_header_ending_with_no_period_or_a_quarter_of_no_year_gives_none(header):
    assert read_period(header) is None


def test_the_timeframe_text_reads_back_as_the_marks_read():
    """What a task's timeframe text says of its marks is read by the timeframe reader to the same due date, so a
    person who edits it later keeps the deadline."""
    for periods in (
        [Period(2023), Period(2024)],
        [Period(2023), Period(2024), Period(2025)],
        [Period(2025)],
        [Period(2023, 4), Period(2024, 1), Period(2024, 2)],
        [Period(2024, 3)],
        [Period(2024, month=month) for month in (3, 4, 5, 6)],
        [Period(2024, month=12), Period(2025, month=1)],
        [Period(2024, half=2), Period(2025, half=1)],
        [Period(2025, half=1)],
    ):
        marked = marked_timeframe(periods)
        assert read_timeframe(marked.original).due_date == marked.due_date, marked.original


def test_periods_marked_apart_run_from_the_first_to_the_last():
    marked = marked_timeframe([Period(2025), Period(2023)])

    assert (marked.original, marked.start_date, marked.due_date) == (
        "Năm 2023, Năm 2025",
        D(2023, 1, 1),
        D(2025, 12, 31),
    )
    assert marked.is_recurring is False
