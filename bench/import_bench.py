"""Benchmark the spreadsheet import against a bare openpyxl read of the same files.

Usage: .venv/bin/python bench/import_bench.py [--sizes 1000 10000 50000] [--other-sizes 10000] [--keep]

Generates workbooks of 1k, 10k and 50k task rows shaped like seed 004 (title rows, two-level
header, sections, several agencies per cell, timeframes in words), and the same at 10k rows saved
as .xls and .ods, then for each one reports in one table, side by side in one run: the CPU time of
a bare read-only openpyxl iteration (of the .xlsx with the same rows), of a bare calamine read of
the file itself, and of the full import (checks, parse, agency matching, preview, commit into a
fresh SQLite database, migrated beforehand in a process of its own, as a worker finds it), and the
peak resident memory of each. The import's time is split into the preview (checks, reading, parsing, matching: what
`import_directives --dry-run` does) and the commit, and the commit's SQL statements are timed by table, so each run
says where the CPU went; the ratio to the bare openpyxl read is given for the whole import and for the preview alone.
Every measurement runs in its own child process, so the peak memory of one does not hide in another's; CPU time (user
+ system of that process) rather than wall time, since the machine is shared. The load average is printed with the
table.
"""

import argparse
import multiprocessing
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AGENCIES = [
    "Sở Kế hoạch và Đầu tư",
    "Sở Công Thương",
    "Sở Tài chính",
    "Sở Xây dựng",
    "Sở Tài nguyên và Môi trường",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Khoa học và Công nghệ",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Giáo dục và Đào tạo",
    "Sở Thông tin và Truyền thông",
    "Cục Quản lý thị trường tỉnh",
    "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
    "UBND huyện Bình Sơn",
]
WRITTEN = [
    "Sở KH&ĐT",
    "Sở Công Thương",
    "Sở Tài chính",
    "Sở Xây dựng",
    "So Tai nguyen va Moi truong",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở KH&CN",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Giáo dục và Đào tạo",
    "Sở TT&TT",
    "Cục Quản lý thị trường tỉnh",
    "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
    "UBND huyện Bình Sơn",
]
TIMEFRAMES = [
    "năm 2026",
    "năm 2026, 2027",
    "đến năm 2030",
    "Từ năm 2026 - 2030",
    "thực hiện thường xuyên, hằng năm",
    "Quý IV/2026",
    "31/12/2027",
    "Thực hiện ngay sau khi có quy hoạch tỉnh",
]
LETTERS = "abcdeghiklmnopqrstuvxy"


def setup_django(database_path):
    os.environ["DATABASE_URL"] = f"sqlite:///{database_path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    os.environ["LOG_LEVEL"] = "WARNING"
    # As a production worker runs: DEBUG off, so no SQL is kept for the debug page.
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-" + "k3y-" * 15)
    os.environ.setdefault("ALLOWED_HOSTS", "localhost")
    import django

    django.setup()


