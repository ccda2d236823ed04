"""How offices write agency names: keys that ignore the ways a name varies, and the rule for abbreviations.

- `name_key`: search_key with the generic abbreviations (UBND, QL, KKT, KCN…) written out.
- `loose_tokens`: also ignores `và`/`&`/`-` and `các`, the province's name or its initials at the end
  (`… Quảng Ngãi`, `… tỉnh QN`) and generic tails (`liên quan`, `tỉnh`, `trên địa bàn`).
- `abbreviates`: whether a name written with initials (`Sở KH-ĐT`, `BQL KKTDQ và các KCN QN`) is a full name,
  each initials token standing for consecutive syllables (`DQ` ↔ `Dung Quất`).
"""

import re
import typing
import unicodedata

from .catalogue import LOCAL_UNIT_KINDS, is_city, local_unit, province_key, province_own_name
from .normalize import search_key

# The short forms offices write for words of many names, written out: the one table of them. Those folded into
# ABBREVIATIONS are written out before comparing, so `Ban QL KKT ... và các KCN ...` equals the full name without an
# alias; all are written out in a name the import proposes to create (`BQL KKT Vân Phong` → `Ban Quản lý Khu kinh tế
# Vân Phong`). A short form that stands for several words (`TT`: Trung tâm or Thông tin) is not here.
SHORT_FORMS = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "BQL": "Ban Quản lý",
    "QL": "Quản lý",
    "KKTCK": "Khu kinh tế cửa khẩu",
    "KKT": "Khu kinh tế",
    "KCN": "khu công nghiệp",
    "CCN": "cụm công nghiệp",
    "TP": "thành phố",
    "TX": "thị xã",
    "Cty": "Công ty",
    "CP": "Cổ phần",
    "TNHH": "Trách nhiệm hữu hạn",
    "MTV": "Một thành viên",
    "HTX": "Hợp tác xã",
    "DN": "Doanh nghiệp",
    "QLTT": "Quản lý thị trường",
    "PT-TH": "Phát thanh - Truyền hình",
    "NHCSXH": "Ngân hàng Chính sách xã hội",
    "KBNN": "Kho bạc Nhà nước",
    "NHNN": "Ngân hàng Nhà nước",
    "NHTM": "ngân hàng thương mại",
    "BĐBP": "Bộ đội Biên phòng",
    "H.": "huyện",
}
# The folded ones compared written out (the rest stay for the initials rule: `CP` may be `Chính phủ`).
_COMPARED = ("UBND", "HĐND", "BQL", "QL", "KKTCK", "KKT", "KCN", "CCN", "TP", "TX", "NHTM", "Cty")
ABBREVIATIONS = {search_key(short): search_key(SHORT_FORMS[short]) for short in _COMPARED}
# A company's legal form, written after `Công ty` (folded -> written out): no part of which body it is.
LEGAL_FORMS = {
    **{search_key(short): SHORT_FORMS[short] for short in ("CP", "TNHH", "MTV")},
    **{
        search_key(full): full
        for full in ("Cổ phần", "Trách nhiệm hữu hạn", "Một thành viên", "Hai thành viên trở lên")
    },
}
_LEGAL_FORM = re.compile(
    r"^cong ty\s+(?P<form>(?:(?:" + "|".join(sorted(LEGAL_FORMS, key=len, reverse=True)) + r")(?:\s+|$))+)"
)
_SHORT_WORD = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(short) for short in sorted(SHORT_FORMS, key=len, reverse=True)) + r")(?![\w-])"
)
# A dotted short form before a name (`UBND H. Bắc Tân Uyên`, `H.Yên Dũng`): search keys drop the dot, so it is written
# out before a name is read.
_DOTTED = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(short) for short in SHORT_FORMS if short.endswith(".")) + r")\s*(?=\w)"
)
# Abbreviations with a vowel cannot be read as initials by `abbreviates` (a word could be taken for one),
# so they are always written out; the others are left to the initials rule, where `TP` can be `Tư pháp`.
_VOWELS = set("aeiou")  # y is left out: `YT` (Y tế) reads as initials
_WITH_VOWEL = {short: full for short, full in ABBREVIATIONS.items() if set(short) & _VOWELS}
_IGNORED = {"va", "cac"}


