"""Round two on real scraped pages: mastheads, opinion titles, listing items after a source
line, paragraphs with a glued tail and counters never taken for headlines. Every line here
is synthetic, written in the layouts seen on real pages (docs/real-pages.md, section 6)."""

from __future__ import annotations

import pytest

import cleannews
from cleannews.claims import Role

from .helpers import lines, run_pass

HEAD = "البلدية تفتح حديقة عامة جديدة في حي الزيتون"
LEAD = "فتحت البلدية، صباح اليوم، حديقة عامة جديدة في حي الزيتون على مساحة خمسة هكتارات."
BODY = "وتضم الحديقة ملاعب للأطفال ومسارا للمشي وممرات مظللة بالأشجار."
BEFORE = ["remove_widgets", "remove_page_chrome", "remove_masthead", "remove_navigation"]


@pytest.mark.parametrize(
    "line",
    [
        "رئيس التحرير: سامر الخطيب",
        "رئيس مجلس الإدارة : نادر الحلو",
        "رئيس مجلس الإدارة ورئيس التحريرنادر الحلو",  # two roles, the name glued
        "مستشار التحريرعماد فوزي",
        "الإشراف العام",  # a role alone: its holder is on the next line
    ],
)
def test_masthead_lines(line: str) -> None:
    found = run_pass("remove_masthead", lines(line, "نـادر الـحـلـو", HEAD, LEAD, BODY))
    assert found[1].reason == "masthead"
    assert (2 in found) == (line == "الإشراف العام")


@pytest.mark.parametrize(
    "line",
    [
        "رئيس التحرير يلتقي وفدا من طلاب كلية الإعلام في مقر الصحيفة",  # a headline
        "وقال رئيس التحرير إن الصحيفة ستصدر ملحقا أسبوعيا.",  # a sentence
        "رئيسة البلدية تزور الحديقة",
    ],
)
def test_not_masthead(line: str) -> None:
    assert run_pass("remove_masthead", lines(line, LEAD, BODY)) == {}


def _headline(text: str) -> str | None:
    found = run_pass("extract_headline", text, before=BEFORE)
    return next((c.value for c in found.values() if c.role is Role.HEADLINE), None)


@pytest.mark.parametrize(
    "title",
    [
        "سامي فؤاد يكتب: حين تتكلم الحدائق",
        "د. منى سالم تكتب .. ذاكرة الأشجار",
    ],
)
def test_opinion_title_beats_site_name_and_ticker(title: str) -> None:
    column = "كان جدي يزرع شجرة كل ربيع أمام البيت، ويقول إن المدينة تحتاج ظلا أكثر من الإسمنت."
    page = lines(
        "بوابة المدينة الإخبارية",
        "وزير النقل يتفقد محطة القطارات الجديدة في الشمال",
        title,
        column,
        BODY,
    )
    assert _headline(page) == title


def test_paragraph_with_a_glued_label_is_not_a_headline() -> None:
    first = (
        "صدى المدينة- أعلنت البلدية، الأحد، عن فتح حديقة عامة جديدة في حي الزيتون، مؤكدة "
        "أنها ستستقبل الزوار طوال أيام الأسبوع. اضافة اعلان"
    )
    assert _headline(lines(first, LEAD, BODY)) is None


def test_a_counter_is_not_a_headline() -> None:
    assert _headline(lines("عدد القراءات 2310", "| 3 مارس 2026", LEAD, BODY)) is None


def test_next_listing_item_after_a_source_line() -> None:
    second = "افتتاح سوق أسبوعية للمنتجات المحلية في الساحة الكبرى"
    page = lines(
        HEAD,
        LEAD,
        BODY,
        "المصدر: صدى المدينة",
        second,
        "افتتحت البلدية سوقا أسبوعية للمنتجات المحلية في الساحة الكبرى يشارك فيها مئة منتج.",
    )
    articles = cleannews.clean_all(page)
    assert [a.headline for a in articles] == [HEAD, second]
    assert articles[0].source is not None
    assert articles[0].source.name == "صدى المدينة"


