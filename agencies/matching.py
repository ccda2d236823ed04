"""Match agency names as documents and spreadsheets write them to the agencies in the portal.

In order: the exact name (case, diacritics and the usual abbreviations folded), a remembered alias, the
name with its optional parts left out (`và`, `các`, the province, `liên quan`), the national catalogue
(agencies/catalogue: `Sở KH-ĐT`, `BQLKKT`, `CA tỉnh` → the province's own body of that kind), names
written with initials (`BQL KKTDQ và các KCN QN`), OCR-damaged spellings on `ocr_key`, which come back
with method "ocr" so a person confirms them, and last a group followed by what narrows it (`UBND các huyện,
thành phố nơi dự kiến đặt nhà máy điện gió`: the group, with the rest as the match's `qualifier`).
Nothing is ever invented: an unknown name, or one two bodies could share, comes back without an agency;
a catalogue body the province does not have yet comes back as a `proposal` for a person to create.
"""

import dataclasses
import difflib
import functools
import re
import unicodedata

from django.db.models import Q
from django.utils import timezone

from .catalogue import (
    COMMUNE_KINDS,
    LOCAL_UNIT_KINDS,
    catalogue,
    city_spelling,
    district_place,
    is_city,
    listed_place,
    local_unit,
    merged_place,
    place_names,
    province_key,
    province_own_name,
)
from .models import Agency, AgencyAlias
from .names import (
    NO_TAILS,
    SHORT_FORMS,
    Tails,
    abbreviates,
    ends_in_named_dong,
    is_initials,
    lacks_diacritics,
    legal_form,
    loose_key,
    loose_tokens,
    name_key,
    parent_key,
    plain_key,
    plain_word,
    respelled,
    unit_and_parent,
    with_legal_form_written_out,
    without_role,
    written_in_full,
    written_out,
)
from .normalize import letters_for_digits, modern_tone, ocr_key, search_key

OCR_MIN_RATIO = 0.92
OCR_MARGIN = 0.04
# How alike a name must read to be offered to a person as a near match (never matched by itself).
NEAR_MIN_RATIO = 0.6

# Words a new agency name starts with (on the folded key): what decides whether `và`,
# a comma or a line break separates two agencies or sits inside one name.
# Bodies whose name starts with no word of the kinds above, and who a directive addresses as well (the state's own
# services, their units, and those it asks who are no state body): `Bảo hiểm xã hội tỉnh`, `Hải quan …`, `Thống kê
# tỉnh`, `Thi hành án dân sự tỉnh`, `Đội Quản lý thị trường số 3`, `Chủ đầu tư các dự án …`, `Các hợp tác xã …`,
# `Các tổ chức tín dụng …`.
BODY_HEADS = (
    r"thue|kho bac|bao hiem xa hoi|hai quan|thong ke (?:tinh|khu vuc|thanh pho)|doan thanh nien|canh sat|"
    r"quy (?:dau tu|ho tro|phat trien|bao ve|bao lanh)|doi (?:quan ly|canh sat|kiem tra|thanh tra)|hop tac xa|"
    r"lien minh hop tac xa|buu dien|cang vu|toa an|thi hanh an dan su|benh vien|chu dau tu|"
    r"cac (?:co so|hop tac xa|to chuc tin dung|ngan hang|chu dau tu|chu rung|benh vien|doanh nghiep|"
    r"hiep hoi|nha may)"
)
_NAME_START = re.compile(
    r"^(?:so|ban|bql|ubnd|uy ban|hdnd|hoi dong|cuc|chi cuc|van phong|vpub|trung tam|bo|hiep hoi|hoi|"
    r"tap doan|tong cong ty|cong ty|chi nhanh|dien luc|truong|vien|"
    r"dai (?:phat thanh|truyen hinh|pt|ptth|th|khi tuong|kttv)|bao|"
    r"ngan hang|cong an|thanh tra|lien doan|lien minh|lien hiep|tinh doan|mat tran|"
    rf"{BODY_HEADS}|"
    r"cac (?:so|ban|bo|co quan|to chuc|don vi|dia phuong|truong|hoi|tap doan|tong cong ty|"
    r"cong ty|huyen|xa|phuong|trung tam|cuc|vien))\b"
)
_BODY_HEAD = re.compile(rf"^(?:{BODY_HEADS})\b")
# A short name in capitals (`SKHĐT`, `VPUB`) also starts a name after a comma; zone words don't.
_SHORT_NAME = re.compile(r"^[A-ZĐ][A-ZĐ&-]+$")
_ZONES = {"KCN", "KKT", "CCN", "KCX"}
# A group written without its `Các`, capitalised where a line of a cell starts (`Địa phương`, `Đơn vị liên quan`):
# a name's start after a line break or a space an export flattened one into, never inside a name (`… địa phương`).
_BARE_GROUP = re.compile(r"^(?:dia phuong|don vi|co quan|to chuc)\b")
# A name and a note in parentheses after it: `Công an tỉnh (Phòng PC06)`.
_NOTE = re.compile(r"^(?P<head>[^()]*\S)\s*\((?P<note>[^()]+)\)[\s.,;]*$", re.DOTALL)
# Words that start what narrows one body down after its name (`UBND huyện A nơi có tuyến đường đi qua`, `Sở Xây dựng
# đối với các dự án nhóm B`, `UBND xã B, trong phạm vi quản lý`); in a name written without diacritics only those no
# word of a name folds to alike (`tai` is `Tài chính`, `ve` `Bảo vệ`, `khi` `Khí tượng`, `noi` `Nội vụ` unless a
# verb follows it).
_NARROWS = re.compile(r"[\s,;:]+(?=(?:nơi|đối với|tại|trong|khi|trường hợp|theo|về|ở)\b)", re.IGNORECASE)
_NARROWS_PLAIN = re.compile(
    r"[\s,;:]+(?=(?:doi voi|truong hop|noi (?:co|du kien|dat|thuc hien|trien khai|xay dung|xay ra|dien ra|duoc))\b)",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(r"^(?:tại|ở)\s+", re.IGNORECASE)
# A kind of local unit followed by `có` in lower case (`UBND các huyện có cơ sở sản xuất gạch`, `UBND các thị xã, huyện
# có trụ sở …`) says what `… nơi có …` says: no place is so named, a place's name is capitalised (`huyện Cô Tô`, `huyen
# Co To`). Unmarked (`huyen co`) only in a name written without diacritics, where `cô`, `cơ`, `cổ` fold to `co` as well
# and `quan` is also `cơ quan`, `liên quan`, `phuong` `địa phương`. `có liên quan` is an ending any name may drop.
_HAS_AFTER_UNIT = re.compile(
    r"(?<![^\W\d_])(?:huyện|quận|xã|phường|trấn|phố|khu|TP|TX)\s+(?=có(?:\s|$))(?!có\s+liên\s+quan\b)"
)
_HAS_AFTER_UNIT_PLAIN = re.compile(
    r"(?<![^\W\d_])(?:huyen|(?<!co )(?<!lien )quan|xa|(?<!dia )phuong|tran|pho|khu|TP|TX)\s+"
    r"(?=co(?:\s|$))(?!co\s+lien\s+quan\b)"
)


def _has_read_as_where(text):
    """The text with a lower-case `có` after a kind of local unit written `nơi có` (`UBND các huyện có mỏ` → `UBND
    các huyện nơi có mỏ`), so the words after it are read as what narrows, never as a place's name (`_zone_named`)."""
    if not text or ("co" not in text and "có" not in text):
        return text
    if lacks_diacritics(text):
        return _HAS_AFTER_UNIT_PLAIN.sub(lambda found: f"{found[0]}noi ", text)
    return _HAS_AFTER_UNIT.sub(lambda found: f"{found[0]}nơi ", unicodedata.normalize("NFC", text))


def narrows(text):
    """Whether the words start what narrows a body's part in the task (`nơi có dự án`, `đối với các dự án nhóm B`)."""
    return bool((_NARROWS_PLAIN if lacks_diacritics(text) else _NARROWS).match(f" {text.strip()}"))


BULLET = re.compile(r"^\s*(?:[-+*•·–]|\d+[.)]|[a-zđ]\))\s*")
_SOFT_SEPARATOR = re.compile(r"(,|\s+(?:và|va|&)\s+)", re.IGNORECASE)
# `Các Sở: Công Thương, Tài chính`, `UBND các huyện: Bình Sơn, Đức Phổ`, `các Tập đoàn: Bưu chính Viễn thông …`; a
# group's kind words before the colon (`Các Sở, ngành: Tài chính, Xây dựng`, `UBND các huyện, thị xã: …`) are `more`.
COLON_LIST = re.compile(
    r"^(?P<head>.*?)\b(?:các|cac)\s+(?P<kind>T[ậa]p\s+đo[àa]n|T[ổo]ng\s+c[ôo]ng\s+ty|[^\s:,]+)"
    r"(?P<more>(?:\s*,\s*[^\s:,]+(?:\s[^\s:,]+)?){0,3})\s*:\s*(?P<items>.+)$",
    re.IGNORECASE | re.DOTALL,
)


# A zone's or place's name (`Vân Phong`, `Nghi Sơn`, `Bắc Tân Uyên`, `Xuân Hương - Đà Lạt`) is a place of a few words;
# the kinds of zone a board also runs may follow it (`… và các khu công nghiệp`).
_ZONE_WORDS = 4
_ZONE_KINDS = (("khu", "cong", "nghiep"), ("cum", "cong", "nghiep"), ("khu", "kinh", "te"), ("khu", "che", "xuat"))
# A word and the punctuation around it (`(chủ`, `tế,`).
_CORE = re.compile(r"^(?P<before>\W*)(?P<core>.*?)(?P<after>\W*)$", re.DOTALL)
# A dash or `&` standing alone between words of a name: kept as it is where diacritics are restored.
_JOINERS = {"-", "–", "—", "&"}
# A zone's or place's name ends at a comma, a semicolon or a line break: `BQL KKT Quảng Ninh, BĐBP tỉnh` is two names.
_BREAK = re.compile(r"[,;\n]")
# A local unit's kind written after another (`UBND huyện, thị xã`, `UBND huyện thị xã thành phố`): a list of kinds of
# local government, so a group, never one place's committee.
# `quận` is left out: it folds like the `Quan` of places' names (`UBND huyện Quan Sơn`).
_UNIT_KINDS = (*(kind for kind in LOCAL_UNIT_KINDS if kind != ("quan",)), ("cap",))


# A name ending in a number, Arabic or Roman (`khu vực 15`, `khu vực XVII`), on its search key.
_NUMBERED = re.compile(r"\s(?:\d+|[ivxlc]+)$")


@dataclasses.dataclass(frozen=True)
class AgencyMatch:
    text: str
    agency: Agency | None
    # "name", "short_name", "alias", "catalogue", "initials", "ocr" (to be confirmed by a person) or "none"
    method: str
    candidates: list = dataclasses.field(default_factory=list)
    proposals: tuple = ()  # catalogue bodies the name means that the province does not have
    qualifier: str = ""  # what narrows a group down: "nơi dự kiến đặt nhà máy điện gió"

    @property
    def is_ambiguous(self):
        return self.agency is None and bool(self.candidates)


def split_agency_names(text):
    """Split a cell naming several agencies into one name each, as written."""
    names = []
    for line in _logical_lines(text or ""):
        for piece in line.split(";"):
            piece = BULLET.sub("", piece).strip(" .,")
            if not piece:
                continue
            listed = COLON_LIST.match(piece)
            if listed and starts_listed_kind(listed):
                names.extend(_expand_colon_list(listed))
            else:
                names.extend(_split_piece(piece))
    return names


def starts_listed_kind(listed):
    """Whether a COLON_LIST match lists agencies (`các Sở: …`), not any words before a colon."""
    return bool(_NAME_START.match(f"cac {search_key(listed['kind'])}"))


def listed_kinds(listed):
    """The kind words a COLON_LIST match writes before its colon, first the one it starts with: `Sở`, `ngành`."""
    return [listed["kind"], *(kind.strip() for kind in listed["more"].split(",") if kind.strip())]


def _logical_lines(text):
    """Lines, with a line that merely continues a wrapped name joined to the one before."""
    lines = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if lines and not BULLET.match(line) and not starts_name(line, loose=True):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line.strip())
    return lines


