"""How offices write agency names: keys that ignore the ways a name varies, and the rule for abbreviations.

- `name_key`: search_key with the generic abbreviations (UBND, QL, KKT, KCN…) written out.
- `loose_tokens`: also ignores `và`/`&`/`-` and `các`, the province's name or its initials at the end
  (`… Quảng Ngãi`, `… tỉnh QN`) and generic tails (`liên quan`, `tỉnh`, `trên địa bàn`).
- `abbreviates`: whether a name written with initials (`Sở KH-ĐT`, `BQL KKTDQ và các KCN QN`) is a full name,
  each initials token standing for consecutive syllables (`DQ` ↔ `Dung Quất`).
"""

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


def is_initials(token):
    """`KHĐT`, `TNMT`, `DQ`, `YT`: two or more letters and no vowel, so not a Vietnamese word."""
    return len(token) >= 2 and token.isalpha() and not set(token) & _VOWELS


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
