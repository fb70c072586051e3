from __future__ import annotations

from cleannews.claims import Role
from tests.passes.helpers import lines, run_pass

HEAD = "الصين وروسيا ستعززان العلاقات بينهما"
CAPTION = "الرئيس الروسي فلاديمير بوتين يصافح نظيره الصيني خلال زيارته إلى موسكو (أ.ب)"
BODY = "أعلن مدير مكتب لجنة الشؤون الخارجية أن الصين ستعزز علاقاتها مع روسيا الخميس."
BODY2 = "وأكد البيان أن الصين وروسيا تدعمان بعضهما البعض بقوة في حماية المصالح المشروعة."
ASHARQ = lines(HEAD, "", CAPTION, CAPTION, "TT", "", HEAD, "", CAPTION, CAPTION, "", BODY)


def _summary(found: dict) -> dict[int, tuple[Role, str]]:
    return {n: (c.role, c.reason) for n, c in found.items()}


def test_anchored_headline_and_its_repeat() -> None:
    assert _summary(run_pass("extract_headline", ASHARQ)) == {
        1: (Role.HEADLINE, "anchored_headline"),
        7: (Role.REMOVED, "repeated_headline"),
    }


def test_headline_printed_three_times_and_tt_twice() -> None:
    text = lines(HEAD, HEAD, CAPTION, CAPTION, "TT", "TT", HEAD, CAPTION, CAPTION, BODY)
    assert _summary(run_pass("extract_headline", text)) == {
        1: (Role.HEADLINE, "anchored_headline"),
        2: (Role.REMOVED, "repeated_headline"),
        7: (Role.REMOVED, "repeated_headline"),
    }


def test_first_short_line_is_the_headline_without_a_lead_block() -> None:
    text = lines(
        "وكالة: بوتين وكيم ينقلان العلاقات العسكرية إلى ذروة جديدة",
        "تاريخ النشر: 17th, September 2023 GMT",
        "ذكرت وكالة الأنباء المركزية الكورية الشمالية أن زعيم كوريا الشمالية ناقش مسائل عملية.",
    )
    found = run_pass("extract_headline", text, before=["extract_published_date"])
    assert _summary(found) == {1: (Role.HEADLINE, "first_line_headline")}


def test_a_text_that_opens_with_a_sentence_has_no_headline() -> None:
    text = lines(
        "بعث الزعيم الكوري الشمالي كيم جونج أون برسالة ترحاب إلى الرئيس الصيني شي جين بينج.",
        "رسالة من زعيم إلى زعيم",
        "أرسل كيم الرسالة ردا على رسالة التهنئة التي أرسلها شي بمناسبة الذكرى السنوية.",
    )
    assert run_pass("extract_headline", text) == {}


def test_headline_ending_in_photos_tag_is_still_a_headline() -> None:
    text = lines("قتيل وإصابات في ضربات صاروخية روسية على كييف (صور)", "", BODY)
    assert _summary(run_pass("extract_headline", text)) == {
        1: (Role.HEADLINE, "first_line_headline")
    }


def test_a_text_that_opens_with_a_dateline_and_agency_has_no_headline() -> None:
    text = lines("القاهرة - أ ش أ", BODY, BODY2)
    assert run_pass("extract_headline", text) == {}
    text = lines("عاجل: انفجار في مرفأ بيروت", BODY, BODY2)
    assert [c.reason for c in run_pass("extract_headline", text).values()] == [
        "first_line_headline"
    ]


def test_a_lone_short_line_is_not_a_headline() -> None:
    assert run_pass("extract_headline", "الصين وروسيا ستعززان العلاقات") == {}


def test_lines_above_an_anchored_headline_are_removed() -> None:
    text = lines("الرئيسية", "أخبار", "سياسة", "", ASHARQ)
    found = run_pass("remove_before_headline", text, before=["remove_widgets", "extract_headline"])
    assert _summary(found) == dict.fromkeys((1, 2, 3), (Role.REMOVED, "before_headline"))


def test_lines_above_a_guessed_headline_are_kept() -> None:
    text = lines("الرئيسية", "وكالة: بوتين وكيم ينقلان العلاقات إلى ذروة جديدة", BODY)
    assert run_pass("remove_before_headline", text, before=["extract_headline"]) == {}


def test_site_name_and_site_label_above_the_headline_are_stepped_over() -> None:
    for above in (["هسبريس"], ["مصراوي", "أخبار"], ["سكاي نيوز عربية - أبوظبي"]):
        found = run_pass("extract_headline", lines(*above, HEAD, BODY, BODY2))
        assert _summary(found) == {
            **dict.fromkeys(range(1, len(above) + 1), (Role.REMOVED, "above_headline")),
            len(above) + 1: (Role.HEADLINE, "first_line_headline"),
        }


def test_short_line_before_running_text_is_neither_headline_nor_removed() -> None:
    assert run_pass("extract_headline", lines("عاجل", BODY, BODY2)) == {}
    # a text that opens with its byline and then its running text has no headline
    assert run_pass("extract_headline", lines("القاهرة - أ ش أ", BODY, BODY2)) == {}