def name_key(text):
    """search_key with generic abbreviations (UBND, QL, KKT, KCN...) written out."""
    return " ".join(ABBREVIATIONS.get(word, word) for word in search_key(text).split())


# The kinds of local unit, the longest first: the province's name after one is the place of a unit of the province so
# named (`phường Lào Cai`, a ward named like its province since 2025), no ending to drop.
class Tails:
    """The endings a name may carry or drop without naming another body: the province, generic qualifiers."""

    def __init__(self, province_name="", generic=(), locative=()):
        self.province_name = province_name
        place = province_key(province_name).split()
        # A centrally-run city writes `thành phố` where a province writes `tỉnh` (`Công an thành phố`).
        level = ["thanh", "pho"] if is_city(province_name) else ["tinh"]
        self.places = []
        self.province = province_own_name(province_name) if place else ""
        self.initials = "".join(word[0] for word in place)
        self._bare = []  # the province's name (or initials) alone, without `tỉnh`
        if place:
            initials = self.initials
            for form in (place, [initials]):
                self.places.extend([[*level, *form], form])
                self._bare.append(form)
        suffixes = [*generic, "thanh pho"] if level != ["tinh"] else generic
        self.generic = sorted(
            ([word for word in search_key(suffix).split() if word not in _IGNORED] for suffix in suffixes),
            key=len,
            reverse=True,
        )
        # The endings that say where (`trên địa bàn`), among the generic ones.
        self.locative = [[word for word in search_key(suffix).split() if word not in _IGNORED] for suffix in locative]
        # The endings by their last word, in the order above: only those can end a name, whose last word is theirs.
        self._by_last = {}
        for tail in (*self.places, *self.generic):
            if tail:
                self._by_last.setdefault(tail[-1], []).append(tail)

    def _unit_named(self, before, place):
        """Whether the words `before` end with a kind of local unit and the province has a unit of it named `place`
        (catalogue `local_unit`: `phường Lào Cai`; not `Hợp tác xã Lào Cai`, no commune being so named)."""
        kind = next((kind for kind in LOCAL_UNIT_KINDS if tuple(before[-len(kind) :]) == kind), None)
        unit = local_unit(self.province_name, " ".join(kind), " ".join(place)) if kind else None
        # of the kind written: `huyện Quảng Ngãi` for the city so named is read as before (the province's ending)
        return unit is not None and search_key(unit[0]) == " ".join(kind)

    def strip(self, tokens):
        changed = True
        while changed and tokens:
            changed = False
            for tail in self._by_last.get(tokens[-1], ()):
                if len(tokens) > len(tail) and tokens[-len(tail) :] == tail:
                    if tail in self._bare and self._unit_named(tokens[: -len(tail)], tail):
                        continue  # `UBND phường Lào Cai`: the ward's name, not where the body is
                    if tail == [self.initials] and tokens[: -len(tail)] == ["so"]:
                        continue  # `Sở CT` in Cần Thơ: Sở Công Thương's initials, not the city's
                    tokens = tokens[: -len(tail)]
                    changed = True
                    break
        return tokens

    def written_out(self, name):
        """The name with the province's initials ending it, as `strip` reads them (`… các KCN BĐ`, `… KCN tỉnh BD`),
        written as the province's name (`… các KCN Bình Định`), without diacritics in a name written without them;
        any other capitals (another province's initials, a zone's) are kept as written."""
        words = (name or "").split()
        last = words[-1] if words else ""
        if not self.initials or not (is_initials(last) and last.isupper() and search_key(last) == self.initials):
            return name
        return " ".join([*words[:-1], _plain(self.province) if _written_plain(name) else self.province])

    def only(self, tokens):
        """Whether the tokens are nothing but endings (`Quảng Ngãi`, `tỉnh QN`)."""
        return bool(tokens) and self.strip(["", *tokens]) == [""]

    def without_locative(self, text):
        """The name as written without an ending that says where and the endings after it (`Các doanh nghiệp viễn
        thông trên địa bàn tỉnh Sơn La`, `… (tại địa phương)` → `Các doanh nghiệp viễn thông`), as `strip` reads the
        name; the text itself when it has none."""
        words = (text or "").split()
        for cut in range(1, len(words)):
            rest = [word for word in search_key(" ".join(words[cut:])).split() if word not in _IGNORED]
            if any(rest[: len(place)] == place for place in self.locative) and self.only(rest):
                return " ".join(words[:cut]).rstrip(" ,;:-–(")
        return text


