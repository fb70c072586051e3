"""Mechanisms for real scraped pages: headline by evidence, credits by shape, teaser runs
cut with an ellipsis, embedded posts. Every line here is synthetic, written in the layouts
seen on real pages (docs/real-pages.md)."""

from __future__ import annotations

import pytest

import cleannews
from cleannews.claims import Role
from cleannews.lexicon import Lexicon
from cleannews.page import read_page
from cleannews.signals import byline_parts, placed_credit

from .helpers import lines, run_pass

HEAD = "مجلس المدينة يقر خطة لتوسيع شبكة الحافلات الكهربائية"
LEAD = "أقر مجلس المدينة خطة لتوسيع شبكة الحافلات الكهربائية لتشمل الأحياء الشرقية للمدينة."
BODY = "وتنص الخطة على شراء مئة حافلة جديدة وإنشاء أربع محطات شحن في الأحياء المعنية."
BEFORE = ["remove_widgets", "remove_page_chrome", "remove_navigation"]


def _headline(text: str) -> tuple[str | None, dict[int, str]]:
    found = run_pass("extract_headline", text, before=BEFORE)
    head = next((c.value for c in found.values() if c.role is Role.HEADLINE), None)
    return head, {n: c.reason for n, c in found.items()}


@pytest.mark.parametrize(
    "furniture",
    [
        ["date 2025-09-12 https://example.org/2025/09/12/plan.html"],  # scraper stamp + URL
        ["أخبار عامة - أخبار الثقافة - أخبار الاقتصاد - حقوق الإنسان"],  # a row of menu items
        ["tag icon ع ع ع"],  # font-size buttons
        ["رئيس مجلس الإدارة ورئيس التحريرسامي حمدان", "بوابة المدينة الإخبارية"],  # masthead
        ["أرشيف التصنيف: محليات"],  # an archive label
    ],
)
def test_furniture_above_is_never_the_headline(furniture: list[str]) -> None:
    head, reasons = _headline(lines(*furniture, HEAD, LEAD, BODY))
    assert head == HEAD
    assert all(reasons[n] == "above_headline" for n in range(1, len(furniture) + 1))


def test_headline_printed_twice_below_a_section_blurb() -> None:
    blurb = "ملف نتابع فيه مشاريع النقل في المدينة، مع تقارير مصورة ومقابلات مع المسؤولين."
    head, reasons = _headline(lines(blurb, HEAD, HEAD, LEAD, BODY))
    assert head == HEAD
    assert reasons[1] == "above_headline"
    assert reasons[3] == "repeated_headline"


def test_headline_at_the_end_of_a_breadcrumb_is_evidence() -> None:
    crumb = f"الصفحة الرئيسية - محليات - {HEAD}"
    head, reasons = _headline(lines(crumb, "المزيد.....", HEAD, LEAD, BODY))
    assert head == HEAD
    assert reasons[1] == reasons[2] == "above_headline"


def test_no_headline_without_evidence() -> None:
    # A stamp and a digest's intro: nothing above the text reads as this page's headline.
    stamp = "date 2026-01-05 27 حجم الخط"
    intro = "في حصاد هذا اليوم نجمع لقرائنا أهم ما جرى في البلاد وخارجها، ونبدأ بالملفات التالية:"
    head, _ = _headline(lines(stamp, intro, "البنك المركزي يبقي أسعار الفائدة", LEAD, BODY))
    assert head is None


def test_question_headline_above_its_deck_stands() -> None:
    question = "هل تنجح المدن العربية في التحول إلى النقل العام؟"
    deck = "مدن تراهن على المترو والحافلات السريعة لتخفيف الزحام"
    lead = "تراهن مدن عربية عدة على مشاريع المترو والحافلات السريعة لتخفيف الزحام المروري."
    head, _ = _headline(lines(question, deck, lead, BODY))
    assert head == question


def test_title_under_a_related_heading_is_a_teaser_not_the_headline() -> None:
    teaser = "روسيا تخرج مواطنا أميركيا عمل لصالحها"
    summary = "أعلنت موسكو أنها أخرجت مواطنا أميركيا من البلاد بعد أن عمل لصالحها سنوات."
    head, _ = _headline(lines("مقالات ذات صلة", teaser, summary))
    assert head is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "عمال البلدية ينظفون مجرى النهر قبل موسم الأمطار (تصوير سامر خليل).",
            ("عمال البلدية ينظفون مجرى النهر قبل موسم الأمطار", "تصوير سامر خليل"),
        ),
        (
            "الوزير خلال جولته في حقول القمح بالسهول الشمالية- إكس/ وزارة الزراعة",
            ("الوزير خلال جولته في حقول القمح بالسهول الشمالية", "إكس/ وزارة الزراعة"),
        ),
        ("رئيس الوزراء - أرشيفية", ("رئيس الوزراء", "أرشيفية")),
        ("عاصفة ثلجية تضرب المدن الجبلية (فيديو)", None),  # a note, not a credit
        ("ارتفاع الأسعار في الأسواق (2025)", None),  # a year, not a credit
    ],
)
def test_credit_of_a_placed_caption_is_split_by_shape(
    line: str, expected: tuple[str, str] | None
) -> None:
    assert placed_credit(read_page(line).lines[0], Lexicon.build()) == expected


