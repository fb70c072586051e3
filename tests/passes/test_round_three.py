"""Round three on real scraped pages (dev sets 6 and 7: Arabic, English and French): every
line here is synthetic, written in the layouts seen there (docs/real-pages.md, section 8)."""

from __future__ import annotations

import pytest

import cleannews
from cleannews.claims import Role
from cleannews.models import Image

from .helpers import lines, run_pass

EN_HEAD = "Council approves new cycle lanes for the ring road"
EN_LEAD = "The city council approved on Tuesday a plan to build new cycle lanes on the ring road."
EN_BODY = "Work is due to start in the spring and should take about eighteen months, it said."
FR_HEAD = "Le conseil municipal adopte le plan des pistes cyclables"
FR_LEAD = "Le conseil municipal a adopté mardi soir le plan des nouvelles pistes cyclables."
FR_BODY = "Les travaux doivent commencer au printemps et durer environ dix-huit mois."
AR_BODY = "أعلنت البلدية أن أعمال الصيانة في شبكة تصريف المياه ستنتهي قبل حلول فصل الشتاء."


@pytest.mark.parametrize(
    ("line", "lead", "body"),
    [
        ("Voir sur Twitter", FR_LEAD, FR_BODY),  # an embedded post's placeholder
        ("View on Instagram", EN_LEAD, EN_BODY),
    ],
)
def test_an_embed_placeholder_is_a_share_widget(line: str, lead: str, body: str) -> None:
    found = run_pass("remove_widgets", lines(lead, line, body, line))
    assert [(n, c.reason) for n, c in found.items()] == [(2, "share_bar"), (4, "share_bar")]


@pytest.mark.parametrize(
    "above",
    [
        ["Most Read", "Most Commented", "Read more like this"],  # a widget's heading
        [" date 2018-08 Springfield, USA"],  # a scraper's stamp with the month only
        ["Photo: Jane Roe"],  # a credit's label and the photographer
    ],
)
def test_lines_above_the_headline_that_no_headline_looks_like(above: list[str]) -> None:
    [article] = cleannews.clean_all(lines(*above, EN_HEAD, EN_LEAD, EN_BODY))
    assert article.headline == EN_HEAD


def test_a_headline_that_ends_on_suspense() -> None:
    head = "Championnats : quand la dernière journée bascule dans la folie…"
    page = lines("vendredi 29 mars 2024", "", head, "", "À lire", FR_LEAD, FR_BODY)
    [article] = cleannews.clean_all(page)
    assert article.headline == head
    assert article.paragraphs == [FR_LEAD, FR_BODY]
    # a run of cut teasers is not one
    teasers = ["Le PSG bascule en C1 à la dernière minute de la saison…", "Bordeaux champion…"]
    found = run_pass("extract_headline", lines(*teasers, FR_LEAD, FR_BODY))
    assert 1 not in found or found[1].role is not Role.HEADLINE


@pytest.mark.parametrize(
    ("body", "notice", "reason"),
    [
        # a comment form's fine print
        (
            EN_LEAD,
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "comment_form_notice",
        ),
        (FR_LEAD, "Ce site utilise Akismet pour réduire les indésirables.", "comment_form_notice"),
        (
            AR_BODY,
            "هذا الموقع يستخدم Akismet للحدّ من التعليقات المزعجة والغير مرغوبة.",
            "comment_form_notice",
        ),
        (AR_BODY, "سيظهر تعليقك على هذه الصفحة بعد موافقة المشرف.", "comment_form_notice"),
        # a publisher's disclaimer
        (AR_BODY, "تنويه: جميع المقالات المنشورة تمثل رأي كتابها فقط", "disclaimer"),
        (EN_LEAD, "The views expressed in this article are the author's own.", "disclaimer"),
        (FR_LEAD, "Les propos tenus n'engagent que leurs auteurs.", "disclaimer"),
    ],
)
def test_fine_print_under_the_text(body: str, notice: str, reason: str) -> None:
    found = run_pass("remove_furniture_sentences", lines(body, body, notice))
    assert [(n, c.reason) for n, c in found.items()] == [(3, reason)]


def test_a_comment_heading_with_a_tatweel_opens_the_comments() -> None:
    text = lines(AR_BODY, "تعليقكـم", "هذا النموذج مخصص للنقاش وتبادل الآراء حول الموضوع.")
    found = run_pass("remove_comments_section", text)
    assert sorted(found) == [2, 3]


def test_a_caption_pair_and_the_agency_under_it() -> None:
    caption = "The mayor cuts the ribbon at the opening of the new library."
    text = lines(EN_HEAD, EN_LEAD, caption, caption, "PA", EN_BODY)
    found = run_pass("extract_caption_pairs", text, before=["extract_headline"])
    assert {n: (c.reason, c.value) for n, c in found.items()} == {
        3: ("inline_caption", Image(caption=caption, credit="PA")),
        4: ("repeated_caption", None),
        5: ("photo_credit_line", None),
    }


def test_an_arabic_agency_named_by_its_adjective_credits_a_caption() -> None:
    line = "سكان يحتمون من الحر على شاطئ البحر في المدينة (الفرنسية)"
    found = run_pass("extract_inline_captions", lines(AR_BODY, line, AR_BODY))
    image = found[2].value
    assert (image.caption, image.credit) == (line.removesuffix(" (الفرنسية)"), "الفرنسية")


