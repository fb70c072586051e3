"""The scoring step: grades from general signals, removal only at the edges of the text."""

from __future__ import annotations

import pytest

from cleannews.config import Config
from cleannews.page import read_page
from cleannews.passes.scoring import Grade, grade_line
from tests.passes.helpers import lines, run_pass

LEX = Config().lexicon
H = "وزير الخارجية يبحث مع نظيره التركي ملفات المنطقة"
BODY = "بحث وزير الخارجية مع نظيره التركي، خلال اتصال هاتفي الأربعاء، تطورات الأوضاع في المنطقة."
BODY2 = "واتفق الجانبان على تشكيل لجنة مشتركة للتعاون الاقتصادي تعقد اجتماعها الأول الشهر المقبل."
BEFORE = ["extract_headline"]


def _grade(text: str, repeats: int = 1) -> Grade:
    return grade_line(read_page(text).lines[0], repeats, LEX)


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        (BODY, Grade.GOOD),
        ("وتم ذلك في الموعد.", Grade.GOOD),  # a short one-sentence paragraph
        ("«لن نتراجع».", Grade.SHORT),  # a quoted line of two words, punctuated
        ("وتشمل المرحلة الأولى ما يلي:", Grade.SHORT),
        ("- مائة ألف وحدة في خمس مدن", Grade.SHORT),  # a list item
        ("ويتواصل البحث عن المفقودين", Grade.SHORT),  # conjunction opening, no full stop
        (
            "وقال المتحدث إن اللجنة ستجتمع مرة أخرى في الأسبوع المقبل لمراجعة كل الملفات",
            Grade.SHORT,
        ),
        ("12,345 مشاهدة", Grade.BAD),  # mostly digits
        ("10:45 ص", Grade.BAD),
        ("***", Grade.BAD),
        ("@aawsat_News #الشرق_الأوسط", Grade.BAD),
        ("https://example.com/news/1", Grade.BAD),
        ("تابعونا على فيسبوك وتويتر", Grade.BAD),  # short, unpunctuated, no conjunction
        # a newsletter's form after the text: long, with function words, but it sells
        ("أدخل بريدك الإلكتروني أو رقم هاتفك لتصلك آخر الأخبار من الموقع", Grade.BAD),
        ("محمد عبد الله", Grade.BAD),
        ("اقرأ المزيد من أخبار القسم", Grade.BAD),
        ("عنوان طويل من سبع كلمات بلا نقطة", Grade.SHORT),  # seven words: not a label
    ],
)
def test_phase_one_grades(text: str, grade: Grade) -> None:
    assert _grade(text) is grade


def test_a_repeated_unpunctuated_line_is_bad_and_a_repeated_sentence_is_not() -> None:
    assert _grade("مشاركة الخبر عبر الشبكات", repeats=2) is Grade.BAD
    assert _grade(BODY, repeats=2) is Grade.GOOD


def test_bad_lines_at_both_edges_are_removed() -> None:
    text = lines(H, "منذ 3 ساعات", "محمد عبد الله", BODY, BODY2, "تابعونا على فيسبوك", "3 تعليقات")
    found = run_pass("remove_unscored_edges", text, before=BEFORE)
    assert {n: c.reason for n, c in found.items()} == dict.fromkeys(
        [2, 3, 6, 7], "low_score_at_edge"
    )


@pytest.mark.parametrize(
    "inner",
    [
        "رسالة من زعيم إلى زعيم",  # a subheading
        "«لن نتراجع».",  # a quoted line
        "- مائة ألف وحدة",  # a list item
        "وأظهرت صورة نشرتها الوزارة، الأحد 12 مايو 2024، مخطط المشروع.",  # photo and date
        "الأهلي 2 - 1 الزمالك",  # a score line: digits, but letters too
    ],
)
def test_lines_inside_the_text_always_stay(inner: str) -> None:
    text = lines(H, BODY, inner, BODY2)
    assert run_pass("remove_unscored_edges", text, before=BEFORE) == {}


@pytest.mark.parametrize(
    "last",
    [
        "وتم ذلك.",  # a short one-sentence paragraph
        "ويتواصل البحث عن المفقودين",  # a last paragraph without its full stop
        "- قروض ميسرة للشباب\n- أراض مجانية للمطورين",  # a list that ends the article
        "وتشمل المرحلة الأولى ما يلي:\n- قروض ميسرة للشباب",  # one item after its intro
        "وتشمل المرحلة الأولى ما يلي:",
    ],
)
def test_short_last_paragraphs_stay(last: str) -> None:
    text = lines(H, BODY, BODY2, last)
    assert run_pass("remove_unscored_edges", text, before=BEFORE) == {}


def test_pages_without_full_stops_are_not_graded() -> None:
    unpunctuated = [p.rstrip(".") for p in (BODY, BODY2, BODY + " أيضا", BODY2 + " كذلك")]
    text = lines(H, *unpunctuated, "تابعونا على فيسبوك")
    assert run_pass("remove_unscored_edges", text, before=BEFORE) == {}


def test_a_deck_stays_and_the_author_line_after_it_goes() -> None:
    deck = "مدن تراهن على المترو والحافلات السريعة لتخفيف الزحام"
    text = lines(H, deck, "مريم عبد الله صحافية", BODY, BODY2)
    found = run_pass("remove_unscored_edges", text, before=BEFORE)
    assert {n: c.reason for n, c in found.items()} == {3: "low_score_at_edge"}


@pytest.mark.parametrize(
    ("rows", "removed"),
    [
        ((BODY, "***", BODY2), {3: "no_letters"}),  # a separator, even inside the text
        ((BODY, "01:25", BODY2), {3: "no_letters"}),
        ((BODY, BODY2, "* كاتب وأكاديمي"), {4: "low_score_at_edge"}),  # a lone bullet: a bio
        (
            (BODY, BODY2, "تابعوا آخر الأخبار عبر حسابنا على تطبيق نبض."),
            {4: "low_score_at_edge"},  # a call to action, although a full sentence
        ),
        (
            (BODY, BODY2, "هل تتوقع استمرار صعود البورصة؟", "نعم", "لا"),
            dict.fromkeys([4, 5, 6], "low_score_at_edge"),  # a reader poll
        ),
    ],
)
def test_separators_bios_calls_to_action_and_polls(
    rows: tuple[str, ...], removed: dict[int, str]
) -> None:
    found = run_pass("remove_unscored_edges", lines(H, *rows), before=BEFORE)
    assert {n: c.reason for n, c in found.items()} == removed


def test_a_closing_question_without_answers_is_body() -> None:
    text = lines(H, BODY, BODY2, "فهل تتعلم الحكومة الدرس هذه المرة؟")
    assert run_pass("remove_unscored_edges", text, before=BEFORE) == {}


def test_a_fragment_above_a_closing_poll_goes_with_it() -> None:
    """The text ends at its last good line above the poll, not at the line above the poll."""
    body = "وقالت الوكالة إن الزيارة تأتي في إطار تعزيز العلاقات بين البلدين الجارين منذ سنوات."
    text = "\n".join([body, body + " أيضا", "تفاصيل الاتفاق", "هل تنجح الخطة؟", "نعم", "لا"])
    found = run_pass("remove_unscored_edges", text)
    assert sorted(found) == [3, 4, 5, 6]