def _split_piece(piece):
    parts = _SOFT_SEPARATOR.split(piece)
    names = [parts[0]]
    for separator, part in zip(parts[1::2], parts[2::2], strict=True):
        if starts_name(part, loose=separator == ","):
            names.append(part)
        else:
            names[-1] += separator + part
    return [name.strip(" .,") for name in names if name.strip(" .,")]


def _expand_colon_list(listed):
    head, kind = listed["head"], listed["kind"]
    if not head.strip():
        kind = kind[:1].upper() + kind[1:]
    items = re.split(r",|\s+(?:và|va)\s+", listed["items"], flags=re.IGNORECASE)
    return [f"{head}{kind} {item.strip(' .')}" for item in items if item.strip(" .")]


def names_a_body(text):
    """Whether the words start with a body's name that no kind word begins (`Bảo hiểm xã hội tỉnh`, `Hải quan tỉnh`,
    `Các hợp tác xã …`): who a sentence that starts with them addresses."""
    return bool(_BODY_HEAD.match(search_key(text)))


def starts_name(text, loose=False):
    key = letters_for_digits(search_key(text))
    # OCR's `Sở` (`S&`, `S6`, `S¢`, `Sé`) and `Đ` read as `P` (`Pai Phat thanh`).
    key = re.sub(r"^(?:s va|s[o06e]?)\b", "so", re.sub(r"^p(?=[aeiouy])", "d", key))
    words = text.split()
    if loose and _running_so(words):
        return False  # `… có trụ sở doanh nghiệp`, `… cơ⏎sở sản xuất`: the text as written, cut at a space or a line
    start = _NAME_START.match(key)
    if start:
        # folded, `Viễn thông` reads as `Viện`, `Các phương tiện` as `Các phường`, `Bổ sung` as `Bộ`: a word of the
        # start written with other marks is another word
        return not _other_word_marked(words[: len(start[0].split())]) or bool(_BODY_HEAD.match(key))
    if not (loose and words):
        return False
    if _BARE_GROUP.match(key) and words[0][:1].isupper():
        return True
    return bool(_SHORT_NAME.match(words[0])) and words[0] not in _ZONES


# A name start's words that other words fold to alike, and the one way each is written with its marks.
_START_SPELLINGS = {
    "vien": "viện",
    "phuong": "phường",
    "truong": "trường",
    "bo": "bộ",
    "hoi": "hội",
    "xa": "xã",
    "huyen": "huyện",
    "cuc": "cục",
    "bao": "báo",
}


# Words of a name start that the word before writes with other marks than _START_SPELLINGS (`các địa phương`).
_START_PAIRS = {"dia phuong": "địa phương"}


def _other_word_marked(words):
    """Whether one of the words, written with marks, is not the name-start word it folds to (`phương`, `bổ`; the
    `phương` of `địa phương` is)."""
    return any(
        _written_otherwise(word, _START_SPELLINGS) and not (at and _a_start_pair(words[at - 1 : at + 1]))
        for at, word in enumerate(words)
    )


def _a_start_pair(words):
    """Whether two words are a pair of _START_PAIRS written as it is (`địa phương`)."""
    pair = " ".join(words)
    return search_key(pair) in _START_PAIRS and not _written_otherwise(pair, _START_PAIRS)


def _written_otherwise(word, spellings):
    """Whether the word, written with marks, is not the word of `spellings` (folded -> written) it folds to."""
    written = modern_tone(unicodedata.normalize("NFC", word)).lower().strip(" ,.;:()")
    spelling = spellings.get(search_key(written))
    return bool(spelling) and not lacks_diacritics(written) and written != spelling


# `thuộc` before the body a unit comes under (`names.plain_key`); a place written `Thước` folds to it alike.
_UNDER_WORD = {"thuoc": "thuộc"}
_UNDER_KEY = re.compile(r"\bthuoc(?=\s+(?:so|ban|uy ban nhan dan|ubnd|cuc|bo)\b)")


def _key_of(text):
    """The search key a name is matched by: `written_out`, folded; a word written with marks other than `thuộc`'s
    before a body's name (`Trường THCS Hòa Thước Sở Y tế`, two names a flattened line joined) kept apart from the
    `thuộc` of a unit and its body, so the place's name is never read as one; a lower-case `có` after a kind of local
    unit read as `nơi có` (`_has_read_as_where`); the words giving the body's part left out after a name ending in
    `Đồng` (`… Lê Quý Đồng phối hợp`), which the key alone reads as `đồng phối hợp` (names.ends_in_named_dong)."""
    text = _has_read_as_where(text)
    key = search_key(written_out(without_role(text) if ends_in_named_dong(text) else text))
    if any(_written_otherwise(word, _UNDER_WORD) for word in (text or "").split()):
        key = _UNDER_KEY.sub("thuoc_", key)
    return key


def _running_so(words):
    """Whether the words start with `sở` in lower case followed by none or by a word in lower case: a word of running
    text (`trụ sở doanh nghiệp`, `cơ sở sản xuất`), never a department's name (`Sở Tư pháp`, `sở Tư pháp`)."""
    return (
        bool(words)
        and unicodedata.normalize("NFC", words[0]) in ("sở", "so")
        and (len(words) == 1 or words[1][:1].islower())
    )


def _phrases(texts, places=()):
    """Plain phrase (tuple of folded words) -> its spellings with diacritics (lower case): every run of words of each
    of `texts` written with diacritics, and each of `places` as a whole, never a word of it alone (`Đồng Đăng`, not
    `Đăng`)."""
    phrases = {}
    for text in texts:
        if lacks_diacritics(text):
            continue
        words = [unicodedata.normalize("NFC", _CORE.match(word)["core"]).lower() for word in text.split()]
        words = [word for word in words if word]
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                phrase = tuple(words[start:end])
                phrases.setdefault(tuple(map(plain_word, phrase)), set()).add(phrase)
    for place in places:
        phrase = tuple(unicodedata.normalize("NFC", word).lower() for word in place.split())
        phrases.setdefault(tuple(map(plain_word, phrase)), set()).add(phrase)
    return phrases


_UNREAD = object()


