"""HTML input: the synthetic pages in fixtures/html give the articles of their text samples.

The pages (built by fixtures/html/build.py, labelled synthetic) carry the text of samples 001
and 004 in the element structure of those sites, so the expectations are the hand-written
golden files of the text samples plus what only the HTML holds, read off the HTML source:
image and link URLs and `<meta>` data.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

import cleannews
from cleannews.htmlpage import render
from cleannews.inputs import decode_html
from cleannews.sniff import looks_like_html
from tests.conftest import FIXTURES, read

HTML = FIXTURES / "html"
ASHARQ = HTML / "asharq_001.html"
AGGREGATOR = HTML / "aggregator_004.html"
ENGLISH = HTML / "english_news.html"
SAMPLE_001 = FIXTURES / "001_bd9152e8e6415260.txt"
SAMPLE_004 = FIXTURES / "004_d06de67a4468fdf3.txt"


def _gold(sample: Path) -> list[dict]:
    return json.loads((FIXTURES / "expected" / f"{sample.stem}.json").read_text("utf-8"))


def _lines(sample: Path, numbers: list[int]) -> list[str]:
    lines = read(sample).splitlines()
    return [" ".join(lines[n - 1].split()) for n in numbers]


def _assert_like_text_sample(got: list[cleannews.Article], sample: Path) -> None:
    want = _gold(sample)
    assert [a.headline for a in got] == [w["headline"] for w in want]
    for article, expected in zip(got, want, strict=True):
        assert article.paragraphs == _lines(sample, expected["paragraph_lines"])
        assert [(i.caption, i.credit) for i in article.images] == [
            (i["caption"], i["credit"]) for i in expected["images"]
        ]
        assert " ".join(article.keywords).split() == " ".join(expected["keywords"]).split()


# --- the three fixture pages -------------------------------------------------------------


def test_asharq_page_gives_the_articles_of_its_text_sample() -> None:
    got = cleannews.clean_html(ASHARQ.read_bytes())
    _assert_like_text_sample(got, SAMPLE_001)
    want_related = _gold(SAMPLE_001)[0]["related"]
    related = got[0].related
    assert [(r.title, r.section, r.byline) for r in related] == [
        (r["title"], r["section"], r["byline"]) for r in want_related
    ]
    assert [r.summary for r in related] == _lines(
        SAMPLE_001, [r["summary_line"] for r in want_related]
    )
    assert [(r.image.caption, r.image.credit) for r in related if r.image] == [
        (r["image"]["caption"], r["image"]["credit"]) for r in want_related
    ]


def test_asharq_page_image_and_link_urls() -> None:
    first, second = cleannews.clean_html(ASHARQ.read_bytes())
    assert [i.url for i in first.images] == [
        "https://static.aawsat.com/2023/10/lead-kim-lavrov.jpg",
        "https://static.aawsat.com/2023/10/inline-18-kim-lavrov.jpg",
    ]
    assert [i.url for i in second.images] == ["https://static.aawsat.com/2024/10/lead-ishiba.jpg"]
    # relative URLs resolve against the page's canonical URL
    assert [r.url for r in first.related] == [
        f"https://aawsat.com/node/{n}" for n in (39, 50, 57, 64, 71)
    ]
    assert [r.image.url for r in first.related if r.image] == [
        f"https://aawsat.com/teasers/{n}.jpg" for n in (39, 50, 57, 64, 71)
    ]


def test_page_metadata_fills_only_the_main_article() -> None:
    first, second = cleannews.clean_html(ASHARQ.read_bytes())
    # the text has no source or date line: <meta> gives them
    assert first.source.name == "الشرق الأوسط"
    assert first.published == "2023-10-19T09:12:00+00:00"  # article:published_time, time kept
    assert first.published_precision == "datetime"
    assert first.source.url is not None
    assert first.source.url.startswith("https://aawsat.com/")
    # the appended article is not what the page's <meta> describes
    assert (second.source.name, second.published) == (None, None)


def test_text_evidence_wins_over_page_metadata() -> None:
    first, second = cleannews.clean_html(AGGREGATOR.read_bytes(), url="https://x.example/a")
    _assert_like_text_sample([first, second], SAMPLE_004)
    assert first.source.name == "الحرة"  # `المصدر: الحرة`, not og:site_name `أخبار العالم`
    # the date line says the day; the page's own timestamp on that day adds the time
    assert (
        first.published == "2023-09-17T10:30:00+00:00"
    )  # the date line; the page says the same day
    assert first.source.url == "https://x.example/a"  # the caller's URL over the canonical one
    assert [(r.title, r.url) for r in second.related] == [
        (
            "أمين عام الناتو: كوريا الشمالية تدعم روسيا عسكريًا بشكل مباشر",
            "https://www.example-news.net/news/0",
        ),
        (
            "كوريا الجنوبية تجري تدريبات دفاع جوي باستخدام صاروخ اعتراضي من طراز SM-2",
            "https://www.example-news.net/news/1",
        ),
        (
            "سيئول: القوة فقط تستطيع حماية بلادنا ضد تهديدات كوريا الشمالية",
            "https://www.example-news.net/news/2",
        ),
    ]


def test_english_page() -> None:
    (article,) = cleannews.clean_html(ENGLISH.read_text("utf-8"))
    assert article.headline == "Harbour city opens its first floating solar farm"
    assert article.language == "en"
    assert article.subheadings == ["Cooler panels, more power"]
    assert article.paragraphs[0].startswith("The city council switched on a floating solar farm")
    assert article.paragraphs[-1].startswith("Fishing groups, who opposed the plan at first")
    assert len(article.paragraphs) == 7  # six <p> and the <h2>
    assert not any("Share" in p or "Print" in p or "©" in p for p in article.paragraphs)
    assert [(i.caption, i.credit, i.url) for i in article.images] == [
        (
            "Workers check panels on the floating array in the outer harbour on Monday.",
            "Reuters",
            "https://www.coastal-ledger.example/images/2024/05/solar-barge.jpg",
        ),
        (
            "The control room at the old ferry terminal monitors output from each row of panels.",
            None,
            "https://cdn.coastal-ledger.example/images/2024/05/solar-control-room.jpg",
        ),
    ]
    assert [r.title for r in article.related] == [
        "Port approves two more wind turbines after long dispute",
        "Heat pump grants run out in six weeks",
        "What next for the old ferry terminal?",
    ]
    assert article.related[0].url == (
        "https://www.coastal-ledger.example/energy/2024/03/02/wind-turbines-port"
    )
    assert article.keywords == ["Energy", "Climate"]
    assert article.source.name == "The Coastal Ledger"
    assert article.published == "2024-05-14T08:30:00+00:00"  # "Z" kept as UTC
    assert article.published_value() == datetime(2024, 5, 14, 8, 30, tzinfo=UTC)


def test_trafilatura_extractor_keeps_its_main_content_only() -> None:
    config = cleannews.Config(html_extractor="trafilatura")
    got = cleannews.clean_html(ASHARQ.read_bytes(), config=config)
    assert len(got) == 1  # trafilatura drops the appended article...
    assert got[0].images == []  # ...and every caption
    assert got[0].paragraphs == _lines(SAMPLE_001, _gold(SAMPLE_001)[0]["paragraph_lines"])
    assert got[0].headline == _gold(SAMPLE_001)[0]["headline"]  # from <meta>


# --- detection, encodings, bad input -----------------------------------------------------


def test_clean_and_clean_all_detect_html() -> None:
    html = ENGLISH.read_text("utf-8")
    assert cleannews.clean(html).headline == cleannews.clean_html(html)[0].headline
    assert cleannews.clean_all(html.encode()) == cleannews.clean_html(html)
    forced_text = cleannews.clean_all(html, html=False)
    assert any("<p>" in p for a in forced_text for p in a.paragraphs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("  \n<html lang='ar'>", True),
        ("<?xml version='1.0'?>\n<html>", True),
        ("<!-- saved page --><div class='post'>", True),
        ("<p>فقرة</p>", True),
        ("كيم جونغ أون <b>يصافح</b> لافروف", False),
        ("<<< بيان صحافي >>>", False),
        ("x < y and y > z", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_cp1256_page_with_and_without_declaration() -> None:
    page = ASHARQ.read_text("utf-8")
    want = cleannews.clean_html(page)
    declared = page.replace('<meta charset="utf-8">', '<meta charset="windows-1256">')
    assert cleannews.clean_html(declared.encode("cp1256")) == want
    undeclared = page.replace('<meta charset="utf-8">', "")
    assert cleannews.clean_html(undeclared.encode("cp1256")) == want


def test_utf8_page_that_still_declares_cp1256() -> None:
    page = AGGREGATOR.read_text("utf-8").replace('charset="utf-8"', 'charset="windows-1256"')
    assert decode_html(page.encode("utf-8")) == page


@pytest.mark.parametrize("html", ["", "   \n", "<html></html>", "<html><body></body></html>"])
def test_empty_pages_give_no_article(html: str) -> None:
    assert cleannews.clean_html(html) == []
    with pytest.raises(cleannews.NoArticleFound):
        cleannews.clean(html, html=True)


def test_page_with_only_furniture_gives_no_article() -> None:
    html = (
        "<html><body><header><a href='/'>الرئيسية</a></header>"
        "<nav><ul><li><a href='/a'>سياسة</a></li><li><a href='/b'>رياضة</a></li></ul></nav>"
        "<footer><p>جميع الحقوق محفوظة © 2024</p></footer></body></html>"
    )
    assert cleannews.clean_html(html) == []


def test_malformed_html_keeps_its_text() -> None:
    html = (
        "<html><body><div><h1>عنوان الخبر هنا<p>فقرة أولى طويلة بما يكفي لتكون نصا، وفيها "
        "جملة كاملة.<p>فقرة ثانية <b>غير مغلقة</div></span></table>"
    )
    (article,) = cleannews.clean_html(html)
    assert article.headline == "عنوان الخبر هنا"
    assert article.paragraphs == [
        "فقرة أولى طويلة بما يكفي لتكون نصا، وفيها جملة كاملة.",
        "فقرة ثانية غير مغلقة",
    ]


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n" + bytes(500)])
def test_binary_bytes_are_a_typed_error(data: bytes) -> None:
    with pytest.raises(cleannews.HtmlError, match="not an HTML page"):
        cleannews.clean_html(data)
    with pytest.raises(cleannews.CleanNewsError, match="binary"):
        cleannews.clean_all(data)  # not detected as HTML: bytes, but not of text either


def test_nesting_beyond_the_parser_limit_is_an_error_not_a_truncation() -> None:
    html = "<html><body>" + "<div>" * 5000 + "<p>نص عميق.</p>" + "</div>" * 5000
    # libxml2 2.14 (lxml 6) stops at this depth: a typed error; 2.12 (lxml 5) reads it whole.
    try:
        articles = cleannews.clean_html(html)
    except cleannews.HtmlError as exc:
        assert "limits" in str(exc)  # noqa: PT017  (either outcome is right, see above)
    else:
        assert [a.paragraphs for a in articles] == [["نص عميق."]]


def test_ten_megabyte_page_is_read_whole() -> None:
    paragraph = "<p>" + "كلمة " * 60 + "رقم {}.</p>\n"
    count = 10_000_000 // len(paragraph.encode())
    html = (
        "<html><body><h1>عنوان الصفحة الكبيرة</h1>"
        + "".join(paragraph.format(n) for n in range(count))
        + "</body></html>"
    )
    assert len(html.encode()) > 9_500_000
    (article,) = cleannews.clean_html(html)
    assert len(article.paragraphs) == count
    assert article.paragraphs[-1].endswith(f"رقم {count - 1}.")


# --- the renderer and the passes' use of tags -------------------------------------------


def test_renderer_lines_and_tags() -> None:
    page = render(
        "<html><head><title>t</title><script>var x = 1;</script></head><body>"
        "<header><a href='/'>Site</a></header>"
        "<article><header><h1>عنوان</h1></header>"
        "<p>أولى <a href='/x'>رابط</a> تتمة.<br>سطر بعد فاصل</p>"
        "<figure><figcaption>تعليق أولاً</figcaption><img src='img/a.jpg'></figure>"
        "<ul><li><a href='/r'>عنوان مرتبط</a></li></ul>"
        "<div><button>A+</button><button>A-</button></div>"
        "<style>p {}</style></article><footer>حقوق</footer></body></html>",
        url="https://example.com/news/1",
    )
    assert page.lines == [
        "عنوان",
        "أولى رابط تتمة.",
        "سطر بعد فاصل",
        "تعليق أولاً",
        "• عنوان مرتبط",
        "A+A-",
    ]
    assert page.tags == {0: "h1", 1: "p", 2: "p", 3: "figcaption", 4: "li", 5: "button"}
    assert page.images == {3: "https://example.com/news/img/a.jpg"}
    assert page.links == {4: "https://example.com/r"}


def test_figcaption_without_credit_is_a_caption_and_h3_a_subheading() -> None:
    html = (
        "<html><body><article><h1>عنوان الخبر في الصفحة</h1>"
        "<p>فقرة أولى من الخبر فيها جملة كاملة ومفيدة للقارئ.</p>"
        "<h3>عنوان فرعي طويل نسبيا يتجاوز الحد المعتاد للعناوين الفرعية القصيرة في النص</h3>"
        "<p>فقرة ثانية من الخبر فيها جملة كاملة ومفيدة للقارئ.</p>"
        "<figure><img src='/a.jpg'><figcaption>صورة من موقع الحدث صباح اليوم.</figcaption>"
        "</figure><p>فقرة ثالثة من الخبر فيها جملة كاملة ومفيدة للقارئ.</p>"
        "</article></body></html>"
    )
    (article,) = cleannews.clean_html(html, url="https://example.com/x")
    assert [(i.caption, i.credit, i.url) for i in article.images] == [
        ("صورة من موقع الحدث صباح اليوم.", None, "https://example.com/a.jpg")
    ]
    assert article.subheadings == [
        "عنوان فرعي طويل نسبيا يتجاوز الحد المعتاد للعناوين الفرعية القصيرة في النص"
    ]
    assert len(article.paragraphs) == 4


def test_explain_reports_rendered_lines() -> None:
    explanation = cleannews.explain(ASHARQ.read_bytes())
    fields = {d.text: d.field for d in explanation.lines}
    assert fields["TT"] == "removed"
    assert fields["مقالات ذات صلة"] == "removed"
    assert explanation.articles == cleannews.clean_html(ASHARQ.read_bytes())
