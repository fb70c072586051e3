from __future__ import annotations

import pytest

from cleannews.claims import Role
from cleannews.models import Image
from tests.passes.helpers import lines, run_pass

HEAD = "موسكو ترغب بتعزيز علاقاتها مع بيونغ يانغ"
BODY = "دعا وزير الموارد الطبيعية الروسي ألكسندر كوزلوف، اليوم الجمعة، إلى تعزيز العلاقات."
BODY2 = "وأكد البيان أن الصين وروسيا تدعمان بعضهما البعض بقوة في حماية المصالح المشروعة."
LEAD_BEFORE = ["remove_widgets", "extract_headline"]


def _lead(caption: str) -> str:
    return lines(HEAD, "", caption, caption, "TT", "", HEAD, "", caption, caption, "", BODY)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "وزير الموارد الطبيعية الروسي ألكسندر كوزلوف (يمين) في استقبال وزير العلاقات (أ.ب)",
            Image(
                caption="وزير الموارد الطبيعية الروسي ألكسندر كوزلوف (يمين) في استقبال وزير العلاقات",
                credit="أ.ب",
            ),
        ),
        (
            "مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل (ا.ف.ب)",
            Image(caption="مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل", credit="ا.ف.ب"),
        ),
        (
            "فلاديمير بوتين وكيم جونغ أون يزوران قاعدة «فوستوشني» (أرشيفية - رويترز)",
            Image(
                caption="فلاديمير بوتين وكيم جونغ أون يزوران قاعدة «فوستوشني»",
                credit="أرشيفية - رويترز",
            ),
        ),
        (
            "الرئيس السوري خلال لقائه وفداً إعلامياً (تصوير: بشير صالح)",
            Image(caption="الرئيس السوري خلال لقائه وفداً إعلامياً", credit="تصوير: بشير صالح"),
        ),
        (
            "صورة عامة لمدينة الرياض عند الغروب",
            Image(caption="صورة عامة لمدينة الرياض عند الغروب", credit=None),
        ),
    ],
)
def test_lead_caption_printed_four_times_is_one_image(caption: str, expected: Image) -> None:
    found = run_pass("extract_lead_captions", _lead(caption), before=LEAD_BEFORE)
    assert sorted(found) == [3, 4, 9, 10]
    assert found[3].value == expected
    assert {found[n].reason for n in (4, 9, 10)} == {"repeated_caption"}
    assert all(c.role is Role.CAPTION for c in found.values())


def test_inline_caption_with_agency_abbreviation() -> None:
    text = lines(BODY, "", "الزعيم الكوري الشمالي كيم جونغ أون (د.ب.أ)", "", BODY2)
    found = run_pass("extract_inline_captions", text)
    assert [(n, c.reason, c.value) for n, c in found.items()] == [
        (3, "inline_caption", Image(caption="الزعيم الكوري الشمالي كيم جونغ أون", credit="د.ب.أ"))
    ]


@pytest.mark.parametrize(
    "body",
    [
        "وأن الاجتماع الذي عقد في مارس (آذار) بين الرئيس فلاديمير بوتين والرئيس الصيني شي جينبينغ",
        "ووفقاً لمعهد أستوكهولم الدولي لأبحاث السلام (سيبري)",
        "وكان وزير الخارجية الروسي دان، (الخميس)",
        "وأكد وانغ أن البلدين سيدافعان ضد التدخلات الخارجية والحفاظ على (...)",
        "قتيل وإصابات في ضربات صاروخية روسية على كييف (صور)",
        "وجاءت التصريحات في مقابلة بثت مساء الأحد بحسب (رويترز)",
        "أعلن الجيش مقتل ثلاثة أشخاص في الهجوم (أ.ف.ب).",
        "وقال المتحدث إن الوضع مستقر (رويترز).",
    ],
)
def test_body_parentheses_that_are_not_credits(body: str) -> None:
    assert run_pass("extract_inline_captions", lines(BODY, body, BODY2)) == {}


def test_lead_caption_repeated_in_the_body_is_not_a_second_photo() -> None:
    caption = "رئيس الوزراء الياباني شيغيرو إيشيبا (أ.ف.ب)"
    text = _lead(caption) + "\n" + caption + "\n" + BODY + "."
    before = [*LEAD_BEFORE, "extract_lead_captions"]
    found = run_pass("extract_inline_captions", text, before=before)
    assert [(n, c.reason) for n, c in found.items()] == [(13, "repeated_caption")]


def test_labelled_two_line_captions() -> None:
    """BBC Arabic prints the credit line, then the caption line."""
    text = lines(
        HEAD,
        "صدر الصورة، Getty Images",
        "التعليق على الصورة، طيور مهاجرة تعبر سماء وادي النيل في الخريف",
        BODY,
        "التعليق على الصورة، صياد يحمل شباكا على الساحل",
        BODY2,
    )
    found = run_pass("extract_labelled_captions", text, before=["extract_headline"])
    assert {n: (c.reason, c.value) for n, c in found.items()} == {
        2: ("photo_credit_line", None),
        3: (
            "labelled_caption",
            Image(caption="طيور مهاجرة تعبر سماء وادي النيل في الخريف", credit="Getty Images"),
        ),
        5: ("labelled_caption", Image(caption="صياد يحمل شباكا على الساحل", credit=None)),
    }


