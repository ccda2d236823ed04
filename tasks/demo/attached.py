"""Demo data no directive's text holds as the import reads it, attached by code to the directives and tasks the seeds'
import gave (`tasks/demo/__init__.py`): reporting schedules as the demo keeps them, and 003's growth targets.

Seed numbers key the data; tasks are named by the outline code the import gives them.
"""

SCT = "Sở Công Thương"

# Reporting schedules by seed: the demo's reporting calendar (the import's own choice is left empty in the overrides).
SCHEDULES = {
    2: [
        {
            "kind": "ad_hoc",
            "original_text": "Đề nghị các Đơn vị báo cáo về Sở Công Thương trước 17h00 ngày 03/12/2021 để Sở Công Thương "
            "tổng hợp, kiến nghị UBND tỉnh.",
            "due_at": "2021-12-03 17:00",
            "reporting_agency": None,
            "report_to": SCT,
        }
    ],
    3: [
        {
            "kind": "quarterly",
            "original_text": "trước ngày 10 của tháng cuối Quý",
            "day_of_month": 10,
            "months": "3,6,9,12",
            "reporting_agency": SCT,
            "report_to": "Bộ Công Thương, UBND tỉnh",
        },
        {
            "kind": "annual",
            "original_text": "trước ngày 10/11 hàng năm",
            "day_of_month": 10,
            "months": "11",
            "reporting_agency": SCT,
            "report_to": "Bộ Công Thương, UBND tỉnh",
        },
    ],
}

# 003's growth targets. The decision states them among the programme's objectives (I.2.1.1, I.2.2.1, I.2.3.1),
# which name no one to reach them and are headings, never reported on: a target there could never be reported.
# Each goes on the task that reports on the programme's results, Điều 2.1.5 (Sở Công Thương: “hướng dẫn, kiểm tra,
# giám sát việc thực hiện Chương trình … Định kỳ hằng năm tổng hợp, báo cáo … kết quả thực hiện Chương trình”).
_ELECTRONICS = "ngành điện tử"
TARGETS = {
    3: {
        "Điều 2.1.5": [
            {
                "description": f"Tăng trưởng bình quân công nghiệp hỗ trợ {_ELECTRONICS} giai đoạn 2021-2025",
                "unit": "%/năm",
                "comparison": "at_least",
                "value": "9",
                "due_year": 2025,
                "original_text": "mức tăng trưởng bình quân giai đoạn 2021-2025 đạt 9%/năm trở lên",
            },
            {
                "description": f"Tăng số lượng doanh nghiệp công nghiệp hỗ trợ {_ELECTRONICS}",
                "unit": "%/năm",
                "comparison": "at_least",
                "value": "10",
                "due_year": 2025,
                "original_text": "số lượng doanh nghiệp tăng trên 10%/năm",
            },
            {
                "description": "Tăng trưởng bình quân công nghiệp hỗ trợ ngành cơ khí chế tạo giai đoạn 2021-2025",
                "unit": "%/năm",
                "comparison": "at_least",
                "value": "20",
                "due_year": 2025,
                "original_text": "mức tăng trưởng bình quân giai đoạn 2021-2025 đạt 20%/năm trở lên",
            },
            {
                "description": "Tăng số lượng doanh nghiệp công nghiệp hỗ trợ ngành cơ khí chế tạo",
                "unit": "%/năm",
                "comparison": "at_least",
                "value": "15",
                "due_year": 2025,
                "original_text": "số lượng doanh nghiệp tăng trên 15%/năm",
            },
            {
                "description": "Tỷ lệ giá trị sản xuất công nghiệp hỗ trợ nhóm ngành dệt may trong tổng giá trị sản xuất "
                "công nghiệp thuộc nhóm ngành này",
                "unit": "%",
                "comparison": "about",
                "value": "20",
                "due_year": 2025,
                "original_text": "đến năm 2025, tỷ lệ giá trị sản xuất công nghiệp hỗ trợ nhóm ngành dệt may chiếm "
                "khoảng 20% tổng giá trị sản xuất công nghiệp thuộc nhóm ngành này",
            },
            {
                "description": "Tăng trưởng bình quân công nghiệp hỗ trợ ngành dệt may giai đoạn 2021-2025",
                "unit": "%/năm",
                "comparison": "at_least",
                "value": "16",
                "due_year": 2025,
                "original_text": "mức tăng trưởng bình quân giai đoạn 2021-2025 đạt 16%/năm trở lên",
            },
        ]
    }
}
