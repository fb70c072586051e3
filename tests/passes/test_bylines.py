from __future__ import annotations

import pytest

from cleannews.claims import Role
from tests.passes.helpers import lines, run_pass

H = "الصين وروسيا ستعززان العلاقات بينهما"
C = "الرئيس الروسي فلاديمير بوتين يصافح نظيره الصيني خلال زيارته إلى موسكو (أ.ب)"
BODY = "أعلن مدير مكتب لجنة الشؤون الخارجية وانغ يي الخميس أن الصين ستعزز علاقاتها مع روسيا."
BODY2 = "وأكد البيان أن الصين وروسيا تدعمان بعضهما البعض بقوة في حماية المصالح المشروعة."
BEFORE = ["remove_widgets", "extract_headline"]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("- خاركيف: فداء عيتاني", {"byline": "فداء عيتاني", "dateline": "خاركيف"}),
        ("لندن: فلان الفلاني", {"byline": "فلان الفلاني", "dateline": "لندن"}),
        ("رويترز (نيويورك)", {"source": "رويترز", "dateline": "نيويورك"}),
        ("«الشرق الأوسط» (لندن)", {"source": "الشرق الأوسط", "dateline": "لندن"}),
        ("الرياض - واس", {"source": "واس", "dateline": "الرياض"}),
        ("جاكرتا: «الشرق الأوسط»", {"source": "الشرق الأوسط", "dateline": "جاكرتا"}),
        ("By John Smith, Reuters", {"byline": "John Smith"}),  # the outlet after the comma
        ("By REUTERS", {"source": "Reuters"}),  # an agency as the author is the source
        ("بقلم: فلان الفلاني", {"byline": "فلان الفلاني"}),
        ("كتب - أحمد علي", {"byline": "أحمد علي"}),
        ("كتب محمود عبد الراضي", {"byline": "محمود عبد الراضي"}),
        ("بواسطة: فريق التحرير", {"byline": "فريق التحرير"}),
        ("بواسطة أحمد سالم | منذ يوم واحد", {"byline": "أحمد سالم"}),
        ("الكاتب، سارة حسن", {"byline": "سارة حسن"}),
        ("عكاظ (جدة)", {"source": "عكاظ", "dateline": "جدة"}),
        ("دبي: «الخليج»", {"source": "الخليج", "dateline": "دبي"}),
        ("تونس – وات", {"source": "وات", "dateline": "تونس"}),
        ("كتب- أحمد جمعة:", {"byline": "أحمد جمعة"}),
        ("إسطنبول/ الأناضول", {"source": "الأناضول", "dateline": "إسطنبول"}),
        ("أبوظبي - سكاي نيوز عربية", {"source": "سكاي نيوز عربية", "dateline": "أبوظبي"}),
    ],
)
def test_bylines_under_the_headline(line: str, value: dict[str, str]) -> None:
    found = run_pass("extract_byline", lines(H, line, line, BODY), before=BEFORE)
    assert {n: (c.role, c.reason, c.value) for n, c in found.items()} == {
        2: (Role.BYLINE, "byline", value),
        3: (Role.REMOVED, "repeated_byline", None),
    }


@pytest.mark.parametrize(
    "line",
    [
        "السؤال: ماذا بعد الانتخابات",
        "وقال الوزير: لن نتراجع.",
        "المصدر: الحرة",
        "روسيا - أوكرانيا",
    ],
)
def test_short_colon_lines_in_the_body_are_not_bylines(line: str) -> None:
    text = lines(H, BODY, line, BODY2)
    assert run_pass("extract_byline", text, before=BEFORE) == {}


@pytest.mark.parametrize(
    "line",
    [
        "كتب الرئيس على منصة إكس",
        "كتب محمد على صفحته",  # a sentence: a function word inside
        "روسيا - أوكرانيا",
        "صورة: أرشيف",  # a photo credit, not `city: author`
        "بوتين (الخميس)",  # a weekday in parentheses
        "ترامب (أرشيف)",  # a credit in parentheses
    ],
)
def test_lead_lines_that_are_not_bylines(line: str) -> None:
    assert run_pass("extract_byline", lines(H, line, BODY), before=BEFORE) == {}


def test_deck_is_the_subtitle_and_captions_are_not() -> None:
    deck = "بكين تعد بتنسيق استراتيجي أوسع مع موسكو رغم الضغوط"
    text = lines(H, deck, C, C, "TT", H, deck, C, C, BODY)
    found = run_pass("extract_subtitle", text, before=BEFORE)
    assert {n: (c.reason, c.value) for n, c in found.items()} == {
        2: ("deck_under_headline", deck),
        7: ("repeated_subtitle", None),
    }
    no_deck = lines(H, C, C, "TT", H, C, C, BODY)
    assert run_pass("extract_subtitle", no_deck, before=BEFORE) == {}
    bare = "صورة عامة لمدينة جاكرتا خلال الاجتماع"
    twice = lines(H, bare, bare, "TT", H, bare, bare, BODY)
    assert run_pass("extract_subtitle", twice, before=BEFORE) == {}


def test_deck_printed_once_above_a_repeated_caption() -> None:
    """Headline, deck, the lead caption twice, TT: the single line is the deck."""
    deck = "المحطة تنتج 300 ألف متر مكعب يومياً وتخفض الانبعاثات بنسبة الثلث"
    bare = "ألواح شمسية تغذي محطة التحلية على ساحل الخليج"
    for caption in (bare, C):
        text = lines(H, deck, caption, caption, "TT", H, caption, caption, BODY)
        found = run_pass("extract_subtitle", text, before=BEFORE)
        assert [(n, c.reason) for n, c in found.items()] == [(2, "deck_under_headline")]
    # printed once with no caption after it before the widget: the photo's own caption
    lone = lines(H, bare, "TT", H, BODY)
    assert run_pass("extract_subtitle", lone, before=BEFORE) == {}


def test_a_paragraph_printed_again_below_the_lead_is_not_the_deck() -> None:
    """A lead paragraph printed again further down is text, not a deck: taken for the deck,
    the next repeated paragraph would be the deck of the cleaned article."""
    first = "ذكرت الوكالة أن الزيارة تأتي في إطار تعزيز العلاقات بين البلدين الجارين."
    text = lines(H, first, BODY, first)
    assert run_pass("extract_subtitle", text, before=["extract_headline"]) == {}


def test_a_sentence_also_printed_above_the_headline_is_not_the_deck() -> None:
    teaser = "ذكرت الوكالة أن الزيارة تأتي في إطار تعزيز العلاقات بين البلدين الجارين."
    text = lines(teaser, H, teaser, BODY, BODY2)
    assert run_pass("extract_subtitle", text, before=["extract_headline"]) == {}


def test_a_photo_copyright_line_under_the_headline_is_not_the_deck() -> None:
    text = lines(H, "© Nord Press . Samir Adel / صورة توربينات رياح قبالة الساحل", BODY, BODY2)
    assert run_pass("extract_subtitle", text, before=["extract_headline"]) == {}


def test_the_deck_under_a_short_list_item() -> None:
    deck = "بكين تعد بتنسيق استراتيجي أوسع مع موسكو رغم الضغوط"
    text = lines(H, "• بند أول", deck, BODY, BODY2)
    found = run_pass("extract_subtitle", text, before=["extract_headline"])
    assert [(n, c.reason) for n, c in found.items()] == [(3, "deck_under_headline")]