def test_caption_printed_twice_in_the_lead_gets_its_credit() -> None:
    caption = "عمال البلدية ينظفون مجرى النهر قبل موسم الأمطار (تصوير سامر خليل)."
    (article,) = cleannews.clean_all(lines(HEAD, caption, caption, LEAD, BODY))
    assert [(i.caption, i.credit) for i in article.images] == [
        ("عمال البلدية ينظفون مجرى النهر قبل موسم الأمطار", "تصوير سامر خليل")
    ]


def test_archive_photo_word_is_not_a_dateline() -> None:
    lexicon = Lexicon.build()
    assert byline_parts(read_page("رئيس الوزراء - أرشيفية").lines[0], lexicon) is None
    assert byline_parts(read_page("الرياض - واس").lines[0], lexicon) == {
        "source": "واس",
        "dateline": "الرياض",
    }


TEASERS = [
    "سجلت السياحة الداخلية في الربع الأول ارتفاعا ملحوظا بنسبة كبيرة مقارنة…",
    "في خطوة جديدة لتطوير النقل العمومي، قررت البلدية تجديد أسطول الحافلات…",
    "باحثون يكتشفون نوعا جديدا من الطيور في الغابات الشمالية !",
]


def test_run_of_cut_titles_after_the_text_is_teasers() -> None:
    found = run_pass("extract_teaser_run", lines(HEAD, LEAD, BODY, *TEASERS, "Leave a Comment"))
    assert {n: (c.role, c.reason) for n, c in found.items()} == {
        4: (Role.RELATED, "teaser_run"),
        5: (Role.RELATED, "teaser_run"),
        6: (Role.RELATED, "teaser_run"),
    }
    assert found[4].value.title.endswith("مقارنة")


def test_one_line_trailing_off_stays_in_the_body() -> None:
    assert run_pass("extract_teaser_run", lines(HEAD, LEAD, TEASERS[0], BODY)) == {}
    assert run_pass("extract_teaser_run", lines(HEAD, LEAD, BODY, TEASERS[0])) == {}


POST = [
    "الميناء القديم الليلة ⛵⛵ :",
    "— صوت البحر (@sawt_albahr) May 3, 2025",
    '"البحر رزقنا"',
    "pic.twitter.com/Ab3dEf9Gh1",
]


def test_embedded_post_goes_from_its_signature() -> None:
    found = run_pass("remove_embedded_posts", lines(HEAD, LEAD, *POST, BODY))
    assert {n: c.reason for n, c in found.items()} == dict.fromkeys(range(3, 7), "embedded_post")


def test_signature_alone_keeps_the_text_below_without_a_post_link() -> None:
    found = run_pass("remove_embedded_posts", lines(HEAD, LEAD, POST[1], '"البحر رزقنا"', BODY))
    assert set(found) == {3}


def test_alt_text_caption_and_its_glued_copyright_credit() -> None:
    caption = "توربينات رياح قبالة الساحل الشمالي"
    glued = f"© Nord Press . Samir Adel / الانتقال إلى بنك الصور {caption}"
    alt = f"{caption} - نبض عربي, 1920, 04.11.2025"
    found = run_pass("extract_alt_text_captions", lines(HEAD, glued, alt, LEAD, BODY))
    assert {n: c.reason for n, c in found.items()} == {
        2: "photo_credit_line",
        3: "alt_text_caption",
    }
    assert (found[3].value.caption, found[3].value.credit) == (caption, "© Nord Press . Samir Adel")


def test_body_line_with_a_dash_and_a_year_is_not_alt_text() -> None:
    line = "وقال الوزير إن الخطة ستكتمل - بحسب الجدول، 2025، قبل نهاية العام."
    assert run_pass("extract_alt_text_captions", lines(HEAD, LEAD, line, BODY)) == {}


