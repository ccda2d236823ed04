"""Demo data: the provinces and every body the five seed documents name, with their usual short forms.

An agency is a dict: `name` (the full, correctly spelled name), `short_name`, `kind` (an
agencies.AgencyKind value), `aliases` (abbreviations and variant spellings met in documents and
spreadsheets), and optionally `parent` (the name of the agency it belongs to). A group assignee
(`UBND các huyện, thị xã, thành phố`) has `is_group: True` and its members, named in `members`
or taken from every agency of the province whose kind is in `member_kinds`.
"""

# Bodies with no province: ministries that receive reports, and a national enterprise 004 II.2.đ names.
CENTRAL = [
    {"name": "Bộ Công Thương", "short_name": "BCT", "kind": "central", "aliases": ["BCT", "Bộ CT"]},
    {"name": "Bộ Tài chính", "short_name": "BTC", "kind": "central", "aliases": ["BTC"]},
    {
        "name": "Tập đoàn Dầu khí Việt Nam",
        "short_name": "PVN",
        "kind": "enterprise",
        "aliases": ["PVN", "Petrovietnam"],
    },
]

# The departments both provinces have, spelled once; each province lists the ones its documents name.
_DEPARTMENTS = {
    "SCT": {"name": "Sở Công Thương", "short_name": "SCT", "aliases": ["SCT", "Sở CT"]},
    "SKHĐT": {
        "name": "Sở Kế hoạch và Đầu tư",
        "short_name": "Sở KH&ĐT",
        "aliases": ["Sở KH&ĐT", "SKHĐT", "Sở KHĐT"],
    },
    "STC": {"name": "Sở Tài chính", "short_name": "STC", "aliases": ["STC"]},
    "SNV": {"name": "Sở Nội vụ", "short_name": "SNV", "aliases": ["SNV"]},
    "SXD": {"name": "Sở Xây dựng", "short_name": "SXD", "aliases": ["SXD"]},
    "STNMT": {
        "name": "Sở Tài nguyên và Môi trường",
        "short_name": "Sở TN&MT",
        "aliases": ["Sở TN&MT", "STNMT", "Sở TNMT"],
    },
    "SNNPTNT": {
        "name": "Sở Nông nghiệp và Phát triển nông thôn",
        "short_name": "Sở NN&PTNT",
        "aliases": ["Sở NN&PTNT", "SNNPTNT", "Sở NNPTNT"],
    },
    "SLĐTBXH": {
        "name": "Sở Lao động - Thương binh và Xã hội",
        "short_name": "Sở LĐ-TB&XH",
        "aliases": ["Sở LĐ-TB&XH", "Sở LĐTB&XH", "Sở LĐTBXH", "SLĐTBXH"],
    },
    "SGDĐT": {
        "name": "Sở Giáo dục và Đào tạo",
        "short_name": "Sở GD&ĐT",
        "aliases": ["Sở GD&ĐT", "SGDĐT", "Sở GDĐT"],
    },
    "SKHCN": {
        "name": "Sở Khoa học và Công nghệ",
        "short_name": "Sở KH&CN",
        "aliases": ["Sở KH&CN", "SKHCN", "Sở KHCN"],
    },
    "STTTT": {
        "name": "Sở Thông tin và Truyền thông",
        "short_name": "Sở TT&TT",
        "aliases": ["Sở TT&TT", "STTTT", "Sở TTTT"],
    },
    "SYT": {"name": "Sở Y tế", "short_name": "SYT", "aliases": ["SYT"]},
    "STP": {"name": "Sở Tư pháp", "short_name": "STP", "aliases": ["STP"]},
}


def _departments(*keys):
    return [{**_DEPARTMENTS[key], "kind": "department"} for key in keys]


def _districts(names):
    """District-level committees: the name as it is today, the older names as aliases."""
    return [{"name": name, "short_name": "", "kind": "district", "aliases": list(aliases)} for name, *aliases in names]


