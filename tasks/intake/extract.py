"""Turn a document's blocks into the proposed tasks of the import preview.

The body is read as an outline (I. → 1. → 1.1. → a) → - → +); each item is decided to be a heading, a task
or nothing (Căn cứ, Mục đích, Yêu cầu, context). A task's agencies come from its own sentence (`Giao Sở X chủ
trì, phối hợp với Sở Y …`, `Đề nghị X …`, `X: …`), from field lines under it (`- Cơ quan chủ trì: …`), or from the
agency heading it sits under (`2. Sở Công Thương:`); its deadline from a field line or the words of its sentence.
Each proposed task becomes a row for the spreadsheet import's `RowParser`, so agency splitting and matching,
timeframe reading, the outline codes and every problem are the spreadsheet path's own. A table row with a header
(a Phụ lục's task list) is read by the spreadsheet's column logic itself. Nothing is guessed: a task whose text
names no agency or no deadline is proposed with them empty, and the parser flags it.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from agencies.matching import names_a_body, starts_name
from agencies.normalize import search_key
from agencies.splitting import ASSIGN, MEMBERS, TRAILING_NOTE, assigned_names, split_known
from tasks.importing import layout as cols
from tasks.importing.edits import EditingParser
from tasks.importing.layout import Layout, find_layout
from tasks.importing.parse import FIELD_NAMES, RowParser, located
from tasks.importing.reader import Row
from tasks.reporting_duty import read_reporting_duty

COLUMNS = (cols.CODE, cols.TEXT, cols.LEAD, cols.COORDINATORS, cols.EXECUTING, cols.TIMEFRAME, cols.NOTE)
LAYOUT = Layout({name: index for index, name in enumerate(COLUMNS)}, (0,), 1)

LABEL = re.compile(
    r"^(?:(?P<roman>[IVXL]{1,6})\s*[.:]|Điều\s+(?P<article>\d{1,3})\s*[.:]?|(?P<dotted>\d{1,3}(?:\.\d{1,3})+)\.?"
    r"|(?P<number>\d{1,3})\s*[.)]|(?P<letter>[a-zđ])\)|(?P<bullet>[-+•–*]))\s*(?P<rest>.*)$",
    re.DOTALL,
)
# Field lines of a task block: "- Cơ quan chủ trì: …", "Thời gian thực hiện: …", "Đơn vị thực hiện: …". Each
# accented letter may come out of an OCR scan as another character (004: "Co quan phdi hop", "Thoi gian thuc hi¢n",
# "Thot gian", "Bon vi" for "Đơn vị"); a few words may say what the time is for ("Thời gian thực hiện xây dựng kế
# hoạch: năm 2020").
_A = r"\S{1,2}"  # one letter, whatever its accent became
FIELD = re.compile(
    r"(?:^|(?<=[.;])\s+)(?P<name>"
    rf"(?P<agency>(?:C{_A}\s+quan|[ĐDPB]{_A}n\s+v{_A})\s+"
    rf"(?:(?P<lead>ch{_A}\s+tr{_A})|(?P<coordinators>ph{_A}i\s+h{_A}p)|(?P<executing>th{_A}c\s+hi{_A}n))"
    rf"(?:\s+th{_A}c\s+hi{_A}n)?)"
    rf"|Th[^\s:]{{1,3}}\s+(?:gian|h{_A}n)(?:\s+(?:th{_A}c\s+hi{_A}n|ho{_A}n\s+th{_A}nh)(?:\s+[^\s:.;]+){{0,4}}?)?"
    rf"|Ti{_A}n\s+đ{_A}(?:\s+th{_A}c\s+hi{_A}n)?"
    rf"|(?P<text>N{_A}i\s+dung)|(?P<note>S{_A}n\s+ph{_A}m(?:\s+d{_A}\s+ki{_A}n)?))"
    r"\s*:\s*",
    re.IGNORECASE,
)
FIELD_COLUMNS = {
    "lead": cols.LEAD,
    "coordinators": cols.COORDINATORS,
    "executing": cols.EXECUTING,
    "text": cols.TEXT,
    "note": cols.NOTE,
}
# Sections that state purposes, bases or context: never tasks, whatever they say.
NOT_TASK_SECTIONS = re.compile(
    r"^(?:muc dich|yeu cau|muc tieu|quan diem|can cu|pham vi|doi tuong|danh gia|tinh hinh|ket qua|nguyen tac|"
    r"muc dich,? yeu cau|su can thiet|dac diem|thuc trang|giai thich|kinh phi|nguon kinh phi|nguon)"
)
NOT_TASK_TEXT = re.compile(
    r"^(?:can cu|theo de nghi|xet de nghi|thuc hien (?:chi thi|nghi quyet|ke hoach|quyet dinh|cong van|van ban)|"
    r"tren day la|trong qua trinh (?:thuc hien|trien khai)|noi nhan)"
)
# `Về <the province's request>: giao Bộ … chủ trì …`; the topic ends at the colon the assignment follows.
COLON_LIST_HEAD = re.compile(
    r"\bcác\s+(?:Sở|Bộ|Tập đoàn|Ban|cơ quan|đơn vị|Tổng công ty|Hội|Hiệp hội)\s*$", re.IGNORECASE
)
TOPIC = re.compile(r"^Về\s.{3,600}?:\s+(?=(?:giao|đề nghị|yêu cầu|với vai trò)\b|[A-ZĐÀ-Ỹ])", re.DOTALL)
TO_ALL = re.compile(r"^(?:Đề nghị|Yêu cầu)\s+(?:các|những)\s+(?:đơn vị|cơ quan|sở|địa phương)\b", re.IGNORECASE)
LATER_ASSIGNMENT = re.compile(r"(?:[.;:]\s+)(?P<sentence>(?:Giao|Đề nghị|Yêu cầu)\s+\S)")
PROPER_NAME = re.compile(
    r"^(?:(?:Sở|Ban|Bộ|Cục|Chi cục|Công an|Tập đoàn|Tổng công ty|Công ty|Văn phòng|Thanh tra|Trung tâm|Báo|Đài|"
    r"Kho bạc|Ngân hàng|Ủy ban|Uỷ ban|Hội|Hiệp hội|Viện|Trường|Bệnh viện|Điện lực|Thuế|Liên minh|Liên đoàn|"
    r"Hoi|Hiep hoi|Lien minh|Lien doan)\s+[A-ZĐÀ-Ỹ]|[A-ZĐ]{2,}\b"
    r"|Thuế\s+(?:tỉnh|thành phố|cơ sở)\b"
    r"|(?:Ủy|Uỷ) ban nhân dân\b"
    r"|S[&¢6oOdé0]\s+[A-ZĐÀ-Ỹ][a-zà-ỹ])"  # OCR's `Sở` (`S& Cong Thuong`, `S¢ Tai chinh`)
)
INTRO = re.compile(
    r"^(?:Căn cứ|Trên cơ sở|Đối với|Để|Nhằm|Với vai trò|H[ằà]ng (?:năm|quý|tháng)|Định kỳ|Trước|Chậm nhất|Trong)\b",
    re.IGNORECASE,
)
DIFFICULTIES = re.compile(r"^trong qua trinh (?:to chuc )?(?:thuc hien|trien khai)\b.{0,80}\b(?:kho khan|vuong mac)")
RESPONSIBILITY = re.compile(r"^(?:Trách nhiệm|Nhiệm vụ)(?: cụ thể)? của\b", re.IGNORECASE)
# What a decision says of itself, not a task: it enacts a text, takes effect, replaces another.
ENACTING = re.compile(
    r"^(?:ban hanh kem theo|(?:quyet dinh|ke hoach|chi thi|quy dinh) nay co hieu luc|bai bo|thay the quyet dinh)"
)
# `… có thành tích … được xét khen thưởng`, `… vi phạm … bị xử lý kỷ luật`: what follows from conduct, not a task.
REWARD = re.compile(
    r"\b(?:được (?:xét )?khen thưởng|(?<!thiết )bị (?:xử lý|xử phạt|truy cứu)|có thành tích\b.{0,300}\bkhen thưởng)",
    re.IGNORECASE | re.DOTALL,
)
PRAISE = re.compile(r"^(?:danh gia cao|bieu duong|hoan nghenh|ghi nhan va danh gia cao|tran trong cam on)\b")
STATEMENT = re.compile(r"^viec\s")  # `Việc triển khai Kế hoạch này phải được …`: a statement, not an assignment
LEGAL_BASIS = re.compile(r"^(?:can cu (?:luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi)|theo de nghi)")
CLOSING_MARK = re.compile(r"\./\.?\s*$")
CLOSING = re.compile(
    r"\bchiu trach nhiem (?:to chuc )?(?:thi hanh|thuc hien|trien khai)(?: thuc hien)? "
    r"(?:quyet dinh|ke hoach|chi thi|cong van|van ban|thong bao) nay"
)
# A person stands for their body: `Giám đốc Sở Tài chính`, `Chủ tịch Ủy ban nhân dân các xã`.
PERSON = re.compile(
    r"(?:^|(?<=[;,]\s))(?:người đứng đầu|Giám đốc|Thủ trưởng|Chủ tịch|Lãnh đạo|Thu truong|Giam doc|Chu tich)\s+(?=\S)",
    re.IGNORECASE,
)
# Words that start what an agency is asked to do: the agency's name ends before them.
ACTION_WORDS = (
    "chu tri|phoi hop|co trach nhiem|co nhiem vu|tien hanh|chiu trach nhiem|la co quan|tiep tuc|khan truong|"
    "thuc hien|trien khai|"
    # `tổ chức` the verb, not the noun of `các tổ chức, cá nhân`, `tổ chức chính trị - xã hội`
    r"to chuc(?!\s*,|\s+(?:ca nhan|lien quan|chinh tri|doan the|kinh te|tin dung|thien nguyen|xa hoi|va ca nhan))|"
    "xay dung|huong dan|tham muu|ra soat|kiem tra|chi dao|theo doi|nghien cuu|de xuat|bao cao|tang cuong|day manh|"
    "chu dong|kip thoi|bo tri|tuyen truyen|cap nhat|dam bao|bao dam|hoan thanh|quan triet|giam sat|don doc|tap trung|"
    "nghiem tuc|ban hanh|phat huy|duy tri|van dong|pho bien|tiep nhan|tham dinh|lam dau moi|phu trach|"
    "c[e6] trach nhiem|thuong xuyen|"  # OCR's `có trách nhiệm` (`cé`, `c6`); `thường xuyên, kịp thời tham mưu`
    "huy dong|cung cap|ho tro|uu tien|tong hop|quan ly|xu ly|dieu phoi|phan bo|chuan bi|giup|tao dieu kien|"
    "dieu chinh|nam bat|duoc phan cong|duoc giao|lam viec|rut kinh nghiem|tiep thu|hoan thien|theo chuc nang|can doi|"
    "trong pham vi|can cu|"
    "dinh ky|gui|nop|trao doi|"  # `Các cơ quan, đơn vị định kỳ hằng quý … báo cáo`: when, then what
    # more of what offices ask a body to do (`UBND các huyện lồng ghép …`, `Công an tỉnh giữ gìn …`, `Kho bạc Nhà
    # nước khu vực XIX kiểm soát …`, `Đài … mở chuyên mục …`); none is a word of a body's name
    "long ghep|giu gin|giu vung|kiem soat|van hanh|dua tin|dua vao|mo rong|mo chuyen muc|mo lop|chap hanh|thuc thi|"
    "nang cao|thuc day|day nhanh|khao sat|thong ke|ngan chan|ngan ngua|phat hien|thu hoi|bo sung|phan cong|"
    "tap huan|cong khai|niem yet|khac phuc|ung pho|phong ngua|kien quyet|khuyen khich|ket noi|sua chua|nao vet|"
    "lap dat|lap ke hoach|lap danh sach|lap ho so|lap du toan|lap phuong an|xac minh|tuan tra|truy quet|"
    r"lap(?=\s*,|\s+va\b)|"  # `… chủ đầu tư công trình lập và thực hiện …`
    "cap phat|cap giay|cu can bo|dang ky|xac dinh|lua chon|mua sam|nang cap|phat dong|sap xep|sua doi|tam dung|"
    "thu gom|cai tao|cham lo|so hoa|xuc tien|lam ro|kiem diem|xu phat|kien toan|van chuyen|cung ung|du tru|"
    "dieu tiet|do dac|cam moc|thi cong|nghiem thu|quyet toan|thanh toan|tam ung|tham tra|cho y kien|gop y|"
    "phan hoi|tra loi|giai trinh|hoan tra|cuong che|thao do|pha do|di chuyen|so tan|di doi|giai ngan|thu hut|"
    "keu goi|nhan rong|bien soan|cong bo|khoi phuc|phuc hoi|gioi thieu|chia se|"
    r"can(?! tho\b| bo\b| cu\b| doi\b| ho\b)|"  # `… được hỗ trợ cần …`; not `Cần Thơ`, `cán bộ`, `căn hộ`
    "boi duong|giai quyet|chan chinh|siet chat|dang tai|thong bao|tich cuc|tham gia|"
    "danh gia|thanh lap|cap phep|thu thap|hoan tat|phe duyet|xem xet|so ket|tong ket|yeu cau|quyet liet|"
    "trinh (?:ubnd|uy ban|chu tich|hdnd|hoi dong|cap co tham quyen|bo|thu tuong)|"
    r"phai(?! duoc)"  # `Tổ chức, cá nhân … phải chấp hành …`: an obligation (not `phải được giữ gìn`)
)
ACTION = re.compile(rf"(?:^|[\s,;])(?:{ACTION_WORDS})\b")
PASSIVE = re.compile(r"\b(?:phai|khong) duoc\b")
# What a body is bound to: it ends the name even after `được …` (`Các cơ sở … được hỗ trợ có trách nhiệm …`).
OBLIGATION = re.compile(r"[\s,;]?(?:co trach nhiem|chiu trach nhiem|phai|can|duoc giao|duoc phan cong)\b")
# The head of a body's name that a place ends (`Liên minh Hợp tác xã tỉnh`, `Hội Nông dân tỉnh Quảng Trị`, `Sở Y tế
# thành phố Huế`): what follows the place in lower case is what the body does (`giới thiệu …`, `chia sẻ …`), not
# more of its name, unless it is one of the words names go on with (`tỉnh và …`, `Ban Chỉ đạo tỉnh về …`).
PLACE_HEAD = re.compile(
    r"^(?:cac\s+)?(?:lien minh|lien doan|hiep hoi|hoi|ban|so|uy ban|doan|cong an|bo chi huy|cuc|chi cuc|trung tam|"
    r"van phong|thanh tra|bao|dai|truong|kho bac|ngan hang|vien|benh vien|dien luc|thue|tinh doan|hoi dong)\s"
)
PLACE = re.compile(r"\s(?:tinh|thanh pho)\b")
PLACE_GOES_ON = {"va", "ve", "uy", "khoa", "truc", "thuoc", "cua", "tai", "tren", "o", "nhiem", "thanh", "quan"}
# Verbs that are words of names too: they end a name only after one the portal or the catalogue knows.
NAME_VERBS = re.compile(
    r"(?:thanh tra|dieu tra|dau tu|dao tao|bao ve|quy hoach|phat trien|thong tin|ung dung|ban giao|giao|cap|dung|"
    r"trinh|thu|lap|in an)\b"
)
# An action word right after one of these is part of a name: `Sở Xây dựng`, `Ban Quản lý`, `Ban Chỉ đạo`.
# `trên địa bàn` ends in `bàn`, which is not a `Ban`; `tổ chức chính trị - xã hội` in `hội`, which is not a `Hội`
PLACE_WORDS = {"dia ban", "xa hoi"}
# OCR's `Sở` (`S&`, `S6`, `Sé`) folds to `s`, `s6`, `se`: a name word too.
NAME_WORDS = {
    *("so", "ban", "cuc", "bo", "hoi", "vien", "doan", "co quan", "don vi", "trung tam", "van phong", "ban chi"),
    "quan ly",  # `Ban Quản lý dự án …`, `Các đơn vị quản lý vận hành công trình điện lực`
    *("s", "s6", "se", "sd", "s0"),
}
# Words that only ever say what a `cơ quan` / `đơn vị` does, never name a kind of one (as `quản lý`, `thực hiện` do)
VERBS_AFTER_BODY = re.compile(
    r"(?:bao cao|trien khai|chu dong|khan truong|tiep tuc|tang cuong|co trach nhiem|chiu trach nhiem|phai)\b"
)
COORDINATE = re.compile(
    r"\bph[ốo]i h[ợo]p(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?\s+(?P<who>(?:(?!\b(?:để|nhằm|trong)\b)[^;.:()])+)",
    re.IGNORECASE,
)
DATE_FORMS = (
    r"(?:(?:ngày|hạn)\s+)?(?:\d{1,2}\s*(?:giờ|h|g)\s*\d{0,2}\W{0,2}\s*(?:,\s*)?(?:ngày\s+)?)?"
    r"(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
    r"|tháng\s+\d{1,2}(?:\s*-\s*\d{1,2})?\s*(?:/|năm|-)\s*\d{4}|năm\s+\d{4})"
)
# A deadline in a sentence: a date, month or year after `trước`, `trong`, `chậm nhất` …; a quarter as it stands.
DEADLINE = re.compile(
    r"(?:(?:hoàn thành|xong|thực hiện|báo cáo)\s+)?(?:trước|trong|đến|chậm nhất(?:\s+là)?|hạn chót|không quá)\s+"
    + DATE_FORMS
    + r"|(?:trong\s+)?qu[ýí]\s+[IV1-4]{1,3}\s*(?:/|-|năm)\s*\d{4}",
    re.IGNORECASE,
)
# `định hướng đến năm 2045`, `tầm nhìn đến năm 2050`, `giai đoạn 2025 - 2035`: a horizon, not a deadline.
HORIZON = re.compile(r"(?:dinh huong|tam nhin|giai doan)\s*$")
# A bare `đến năm 2025` names a horizon too (`Đề án … đến năm 2025`, `mục tiêu đến năm 2030, …; đến năm 2045 trở
# thành …`); work to finish by a year says so (`hoàn thành đến năm 2025`, `trước năm 2025`, `trong năm 2025`).
HORIZON_YEAR = re.compile(r"^đến\s+năm\s+\d{4}$", re.IGNORECASE)
# A period the sentence ends on, as a clause of its own (`…, giai đoạn 2026-2027.`, `… trong giai đoạn 2026 - 2027`):
# the work runs to the period's end. Not a programme's horizon inside the sentence (`Đề án … giai đoạn 2021-2025 …`).
PERIOD_END = re.compile(
    r"(?:[,;]\s*|\btrong\s+)(?P<words>giai đoạn\s+\d{4}\s*[-–]\s*\d{4})\s*\)?\s*[.;]?\s*$", re.IGNORECASE
)
# A yearly deadline with its day (`hằng năm, trước ngày 15/12`, `trước ngày 15/12 hằng năm`): the words whole, so
# the timeframe reader keeps the day.
YEARLY_ON_A_DAY = re.compile(
    r"h[ằà]ng năm,?\s+trước\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?!\s*/\s*\d)"
    r"|trước\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?!\s*/\s*\d)\s+h[ằà]ng năm",
    re.IGNORECASE,
)
# `Chế độ báo cáo: …`, `Chế độ thông tin, báo cáo: …`: the directive's reporting duty, not a task.
REPORTING_TITLE = re.compile(r"^che do (?:thong tin,? )?bao cao\b.{0,3}\S.*\bbao cao\b", re.DOTALL)
DAILY = re.compile(r"(?:trước\s+\S{1,8}\s+)?h[ằà]ng ngày|\d+\s*lần\s*/\s*ngày", re.IGNORECASE)
# `định kỳ`, `… kế hoạch khuyến công hàng năm`; not a yearly resolution or budget (`Nghị quyết hằng năm`), nor
# inspections `định kỳ hoặc đột xuất` (as needed: no schedule).
PERIODIC = re.compile(
    r"\bđịnh kỳ\b(?!\s*(?:hoặc|,|và)\s*đột xuất)|(?<!quyết )(?<!sách )\bh[ằà]ng năm\b|\bh[ằà]ng (?:quý|tháng)\b",
    re.IGNORECASE,
)
# `b) Phối hợp:` in an agency's section: in the items under it the section's agency coordinates, and the body it
# works with (`Phối hợp với Sở Tài chính kiểm tra …`) leads.
PARTNER_GROUP = re.compile(r"^(?:tham gia )?phoi hop(?: thuc hien)?(?: voi cac (?:co quan|don vi))?\s*:?\s*$")
PARTNER = "partner"
# `…, thường xuyên.`, `(thực hiện thường xuyên, hằng năm).`: the sentence's last clause says the work recurs.
RECURRING_END = re.compile(
    r"[,;(]\s*(?P<words>(?:thực hiện\s+)?thường xuyên(?:[,\s]+(?:liên tục|hằng năm|hàng năm))?)\s*\)?\s*[.;]?\s*$",
    re.IGNORECASE,
)
# `Thường xuyên.`, `Thường xuyên, hằng năm`; not the adverb of what is to be done (`Thường xuyên kiểm tra, …`).
RECURRING_START = re.compile(
    r"^(?:thuong xuyen(?=\s*(?:[,.;:)]|$|va |lien tuc|hang ))|hang nam|hang quy|hang thang|dinh ky)\b"
)
TITLE_MAX = 120  # a section title over its paragraph (`a) Công nghiệp chế biến thực phẩm, đồ uống`)
TITLE_BEFORE_NAMES = 40  # the longest title a colon ends before the sentence naming who acts
HEADING_AGENCY_MAX = 220  # an agency heading is short; a longer item is a sentence
NAME_WORDS_MAX = 16  # words in the longest agency name a sentence starts with
BULLET = 9
# `Điều 1. Phê duyệt Chương trình … với những nội dung sau:`: what a decision approves is context for the articles
# that give the work (`Điều 2. Tổ chức thực hiện`), kept in the tree as headings where it proposes no task.
APPROVES = re.compile(r"^Phê duyệt\b.{0,400}\b(?:với|gồm)\s+(?:những|các)\s+nội dung\b", re.IGNORECASE | re.DOTALL)
CHAPTER = re.compile(r"^Chương\s+[IVXL\d]+\b", re.IGNORECASE)
HEADING_REST_WORDS = 3  # `Các đơn vị … có trách nhiệm` over a) b) c) is a heading: its own words assign nothing yet
ARTICLE = "article"
# An article holds sections (003: Điều 1 → I. MỤC TIÊU → 1. → 1.1. → -), never the other way round.
RANKS = {ARTICLE: 0, "roman": 1, "number": 2, "letter": 7, "bullet": BULLET}


@dataclass
class Item:
    """One labelled paragraph of the body (and the unlabelled ones that continue it)."""

    block: object
    label: str
    kind: int  # the outline level its label gives: I. < Điều < 1. < 1.1. < a) < bullets
    text: str
    parent: "Item | None" = None
    children: list = field(default_factory=list)
    fields: dict = field(default_factory=dict)
    body: list = field(default_factory=list)  # paragraphs under a heading-like item, before any labelled item
    body_blocks: list = field(default_factory=list)  # the blocks those paragraphs came from
    code: str = ""  # the item's place in the outline, given to the parser as a dotted label (`II.3.1.a`)
    block_fields: bool = False  # its fields came from field lines of their own under it, not from its sentence
    shared: dict = field(default_factory=dict)  # the field block that serves it and the items beside it
    context: bool = False  # kept in the tree as a heading: context a reader needs, never a task


def extract_tasks(blocks, header, matcher, sheet, edits=None, declined=(), issued_on=None):
    """The body's proposed tasks, parsed as the spreadsheet import parses rows; and the reporting duty's text.

    `edits` are a person's corrections made in the preview (`tasks.importing.edits`), applied to the rows;
    `declined` the names the person chose not to have created from the catalogue; `issued_on` the directive's day,
    when known (a deadline written without a year is read from it).
    """
    parser = EditingParser(RowParser(matcher, declined, issued_on), edits)
    body = blocks[header.body_start : header.body_end] + blocks[header.after_signature :]
    paragraphs = [block for block in body if not block.is_table_row]
    items = _outline(paragraphs)
    tables = list(_tables([block for block in body if block.is_table_row], sheet))
    table_codes = _table_codes(tables)
    _number(items, "", {*table_codes, *(item.label for item in items if item.kind == RANKS["roman"])})
    rows = [row for root in items for row in _emit(root, None, items, matcher)]
    for proposed, cells in _without_clashing_context(rows, table_codes):
        before = len(parser.result.tasks)
        parser.parse_row(Row(sheet, proposed.block.paragraph, (*cells, None)), LAYOUT)
        for task in parser.result.tasks[before:]:  # none for a row left out in the preview, two for one split
            task.label = proposed.label  # as printed; the code keeps its place
            if proposed.context and task.heading is None:
                task.heading = True
    _parse_tables(tables, parser)
    duty = next((block.text for block in body if read_reporting_duty(block.text)), "")
    parsed = parser.finish()
    for problem in parsed.errors + parsed.warnings:
        _locate_by_paragraph(problem)
    return parsed, duty


def _without_clashing_context(rows, table_codes):
    """The rows, less the sections of context whose code a section of tasks also has (a document numbering two
    sections `IV.`: `IV. KINH PHÍ` then `IV. PHÂN CÔNG NHIỆM VỤ`; a Phụ lục table's `I`), with the items under
    them: the tasks keep it."""
    taken = {item.code for item, _cells in rows if not item.context} | table_codes
    left_out = set()
    for item, cells in rows:
        if item.context and (item.code in taken or id(item.parent) in left_out):
            left_out.add(id(item))
            continue
        yield item, cells


def _locate_by_paragraph(problem):
    """A problem's place as a person finds it in a document: its paragraph, not a sheet's row and column."""
    if problem.row is None:
        return
    prefix = located(problem.sheet, problem.row, problem.column, problem.field, "").message
    what = problem.message[len(prefix) :] if problem.message.startswith(prefix) else problem.message
    if problem.column:
        where = _("Paragraph %(paragraph)s (%(field)s)") % {
            "paragraph": problem.row,
            "field": FIELD_NAMES.get(problem.field, problem.field),
        }
    else:
        where = _("Paragraph %(paragraph)s") % {"paragraph": problem.row}
    problem.column = ""
    problem.message = f"{where}: {what}"


def _outline(paragraphs):
    """The items of the body as a tree (roots returned), field lines kept on the item they describe."""
    roots, stack, last = [], [], None
    open_field = None  # (item, column, mark) of a field line with its value in the bullets under it
    for block in paragraphs:
        text = _repaired_label(block.text.strip())
        if not text:
            continue
        if _is_part_title(text):
            stack, last, open_field = [], None, None  # an attached plan or regulation starts its own outline
            continue
        if _field_name(text) and last is not None:
            described = _described(stack, text) or last
            _add_fields(described, text)
            described.block_fields = True
            fields = list(_fields(text.lstrip("-+•– ")))
            open_field = (described, fields[-1][0], text[:1]) if fields and not fields[-1][1] else None
            continue
        found = LABEL.match(text)
        if open_field and found and found.group("bullet") and found.group("bullet") != open_field[2]:
            # `- Thời gian thực hiện:` over `+ Hoàn thành … năm 2020;` `+ Ký hợp đồng … đến năm 2025.`: its value
            described, column, _mark = open_field
            value = found.group("rest").strip()
            described.fields[column] = f"{described.fields[column]}; {value}".strip("; ")
            continue
        open_field = None
        if not found and last is not None and TO_ALL.match(text):
            # `Đề nghị các đơn vị báo cáo … trước 17h00 ngày 03/12/2021`: a deadline for every item of the list
            deadline = _deadline(text)
            for sibling in last.parent.children if last.parent else roots:
                if deadline and cols.TIMEFRAME not in sibling.fields and not _deadline(sibling.text):
                    sibling.fields[cols.TIMEFRAME] = deadline
            continue
        if not found:
            if last is not None and not (last.text or last.children or last.body):
                last.text = text  # `a)` or `1.` a paragraph of its own (a .docx, a PDF's short line), its text next
                _split_fields(last)
                continue
            if last is not None and not _closing(text) and not NOT_TASK_TEXT.match(search_key(text)):
                if last.body or (_is_heading_line(last.text) and not last.children):
                    last.body.append(text)  # `5. Sở Văn hóa … và các cơ quan truyền thông` / its task below it
                    last.body_blocks.append(block)
                else:
                    last.text = f"{last.text} {text}".strip()
                    _split_fields(last)
            continue
        kind, label, rest = _label(found)
        item = Item(block, label, RANKS[kind] if kind in RANKS else 3 + label.count("."), rest)
        _split_fields(item)
        if kind == "bullet":
            # A bullet of a character already open is that item's sibling; a new character opens a sub-list.
            same = [
                index for index, open_item in enumerate(stack) if open_item.kind == BULLET and open_item.label == label
            ]
            if same:
                del stack[same[-1] :]
        else:
            while stack and stack[-1].kind >= item.kind:
                stack.pop()
        item.parent = stack[-1] if stack else None
        siblings = item.parent.children if item.parent else roots
        if kind == "letter" and label == "d" and siblings and siblings[-1].label == "d":
            item.label = "đ"  # a scan prints `đ)` as `d)`: the letter after `d)` is `đ)` (a b c d đ e)
        siblings.append(item)
        stack.append(item)
        last = item
    _share_field_blocks(roots)
    return roots


def _share_field_blocks(items):
    """One field block after a list serves every item of it (`a) …; b) …` then `Cơ quan chủ trì: Sở Nội vụ.`):
    when the block sits under the list's last item and no other item of the list has fields, the others share it
    (their own words still come first). A list whose items each have their own block is left as it is."""
    if len(items) >= 2:
        last = items[-1]
        if last.block_fields and not last.children and not any(item.fields for item in items[:-1]):
            for item in items[:-1]:
                item.shared = last.fields
    for item in items:
        _share_field_blocks(item.children)


# What a scan leaves before a label or puts in its place: `‘ b)`, `o * Tiếp tục`, `~ Chú trọng`, `- * Xúc tiến`,
# `¢)` for `c)`.
OCR_LABEL_JUNK = re.compile(r"^(?:[‘’'`o~]\s+(?=[a-zđ¢]\)|[-*•+]\s)|[-–]\s*(?=[*+]\s))")


def _repaired_label(text):
    text = OCR_LABEL_JUNK.sub("", text)
    if text.startswith("~ "):
        return "-" + text[1:]
    return "c" + text[1:] if text.startswith("¢)") else text


def _number(items, prefix, taken):
    """Codes from the labels (`II` → `II.3` → `II.3.1` → `II.3.1.a`); bullets are numbered under their parent. The
    roman sections of an article (`Điều 1. Phê duyệt Chương trình …: I. MỤC TIÊU … III. NỘI DUNG`) are the approved
    text's own outline, coded as it numbers them (`III.2.1`), unless one of their codes is taken: by another
    article's sections, by the sections of a plan outside any article or by a task table's rows (`taken`, given
    from the start); then they keep the article's code before theirs (`Điều 1.III.2.1`)."""
    bullets = 0
    for item in items:
        if item.kind == BULLET:
            bullets += 1
            own = str(bullets)
        elif "." in item.label and prefix.split(".")[-1:] == item.label.split(".")[:-1]:
            own = item.label.rsplit(".", 1)[1]  # `3.1` under `3`
        elif item.kind == RANKS[ARTICLE]:
            own = f"Điều {item.label}"  # as a decision's readers cite it: `Điều 2.7`
        else:
            own = item.label
        item.code = f"{prefix}.{own}" if prefix else own
        taken.add(item.code)
        sections = [child.label for child in item.children if child.kind == RANKS["roman"]]
        if item.kind == RANKS[ARTICLE] and sections and not taken.intersection(sections):
            for child in item.children:
                if child.kind == RANKS["roman"]:
                    child.code = child.label
                    taken.add(child.code)
                    _number(child.children, child.code, taken)
            _number([child for child in item.children if child.kind != RANKS["roman"]], item.code, taken)
        else:
            _number(item.children, item.code, taken)


def _is_heading_line(text):
    """A line that names a section or an agency rather than saying something: short, no sentence end."""
    return len(text) < HEADING_AGENCY_MAX and not re.search(r"[.;:]\s*$", text)


def _described(stack, text):
    """The item a bulleted field line describes: the one above the open bullets of its own character
    (`- Cơ quan thực hiện: …` after `- Nội dung …: + … + …` describes the numbered item they are under)."""
    mark = text[:1]
    same = [index for index, item in enumerate(stack) if item.kind == BULLET and item.label == mark]
    if not same:
        return None
    return stack[same[-1] - 1] if same[-1] > 0 else None


def _closing(text):
    """The closing formula (`… thực hiện./.`, `… chịu trách nhiệm thi hành Quyết định này`)."""
    return bool(CLOSING_MARK.search(text) or CLOSING.search(search_key(text)))


def _label(found):
    for kind in ("roman", ARTICLE, "dotted", "number", "letter", "bullet"):
        if found.group(kind):
            return kind, found.group(kind), found.group("rest").strip()
    raise AssertionError(found)


def _is_part_title(text):
    """`KẾ HOẠCH …`, `QUY ĐỊNH …`, `PHỤ LỤC …` above an attached document, `Chương II`: a title in capitals."""
    if CHAPTER.match(text):
        return True
    letters = [char for char in text if char.isalpha()]
    if len(letters) < 6 or LABEL.match(text):
        return False
    return sum(char.isupper() for char in letters) >= 0.85 * len(letters)


def _field_name(text):
    found = FIELD.match(text.lstrip("-+•– "))
    return found is not None and found.start() == 0


def _add_fields(item, text):
    for name, value in _fields(text.lstrip("-+•– ")):
        if name in item.fields and name != cols.TEXT:
            item.fields[name] = f"{item.fields[name]}; {value}"
        else:
            item.fields[name] = value


def _split_fields(item):
    """Field lines written inside the item's paragraph (`… cố định. Thời gian hoàn thành: Trước ngày 31/5/2026.`)."""
    found = FIELD.search(item.text)
    if not found or found.start() == 0 and not item.text[found.end() :]:
        return
    if found.start() == 0:
        # `4. Đơn vị chủ trì: Sở Tài chính. Nội dung: Quản lý thuế …`: an item written as its field block
        fields = dict(_fields(item.text))
        if fields.get(cols.TEXT) and (fields.get(cols.LEAD) or fields.get(cols.EXECUTING)):
            _add_fields(item, item.text)
            item.text = item.fields.pop(cols.TEXT)
        return
    before, after = item.text[: found.start()].strip(), item.text[found.start() :].strip()
    item.text = before
    _add_fields(item, after)


def _fields(text):
    matches = list(FIELD.finditer(text))
    for index, found in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        value = text[found.end() : end].strip(" .;")
        column = next((column for group, column in FIELD_COLUMNS.items() if found.group(group)), cols.TIMEFRAME)
        yield column, value


def _agency_phrase(text):
    """(agency phrase, rest) when the sentence starts by naming who is to act, else ("", text)."""
    topic = TOPIC.match(text)
    if topic:
        # `Về dự án …: giao Bộ Xây dựng chủ trì …`: the assignment follows the topic
        phrase, rest = _agency_phrase(text[topic.end() :])
        return (phrase, rest) if phrase else ("", text)
    members = MEMBERS.search(text[: HEADING_AGENCY_MAX * 2])
    if members and members.end() >= len(text.rstrip(" :.")):
        return members.group("list").strip(" ;,."), ""  # a heading naming its members in brackets
    intro = INTRO.match(text)
    if intro:
        # `Căn cứ nội dung Kế hoạch …, các sở, ngành … có trách nhiệm …`: who acts comes after the opening clause
        for comma in re.finditer(r",\s+", text[: HEADING_AGENCY_MAX + 100]):
            if starts_name(text[comma.end() :]):
                phrase, rest = _agency_phrase(text[comma.end() :])
                return (phrase, rest) if phrase else ("", text)
        return "", text
    rest = ASSIGN.sub("", text, count=1)
    assigned = rest != text
    if RESPONSIBILITY.match(text) and text.rstrip().endswith(":") and len(rest) < HEADING_AGENCY_MAX:
        return assigned_names(rest.rstrip(" :")), ""  # `Trách nhiệm của đối tượng thực hiện kiểm kê:`
    rest = PERSON.sub("", rest)
    colon = rest.find(":")
    if 0 < colon < HEADING_AGENCY_MAX and _names_before_colon(rest[:colon], rest[colon + 1 :]):
        return rest[:colon].strip(" ,"), rest[colon + 1 :].strip()
    if 0 < colon <= TITLE_BEFORE_NAMES and starts_name(rest[colon + 1 :].strip()):
        # `Chế độ báo cáo: Các sở, ngành, … báo cáo …`: a short title, then who acts
        phrase, after = _agency_phrase(rest[colon + 1 :].strip())
        if phrase:
            return phrase, after
    if not assigned and not starts_name(rest) and rest == text:
        later = LATER_ASSIGNMENT.search(text)
        if later:
            # `Thống nhất việc tổ chức Hội thảo … . Giao Sở Công Thương chủ động xây dựng kế hoạch …`
            phrase, _rest = _agency_phrase(text[later.start("sentence") :])
            if phrase:
                return phrase, text
        return "", text
    key = _fold(rest)
    if ACTION.match(key) and not names_a_body(rest):
        return "", text  # `Bảo đảm …`, `Tổ chức …`: the sentence starts with what to do (not `Thống kê tỉnh …`)
    action = _action(key)
    place_end = _end_at_place(rest, key)
    if place_end is not None and (action is None or place_end < action.start()):
        return rest[:place_end].strip(" ,;:"), rest[place_end:].strip(" ,")
    if action is None:
        # the whole text names agencies (an agency heading: `Giao Sở Nội vụ`, `Sở Y tế`)
        if (assigned or starts_name(rest)) and len(rest) < HEADING_AGENCY_MAX:
            return rest.strip(" ,:."), ""
        return "", text
    start = action.start() + (1 if key[action.start()] in " ,;" else 0)
    phrase = re.sub(r"\s+có$", "", rest[:start].strip(" ,;:"))  # `Sở Thông tin và Truyền thông có báo cáo …`
    if not phrase or not (assigned or starts_name(phrase)):
        return "", text
    return phrase, rest[start:].strip(" ,")


def _end_at_place(text, key):
    """Where a body's name that a province or city ends stops (`Liên minh Hợp tác xã tỉnh giới thiệu …` → after
    `tỉnh`; `Hội Nông dân tỉnh Quảng Trị chia sẻ …` → after `Quảng Trị`), or None: the words after the place are in
    lower case and are not ones a name goes on with. Only within the first clause (a comma may end a name: `Ban Quản
    lý Khu kinh tế, công nghiệp tỉnh` is left to the list splitting)."""
    if not PLACE_HEAD.match(key):
        return None
    for found in PLACE.finditer(key):
        if re.search(r"[,;:.()]", text[: found.start()]):
            return None
        end = found.end()
        words = list(re.finditer(r"\S+", text[end:]))
        index = 0
        while index < len(words) and words[index].group(0)[:1].isupper():
            index += 1  # the place's own name: `Quảng Trị`, `Thừa Thiên Huế`
        if index == len(words):
            return None
        word = words[index]
        place_end = end + (words[index - 1].end() if index else 0)
        folded = key[end + word.start() : end + word.end()].strip(" ,;:.")
        if word.group(0)[:1].isalpha() and word.group(0)[:1].islower() and folded not in PLACE_GOES_ON:
            return place_end
        return None
    return None


def _names_before_colon(before, after):
    """`Sở Y tế: …`, `Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm …`: who, then what they are to do.
    `các Tập đoàn: Bưu chính Viễn thông Việt Nam, …` is a list of names, not who-then-what."""
    if COLON_LIST_HEAD.search(before):
        return False
    key = _fold(TRAILING_NOTE.sub("", before))  # `Báo Yên Bái (cơ quan chủ trì tuyên truyền): …`
    if ACTION.search(key) or NOT_TASK_SECTIONS.match(search_key(before)) or FIELD.match(before + ":"):
        return False
    if starts_name(before):
        return True
    if starts_name(after.strip()):
        return False  # `Chế độ thông tin: Các sở, ngành gửi …`: a title, then who acts
    return len(before.split()) <= 12 and after.strip()[:1].isupper()


def _names_only(value):
    """A field's agencies without the sentence that may follow them (`Sở Khoa học và Công nghệ tiến hành rà soát …`)."""
    value = value.split(". ")[0]
    action = _action(_fold(value))
    return value[: action.start()].strip(" ,;") if action else value


def _action(key):
    """The first action word of a folded sentence that is not inside an agency's name."""
    for found in ACTION.finditer(key, 1):
        before = key[: found.start() + 1].split()
        pair = " ".join(before[-2:])
        if ("duoc" in before[-3:] or PASSIVE.search(" ".join(before))) and not OBLIGATION.match(key, found.start()):
            continue  # `… phải được giữ gìn`, `không được tự ý tháo dỡ, di chuyển`: what is (not) to be done to a thing
        if before == ["doi"]:
            continue  # `Đội Quản lý thị trường số 3`, `Đội Kiểm tra liên ngành` (not `Quân đội` inside a name)
        if pair in PLACE_WORDS or (before and before[-1] not in NAME_WORDS and pair not in NAME_WORDS):
            return found
        if pair in ("co quan", "don vi") and VERBS_AFTER_BODY.match(key, found.start() + 1):
            return found  # `Các cơ quan, đơn vị báo cáo …`; not `Cơ quan chủ trì`, `Các đơn vị quản lý vận hành …`
    return None


def _fold(text):
    """search_key keeping one character per character of text, so positions match."""
    return "".join(char if char in ",;:." else _fold_char(char) if char.strip() else " " for char in text)


def _fold_char(char):
    folded = search_key(char)
    return folded if len(folded) == 1 else " "  # `&` folds to `va`, `¢` to nothing: a gap, not a shift


def _coordinators(text):
    found = COORDINATE.search(text)
    if not found:
        return ""
    who = found.group("who")
    key = _fold(who)
    action = _action(key)
    if action is not None:
        who = who[: action.start()]
    who = who.strip(" ,")
    return who if who and (starts_name(who) or search_key(who).startswith("cac ")) else ""


def _deadline(text):
    """The words of a sentence that fix its deadline, for the timeframe reader: the last date, month, quarter or
    year after `trước`, `trong`, … (not in the topic a `Về …:` item opens with); else a sentence that starts
    `Thường xuyên`, `Hằng năm`, `Định kỳ`, or work done `định kỳ` or daily (recurring work)."""
    topic = TOPIC.match(text)
    words = text[topic.end() :] if topic else text
    found = [
        match
        for match in DEADLINE.finditer(words)
        if not HORIZON.search(search_key(words[max(0, match.start() - 30) : match.start()]))
        and not HORIZON_YEAR.match(match.group(0).strip(" ,.;"))
    ]
    if found:
        return found[-1].group(0).strip(" ,.;")  # the last: `… bàn giao trong năm 2025 …, báo cáo trước ngày …`
    yearly = YEARLY_ON_A_DAY.search(words)
    if yearly:
        return yearly.group(0)
    period = PERIOD_END.search(words)
    if period:
        return period.group("words")
    for sentence in re.split(r"(?<=[.;])\s+", text):
        if RECURRING_START.match(search_key(sentence)):
            return re.split(r"[,;]", sentence)[0][:60]
    recurring = RECURRING_END.search(text)
    if recurring:
        return recurring.group("words")
    periodic = PERIODIC.search(text)
    if periodic:
        return periodic.group(0)
    daily = DAILY.search(text)
    return daily.group(0) if daily else ""


def _emit(item, context, siblings, matcher, inherited=None, keep=False):
    """The rows (item, cells) this item and the items under it propose: a heading only when something under it is
    proposed, or when it is context the document's reader needs (`keep`: the content a decision approves).
    `context` is the lead an agency heading or a field block above gives; `inherited` the coordinators and
    timeframe of a field block written under a heading for the items of its list."""
    if _not_task_section(item, search_key(item.text)):
        return _context_rows(item, matcher)
    approves = bool(APPROVES.match(item.text))
    if approves:
        item.context = True
    rows = _proposed(item, context, siblings, matcher, inherited, keep or approves)
    if keep and not any(row[0] is item for row in rows):
        return [_context_row(item), *rows]
    return rows


def _context_rows(item, matcher):
    """A section of purposes, requirements, objectives or funding (`I. MỤC TIÊU`, `IV. KINH PHÍ`), kept in the tree
    as headings, never reported on; an item in it that gives work to an agency by a time is a task all the same
    (`- Hàng năm, Sở Công Thương … đề xuất …`): who does it and when are what make a task."""
    if _titles_its_body(item):
        _body_as_item(item)
    rows = [_context_row(item)]
    for child in item.children:
        if not child.children and _owned_and_timed(child.text, matcher):
            rows.extend(_emit(child, None, item.children, matcher))
        else:
            rows.extend(_context_rows(child, matcher))
    return rows


def _context_row(item):
    item.context = True
    item.text = " ".join([item.text, *item.body]).strip()
    item.body, item.body_blocks = [], []
    return item, _cells(item, item.text)


def _titles_its_body(item):
    """A short title over a paragraph that starts a sentence of its own, not a sentence a page break cut."""
    return bool(
        item.body
        and not item.children
        and len(item.text) <= TITLE_MAX
        and _is_heading_line(item.text)
        and item.body[0][:1].isupper()
    )


def _body_as_item(item):
    """A title line over one unlabelled paragraph (`a) Công nghiệp chế biến thực phẩm, đồ uống` then `Xây dựng chính
    sách …` with its field lines; `2. Yêu cầu` then `Phù hợp với …`): the paragraph is the item under the title."""
    block = item.body_blocks[0] if item.body_blocks else item.block
    child = Item(block, "", BULLET, " ".join(item.body), parent=item, fields=item.fields, shared=item.shared)
    child.block_fields, child.code = item.block_fields, f"{item.code}.1"
    _split_fields(child)
    item.children, item.body, item.body_blocks = [child], [], []
    item.fields, item.shared, item.block_fields = {}, {}, False


def _owned_and_timed(text, matcher):
    """A sentence naming the agency that acts (`Hàng năm, Sở Công Thương … đề xuất`) and when it is due: a body's
    name, not a group (`các sở, ngành liên quan … chủ động bố trí`) nor a topic (`Ngân sách địa phương: …`)."""
    phrase, rest = _agency_phrase(text)
    named = phrase and (PROPER_NAME.match(phrase) or matcher.known(phrase))
    return bool(named and rest and _deadline(text))


def _proposed(item, context, siblings, matcher, inherited, keep):
    """The rows of an item that is not a section of context (see `_emit`)."""
    if item.body:
        heading, heading_rest = _agency_phrase(item.text)
        if heading and not heading_rest:
            # An agency heading over its paragraph: the paragraph is the task, the heading who does it unless the
            # paragraph names its own lead (`Sở Văn hóa … chủ trì phối hợp với Báo …`).
            context = assigned_names(heading)
            item.text = " ".join(item.body)
        elif not item.children and _is_heading_line(item.text) and _assigning(item.body, matcher):
            # `III. TỔ CHỨC THỰC HIỆN` over unlabelled paragraphs that each assign (`Các sở, ban, ngành … xây dựng
            # kế hoạch …`): each paragraph is an item of the section
            item.children = [
                Item(block, "", BULLET, text, parent=item)
                for block, text in zip(item.body_blocks, item.body, strict=True)
                if not read_reporting_duty(text)  # the directive's reporting schedule, not a task
            ]
            _number(item.children, item.code, set())
        elif item.children:
            # A section's opening paragraph that assigns what follows (`Đề nghị Thường trực Tỉnh ủy … sau:`).
            intro, _rest = _agency_phrase(" ".join(item.body))
            if intro and ASSIGN.match(item.body[0]):
                context = assigned_names(intro)
            item.text = " ".join([item.text, *item.body]).strip()
        elif item.block_fields and _titles_its_body(item):
            _body_as_item(item)  # the paragraph is the task its field block describes, under its title
        else:
            item.text = " ".join([item.text, *item.body]).strip()
        item.body, item.body_blocks = [], []
        _split_fields(item)
    if DIFFICULTIES.match(search_key(item.text)):
        return [_context_row(item)]  # what to do when difficulties arise: the reader's context, never a task
    item.text = _without_rewards(item.text)
    if _not_a_task(item.text):
        return []
    phrase, rest = _agency_phrase(item.text)
    if phrase and not matcher.known(phrase):
        phrase, rest = _before_verb_of_a_known_name(phrase, rest, matcher)
    if phrase and len(rest.split()) > HEADING_REST_WORDS and not _credible(item.text, phrase, matcher):
        phrase, rest = "", item.text  # a sentence whose first words only look like a name
    if phrase and not rest and _sentence_like(phrase):
        phrase, rest = _known_start(phrase, matcher)
    if item.children and RESPONSIBILITY.match(item.text) and _is_heading_line(item.text):
        # `Điều 7. Trách nhiệm của chủ đầu tư xây dựng kinh doanh hạ tầng …` over its items: all of it names who
        phrase, rest = assigned_names(ASSIGN.sub("", item.text, count=1)), ""
    fields = dict(item.fields)
    lead = _names_only(fields.get(cols.LEAD, ""))
    executing = _names_only(fields.get(cols.EXECUTING, ""))
    own_lead = assigned_names(phrase) if phrase and not lead and not executing else ""
    shared = {**(inherited or {}), **{name: value for name, value in item.shared.items() if value}}
    if not (lead or executing or own_lead):
        lead = _names_only(shared.get(cols.LEAD, ""))
        executing = _names_only(shared.get(cols.EXECUTING, ""))
    children = item.children
    # An item over others is a heading unless it is itself a whole assignment (`11. Các đơn vị … có trách nhiệm
    # tổ chức …`): its agencies pass down to the items under it.
    is_heading = bool(children) and (
        not phrase or not rest or item.text.rstrip().endswith(":") or len(rest.split()) <= HEADING_REST_WORDS
    )
    # Who leads: the item's own words or field lines, else the agency heading it sits under.
    lead = own_lead or lead or ("" if executing else context or "")
    # A field block under a heading (`- Thời gian thực hiện: …` after its bullets) serves the items of its list.
    passed = {name: fields[name] for name in (cols.COORDINATORS, cols.TIMEFRAME) if fields.get(name)}
    passed = {**(inherited or {}), **passed} if is_heading else {}
    if is_heading and (lead or executing) and PARTNER_GROUP.match(search_key(item.text)):
        passed[PARTNER], lead, executing = lead or executing, "", ""
    below = [row for child in children for row in _emit(child, lead or executing, children, matcher, passed, keep)]
    if is_heading:
        # an agency heading's title, without the colon that introduced its items (`2.1. Sở Công Thương:`)
        title = item.text.rstrip(" :") if phrase and not rest else item.text
        return [(item, _cells(item, title))] + below if below else []
    # Under `Phối hợp:` the section's agency coordinates; the body the item says it works with leads.
    partner = "" if own_lead or fields.get(cols.LEAD) or executing else shared.get(PARTNER, "")
    if partner:
        lead = _coordinators(item.text)
    if not (lead or executing or partner) and not _among_tasks(item, siblings, matcher):
        return below
    coordinators = fields.get(cols.COORDINATORS) or _coordinators(rest or item.text) or shared.get(cols.COORDINATORS)
    if partner:
        coordinators = partner
    if own_lead and rest and not item.fields:
        actors, partners = _later_actors(rest, lead, matcher)
        lead = "; ".join([lead, *actors])
        coordinators = "; ".join(name for name in [coordinators, *partners] if name)
    timeframe = fields.get(cols.TIMEFRAME) or _deadline(item.text) or shared.get(cols.TIMEFRAME)
    text = item.text
    if fields.get(cols.TEXT):
        # `2. Kiểm tra việc … tại các cơ sở …` over `- Nội dung: kiểm tra việc xây dựng kế hoạch …`: both
        text = f"{item.text.rstrip(' .:;')}: {fields[cols.TEXT]}" if item.text else fields[cols.TEXT]
    return [(item, _cells(item, text, lead, coordinators, timeframe, executing)), *below]


def _later_actors(rest, lead, matcher):
    """Bodies a later sentence or `;` clause of the item gives work of their own, beside the body it starts with
    (`…; Bộ Khoa học và Công nghệ hướng dẫn …`, `. Để xác định …, Ủy ban nhân dân tỉnh … phối hợp với … rà soát …`):
    a body's name that starts the clause (or follows its opening `Để …,`) and a verb after it; not a body asked only
    to take part (`…; Sở Tài chính phối hợp thực hiện`: it coordinates), nor one the item names already.
    Returns (leads, coordinators)."""
    actors, partners = [], []
    for clause in re.split(r"(?<=[.;])\s+", rest)[1:]:
        phrase, what = _agency_phrase(clause)
        if not (phrase and what) or not (PROPER_NAME.match(phrase) or matcher.known(phrase)):
            continue
        if search_key(phrase) in search_key(lead) or phrase in actors + partners:
            continue
        taking_part = re.match(r"(?:tham gia\s+)?phối hợp(?!\s+(?:với|cùng)\b)", what, re.IGNORECASE)
        (partners if taking_part else actors).append(phrase)
    return actors, partners


def _assigning(paragraphs, matcher):
    """Whether these paragraphs stand on their own (none continues the heading's words in lower case) and one of
    them names who is to act, credibly: a body's name or an assignment (`Giao …`), not any words before a colon."""
    if any(not text[:1].isupper() for text in paragraphs):
        return False
    for text in paragraphs:
        if read_reporting_duty(text):
            continue
        phrase, rest = _agency_phrase(text)
        if phrase and rest and (ASSIGN.match(text) or starts_name(phrase)) and _credible(text, phrase, matcher):
            return True
    return False


def _sentence_like(phrase):
    """Words taken whole for who acts (no action word ends the name) that read as a sentence: a deadline in them
    (`Đề nghị Báo … mở chuyên mục về chuyển đổi số trong tháng 01/2026`). A long list of bodies is a name list."""
    return bool(DEADLINE.search(phrase))


def _known_start(phrase, matcher):
    """(the longest start of the sentence the portal or the catalogue knows as a name, the rest); else nothing is
    taken for who acts, and the task is proposed without them, flagged."""
    words = phrase.split()
    for count in range(min(len(words) - 1, NAME_WORDS_MAX), 1, -1):
        if matcher.known(" ".join(words[:count]).strip(" ,;")):
            while count < len(words) - 1 and words[count][:1].isupper() and not words[count - 1].endswith(","):
                count += 1  # the place the catalogue's name leaves out: `Báo và Phát thanh, Truyền hình Hà Tĩnh`
            return " ".join(words[:count]).strip(" ,;"), " ".join(words[count:])
    return "", phrase


def _before_verb_of_a_known_name(phrase, rest, matcher):
    """(name, rest): a name the portal or the catalogue knows and the verb after it (`Sở Y tế thanh tra …`, `Công an
    tỉnh điều tra …`, `Sở Tài chính đầu tư …`), for the verbs that are also words of names (`Thanh tra tỉnh`, `Cơ
    quan Cảnh sát điều tra`, `Sở Kế hoạch và Đầu tư`) and so do not end a name by themselves."""
    start, after = _known_start(phrase, matcher)
    if start and not search_key(start).startswith("cac ") and NAME_VERBS.match(search_key(after)):
        # a body, not a group whose kind the words after it say (`Các đơn vị cấp nước sạch …`)
        return start, f"{after} {rest}".strip()
    return phrase, rest


def _without_rewards(text):
    """An item whose reward sentence is followed by work given to a body (`Tổ chức, cá nhân có thành tích … được xét
    khen thưởng. Sở Công Thương là cơ quan chủ trì, có trách nhiệm định kỳ tổng hợp …`): that work, without the
    reward; any other item as it is."""
    sentences = re.split(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])", text)
    kept = [sentence for sentence in sentences if not REWARD.search(sentence)]
    if len(kept) == len(sentences) or not kept or not PROPER_NAME.match(kept[0]):
        return text
    return " ".join(kept)