NO_TAILS = Tails()


def loose_tokens(text, tails=NO_TAILS, expand=True):
    """The words that identify a name; `expand=False` keeps consonant-only abbreviations for `abbreviates`."""
    table = ABBREVIATIONS if expand else _WITH_VOWEL
    words = []
    for word in search_key(text).split():
        words.extend(table.get(word, word).split())
    words = [word for word in words if word not in _IGNORED]
    form = len(words) > 2 and words[0] == "cong" and words[1] == "ty" and _LEGAL_FORM.match(" ".join(words))
    if form:
        # `Công ty CP Điện lực X` is `Công ty Điện lực X`
        words = words[:2] + words[2 + len(form["form"].split()) :]
    return tails.strip(words)


def legal_form(text):
    """The legal form a company's name writes after `Công ty`, written out (`CP` → `Cổ phần`, `TNHH MTV` →
    `Trách nhiệm hữu hạn Một thành viên`), or ""."""
    found = _LEGAL_FORM.match(search_key(text or ""))
    if not found:
        return ""
    form, words = [], found["form"].split()
    while words:
        size = next(size for size in range(len(words), 0, -1) if " ".join(words[:size]) in LEGAL_FORMS)
        form.append(LEGAL_FORMS[" ".join(words[:size])])
        words = words[size:]
    return " ".join(form)


def with_legal_form_written_out(text):
    """A company's name with its legal form written out (`Công ty CP Gạch Tuynel X`, `Cty TNHH MTV Y` → `Công ty Cổ
    phần Gạch Tuynel X`, `Công ty Trách nhiệm hữu hạn Một thành viên Y`), without diacritics where the name is written
    without them, as a company the catalogue proposes is named (`legal_form`); any other name as written."""
    words = (text or "").split()
    head = 1 if words and search_key(words[0]) == "cty" else 2
    if search_key(" ".join(words[:head])) not in ("cty", "cong ty") or not legal_form(
        f"Công ty {' '.join(words[head:])}"
    ):
        return text
    at = head
    while at < len(words):
        size = next((size for size in range(3, 0, -1) if search_key(" ".join(words[at : at + size])) in LEGAL_FORMS), 0)
        if not size:
            break
        at += size
    plain = _written_plain(text)
    company, form = "Công ty", legal_form(f"Công ty {' '.join(words[head:at])}")
    return " ".join((_plain(company) if plain else company, _plain(form) if plain else form, *words[at:]))


