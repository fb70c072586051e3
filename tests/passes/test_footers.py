from __future__ import annotations

from datetime import date, datetime

import pytest

from cleannews.claims import Role
from tests.passes.helpers import lines, run_pass

BODY = "وفي وقت سابق من هذا الشهر، أطلقت كوريا الشمالية أول غواصة هجومية نووية تكتيكية."
BODY2 = "وأكد البيان أن الصين وروسيا تدعمان بعضهما البعض بقوة في حماية المصالح المشروعة."


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("المصدر: صدى البلد", "صدى البلد"),
        ("المصدر: الحرة", "الحرة"),
        ("العربيّة المصدر: العربيّة", "العربيّة"),
        ("مصدر الخبر : وكالة الأنباء السعودية", "وكالة الأنباء السعودية"),
        ("Source: Reuters", "Reuters"),
    ],
)
def test_source_footer(line: str, name: str) -> None:
    found = run_pass("extract_source_footer", lines(BODY, line))
    assert [(n, c.role, c.value) for n, c in found.items()] == [(2, Role.SOURCE, name)]


def test_source_in_a_sentence_is_body() -> None:
    text = lines(BODY, "وقال المصدر: إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة بحضور الوسطاء.")
    assert run_pass("extract_source_footer", text) == {}


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("كلمات دلالية: کوریا الشمالیة", ["كوريا الشمالية"]),
        ("كلمات دلالية: روسيا، الصين، كوريا الشمالية", ["روسيا", "الصين", "كوريا الشمالية"]),
        ("الوسوم: #روسيا #أوكرانيا", ["روسيا", "أوكرانيا"]),
    ],
)
def test_keyword_footer(line: str, tags: list[str]) -> None:
    found = run_pass("extract_keyword_footer", lines(BODY, line))
    assert [(n, c.role, c.value) for n, c in found.items()] == [(2, Role.KEYWORDS, tags)]


def test_keyword_label_alone_then_one_tag_per_line() -> None:
    text = lines(BODY, "الكلمات المفتاحية", "روسيا", "كوريا الشمالية", BODY2)
    found = run_pass("extract_keyword_footer", text)
    assert {n: (c.reason, c.value) for n, c in found.items()} == {
        2: ("keyword_label", None),
        3: ("keyword_list_item", ["روسيا"]),
        4: ("keyword_list_item", ["كوريا الشمالية"]),
    }


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("تاريخ النشر: 17th, September 2023 GMT", date(2023, 9, 17)),
        ("نشر في: 2024-10-02", date(2024, 10, 2)),
        ("الأحد 17 سبتمبر 2023", date(2023, 9, 17)),
        ("١٧ أيلول ٢٠٢٣", date(2023, 9, 17)),
        ("نُشر: 14:25-22 ديسمبر 2024 م ـ 21 جمادى الآخرة 1446 هـ", datetime(2024, 12, 22, 14, 25)),
        (
            "الأحد - 22 جمادى الآخرة 1446 هـ - 22 ديسمبر 2024 مـ رقم العدد [ 17027]",
            date(2024, 12, 22),
        ),
    ],
)
def test_date_lines(line: str, value: date | datetime) -> None:
    found = run_pass("extract_published_date", lines(line, BODY))
    assert [(n, c.role, c.value) for n, c in found.items()] == [(1, Role.PUBLISHED, value)]


@pytest.mark.parametrize(
    "line",
    [
        "وكان كيم قد كشف في 17 سبتمبر 2023 عن منشأة لتخصيب اليورانيوم.",
        "ربيع أول 3 1447 هـ وصلت الوفود",
        "في 2 أكتوبر 2024 تفقد الزعيم قاعدة التدريب",
        "وأشار إلى أن التاريخ: لن ينسى ما جرى في تلك الأيام الصعبة على الإطلاق.",
    ],
)
def test_body_lines_that_mention_a_date_stay(line: str) -> None:
    assert run_pass("extract_published_date", lines(BODY, line)) == {}


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("الخميس، 07 مارس 2024 02:00 م", datetime(2024, 3, 7, 14, 0)),
        ("نشر الثلاثاء، 21 مايو / أيار 2024", date(2024, 5, 21)),
        ("نشر في 12/3/2024", date(2024, 3, 12)),
        ("04:15 م الأحد 14 أبريل 2024", datetime(2024, 4, 14, 16, 15)),
    ],
)
def test_date_lines_with_weekday_comma_or_unlabelled_prefix(line: str, when: date) -> None:
    found = run_pass("extract_published_date", lines(BODY, line, BODY2))
    assert [(n, c.role, c.value) for n, c in found.items()] == [(2, Role.PUBLISHED, when)]


@pytest.mark.parametrize(
    "line",
    [
        "نشر الموقع تقريرا عن الزيارة في 12 مارس 2024",  # a sentence about a date
        "نشر في 12/3/2024 تقرير موسع عن الأزمة",
    ],
)
def test_lines_that_mention_a_date_stay(line: str) -> None:
    assert run_pass("extract_published_date", lines(BODY, line, BODY2)) == {}


def test_hashtag_lines_are_keywords_and_a_hash_in_text_is_not() -> None:
    text = lines(BODY, BODY2, "#البورصة", "#مهرجان_بعلبك #لبنان", "وانتشر وسم #البورصة بعد الجلسة.")
    found = run_pass("extract_keyword_footer", text)
    assert {n: (c.reason, c.value) for n, c in found.items()} == {
        3: ("hashtags", ["البورصة"]),
        4: ("hashtags", ["مهرجان بعلبك", "لبنان"]),
    }
