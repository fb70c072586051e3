from __future__ import annotations

import itertools

from cleannews.config import Config
from cleannews.page import read_page
from cleannews.segment import split_articles
from tests.conftest import FIXTURES, read

LEX = Config().lexicon
HEAD = "كيم جونغ أون يهدّد باستخدام الأسلحة النووية"
CAP = "الزعيم الكوري الشمالي يتفقد قاعدة تدريب (إ.ب.أ)"
P = "هدَّد الزعيم الكوري الشمالي كيم جونغ أون باستخدام الأسلحة النووية إذا تعرضت بلاده للتهديد."
P2 = "وذكرت وكالة الأنباء المركزية الكورية الشمالية أن كيم قال ذلك خلال زيارته للقاعدة."


def _starts(text: str) -> list[int]:
    page = read_page(text)
    spans = split_articles(page, LEX)
    assert spans[0].start == 0
    assert spans[-1].end == len(page.lines)
    assert all(a.end == b.start for a, b in itertools.pairwise(spans))
    return [s.start + 1 for s in spans]


def test_samples_split_where_the_second_article_starts() -> None:
    expected = {"000": [1, 36], "001": [1, 77], "002": [1, 28], "003": [1, 73], "004": [1, 17]}
    for name, starts in expected.items():
        (path,) = FIXTURES.glob(f"{name}_*.txt")
        assert _starts(read(path)) == starts, name


def test_lead_block_without_photo() -> None:
    text = "\n".join([P, P2, "", HEAD, "TT", HEAD, P + "  x."])
    assert _starts(text) == [1, 4]


def test_font_size_widget_at_the_foot_of_a_page_opens_nothing() -> None:
    foot = "عنوان خبر ذي صلة في الأسفل"
    text = "\n".join([HEAD, CAP, CAP, "TT", HEAD, CAP, CAP, P, P2, foot, "TT"])
    assert _starts(text) == [1]


def test_menu_lines_above_the_first_lead_block_stay_in_its_span() -> None:
    text = "\n".join(["الرئيسية", "سياسة", HEAD, CAP, CAP, "TT", HEAD, CAP, CAP, P])
    assert _starts(text) == [1]


def test_read_also_followed_by_teaser_titles_is_not_an_article() -> None:
    text = "\n".join([P, "اقرأ أيضا", "عنوان أول لخبر ذي صلة", "عنوان ثان لخبر ذي صلة"])
    assert _starts(text) == [1]


def test_inline_read_also_in_the_middle_of_a_body_does_not_split() -> None:
    title = "كوريا الجنوبية ترسل مسؤولين إلى المغرب للظفر بصفقة القطار"
    text = "\n".join([P, P2, "اقرأ أيضا:", title, P + " وأضاف.", P2 + " وتابع.", P])
    assert _starts(text) == [1]
    text = "\n".join([P, P2, "المصدر: صدى البلد", "اقرأ أيضا:", title, P + " وأضاف.", P2 + " ثم."])
    assert _starts(text) == [1, 4]


def test_read_also_marker_before_a_lead_block_opens_that_article() -> None:
    text = "\n".join([P, P2, "إقرأ أيضاً:", "", HEAD, CAP, CAP, "TT", HEAD, CAP, CAP, P, P])
    assert _starts(text) == [1, 3]


def test_read_also_without_footers_opens_an_article_whose_lead_retells_its_headline() -> None:
    head = "فيضانات تجتاح قرى في جنوب البلاد وإجلاء آلاف السكان"
    lead = "أجلت فرق الدفاع المدني آلاف السكان من قرى في جنوب البلاد بعد فيضانات سببتها الأمطار."
    more = "وغمرت المياه مئات المنازل والأراضي الزراعية، وانقطعت الطرق الرئيسية."
    text = "\n".join([P, P2, "إقرأ أيضاً:", head, lead, more, more + " ثم."])
    assert _starts(text) == [1, 3]


def test_inline_read_also_on_the_same_topic_does_not_split() -> None:
    """The teaser shares `كوريا الشمالية` with the next paragraph: two words, not a lead."""
    title = "كوريا الشمالية تطلق صاروخا باليستيا جديدا"
    nxt = "وقال الزعيم الكوري الشمالي إن بلاده لن تتخلى عن برنامجها وإن كوريا الشمالية مستعدة."
    text = "\n".join([P, P2, "اقرأ أيضا:", title, nxt, P2 + " وتابع.", P])
    assert _starts(text) == [1]


def test_next_article_label_after_the_footers_opens_the_appended_article() -> None:
    head = "إطلاق أول قمر صناعي كيني لرصد المحاصيل"
    text = "\n".join([HEAD, P, P2, "المصدر: وكالات", "المقال التالي", head, P, P2 + " ثم."])
    assert _starts(text) == [1, 5]
