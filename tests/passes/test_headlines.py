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
