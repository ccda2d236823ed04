"""Text typed in the old Vietnamese font encodings (TCVN3/ABC, VNI) read back as Unicode.

Before Unicode, offices typed Vietnamese with fonts such as .VnTime (TCVN3) or VNI-Times, whose
letters sit on the code points of Western accented letters and symbols: a workbook saved then, or
copied from one, holds "Së C«ng Th­¬ng" (TCVN3) or "Sôû Coâng Thöông" (VNI) for "Sở Công Thương".
A cell is taken for one of them only when it holds a character that encoding uses and Vietnamese
never does, and none that only Unicode Vietnamese has; anything else is left as written.
"""

import re

TCVN3_SOURCE = "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉËÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\xadøõö÷ùýúûüþ®§¡¢£¤¥¦"
TCVN3_TARGET = "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđĐĂÂÊÔƠƯ"
TCVN3 = str.maketrans(TCVN3_SOURCE, TCVN3_TARGET)
# Symbols TCVN3 puts letters on: no Vietnamese or VNI text contains them.
TCVN3_SIGNS = set("¸µ¶·¹¨¾»¼½©ª«¬\xad®§¡¢£¤¥¦×Þ÷þ")

# VNI writes a letter as its base letter followed by a mark (two code points), or as one code point.
_VNI_MARKS = {
    "a": ("a", "aù aø aû aõ aï", "aê aé aè aú aü aë", "aâ aá aà aå aã aä"),
    "e": ("e", "eù eø eû eõ eï", "", "eâ eá eà eå eã eä"),
    "o": ("o", "où oø oû oõ oï", "", "oâ oá oà oå oã oä"),
    "u": ("u", "uù uø uû uõ uï", "", ""),
    "y": ("y", "yù yø yû yõ î", "", ""),
}
_VIETNAMESE = {
    "a": ("a", "á à ả ã ạ", "ă ắ ằ ẳ ẵ ặ", "â ấ ầ ẩ ẫ ậ"),
    "e": ("e", "é è ẻ ẽ ẹ", "", "ê ế ề ể ễ ệ"),
    "o": ("o", "ó ò ỏ õ ọ", "", "ô ố ồ ổ ỗ ộ"),
    "u": ("u", "ú ù ủ ũ ụ", "", ""),
    "y": ("y", "ý ỳ ỷ ỹ ỵ", "", ""),
}


def _vni_table():
    table = {}
    for base, groups in _VNI_MARKS.items():
        for written, meant in zip(groups[1:], _VIETNAMESE[base][1:], strict=True):
            for source, target in zip(written.split(), meant.split(), strict=True):
                table[source] = target
                upper = source[0].upper() + source[1:].upper() if len(source) == 2 else source.upper()
                table[upper] = target.upper()
    single = {"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "ô": "ơ", "ö": "ư", "ñ": "đ"}
    for source, target in single.items():
        table.setdefault(source, target)
        table.setdefault(source.upper(), target.upper())
    # ơ and ư take marks too: "ôù" is ớ, "öï" is ự.
    for base, meant in (("ô", "ớ ờ ở ỡ ợ"), ("ö", "ứ ừ ử ữ ự")):
        for mark, target in zip("ù ø û õ ï".split(), meant.split(), strict=True):
            table[base + mark] = target
            table[(base + mark).upper()] = target.upper()
    return table


VNI = _vni_table()
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, VNI), key=len, reverse=True)))
# Letters VNI uses as marks or letters that Vietnamese itself never writes.
VNI_SIGNS = set("öûøïñüëåäæîÖÛØÏÑÜËÅÄÆÎ")
# Letters only Unicode Vietnamese has: their presence means the text is already right.
_UNICODE_VIETNAMESE = re.compile("[ăĂđĐơƠưƯ\u1ea0-\u1ef9]")


def legacy_encoding(text):
    """ "TCVN3" or "VNI" when the text reads as typed in that old font encoding, else None."""
    if text.isascii() or _UNICODE_VIETNAMESE.search(text):
        return None
    letters = set(text)
    if letters & TCVN3_SIGNS:
        return "TCVN3"
    if letters & VNI_SIGNS:
        return "VNI"
    return None


def to_unicode(text, encoding):
    """The text in Unicode; a word typed in capitals stays in capitals (the capital fonts reuse the same codes)."""
    if encoding == "TCVN3":
        converted = text.translate(TCVN3)
    else:
        converted = _VNI_PATTERN.sub(lambda found: VNI[found.group(0)], text)
    return " ".join(_capitals(word, source) for word, source in zip(converted.split(" "), text.split(" "), strict=True))


def _capitals(word, source):
    plain = [char for char in source if char.isascii() and char.isalpha()]
    if len(plain) > 1 and all(char.isupper() for char in plain):
        return word.upper()
    return word