def _plain(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def plain_word(word):
    """A word without its marks, in lower case (`Quản` → `quan`)."""
    return _plain(unicodedata.normalize("NFC", word)).lower()


def lacks_diacritics(text):
    """Whether the text carries no Vietnamese mark (`Yen Bai`, `1`)."""
    return _plain(text) == text


def respelled(written, listed):
    """The name as written with each letter's case and marks as `listed` writes it, the writer's spacing and
    punctuation kept (`Krông pắc`, `Krong Pac` → `Krông Pắc`; `Ia H'drai` beside `Ia H' Drai` → `Ia H'Drai`); "" when
    the two are not the same letters once case and marks are folded."""
    written, listed = unicodedata.normalize("NFC", written or ""), unicodedata.normalize("NFC", listed or "")
    letters = [letter for letter in listed if letter.isalnum()]
    if [plain_word(letter) for letter in written if letter.isalnum()] != [plain_word(letter) for letter in letters]:
        return ""
    spelled = iter(letters)
    return "".join(next(spelled) if letter.isalnum() else letter for letter in written)


def _written_plain(text):
    """Whether a name is written without diacritics: none in it, and a word in lower case that would carry them
    (`Nghi Son va cac KCN`); a name of short forms and capitalised place names (`UBND TP Cam Ranh`) may be either, and
    is written out with them."""
    return _plain(text) == text and any(word[:1].islower() for word in text.split())


def written_in_full(text):
    """The name with the short forms of SHORT_FORMS written out (`BQL KKT Nghi Sơn và các KCN` → `Ban Quản lý Khu kinh
    tế Nghi Sơn và các khu công nghiệp`); without diacritics where the name is written without them."""
    plain = _written_plain(text)

    def full(found):
        words = SHORT_FORMS[found[1]]
        return _plain(words) if plain else words

    return " ".join(_SHORT_WORD.sub(full, text).split())


def loose_key(text, tails=NO_TAILS):
    return " ".join(loose_tokens(text, tails))


# One Vietnamese syllable without its diacritics: onset, vowels, final consonant.
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?(?:[aeiouy]*[aeiou][aeiouy]*(?:ch|ng|nh|[cmnpt])?|y)$"
)


def is_initials(token):
    """`KHĐT`, `TNMT`, `DQ`, `YT`, `ĐNNA` (Đông Nam Nghệ An): two or more letters that are no Vietnamese syllable."""
    return len(token) >= 2 and token.isalpha() and not _SYLLABLE.match(token)


def abbreviates(written, full):
    """True if the tokens `written` spell the tokens `full` with at least one initials token.

    Each written token is either the next syllable itself or the initials of as many next syllables as it has
    letters; the whole name must be covered, so `Sở KH` is not `Sở Kế hoạch và Đầu tư`.
    """
    if not written or not full or written[0][0] != full[0][0]:
        return False
    states = {(0, 0, False)}
    while states:
        following = set()
        for i, j, used in states:
            if i == len(written):
                if j == len(full) and used:
                    return True
                continue
            token = written[i]
            if j < len(full) and token == full[j]:
                following.add((i + 1, j + 1, used))
            end = j + len(token)
            if is_initials(token) and end <= len(full):
                if all(full[j + k][0] == letter for k, letter in enumerate(token)):
                    following.add((i + 1, end, True))
        states = following
    return False