class AgencyMatcher:
    """Matches many names against one province's agencies (and central ones) loaded once."""

    def __init__(self, province=None, day=None):
        # The province's agencies and the national ones; with no province (a document of a province the portal does
        # not hold) the national ones alone: a name is never resolved to another province's body.
        agencies = Agency.objects.filter(Q(province=province) | Q(province__isnull=True))
        # National aliases, and those this province's imports made; never another province's.
        aliases = AgencyAlias.objects.filter(Q(province__isnull=True) | Q(province=province)).filter(
            Q(agency__province=province) | Q(agency__province__isnull=True)
        )
        self.province = province
        # The plan's date: a form that names the body of the day (`Các địa phương`) is read on it (default: today).
        self.day = day or timezone.localdate()
        self.catalogue = catalogue()
        self.tails = Tails(
            province.name if province else "", self.catalogue.generic_suffixes, self.catalogue.locative_suffixes
        )
        # The same endings as OCR reads them (`Iiên quan` for `liên quan`), for damaged names.
        self._ocr_tails = Tails(
            ocr_key(province.name) if province else "", [ocr_key(suffix) for suffix in self.catalogue.generic_suffixes]
        )
        self._agencies = {agency.pk: agency for agency in agencies}
        self._by_method = {"name": {}, "short_name": {}, "alias": {}}
        self._by_loose = {}
        self._by_ocr = {}
        for agency in self._agencies.values():
            self._index("name", agency.name, agency.pk)
            if agency.short_name:
                self._index("short_name", agency.short_name, agency.pk)
        for alias in aliases.values_list("alias", "agency_id"):
            self._index("alias", *alias)
        self._index_catalogue()
        self._cache = {}
        self._sure_cache = {}
        self._units = {}  # (name, sure) -> the match of a unit written with its body (`_parent_of_unit`), or None
        self._words = None  # the catalogue's vocabulary with diacritics, built when a name needs it
        self._zone_words = {}  # a zone-named board's vocabulary by its catalogue key, built when a name needs it
        # whether bodies had merged into one by the plan's date (`Báo và Phát thanh, Truyền hình tỉnh`): only then is a
        # name read as two such bodies written together (`_merged_into_one`)
        self._merged_today = self.catalogue.any_merged_by(self.day)

    def _index(self, method, text, agency_id):
        key = name_key(text)
        if key:
            self._by_method[method].setdefault(key, set()).add(agency_id)
            self._by_loose.setdefault(loose_key(key, self.tails), set()).add(agency_id)
            self._by_ocr.setdefault(ocr_key(key), set()).add(agency_id)
            # `C0ng an tỉnh` for `Công an tỉnh Quảng Ngãi`: the damaged name without the endings it may drop.
            self._by_ocr.setdefault(self._ocr_loose(key), set()).add(agency_id)

    def _index_catalogue(self):
        """Catalogue forms and spellings, and which of the province's own agencies is each catalogue body."""
        self._forms = {}  # loose key -> catalogue keys
        # loose key -> how the group forms that give it are written: a key only `Các sở` gives needs `các` written
        # (`Sở` alone is no body)
        self._group_forms = {}
        self._group_words = {}  # a group's words in any order (`các phường, xã` for `các xã, phường`) -> keys
        # By first letter (a written name and the name it abbreviates start alike), for the initials rule:
        # letter -> (catalogue key, loose tokens of a full name or name start, whether only `các …` written names it)
        self._spellings = {}
        starts = []
        # loose keys of bodies named by a word that names nothing alone (`Báo`): a body only with its tail written
        self._with_place = set()
        # a centrally-run city: its own bodies are named `… thành phố`, its one-word short forms are its own
        self._city = city = bool(self.province) and is_city(self.province.name)
        for body in self.catalogue.bodies:
            if body.per_place or body.means:
                # one per place: read only with its place's name (`_zone_named`), never by its kind's name alone; a
                # form for the body of the day: indexed once the province's own bodies are known (below)
                continue
            for text in (*body.full_names, *body.forms, *body.prefixes):
                self._index_form(text, body)
                if city and city_spelling(text) != text:
                    # a city's name for it (`Thành đoàn` for `Tỉnh đoàn`)
                    self._index_form(city_spelling(text), body)
            for text in body.city_forms if city else ():
                # a city's own short form for it (`CATP`, `UBTP`), never read in a province
                self._index_form(text, body)
            for text in body.names_in(self.province.name) if self.province else ():
                # a name of its own the province gives the body (`Báo Ấp Bắc`), read only in that province
                self._forms.setdefault(loose_key(text, self.tails), set()).add(body.key)
            for text in (*body.full_names, *body.prefixes):
                tokens = loose_tokens(text, self.tails)
                plural = body.is_group and _plural(search_key(text))
                self._spellings.setdefault(tokens[0][0], []).append((body.key, tokens, plural))
            starts.extend((body, loose_tokens(text, self.tails)) for text in body.prefixes)
        # (loose tokens of a name start, catalogue key) of bodies named after their zone: `Ban Quản lý Khu kinh tế`
        # followed by any zone's name (`Vân Phong`, `Nghi Sơn và các KCN`)
        self._zone_starts = [
            (tokens, body.key)
            for body in self.catalogue.bodies
            if body.zone_named
            for text in (*body.full_names, *body.prefixes)
            # in a centrally-run city `thành phố` is the ending its own bodies' names drop (`Công an thành phố`), and
            # the start of a district-level city's committee too (`UBND thành phố Thủ Đức`): both readings
            for tokens in _distinct(loose_tokens(text, self.tails), loose_tokens(text))
        ]
        self._per_place = {body.key for body in self.catalogue.bodies if body.per_place}
        self._bodies = {body.key: set() for body in self.catalogue.bodies}
        # (loose tokens, catalogue key, agency id) of every group as written, for a group with a qualifier after it
        self._group_starts = [
            (tuple(loose_tokens(text, self.tails)), body.key, None)
            for body in self.catalogue.bodies
            if body.is_group and not body.means
            for text in (*body.full_names, *body.forms)
        ]
        # the words with their marks of every name the catalogue and the province write, by their folded spelling,
        # and by a group's loose tokens the words its own names write (`_spells_group`)
        self._marked_words = {}  # the province's own; the catalogue's are `_catalogue_marked_words`, read once
        self._group_spellings = {}
        for body in self.catalogue.bodies:
            if body.is_group and not body.means:
                for text in (*body.full_names, *body.forms, *body.prefixes):
                    self._add_group_spellings(text)
        # the forms that name another body with their own (`Các sở, ngành, địa phương`), by loose key: its name
        self._also = {
            loose_key(text, self.tails): self.catalogue.body(body.also).name
            for body in self.catalogue.bodies
            for text in body.also_forms
        }
        # letter -> (agency id, loose tokens, whether a start of its name names it, whether only `các …` written names
        # it) of the province's agencies
        self._own_spellings = {}
        own = [agency for agency in self._agencies.values() if self.province and agency.province_id]
        for agency in own:
            names = [agency.name, agency.short_name] if agency.short_name else [agency.name]
            for name in names:
                tokens = loose_tokens(name, self.tails)
                for key in self._forms.get(" ".join(tokens), ()):
                    if self.catalogue.body(key).is_group == agency.is_group:
                        self._bodies[key].add(agency.pk)
                for body, start in starts:
                    if body.is_group == agency.is_group and tokens[: len(start)] == start:
                        self._bodies[body.key].add(agency.pk)
            self._add_marked_words(agency.name)
            if agency.is_group:
                self._group_starts.extend((tuple(loose_tokens(name, self.tails)), None, agency.pk) for name in names)
                for name in names:
                    self._add_group_spellings(name)
            spellings = {tuple(loose_tokens(agency.name)), tuple(loose_tokens(agency.name, self.tails))}
            unit = not agency.is_group and search_key(agency.name).startswith(_UNIT_STARTS)
            plural = agency.is_group and _plural(search_key(agency.name))
            for tokens in filter(None, spellings):
                self._own_spellings.setdefault(tokens[0][0], []).append((agency.pk, tokens, unit, plural))
        # `Các địa phương`, `UBND các địa phương`: the body doing the work the entry `means` on the plan's date
        # (catalogue `of_day`: UBND các huyện, thị xã, thành phố until 30/6/2025, UBND các xã, phường, đặc khu after);
        # indexed after the province's own bodies, so an agency of it named so is its own by name, never the level's.
        self._meant = set()  # catalogue keys of the bodies of the day (whether a name read on the plan's date)
        self.read_on_day = False  # whether a name matched was read as the body of the plan's date
        self._ceased_read = set()  # catalogue keys of ceased bodies a name was read as the successors of
        self._splits = {}  # the successors' keys of a ceased body split between several -> that body
        for body in self.catalogue.bodies:
            if body.means:
                meant = self.catalogue.meant(body, self.day)
                self._meant.add(meant.key)
                for text in (*body.full_names, *body.forms):
                    self._index_form(text, meant)
                    if meant.is_group:
                        self._group_starts.append((tuple(loose_tokens(text, self.tails)), meant.key, None))
                        self._add_group_spellings(text)

    def _index_form(self, text, body):
        """Index a name or form of the catalogue body `body`: the name as written, and for a group how it is written
        (plural or singular) and its words in any order."""
        loose = loose_key(text, self.tails)
        self._forms.setdefault(loose, set()).add(body.key)
        if body.with_place:
            self._with_place.add(loose)
        if body.is_group:
            written = "plural" if search_key(text).startswith("cac ") else "singular"
            self._group_forms.setdefault(loose, set()).add(written)
            self._group_words.setdefault(_bag(text, self.tails), set()).add(body.key)

    def _ocr_loose(self, key):
        """The OCR key of a name without its optional parts and endings, read in OCR's letters."""
        return " ".join(loose_tokens(ocr_key(name_key(key)), self._ocr_tails))

    def reads_otherwise_on(self, day):
        """Whether a name read on the plan's date (`Các địa phương`, a body that had ceased by it) would mean another
        body on `day`."""
        return any(
            self.catalogue.meant(body, day) != self.catalogue.meant(body, self.day)
            for body in self.catalogue.bodies
            if body.means
        ) or any(not self.catalogue.body(key).ceased_by(day) for key in self._ceased_read)

    def holder(self, agency, day):
        """The body that holds `agency`'s work on `day`: itself while it exists, else its successor's holder.

        A body split between several successors has no single one: it stays itself, for a person to decide.
        """
        seen = set()
        while agency.ceased_by(day) and agency.successor_id and agency.pk not in seen:
            seen.add(agency.pk)
            agency = self._agencies.get(agency.successor_id) or Agency.objects.get(pk=agency.successor_id)
        return agency

    def own_bodies(self, catalogue_key):
        """Ids of the province's own agencies that are this catalogue body."""
        return set(self._bodies.get(catalogue_key, ()))

    def match(self, text):
        found = self._match_whole(text)
        parent = _UNREAD  # the body a unit comes under, read at most once
        noted = _noted(text)
        if noted and found.method in ("none", "ocr"):
            # `Công an tỉnh (Phòng PC06)`: the body, with what the parentheses add kept as the qualifier.
            head = self._match_whole(noted["head"])
            if _only_proposed(head) or head.agency is not None:
                parent = self._parent_of_unit(text)
                if parent is not None and parent.agency is not None:
                    return parent  # `Trung tâm Khuyến công (Sở Công Thương)`: as `… thuộc Sở Công Thương` (below)
            if head.agency is not None or head.candidates or head.proposals:
                # `các ngân hàng thương mại (trên địa bàn tỉnh)`: a note of only the endings a name may drop narrows
                # nothing, nor one of only the body's part (`UBND huyện Bảo Lạc (chủ trì)`, read by `role_of`)
                only = self.tails.only(loose_tokens(noted["note"])) or without_role(f"X {noted['note']}") == "X"
                note = "" if only else " ".join(noted["note"].split())
                return dataclasses.replace(head, text=text, qualifier=head.qualifier or note)
        narrowed = self._narrowed(text) if found.method == "ocr" or not _names_any(found) else None
        if narrowed is not None:
            head, qualifier = narrowed
            return dataclasses.replace(head, text=text, qualifier=qualifier)
        if not _names_any(found):
            return (self._parent_of_unit(text) if parent is _UNREAD else parent) or found
        if _only_proposed(found):
            # `Trung tâm Khuyến công thuộc Sở Công Thương` where the province holds the department, not the centre:
            # the department's task, the unit its qualifier; the unit written alone is still proposed
            parent = self._parent_of_unit(text) if parent is _UNREAD else parent
            return parent if parent is not None and parent.agency is not None else found
        return found

    def _parent_of_unit(self, text, sure=False):
        """The match of the body a unit comes under, written after `thuộc` or in brackets (`Chi cục Thủy lợi (Sở
        NN&PTNT)`, `Trung tâm Giống cây trồng thuộc Sở NN&MT`) or before it, a dash or nothing between (`Phòng Quản lý
        Công nghiệp - Sở Công Thương`, `Phòng Kinh tế UBND phường Bình An`: names.unit_before_body), with the unit's
        name as its qualifier: the task is the department's, as `Thanh tra Sở …` is (names._UNIT_OF_DEPARTMENT). Read
        for a unit no rule resolved, and for a catalogue unit the province does not hold written with a body it holds
        after `thuộc` or in brackets (`match`); a unit written before a body that is itself a body the portal or the
        catalogue knows is a name of its own (`Sở Tài chính - Sở Xây dựng`, `Văn phòng UBND tỉnh - Sở Nội vụ`). None
        when the name writes no unit and its body, or the body is none the portal or the catalogue knows as one.
        `sure`: by the names known as a whole only (`known`), no guessing by OCR distance."""
        if (text, sure) not in self._units:
            self._units[text, sure] = self._read_parent_of_unit(text, sure)
        return self._units[text, sure]

    def _read_parent_of_unit(self, text, sure):
        written = unit_and_parent(without_role(text))
        if written is None:
            return None
        read = self._known_whole if sure else self._match_whole
        if written.before and self._known_whole(written.unit) is not None:
            return None  # `Văn phòng UBND tỉnh - Sở Nội vụ`, `TT Khuyến công - SCT`: a body of its own before another
        if not written.before:
            own = read(written.unit)
            if own is not None and own.agency is not None and own.method != "ocr" and not own.qualifier:
                return dataclasses.replace(own, text=text)  # `TT Khuyến công thuộc SCT` where the province holds it
        found = read(written.parent)
        if found is None or found.method == "ocr" or found.qualifier or not _names_any(found):
            return None
        return dataclasses.replace(found, text=text, qualifier=written.unit)

    def _narrowed(self, text):
        """(the match of the body, the words that narrow it) of one body followed by what narrows its part in the task
        (`UBND huyện Bảo Lâm nơi có tuyến đường đi qua`, `Sở Xây dựng đối với các dự án nhóm B`, on one line or the
        next): the body named by the words before the first word that starts such a clause (_NARROWS) after which
        they name one, as a group followed by what narrows it keeps it (`_qualified_group`); None when no such words
        name a body, or when what follows is only an ending a name may drop (`… tại tỉnh Lào Cai`)."""
        written = " ".join((text or "").split())
        for start in (_NARROWS_PLAIN if lacks_diacritics(written) else _NARROWS).finditer(written):
            head = self._match_whole(written[: start.start()])
            if not _names_any(head) or head.qualifier or head.method == "ocr":
                continue
            qualifier = written[start.end() :].strip(" ,.;:-")
            where = _LOCATIVE.sub("", qualifier)
            if not qualifier or self.tails.only(loose_tokens(where)):
                # `Sở Y tế tại tỉnh Lào Cai`: where the body is, which narrows nothing
                return (head, "") if qualifier and where != qualifier else None
            return head, qualifier
        return None

    def left_as(self, text):
        """The name a person is asked to map for `text`, a name no rule resolved: a category or group written plural
        without the ending that says where, which a group's name drops as well (`Các doanh nghiệp viễn thông trên
        địa bàn` → `Các doanh nghiệp viễn thông`; `Tails.without_locative`); any other name as written. Both read
        alike (`loose_key`), so the name mapped answers the name as written next time. The words giving the body's
        part in the task are no part of the name (`Viettel Trà Vinh phối hợp`: `without_role`); a company's legal form
        is written out (`Công ty CP Gạch Tuynel X` → `Công ty Cổ phần Gạch Tuynel X`: `with_legal_form_written_out`)."""
        text = with_legal_form_written_out(without_role(text))
        return self.tails.without_locative(text) if _plural(search_key(text)) else text

    def _match_whole(self, text):
        key = _key_of(text)
        broken = bool(_BREAK.search(text or ""))
        if (key, broken) not in self._cache:
            self._cache[key, broken] = self._match_key(key, broken=broken)
        found = self._cache[key, broken]
        if found.qualifier and not self._spells_group(text, found.qualifier):
            return AgencyMatch(text, None, "none")
        return dataclasses.replace(found, text=text, qualifier=self._qualifier(text, found.qualifier))

    def also_named(self, text):
        """The catalogue name of the body a name names besides its own, or "": `Các sở, ngành, địa phương` is the
        departments' group and `Các địa phương`, the local committees of the plan's date (the catalogue's `also`)."""
        return self._also.get(loose_key(without_role(text), self.tails), "")

    def known(self, text):
        """The match of a name the portal or the catalogue knows as a whole (no guessing by OCR distance), or None;
        a known name followed by a note in parentheses (`Sở Y tế (Chi cục An toàn thực phẩm)`) is known, and so is a
        unit written with the body it comes under (`Phòng Quản lý Công nghiệp - Sở Công Thương`: `_parent_of_unit`)."""
        found = self._known_whole(text)
        noted = _noted(text) if found is None else None
        found = self._known_whole(noted["head"]) if noted else found
        # a unit written with the body it comes under (`Phòng Quản lý Công nghiệp - Sở Công Thương`) is one name
        return self._parent_of_unit(text, sure=True) if found is None else found

    def _known_whole(self, text):
        key = _key_of(text)
        cached = (key, bool(_BREAK.search(text or "")))
        if cached in self._cache:
            found = self._cache[cached]
        else:
            if cached not in self._sure_cache:
                self._sure_cache[cached] = self._match_key(key, closest=False, broken=cached[1])
            found = self._sure_cache[cached]
        if found.qualifier or not (found.agency is not None or found.candidates or found.proposals):
            return None
        return found

    def _match_key(self, key, closest=True, broken=False):
        """The match of a search key; `broken`: the name as written has a comma, semicolon or line break in it."""
        if not key:
            return AgencyMatch("", None, "none")
        expanded = name_key(key)
        for method, index in self._by_method.items():
            if expanded in index:
                return self._decide(index[expanded], method)
        loose = loose_key(key, self.tails)
        if loose in self._with_place and loose == loose_key(key):
            # `Báo` alone is a word (`Báo và Phát thanh, Truyền hình …`): the newspaper is `Báo tỉnh`, `Báo Long An`
            return AgencyMatch("", None, "none")
        # `Hiệp hội Doanh nghiệp tỉnh` is the one body, never the group `Các hiệp hội doanh nghiệp` read without `các`
        found = {
            pk
            for pk in self._by_loose.get(loose, ())
            if not (self._agencies[pk].is_group and self._plural_only(key, loose))
        }
        if found:
            return self._decide(found, "name", plural=_plural(key))
        found = self._from_catalogue(key, loose, broken)
        # One place's committee the province lacks (`UBND huyện Bắc Tân Uyên`) is proposed unless the name is an OCR
        # reading of one it holds (`UBND huyen Binh Sdn`), left to a person.
        place = found if found is not None and self._per_place.issuperset(b.key for b in found.proposals) else None
        if found is not None and (place is None or not found.proposals):
            return found
        merged = self._merged_into_one(key, broken) if found is None else None
        if merged is not None:
            return merged
        plain = plain_key(key)
        if plain != key:
            # `Sở Tài chính (chủ trì)`, `Chủ tịch UBND các xã`, `S.KHCN`, `các xã, phường`: the body without the
            # words about its part or its head, read by the same rules; a unit `thuộc` a body only when the words after
            # `thuộc` name one (`TT Khuyến công thuộc Sở Y tế⏎Ban Quản lý các KCN` is two names).
            parent = parent_key(key)
            if not parent or _names_any(self._match_key(parent, closest=False, broken=broken)):
                found = self._match_key(plain, closest=False, broken=broken)
                if _names_any(found):
                    return found
            # `Các huyện, TX, TP nơi có khu công nghiệp`: a group written without `UBND`, narrowed
            found = self._qualified_group(plain, loose_key(plain, self.tails))
            if found is not None:
                return found
        repaired = letters_for_digits(key)
        if repaired != key:
            # `C0ng ty CP Nước sạch QT`: read by every rule with its letters back, for a person to confirm.
            found = self._match_key(repaired, closest=False, broken=broken)
            if found.agency is not None:
                return dataclasses.replace(found, method="ocr")
            if found.candidates or found.proposals:
                return found
        damaged = ocr_key(expanded)
        for spelling in (damaged, self._ocr_loose(key)):
            if spelling in self._by_ocr:
                return self._decide(self._by_ocr[spelling], "ocr")
        if not closest:
            return place or AgencyMatch("", None, "none")
        if place is not None and _NUMBERED.search(key):
            # a body named by a number (`Kho bạc Nhà nước khu vực XX` beside the `… khu vực XVII` held) is another
            # body of its kind, never an OCR reading of the one held: two numbers read alike but differ
            return place
        found = self._closest(damaged)
        if found.agency is None and not found.candidates:
            return place or self._qualified_group(key, loose) or found
        return found

    def _merged_into_one(self, key, broken=False):
        """Bodies that had merged into one by the plan's date, written together as one name with `và` (`Đài PT-TH và
        Báo Lào Cai`, `Báo Cao Bằng & Đài PT-TH tỉnh` from 01/7/2025; `Sở TN&MT và Sở NN&PTNT` from 01/3/2025): the
        one body they became (catalogue `merged_into`), never two; before that date no match, so each is read on its
        own as before. Written as a list (`Báo Hà Tĩnh, Đài PT-TH tỉnh`: `broken`) they are the names listed."""
        successor = self._merged_successor(key, broken)
        if successor is None:
            return None
        held = self._bodies[successor.key]
        if held:
            return self._decide(held, "catalogue")
        return AgencyMatch("", None, "none", proposals=(successor,))

    def _merged_successor(self, key, broken=False):
        """The catalogue body that the two bodies `key` names joined by `và` had merged into by the plan's date, or
        None."""
        if not self._merged_today or broken:
            return None
        words = key.split()
        for cut in range(1, len(words) - 1):
            right = words[cut + 1 :]
            if words[cut] != "va" or not starts_name(" ".join(right)):
                continue
            parts = [" ".join(words[:cut]), " ".join(right)]
            keys = [self._catalogue_keys(self._match_key(part, closest=False, broken=broken)) for part in parts]
            if all(len(found) == 1 for found in keys):
                one = self.catalogue.body(next(iter(keys[0])))
                if keys[0] == keys[1] and one.valid_from is not None and one.valid_on(self.day):
                    # each already read as the merged body doing its work on the plan's date (`_doing_the_work_of`)
                    return one
                merged = self.catalogue.merged_into({*keys[0], *keys[1]}, self.day)
                if merged is not None:
                    return merged
        return None

    def _catalogue_keys(self, found):
        """The catalogue keys a match names: the bodies it proposes, or those its agency is the province's body of."""
        if found.agency is not None:
            return {key for key, held in self._bodies.items() if found.agency.pk in held}
        return {body.key for body in found.proposals} if not found.candidates else set()

    def _from_catalogue(self, key, loose, broken=False):
        """The province's own body of the kind the catalogue reads the name as, or a name written with initials."""
        written = loose_tokens(key, self.tails, expand=False)
        whole = loose_tokens(key, expand=False)  # the province's name kept, for names that carry it
        # A name written singular is never a group only `các …` names (`Công ty Điện lực tỉnh` is the company, not
        # `Các công ty điện lực`; `Hiệp hội DN tỉnh` the one association, not `Các hiệp hội doanh nghiệp`).
        singular = not _plural(key)
        bodies = {
            body
            for body in self._forms.get(loose, ()) or self._group_words.get(_bag(loose), ())
            if not (self._plural_only(key, loose) and self.catalogue.body(body).is_group)
        }
        listed = set().union(*(self._bodies[body] for body in bodies))
        self.read_on_day = self.read_on_day or not self._meant.isdisjoint(bodies)
        letter = written[0][0] if written else ""
        # Initials alone (`TC`) never name a group: `Tổ chức` is a word of many names, not a body.
        initials_only = all(is_initials(token) for token in written)
        bodies.update(
            body
            for body, tokens, plural in self._spellings.get(letter, ())
            if abbreviates(written, tokens)
            and not (initials_only and self.catalogue.body(body).is_group)
            and not (plural and singular)
        )
        # A name two bodies bore in turn names the one of the plan's date.
        bodies = self.catalogue.of_day_among(bodies, self.day)
        bodies = set().union(*(self._doing_the_work_of(key) for key in bodies))
        if not bodies:
            bodies = self._zone_named(loose, key, broken) or self._named_like_province(key, broken)
        found = set().union(*(self._bodies[body] for body in bodies))
        found.update(
            pk
            for pk, tokens, unit, plural in self._own_spellings.get(letter, ())
            if (abbreviates(written, tokens) or abbreviates(whole, tokens) or (unit and _spells_start(written, tokens)))
            and not (initials_only and self._agencies[pk].is_group)
            and not (plural and singular)
        )
        if not found:
            # The province's one board of its zones answers every board's form (`BQL các KCN` where the economic-zone
            # board runs the industrial zones); with none, the body the words name is proposed.
            found = self._one_body_for(bodies)
        if found:
            # A form the catalogue lists says which body it is (`Sở NV` is Nội vụ; Ngoại vụ is written `Sở NgV`),
            # over any other the initials rule reads it as.
            return self._decide(found, "catalogue", plural=_plural(key), listed=listed)
        if bodies:
            order = [body for body in self.catalogue.bodies if body.key in bodies]
            return AgencyMatch("", None, "none", proposals=tuple(order))
        return None

    def _doing_the_work_of(self, key):
        """The catalogue bodies doing the work of body `key` on the plan's date: `key` itself while it exists or the
        province holds it under its own name; once it has ceased, its successors of that day (`Sở KH&ĐT` in a plan of
        2026: Sở Tài chính; a body split between several, `Sở TT&TT`, is all of them, for a person to choose)."""
        body = self.catalogue.body(key)
        if self._bodies[key] or not body.ceased_by(self.day) or not body.successors:
            return {key}
        self._ceased_read.add(key)
        self.read_on_day = True
        successors = {self.catalogue.of_day(successor, self.day).key for successor in body.successors}
        if len(successors) > 1:
            self._splits[frozenset(successors)] = body
        return successors

    def split_read(self, found):
        """The catalogue body split between several once it had ceased whose successors a match left for a person
        to choose among (`Sở TT&TT` in a plan of 2026: the province's Sở KH&CN and Sở VH-TT&DL), or None."""
        if found.agency is not None or not found.candidates:
            return None
        pks = {agency.pk for agency in found.candidates}
        return self._splits.get(frozenset(key for key, held in self._bodies.items() if held & pks))

    def _zone_named(self, loose, key="", broken=False):
        """The bodies named after their zone or place whose longest name start begins `loose` with the zone's name
        after it (a place of one to _ZONE_WORDS words, and the zones it also runs: `Ban Quản lý Khu kinh tế Vân
        Phong`, `BQL KKT Nghi Sơn và các KCN`, `UBND huyện Bắc Tân Uyên`). The name runs across no break (`broken`)
        and over no other body's name (`BQL KKT Quảng Ninh BĐBP tỉnh`); a body one per place is named by one place
        written singular (`UBND các huyện …`, `UBND huyện, thị xã`, `UBND huyện A và B` are no one committee)."""
        tokens = loose.split()
        starts = [(start, body) for start, body in self._zone_starts if tokens[: len(start)] == start]
        longest = max((len(start) for start, _body in starts), default=0)
        rest = tuple(tokens[longest:])
        while rest and any(rest[-len(zone) :] == zone for zone in _ZONE_KINDS):
            rest = rest[: -next(len(zone) for zone in _ZONE_KINDS if rest[-len(zone) :] == zone)]
        if broken or not longest or not 0 < len(rest) <= _ZONE_WORDS:
            return set()
        head = next(start for start, _body in starts if len(start) == longest)
        if self._names_a_body(rest) and not self._local_place(head, rest):
            # `BQL KKT Quảng Ninh BĐBP`: another body's name after the zone; `UBND huyện Phù Cát`: a place of the
            # province, whatever short form its last word folds to (`CAT`)
            return set()
        if any(narrows(" ".join(rest[at:])) for at in range(len(rest))):
            # `huyện nơi có dự án`: no place, what narrows a group's part (`UBND các quận, huyện nơi …`); nor is a
            # place's name followed by what narrows its committee (`huyện A nơi có khu công nghiệp`, whose zone kind
            # is dropped above as a board's zones are)
            return set()
        bodies = {body for start, body in starts if len(start) == longest}
        if bodies & self._per_place and (_plural(key) or " va " in f" {key} " or _starts_unit_kind(rest)):
            return set()
        return bodies

    def _local_place(self, head, rest):
        """Whether `rest` is the place of a local unit of the province of the kind `head` (a committee's name start)
        ends with (`uy ban nhan dan huyen` + `phu cat`: huyện Phù Cát of places.json)."""
        if not self.province:
            return False
        kind = next((kind for kind in LOCAL_UNIT_KINDS if tuple(head[-len(kind) :]) == kind), None)
        return kind is not None and local_unit(self.province.name, " ".join(kind), " ".join(rest)) is not None

    def _named_like_province(self, key, broken=False):
        """The bodies one per place whose name start the province's own name follows (`UBND TP Hưng Yên`, `UBND thị xã
        Quảng Trị`): the committee of the city or town named like its province, whose place every other name drops as
        an ending. Not in a centrally-run city (`Thành phố Hải Phòng`), whose own committee that name is."""
        place = loose_tokens(self.province.name) if self.province else []
        if broken or not place or self._city or _plural(key) or " va " in f" {key} ":
            return set()
        tokens = loose_tokens(key)
        head = tuple(tokens[: -len(place)])
        if len(tokens) <= len(place) or tokens[-len(place) :] != place:
            return set()
        return {body for start, body in self._zone_starts if body in self._per_place and tuple(start) == head}

    def _names_a_body(self, words):
        """Whether the words end with a name of a body the province holds or the catalogue lists (`Quảng Ninh BĐBP`)."""
        for start in range(len(words)):
            tail = " ".join(words[start:])
            if tail in self._by_loose or (tail in self._forms and tail not in self._with_place):
                return True
        return False

    def name_to_create(self, text, body):
        """The name the province's own body of the catalogue kind `body`, which `text` names, is created under: the
        name as written with its short forms written out for a body named after its zone (`BQL KKT Vân Phong` →
        `Ban Quản lý Khu kinh tế Vân Phong`); else the province's own name of the body (`Báo Long An`), with the
        company's legal form written (`Công ty CP Điện lực Khánh Hòa` → `Công ty Cổ phần Điện lực Khánh Hòa`). Its
        tones are placed one way whichever way the file or the place list writes them (`modern_tone`: `Tây Hoà` →
        `Tây Hòa`), so the copies of one plan name one body."""
        return modern_tone(self._name_to_create(text, body))

    def _name_to_create(self, text, body):
        text = without_role(text)
        written = unit_and_parent(text)
        if written is not None and body in self._match_whole(written[1]).proposals:
            text = written[1]  # `Phòng Kinh tế thuộc UBND TX Long Mỹ`: the committee is created, its unit the qualifier
        noted = _NOTE.match(text or "")
        narrowed = None if noted or _names_any(self._match_whole(text)) else self._narrowed(text)
        # the body's own name, without what narrows its part in the task (`UBND huyện A nơi có dự án`)
        text = narrowed[0].text if narrowed else text
        written = self.tails.written_out(" ".join(written_out(noted["head"] if noted else text).split()))
        # a local unit named alone is its people's committee (`huyện Bắc Tân Uyên`, as `plain_key` reads it)
        spellings = (written, f"UBND {written}") if body.per_place else (written,)
        for spelling in spellings if body.zone_named else ():
            key = search_key(spelling)
            if (self._zone_named(loose_key(key, self.tails), key) or self._named_like_province(key)) == {body.key}:
                spelled = self._place_spelled(written_in_full(spelling), body)
                # a board named after its zone, not a committee (its place is spelled by `_place_spelled`'s rule)
                return spelled if body.per_place else self._zone_spelled(spelled, body)
        said = self._with_diacritics(written_in_full(written)) if lacks_diacritics(written) else written
        # the bodies that merged into `body` written together (`Đài PT-TH và Báo Lào Cai`) name it, not more than it
        merged = self._merged_successor(search_key(written), bool(_BREAK.search(text))) == body
        # a copy without diacritics is read written in full; whether it wrote the name in full is read as written
        if said and not merged and self._says_more(said, body, in_full=written_in_full(written) == written):
            return written_in_full(said)
        name = body.name_in(self.province.name)
        form = legal_form(written)
        if form and search_key(name).startswith("cong ty ") and not legal_form(name):
            name = f"{name[: len('Công ty')]} {form}{name[len('Công ty') :]}"
        return name

    def _place_spelled(self, name, body):
        """A place's committee's name with the catalogue's spelling of the words before the place (`Ủy ban nhân dân
        thành phố`) and the place's spelling when it is certain, whatever capitals and marks it was written with
        (`Uy ban nhan dan thanh pho Yen Bai`, `UBND huyện Krông pắc`; its writer's spacing kept, `respelled`): the
        province's own name for a place named like the province (`Yên Bái` in Yên Bái), else for a district's
        committee a district-level place the province had before 01/7/2025 (catalogue places.json: `Ham Thuan Nam` in
        Bình Thuận → `Hàm Thuận Nam`), for a commune's, ward's or special zone's committee of a plan dated from
        01/7/2025 a unit of that kind the province has (catalogue communes.json: `phuong Minh Xuan` in Tuyên Quang →
        `phường Minh Xuân`) or else a district-level place of the provinces it was formed from (catalogue
        mergers.json: `phuong My Tho` in Đồng Tháp → `phường Mỹ Tho`, a place of Tiền Giang); any other place as
        written (`Ủy ban nhân dân phường Sa Dec` before the merger)."""
        words = name.split()
        for prefix in sorted(body.prefixes if body.per_place and self.province else (), key=len, reverse=True):
            size = len(prefix.split())
            if len(words) <= size or search_key(" ".join(words[:size])) != search_key(prefix):
                continue
            place = " ".join(words[size:])
            province = self.province.name
            if search_key(place) == province_key(province):
                return f"{prefix} {province_own_name(province)}"
            kind = search_key(prefix)
            if kind.endswith(("huyen", "thi xa", "thanh pho", "quan")):
                spelled = district_place(province, place)
            elif unit := next((unit for unit in COMMUNE_KINDS if kind.endswith(search_key(unit))), ""):
                spelled = merged_place(province, place, self.day, unit)
            else:
                spelled = ""
            # the list's capitals and marks on the place as written, whatever its writer gave it (`Krông pắc`), and
            # its writer's spacing (`Ia H'Drai` beside the list's `Ia H' Drai`)
            return f"{prefix} {respelled(place, spelled) or place}"
        return name

    def _zone_spelled(self, name, body):
        """A board's name with the words written without diacritics at its end given them (`Ban Quản lý Khu kinh tế
        Tran De`, or the whole of `Ban Quan ly Khu kinh te cua khau Dong Dang - Lang Son`): phrase by phrase from the
        board's own words and the province's places (`_zone_vocabulary`), a zone's place the province does not list
        from the names of places the portal ships (`listed_place`: `Nam Phu Yen` → `Nam Phú Yên`); those words as
        written when one has no one spelling, and a place its writer began with marks (`Vân Phong`)."""
        words = name.split()
        at = len(words)
        while at and lacks_diacritics(words[at - 1]):
            at -= 1
        if at == len(words) or (at and not words[at - 1].islower()):
            return name
        vocabulary = self._zone_vocabulary(body)
        province = self.province.name if self.province else ""
        listed = (listed_place(" ".join(words[start:]), province) for start in range(at, len(words)))
        extra = {
            phrase: spellings
            for phrase, spellings in _phrases((), [place for place in listed if place]).items()
            if phrase not in vocabulary
        }
        restored = self._with_diacritics(" ".join(words[at:]), {**vocabulary, **extra})
        return " ".join((*words[:at], restored)) if restored else name

    def _with_diacritics(self, name, vocabulary=None):
        """A name written without diacritics with them restored from the catalogue's own words (`Ban Quan ly cac Khu
        kinh te va khu cong nghiep tinh` → `Ban Quản lý các Khu kinh tế và khu công nghiệp tỉnh`): phrase by phrase,
        the longest phrase of the vocabulary first, each spelled as the one way the vocabulary writes it with marks;
        "" when a word has no such spelling or a phrase two (`Quan` alone: `Quản` or `Quân`)."""
        vocabulary = self._vocabulary() if vocabulary is None else vocabulary
        longest = max((len(phrase) for phrase in vocabulary), default=0)
        words = name.split()
        cores = [_CORE.match(word) for word in words]
        plain = [plain_word(core["core"]) for core in cores]
        restored, at = [], 0
        while at < len(words):
            size = next(
                (
                    size
                    for size in range(min(longest, len(words) - at), 0, -1)
                    if tuple(plain[at : at + size]) in vocabulary
                ),
                0,
            )
            spellings = vocabulary.get(tuple(plain[at : at + size]), ())
            if not cores[at]["core"] and words[at] in _JOINERS:
                restored.append(words[at])  # `-` between a zone and its province: no word to restore
                at += 1
                continue
            if not size or not plain[at] or len(spellings) != 1:
                return ""
            for core, spelled in zip(cores[at : at + size], next(iter(spellings)), strict=True):
                if len(core["core"]) != len(spelled):
                    return ""  # a letter that folds to more or fewer (a ligature): not this vocabulary's word
                cased = "".join(
                    new.upper() if old.isupper() else new for old, new in zip(core["core"], spelled, strict=True)
                )
                restored.append(f"{core['before']}{cased}{core['after']}")
            at += size
        return " ".join(restored)

    def _vocabulary(self):
        """Plain phrase (tuple of folded words) -> its spellings with diacritics (lower case) in the catalogue's names
        and forms of its bodies, the province's own names for them, its generic tails (`trên địa bàn tỉnh`), SHORT_FORMS
        written out and the province's name; and each of the province's places (catalogue.place_names)."""
        if self._words is None:
            province = self.province.name if self.province else ""
            texts = [*SHORT_FORMS.values(), *self.catalogue.generic_suffixes, province]
            for body in self.catalogue.bodies:
                texts.extend((*body.full_names, *body.forms, *body.prefixes, *body.names_in(province)))
                if body.own_name and province:
                    texts.append(body.own_name.format(province=province))
            self._words = _phrases(texts, place_names(province) if province else ())
        return self._words

    def _zone_vocabulary(self, body):
        """The vocabulary a board named after its zone is spelled from (`Ban Quan ly Khu kinh te cua khau Dong Dang -
        Lang Son`): the board's own names and forms, SHORT_FORMS written out, the zones the catalogue lists (`Van
        Phong` → `Vân Phong`), the province's name and its places, never another body's words (`Van Phong`, a zone,
        is no `Văn phòng`); built once per body."""
        if body.key in self._zone_words:
            return self._zone_words[body.key]
        province = self.province.name if self.province else ""
        texts = [
            *SHORT_FORMS.values(),
            province,
            *body.full_names,
            *body.forms,
            *body.prefixes,
            *body.names_in(province),
            *body.zones,
        ]
        self._zone_words[body.key] = _phrases(texts, place_names(province) if province else ())
        return self._zone_words[body.key]

    def _says_more(self, written, body, in_full=True):
        """Whether a name, its short forms written out, names the body by more than the catalogue's name does (`BQL
        các KKT và KCN tỉnh` beside `Ban Quản lý Khu kinh tế tỉnh`, `Trung tâm Khuyến công và Tư vấn phát triển công
        nghiệp`): all the words of the catalogue's name (or of the province's own name for it), and words of their
        own, not initials, beyond the province's name, `tỉnh` and the generic tails; or, for a body named after its
        province (its own_name holds the province's), its name written out in full with the province's name
        (`_in_full_with_province`; not `in_full` for a copy without diacritics that wrote it short, `Bao va PT-TH Ca
        Mau`, read written in full). A short form of the catalogue (`CA tỉnh`, `Sở KH&ĐT`) or the name of a body that
        bore its names in turn with it (`Catalogue.in_turn`: `Chi cục Quản lý thị trường tỉnh` for the Cục of a plan of
        before 2025), compared with short forms written out as a
        name restored from a copy without diacritics is (`Chi cuc QLTT tinh`), other words for the body (`Phòng Cảnh
        sát PC&CC`, a unit of Công an tỉnh), a group, a name written without diacritics or with a title or the body it
        comes under (`Giám đốc …`, `… thuộc Sở Công Thương`) keep the catalogue's name."""
        key = search_key(written)
        if body.is_group or not written or lacks_diacritics(written) or plain_key(key) != key:
            return False
        loose = loose_key(written_in_full(written), self.tails)
        shared = [name for other in self.catalogue.in_turn(body) for name in other.full_names]
        if any(loose_key(written_in_full(text), self.tails) == loose for text in shared):
            return False
        names = [
            set(loose_tokens(name, self.tails))
            for name in (body.name_in(self.province.name), *body.names_in(self.province.name))
        ]
        if in_full and "{province}" in body.own_name and self._in_full_with_province(written, names):
            return True
        if any(loose_key(written_in_full(text), self.tails) == loose for text in body.forms):
            return False
        words = set(loose.split())
        return any(name <= words for name in names) and any(
            not is_initials(word) and not any(word in name for name in names) for word in words
        )

    def _in_full_with_province(self, written, names):
        """Whether a name writes out in full every word of one of `names` (the loose tokens of the body's names, not
        a short form of them: `Ban Quản lý các khu công nghiệp`, not `BQL các KCN`) and ends with the province's name
        written out (`… tỉnh Sơn La`, `… Sơn La`): the body's own name as the province writes it, which may differ from
        the catalogue's own_name by `tỉnh` (`Ban Quản lý các khu công nghiệp Đồng Nai`). The province's name is one of
        the endings a name may drop, so `_says_more` alone never counts it as words of its own. Read only for a body
        named after its province: the bodies of a central organisation keep the catalogue's name (`Công an tỉnh`,
        `Bưu điện tỉnh`)."""
        place = province_key(self.province.name).split()
        whole = loose_tokens(written, expand=False)
        if not place or len(whole) <= len(place) or whole[-len(place) :] != place:
            return False
        return any(name and name <= set(whole[: -len(place)]) for name in names)

    def _plural_only(self, key, loose):
        """Whether `loose` names a catalogue group only as `các …` writes it and `key` is written singular."""
        return self._group_forms.get(loose) == {"plural"} and not _plural(key)

    def _one_body_for(self, bodies):
        """The province's agency that does the work of a set of bodies (catalogue one_body_for) some of `bodies`
        belong to, when it holds exactly one of the set; else no agency."""
        held = set()
        for keys in self.catalogue.one_body_for:
            if keys & bodies:
                held |= set().union(*(self._bodies[key] for key in keys))
        return held if len(held) == 1 else set()

    def _qualified_group(self, key, loose):
        """A group followed by what narrows it (`UBND các huyện, thành phố nơi dự kiến đặt nhà máy điện gió`).

        A short group word (`cơ quan`, `tổ chức`) starts a group only with `các` / `cấp` written: `Cơ quan Thường
        trực Ban Chỉ đạo` is one body; a group only `các …` names starts a group only with `các` written: `Công ty
        Điện lực Bắc Ninh` is a company, not `Các công ty điện lực` narrowed by `Bắc Ninh`. The match's `qualifier`
        holds the group's own words for now; `match()` turns them into the rest of the text.
        """
        tokens = tuple(loose.split())
        words = key.split()
        plural = bool({"cac", "cap"} & set(words))
        if not plural and self._one_place(tokens):
            # `UBND huyện Bắc Tân Uyên …`: one place's committee, never `UBND các huyện` narrowed by its name
            return None
        # `các` / `cấp` makes a group only among its words (`UBND các huyện`), not in what follows them: `Sở Công
        # Thương BQL các KCN tỉnh` is no group of `Sở` narrowed by the rest.
        # the group's words in any order (`UBND các phường, xã nơi có di tích` for `UBND các xã, phường`)
        starts = [
            start
            for start in self._group_starts
            if len(tokens) > len(start[0])
            and sorted(tokens[: len(start[0])]) == sorted(start[0])
            and ({"cac", "cap"} & set(words[: len(start[0]) + 1]) or len(start[0]) > 2)
            and not self._plural_only(key, " ".join(start[0]))
        ]
        if not starts:
            return None
        longest = max(len(start[0]) for start in starts)
        starts = [start for start in starts if len(start[0]) == longest]
        self.read_on_day = self.read_on_day or any(body in self._meant for _tokens, body, _pk in starts)
        agencies = {pk for _tokens, _body, pk in starts if pk} | set().union(
            *(self._bodies[body] for _tokens, body, _pk in starts if body)
        )
        group_words = " ".join(starts[0][0])
        if agencies:
            return dataclasses.replace(self._decide(agencies, "catalogue"), qualifier=group_words)
        order = [body for body in self.catalogue.bodies if body.key in {start[1] for start in starts}]
        return AgencyMatch("", None, "none", proposals=tuple(order), qualifier=group_words)

    def _one_place(self, tokens):
        """Whether the loose tokens start with the name start of a body one per place followed by a place's name
        (not by another kind of local unit: `UBND huyện, thị xã nơi …` lists kinds)."""
        tokens = tuple(tokens)
        for start, body in self._zone_starts:
            start = tuple(start)
            if body in self._per_place and tokens[: len(start)] == start and len(tokens) > len(start):
                if not _starts_unit_kind(tokens[len(start) :]):
                    return True
        return False

    def _add_marked_words(self, text):
        for word in _marked_words(text):
            self._marked_words.setdefault(search_key(word), set()).add(word)

    def _ways_written(self, word):
        """The ways the catalogue's and the province's names write the word folded like `word`, with their marks."""
        key = search_key(word)
        return _catalogue_marked_words(self.catalogue).get(key, frozenset()) | self._marked_words.get(key, set())

    def _add_group_spellings(self, text):
        """Keep the words with marks of a group's name `text`, by the group's loose tokens (`_spells_group`)."""
        self._group_spellings.setdefault(" ".join(loose_tokens(text, self.tails)), set()).update(_marked_words(text))

    def _spells_group(self, text, group_words):
        """Whether the words of `text` that read as the group whose loose tokens are `group_words` spell it where they
        carry marks: a word names write two ways folded alike, written the way the group's own names do not, is another
        word (`Các phương tiện, biển báo` is no `UBND các xã, phường` narrowed: `phương` is the word of `địa phương`,
        not `phường`); a word without marks (`Cac phuong`) or with marks no name writes (an OCR reading, `phưòng`) may
        be the group's."""
        group = group_words.split()
        words = text.split()
        for cut in range(1, len(words) if group else 0):
            tokens = loose_tokens(plain_key(search_key(" ".join(words[:cut]))))
            if tokens[: len(group)] == group or sorted(tokens) == sorted(group):
                own = self._group_spellings.get(group_words, set())
                for word in _marked_words(" ".join(words[:cut])):
                    spellings = self._ways_written(word)
                    if word not in own and len(spellings) > 1 and word in spellings:
                        return False
                return True
        return True

    def _qualifier(self, text, group_words):
        """The words of `text` after the group whose loose tokens are `group_words` (in any order, as
        `_qualified_group` reads them), as written, without the words giving the body's part."""
        group = group_words.split()
        words = text.split()
        for cut in range(1, len(words) if group else 0):
            tokens = loose_tokens(plain_key(search_key(" ".join(words[:cut]))))
            if tokens[: len(group)] == group or sorted(tokens) == sorted(group):
                # the words giving the body's part are no part of what narrows it (`nơi có dự án (chủ trì)`)
                return without_role(" ".join(words[cut:])).strip(" ,.;:-()")
        return ""

    def _decide(self, agency_ids, method, plural=None, listed=()):
        """One agency wins; among several, one of the province beats a central one, an active one an old one, and
        when the name is read without `các`, a group for a name written plural (`các hiệp hội doanh nghiệp`) and a
        body for one written singular (`Hiệp hội Doanh nghiệp tỉnh`); then one whose form the catalogue lists."""
        found = [self._agencies[pk] for pk in sorted(agency_ids)]
        preferences = [lambda agency: agency.province_id is not None, lambda agency: agency.is_active]
        if plural is not None:
            preferences.append(lambda agency: agency.is_group == plural)
        if listed:
            preferences.append(lambda agency: agency.pk in listed)
        for prefer in preferences:
            if len(found) > 1 and any(map(prefer, found)):
                found = [agency for agency in found if prefer(agency)]
        if len(found) == 1:
            return AgencyMatch("", found[0], method)
        return AgencyMatch("", None, "none", candidates=found)

    def _ranked(self, damaged, floor, kind=False):
        """(agency id, likeness) of the agencies whose names (any spelling) read within `floor` of the OCR key
        `damaged`, likest first: the one ranking the OCR reading and the near names a person is offered share. With
        `kind`, only names starting with the kind word `damaged` starts with (`_other_kind`)."""
        best = {}
        matcher = difflib.SequenceMatcher(a=damaged, autojunk=False)
        for candidate, agency_ids in self._by_ocr.items():
            if kind and _other_kind(damaged, candidate):
                continue
            matcher.set_seq2(candidate)
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                continue
            ratio = matcher.ratio()
            for pk in agency_ids:
                best[pk] = max(best.get(pk, 0), ratio)
        return sorted(best.items(), key=lambda item: (-item[1], self._agencies[item[0]].name))

    def _closest(self, damaged):
        """A close OCR reading of exactly one agency; two close ones are left to a person."""
        ranked = self._ranked(damaged, OCR_MIN_RATIO - OCR_MARGIN, kind=True)
        if not ranked or ranked[0][1] < OCR_MIN_RATIO:
            return AgencyMatch("", None, "none")
        close = [pk for pk, ratio in ranked if ratio > ranked[0][1] - OCR_MARGIN]
        if len(close) == 1:
            return AgencyMatch("", self._agencies[close[0]], "ocr")
        return AgencyMatch("", None, "none", candidates=[self._agencies[pk] for pk in close])

    def near(self, text, limit=3):
        """The agencies whose names read most like `text`, likest first, to offer the person mapping a name no rule
        resolved (never used to decide a match), each with whether it is a strong likeness: the name written whole
        or in initials, as a match reads it, with a run of the agency's words left out (`TT Khuyến công QN` for
        `Trung tâm Khuyến công và Xúc tiến thương mại Quảng Ngãi`); after those, the likest by OCR distance."""
        key = search_key(text)
        written = loose_tokens(key, self.tails, expand=False)
        if not written:
            return []
        likeness = {}
        for pk, agency in self._agencies.items():
            full = loose_tokens(agency.name, self.tails)
            if not full or full[0][0] != written[0][0]:
                continue
            kept = max((len(shorter) for shorter in _shortened(full) if _spells(written, shorter)), default=0)
            if kept:
                likeness[pk] = 1 + kept / len(full)
        for damaged in (ocr_key(name_key(key)), ocr_key(loose_key(key, self.tails))):
            for pk, ratio in self._ranked(damaged, NEAR_MIN_RATIO):
                likeness[pk] = max(likeness.get(pk, 0), ratio)
        order = sorted(likeness.items(), key=lambda item: (-item[1], self._agencies[item[0]].name))
        return [(self._agencies[pk], ratio > 1) for pk, ratio in order[:limit]]


