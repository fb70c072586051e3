from __future__ import annotations

from cleannews.claims import Role
from cleannews.models import Image, RelatedArticle
from tests.passes.helpers import lines, run_pass

BODY = "ونقلت وكالات أنباء روسية عن لافروف قوله إن العلاقات بين البلدين وصلت إلى مستوى جديد."
BODY2 = "وأكد البيان أن الصين وروسيا تدعمان بعضهما البعض بقوة في حماية المصالح المشروعة."

ASHARQ_BLOCK = lines(
    BODY,
    "",
    "مقالات ذات صلة",
    "",
    "روسيا تُخرج مواطناً أميركياً عمل لصالحها في أوكرانيا لمدة عامين",
    "",
    "أوروبا صورة للمواطن الأميركي محاطاً بجنود روس (وسائل إعلام روسية)",
    "",
    "روسيا تُخرج مواطناً أميركياً عمل لصالحها في أوكرانيا لمدة عامين",
    "",
    "أعلنت قوات روسية أنها نجحت في إخراج مواطن أميركي من شرق أوكرانيا والذي ساعدهم سراً.",
    "",
    "«الشرق الأوسط» (موسكو)",
    "أوروبا القوات الأوكرانية تقصف مواقع روسية على خط المواجهة في منطقة خاركيف (أ.ب)",
    "",
    "لماذا ينسحب الجيش الأوكراني من مناطق في الشرق؟",
    "",
    "كشف الجيش الأوكراني، اليوم (الجمعة)، إن قواته انسحبت من المنطقة المحيطة بقريتي أوسبينيفكا.",
    "",
    "«الشرق الأوسط» (كييف)",
    'حصاد الأسبوع لقطة جامعة لحضور قمة "البريكس" في قازان (رويترز)',
    "",
    "قتيل وإصابات في ضربات صاروخية روسية على كييف (صور)",
    "",
    "أطلقت روسيا صواريخ باليستية على كييف صباح اليوم (الجمعة)، ما أسفر عن مقتل شخص.",
    "",
    "براكريتي غوبتا (نيودلهي)",
)


def test_teaser_grid() -> None:
    found = run_pass("extract_related_block", ASHARQ_BLOCK)
    assert found.pop(3).reason == "related_heading"
    assert all(c.role is Role.RELATED for c in found.values())
    items = [c.value for c in found.values() if c.value is not None]
    assert items == [
        RelatedArticle(
            title="روسيا تُخرج مواطناً أميركياً عمل لصالحها في أوكرانيا لمدة عامين",
            section="أوروبا",
            summary="أعلنت قوات روسية أنها نجحت في إخراج مواطن أميركي من شرق أوكرانيا والذي ساعدهم سراً.",
            byline="«الشرق الأوسط» (موسكو)",
            image=Image(
                caption="صورة للمواطن الأميركي محاطاً بجنود روس", credit="وسائل إعلام روسية"
            ),
        ),
        RelatedArticle(
            title="لماذا ينسحب الجيش الأوكراني من مناطق في الشرق؟",
            section="أوروبا",
            summary="كشف الجيش الأوكراني، اليوم (الجمعة)، إن قواته انسحبت من المنطقة المحيطة بقريتي أوسبينيفكا.",
            byline="«الشرق الأوسط» (كييف)",
            image=Image(
                caption="القوات الأوكرانية تقصف مواقع روسية على خط المواجهة في منطقة خاركيف",
                credit="أ.ب",
            ),
        ),
        RelatedArticle(
            title="قتيل وإصابات في ضربات صاروخية روسية على كييف (صور)",
            section="حصاد الأسبوع",
            summary="أطلقت روسيا صواريخ باليستية على كييف صباح اليوم (الجمعة)، ما أسفر عن مقتل شخص.",
            byline="براكريتي غوبتا (نيودلهي)",
            image=Image(caption='لقطة جامعة لحضور قمة "البريكس" في قازان', credit="رويترز"),
        ),
    ]
    assert found[9].reason == "repeated_teaser_title"
    assert sorted(found) == [
        n for n, row in enumerate(ASHARQ_BLOCK.splitlines(), 1) if row and n > 3
    ]


def test_bullet_list() -> None:
    text = lines(
        BODY,
        "مقالات مشابهة",
        "",
        "  • أمين عام الناتو: كوريا الشمالية تدعم روسيا عسكريًا بشكل مباشر",
        "  • عاجل| مدبولي يوجه رسالة للرئيس السيسي بعد تجديد الثقة فيه",
    )
    found = run_pass("extract_related_block", text)
    assert [c.value.title for c in found.values() if c.value] == [
        "أمين عام الناتو: كوريا الشمالية تدعم روسيا عسكريًا بشكل مباشر",
        "عاجل| مدبولي يوجه رسالة للرئيس السيسي بعد تجديد الثقة فيه",
    ]


def test_inline_read_also_teaser() -> None:
    text = lines(BODY, "اقرأ أيضا: الصين تنتقد المساعدات الأميركية لتايوان", BODY2)
    found = run_pass("extract_related_block", text)
    assert [(n, c.value) for n, c in found.items()] == [
        (2, RelatedArticle(title="الصين تنتقد المساعدات الأميركية لتايوان"))
    ]


def test_article_text_after_a_heading_ends_the_block() -> None:
    second = "وأضاف أن الأميركيين يشيّدون بنى تحتية استراتيجية بما في ذلك العناصر النووية."
    text = lines(BODY, "أخبار ذات صلة", "الصين تنتقد المساعدات الأميركية لتايوان", BODY2, second)
    found = run_pass("extract_related_block", text)
    assert sorted(found) == [2, 3]


def test_read_also_title_then_running_text_keeps_the_text() -> None:
    third = "ولطالما كانت واشنطن أهم حليف وأكبر مورد أسلحة لتايبيه، الأمر الذي أغضب بكين."
    text = lines(BODY, "اقرأ أيضا", "الصين تنتقد المساعدات الأميركية لتايوان", BODY2, third)
    found = run_pass("extract_related_block", text)
    assert sorted(found) == [2, 3]


def test_a_list_inside_an_article_without_heading_stays() -> None:
    text = lines(BODY, "• خفض الضرائب على الشركات الصغيرة", "• زيادة الإنفاق على التعليم", BODY)
    assert run_pass("extract_related_block", text) == {}


def test_inline_read_also_title_then_the_story_goes_on() -> None:
    """Under `اقرأ أيضا` a one-sentence paragraph is the story resuming, not a snippet."""
    title = "ضبط 12 طن أسمدة زراعية مجهولة المصدر"
    rest = "وتم تحرير المحضر اللازم، وإحالة المتهمين إلى النيابة العامة التي تولت التحقيق."
    found = run_pass("extract_related_block", lines(BODY, BODY2, "اقرأ أيضا..", title, rest))
    assert {n: c.reason for n, c in found.items()} == {3: "related_heading", 4: "related_teaser"}
