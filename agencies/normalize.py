"""Search keys for Vietnamese text that compare equal with or without diacritics.

The key is computed in Python and stored, so matching and search behave the same on
SQLite and PostgreSQL (neither database's collation is relied on).
"""

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


def search_key(text):
    """Fold case and diacritics: 'Sở KH&ĐT' -> 'so kh va dt'.

    `đ`/`Đ` become `d` (they are not combining marks, so NFD leaves them alone) and `&`
    reads as `và`, the way officials write `Sở KH&ĐT` for `Sở Kế hoạch và Đầu tư`.
    """
    if not text:
        return ""
    folded = text.translate(_FOLD)
    if not folded.isascii():
        # Letters outside the table (rare scripts, stray combining marks): the general rule.
        decomposed = unicodedata.normalize("NFD", folded)
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        return _NON_WORD.sub(" ", folded.lower()).strip()
    return " ".join(folded.lower().translate(_ASCII_NON_WORD).split())


# Each word of a search is one more condition in the query; SQLite refuses a query past a fixed depth.
MAX_SEARCH_WORDS = 20


def search_terms(text):
    """The distinct words of a search box's text as search keys, the first MAX_SEARCH_WORDS of them."""
    return list(dict.fromkeys(search_key(text).split()))[:MAX_SEARCH_WORDS]


def _fold_table():
    """One translate() table doing what NFD + dropping combining marks does to Latin letters.

    Importing 50,000 task rows computes a key per row; str.translate is several times faster
    than normalizing each string. `tests/test_normalize.py` holds the two ways equal.
    """
    table = {ord("đ"): "d", ord("Đ"): "D", ord("&"): " va "}
    for code in range(0x80, 0x2000):
        char = chr(code)
        if unicodedata.combining(char):
            table[code] = None
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if base != char:
            table[code] = base
    return table


_FOLD = _fold_table()
_ASCII_NON_WORD = {code: " " for code in range(128) if not chr(code).isdigit() and not "a" <= chr(code) <= "z"}


def ocr_key(text):
    """A coarser key for OCR-damaged text (seed 004): letters OCR confuses are merged.

    `Đ` read as `P` (`Pau tu` for `Đầu tư`), `l`/`I`/`1` for one another, `ơ` read as
    `&`, `6`, `¢`, `é` or `o` in `Sở`. Only used to propose a match for a person to confirm.
    """
    key = search_key(text)
    key = re.sub(r"\bp(?=[aeiouy])", "d", key)
    key = key.translate(str.maketrans({"1": "l", "i": "l", "0": "o", "6": "o"}))
    key = re.sub(r"\bs(?: va| o|e)?\b", "so", key)  # 'S&', 'S6', 'S¢', 'Sé', 'So' for 'Sở'
    return re.sub(r"\s+", " ", key).strip()


# A word of two letters or more with one 0 or 1 among them (`c0ng`, `1ien`; not `pc06`, `10`, `s0`).
_DIGIT_IN_WORD = re.compile(r"\b(?=[a-z]*[01][a-z]*\b)(?=(?:[01]?[a-z]){2})\w+\b")


def letters_for_digits(key):
    """A search key with the digits OCR reads for letters inside a word written back (`c0ng` → `cong`, `1ien` →
    `lien`): no Vietnamese word has a digit inside it. Numbers on their own are left alone."""
    return _DIGIT_IN_WORD.sub(lambda word: word.group(0).replace("0", "o").replace("1", "l"), key)


# A word of letters, whose tone modern_tone places.
_WORD = re.compile(r"[^\W\d_]+")
# The tone marks, decomposed (NFD): grave, acute, tilde, hook above, dot below.
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# A word ending in `oa`, `oe` or `uy` (no final consonant; `uy` not after `q`, where `u` is part of `qu`) with its tone
# on the last vowel, decomposed: the old placement (`Hoà`, `Thuỷ`, `khoá`).
_OLD_TONE = re.compile(rf"(?i)(?P<first>o|(?<!q)u)(?P<last>(?<=[oO])[ae]|(?<=[uU])y)(?P<tone>[{_TONE_MARKS}])$")


def modern_tone(text):
    """The text with the tone of a word ending in `oa`, `oe` or `uy` on its first vowel, as the portal writes names
    (`Hòa`, `Thủy`, `khóa`; `Hoà`, `Thuỷ`, `khoá` are the old placement): one spelling for a name written either way.
    `Quỳ`, `Hoàng`, `ngoài` are the same in both placements and are left alone."""

    def moved(found):
        word = unicodedata.normalize("NFD", found[0])
        old = _OLD_TONE.search(word)
        if old is None:
            return found[0]
        return unicodedata.normalize("NFC", f"{word[: old.start()]}{old['first']}{old['tone']}{old['last']}")

    return _WORD.sub(moved, text or "")
