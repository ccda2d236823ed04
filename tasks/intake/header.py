"""Read a directive's header and signature from its blocks: issuer, number and symbol, kind, place and date, subject,
recipients, signer, and the documents it rests on or carries out.

The words are read by the spreadsheet import's title reader (`tasks.importing.layout.read_title`), fed the header
as lines; what only a document has (the letterhead split over lines, Kính gửi, the signature, Căn cứ paragraphs)
is read here.
"""

import re
from dataclasses import dataclass, field

from agencies.matching import starts_name
from agencies.normalize import search_key
from tasks.importing.layout import KIND_WORDS, NUMBER_SYMBOL, TitleInfo, read_references, read_title
from tasks.importing.reader import Row
from tasks.models import LinkRelation

BOILERPLATE = ("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc")
ISSUER_WORDS = ("uy ban nhan dan", "ubnd", "van phong", "so ", "ban ", "bo ", "tinh uy", "thanh uy", "hoi dong")
RECIPIENTS = re.compile(r"^k[ií]nh\s+g[ửu]i\s*:?\s*", re.IGNORECASE)
# An addressee line under `Kính gửi:`: a bullet (`- Sở Công Thương;`) or a number (`1. Sở Tài chính;`), short and
# ending as a list item does; a numbered line is an addressee only when it names a body.
ADDRESSEE_MAX = 100  # an addressee's name; a longer numbered line is a sentence
RECIPIENT_LINE = re.compile(r"^(?:[-+•]|(?P<number>\d{1,2}\s*[.)]))\s*(?P<name>.+?)\s*[;,.]?\s*$", re.DOTALL)
COPIES = re.compile(r"^n\S{1,2}i\s+nh\S{1,2}n\s*:", re.IGNORECASE)  # `Nơi nhận:`, OCR `Noi nhén:`
SUBJECT_LINE = re.compile(r"^V/v\b", re.IGNORECASE)
SIGNATURE_START = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\.\s", re.IGNORECASE)
CAPACITY_WORDS = ("chu tich", "pho chu tich", "giam doc", "pho giam doc", "truong ban", "bo truong", "thu truong")
BASED_ON = ("can cu",)
CARRIES_OUT = ("thuc hien", "trien khai")
NUMBER_GLUED = re.compile(r"^(s[ốo]\s*:?\s*\d+)(?=[A-ZĐ])", re.IGNORECASE)  # `Số: 953UBND-CNXD`: bold mark lost
LABEL_START = re.compile(r"^(?:[IVXL]{1,6}\.|\d{1,3}\.|[a-zđ]\)|Điều\s+\d)")


@dataclass
class Header:
    title: TitleInfo
    recipients: list = field(default_factory=list)
    signer: str = ""
    capacity: str = ""
    links: list = field(default_factory=list)  # as read_references gives them, with the relation the sentence says
    body_start: int = 0  # index of the first block of the body
    body_end: int = 0  # index of the copy list or signature; the body goes on after it for an appendix
    after_signature: int = 0  # index of the first block after the signature


def read_header(blocks):
    """The directive's details and where its body starts and ends."""
    texts = [block.text for block in blocks]
    lines, position = _header_lines(texts)
    title = read_title([Row("", number, (line,)) for number, line in enumerate(lines, start=1)])
    title.province = title.province or _province(title.issuer)
    header = Header(title=title)
    position = _recipients(texts, position, header)
    header.body_start = position
    header.body_end, header.after_signature = _signature(texts, position, header)
    header.links = _links(texts[header.body_start : header.body_end], title.subject)
    return header


def _header_lines(texts):
    """The lines above the body: the issuer's lines joined into one, `Số: … V/v …` cut in two."""
    lines, issuer, issuer_line = [], [], []
    position = 0
    seen_kind = seen_number = False
    while position < len(texts):
        text = NUMBER_GLUED.sub(r"\1/", texts[position])
        key = search_key(text)
        if (seen_kind or seen_number) and LABEL_START.match(text):
            break  # the body's first section (`I. MỤC ĐÍCH, YÊU CẦU`), however it is written
        if any(key.startswith(words) for words in BOILERPLATE):
            position += 1
            continue
        if not (seen_kind or seen_number) and _upper(text) and not NUMBER_SYMBOL.match(text):
            if _kind_word(key):
                seen_kind = True
                lines.append(text)
            else:
                issuer.append(text)
            position += 1
            continue
        if issuer:
            issuer_line.append(" ".join(issuer))
            issuer = []
        if NUMBER_SYMBOL.match(text):
            seen_number = True
            number, *subject = re.split(r"\s+V/v\b\s*", text, maxsplit=1, flags=re.IGNORECASE)
            lines.append(number)
            if subject:
                lines.append(f"V/v {subject[0]}")
            position += 1
            continue
        if SUBJECT_LINE.match(text) or _is_place_date(key):
            lines.append(text)
            position += 1
            continue
        if _kind_word(key) and _upper(text):
            seen_kind = True
            lines.append(text)
            position += 1
            continue
        if seen_kind and _upper(text) and key.startswith(ISSUER_WORDS) and not issuer_line:
            issuer_line.append(text)  # `ỦY BAN NHÂN DÂN TỈNH …` under the title, above the bases
            position += 1
            continue
        if (seen_kind or seen_number) and _is_subject(text, key, lines):
            lines.append(text)  # `Về việc …` under the title; a công văn's subject written without `V/v`
            position += 1
            continue
        if seen_kind and _upper(text) and not _capacity_line(key) and not key.startswith(tuple(KIND_WORDS)):
            lines.append(text)  # the subject under the title word
            position += 1
            continue
        if seen_kind and _upper(text):
            position += 1  # `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …` above the bases, `QUYẾT ĐỊNH:` before the articles
            continue
        break
    if issuer:
        issuer_line.append(" ".join(issuer))
    return issuer_line[:1] + lines, position