QUANG_NGAI = {
    "code": "quang-ngai",
    "name": "Quảng Ngãi",
    "agencies": [
        {
            "name": "Ủy ban nhân dân tỉnh Quảng Ngãi",
            "short_name": "UBND tỉnh",
            "kind": "peoples_committee",
            "aliases": ["UBND tỉnh Quảng Ngãi", "UBND tỉnh"],
        },
        {
            "name": "Văn phòng UBND tỉnh Quảng Ngãi",
            "short_name": "VPUB",
            "kind": "office",
            "aliases": ["VPUB", "Văn phòng UBND tỉnh", "VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi"],
        },
        *_departments(
            "SCT", "SKHĐT", "STC", "SNV", "SXD", "STNMT", "SNNPTNT", "SLĐTBXH", "SGDĐT", "SKHCN", "STTTT", "SYT", "STP"
        ),
        {
            "name": "Cục Quản lý thị trường tỉnh Quảng Ngãi",
            "short_name": "Cục QLTT",
            "kind": "department",
            "aliases": ["Cục Quản lý thị trường tỉnh", "Cục QLTT", "Cục QLTT tỉnh"],
        },
        {
            "name": "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
            "short_name": "BQL KKT Dung Quất",
            "kind": "board",
            "aliases": [
                "Ban QL KKT Dung Quất và các KCN Quảng Ngãi",
                "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
                "Ban QL Khu kinh tế Dung Quất và các KCN Quảng Ngãi",
                "Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi",
                "BQL KKT Dung Quất",
                "Ban QL KKT Dung Quất",
            ],
        },
        {
            "name": "Trung tâm Khuyến công và Xúc tiến thương mại Quảng Ngãi",
            "short_name": "TTKC&XTTM",
            "kind": "unit",
            "parent": "Sở Công Thương",
            "aliases": ["Trung tâm Khuyến công và Xúc tiến thương mại", "TTKC&XTTM", "Trung tâm Khuyến công"],
        },
        # The district level as it stood when the seeds were written (2019–2021): Đức Phổ became a
        # thị xã in 2020 and Tây Trà joined Trà Bồng the same year.
        *_districts(
            [
                ("UBND thành phố Quảng Ngãi", "UBND TP Quảng Ngãi", "UBND TP. Quảng Ngãi"),
                ("UBND thị xã Đức Phổ", "UBND huyện Đức Phổ", "UBND TX Đức Phổ"),
                ("UBND huyện Bình Sơn",),
                ("UBND huyện Sơn Tịnh",),
                ("UBND huyện Tư Nghĩa",),
                ("UBND huyện Nghĩa Hành",),
                ("UBND huyện Mộ Đức",),
                ("UBND huyện Ba Tơ",),
                ("UBND huyện Minh Long",),
                ("UBND huyện Sơn Hà",),
                ("UBND huyện Sơn Tây",),
                ("UBND huyện Trà Bồng",),
                ("UBND huyện Lý Sơn",),
            ]
        ),
        {"name": "Trường Đại học Phạm Văn Đồng", "short_name": "", "kind": "school", "aliases": []},
        {"name": "Trường Đại học Tài chính - Kế toán", "short_name": "", "kind": "school", "aliases": []},
        {
            "name": "Trường Cao đẳng Kỹ thuật Công nghiệp Quảng Ngãi",
            "short_name": "",
            "kind": "school",
            "aliases": [],
        },
        {
            "name": "Trường Cao đẳng Việt Nam - Hàn Quốc - Quảng Ngãi",
            "short_name": "",
            "kind": "school",
            "aliases": [],
        },
    ],
    "groups": [
        {
            "name": "UBND các huyện, thị xã, thành phố",
            "short_name": "UBND cấp huyện",
            "kind": "district",
            "aliases": ["UBND các huyện, thành phố", "UBND các huyện, thành phố, thị xã", "UBND cấp huyện"],
            "member_kinds": ["district"],
        },
        {
            "name": "Các sở, ngành liên quan",
            "short_name": "Các sở, ngành",
            "kind": "department",
            "aliases": [
                "Các sở, ngành",
                "Các sở, ban, ngành",
                "Các sở, ban, ngành tỉnh",
                "Các sở, ngành có liên quan",
            ],
            "member_kinds": ["department"],
        },
        {
            "name": "Các trường trung cấp, cao đẳng, đại học trên địa bàn tỉnh",
            "short_name": "Các trường",
            "kind": "school",
            "aliases": ["Hệ thống các Trường Trung cấp, Cao đẳng, Đại học trên địa bàn"],
            "member_kinds": ["school"],
        },
    ],
}