# What a cell says about a body's part in the task or about the person heading it, not which body it is:
# `Sở Tài chính (chủ trì)`, `Phối hợp: Sở Tư pháp`, `Chủ tịch UBND các xã, phường`, `Giám đốc Công an tỉnh`.
LEAD, COORDINATING = "lead", "coordinating"
_ROLE_WORDS = {"chu tri": LEAD, "phoi hop": COORDINATING}
_PART_WORD = f"(?:{'|'.join(_ROLE_WORDS)})"  # `chủ trì` or `phối hợp`, on a search key
_ROLE_PREFIX = re.compile(
    r"^(?:(?:co quan|don vi|cac co quan|cac don vi)\s+)?(?P<role>chu tri|phoi hop)(?:\s+(?:thuc hien|la|voi))?\s+"
    r"|^(?:co quan|don vi)\s+thuc hien\s+"
)
_ROLE_SUFFIX = re.compile(
    r"\s+(?:la\s+)?(?P<shared>dong\s+)?(?P<role>chu tri|phoi hop|thuc hien|tham muu|dau moi)(?:\s+thuc hien)?$"
)
_TITLE = re.compile(
    r"^(?:pho\s+)?(?:chu tich|giam doc|thu truong|truong ban|chi huy truong|nguoi dung dau|lanh dao|"
    r"chanh van phong|chanh thanh tra|truong phong)\s+(?:cac\s+(?=co quan|don vi|so|ban)|cua\s+)?"
)
# A department's own inspectorate or office (`Thanh tra Sở Giao thông vận tải`, `Văn phòng Sở Y tế`) is a unit of
# the department, no body of its own: the task is the department's, as the fire police's is Công an tỉnh's.
_UNIT_OF_DEPARTMENT = re.compile(r"^(?:thanh tra|van phong)\s+(?=so\s)")
# Local governments named by their unit alone (`các xã, phường`, `cấp xã`, `huyện Bình Sơn`, `TX Kinh Môn`, a city's
# `các quận, huyện`; a lone `quận` may be `quân`'s fold) are their people's committees: `UBND` is what a clerk leaves
# out.
_LOCAL_UNIT = re.compile(
    r"^(?:(?:cac|cap)\s+quan\b|(?:cac\s+|cap\s+)?(?:xa|phuong|huyen|thi xa|(?:tx|tp)(?= \w)|thi tran|dac khu)\b)"
    r"(?!\s+hoi\b)"
)
# The kind words of the body a unit comes under, written after the unit, on its search key (`Sở …`, `UBND …`, `Cục …`).
_PARENT_KIND = r"(?:so|ban|uy ban nhan dan|ubnd|cuc|bo)\b"
# `TT Khuyến công thuộc Sở Công Thương`: the body a unit comes under, written after it, to the end of the name; never
# across the words giving a part (`… thuộc Sở Công Thương chủ trì, phối hợp với Sở Tài chính` names two bodies).
_UNDER = re.compile(rf"\s+(?:truc\s+)?thuoc\s+(?P<parent>{_PARENT_KIND}(?:(?!\s{_PART_WORD}\b).)*)$")
_COMMITTEE = re.compile(r"^(?:ubnd|uy ban nhan dan)\b")
# A city of the province named after its kind word spelled out (`thành phố Đồng Xoài`), on its search key.
_CITY_PLACE = re.compile(r"^thanh pho\s+\S")
# The words giving a body's part, anywhere in a search key: a unit's name holds none.
_PART_WORDS = re.compile(rf"\b{_PART_WORD}\b")
# The same, on the name as written: the unit before it and the body it comes under after `thuộc`.
_UNDER_WRITTEN = re.compile(r"^(?P<unit>.*?\S)\s+(?:trực\s+|truc\s+)?(?:thuộc|thuoc)\s+(?P<parent>\S.*)$", re.I | re.S)
# The kinds of a body's unit, on its search key (`Chi cục Thủy lợi`, `Trung tâm Giống cây trồng`, `Phòng Quản lý đô
# thị`, `TT …`, `Đội …`): a part of another body, never a body a bracket after it could be part of.
_UNIT_KIND = re.compile(r"^(?:chi cuc|trung tam|tt|phong|doi|ban|van phong|thanh tra|to)\s+\S")
# Where a unit written before its body may end: a dash (spaced, unspaced or at a line break) or a space
# (`Phòng Quản lý Công nghiệp - Sở Công Thương`, `Phòng Kinh tế UBND phường Bình An`).
_BEFORE_BODY = re.compile(r"\s*[-–]\s*|\s+")
# A body written as its capitals alone (`SCT`, `SKHĐT`, `SNN&MT`), after `thuộc`.
_INITIALS_WRITTEN = re.compile(r"^[A-ZĐ][A-ZĐ&-]{1,8}(?:\s|$)")
# A dotted initial `S.` (`S.KHCN`, `S. Tài chính`) is `Sở`; `S¢` or `S&` is OCR damage, left to a person.
_DOTTED_SO = re.compile(r"^\s*S\s*\.\s*(?=\w)")


