"""Page variants seen on real scrapes, beyond the five samples.

Every text here is SYNTHETIC: written for these tests from the structure of the samples
(Asharq Al-Awsat lead blocks, aggregator footers) and of common Arabic news page chrome.
Each test names the variant and checks the whole article, including what must survive.
"""

from __future__ import annotations

import cleannews

H = "الصين وروسيا ستعززان العلاقات بينهما"
C = "الرئيس الروسي فلاديمير بوتين يصافح نظيره الصيني خلال زيارته إلى موسكو (أ.ب)"
CAPTION = "الرئيس الروسي فلاديمير بوتين يصافح نظيره الصيني خلال زيارته إلى موسكو"
P1 = "أعلن مدير مكتب لجنة الشؤون الخارجية وانغ يي الخميس أن الصين ستعزز علاقاتها مع روسيا."
P2 = "تطرح الصين نفسها طرفاً محايداً في الحرب الروسية في أوكرانيا، لكن رفضها إدانة موسكو لافت."
P3 = "والتقى وانغ يي وزير الخارجية الروسي سيرغي لافروف في جاكرتا على هامش اجتماع «آسيان»."


def page(*lines: str) -> str:
    return "\n".join(lines)


def test_deck_between_headline_and_photo_goes_to_subtitle() -> None:
    deck = "بكين تعد بتنسيق استراتيجي أوسع مع موسكو رغم الضغوط الغربية"
    text = page(H, "", deck, "", C, C, "TT", "", H, "", deck, "", C, C, "", P1, "", P2)
    article = cleannews.clean(text)
    assert article.headline == H
    assert article.subtitle == deck
    assert article.paragraphs == [P1, P2]
    assert [(i.caption, i.credit) for i in article.images] == [(CAPTION, "أ.ب")]


def test_no_photo_tt_twice_headline_three_times() -> None:
    article = cleannews.clean(page(H, H, "TT", "TT", "", H, "", P1, "", P2))
    assert article.headline == H
    assert article.paragraphs == [P1, P2]
    assert article.images == []


def test_captions_without_credit_and_unusual_credits() -> None:
    bare = "صورة عامة لمدينة جاكرتا خلال انعقاد اجتماع وزراء خارجية آسيان"
    inline = "وزير الخارجية الصيني خلال مؤتمر صحافي في بكين (تصوير: بشير صالح)"
    text = page(H, "", bare, bare, "TT", "", H, "", bare, bare, "", P1, "", inline, "", P2)
    article = cleannews.clean(text)
    assert [(i.caption, i.credit) for i in article.images] == [
        (bare, None),
        ("وزير الخارجية الصيني خلال مؤتمر صحافي في بكين", "تصوير: بشير صالح"),
    ]
    assert article.paragraphs == [P1, P2]


def test_uncredited_caption_between_headline_and_widget() -> None:
    bare = "صورة عامة لمدينة جاكرتا خلال انعقاد اجتماع وزراء خارجية آسيان"
    article = cleannews.clean(page(H, bare, "TT", H, "", P1, "", P2))
    assert [(i.caption, i.credit) for i in article.images] == [(bare, None)]
    assert article.subtitle is None
    assert article.paragraphs == [P1, P2]


def test_url_reading_time_and_byline() -> None:
    url = "https://aawsat.com/العالم/5001234"
    text = page(
        f"{H} {url}", "", C, C, "TT", "", f"{H} {url}", "", C, C, "",
        "7:51 دقيقه", "- خاركيف: فداء عيتاني", url, "", P1, "", P2,
    )  # fmt: skip
    article = cleannews.clean(text)
    assert article.headline == H
    assert (article.byline, article.dateline) == ("فداء عيتاني", "خاركيف")
    assert article.paragraphs == [P1, P2]


def test_teaser_preview_above_the_headline() -> None:
    preview = "أعلن مدير مكتب لجنة الشؤون الخارجية وانغ يي الخميس أن الصين... المزيد"
    text = page(preview, "", H, "", C, C, "TT", "", H, "", C, C, "", P1, "", P2)
    explanation = cleannews.explain(text)
    article = explanation.articles[0]
    assert article.headline == H
    assert article.paragraphs == [P1, P2]
    assert explanation.lines[0].reason == "teaser_preview"


def test_aggregator_page_chrome() -> None:
    text = page(
        "الرئيسية > أخبار > سياسة",
        "أخبار", "رياضة", "اقتصاد", "فن",
        "القاهرة 34°C",
        "ربيع أول 3 1447 هـ",
        H,
        "شارك", "طباعة", "حجم الخط", "-A +A",
        P1,
        "[ad_1]",
        P2,
        "انسخ الرابط https://example.com/a/1",
        P3,
        "العربيّة المصدر: العربيّة",
        "الوسوم: الصين، روسيا، آسيان",
        "من نحن", "اتصل بنا", "سياسة الخصوصية",
        "© 2024 جميع الحقوق محفوظة",
    )  # fmt: skip
    explanation = cleannews.explain(text)
    (article,) = explanation.articles
    assert article.headline == H
    assert article.paragraphs == [P1, P2, P3]
    assert article.source.name == "العربيّة"
    assert article.keywords == ["الصين", "روسيا", "آسيان"]
    reasons = {d.text: d.reason for d in explanation.lines}
    assert reasons["الرئيسية > أخبار > سياسة"] == "breadcrumb"
    assert reasons["القاهرة 34°C"] == "weather_widget"
    assert reasons["ربيع أول 3 1447 هـ"] == "date_header"
    assert reasons["رياضة"] == "menu_run"
    assert reasons["اتصل بنا"] == "menu_run"
    assert reasons["انسخ الرابط https://example.com/a/1"] == "share_widget"
    assert reasons["© 2024 جميع الحقوق محفوظة"] == "copyright"


def test_agency_byline_is_source_and_dateline() -> None:
    article = cleannews.clean(page(H, "رويترز (نيويورك)", P1, P2))
    assert article.source.name == "رويترز"
    assert article.dateline == "نيويورك"
    assert article.paragraphs == [P1, P2]
    assert article.images == []


def test_ticker_and_video_headline() -> None:
    ticker = " ".join(
        ["عاجل الرئيس يستقبل وفدا رسميا", "ارتفاع أسعار الذهب في الأسواق المحلية"] * 5
    )
    headline = "لحظة وصول الرئيس الصيني إلى موسكو (فيديو)"
    article = cleannews.clean(page(ticker, "", headline, "", P1, "", P2))
    assert article.headline == headline
    assert article.paragraphs == [P1, P2]


def test_time_glued_to_the_headline() -> None:
    article = cleannews.clean(page(f"10:30 ص {H}", "", P1, "", P2))
    assert article.headline == H


def test_body_text_that_looks_like_boilerplate_survives() -> None:
    quote = "«لن نتراجع عن هذا الطريق»"
    short = "وانتهى الاجتماع."
    photo = "وأظهرت صورة نشرتها الوزارة في 2 أكتوبر 2024 الوزيرين يتصافحان أمام الصحافيين."
    items = ["• خفض الرسوم الجمركية على السلع الزراعية", "• زيادة الرحلات الجوية بين البلدين"]
    text = page(H, "", P1, "", quote, "", short, "", photo, "", "وتشمل الاتفاقات:", *items, "", P2)
    article = cleannews.clean(text)
    assert article.paragraphs == [P1, quote, short, photo, "وتشمل الاتفاقات:", *items, P2]
    assert article.related == []
    assert article.published is None
