"""How a directive is named in lists, pickers, notifications and exports: its kind and number, and for an unnumbered
draft the start of its subject, so two drafts of one office can be told apart."""

import pytest
from django.utils import translation

from tasks.models import DirectiveKind
from tasks.tests.factories import DirectiveFactory

pytestmark = pytest.mark.django_db


def test_a_numbered_directive_is_named_by_kind_and_number():
    with translation.override("vi"):
        assert str(DirectiveFactory(kind=DirectiveKind.PLAN, number="72", symbol="KH-UBND")) == "Kế hoạch 72/KH-UBND"


def test_unnumbered_drafts_of_one_office_are_told_apart_by_their_subject():
    subject = (
        "Triển khai thực hiện Chương trình hành động số 37-CTr/TU ngày 26/3/2019 của Tỉnh ủy Quảng Ngãi về công nghiệp"
    )
    first = DirectiveFactory(kind=DirectiveKind.PLAN, number="", symbol="KH-UBND", subject=subject)
    second = DirectiveFactory(kind=DirectiveKind.PLAN, number="", symbol="KH-UBND", subject="Phát triển điện gió")
    with translation.override("vi"):
        assert str(first) == (
            "Kế hoạch /KH-UBND – Triển khai thực hiện Chương trình hành động số 37-CTr/TU ngày 26/3/2019…"
        )
        assert str(second) == "Kế hoạch /KH-UBND – Phát triển điện gió"


def test_lists_beside_a_task_code_show_a_drafts_subject_and_a_numbered_ones_number():
    draft = DirectiveFactory(number="", symbol="KH-UBND", subject="Phát triển điện gió trên địa bàn tỉnh đến năm 2030")
    numbered = DirectiveFactory(number="72", symbol="KH-UBND", subject="Phát triển điện gió")
    assert draft.reference == "/KH-UBND – Phát triển điện gió trên địa bàn tỉnh…"
    assert numbered.reference == "72/KH-UBND"