def _not_a_task(text):
    """Legal bases, difficulties to report, enacting and closing clauses, rewards and penalties, a leader's praise
    (`Đánh giá cao sự chủ động của Công ty …`)."""
    key = search_key(text)
    if PRAISE.match(key):
        return True
    if REPORTING_TITLE.match(key):
        return True  # the reporting duty: the directive's schedule (read from the same paragraph), not a task
    # (`./.` ends the last item as often as a closing paragraph: only the latter is dropped for it, by _outline)
    if LEGAL_BASIS.match(key) or DIFFICULTIES.match(key) or ENACTING.match(key) or CLOSING.search(key):
        return True
    return bool(REWARD.search(text))


def _not_task_section(item, key):
    """A section of purposes, requirements, scope or context (`I. MỤC ĐÍCH, YÊU CẦU`, `1. Mục đích: …`); not a
    sentence that starts with such a word (`a) Đánh giá thiệt hại …, báo cáo trước ngày 20/12/2025.`)."""
    titled = ":" in item.text[:60] or _capital_words(item.text)
    heading = item.text.split(":")[0] if ":" in item.text[:60] else _capital_words(item.text) or item.text
    if not (item.children or (len(heading) < 80 and (titled or _is_heading_line(item.text)))):
        return False
    if _requests_a_body(heading):
        return False  # `5. Yêu cầu Công ty Điện lực Gia Lai:` over a) b): a request to a body, not requirements
    return bool(NOT_TASK_SECTIONS.match(search_key(heading)))