THAI_NGUYEN = {
    "code": "thai-nguyen",
    "name": "Thái Nguyên",
    "agencies": [
        {
            "name": "Ủy ban nhân dân tỉnh Thái Nguyên",
            "short_name": "UBND tỉnh",
            "kind": "peoples_committee",
            "aliases": ["UBND tỉnh Thái Nguyên", "UBND tỉnh"],
        },
        {
            "name": "Văn phòng UBND tỉnh Thái Nguyên",
            "short_name": "VPUB",
            "kind": "office",
            "aliases": ["VPUB", "Văn phòng UBND tỉnh", "VP UBND tỉnh"],
        },
        *_departments("SCT", "SKHĐT", "STC", "SLĐTBXH", "SKHCN"),
        {
            "name": "Ban Quản lý các khu công nghiệp Thái Nguyên",
            "short_name": "BQL các KCN Thái Nguyên",
            "kind": "board",
            "aliases": [
                "Ban Quản lý các khu công nghiệp",
                "Ban QL các KCN Thái Nguyên",
                "BQL các KCN Thái Nguyên",
                "BQL các KCN",
            ],
        },
        # Phổ Yên was a thị xã when 003 was signed (2021) and became a city in 2022.
        *_districts(
            [
                ("UBND thành phố Thái Nguyên", "UBND TP Thái Nguyên"),
                ("UBND thành phố Sông Công", "UBND TP Sông Công"),
                ("UBND thành phố Phổ Yên", "UBND thị xã Phổ Yên"),
                ("UBND huyện Đại Từ",),
                ("UBND huyện Phú Bình",),
                ("UBND huyện Đồng Hỷ",),
                ("UBND huyện Võ Nhai",),
                ("UBND huyện Định Hóa",),
                ("UBND huyện Phú Lương",),
            ]
        ),
        {
            "name": "Hiệp hội Doanh nghiệp tỉnh Thái Nguyên",
            "short_name": "",
            "kind": "association",
            "aliases": [],
        },
        {"name": "Hội Doanh nhân trẻ tỉnh Thái Nguyên", "short_name": "", "kind": "association", "aliases": []},
    ],
    "groups": [
        {
            "name": "UBND các huyện, thị xã, thành phố",
            "short_name": "UBND cấp huyện",
            "kind": "district",
            "aliases": ["UBND các huyện, thành phố, thị xã", "UBND các huyện, thành phố", "UBND cấp huyện"],
            "member_kinds": ["district"],
        },
        {
            "name": "Các sở, ngành liên quan",
            "short_name": "Các sở, ngành",
            "kind": "department",
            "aliases": ["Các sở, ngành", "Các sở, ban, ngành", "Các sở, ngành có liên quan"],
            "member_kinds": ["department"],
        },
        {
            "name": "Các hiệp hội doanh nghiệp trên địa bàn tỉnh",
            "short_name": "Các hiệp hội doanh nghiệp",
            "kind": "association",
            "aliases": [
                "Các Hiệp hội doanh nghiệp",
                "Các hiệp hội doanh nghiệp, cơ sở, doanh nghiệp trên địa bàn tỉnh",
            ],
            "member_kinds": ["association"],
        },
    ],
}

PROVINCES = [QUANG_NGAI, THAI_NGUYEN]
