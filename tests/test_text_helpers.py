"""Dates, folding, normalisation and keyword splitting, table-driven."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from cleannews.dates import parse_date
from cleannews.keywords import split_keywords
from cleannews.normalise import fix_lookalike_letters, fold, normalise_line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17th, September 2023 GMT", date(2023, 9, 17)),
        ("September 17, 2023 at 5:04 PM GMT", datetime(2023, 9, 17, 17, 4, tzinfo=UTC)),
        ("الأحد 17 سبتمبر 2023 - 10:30 م", datetime(2023, 9, 17, 22, 30)),
        (
            "2023-09-17T10:30:00+03:00",
            datetime(2023, 9, 17, 10, 30, tzinfo=timezone(timedelta(hours=3))),
        ),
        ("17/09/2023", date(2023, 9, 17)),
        ("٢ تشرين الأول ٢٠٢٤", date(2024, 10, 2)),
        ("31/02/2023", None),
        ("ربيع أول 3 1447 هـ", None),
        ("قال إن 17 سبتمبر 2023 كان يوماً صعباً", None),
        ("", None),
    ],
)
def test_parse_date_strict(text: str, expected: date | None) -> None:
    assert parse_date(text, strict=True) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("إقرأ أيضاً:", "اقرأ ايضا"),
        ("کوریا الشمالیة", "كوريا الشمالية"),
        ("TT", "tt"),
        ("«الشرق الأوسط»", "الشرق الاوسط"),
    ],
)
def test_fold_makes_spelling_variants_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_normalise_line() -> None:
    assert normalise_line("\u200f  كيم\u00a0جونغ\tأون \ufeff") == "كيم جونغ أون"
    assert normalise_line("می\u200cخواهم") == "می\u200cخواهم"


def test_lookalike_letters() -> None:
    assert fix_lookalike_letters("کوریا الشمالیة") == "كوريا الشمالية"


def test_split_keywords_without_separators_uses_the_article() -> None:
    text = "وقالت وزارة الخارجية الكورية الجنوبية إن التعاون العسكري بينهما يثير القلق."
    assert split_keywords("التعاون العسكري وزارة الخارجية الكورية الجنوبية روسيا", text) == [
        "التعاون العسكري",
        "وزارة الخارجية الكورية الجنوبية",
        "روسيا",
    ]
    assert split_keywords("روسيا الصين", "") == ["روسيا", "الصين"]