def build_workbook(path, rows):
    """A write-only workbook: title rows, a two-level header, then I → 1 → a) → * sections of tasks."""
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Nhiệm vụ")
    sheet.append(["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    sheet.append([f"Số: {rows}/KH-UBND", None, None, "Độc lập - Tự do - Hạnh phúc"])
    sheet.append([None, None, None, "Quảng Ngãi, ngày 10 tháng 3 năm 2026"])
    sheet.append(["KẾ HOẠCH"])
    sheet.append([f"Thực hiện các nhiệm vụ phát triển công nghiệp ({rows} dòng)"])
    sheet.append(["TT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", None, "Thời gian thực hiện", "Ghi chú"])
    sheet.append([None, None, "Chủ trì", "Phối hợp", None, None])
    written = 0
    section = 0
    while written < rows:
        section += 1
        sheet.append([_roman(section), f"NHÓM NHIỆM VỤ {section}"])
        written += 1
        for number in range(1, 11):
            if written >= rows:
                break
            sheet.append([number, f"Lĩnh vực {section}.{number}"])
            written += 1
            for letter in LETTERS:
                if written >= rows:
                    break
                n = written
                lead = WRITTEN[n % len(WRITTEN)]
                coordinators = ", ".join(WRITTEN[(n + k) % len(WRITTEN)] for k in (3, 5, 7)[: 1 + n % 3])
                sheet.append(
                    [
                        f"{letter})",
                        f"Xây dựng và triển khai kế hoạch phát triển công nghiệp hỗ trợ, nhiệm vụ số {n}, "
                        "bảo đảm chất lượng và tiến độ theo chỉ đạo của UBND tỉnh",
                        lead,
                        coordinators,
                        TIMEFRAMES[n % len(TIMEFRAMES)],
                        "Kế hoạch" if n % 4 == 0 else None,
                    ]
                )
                written += 1
    workbook.save(path)


def _roman(number):
    numerals = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    text = ""
    for value, numeral in numerals:
        while number >= value:
            text += numeral
            number -= value
    return text


def _peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_read(path, queue):
    import openpyxl

    started = time.process_time()
    workbook = openpyxl.load_workbook(path, read_only=True)
    for sheet in workbook.worksheets:
        for _row in sheet.iter_rows(values_only=True):
            pass
    workbook.close()
    queue.put((time.process_time() - started, _peak_mb()))


def calamine_read(path, queue):
    import python_calamine

    started = time.process_time()
    with python_calamine.CalamineWorkbook.from_path(str(path)) as workbook:
        for name in workbook.sheet_names:
            for _row in workbook.get_sheet_by_name(name).iter_rows():
                pass
    queue.put((time.process_time() - started, _peak_mb()))


def prepare_database(database_path, queue):
    """A migrated database with the province and its agencies, made in a process of its own: the worker that imports
    never runs the migrations, so their memory is not the import's."""
    setup_django(database_path)
    from django.core.management import call_command

    from agencies.models import Agency, AgencyKind, Province

    call_command("migrate", verbosity=0)
    province = Province.objects.create(name="Quảng Ngãi", code="quang-ngai")
    Agency.objects.create(province=province, name="Ủy ban nhân dân tỉnh Quảng Ngãi", kind=AgencyKind.PEOPLES_COMMITTEE)
    for name in AGENCIES:
        short = {
            "Sở Kế hoạch và Đầu tư": "Sở KH&ĐT",
            "Sở Khoa học và Công nghệ": "Sở KH&CN",
            "Sở Thông tin và Truyền thông": "Sở TT&TT",
        }.get(name, "")
        Agency.objects.create(province=province, name=name, short_name=short)
    queue.put(None)


def full_import(path, database_path, queue):
    setup_django(database_path)
    from django.db import connection

    from tasks.importing.commit import commit_preview
    from tasks.importing.preview import build_preview
    from tasks.importing.safety import Limits

    limits = Limits.from_settings()
    by_table = {}

    def timed(execute, sql, params, many, context):
        begun = time.process_time()
        try:
            return execute(sql, params, many, context)
        finally:
            words = sql.split()
            # What an INSERT or DELETE writes to; other statements by their kind (select, update...).
            table = words[words.index("INTO") + 1] if "INTO" in words[:4] else words[0].lower()
            table = words[2] if words[:2] == ["DELETE", "FROM"] else table.strip('"')
            by_table[table] = by_table.get(table, 0) + time.process_time() - begun

    started = time.process_time()
    preview = build_preview(path, path.name, limits=limits)
    if not preview.is_clean:
        raise SystemExit(f"unexpected errors: {[p.message for p in preview.errors[:5]]}")
    previewed = time.process_time()
    with connection.execute_wrapper(timed):
        result = commit_preview(preview)
    finished = time.process_time()
    queue.put((finished - started, previewed - started, by_table, _peak_mb(), result.created))


def measure(target, *args):
    queue = multiprocessing.Queue()
    process = multiprocessing.get_context("fork").Process(target=target, args=(*args, queue))
    process.start()
    process.join()  # the result is a small tuple: the child never blocks on a full queue
    if process.exitcode:
        raise SystemExit(f"{target.__name__} failed")
    return queue.get()


def save_as(source, path):
    """The .xlsx `source` saved as .xls or .ods, as the test workbooks are (tasks/tests/spreadsheet_formats.py)."""
    from tasks.tests.spreadsheet_formats import as_ods, as_xls

    return {".xls": as_xls, ".ods": as_ods}[path.suffix](source, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10_000, 50_000])
    parser.add_argument("--other-sizes", type=int, nargs="*", default=[10_000], help="Rows of the .xls and .ods.")
    parser.add_argument("--keep", action="store_true", help="Keep the generated workbooks and databases.")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="import-bench-"))
    template = folder / "template.sqlite3"
    measure(prepare_database, template)
    print(f"load average at the start: {os.getloadavg()[0]:.1f}")
    print(
        "| file | task rows | file size | bare openpyxl read (.xlsx) | bare calamine read | import "
        "(read, parse, match, write) | of which preview | of which commit SQL | ratio import / openpyxl "
        "| ratio preview / openpyxl | peak memory, openpyxl | peak memory, import |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    sql_times = []
    runs = [(size, ".xlsx") for size in options.sizes]
    runs += [(size, suffix) for size in options.other_sizes for suffix in (".xls", ".ods")]
    for size, suffix in runs:
        source = folder / f"nhiem-vu-{size}.xlsx"
        if not source.exists():
            build_workbook(source, size)
        path = source if suffix == ".xlsx" else save_as(source, folder / f"nhiem-vu-{size}{suffix}")
        bare_seconds, bare_mb = measure(bare_read, source)
        calamine_seconds, _calamine_mb = measure(calamine_read, path)
        database = folder / f"db-{size}{suffix}.sqlite3"
        shutil.copyfile(template, database)
        import_seconds, preview_seconds, by_table, import_mb, created = measure(full_import, path, database)
        assert created == size, (created, size)
        print(
            f"| {suffix} | {size:,} | {path.stat().st_size / 1e6:.1f} MB | {bare_seconds:.2f} s "
            f"| {calamine_seconds:.2f} s | {import_seconds:.2f} s | {preview_seconds:.2f} s "
            f"| {sum(by_table.values()):.2f} s | {import_seconds / bare_seconds:.2f}× "
            f"| {preview_seconds / bare_seconds:.2f}× | {bare_mb:.0f} MB | {import_mb:.0f} MB |"
        )
        sql_times.append((suffix, size, by_table))
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    for suffix, size, by_table in sql_times:
        ranked = sorted(by_table.items(), key=lambda item: -item[1])
        spent = ", ".join(f"{table} {seconds:.2f} s" for table, seconds in ranked)
        print(f"commit SQL, {suffix} {size:,} rows: {spent}")
    if options.keep:
        print(f"Files kept in {folder}")
    else:
        for item in folder.iterdir():
            item.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
