"""Write the SYNTHETIC evaluation documents and their gold records (run once; output committed).

Each document prints hand-written stories (stories.py) inside one page layout seen in the
samples or on other Arabic news sites, with the variations listed in DOCS. The gold record
is written from the same story fields, never from cleannews output: what is body, caption,
teaser or furniture is decided here, by construction, as a person would mark it.

    python benchmarks/corpus/build.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stories import SIMILAR_TITLES, STORIES, TEASERS, Story

HERE = Path(__file__).parent
OUT = HERE / "docs"


@dataclass
class Page:
    lines: list[str] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)


def _gold(story: Story, paragraphs: list[str] | None = None, **fields: Any) -> dict[str, Any]:
    gold: dict[str, Any] = {
        "headline": story.headline,
        "subtitle": None,
        "byline": None,
        "dateline": None,
        "paragraphs": list(paragraphs if paragraphs is not None else story.paragraphs),
        "images": [],
        "source": None,
        "published": None,
        "keywords": [],
        "related": [],
    }
    gold.update(fields)
    return gold


def _caption(text: str, credit: str | None) -> str:
    return f"{text} ({credit})" if credit else text


# --- Asharq Al-Awsat layout ------------------------------------------------------------------


def asharq(
    page: Page,
    story: Story,
    *,
    credit: str | None = "أ.ف.ب",
    inline_credit: str | None = "رويترز",
    photo: bool = True,
    deck: bool = False,
    tt: int = 1,
    headline_times: int = 2,
    url_glued: str | None = None,
    url_line: str | None = None,
    reading_time: str | None = None,
    byline: tuple[str, str, str] | None = None,  # (printed line, dateline, author)
    byline_times: int = 1,
    related: int = 0,
    preview: bool = False,
    inline_photo: bool = True,
) -> None:
    """Headline, [deck], caption x2, TT, headline again, caption x2, body, related teasers."""
    images: list[dict[str, Any]] = []
    caption = _caption(story.captions[0], credit)
    if preview:
        words = story.paragraphs[0].split()[:14]
        page.add(" ".join(words) + "... المزيد", "")
    page.add(story.headline + (url_glued or ""), "")
    if deck:
        page.add(story.deck)
    if photo:
        page.add(caption, caption)
        images.append({"caption": story.captions[0], "credit": credit})
    page.add(*["TT"] * tt, "")
    for _ in range(headline_times - 1):
        page.add(story.headline, "")
    if photo:
        page.add(caption, caption, "")
    if url_line:
        page.add(url_line, "")
    if reading_time:
        page.add(reading_time, "")
    if byline:
        page.add(*[byline[0]] * byline_times, "")
    paragraphs = list(story.paragraphs)
    for n, paragraph in enumerate(paragraphs):
        page.add(paragraph, "")
        if n == 1 and inline_photo and len(paragraphs) > 2:
            page.add(_caption(story.captions[1], inline_credit), "")
            images.append({"caption": story.captions[1], "credit": inline_credit})
    titles = _related_block(page, related)
    page.articles.append(
        _gold(
            story,
            images=images,
            subtitle=story.deck if deck else None,
            dateline=byline[1] if byline else None,
            byline=byline[2] if byline else None,
            related=titles,
        )
    )


def _related_block(page: Page, count: int) -> list[str]:
    if not count:
        return []
    teasers = TEASERS[:count]
    page.add("", "مقالات ذات صلة", "", teasers[0].title, "")
    for teaser in teasers:
        page.add(f"{teaser.section} {teaser.caption} ({teaser.credit})", "")
        page.add(teaser.title, "", teaser.snippet, "", teaser.byline)
    page.add("")
    return [t.title for t in teasers]


# --- aggregator layout (samples 002 and 004) -------------------------------------------------


def aggregator(
    page: Page,
    story: Story,
    *,
    date_line: tuple[str, str] | None = None,  # (printed, ISO date)
    source: tuple[str, str] | None = None,  # (printed line, source name)
    keywords: tuple[str, list[str]] | None = None,  # (printed line, tags)
    blank_lines: bool = False,
    headline: str | None = None,
) -> None:
    gap = [""] if blank_lines else []
    page.add(headline or story.headline, *gap)
    if date_line:
        page.add(date_line[0], *gap)
    for paragraph in story.paragraphs:
        page.add(paragraph, *gap)
    if source:
        page.add(source[0], *gap)
    if keywords:
        page.add(keywords[0], *gap)
    page.articles.append(
        _gold(
            story,
            headline=headline or story.headline,
            published=date_line[1] if date_line else None,
            source=source[1] if source else None,
            keywords=keywords[1] if keywords else [],
        )
    )


def similar_list(page: Page, count: int, heading: str = "مقالات مشابهة") -> None:
    titles = list(SIMILAR_TITLES[:count])
    page.add(heading, "", *[f"  • {t}" for t in titles])
    page.articles[-1]["related"] = titles


# --- documents ---------------------------------------------------------------------------


def _s(n: int) -> Story:
    return STORIES[n]


def docs() -> dict[str, tuple[list[str], str, Page]]:
    """name -> (variants, how it was made, page)."""
    out: dict[str, tuple[list[str], str, Page]] = {}

    def doc(name: str, variants: list[str], made: str) -> Page:
        page = Page()
        out[name] = (variants, made, page)
        return page

    p = doc("a01_deck", ["asharq", "deck", "related"], "deck under the headline, 2 teasers")
    asharq(p, _s(0), deck=True, related=2)

    p = doc("a02_tt_twice", ["asharq", "tt_twice"], "the TT widget printed twice")
    asharq(p, _s(1), tt=2)

    p = doc("a03_headline_x4", ["asharq", "headline_repeated"], "headline printed four times")
    asharq(p, _s(2), headline_times=4)

    p = doc("a04_no_photo", ["asharq", "no_photo"], "no lead photo, no inline photo")
    asharq(p, _s(3), photo=False, inline_photo=False)

    p = doc("a05_uncredited", ["asharq", "caption_no_credit"], "captions without credit")
    asharq(p, _s(4), credit=None, inline_credit=None)

    p = doc(
        "a06_credit_photographer",
        ["asharq", "credit_not_agency"],
        "credits naming a photographer and a social network",
    )
    asharq(p, _s(5), credit="تصوير: بشير صالح", inline_credit="تويتر")

    p = doc("a07_credit_paper", ["asharq", "credit_not_agency"], "newspaper and stock credits")
    asharq(p, _s(6), credit="«الشرق الأوسط»", inline_credit="شاترستوك")

    p = doc("a08_credit_latin", ["asharq", "credit_latin"], "credits in Latin letters")
    asharq(p, _s(7), credit="AFP", inline_credit="Reuters")

    p = doc("a09_url_glued", ["asharq", "url"], "page URL glued to the headline")
    asharq(p, _s(8), url_glued="https://aawsat.com/node/4712345")

    p = doc("a10_url_line", ["asharq", "url"], "page URL on a line of its own")
    asharq(p, _s(9), url_line="https://aawsat.com/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85/4712399")

    p = doc(
        "a11_reading_time_byline",
        ["asharq", "reading_time", "byline"],
        "audio-length line and a `city: author` byline printed twice",
    )
    asharq(
        p,
        _s(10),
        reading_time="7:51 دقيقه",
        byline=("لندن: كميل الطويل", "لندن", "كميل الطويل"),
        byline_times=2,
    )

    p = doc("a12_byline_dash", ["asharq", "byline"], "`- city: author` byline")
    asharq(p, _s(11), byline=("- خاركيف: فداء عيتاني", "خاركيف", "فداء عيتاني"))

    p = doc("a13_preview", ["asharq", "preview"], "opens with a `... المزيد` preview")
    asharq(p, _s(12), preview=True)

    p = doc("a14_related_1", ["asharq", "related"], "related block of one teaser")
    asharq(p, _s(13), related=1)

    p = doc("a15_related_8", ["asharq", "related"], "related block of eight teasers")
    asharq(p, _s(14), related=8)

    p = doc(
        "a16_two_articles",
        ["asharq", "appended_article", "related"],
        "a second complete article appended after the related block",
    )
    asharq(p, _s(15), related=3)
    asharq(p, _s(16), credit="أ.ب", related=2)

    p = doc(
        "a17_everything",
        ["asharq", "deck", "tt_twice", "byline", "caption_no_credit", "related"],
        "deck, TT twice, byline, uncredited inline caption, 5 teasers",
    )
    asharq(
        p,
        _s(17),
        deck=True,
        tt=2,
        inline_credit=None,
        byline=("بيروت: نذير رضا", "بيروت", "نذير رضا"),
        related=5,
    )

    p = doc("b01_basic", ["aggregator", "read_also", "similar"], "sample-004 layout, 4 similar")
    aggregator(
        p,
        _s(18),
        date_line=("تاريخ النشر: 5th, March 2024 GMT", "2024-03-05"),
        source=("المصدر: صدى البلد", "صدى البلد"),
        keywords=(
            "كلمات دلالية: الكهرباء، موجة الحر، الأحمال",
            ["الكهرباء", "موجة الحر", "الأحمال"],
        ),
    )
    p.add("إقرأ أيضاً:")
    aggregator(p, _s(19))
    similar_list(p, 4)

    p = doc(
        "b02_no_hamza",
        ["aggregator", "read_also"],
        "`اقرأ أيضا` without hamza, blank lines between paragraphs",
    )
    aggregator(
        p,
        _s(0),
        source=("المصدر: الحرة", "الحرة"),
        keywords=("كلمات دلالية: تحلية المياه", ["تحلية المياه"]),
        blank_lines=True,
    )
    p.add("اقرأ أيضا:", "")
    aggregator(p, _s(1), blank_lines=True)

    p = doc(
        "b03_keywords_commas",
        ["aggregator", "keywords", "similar"],
        "keyword footer separated by Latin commas, 2 similar",
    )
    aggregator(
        p,
        _s(2),
        source=("المصدر: اليوم السابع", "اليوم السابع"),
        keywords=(
            "كلمات دلالية: المغرب, السنغال, كأس أفريقيا",
            ["المغرب", "السنغال", "كأس أفريقيا"],
        ),
    )
    similar_list(p, 2)

    p = doc("b04_source_prefix", ["aggregator", "source_prefix"], "`العربيّة المصدر: العربيّة`")
    aggregator(p, _s(3), source=("العربيّة المصدر: العربيّة", "العربيّة"))

    p = doc("b05_headline_video", ["aggregator", "headline_tag"], "headline ending in (فيديو)")
    aggregator(
        p,
        _s(4),
        headline=_s(4).headline + " (فيديو)",
        date_line=("تاريخ النشر: 2024-06-11", "2024-06-11"),
        source=("المصدر: مصراوي", "مصراوي"),
    )

    p = doc("b06_headline_photo", ["aggregator", "headline_tag", "similar"], "(صور) headline")
    aggregator(p, _s(5), headline=_s(5).headline + " (صور)", source=("المصدر: الوطن", "الوطن"))
    similar_list(p, 6)

    p = doc(
        "b07_long_similar", ["aggregator", "similar", "read_also"], "8 similar, appended article"
    )
    aggregator(p, _s(6), date_line=("تاريخ النشر: 22nd, January 2024 GMT", "2024-01-22"))
    p.add("إقرأ أيضاً:")
    aggregator(p, _s(7))
    similar_list(p, 8)

    # other sites: navigation, widgets, page chrome
    p = doc("c01_menu", ["other", "navigation"], "runs of one-to-three-word menu lines on top")
    p.add("الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "فن وثقافة", "منوعات", "اتصل بنا", "")
    aggregator(p, _s(8), source=("المصدر: الشروق", "الشروق"))
    p.add("", "الرئيسية", "من نحن", "سياسة الخصوصية", "اتصل بنا")

    p = doc("c02_ticker", ["other", "navigation"], "a ticker line of concatenated headlines")
    p.add(
        "عاجل ارتفاع أسعار الذهب في ختام التعاملات الحكومة تعلن موعد صرف المعاشات "
        "الأهلي يفوز على الزمالك في القمة الأرصاد تتوقع طقسا حارا غدا وزير التعليم "
        "يعلن نتيجة الامتحانات انخفاض أسعار الخضراوات في الأسواق",
        "",
    )
    aggregator(p, _s(9), source=("المصدر: الدستور", "الدستور"))

    p = doc("c03_weather_hijri", ["other", "page_chrome"], "weather widget and a Hijri date header")
    p.add("الرياض", "الأحد", "34°C", "weather-icon", "ربيع أول 3 1447 هـ", "")
    aggregator(p, _s(10))

    p = doc(
        "c04_share_widgets",
        ["other", "widgets"],
        "share/print/font-size widgets, copy-link glued to a URL, ad slots",
    )
    p.add(_s(11).headline, "شارك", "طباعة", "حجم الخط", "-A +A")
    p.add("انسخ الرابط https://www.example.com/news/123456", "[ad_1]")
    story = _s(11)
    p.add(story.paragraphs[0], story.paragraphs[1], "إعلان", *story.paragraphs[2:], "[ad_2]")
    p.articles.append(_gold(story))

    p = doc("c05_time_glued", ["other", "headline_glued_time"], "time glued to the headline")
    p.add("10:45 ص " + _s(12).headline, *_s(12).paragraphs)
    p.articles.append(_gold(_s(12)))

    p = doc(
        "c06_reuters_byline", ["other", "byline"], "`رويترز (نيويورك)`: a source and a dateline"
    )
    p.add(_s(13).headline, "", "رويترز (نيويورك)", "")
    for paragraph in _s(13).paragraphs:
        p.add(paragraph, "")
    p.articles.append(_gold(_s(13), source="رويترز", dateline="نيويورك"))

    p = doc("c07_breadcrumbs", ["other", "page_chrome"], "breadcrumbs and a copyright footer")
    p.add("الرئيسية > أخبار > محليات", "")
    aggregator(p, _s(14), date_line=("نشر في: 12 مارس 2024", "2024-03-12"))
    p.add("", "جميع الحقوق محفوظة © 2024")

    # no boilerplate at all: must come out untouched
    p = doc("d01_clean_short", ["clean"], "headline and one paragraph")
    p.add(_s(15).headline, _s(15).paragraphs[0])
    p.articles.append(_gold(_s(15), paragraphs=[_s(15).paragraphs[0]]))

    long_story = _s(16)
    body = [
        *long_story.paragraphs,
        "وقال أحد السكان: «ننتظر هذه المشاريع منذ سنوات».",
        "وتشمل المرحلة الأولى ما يلي:",
        "- مائة ألف وحدة في خمس مدن.",
        "- قروض بفائدة مخفضة للشباب.",
        "- أراض مجانية للمطورين.",
        "وأظهرت صورة نشرتها الوزارة، الأحد 12 مايو 2024، مخطط أحد المشاريع.",
        "وتم ذلك.",
        *_s(17).paragraphs,
    ]
    p = doc("d02_clean_long", ["clean"], "long article with a list, a quote and short lines")
    p.add(long_story.headline, "", *[line for b in body for line in (b, "")])
    p.articles.append(_gold(long_story, paragraphs=body))

    p = doc("d03_clean_no_headline", ["clean"], "paragraphs only, no headline line")
    p.add(*_s(18).paragraphs)
    p.articles.append(_gold(_s(18), headline=None))

    p = doc("d04_clean_blank_lines", ["clean"], "headline, paragraphs separated by blanks")
    p.add(_s(19).headline, "")
    for paragraph in _s(19).paragraphs:
        p.add(paragraph, "")
    p.articles.append(_gold(_s(19)))
    return out


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    for name, (variants, made, page) in docs().items():
        (OUT / f"{name}.txt").write_text("\n".join(page.lines) + "\n", "utf-8")
        gold = {"made": f"SYNTHETIC: {made}", "variants": variants, "articles": page.articles}
        (OUT / f"{name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )


if __name__ == "__main__":
    main()