def role_named(word):
    """LEAD for `chủ trì`, COORDINATING for `phối hợp` (with or without diacritics), else None."""
    return _ROLE_WORDS.get(search_key(word))


def role_of(text):
    """The part a cell's words give a body (`(chủ trì)` → LEAD, `phối hợp:` → COORDINATING), or None."""
    key = search_key(text)
    found = _ROLE_PREFIX.match(key) or _ROLE_SUFFIX.search(key)
    return _ROLE_WORDS.get(found["role"]) if found and found["role"] else None


def ends_with_role(text):
    """Whether a line ends with the words giving its body's part (`UBND xã Tân Hòa (chủ trì)`, `Sở Y tế phối hợp`):
    the name is whole, the next line starts another."""
    found = _ROLE_SUFFIX.search(search_key(text))
    return bool(found and found["role"] in _ROLE_WORDS)


def without_role(text):
    """The name as written without the words that give the body's part in the task, before or after it (`UBND TX Ngã
    Năm chủ trì`, `phối hợp với UBND huyện Trần Đề`, `Chủ trì: Sở Y tế`, `UBND huyen Tran De (chu tri)`): the body's
    name alone, as a name to create or keep. A name that is nothing but such words is left as it is; `thực hiện` at
    the end may be part of a name (`Tổ công tác thực hiện …`) and is kept."""
    words = (text or "").split()
    for size in range(min(6, len(words) - 1), 0, -1):
        if _ROLE_PREFIX.fullmatch(search_key(" ".join(words[:size])) + " "):
            words = words[size:]
            break
    end = _role_suffix_start(words)
    name = " ".join(words[:end]).strip(" ,;:-(")
    return name or text


def _role_suffix_start(words):
    """Where the words giving the body's part after its name start (`chủ trì`, `(phối hợp)`, `đồng chủ trì`), or
    len(words): a `Đồng` of the name before them is the name's (`_names_dong`)."""
    for size in range(min(4, len(words) - 1), 0, -1):
        found = _ROLE_SUFFIX.fullmatch(" " + search_key(" ".join(words[-size:])))
        if found and found["role"] in _ROLE_WORDS:
            start = len(words) - size
            if search_key(words[start]) == "la" and _capitalised_after_capitalised(words, start):
                # `Công ty CP Mía đường Sơn La (chủ trì)`: the place's `La`, not `là chủ trì`
                return start + 1
            if found["shared"] and _names_dong(words, start):
                return start + 1
            return _bracket_opened_before(words, start)
    return len(words)


def _bracket_opened_before(words, start):
    """Where the words giving the part start when a bracket opens on the word for a body before them (`Sở TT&TT (cơ
    quan chủ trì)`, `(đơn vị phối hợp)`): at the bracket, no part of the name."""
    if start >= 2 and words[start - 2].startswith("(") and search_key(" ".join(words[start - 2 : start])) in _BODY_WORD:
        return start - 2
    return start


_BODY_WORD = {"co quan", "don vi"}  # what a bracket giving the part may call the body, folded


def _capitalised_after_capitalised(words, at):
    """Whether `words[at]` and the word before it start with a capital: a word of a name (`Sơn La`), not a role word."""
    word, before = words[at].lstrip("(["), words[at - 1].lstrip("([") if at else ""
    return bool(before) and word[:1].isupper() and before[:1].isupper()


