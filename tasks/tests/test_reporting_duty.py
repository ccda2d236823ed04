"""A directive's reporting duty read from its words, and the schedules an import proposes when the words are silent."""

from pathlib import Path

import pytest

from agencies.tests.factories import ProvinceFactory
from tasks.models import ScheduleKind
from tasks.reporting_duty import STANDARD_SCHEDULES, ScheduleSpec, read_reporting_duty, usual_schedules

from .factories import DirectiveFactory, ReportingScheduleFactory

SEEDS = Path(__file__).resolve().parents[1] / "demo" / "seeds"  # the seeds' copy in the repository
QUARTER_10 = ScheduleSpec("quarterly", 10, "3,6,9,12")
YEAR_10_11 = ScheduleSpec("annual", 10, "11")


def _seed_sentence(name, words):
    """The one sentence of a seed that holds these words, as the document writes it."""
    with open(SEEDS / name, encoding="utf-8") as handle:
        text = " ".join(handle.read().split())
    return next(sentence for sentence in text.split(". ") if words in sentence)


def test_seed_003_quarterly_and_yearly_duty_reads_as_two_schedules():
    sentence = _seed_sentence("003_cdf81a2e3b692c11.txt", "tháng cuối Quý")

    duty = read_reporting_duty(sentence)

    assert duty.schedules == [QUARTER_10, YEAR_10_11]


@pytest.mark.parametrize(
    ("text", "schedules", "via"),
    [
        (
            "Định kỳ hằng quý, trước ngày 10 của tháng cuối quý và trước ngày 10/11 hằng năm, báo cáo UBND tỉnh "
            "(qua Sở Công Thương) kết quả thực hiện.",
            [QUARTER_10, YEAR_10_11],
            "Sở Công Thương",
        ),
        (
            "Dinh ky hang quy, truoc ngay 15 cua thang cuoi quy, bao cao UBND tinh (qua So Ke hoach va Dau tu).",
            [ScheduleSpec("quarterly", 15, "3,6,9,12")],
            "So Ke hoach va Dau tu",
        ),
        (
            "Các đơn vị báo cáo hằng tháng, trước ngày 25, gửi về Sở Tài chính để tổng hợp.",
            [ScheduleSpec("monthly", 25, "1,2,3,4,5,6,7,8,9,10,11,12")],
            "Sở Tài chính",
        ),
        ("Hằng năm, trước ngày 15 tháng 12, báo cáo Ủy ban nhân dân tỉnh.", [ScheduleSpec("annual", 15, "12")], ""),
        (
            "Báo cáo kết quả trước ngày 20/12 hàng năm về Văn phòng UBND tỉnh.",
            [ScheduleSpec("annual", 20, "12")],
            "Văn phòng UBND tỉnh",
        ),
    ],
)
def test_recurring_duties_in_the_forms_offices_write_them(text, schedules, via):
    duty = read_reporting_duty(text)

    assert duty.schedules == schedules
    assert duty.via == via


@pytest.mark.parametrize(
    "text",
    [
        "báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 31 tháng 12 năm 2025.",
        "Sở Công Thương chủ trì, báo cáo UBND tỉnh trước ngày 10/8/2018.",
        "Định kỳ sơ kết, tổng kết, tổng hợp báo cáo Ủy ban nhân dân tỉnh.",
        "Hằng năm, bố trí kinh phí thực hiện Chương trình.",
        "",
    ],
)
def test_one_off_deadlines_and_vague_duties_give_no_schedule(text):
    assert read_reporting_duty(text) is None


@pytest.mark.parametrize("key", ["ad_hoc:10:3", "quarterly:0:3,6,9,12", "annual:10:13", "monthly:5:", "x", "a:b:c"])
def test_a_schedule_key_that_is_not_a_schedule_is_refused(key):
    with pytest.raises(ValueError):
        ScheduleSpec.from_key(key)


def test_the_usual_schedules_are_the_provinces_most_used_else_the_standard_ones(db):
    province = ProvinceFactory()
    assert usual_schedules(province) == list(STANDARD_SCHEDULES)
    for _ in range(2):
        ReportingScheduleFactory(
            directive=DirectiveFactory(province=province), kind=ScheduleKind.MONTHLY, day_of_month=20, months=""
        )
    ReportingScheduleFactory(
        directive=DirectiveFactory(province=province), kind=ScheduleKind.QUARTERLY, day_of_month=15, months=""
    )
    elsewhere = ProvinceFactory(name="Thái Nguyên", code="thai-nguyen")
    ReportingScheduleFactory(directive=DirectiveFactory(province=elsewhere), kind=ScheduleKind.ANNUAL)

    assert usual_schedules(province) == [
        ScheduleSpec("monthly", 20, "1,2,3,4,5,6,7,8,9,10,11,12"),
        ScheduleSpec("quarterly", 15, "3,6,9,12"),
    ]
