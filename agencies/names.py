"""How offices write agency names: keys that ignore the ways a name varies, and the rule for abbreviations.

- `name_key`: search_key with the generic abbreviations (UBND, QL, KKT, KCN…) written out.
- `loose_tokens`: also ignores `và`/`&`/`-` and `các`, the province's name or its initials at the end
  (`… Quảng Ngãi`, `… tỉnh QN`) and generic tails (`liên quan`, `tỉnh`, `trên địa bàn`).
- `abbreviates`: whether a name written with initials (`Sở KH-ĐT`, `BQL KKTDQ và các KCN QN`) is a full name,
  each initials token standing for consecutive syllables (`DQ` ↔ `Dung Quất`).
"""

import re

from .normalize import search_key

# Written out before comparing, so `Ban QL KKT ... và các KCN ...` equals the full name without an alias.
ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "bql": "ban quan ly",
    "ql": "quan ly",
    "kkt": "khu kinh te",
    "kcn": "khu cong nghiep",
    "ccn": "cum cong nghiep",
    "tp": "thanh pho",
    "tx": "thi xa",
}
# Abbreviations with a vowel cannot be read as initials by `abbreviates` (a word could be taken for one),
# so they are always written out; the others are left to the initials rule, where `TP` can be `Tư pháp`.
_VOWELS = set("aeiou")  # y is left out: `YT` (Y tế) reads as initials
_WITH_VOWEL = {short: full for short, full in ABBREVIATIONS.items() if set(short) & _VOWELS}
_IGNORED = {"va", "cac"}


def name_key(text):
    """search_key with generic abbreviations (UBND, QL, KKT, KCN...) written out."""
    return " ".join(ABBREVIATIONS.get(word, word) for word in search_key(text).split())


class Tails:
    """The endings a name may carry or drop without naming another body: the province, generic qualifiers."""

    def __init__(self, province_name="", generic=()):
        place = search_key(province_name).split()
        # A centrally-run city writes `thành phố` where a province writes `tỉnh` (`Công an thành phố`).
        level = ["thanh", "pho"] if place[:2] == ["thanh", "pho"] else ["tinh"]
        place = place[2:] if level != ["tinh"] else place
        self.places = []
        if place:
            initials = "".join(word[0] for word in place)
            for form in (place, [initials]):
                self.places.extend([[*level, *form], form])
        suffixes = [*generic, "thanh pho"] if level != ["tinh"] else generic
        self.generic = sorted(
            ([word for word in search_key(suffix).split() if word not in _IGNORED] for suffix in suffixes),
            key=len,
            reverse=True,
        )

    def strip(self, tokens):
        changed = True
        while changed:
            changed = False
            for tail in (*self.places, *self.generic):
                if len(tokens) > len(tail) and tokens[-len(tail) :] == tail:
                    tokens = tokens[: -len(tail)]
                    changed = True
                    break
        return tokens

    def only(self, tokens):
        """Whether the tokens are nothing but endings (`Quảng Ngãi`, `tỉnh QN`)."""
        return bool(tokens) and self.strip(["", *tokens]) == [""]


NO_TAILS = Tails()


def loose_tokens(text, tails=NO_TAILS, expand=True):
    """The words that identify a name; `expand=False` keeps consonant-only abbreviations for `abbreviates`."""
    table = ABBREVIATIONS if expand else _WITH_VOWEL
    words = []
    for word in search_key(text).split():
        words.extend(table.get(word, word).split())
    return tails.strip([word for word in words if word not in _IGNORED])


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
_ROLE_PREFIX = re.compile(
    r"^(?:(?:co quan|don vi|cac co quan|cac don vi)\s+)?(?P<role>chu tri|phoi hop)(?:\s+(?:thuc hien|la|voi))?\s+"
    r"|^(?:co quan|don vi)\s+thuc hien\s+"
)
_ROLE_SUFFIX = re.compile(
    r"\s+(?:la\s+)?(?:dong\s+)?(?P<role>chu tri|phoi hop|thuc hien|tham muu|dau moi)(?:\s+thuc hien)?$"
)
_TITLE = re.compile(
    r"^(?:pho\s+)?(?:chu tich|giam doc|thu truong|truong ban|chi huy truong|nguoi dung dau|lanh dao|"
    r"chanh van phong|chanh thanh tra|truong phong)\s+(?:cac\s+(?=co quan|don vi|so|ban)|cua\s+)?"
)
# Local governments named by their unit alone (`các xã, phường`, `cấp xã`, `huyện Bình Sơn`, `TX Kinh Môn`) are their
# people's committees: `UBND` is what a clerk leaves out.
_LOCAL_UNIT = re.compile(
    r"^(?:cac\s+|cap\s+)?(?:xa|phuong|huyen|thi xa|(?:tx|tp)(?= \w)|thi tran|dac khu)\b(?!\s+hoi\b)"
)
# `TT Khuyến công thuộc Sở Công Thương`: the body a unit comes under, written after it, names no other body.
_UNDER = re.compile(r"\s+(?:truc\s+)?thuoc\s+(?:so|ban|uy ban nhan dan|ubnd|cuc|bo)\b.*$")
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


def written_out(text):
    """The name with a dotted `S.` written as `Sở` (`S.KHCN`, `S. Tài chính`)."""
    return _DOTTED_SO.sub("Sở ", text, count=1) if text else text


def plain_key(key):
    """A search key without the role words, the title of the person heading the body and the body it comes under
    (`… thuộc Sở Công Thương`), with `UBND` written before a local unit named alone; the key itself when none of these
    is there."""
    previous = None
    while previous != key:
        previous = key
        key = _ROLE_SUFFIX.sub("", _ROLE_PREFIX.sub("", key, count=1)).strip()
        key = _TITLE.sub("", key, count=1)
        key = _UNDER.sub("", key, count=1)
    if _LOCAL_UNIT.match(key):
        key = f"uy ban nhan dan {key}"
    return key
