"""Demo data: one account per role, a second agency's staff and a second province's monitor, for permission demos.

Every account uses DEMO_PASSWORD; load_demo refuses to run unless DEBUG is on, so these never
reach a production database. A password is set only when the account is created: a demo
user who changed it keeps the new one.
"""

DEMO_PASSWORD = "demo12345"

ACCOUNTS = [
    {
        "username": "chuyenvien",
        "full_name": "Nguyễn Văn An",
        "role": "staff",
        "province": "quang-ngai",
        "agency": "Sở Công Thương",
    },
    {
        "username": "lanhdao",
        "full_name": "Trần Thị Bình",
        "role": "head",
        "province": "quang-ngai",
        "agency": "Sở Công Thương",
    },
    {
        "username": "theodoi",
        "full_name": "Lê Văn Cường",
        "role": "monitor",
        "province": "quang-ngai",
        "agency": "Sở Công Thương",
    },
    {
        "username": "lanhdaotinh",
        "full_name": "Phạm Minh Đức",
        "role": "leadership",
        "province": "quang-ngai",
        "agency": "Ủy ban nhân dân tỉnh Quảng Ngãi",
    },
    {
        "username": "quantri",
        "full_name": "Võ Thị Hoa",
        "role": "admin",
        "province": "quang-ngai",
        "agency": "Sở Công Thương",
        "is_superuser": True,
    },
    {
        "username": "chuyenvien_khdt",
        "full_name": "Huỳnh Văn Khoa",
        "role": "staff",
        "province": "quang-ngai",
        "agency": "Sở Kế hoạch và Đầu tư",
    },
    # Sở Kế hoạch và Đầu tư merged into Sở Tài chính on 01/3/2025 (replayed by load_demo): its staff now see what
    # Sở KH&ĐT led, and chuyenvien_khdt moved there with it.
    {
        "username": "chuyenvien_taichinh",
        "full_name": "Ngô Thị Mai",
        "role": "staff",
        "province": "quang-ngai",
        "agency": "Sở Tài chính",
    },
    # Decision 003 is Thái Nguyên's: a Quảng Ngãi account does not see it.
    {
        "username": "theodoi_thainguyen",
        "full_name": "Đỗ Thị Lan",
        "role": "monitor",
        "province": "thai-nguyen",
        "agency": "Sở Công Thương",
    },
]
