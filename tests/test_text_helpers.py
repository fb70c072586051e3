"""Dates, folding, normalisation and keyword splitting, table-driven."""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from cleannews import dates, keywords
from cleannews.config import Config
from cleannews.dates import parse_date
from cleannews.keywords import split_keywords
from cleannews.normalise import (
    _INVISIBLE_RE,
    _SURROGATE_RE,
    fix_lookalike_letters,
    fold,
    fold_letters,
    normalise_line,
)
from cleannews.page import _ODD_CHAR_RE, read_page


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


@pytest.mark.parametrize("pattern", [_ODD_CHAR_RE, _INVISIBLE_RE, _SURROGATE_RE])
def test_every_character_normalising_changes_is_unprintable(pattern: re.Pattern[str]) -> None:
    """`read_page` and `normalise_line` trust `str.isprintable` to say that a page or a
    line holds no odd character, invisible mark or lone surrogate."""
    found = [c for c in map(chr, range(0x110000)) if pattern.match(c)]
    assert found
    assert not [c for c in found if c.isprintable()]


@pytest.mark.parametrize("odd", ["\xa0", "\u200b", "\ud800", "\t"])
def test_a_page_with_one_odd_character_is_normalised(odd: str) -> None:
    lines = read_page(f"نص أول\nنص{odd}ثان\n").lines
    assert [line.text for line in lines] == ["نص أول", normalise_line(f"نص{odd}ثان")]


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


def test_article_words_in_chunks_are_the_words_of_the_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The keyword index reads the article a chunk at a time (its peak memory was a string
    per word of the article): the same words as splitting the whole prepared text."""
    rng = random.Random(1)
    for chunk in (1, 3, 7, 1 << 16):
        monkeypatch.setattr(keywords, "SPLIT_CHUNK", chunk)
        for _ in range(500):
            text = "".join(rng.choice("اأى ب.\n ،") for _ in range(rng.randint(0, 60)))
            whole = keywords._without_punctuation(fold_letters(text)).split(" ")
            assert list(keywords._article_words(text)) == whole, text


def test_the_date_parser_reuses_a_lines_folded_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a long page the bounded `fold` cache no longer holds a line's key when a pass asks
    for its date: the parser takes the line's memoised key instead of folding it again."""
    parser = Config().prepared(("ar",), None).lexicon.dates
    lines = read_page("الأحد 17 سبتمبر 2023\nنشر في 17 سبتمبر 2023 الساعة 10:30\n").lines
    expected = [parser.parse(line.text, strict=bool(s)) for line in lines for s in (1, 0)]
    for line in lines:
        assert line.key  # memoised
    monkeypatch.setattr(dates, "fold", lambda text: pytest.fail(f"folded again: {text}"))
    got = [parser.parse(line.text, strict=bool(s), line=line) for line in lines for s in (1, 0)]
    assert got == expected
    assert expected[0] is not None