def _requests_a_body(text):
    """`Yêu cầu Công ty Điện lực …`, `Yêu cầu Giám đốc các sở …`: the word that also titles a requirements section,
    followed by who is asked."""
    found = re.match(r"(?:Yêu cầu|Đề nghị)\s+(?:cho\s+)?(?P<who>\S.*)$", text.strip(), re.IGNORECASE | re.DOTALL)
    if not found:
        return False
    who = PERSON.sub("", found.group("who"))
    return bool(starts_name(who) or PROPER_NAME.match(who))


def _capital_words(text):
    """The words in capitals a section title starts with (`KINH PHÍ THỰC HIỆN Thực hiện theo …` → the title)."""
    words = []
    for word in text.split():
        letters = [char for char in word if char.isalpha()]
        if letters and not all(char.isupper() for char in letters):
            break
        words.append(word)
    return " ".join(words) if len(words) >= 2 else ""


def _among_tasks(item, siblings, matcher):
    """An item naming no agency is still proposed (and flagged) when its siblings are tasks with agencies."""
    if STATEMENT.match(search_key(item.text)):
        return False
    for sibling in siblings:
        if sibling is item or _not_a_task(sibling.text):
            continue
        if sibling.fields:
            return True
        phrase, rest = _agency_phrase(sibling.text)
        if phrase and (len(rest.split()) <= HEADING_REST_WORDS or _credible(sibling.text, phrase, matcher)):
            return True
    return False


