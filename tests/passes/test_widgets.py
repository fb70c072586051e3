from __future__ import annotations

import pytest

from cleannews.claims import Role
from cleannews.config import Config
from tests.passes.helpers import lines, run_pass

BODY = "أعلن مدير مكتب لجنة الشؤون الخارجية أن الصين ستعزز علاقاتها مع روسيا."
BODY2 = "وأكد البيان أن الصين وروسيا تدعمان بعضهما البعض بقوة في حماية المصالح المشروعة."


@pytest.mark.parametrize("widget", ["TT", "حجم الخط", "-A +A", "طباعة", "[ad_1]", "إعلان", "شارك"])
def test_widget_lines_are_removed(widget: str) -> None:
    found = run_pass("remove_widgets", lines(BODY, widget, BODY2))
    assert {n: (c.role, c.reason) for n, c in found.items()} == {2: (Role.REMOVED, "widget_marker")}


@pytest.mark.parametrize(
    "body",
    [
        "شارك في الاجتماع ممثلون عن 18 دولة.",
        "TT هو اختصار يستخدمه المحررون أحياناً.",
        "إعلان الرياض",
    ],
)
def test_body_lines_that_contain_a_widget_word_stay(body: str) -> None:
    assert run_pass("remove_widgets", lines(BODY, body)) == {}


def test_read_also_marker_is_claimed_by_the_article_it_announces() -> None:
    text = lines(
        BODY,
        "المصدر: الحرة",
        "إقرأ أيضاً:",
        "ترامب سيتواصل مع زعيم كوريا الشمالية ويصف المحادثات مع الصين بالودية",
        "قال الرئيس الأمريكي دونالد ترامب إنه يعتزم السعي للتواصل مع زعيم كوريا الشمالية.",
        "وجاء الإعلان عن نية التواصل مع كوريا في مقابلة لترامب جرى بثها الخميس.",
    )
    assert run_pass("remove_read_also_marker", text, span=0) == {}
    found = run_pass("remove_read_also_marker", text, span=1)
    assert [(n, c.reason) for n, c in found.items()] == [(3, "read_also_marker")]


def test_learned_lines_are_removed_only_when_a_profile_lists_them() -> None:
    text = lines(BODY, "تابع قناتنا على واتساب لتصلك الأخبار", BODY2)
    assert run_pass("remove_learned_lines", text) == {}
    config = Config(extra_phrases={"learned_lines": ("تابع قناتنا على واتساب لتصلك الأخبار",)})
    found = run_pass("remove_learned_lines", text, config=config)
    assert {n: c.reason for n, c in found.items()} == {2: "learned_furniture"}
