from __future__ import annotations

from tests.passes.helpers import lines, run_pass

P1 = "وسبق أن أجرى أوربان وشي محادثات خاصة في مايو خلال زيارة دولة للرئيس الصيني إلى المجر."
P2 = "وثمة توافق بين بكين وبودابست في الملف الأوكراني، إذ يدعو البلدان إلى تسوية سلمية للنزاع."
P3 = "وتقدم بكين نفسها على أنها طرف محايد في الحرب وتقول إنها لا ترسل مساعدات."


def test_short_line_between_paragraphs_is_a_subheading() -> None:
    found = run_pass("mark_subheadings", lines(P1, "", "توافق", "", P2))
    assert [(n, c.reason) for n, c in found.items()] == [(3, "short_line_between_paragraphs")]


def test_short_lines_that_are_body() -> None:
    text = lines(P1, "وقال في بيانه:", P2, "وبذلت روسيا ما في وسعها.", P3, "• بند أول", P2 + " ")
    assert run_pass("mark_subheadings", text) == {}
