"""Search keys: the same name with or without diacritics, and as seed 004's OCR scan spells it."""

import re
import unicodedata
from pathlib import Path

import pytest

from agencies.normalize import ocr_key, search_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Sở Kế hoạch và Đầu tư", "so ke hoach va dau tu"),
        ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "so ke hoach va dau tu"),
        ("So Ke hoach va Dau tu", "so ke hoach va dau tu"),
        ("Sở KH&ĐT", "so kh va dt"),
        ("Sở LĐ-TB&XH", "so ld tb va xh"),
        ("  Ủy ban nhân dân   tỉnh Quảng Ngãi ", "uy ban nhan dan tinh quang ngai"),
        ("Uỷ ban nhân dân tỉnh", "uy ban nhan dan tinh"),
        ("", ""),
        (None, ""),
    ],
)
def test_search_key_folds_case_diacritics_d_and_ampersand(text, key):
    assert search_key(text) == key


def test_search_key_reads_decomposed_unicode_like_composed():
    composed = "Sở Công Thương"
    decomposed = "So\u031b\u0309 Co\u0302ng Thu\u031bo\u031bng"

    assert search_key(decomposed) == search_key(composed) == "so cong thuong"


@pytest.mark.parametrize(
    ("damaged", "name"),
    [
        ("S& Ké hoach va Pau tu", "Sở Kế hoạch và Đầu tư"),
        ("S¢ Tai chinh", "Sở Tài chính"),
        ("S6 Lao dong - Thuong binh va Xa hoi", "Sở Lao động - Thương binh và Xã hội"),
        ("SO Tai Chinh", "Sở Tài chính"),
        ("S Khoa hoc va Cong nghé", "Sở Khoa học và Công nghệ"),
        ("Sé Tai nguyén va Moi truong", "Sở Tài nguyên và Môi trường"),
        ("Cuc Quan 1y thi truong tinh", "Cục Quản lý thị trường tỉnh"),
        ("Ban Quan Iy KKT Dung Quat", "Ban Quản lý KKT Dung Quất"),
    ],
)
def test_ocr_key_of_a_damaged_name_equals_that_of_the_real_name(damaged, name):
    assert ocr_key(damaged) == ocr_key(name)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sở Tài chính", "Sở Tư pháp"),
        ("Sở Công Thương", "Bộ Công Thương"),
        ("Phòng Kinh tế", "Đài Phát thanh"),
    ],
)
def test_ocr_key_keeps_different_names_apart(one, other):
    assert ocr_key(one) != ocr_key(other)


def _search_key_by_nfd(text):
    """The rule written out the slow way, to hold the fast table to it."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("&", " và ")
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", stripped.lower()).strip()


def test_fast_search_key_equals_the_nfd_rule_on_every_character_and_the_seeds():
    samples = [chr(code) for code in range(0x20, 0x3000)]
    samples += ["Sở Kế hoạch và Đầu tư", "a\u0301b\u0323", "ĐẦU TƯ & PHÁT TRIỂN", "İstanbul ǅ ﬁ"]
    seeds = Path(__file__).resolve().parents[2] / "tasks" / "demo" / "seeds"  # the seeds' copy in the repository
    for path in sorted(seeds.glob("*.txt")):
        samples += path.read_text(encoding="utf-8").splitlines()
    for sample in samples:
        assert search_key(sample) == _search_key_by_nfd(sample), repr(sample)