def _names_dong(words, at):
    """Whether `words[at]` is a capitalised `Đồng` (or `Đông`, `Dong`) right after a capitalised word: the end of a
    person's or place's name (`Trường Cao đẳng Lê Quý Đồng phối hợp`, `Công ty CP Hòa Đồng (phối hợp)`); or a `đồng`
    that is one word with the one before it (`Trường Cao đẳng Cộng đồng`, `Hội đồng`). Never the `đồng` of `đồng chủ
    trì` (a body that leads with others), written in lower case after a name or where a cell starts."""
    word, before = words[at].lstrip("(["), words[at - 1].lstrip("([") if at else ""
    if plain_word(word) != "dong" or not before:
        return False
    return (word[:1].isupper() and before[:1].isupper()) or plain_word(before) in _WORDS_WITH_DONG


# The words `đồng` makes one word with after them (`cộng đồng`, `hội đồng`), folded.
_WORDS_WITH_DONG = {"cong", "hoi"}
# A capitalised `Đồng`, `Đông` or `Dong`: what `ends_in_named_dong` looks for before reading a name's words.
_DONG = re.compile(r"\b[ĐD][ồôo]ng\b")


def ends_in_named_dong(text):
    """Whether the words giving the body's part follow a `Đồng` of its name (`… Lê Quý Đồng phối hợp`), which a search
    key alone reads as `đồng phối hợp`: the name is read without them (`without_role`)."""
    if not text or not _DONG.search(text):
        return False
    words = text.split()
    end = _role_suffix_start(words)
    return 0 < end < len(words) and _names_dong(words, end - 1)


def shares_role(text):
    """Whether a name's part is one it shares with others (`Sở Nội vụ (đồng chủ trì)`), not a name ending in `Đồng`
    before its part (`Trường Cao đẳng Lê Quý Đồng chủ trì`)."""
    words = (text or "").split()
    return any(
        search_key(" ".join(words[at : at + 3])) == "dong chu tri" and not _names_dong(words, at)
        for at in range(len(words))
    )


def written_out(text):
    """The name with a dotted `S.` written as `Sở` (`S.KHCN`, `S. Tài chính`) and the dotted short forms of SHORT_FORMS
    written out (`UBND H. Bắc Tân Uyên` → `UBND huyện Bắc Tân Uyên`)."""
    if not text:
        return text
    plain = _written_plain(text)
    text = _DOTTED_SO.sub("Sở ", text, count=1)
    return _DOTTED.sub(lambda found: f"{_plain(SHORT_FORMS[found[1]]) if plain else SHORT_FORMS[found[1]]} ", text)


def plain_key(key):
    """A search key without the role words, the title of the person heading the body, a department's unit before the
    department (`Thanh tra Sở …`) and the body it comes under (`… thuộc Sở Công Thương`), with `UBND` written before a
    local unit named alone; the key itself when none of these is there."""
    previous = None
    while previous != key:
        previous = key
        key = _ROLE_SUFFIX.sub("", _ROLE_PREFIX.sub("", key, count=1)).strip()
        key = _TITLE.sub("", key, count=1)
        key = _UNIT_OF_DEPARTMENT.sub("", key, count=1)
        if not _COMMITTEE.match(key):
            # a people's committee comes under no department: `UBND xã Hòa Thuoc⏎Sở Y tế` is two names
            key = _UNDER.sub("", key, count=1)
    if _LOCAL_UNIT.match(key):
        key = f"uy ban nhan dan {key}"
    return key


def parent_key(key):
    """The search key of the body a unit comes under in a search key (`… thuoc so cong thuong (chu tri)`: `so cong
    thuong`), the words giving its part dropped; "" when it names none."""
    found = _UNDER.search(_ROLE_SUFFIX.sub("", key).strip())
    return found["parent"] if found else ""


class UnitOfBody(typing.NamedTuple):
    """A unit written with the body it comes under (`unit_and_parent`): the unit's name and the body's, as written;
    `before`: the unit written before the body, a dash or nothing between, not after `thuộc` or in brackets."""

    unit: str
    parent: str
    before: bool = False