def test_cut_page_description_with_date_and_site_is_removed() -> None:
    meta = "أقر مجلس المدينة خطة لتوسيع شبكة الحافلات... 12.09.2025, نبض عربي"
    found = run_pass("remove_page_chrome", lines(HEAD, meta, LEAD, BODY))
    assert {n: c.reason for n, c in found.items()} == {2: "meta_description"}


def test_headline_printed_again_under_the_lead_is_a_repeat() -> None:
    found = run_pass("extract_headline", lines(HEAD, LEAD, HEAD, BODY), before=BEFORE)
    assert found[3].reason == "repeated_headline"


def test_teaser_under_a_most_read_heading_does_not_open_the_text() -> None:
    teaser = "قررت وزارة النقل تمديد ساعات عمل الحافلات الليلية طوال شهر الصيام في العاصمة."
    head, _ = _headline(lines("الأكثر مشاهدة", teaser, HEAD, LEAD, BODY))
    assert head == HEAD


def test_scraper_stamp_gives_the_date() -> None:
    found = run_pass("extract_published_date", lines("date 2026-01-05 27 حجم الخط", HEAD, LEAD))
    assert (found[1].reason, str(found[1].value)) == ("scraper_date_stamp", "2026-01-05")


@pytest.mark.parametrize(
    ("line", "iso"),
    [("10 12:42 2023 فيفري", "2023-02-10"), ("الثلاثاء 12 نونبر 2024", "2024-11-12")],
)
def test_maghreb_month_names(line: str, iso: str) -> None:
    (article,) = cleannews.clean_all(lines(HEAD, line, LEAD, BODY))
    assert str(article.published)[:10] == iso


def test_date_nearest_the_headline_wins_over_a_widget_date_above() -> None:
    text = lines("الأكثر مشاهدة", "16 10:10 2026 مارس", HEAD, "10 12:42 2023 فيفري", LEAD, BODY)
    (article,) = cleannews.clean_all(text)
    assert str(article.published)[:10] == "2023-02-10"


def test_source_footer_loses_its_quotes() -> None:
    (article,) = cleannews.clean_all(lines(HEAD, LEAD, BODY, 'المصدر: "الرقيب"'))
    assert article.source.name == "الرقيب"


def test_bulleted_share_links_are_a_share_bar() -> None:
    found = run_pass("remove_widgets", lines("• facebook", "• twitter", "• rss", HEAD, LEAD))
    assert {n: c.reason for n, c in found.items()} == dict.fromkeys((1, 2, 3), "share_bar")


def test_a_roundup_of_posts_keeps_them() -> None:
    second = ["نحن مع الصيادين", "— نقابة الصيادين (@fishers_union) May 4, 2025"]
    found = run_pass("remove_embedded_posts", lines(HEAD, LEAD, *POST, *second, BODY))
    assert found == {}


def test_stories_widget_items_printed_as_bullet_and_card_go() -> None:
    item = "صاروخ تجريبي ينطلق من قاعدة الصحراء الشرقية"
    found = run_pass("remove_widgets", lines(f"• {item}", f"  {item}", HEAD, LEAD, BODY))
    assert {n: c.reason for n, c in found.items()} == {1: "echoed_list_item", 2: "echoed_list_item"}


def test_a_bulleted_list_in_the_text_stays() -> None:
    items = ["• شراء مئة حافلة", "• إنشاء أربع محطات شحن"]
    assert run_pass("remove_widgets", lines(HEAD, LEAD, *items, BODY)) == {}


def test_caption_printed_twice_between_paragraphs() -> None:
    caption = "متطوعون يوزعون البطانيات على الأسر في المخيم"
    found = run_pass("extract_inline_captions", lines(HEAD, LEAD, caption, caption, BODY))
    assert {n: c.reason for n, c in found.items()} == {3: "inline_caption", 4: "repeated_caption"}
    assert (found[3].value.caption, found[3].value.credit) == (caption, None)


def test_previous_and_next_links_are_chrome() -> None:
    found = run_pass("remove_page_chrome", lines(HEAD, LEAD, BODY, "التالي"))
    assert found[4].reason == "page_chrome"


def test_reporters_named_in_latin_under_an_arabic_headline_are_the_byline() -> None:
    (article,) = cleannews.clean_all(lines(HEAD, "Ahmet Yilmaz, Selin Kaya", LEAD, BODY))
    assert article.byline == "Ahmet Yilmaz, Selin Kaya"
    assert "Ahmet Yilmaz, Selin Kaya" not in article.paragraphs


def test_a_latin_sentence_under_an_arabic_headline_is_not_a_byline() -> None:
    found = run_pass("extract_byline", lines(HEAD, "Watch the full interview here", LEAD))
    assert found == {}