# Kind words that start a body's name, in OCR's letters (normalize.ocr_key), each naming a kind of body no other
# does: a name written with one is never an OCR reading of a name written with another (`Bộ Công Thương`, the
# ministry, is no damaged `Sở Công Thương`; OCR's `Sở` is read as `so` whatever it damaged).
_OCR_KINDS = frozenset({"bo", "so", "cuc", "hoi", "vien", "truong", "bao"})


def _other_kind(damaged, candidate):
    """Whether the OCR keys `damaged` and `candidate` start with two different kind words of _OCR_KINDS."""
    first, other = damaged.split(" ", 1)[0], candidate.split(" ", 1)[0]
    return first != other and first in _OCR_KINDS and other in _OCR_KINDS


def _noted(text):
    """The `_NOTE` match of a name followed by a note in brackets (`Công an tỉnh (Phòng PC06)`), the words giving the
    body's part after the note left out (`Công an tỉnh (Phòng PC05) (phối hợp)`, `… (Phòng PC05) chủ trì`)."""
    return _NOTE.match(text or "") or _NOTE.match(without_role(text or ""))


def _only_proposed(found):
    """Whether a match only proposes catalogue bodies the province does not hold: no agency, none to choose among."""
    return found.agency is None and not found.candidates and bool(found.proposals)