def test_body_lines_that_mention_a_photo_are_not_labelled_captions() -> None:
    text = lines(
        HEAD,
        BODY,
        "التعليق على الصورة جاء متأخرا، كما قال المتحدث.",
        "وأظهرت صورة نشرتها الوزارة، الأحد، مخطط المشروع.",
        BODY2,
    )
    assert run_pass("extract_labelled_captions", text, before=["extract_headline"]) == {}


def test_bare_credit_line_above_its_caption_and_a_dash_credit() -> None:
    text = lines(HEAD, BODY, "(تصوير: عبدالله الفهد)", "سحب رعدية فوق أحد الأحياء", BODY2)
    found = run_pass("extract_labelled_captions", text, before=["extract_headline"])
    assert {n: (c.reason, c.value) for n, c in found.items()} == {
        3: ("photo_credit_line", None),
        4: (
            "caption_under_credit",
            Image(caption="سحب رعدية فوق أحد الأحياء", credit="تصوير: عبدالله الفهد"),
        ),
    }
    dash = lines(HEAD, "وزير الري خلال جولته التفقدية - صورة أرشيفية", BODY, BODY2)
    found = run_pass("extract_inline_captions", dash, before=["extract_headline"])
    assert [c.value for c in found.values()] == [
        Image(caption="وزير الري خلال جولته التفقدية", credit="صورة أرشيفية")
    ]


def test_dashes_that_are_not_credits() -> None:
    text = lines(HEAD, BODY, "روسيا - أوكرانيا", "الحرب في أوكرانيا - اليوم الأول", BODY2)
    assert run_pass("extract_inline_captions", text, before=["extract_headline"]) == {}


def test_a_list_item_printed_twice_is_not_an_inline_caption() -> None:
    body = "وقالت الوكالة إن الزيارة تأتي في إطار تعزيز العلاقات بين البلدين الجارين منذ سنوات."
    text = "\n".join([body, "• بند أول", body + " أيضا", "• بند أول", body + " كذلك"])
    assert run_pass("extract_inline_captions", text) == {}


def test_a_caption_above_a_credit_label_and_its_name_printed_again_under_them() -> None:
    caption = "متظاهرون يرفعون لافتات أمام مبنى البلدية خلال وقفة احتجاجية، الأحد الماضي."
    text = lines(HEAD, caption, "تصوير :", "سامر الحلبي", caption, BODY, BODY2)
    found = run_pass("extract_credit_label_captions", text, before=["extract_headline"])
    assert {n: (c.reason, c.value) for n, c in found.items()} == {
        2: ("caption_above_credit", Image(caption=caption, credit="سامر الحلبي")),
        3: ("photo_credit_label", None),
        4: ("photo_credit_name", None),
        5: ("repeated_caption", None),
    }
    # and the deck pass leaves such a line to the caption passes
    assert run_pass("extract_subtitle", text, before=["extract_headline"]) == {}


def test_a_sentence_printed_twice_in_a_row_is_a_caption_pair() -> None:
    caption = "Police officers watch the crowd outside the council building on Monday."
    lead = "Hundreds of residents marched to the council building to protest against the fees."
    text = lines("Residents march against new fees", "", lead, caption, caption, lead + " Again.")
    found = run_pass("extract_caption_pairs", text, before=["extract_headline"])
    assert {n: (c.reason, c.value) for n, c in found.items()} == {
        4: ("inline_caption", Image(caption=caption)),
        5: ("repeated_caption", None),
    }


def test_caption_pairs_are_matched_as_the_text_is_read_without_them() -> None:
    # B printed twice between the two copies of A: once B is out, A is a pair too
    a = "Students gathered outside the building on the morning of the vote."
    b = "A protester holds a sign calling for lower fees."
    body = "The march ended peacefully in the afternoon, the police said in a statement."
    found = run_pass("extract_caption_pairs", lines(body, a, b, b, a, body + " Later."))
    assert sorted(found) == [2, 3, 4, 5]
    # copies printed apart are mentions, not a photo
    assert run_pass("extract_caption_pairs", lines(body, a, body, a)) == {}


def test_a_caption_printed_twice_in_one_line_and_again_under_it() -> None:
    caption = "La voiture de patrouille est hors d'usage après le choc."
    body = "Un automobiliste a percuté le véhicule des gendarmes mercredi soir sur l'autoroute."
    text = lines("Deux gendarmes blessés", "", f"{caption} - {caption}", "", caption, "", body)
    found = run_pass("extract_inline_captions", text, before=["extract_headline"])
    assert {n: (c.reason, c.value) for n, c in found.items()} == {
        3: ("inline_caption", Image(caption=caption)),
        5: ("repeated_caption", None),
    }