def unit_and_parent(text):
    """The UnitOfBody of a name that writes a unit with the body it belongs to: after `thuộc` or in brackets
    (`Trung tâm Giống cây trồng thuộc Sở NN&MT`, `Chi cục Thủy lợi (Sở NN&PTNT)`, `TT Khuyến công thuộc SCT`), or
    before it (`unit_before_body`); None for any other name (`Sở Y tế (chủ trì)`: no unit before the bracket)."""
    flat = " ".join((text or "").split())
    found = re.match(r"^(?P<unit>[^()]*\S)\s*\((?P<parent>[^()]+)\)[\s.,;]*$", flat) or _UNDER_WRITTEN.match(flat)
    if not found or not _UNIT_KIND.match(search_key(found["unit"])):
        return unit_before_body(text)
    if _PART_WORDS.search(search_key(found["unit"])):
        return None  # `Chi cục QLTT chủ trì, phối hợp với Trung tâm Khuyến công thuộc Sở Công Thương`: two names
    parent = found["parent"].strip(" .,;")
    if not (_UNDER.match(" thuoc " + search_key(parent)) or _INITIALS_WRITTEN.match(parent)):
        return None
    return UnitOfBody(found["unit"].strip(" ,;:-"), parent)


def unit_before_body(text):
    """The UnitOfBody of a unit written before the body it comes under, a dash or nothing between: `Phòng Quản lý Công
    nghiệp - Sở Công Thương` (the dash also at a line break), `Chi cục Thủy lợi Sở NN&PTNT`, `Phòng Văn hóa - Xã hội
    UBND xã Tân Phú`; a `Phòng` also before the commune, ward or district-level place alone whose committee it
    serves (`Phòng Kinh tế TX Long Điền`). The first place, from the left, where the words before start with a unit's
    kind (`_UNIT_KIND`) and those after name a body by its kind word, capitalised (`Sở`, `UBND`, `Ban`, `Cục`, `Bộ`;
    after a dash also its capitals alone, `SCT`); a line break with no dash, a comma or a semicolon separates two
    names, and so does `và` before the body (`Văn phòng HĐND và UBND huyện`). None when there is no such place: a
    dash inside one name (`Phòng Văn hóa - Xã hội`, `Sở Lao động - Thương binh và Xã hội`) or between bodies of their
    own (`Sở Tài chính - Sở Xây dựng`). Whether the unit is itself a body the portal knows, which makes it a name of
    its own, is the matcher's to say."""
    text = (text or "").strip()
    if not _UNIT_KIND.match(search_key(text)):
        return None
    for gap in _BEFORE_BODY.finditer(text):
        unit, parent = text[: gap.start()], text[gap.end() :].strip(" .,;")
        dash = gap[0].strip() in ("-", "–")
        if not parent or (not dash and "\n" in gap[0]) or not _UNIT_KIND.match(search_key(unit)):
            continue
        if re.search(rf"(?:^|\s)(?:va|{_PARENT_KIND})$", search_key(unit)) or re.search(r"[,;()]", unit):
            # `Văn phòng HĐND và UBND …`, `Phòng Kinh tế⏎UBND phường …`: the body's kind word is no unit's; `Ban
            # Quản lý KKT A, UBND các huyện`: a list
            continue
        key = search_key(parent)
        named = parent[:1].isupper() and re.match(_PARENT_KIND, key)
        office = search_key(unit).startswith("phong ")
        local = office and _LOCAL_UNIT.match(key)
        if office and _CITY_PLACE.match(key):
            # `Phòng Kinh tế thành phố Đồng Xoài`: a city's committee; `thành phố` alone is no local unit's word
            # (`_LOCAL_UNIT`: a centrally-run city names itself so), so its committee is written out
            local, parent = True, f"UBND {parent}"
        if named or local or (dash and _INITIALS_WRITTEN.match(parent)):
            return UnitOfBody(" ".join(unit.split()).strip(" ,;:-"), " ".join(parent.split()), before=True)
    return None