def _names_any(found):
    """Whether a match names an agency, agencies to choose among or catalogue bodies to propose."""
    return found.agency is not None or bool(found.candidates) or bool(found.proposals)


def _shortened(tokens):
    """The name's tokens with one run of words left out (at least one word kept at each end it keeps)."""
    for start in range(1, len(tokens)):
        for end in range(start + 1, len(tokens) + 1):
            yield tokens[:start] + tokens[end:]


def _spells(written, full):
    return written == full or abbreviates(written, full)


# A centre, sub-department or board (under a Sở) is written by the start of its name, whole or in initials: `Trung tâm
# Khuyến công` or `TT KC` for `Trung tâm Khuyến công và Tư vấn phát triển công nghiệp`, `Chi cục QLCL` for `Chi cục
# Quản lý chất lượng Nông lâm sản và Thủy sản`; at least two words after its kind words, and only the province's own
# units (two that start alike are left to a person by `_decide`).
_UNIT_STARTS = ("trung tam ", "chi cuc ", "ban ", "quy ")
_UNIT_START_MIN = 4


def _spells_start(written, tokens):
    """Whether `written` is, or spells in initials, the first words of a unit's name `tokens` (all of them or a start
    of at least _UNIT_START_MIN words)."""
    written = tuple(written)
    return any(
        written == tokens[:end] or abbreviates(written, tokens[:end]) for end in range(_UNIT_START_MIN, len(tokens) + 1)
    )