def _is_subject(text, key, lines):
    """A short line right under the title word or the date that is not a body paragraph."""
    if _upper(text) or len(text) > 300 or LABEL_START.match(text) or RECIPIENTS.match(text):
        return False
    if key.startswith(BASED_ON + CARRIES_OUT + ("theo ", "de ", "ngay ")):
        return False
    previous = search_key(lines[-1]) if lines else ""
    return _kind_word(previous) or (_is_place_date(previous) and not any(SUBJECT_LINE.match(line) for line in lines))


def _province(issuer):
    """`ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ` → `Cần Thơ`."""
    words = issuer.split()
    keys = [search_key(word) for word in words]
    for index in range(len(words) - 1, 0, -1):
        if keys[index] == "tinh" or (keys[index] == "pho" and keys[index - 1] == "thanh"):
            rest = words[index + 1 :]
            return " ".join(word[:1].upper() + word[1:].lower() for word in rest)
    return ""


def _upper(text):
    """Written in capitals (a title, the letterhead), allowing a few small letters (`1899/QĐ-TTg`)."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and sum(char.isupper() for char in letters) >= 0.85 * len(letters)


def _kind_word(key):
    return key in KIND_WORDS or key in ("chuong trinh hanh dong", "thong bao ket luan")


def _is_place_date(key):
    return bool(re.search(r"\bngay \d{1,2} thang \d{1,2} nam \d{4}\b", key)) and len(key) < 80


def _capacity_line(key):
    return key.startswith(CAPACITY_WORDS) or key.startswith(("tm ", "kt "))


def _recipients(texts, position, header):
    """`Kính gửi:` and the addressees after it (inline or as bullets)."""
    if position >= len(texts) or not RECIPIENTS.match(texts[position]):
        return position
    inline = RECIPIENTS.sub("", texts[position]).strip()
    if inline:
        header.recipients.extend(part.strip(" ;.-") for part in inline.split(";") if part.strip(" ;.-"))
    position += 1
    while position < len(texts) and len(texts[position]) < 200:
        line = RECIPIENT_LINE.match(texts[position])
        if not line or (line.group("number") and (inline or not _addressee(texts[position], line.group("name")))):
            break
        header.recipients.append(line.group("name").strip(" ;,."))
        position += 1
    return position


def _addressee(line, text):
    """Whether a numbered line under a `Kính gửi:` line of its own names a body and only that, ending as a list item
    does (`1. Sở Công Thương;`, `3. UBND các xã, phường.`), not the body's first item (`1. Tình hình thực hiện …`,
    `1. Sở Công Thương chủ trì kiểm tra …, báo cáo trước ngày 30/9/2026.`)."""
    if len(text) > ADDRESSEE_MAX or not line.rstrip().endswith((";", ",", ".")) or re.search(r"[\d:]", text):
        return False
    return starts_name(text) or search_key(text).startswith(("ubnd", "uy ban", "cac so", "cac co quan", "cac don vi"))


def _signature(texts, start, header):
    """(index of the copy list or signature, index after the signature); reads the signer and capacity."""
    end = next((index for index in range(start, len(texts)) if COPIES.match(texts[index])), None)
    sign = next(
        (
            index
            for index in range(end if end is not None else start, len(texts))
            if SIGNATURE_START.match(texts[index])
        ),
        None,
    )
    if end is None:
        end = sign if sign is not None else len(texts)
    if sign is None:
        return end, end if end == len(texts) else _after_copies(texts, end)
    words, index = [], sign
    while index < len(texts) and index < sign + 4 and len(texts[index]) < 80:
        words.append(texts[index])
        index += 1
        if _ends_with_name(words[-1]):
            break
    capacity, signer = _split_name(" ".join(words))
    header.capacity, header.signer = capacity, signer
    return end, index


def _after_copies(texts, end):
    index = end + 1
    while index < len(texts) and texts[index].startswith(("-", "+")):
        index += 1
    return index


def _ends_with_name(text):
    words = text.split()
    return bool(words) and not words[-1].isupper() and words[-1][:1].isupper()


def _split_name(text):
    """`KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Mạnh Cường` → (`KT. CHỦ TỊCH PHÓ CHỦ TỊCH`, `Nguyễn Mạnh Cường`)."""
    words = text.split()
    cut = len(words)
    while cut > 0 and words[cut - 1][:1].isupper() and not words[cut - 1].isupper():
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _links(texts, subject):
    """Documents named in the subject and in the paragraphs before the first outline label: Căn cứ … (rests on),
    Thực hiện … (carries out)."""
    links = list(read_references(subject))
    seen = {link["reference"] for link in links}
    for text in texts:
        if LABEL_START.match(text):
            break
        key = search_key(text)
        if key.startswith(BASED_ON):
            relation = LinkRelation.BASED_ON
        elif key.startswith(CARRIES_OUT):
            relation = LinkRelation.IMPLEMENTS
        else:
            continue
        for link in read_references(text):
            if link["reference"] not in seen:
                seen.add(link["reference"])
                links.append({**link, "relation": relation})
    return links
