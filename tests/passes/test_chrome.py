from __future__ import annotations

import pytest

from tests.passes.helpers import lines, run_pass

BODY = "أعلن مدير مكتب لجنة الشؤون الخارجية وانغ يي الخميس أن الصين ستعزز علاقاتها مع روسيا."
BODY2 = "وأكد البيان أن الصين وروسيا تدعمان بعضهما البعض بقوة في حماية المصالح المشروعة."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("https://aawsat.com/العالم/5001234", "url_line"),
        ("انسخ الرابط https://example.com/a/1", "share_widget"),
        ("7:51 دقيقه", "reading_time"),
        ("مدة القراءة: 4 دقائق", "reading_time"),
        ("الرئيسية > أخبار > سياسة", "breadcrumb"),
        ("الرئيسية / العالم العربي / الخليج", "breadcrumb"),
        ("الرياض 41°C", "weather_widget"),
        ("weather-icon", "weather_widget"),
        ("ربيع أول 3 1447 هـ", "date_header"),
        ("© 2024 جميع الحقوق محفوظة لموقع الخبر", "copyright"),
        ("الرئيسية", "page_chrome"),
        ("جميع الحقوق محفوظة لموقع الخبر 2024.", "copyright"),
        ("وأكد البيان أن الصين وروسيا تدعمان بعضهما البعض... المزيد", "teaser_preview"),
        ("منذ 5 ساعات", "relative_time"),
        ("الرئيسية » وطنية", "breadcrumb"),
        ("الاثنين 1445/11/20 هـ", "date_header"),
        ("قبل 3 ساعات", "relative_time"),
        ("منذ يومين", "relative_time"),
        ("2 hours ago", "relative_time"),
        ("more »", "more_link"),  # the link under a cut preview, alone on its line
        ("المزيد", "more_link"),
    ],
)
def test_chrome_lines(line: str, reason: str) -> None:
    found = run_pass("remove_page_chrome", lines(BODY, line, BODY2))
    assert [(n, c.reason) for n, c in found.items()] == [(2, reason)]


@pytest.mark.parametrize(
    "line",
    [
        "وقالت الوزارة في بيان نشرته على موقعها https://mofa.gov إن الزيارة ستتم الشهر المقبل.",
        "وبلغت درجة الحرارة 48° في البصرة أمس.",
        "وصادف ذلك 3 ربيع الأول 1447 هـ بحسب التقويم الرسمي للمملكة.",
        "وأكد البيان أن الصين وروسيا تدعمان بعضهما البعض... وأضاف أن المزيد سيأتي.",
        "الأرقام تتراوح بين 5 و10.",
        "منذ 5 ساعات والبحث مستمر عن المفقودين.",
        "روسيا » أوكرانيا",  # two parts without a home link
    ],
)
def test_body_lines_that_look_like_chrome_stay(line: str) -> None:
    assert run_pass("remove_page_chrome", lines(BODY, line, BODY2)) == {}


def test_menu_runs_outside_the_text_only() -> None:
    text = lines(
        "أخبار",
        "رياضة",
        "فن",
        "",
        BODY,
        "",
        "أولاً",
        "ثانياً",
        "ثالثاً",
        BODY2,
        "من نحن",
        "اتصل بنا",
        "الخصوصية",
    )
    found = run_pass("remove_navigation", text)
    assert sorted(found) == [1, 2, 3, 11, 12, 13]
    assert {c.reason for c in found.values()} == {"menu_run"}


def test_two_short_lines_are_not_a_menu() -> None:
    assert run_pass("remove_navigation", lines("أخبار", "رياضة", BODY, BODY2)) == {}


def test_ticker_before_the_text() -> None:
    ticker = " ".join(["عاجل الرئيس يستقبل وفدا رسميا", "ارتفاع أسعار الذهب في الأسواق"] * 5)
    found = run_pass("remove_navigation", lines(ticker, "عنوان الخبر الرئيسي اليوم", BODY, BODY2))
    assert [(n, c.reason) for n, c in found.items()] == [(1, "ticker")]


def test_fragments_beside_removed_chrome() -> None:
    """A weather widget's city and weekday touch its removed `34°C` line."""
    head = "وزير الخارجية يبحث مع نظيره التركي ملفات المنطقة"
    text = lines("الرياض", "الأحد", "34°C", "weather-icon", head, BODY, BODY2)
    found = run_pass("remove_navigation", text, before=["remove_page_chrome"])
    assert [(n, c.reason) for n, c in found.items()] == [
        (1, "fragments_beside_chrome"),
        (2, "fragments_beside_chrome"),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        # one short line beside chrome: a section label or a short headline may stand there
        ("سياسة", "34°C", "عنوان الخبر الرئيسي اليوم", BODY, BODY2),
        # two short lines touching no removed line
        ("الرياض", "الأحد", "عنوان الخبر الرئيسي اليوم", BODY, BODY2),
        # a three-word headline under a section label and above a removed widget
        ("سياسة", "أزمة الحدود تتصاعد", "weather-icon", BODY, BODY2),
    ],
)
def test_short_lines_that_are_not_fragments_of_chrome(rows: tuple[str, ...]) -> None:
    found = run_pass("remove_navigation", lines(*rows), before=["remove_page_chrome"])
    assert not any(c.reason == "fragments_beside_chrome" for c in found.values())


def test_a_related_heading_is_not_part_of_a_menu_run() -> None:
    text = lines(BODY, BODY2, "السعودية", "طاقة متجددة", "الأكثر قراءة", "أسعار الذهب تواصل الصعود")
    found = run_pass("remove_navigation", text)
    assert 5 not in found


def test_comments_section_after_the_text() -> None:
    text = lines(
        "عنوان الخبر الرئيسي اليوم",
        BODY,
        BODY2,
        "التعليقات (3)",
        "أحمد سمير",
        "خطوة ممتازة وننتظر خطوط أخرى للمحافظات.",
        "رد",
    )
    found = run_pass("remove_comments_section", text)
    assert {n: c.reason for n, c in found.items()} == dict.fromkeys(range(4, 8), "comments_section")


def test_comment_count_above_the_text_is_not_a_comments_section() -> None:
    text = lines("عنوان الخبر الرئيسي اليوم", "3 تعليقات", BODY, BODY2)
    assert run_pass("remove_comments_section", text) == {}
