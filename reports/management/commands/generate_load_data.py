"""`manage.py generate_load_data --tasks N --reports M`: a large, realistic province for benchmarks.

Many directives with quarterly reporting periods, departments, districts and a district group, tasks in nested
outlines with every kind of timeframe (dated, overdue, completed on time or late, recurring, waiting on an event,
extended), lead and coordinating agencies, a few measurable targets, and progress reports — on time, late, still
in draft — for the most recent periods. Rows go in with bulk_create in batches; it is random but seeded, so two
runs with the same arguments build the same province.
"""

import datetime
import random
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from agencies.models import Agency, AgencyKind, Membership, Province, Role
from reports import obligations
from reports.models import ProgressReport, ReportedStatus, ReportingPeriod, ReportState, TargetValue
from tasks.models import (
    Assignment,
    AssignmentRole,
    Directive,
    DirectiveKind,
    ReportingSchedule,
    ScheduleKind,
    Sector,
    Target,
    Task,
    TaskKind,
)
from tasks.status import store_status

BATCH = 5000
TASKS_PER_DIRECTIVE = 400
HEADING_EVERY = 12
DEPARTMENTS = [
    ("Sở Công Thương", "SCT"),
    ("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
    ("Sở Tài chính", "STC"),
    ("Sở Nội vụ", "SNV"),
    ("Sở Xây dựng", "SXD"),
    ("Sở Tài nguyên và Môi trường", "Sở TN&MT"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"),
    ("Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH"),
    ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
    ("Sở Khoa học và Công nghệ", "Sở KH&CN"),
    ("Sở Thông tin và Truyền thông", "Sở TT&TT"),
    ("Sở Y tế", "SYT"),
    ("Sở Tư pháp", "STP"),
    ("Ban Quản lý Khu kinh tế và các Khu công nghiệp", "BQL KKT"),
    ("Cục Quản lý thị trường tỉnh", "QLTT"),
    ("Văn phòng UBND tỉnh", "VPUB"),
    ("Trung tâm Khuyến công và Xúc tiến thương mại", "TTKC"),
]
DISTRICTS = [
    "Bình Sơn",
    "Sơn Tịnh",
    "Tư Nghĩa",
    "Nghĩa Hành",
    "Mộ Đức",
    "Đức Phổ",
    "Ba Tơ",
    "Minh Long",
    "Sơn Hà",
    "Sơn Tây",
    "Trà Bồng",
    "Lý Sơn",
    "thành phố",
]
SECTORS = [
    "Khai khoáng",
    "Chế biến nông, lâm, thủy sản",
    "Chế biến gỗ và giấy",
    "Vật liệu xây dựng",
    "Lọc hóa dầu và hóa chất",
    "Dệt may và da giày",
    "Cơ khí và điện tử",
    "Điện và năng lượng",
    "Công nghiệp hỗ trợ",
    "Khuyến công",
    "Thương mại điện tử",
    "Hạ tầng khu công nghiệp",
]
VERBS = ["Xây dựng", "Triển khai", "Rà soát, điều chỉnh", "Đẩy mạnh", "Hỗ trợ", "Tổ chức", "Nghiên cứu", "Kêu gọi"]
OBJECTS = [
    "đề án phát triển công nghiệp chế biến",
    "cơ chế, chính sách khuyến khích đầu tư",
    "quy hoạch cụm công nghiệp",
    "chương trình khuyến công",
    "hạ tầng kỹ thuật khu công nghiệp",
    "nguồn nhân lực chất lượng cao",
    "dự án điện gió, điện mặt trời",
    "hoạt động xúc tiến thương mại",
    "chuyển đổi số trong doanh nghiệp",
]
YEARS = (2024, 2025, 2026)


class Command(BaseCommand):
    help = "Create a large province (directives, agencies, tasks, periods, reports) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--tasks", type=int, required=True, help="Number of tasks (headings come on top).")
        parser.add_argument("--reports", type=int, required=True, help="Number of progress reports.")
        parser.add_argument("--province", default="tai-thu", help="Code of the province to create.")
        parser.add_argument("--seed", type=int, default=20210310)

    def handle(self, *args, **options):
        if Province.objects.filter(code=options["province"]).exists():
            raise CommandError(f"Province {options['province']!r} exists already; pick another --province.")
        self.random = random.Random(options["seed"])
        self.today = timezone.localdate()
        started = time.monotonic()
        with transaction.atomic():
            name = f"Tỉnh thử tải {options['province']}"
            self.province = Province.objects.create(name=name, code=options["province"])
            self._agencies()
            self._directives(max(1, -(-options["tasks"] // TASKS_PER_DIRECTIVE)))
        task_ids = self._tasks(options["tasks"])
        made = self._reports(task_ids, options["reports"])
        # The rows went in with bulk_create, past Task.save() and the signals: each task's status was stored as it
        # was built (`store_status`); reporters and obligations follow here, in bulk.
        synced = time.monotonic()
        obligations.create_for_new_tasks([directive.pk for directive in self.directives])
        self.stdout.write(
            f"Province {self.province.code} (id {self.province.pk}): {len(self.directives)} directives, "
            f"{len(task_ids)} tasks, {made} reports in {time.monotonic() - started:.0f} s "
            f"(statuses, reporters and report obligations: {time.monotonic() - synced:.0f} s). "
            f"Leadership user: {self.leader.username}"
        )

    def _agencies(self):
        p = self.province
        self.ubnd = Agency.objects.create(
            name=f"Ủy ban nhân dân {p.name}",
            short_name="UBND tỉnh",
            province=p,
            kind=AgencyKind.PEOPLES_COMMITTEE,
        )
        self.departments = [
            Agency.objects.create(name=name, short_name=short, province=p, kind=AgencyKind.DEPARTMENT)
            for name, short in DEPARTMENTS
        ]
        self.districts = [
            Agency.objects.create(name=f"UBND huyện {name}", province=p, kind=AgencyKind.DISTRICT) for name in DISTRICTS
        ]
        self.district_group = Agency.objects.create(
            name="UBND các huyện, thị xã, thành phố",
            province=p,
            kind=AgencyKind.DISTRICT,
            is_group=True,
        )
        self.district_group.members.set(self.districts)
        self.sectors = [Sector.objects.get_or_create(name=name)[0] for name in SECTORS]
        user_model = get_user_model()
        self.leader = user_model.objects.create_user(username=f"lanhdao-{p.code}", password=None)
        Membership.objects.create(user=self.leader, agency=self.ubnd, role=Role.LEADERSHIP)

    def _directives(self, count):
        kinds = [DirectiveKind.PLAN, DirectiveKind.DECISION, DirectiveKind.PROGRAMME, DirectiveKind.OFFICIAL_LETTER]
        self.directives = Directive.objects.bulk_create(
            [
                Directive(
                    province=self.province,
                    kind=kinds[i % len(kinds)],
                    number=str(100 + i),
                    symbol="KH-UBND",
                    issuing_agency=self.ubnd,
                    place=self.province.name,
                    issued_on=datetime.date(2019 + i % 6, 1 + i % 12, 1 + i % 28),
                    monitoring_agency=self.departments[0],
                    subject=f"Kế hoạch thực hiện nhiệm vụ phát triển công nghiệp số {i + 1}",
                    search_key=f"{100 + i}/kh-ubnd ke hoach thuc hien nhiem vu phat trien cong nghiep so {i + 1}",
                )
                for i in range(count)
            ]
        )
        schedules = ReportingSchedule.objects.bulk_create(
            [
                ReportingSchedule(
                    directive=d,
                    kind=ScheduleKind.QUARTERLY,
                    day_of_month=10,
                    months="3,6,9,12",
                    original_text="trước ngày 10 của tháng cuối Quý",
                    reporting_agency=self.departments[0],
                )
                for d in self.directives
            ]
        )
        periods = []
        for schedule in schedules:
            for year in YEARS:
                for quarter in range(1, 5):
                    start = datetime.date(year, 3 * quarter - 2, 1)
                    after = datetime.date(year, 3 * quarter + 1, 1) if quarter < 4 else datetime.date(year + 1, 1, 1)
                    end = after - datetime.timedelta(days=1)
                    periods.append(
                        ReportingPeriod(
                            directive_id=schedule.directive_id,
                            schedule=schedule,
                            kind=ScheduleKind.QUARTERLY,
                            name=f"Quý {['I', 'II', 'III', 'IV'][quarter - 1]}/{year}",
                            start=start,
                            end=end,
                            due_date=datetime.date(year, 3 * quarter, 10),
                        )
                    )
        ReportingPeriod.objects.bulk_create(periods, batch_size=BATCH)
        past = {}
        for period in ReportingPeriod.objects.filter(directive__province=self.province).order_by("-due_date"):
            if period.due_date <= self.today + datetime.timedelta(days=20):
                past.setdefault(period.directive_id, []).append(period)
        self.periods = past

    def _timeframe(self, task):
        """Fill a task's dates the way the seeds write timeframes: dated, recurring, waiting, done, extended."""
        r = self.random.random()
        if r < 0.10:
            task.is_recurring, task.timeframe_text = True, "thực hiện thường xuyên, hằng năm"
            return
        if r < 0.15:
            task.waits_on_event, task.timeframe_text = True, "Thực hiện ngay sau khi có quy hoạch tỉnh"
            task.event_text = "quy hoạch tỉnh"
            return
        year = self.random.choice(range(2019, 2031))
        task.due_date = (
            datetime.date(year, 12, 31)
            if self.random.random() < 0.6
            else (datetime.date(year, self.random.randint(1, 12), self.random.randint(1, 28)))
        )
        task.timeframe_text = f"năm {year}"
        if self.random.random() < 0.03:
            task.extended_due_date = task.due_date + datetime.timedelta(days=self.random.choice((90, 180, 365)))
        due = task.extended_due_date or task.due_date
        if r < 0.45 and due <= self.today + datetime.timedelta(days=365):
            lateness = self.random.choice((-120, -30, -5, 0, 0, 10, 60))
            done = min(due + datetime.timedelta(days=lateness), self.today - datetime.timedelta(days=1))
            task.completed_at = timezone.make_aware(datetime.datetime.combine(done, datetime.time(15, 0)))
        elif r < 0.46:
            task.cancelled_at = timezone.now()

    def _tasks(self, count):
        """Headings and tasks per directive, with their assignments; returns [(task_id, directive_id, leads)]."""
        made, done = [], 0
        per_directive = -(-count // len(self.directives))
        for directive in self.directives:
            n = min(per_directive, count - done)
            if n <= 0:
                break
            made.extend(self._directive_tasks(directive, n))
            done += n
            if len(made) % (BATCH * 4) < per_directive:
                self.stdout.write(f"  {len(made)} tasks", ending="\r")
        return made

    @transaction.atomic
    def _directive_tasks(self, directive, n):
        headings = [
            Task(
                directive=directive,
                code=f"{h + 1}",
                label=f"{h + 1}.",
                position=h * (HEADING_EVERY + 1),
                kind=TaskKind.HEADING,
                text=f"Nhóm nhiệm vụ {h + 1}",
                search_key=f"{h + 1} nhom nhiem vu {h + 1}",
            )
            for h in range(-(-n // HEADING_EVERY))
        ]
        for heading in headings:
            store_status(heading)
        Task.objects.bulk_create(headings)
        tasks = []
        for i in range(n):
            heading = headings[i // HEADING_EVERY]
            task = Task(
                directive=directive,
                parent=heading,
                code=f"{heading.code}.{chr(97 + i % HEADING_EVERY)}",
                label=f"{chr(97 + i % HEADING_EVERY)})",
                position=heading.position + 1 + i % HEADING_EVERY,
                depth=1,
                kind=TaskKind.TASK,
                text=f"{self.random.choice(VERBS)} {self.random.choice(OBJECTS)} (mục {i + 1})",
                sector=self.random.choice(self.sectors) if self.random.random() < 0.8 else None,
            )
            self._timeframe(task)
            task.refresh_search_key()
            store_status(task)
            tasks.append(task)
        Task.objects.bulk_create(tasks, batch_size=BATCH)
        assignments, targets, made = [], [], []
        everyone = self.departments + self.districts
        for task in tasks:
            r = self.random.random()
            if r < 0.06:
                leads = [(self.district_group, AssignmentRole.LEAD)]
            elif r < 0.14:
                pair = self.random.sample(self.departments, 2)
                leads = [(pair[0], AssignmentRole.CO_LEAD), (pair[1], AssignmentRole.CO_LEAD)]
            elif r < 0.20:
                leads = [(self.random.choice(everyone), AssignmentRole.EXECUTING)]
            else:
                leads = [(self.random.choice(self.departments), AssignmentRole.LEAD)]
            leading = {agency.pk for agency, _role in leads}
            drawn = self.random.sample(self.departments, self.random.randint(0, 3))
            helpers = [agency for agency in drawn if agency.pk not in leading]
            for position, (agency, role) in enumerate(leads + [(a, AssignmentRole.COORDINATING) for a in helpers]):
                assignments.append(Assignment(task=task, agency=agency, role=role, position=position))
            if self.random.random() < 0.01:
                targets.append(
                    Target(task=task, description="Công suất điện gió", unit="MW", target_value=100, due_year=2030)
                )
            reporters = [m.pk for agency, _role in leads for m in (self.districts if agency.is_group else [agency])]
            made.append((task.pk, directive.pk, reporters + [a.pk for a in helpers]))
        Assignment.objects.bulk_create(assignments, batch_size=BATCH)
        Target.objects.bulk_create(targets, batch_size=BATCH)
        return made

    def _reports(self, task_ids, wanted):
        """Reports for the most recent periods first, from each task's lead (or group members) then coordinators."""
        targets = dict(Target.objects.filter(task__directive__province=self.province).values_list("task_id", "pk"))
        batch, made, depth = [], 0, 0
        max_depth = max((len(p) for p in self.periods.values()), default=0)
        while made < wanted and depth < max_depth:
            for task_id, directive_id, reporters in task_ids:
                periods = self.periods.get(directive_id, [])
                if depth >= len(periods):
                    continue
                period = periods[depth]
                for agency_id in reporters:
                    batch.append(self._report(task_id, agency_id, period))
                    made += 1
                    if made >= wanted:
                        break
                if len(batch) >= BATCH or made >= wanted:
                    self._save_reports(batch, targets)
                    batch = []
                    self.stdout.write(f"  {made} reports", ending="\r")
                if made >= wanted:
                    break
            depth += 1
        self._save_reports(batch, targets)
        return made

    def _report(self, task_id, agency_id, period):
        r = self.random.random()
        due = timezone.make_aware(datetime.datetime.combine(period.due_date, datetime.time(17, 0)))
        if r < 0.12 or period.due_date > self.today:
            state, submitted_at = ReportState.DRAFT, None
        else:
            state = ReportState.ACCEPTED if r < 0.6 else ReportState.SUBMITTED
            submitted_at = due + datetime.timedelta(days=self.random.choice((-6, -2, -1, 0, 3, 12)))
        return ProgressReport(
            task_id=task_id,
            agency_id=agency_id,
            period=period,
            state=state,
            submitted_at=submitted_at,
            is_late=bool(submitted_at and submitted_at > due),
            status=ReportedStatus.IN_PROGRESS,
            percent_complete=self.random.choice((None, 20, 50, 80)),
            result="Đã triển khai các nội dung được giao; đang hoàn thiện hồ sơ.",
            difficulties="Nguồn vốn còn hạn chế." if r < 0.3 else "",
            proposals="Đề nghị UBND tỉnh bố trí kinh phí." if r < 0.2 else "",
        )

    @transaction.atomic
    def _save_reports(self, batch, targets):
        saved = ProgressReport.objects.bulk_create(batch, batch_size=BATCH)
        TargetValue.objects.bulk_create(
            [
                TargetValue(report=report, target_id=targets[report.task_id], value=self.random.randint(5, 120))
                for report in saved
                if report.task_id in targets
            ],
            batch_size=BATCH,
        )
