"""Bad input gets a typed error or an empty result, never a traceback from deep inside."""

from __future__ import annotations

import pytest

import cleannews
from cleannews.inputs import Document, Fields, resolve_document
from cleannews.sniff import looks_like_html
from tests.conftest import FIXTURES, read


@pytest.mark.parametrize("text", ["", " ", "\n\n\t\n", "\u200f\u00a0\n\ufeff"])
def test_empty_or_whitespace(text: str) -> None:
    assert cleannews.clean_all(text) == []
    with pytest.raises(cleannews.NoArticleFound):
        cleannews.clean(text)


@pytest.mark.parametrize(
    "text",
    [
        "TT",
        "TT\n\nطباعة\nشارك",
        "مقالات ذات صلة\n\n  • عنوان أول للخبر\n  • عنوان ثان للخبر",
        "المصدر: صدى البلد\n\nكلمات دلالية: روسيا الصين",
        "تاريخ النشر: 17th, September 2023 GMT",
    ],
)
def test_only_boilerplate_is_no_article(text: str) -> None:
    assert cleannews.clean_all(text) == []
    with pytest.raises(cleannews.NoArticleFound) as info:
        cleannews.clean(text)
    assert isinstance(info.value, cleannews.CleanNewsError)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("value", "named"), [(None, "None"), (42, "int"), (["text"], "list"), ({"text": "x"}, "dict")]
)
def test_non_text_argument_names_what_it_got(value: object, named: str) -> None:
    with pytest.raises(cleannews.InputTypeError, match=f"as str or bytes, got {named}$"):
        cleannews.clean_all(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cleannews.clean(value)  # type: ignore[arg-type]


def test_bytes_of_text_are_decoded_like_the_cli() -> None:
    text = read(FIXTURES / "000_79f9fbd6935e7061.txt")
    assert cleannews.clean_all(text.encode("utf-8")) == cleannews.clean_all(text)
    assert cleannews.clean_all(text.encode("utf-16")) == cleannews.clean_all(text)
    assert cleannews.clean_all(bytearray(text.encode("utf-8"))) == cleannews.clean_all(text)


def test_binary_bytes_are_a_typed_error() -> None:
    with pytest.raises(cleannews.CleanNewsError, match="binary"):
        cleannews.clean_all(b"\x00\x01\x02" * 100)


@pytest.mark.parametrize(
    "data", [b"<div><h1>\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86</h1>", "<div><h1>x</h1>"]
)
def test_one_html_detector_for_api_and_cli(data: str | bytes) -> None:
    assert looks_like_html(data)
    raw = data if isinstance(data, bytes) else data.encode()
    assert resolve_document(Document("-", raw=raw, html=None), Fields()).html is True


def test_five_megabyte_single_line_is_kept_whole() -> None:
    text = "كلمة عربية في سطر طويل جدا، " * 180_000
    assert len(text.encode()) > 5_000_000
    article = cleannews.clean(text)
    assert article.paragraphs == [" ".join(text.split())]
    assert article.headline is None


def test_text_in_another_script() -> None:
    text = "Breaking: markets rally\n\nStocks rose on Monday as investors bet on lower rates.\n"
    article = cleannews.clean(text)
    assert article.headline == "Breaking: markets rally"
    assert article.paragraphs == ["Stocks rose on Monday as investors bet on lower rates."]
    assert article.language == "en"
    cyrillic = cleannews.clean("Москва сегодня объявила о новых мерах поддержки экономики.")
    assert cyrillic.language == "ru"  # named, though no pack: it runs on neutral signals
    assert cyrillic.paragraphs == ["Москва сегодня объявила о новых мерах поддержки экономики."]


def test_unknown_pass_name_lists_the_valid_ones() -> None:
    with pytest.raises(cleannews.UnknownPassError, match="remove_widgets"):
        cleannews.Config(skip={"remove_widget"})


def test_unknown_phrase_category() -> None:
    with pytest.raises(cleannews.CleanNewsError, match="widgets"):
        cleannews.Config(extra_phrases={"widget": ("X",)})


def test_lone_surrogate_from_a_broken_json_escape_is_replaced() -> None:
    article = cleannews.clean("عنوان الخبر هنا\nنص الخبر هنا \ud800 مع حرف مكسور في السطر الأول.")
    assert article.paragraphs == ["نص الخبر هنا \ufffd مع حرف مكسور في السطر الأول."]
    article.model_dump_json()  # writable as UTF-8