def test_source_line_then_teaser_titles_opens_nothing() -> None:
    page = lines(
        HEAD,
        LEAD,
        BODY,
        "المصدر: صدى المدينة",
        "افتتاح سوق أسبوعية للمنتجات المحلية في الساحة الكبرى",
        "مهرجان الربيع يعود إلى المدينة بعد غياب",
        "تمديد ساعات عمل المكتبة العامة في الصيف",
    )
    assert len(cleannews.clean_all(page)) == 1


def test_source_line_above_the_text_opens_nothing() -> None:
    page = lines(HEAD, "المصدر: صدى المدينة", "فيسبوك تويتر واتساب", LEAD, BODY)
    assert len(cleannews.clean_all(page)) == 1


def _bylines(*rows: str) -> dict[int, tuple[str, object]]:
    found = run_pass(
        "extract_byline",
        lines(*rows),
        before=[*BEFORE, "extract_published_date", "extract_headline"],
    )
    return {n: (c.reason, c.value) for n, c in found.items()}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("مراد بلقاسمي", "مراد بلقاسمي"),  # a bare name
        ("عبد الرحمن بنسالم", "عبد الرحمن بنسالم"),  # the article inside a compound name
        ("سعود الخالدي", "سعود الخالدي"),  # a family name of origin carries the article
        ("سعيد بنعمر.. 21.03.2025", "سعيد بنعمر"),  # a name and the filing date
        ("Selin Kaya, Omer Demir | 02.03.2026 - محدث : 03.03.2026", "Selin Kaya, Omer Demir"),
    ],
)
def test_bylines_under_the_headline(line: str, name: str) -> None:
    found = _bylines(HEAD, line, LEAD, BODY)
    assert found[2][1]["byline"] == name  # type: ignore[index]


@pytest.mark.parametrize(
    "line",
    [
        "الحدائق العامة",  # the article: a label, not a name
        "الحديقة الشرقي",  # ... first, even before a word that ends like a family name
        "صور الحديقة",  # shares a word with the headline
        "إضافة إعلان",  # an ad label
    ],
)
def test_short_lines_that_are_not_names(line: str) -> None:
    assert 2 not in _bylines(HEAD, line, LEAD, BODY)


def test_short_line_printed_twice_is_not_a_name() -> None:
    found = _bylines(HEAD, "أطفال يلعبون", "أطفال يلعبون", LEAD, BODY)
    assert 2 not in found
    assert 3 not in found


def test_dated_byline_gives_the_date() -> None:
    article = cleannews.clean(lines(HEAD, "سعيد بنعمر.. 21.03.2025", LEAD, BODY))
    assert article.byline == "سعيد بنعمر"
    assert str(article.published)[:10] == "2025-03-21"


def test_outline_above_the_text() -> None:
    rows = [HEAD, "- أسباب المشروع وكلفته", "- ما ينتظره السكان", LEAD, BODY]
    found = run_pass("remove_lead_outline", lines(*rows), before=[*BEFORE, "extract_headline"])
    assert [n for n, c in found.items() if c.reason == "lead_outline"] == [2, 3]


def test_dashed_list_inside_the_text_stays() -> None:
    rows = [HEAD, LEAD, "- أسباب المشروع وكلفته", "- ما ينتظره السكان", BODY]
    assert run_pass("remove_lead_outline", lines(*rows), before=[*BEFORE, "extract_headline"]) == {}


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("صدى المدينة-العدد: 2210 - 2026 / 3 / 4 - 09:15", "2026-03-04"),  # an issue line
        ("الأربعاء 4/3/2026 (آخر تحديث) الساعة 09:15", "2026-03-04"),  # a label in brackets
    ],
)
def test_date_lines_of_old_layouts(line: str, day: str) -> None:
    found = run_pass("extract_published_date", lines(HEAD, line, LEAD, BODY))
    assert str(found[2].value)[:10] == day


def test_exclaimed_headline_below_a_section_label() -> None:
    title = "شاهد كيف تحولت حديقة مهجورة إلى أجمل مكان في المدينة !!"
    assert _headline(lines("close", "منوعات", title, LEAD, BODY)) == title