def _plural(key):
    """Whether a name is written as many bodies: `các …`, or a list of kinds (`sở, ban, ngành`)."""
    return key.startswith(("cac ", "cap ")) or (" cac " in f" {key} " and " va cac " not in f" {key} ")


def _distinct(*token_lists):
    """The lists of tokens, each once, in their order."""
    return [tokens for index, tokens in enumerate(token_lists) if tokens not in token_lists[:index]]


@functools.cache
def _catalogue_marked_words(catalogue):
    """The words with marks of every name, form and prefix the catalogue writes, by their folded spelling."""
    words = {}
    for body in catalogue.bodies:
        for text in (*body.full_names, *body.forms, *body.prefixes):
            for word in _marked_words(text):
                words.setdefault(search_key(word), set()).add(word)
    return {key: frozenset(spellings) for key, spellings in words.items()}


def _marked_words(text):
    """The words of a name that carry Vietnamese marks, in lower case, tones placed the modern way (`modern_tone`)."""
    words = re.findall(r"\w+", modern_tone(unicodedata.normalize("NFC", text or "")).lower())
    return {word for word in words if not lacks_diacritics(word)}


def _starts_unit_kind(words):
    """Whether the words start with a kind of local unit (`thị xã …`, `xã …`): a list of kinds, not a place's name."""
    return any(tuple(words[: len(kind)]) == kind for kind in _UNIT_KINDS)


def _bag(text, tails=NO_TAILS):
    return tuple(sorted(loose_tokens(text, tails)))


def match_agency(text, province=None):
    """Match one name; to match many, build one AgencyMatcher and call its match()."""
    return AgencyMatcher(province).match(text)


def remember_alias(agency, text, province):
    """Keep a name a person resolved by hand in an import of `province`, so that province's next import matches it
    exactly; other provinces' imports do not use it. National aliases are made only in the admin. The words giving a
    body's part are no part of the name kept (`Sở TT&TT (chủ trì)` is kept as `Sở TT&TT`: `without_role`)."""
    text = without_role(text)
    key = search_key(text)
    if not key:
        raise ValueError("An empty name cannot be an alias.")
    if province is None:
        raise ValueError("An alias made by an import belongs to the importing province.")
    national = AgencyAlias.objects.filter(agency=agency, search_key=key, province__isnull=True).first()
    if national is not None:
        return national
    alias, _created = AgencyAlias.objects.get_or_create(
        agency=agency, search_key=key, province=province, defaults={"alias": text.strip()}
    )
    return alias