def test_label_pairs_and_two_word_site_names_give_way_to_the_headline() -> None:
    head = "افتتاح 3 مدارس جديدة بمحافظة أسوان"
    for above in (["عمان - الغد"], ["بوابة الأهرام"]):
        found = run_pass("extract_headline", lines(*above, head, BODY, BODY2))
        assert found[2].role is Role.HEADLINE
        assert found[1].reason == "above_headline"
    # a two-word headline with nothing longer before the text stays the headline when the
    # text backs it (a word shared with the lines under it, or printed again) ...
    quake = "ضرب زلزال بقوة 6 درجات جنوب البلاد فجر الخميس ولم ترد أنباء عن ضحايا."
    found = run_pass("extract_headline", lines("زلزال مدمر", quake, BODY2))
    assert _summary(found) == {1: (Role.HEADLINE, "first_line_headline")}
    found = run_pass("extract_headline", lines("زلزال مدمر", BODY, "زلزال مدمر", BODY2))
    assert found[1].role is Role.HEADLINE


def test_two_words_the_text_does_not_back_are_no_headline() -> None:
    # `NAME` alone above the text (real pages, sets 7 and 8): the reporter, not a headline
    for name in ("سلمى حداد", "مبارك الخالدي"):
        assert run_pass("extract_headline", lines(name, BODY, BODY2)) == {}


def test_a_question_under_a_two_word_title_is_the_text_not_the_headline() -> None:
    # a two-word site name gives way to a longer headline, but a question under a two-word
    # title opens the text (a cleaned article printed as headline, blank line, body)
    question = "هل تنجح الخطة الجديدة؟"
    found = run_pass("extract_headline", lines("تفاصيل الاتفاق", "", question, BODY, BODY2))
    assert _summary(found) == {1: (Role.HEADLINE, "first_line_headline")}


def test_a_question_printed_twice_is_not_a_headline_printed_again_and_again() -> None:
    question = "هل تنجح الخطة الجديدة؟"
    found = run_pass("extract_headline", lines("تفاصيل الاتفاق", BODY, question, question))
    assert found[1].role is Role.HEADLINE
    # printed three times, it is
    found = run_pass("extract_headline", lines("تفاصيل الاتفاق", BODY, *[question] * 3, BODY2))
    assert found[3].role is Role.HEADLINE


def test_a_question_can_be_the_headline_and_its_deck_follows() -> None:
    question = "هل تنجح المدن العربية في التحول إلى النقل العام؟"
    deck = "مدن تراهن على المترو والحافلات السريعة لتخفيف الزحام"
    text = lines(question, deck, BODY, BODY2)
    assert _summary(run_pass("extract_headline", text)) == {
        1: (Role.HEADLINE, "first_line_headline")
    }
    found = run_pass("extract_subtitle", text, before=["extract_headline"])
    assert [(n, c.value) for n, c in found.items()] == [(2, deck)]
    # a question inside the body is not a headline
    assert run_pass("extract_headline", lines(BODY, question, BODY2)) == {}


def test_you_are_reading_bar_above_the_headline() -> None:
    bar = f"أنت تقرأ: {HEAD}"
    found = run_pass("extract_headline", lines(bar, HEAD, BODY, BODY2))
    assert _summary(found) == {
        1: (Role.REMOVED, "above_headline"),
        2: (Role.HEADLINE, "first_line_headline"),
    }


QUESTION = "هل تنجح الخطة الجديدة؟"


def test_a_short_bullet_item_above_the_headline_is_stepped_over() -> None:
    text = lines("• بند أول", QUESTION, BODY, BODY2)
    assert _summary(run_pass("extract_headline", text)) == {
        1: (Role.REMOVED, "above_headline"),
        2: (Role.HEADLINE, "first_line_headline"),
    }


def test_a_question_above_a_bracketed_arabic_credit_is_the_headline() -> None:
    # Arabic prints `(أ.ف.ب)` above its caption: the line over it is not that caption
    text = lines(QUESTION, "(أ.ف.ب)", BODY, BODY2)
    assert _summary(run_pass("extract_headline", text)) == {
        1: (Role.HEADLINE, "first_line_headline")
    }


def test_a_sentence_printed_twice_above_the_headline_is_removed() -> None:
    text = lines(BODY2, QUESTION, BODY2, BODY)
    assert _summary(run_pass("extract_headline", text)) == {
        1: (Role.REMOVED, "above_headline"),
        2: (Role.HEADLINE, "first_line_headline"),
    }


def test_the_headline_cut_at_a_mark_under_it_is_the_photo_title() -> None:
    head = "افتتاح مدرسة جديدة في القرية .. والصور تتحدث"
    lead = "افتتحت وزارة التربية مدرسة جديدة في القرية صباح اليوم بحضور الأهالي والمسؤولين."
    text = lines(head, "", "افتتاح مدرسة جديدة في القرية", "", lead, BODY)
    found = run_pass("extract_headline", text)
    assert found[3].reason == "headline_as_photo_title"
    assert found[3].value.caption == "افتتاح مدرسة جديدة في القرية"
    # cut anywhere else, it is not
    text = lines(head, "", "افتتاح مدرسة جديدة في", "", lead, BODY)
    assert 3 not in run_pass("extract_headline", text)