def test_row_of_section_names_without_separators() -> None:
    row = "الأخبار أخبار محلية أخبار عربية أخبار دولية"
    assert _headline(lines(row, HEAD, LEAD, BODY)) == HEAD


def test_section_name_and_blurb_above_a_headline_printed_three_times() -> None:
    section = "الحدائق العامة في المدينة"
    blurb = "ملف نتابع فيه مشاريع الحدائق العامة في المدينة، مع تقارير مصورة ومقابلات مع السكان."
    title = "مهندسة: الحدائق الجديدة تحتاج إلى مياه معالجة"
    page = lines(section, section, blurb, title, title, title, LEAD, BODY)
    assert _headline(page) == title


def test_agency_name_under_the_headline_is_the_publisher() -> None:
    article = cleannews.clean(lines(HEAD, "سبوتنيك عربي", LEAD, BODY))
    assert article.source is not None
    assert article.source.name == "سبوتنيك عربي"
    assert article.byline is None
    assert "سبوتنيك عربي" not in article.paragraphs


def test_author_bio_under_the_byline() -> None:
    bio = "كاتب صحفي ومدير تحرير موقع صدى المدينة"
    found = _bylines(HEAD, "مراد بلقاسمي", bio, LEAD, BODY)
    assert found[3][0] == "author_bio"


def test_a_sentence_under_the_byline_is_text() -> None:
    found = _bylines(HEAD, "مراد بلقاسمي", "كاتب المسرحية حضر العرض الأول مع الجمهور.", BODY)
    assert 3 not in found


def test_caption_above_the_publishers_name() -> None:
    article = cleannews.clean(lines(HEAD, "أطفال في الحديقة الجديدة", "المرصد المحلي", LEAD, BODY))
    assert [image.caption for image in article.images] == ["أطفال في الحديقة الجديدة"]
    assert article.source is not None
    assert article.source.name == "المرصد المحلي"
    assert article.paragraphs == [LEAD, BODY]


def test_speakers_name_quoted_by_the_headline_is_the_portraits_caption() -> None:
    head = "سلمى الدريدي: الحدائق الجديدة تحتاج إلى مياه معالجة"
    article = cleannews.clean(lines(head, "سلمى الدريدي", LEAD, BODY))
    assert [image.caption for image in article.images] == ["سلمى الدريدي"]
    assert article.byline is None


def test_deck_above_an_authors_name_is_no_caption() -> None:
    deck = "البلدية تعد بحدائق أخرى في الأحياء الشمالية قبل الصيف"
    article = cleannews.clean(lines(HEAD, deck, "مراد بلقاسمي", LEAD, BODY))
    assert article.images == []
    assert article.byline == "مراد بلقاسمي"


@pytest.mark.parametrize(
    "line",
    [
        "من يدير الحديقة الجديدة؟",  # a short question heading the first section
        "تتناول أخبار المدينة اليوم كثيرا من الموضوعات المختلفة التي تهم السكان، ونبدأ بما يلي:",
    ],
)
def test_text_under_the_headline_is_not_a_deck(line: str) -> None:
    article = cleannews.clean(lines(HEAD, line, LEAD, BODY))
    assert article.subtitle is None
    assert article.paragraphs[0] == line


def test_archive_photo_caption_is_not_a_menu() -> None:
    caption = "سامر الحلو - أرشيفية"
    article = cleannews.clean(lines(HEAD, "محليات", caption, caption, "", "", LEAD, BODY))
    assert [(i.caption, i.credit) for i in article.images] == [("سامر الحلو", "أرشيفية")]


def test_caption_under_the_headlines_second_copy() -> None:
    caption = "رئيس البلدية يتوسط أعضاء المجلس"
    article = cleannews.clean(lines(HEAD, "22", HEAD, caption, "مراد بلقاسمي", LEAD, BODY))
    assert [image.caption for image in article.images] == [caption]
    assert article.byline == "مراد بلقاسمي"