def test_a_source_label_alone_and_the_name_under_it() -> None:
    text = lines(AR_BODY, AR_BODY, "المصدر:", "نبض بريس")
    found = run_pass("extract_source_footer", text)
    assert {n: (c.reason, c.value) for n, c in found.items()} == {
        3: ("source_label", None),
        4: ("source_under_label", "نبض بريس"),
    }


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Jane Roe (centre) cuts the ribbon at the new library with Sam Poe (left).",
        "وزير الصحة (يمين) يستقبل نظيره الأردني في مقر الوزارة بالعاصمة.",
    ],
)
def test_who_stands_where_in_the_photo_makes_a_caption(line: str) -> None:
    found = run_pass("extract_inline_captions", lines(EN_LEAD, line, EN_BODY))
    assert found[2].reason == "inline_caption"
    assert found[2].value == Image(caption=line)


def test_copies_of_a_caption_pair_printed_again_in_a_row_are_repeats() -> None:
    caption = "Students gathered outside the building on the morning of the vote."
    found = run_pass("extract_caption_pairs", lines(EN_LEAD, *[caption] * 5, EN_BODY))
    assert [c.reason for c in found.values()] == ["inline_caption", *["repeated_caption"] * 4]


@pytest.mark.parametrize(
    "line",
    [
        "document.PlayerIframeBurst=true;",
        'var _q = _q||[]; _q.push({ "p": "Player_1", "obj": {"id":"19"} });',
    ],
)
def test_a_pages_script_printed_as_text(line: str) -> None:
    found = run_pass("remove_page_chrome", lines(AR_BODY, line, AR_BODY + " وأضاف."))
    assert [(n, c.reason) for n, c in found.items()] == [(2, "script_code")]


def test_a_promo_between_paragraphs_with_its_vowel_marks_and_its_tail() -> None:
    text = lines(AR_BODY, "حمَل تطبيق الوادي", AR_BODY + " وأضاف.", "تابع أحدث الأخبار", "عبر تطبيق")
    found = run_pass("remove_page_chrome", text)
    assert [(n, c.reason) for n, c in found.items()] == [
        (2, "promo_line"),
        (4, "promo_line"),
        (5, "promo_line"),
    ]
    # an English sentence ending in a semicolon is no script
    assert (
        run_pass("remove_page_chrome", lines(EN_LEAD, "He said (in private) that;", EN_BODY)) == {}
    )


def test_a_listing_of_titles_each_glued_to_the_same_date() -> None:
    stamp = "2 حزيران (يونيو)، 2018"
    titles = ["اعتقالات متبادلة في ريف المدينة", "جريح بانفجار لغم أرضي", "ارتفاع أسعار الأدوية"]
    text = lines(AR_BODY, *[stamp + title for title in titles], AR_BODY + " وأضاف.")
    found = run_pass("extract_stamped_listing", text)
    assert [c.value.title for c in found.values()] == titles
    # without a date the shared opening says nothing; two lines are not a listing
    assert (
        run_pass("extract_stamped_listing", lines(*["وقال الوزير إن " + t for t in titles])) == {}
    )
    assert run_pass("extract_stamped_listing", lines(*[stamp + t for t in titles[:2]])) == {}


def test_a_caption_closing_with_its_copyright_credit_is_no_page_notice() -> None:
    caption = "L'école du village a été inaugurée ce jeudi. © Radio Locale - Jeanne Roux"
    assert run_pass("remove_page_chrome", lines(FR_LEAD, caption, FR_BODY)) == {}
    found = run_pass("extract_inline_captions", lines(FR_LEAD, caption, FR_BODY))
    assert found[2].value == Image(
        caption="L'école du village a été inaugurée ce jeudi.", credit="Radio Locale - Jeanne Roux"
    )
    # a notice with a year, or with no sentence before its `©`, is the page's
    for notice in (
        "Tous droits réservés © 2024 Radio Locale",
        "Édité par la société X © Le Journal",
    ):
        found = run_pass("remove_page_chrome", lines(FR_LEAD, notice, FR_BODY))
        assert [c.reason for c in found.values()] == ["copyright"]


def test_markup_a_scraper_left_in_the_headline_goes() -> None:
    page = lines(f"<i class='fa fa-lock' aria-hidden='true'></i> {FR_HEAD}", "", FR_LEAD, FR_BODY)
    [article] = cleannews.clean_all(page)
    assert article.headline == FR_HEAD


@pytest.mark.parametrize(
    ("line", "lead", "body"),
    [("partager sur:", FR_LEAD, FR_BODY), ("Share this page", EN_LEAD, EN_BODY)],
)
def test_a_share_buttons_label_without_its_icons(line: str, lead: str, body: str) -> None:
    found = run_pass("remove_widgets", lines(lead, line, body))
    assert [(n, c.reason) for n, c in found.items()] == [(2, "share_bar")]
    # a body line that opens with the verb is not one
    assert run_pass("remove_widgets", lines(FR_LEAD, "Partager les tâches reste difficile.")) == {}