def _credible(text, phrase, matcher):
    """Whether the words taken for who acts are an assignee: the sentence assigns them (`Giao …`, `Đề nghị …`,
    `Trách nhiệm của …`, `… :`), or a name in them is one the portal or the catalogue knows. `Viên chức …`,
    `Bộ phận …`, `Trường hợp …` look like the start of a name and are not one."""
    if ASSIGN.match(text) or text.startswith(phrase + ":") or not text.startswith(phrase):
        return True
    if search_key(phrase).startswith("cac ") and starts_name(phrase):
        return True  # a group written in the plural: `Các đơn vị quản lý vận hành công trình điện lực`
    if PROPER_NAME.match(phrase) or names_a_body(phrase):
        return True  # `Ban Quản lý KKT Dung Quất …`, `Sở Tư pháp`, `UBND …`: a body's name, capitals and all
    return any(matcher.known(name) for name in split_known(phrase, matcher))


def _cells(item, text, lead="", coordinators="", timeframe="", executing=""):
    """The item as a spreadsheet row of the LAYOUT columns; its code as the outline label. The closing mark that
    ends the last item (`… hỗ trợ./.`) is not part of its text."""
    text = CLOSING_MARK.sub(".", text or item.text)
    return (item.code, text, lead or None, coordinators or None, executing or None, timeframe or None)


def _tables(rows, sheet):
    """(layout, data rows) of each table whose header the spreadsheet import recognises."""
    by_table = {}
    for block in rows:
        by_table.setdefault(block.table, []).append(block)
    for blocks in by_table.values():
        table_rows = [Row(sheet, block.paragraph, block.cells) for block in blocks]
        layout = find_layout(table_rows)
        if layout is not None:
            yield layout, [row for row in table_rows if row.number >= layout.data_start]


def _parse_tables(tables, parser):
    """Table rows read by the spreadsheet import's own column logic."""
    for layout, rows in tables:
        for row in rows:
            cells = tuple(
                " ".join(cell.split()) if index == layout.columns.get(cols.TEXT) else cell
                for index, cell in enumerate(row.cells)
            )
            parser.parse_row(Row(row.sheet, row.number, cells), layout)


def _table_codes(tables):
    """The outline numbers a document's task tables give their rows (`I`, `II` of a Phụ lục)."""
    return {
        str(layout.value(row.cells, cols.CODE) or "").strip().rstrip(".)")
        for layout, rows in tables
        if cols.CODE in layout.columns
        for row in rows
    }