def test_deck_between_the_headlines_copies_is_no_caption() -> None:
    deck = "البلدية تعد بحدائق أخرى"
    article = cleannews.clean(lines(HEAD, deck, HEAD, LEAD, BODY))
    assert article.images == []


def test_cut_page_metadata_block_under_the_headline() -> None:
    cut = " ".join(["وقال رئيس البلدية في مقال نشرته صحيفة محلية إن الحدائق الجديدة"] * 4)
    page = lines(
        HEAD,
        HEAD,
        "سبوتنيك عربي",
        "2026-01-12T05:07+0000",
        "محليات",
        "بيئة",
        "https://cdn.example.org/img/photo.jpg",
        cut,  # the excerpt ends inside this paragraph
    )
    article = cleannews.clean(page)
    assert article.headline == HEAD
    assert article.paragraphs == [cut]
    assert article.source is not None
    assert article.source.name == "سبوتنيك عربي"


def test_read_also_box_under_the_headline_opens_no_article() -> None:
    teaser = "مهرجان الربيع يعود إلى المدينة بعد غياب"
    articles = cleannews.clean_all(lines(HEAD, "اقرأ أيضا", teaser, LEAD, BODY, BODY))
    assert len(articles) == 1
    assert articles[0].headline == HEAD


@pytest.mark.parametrize(
    ("first", "source"),
    [
        (
            "صدى المدينة الإخباري- فتحت البلدية، صباح اليوم، حديقة عامة جديدة.",
            "صدى المدينة الإخباري",
        ),
        ("الزيتون برس – الزيتون. فتحت البلدية، صباح اليوم، حديقة عامة جديدة.", "الزيتون برس"),
        ("الزيتون- فتحت البلدية، صباح اليوم، حديقة عامة جديدة في الحي.", None),  # a place
    ],
)
def test_publisher_glued_as_a_dateline(first: str, source: str | None) -> None:
    article = cleannews.clean(lines(HEAD, first, BODY))
    assert (article.source.name if article.source else None) == source
    assert article.paragraphs[0] == first


def test_closing_line_that_introduces_nothing() -> None:
    promo = "اكتشف ما يمكن أن يفعله مساعد الموقع الذكي من أجلك:"
    article = cleannews.clean(lines(HEAD, LEAD, BODY, promo, "مقالات ذات صلة", "Facebook"))
    assert article.paragraphs == [LEAD, BODY]


def test_colon_line_above_a_closing_list_stays() -> None:
    intro = "وتشمل المرحلة الأولى من المشروع ما يلي:"
    rows = [HEAD, LEAD, BODY, intro, "- ملعب للأطفال", "- مسار للمشي"]
    assert intro in cleannews.clean(lines(*rows)).paragraphs


def test_caption_printed_around_a_section_label_is_not_a_menu() -> None:
    caption = "أطفال في الحديقة"
    article = cleannews.clean(lines(HEAD, caption, "محليات", caption, LEAD, BODY))
    assert [image.caption for image in article.images] == [caption]
    assert article.paragraphs == [LEAD, BODY]


def test_a_header_printed_twice_in_a_row_goes_whole() -> None:
    header = ["مؤسس الجريدة ورئيس مجلس أمنائها", "نادر الحلو", "مدير التحرير", "سامر الخطيب"]
    page = lines(*header, *header, "", HEAD, "", LEAD, BODY)
    found = run_pass("remove_header_printed_twice", page)
    assert sorted(found) == list(range(1, 9))
    assert cleannews.clean(page).headline == HEAD


def test_a_lead_block_and_its_repeat_across_the_widget_are_no_header() -> None:
    caption = "جانب من الحديقة الجديدة في حي الزيتون (الشرق الأوسط)"
    page = lines(HEAD, caption, caption, "TT", HEAD, caption, caption, "", LEAD, BODY)
    assert run_pass("remove_header_printed_twice", page, before=["remove_widgets"]) == {}
    # nor is a block printed twice with no headline left under it before the text
    page = lines(*[HEAD, "نادر الحلو", "مدير التحرير"] * 2, LEAD, BODY)
    assert run_pass("remove_header_printed_twice", page) == {}
