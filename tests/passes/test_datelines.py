"""Datelines printed alone, in the shapes of real pages (every line synthetic): which name is
the publisher, which the place, and that none of them is taken for the headline."""

from __future__ import annotations

import pytest

import cleannews
from cleannews.claims import Role
from cleannews.config import Config
from cleannews.page import read_page
from cleannews.passes.headlines import breadcrumb_title
from cleannews.pipeline import build_context
from tests.passes.helpers import lines, run_pass

H = "الحكومة تقر خطة لدعم صغار المزارعين في الموسم المقبل"
BODY = "أقرت الحكومة خطة جديدة لدعم صغار المزارعين تشمل قروضا ميسرة وبذورا محسنة للموسم المقبل."
BODY2 = "وقال وزير الزراعة إن الخطة تستهدف عشرات الآلاف من الأسر في المحافظات الريفية."
BEFORE = ["remove_widgets", "extract_headline"]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("مسقط ـ الوادي:", {"source": "الوادي", "dateline": "مسقط"}),  # a tatweel for a dash
        ("الساحل/بغداد..", {"source": "الساحل", "dateline": "بغداد"}),  # publisher first
        ("الدوحة - صدى الشمال اليوم", {"source": "صدى الشمال اليوم", "dateline": "الدوحة"}),
        ("نبض نيوز/ عمّان", {"source": "نبض نيوز", "dateline": "عمّان"}),  # a shadda in the place
        ("الرباط – سعيد الهواري", {"byline": "سعيد الهواري", "dateline": "الرباط"}),
        ("المرصد-خاص المرصد", {"source": "المرصد"}),  # a desk word beside the publisher
        ("الأفق/متابعات:", {"source": "الأفق"}),
        ("الوادي نيوز", {"source": "الوادي نيوز"}),  # a publisher's name alone
        ("نبض بوست", {"source": "نبض بوست"}),
        ("صحيفة الوادي اليومية الشاملة", {"source": "صحيفة الوادي اليومية الشاملة"}),  # first word
    ],
)
def test_datelines_under_the_headline(line: str, value: dict[str, str]) -> None:
    found = run_pass("extract_byline", lines(H, line, BODY, BODY2), before=BEFORE)
    assert {n: (c.role, c.value) for n, c in found.items()} == {2: (Role.BYLINE, value)}


@pytest.mark.parametrize(
    "line",
    [
        "الأهلي - الزمالك",  # a match: neither name is known for what it is
        "مصر - السودان",  # two places
        "أسعار الذهب اليوم",  # `اليوم` ends headlines too, never a publisher's name alone
        "قناة السويس",  # a publisher word first is a name like any other
        "الجولة 12 - الدوري",  # digits: a fixture, not a dateline
    ],
)
def test_pairs_and_short_titles_that_are_not_datelines(line: str) -> None:
    assert run_pass("extract_byline", lines(H, line, BODY, BODY2), before=BEFORE) == {}


def test_a_page_with_no_headline_does_not_take_its_publisher_line() -> None:
    """The excerpt opens with the site's name above the text: no headline, the source."""
    [article] = cleannews.clean_all(lines("الوادي نيوز", BODY, "", BODY2))
    assert article.headline is None
    assert article.source.name == "الوادي نيوز"
    assert article.paragraphs == [BODY, BODY2]


def test_a_dateline_above_the_text_names_place_and_reporter() -> None:
    [article] = cleannews.clean_all(lines(H, "", "الرباط – سعيد الهواري", "", BODY, "", BODY2))
    assert (article.headline, article.dateline, article.byline) == (H, "الرباط", "سعيد الهواري")
    assert article.paragraphs == [BODY, BODY2]


def test_a_breadcrumb_trail_printed_as_the_headline_gives_its_title() -> None:
    trail = f"الرئيسية / محليات / {H}"
    [article] = cleannews.clean_all(lines(trail, "", BODY, "", BODY2, "", H))
    assert article.headline == H
    assert article.paragraphs == [BODY, BODY2]  # the title printed again below is a repeat


def test_a_trail_not_opened_by_the_home_link_is_left_alone() -> None:
    lexicon = build_context(read_page(BODY), Config()).lexicon
    assert breadcrumb_title(f"الرئيسية » رياضة » {H}", lexicon) == H
    assert breadcrumb_title(f"الصحة / التعليم / {H}", lexicon) is None
    assert breadcrumb_title(H, lexicon) is None


@pytest.mark.parametrize(
    "header", ["تاريخ اليوم الأربعاء 12/03/2024", "اليوم الأربعاء 12 مارس 2024"]
)
def test_a_date_header_is_never_the_headline(header: str) -> None:
    [article] = cleannews.clean_all(lines(header, BODY, BODY2))
    assert article.headline is None
    assert article.paragraphs == [BODY, BODY2]


def test_an_update_stamp_is_a_date_line() -> None:
    stamp = "تم التحديث: 2025/03/12 الساعة 09:15 بتوقيت غرينتش"
    [article] = cleannews.clean_all(lines(H, "", stamp, "", BODY, "", BODY2))
    assert article.published == "2025-03-12T09:15:00+00:00"  # بتوقيت غرينتش: GMT
    assert article.paragraphs == [BODY, BODY2]


def test_a_page_title_line_is_not_the_headline() -> None:
    title_line = "الموقع الرسمي | صدى الوادي الإخبارية"
    [article] = cleannews.clean_all(lines(title_line, "", H, "", BODY, "", BODY2))
    assert article.headline == H
    assert article.paragraphs == [BODY, BODY2]


def test_a_page_title_line_under_the_headline_names_the_source() -> None:
    title_line = "الموقع الرسمي | صدى الوادي الإخبارية"
    [article] = cleannews.clean_all(lines(H, "", title_line, "", BODY, "", BODY2))
    assert article.source.name == "صدى الوادي الإخبارية"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # glued by the scraper, with the tanween of `أيضاً` that folding drops
        ("اقرأ أيضاًالوزير يفتتح معرض الكتاب في العاصمة", "الوزير يفتتح معرض الكتاب في العاصمة"),
        ("قد يهمك «ارتفاع مفاجئ» في أسعار الخضار اليوم", "«ارتفاع مفاجئ» في أسعار الخضار اليوم"),
    ],
)
def test_inline_teasers_inside_the_text(line: str, title: str) -> None:
    [article] = cleannews.clean_all(lines(H, "", BODY, "", line, "", BODY2))
    assert [r.title for r in article.related] == [title]
    assert article.paragraphs == [BODY, BODY2]


def test_a_latin_word_that_merely_starts_like_the_marker_is_text() -> None:
    line = "Lire aussibien que mal les consignes du ministère reste difficile"
    [article] = cleannews.clean_all(lines(H, "", BODY, "", line, "", BODY2))
    assert article.related == []


def test_a_short_line_above_the_dateline_is_the_photo_caption() -> None:
    caption = "مزارعون في حقل قمح"
    text = lines(H, "", caption, "", "الرباط – سعيد الهواري", "", BODY, "", BODY2)
    [article] = cleannews.clean_all(text)
    assert [i.caption for i in article.images] == [caption]
    assert (article.dateline, article.byline) == ("الرباط", "سعيد الهواري")
    assert article.paragraphs == [BODY, BODY2]


def test_a_deck_above_the_dateline_is_not_a_caption() -> None:
    deck = "الخطة تشمل قروضا ميسرة وبذورا محسنة لعشرات الآلاف من الأسر في الريف"
    text = lines(H, "", deck, "", "الرباط – سعيد الهواري", "", BODY, "", BODY2)
    [article] = cleannews.clean_all(text)
    assert article.images == []


@pytest.mark.parametrize(
    "above",
    [
        ["تابع أحدث الأخبار", "عبر تطبيق"],  # an app's promo and its tail
        ["The Valley Post"],  # a short line in another script than the text: a site's name
        ["د. سامر الحلبي"],  # an abbreviated title and a name: the author
        ["حلب ـ سامر الحلبي"],  # a known place and a name right above the text
    ],
)
def test_furniture_right_above_the_text_is_not_the_headline(above: list[str]) -> None:
    [article] = cleannews.clean_all(lines(*above, BODY, BODY2))
    assert article.headline is None
    assert article.paragraphs == [BODY, BODY2]


def test_a_label_before_a_colon_with_news_after_it_is_still_a_headline() -> None:
    [article] = cleannews.clean_all(lines("عاجل: انفجار في مرفأ المدينة", BODY, BODY2))
    assert article.headline == "عاجل: انفجار في مرفأ المدينة"


def test_a_title_with_the_site_after_it_gives_the_title_printed_alone() -> None:
    title = f"{H} – موقع قناة الوادي – لبنان"
    [article] = cleannews.clean_all(lines(title, "قناة الوادي", "", H, "", BODY, BODY2))
    assert article.headline == H
    assert article.paragraphs == [BODY, BODY2]
    # not printed alone, the tail may be the headline's own words
    [article] = cleannews.clean_all(lines(title, "", BODY, BODY2))
    assert article.headline == title


def test_the_site_header_above_its_menu_goes_with_the_menu() -> None:
    menu = [f"• {name}" for name in ("الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "منوعات")]
    page = lines("صحيفة الوادي", "• الأولى", "• الأخيرة", "", *menu, "", H, "", BODY, BODY2)
    [article] = cleannews.clean_all(page)
    assert article.headline == H
    assert article.paragraphs == [BODY, BODY2]


def test_a_headline_printed_again_over_two_lines_is_a_repeat() -> None:
    head = "مهرجان الربيع.. «عِش المدينة»"
    [article] = cleannews.clean_all(lines(head, "", "مهرجان الربيع..", "", "«عِش المدينة»", BODY))
    assert article.headline == head
    assert article.paragraphs == [BODY]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("> حلب «الوادي» خاص:", {"source": "الوادي", "dateline": "حلب"}),
        ("«الوادي» خاص", {"source": "الوادي"}),
    ],
)
def test_a_publisher_in_guillemets_beside_a_place_or_desk(line: str, value: dict) -> None:
    found = run_pass("extract_byline", lines(H, line, BODY, BODY2), before=BEFORE)
    assert {n: (c.role, c.value) for n, c in found.items()} == {2: (Role.BYLINE, value)}


def test_a_quotation_in_guillemets_is_not_a_dateline() -> None:
    assert run_pass("extract_byline", lines(H, "«لن ندفع الثمن»", BODY, BODY2), before=BEFORE) == {}
