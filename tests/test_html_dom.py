"""DOM evidence on HTML pages (`cleannews.dom`), on small SYNTHETIC pages written here.

Every page below is invented for these tests (no real page's text): each puts one structure
seen on real news pages (a ticker above the `<h1>`, a breadcrumb, a most-read list and a
comment thread after the text, a sidebar, a newsletter box, a `<title>` with a site suffix, a
table, a "More on:" teaser row, a figure with a credited caption, appended articles) around an
invented article, and the tests assert the region chosen, the reason each removed line gets
in `explain`, and what is harvested outside the body.
"""

from __future__ import annotations

import pytest

import cleannews
from cleannews.dom import analyse, dom_tokens, strip_site_suffix
from cleannews.htmlpage import render

P1 = "The harbour board approved a plan on Tuesday to turn the old grain silos into flats, a decision that ends five years of argument over the waterfront."
P2 = "Under the plan, the two concrete towers will keep their outer walls, while the inside is rebuilt to hold about 120 homes, a third of them for rent."
P3 = "Residents who had campaigned for a park on the site said they were disappointed, but welcomed a promise that the quay in front would stay open to the public."
P4 = "Work is due to start next spring and to take about three years, the board said, with the first tenants moving in before the end of the decade."

# SYNTHETIC: an English news page with the furniture real pages put around their article.
ENGLISH = f"""<!DOCTYPE html><html lang="en"><head>
<title>Old silos to become flats - The Example Gazette</title>
<meta property="og:title" content="Old silos to become flats | The Example Gazette">
<meta property="og:site_name" content="The Example Gazette">
</head><body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><nav><ul><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<div class="breaking-ticker"><a href="/n/1">Storm warning issued for the coast tonight</a></div>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ol>
<main id="main"><article class="story">
<h1>Old silos to become flats</h1>
<p class="byline">By Ann Author</p>
<figure><img src="/img/silos.jpg" alt=""><figcaption>The silos seen from the quay (Photo: Jo Lens)</figcaption></figure>
<div class="story-body">
<p>{P1}</p><p>{P2}</p>
<div class="more-on"><span>More on:</span> <a href="/n/2">Harbour board elects a new chair after long vote</a></div>
<table><tr><th>Tower</th><th>Homes</th></tr><tr><td>North</td><td>64</td></tr>
<tr><td>South</td><td>56</td></tr></table>
<p>{P3}</p><p>{P4}</p>
</div>
<div class="share-bar"><a href="https://facebook.example/share">Facebook</a>
<a href="https://x.example/share">X</a></div>
<div class="tags"><a href="/t/housing">Housing</a> <a href="/t/harbour">Harbour</a></div>
</article>
<aside class="sidebar"><h3>Most read</h3><ul class="most-read">
<li><img src="/img/bus.jpg" alt="A night bus at the harbour stop"><a href="/n/3">Council votes to keep the night bus running</a></li>
<li><a href="/n/4">Ferry timetable changes from Monday onwards</a></li></ul></aside>
<section class="newsletter"><p>Sign up for our morning briefing, free every weekday.</p></section>
<section id="comments" class="comments"><h3>3 comments</h3>
<div class="comment"><p>Great news for the town, about time somebody did something with those towers.</p></div>
</section>
<div hidden><p>Thanks for subscribing to the morning briefing, check your inbox.</p></div>
<div style="display: none"><p>You have read all your free articles for this month.</p></div>
</main>
<footer class="site-footer"><p>© 2024 The Example Gazette</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def _reasons(html: str) -> dict[str, str]:
    return {d.text: d.reason for d in cleannews.explain(html, html=True).lines if d.text}


def test_english_page_body_is_the_article_text_only() -> None:
    (article,) = cleannews.clean_html(ENGLISH)
    assert article.paragraphs == [P1, P2, "Tower | Homes", "North | 64", "South | 56", P3, P4]


def test_region_is_the_article_element() -> None:
    page = render(ENGLISH, keep_chrome=True)
    evidence = analyse(page)
    assert evidence is not None
    assert [el.tag for el in evidence.region] == ["article"]
    assert evidence.region[0].get("class") == "story"


def test_explain_names_the_evidence_of_every_removed_line() -> None:
    reasons = _reasons(ENGLISH)
    assert reasons["Skip to main content"] == "dom:outside_region"  # an inline <a> in <body>
    assert reasons["• Sport"] == "dom:header"  # the outermost evidence: <header> around <nav>
    assert reasons["Storm warning issued for the coast tonight"] == "dom:trending"
    assert reasons["• Home"] == "dom:breadcrumb"
    assert reasons["Facebook X"] == "dom:share"
    assert reasons["Most read"] == "dom:aside"
    assert reasons["Sign up for our morning briefing, free every weekday."] == "dom:newsletter"
    assert reasons["3 comments"] == "dom:comment"
    assert reasons["Thanks for subscribing to the morning briefing, check your inbox."] == (
        "dom:hidden"
    )
    assert reasons["You have read all your free articles for this month."] == "dom:hidden"
    assert reasons["© 2024 The Example Gazette"] == "dom:footer"
    decisions = cleannews.explain(ENGLISH, html=True).lines
    assert all(d.pass_name == "read_dom" for d in decisions if d.reason.startswith("dom:"))


def test_headline_is_the_h1_not_the_ticker_or_the_title_with_its_suffix() -> None:
    (article,) = cleannews.clean_html(ENGLISH)
    assert article.headline == "Old silos to become flats"
    assert _reasons(ENGLISH)["Old silos to become flats"] == "dom:h1"


def test_caption_with_its_credit_and_image_url() -> None:
    (article,) = cleannews.clean_html(ENGLISH, url="https://gazette.example/local/silos")
    assert [(i.caption, i.credit, i.url) for i in article.images] == [
        ("The silos seen from the quay", "Jo Lens", "https://gazette.example/img/silos.jpg")
    ]


def test_related_teasers_and_tags_are_harvested_outside_the_body() -> None:
    (article,) = cleannews.clean_html(ENGLISH, url="https://gazette.example/local/silos")
    assert [(r.title, r.url) for r in article.related] == [
        ("Storm warning issued for the coast tonight", "https://gazette.example/n/1"),
        ("Harbour board elects a new chair after long vote", "https://gazette.example/n/2"),
        ("Council votes to keep the night bus running", "https://gazette.example/n/3"),
        ("Ferry timetable changes from Monday onwards", "https://gazette.example/n/4"),
    ]
    bus = article.related[2].image
    assert bus is not None
    assert (bus.caption, bus.url) == (
        "A night bus at the harbour stop",
        "https://gazette.example/img/bus.jpg",
    )
    assert article.related[1].image is None
    assert article.keywords == ["Housing", "Harbour"]
    assert not any("More on" in p for p in article.paragraphs)


def test_the_more_on_teaser_opens_no_article() -> None:
    articles = cleannews.clean_html(ENGLISH)
    assert len(articles) == 1
    assert articles[0].paragraphs[0] == P1


def test_site_suffix_is_stripped() -> None:
    assert strip_site_suffix("Old silos to become flats - The Example Gazette") == (
        "Old silos to become flats"
    )
    assert strip_site_suffix("Old silos to become flats | Gazette") == "Old silos to become flats"
    assert strip_site_suffix("Silos - Gazette") == "Silos - Gazette"  # one word left: kept
    assert strip_site_suffix("Les silos : ce qui change") == "Les silos : ce qui change"


def test_without_h1_the_headline_is_og_title_without_its_site() -> None:
    """SYNTHETIC: no heading at all; `og:title` carries ` | The Example Gazette`."""
    html = f"""<html><head><meta property="og:title"
    content="Old silos to become flats | The Example Gazette"></head>
    <body><div><p>{P1}</p><p>{P2}</p></div></body></html>"""
    (article,) = cleannews.clean_html(html)
    assert article.headline == "Old silos to become flats"


# SYNTHETIC: the Arabic structures of issue 13 around an invented two-paragraph story.
A1 = "أعلنت بلدية المدينة الساحلية، اليوم الثلاثاء، عن خطة لتحويل صوامع الحبوب القديمة في الميناء إلى مبان سكنية تضم نحو مئة وعشرين شقة."
A2 = "وقال رئيس البلدية في مؤتمر صحافي إن الأعمال ستبدأ في الربيع المقبل وتستمر ثلاث سنوات، على أن يبقى الرصيف المقابل مفتوحا أمام الجمهور."
A3 = "وأضاف أن ثلث الشقق سيخصص للإيجار بأسعار معتدلة، وأن المجلس البلدي سيعرض التصاميم النهائية على السكان قبل نهاية العام الجاري."
ARABIC = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>
<title>تحويل صوامع الميناء إلى مساكن - موقع المثال الإخباري</title></head><body>
<nav class="breadcrumb"><a href="/">الرئيسية</a> <a href="/news">أخبار عاجلة</a></nav>
<div class="news-ticker"><ul><li><a href="/n/1">عاجل: إغلاق الطريق الساحلي بسبب الأمطار الغزيرة</a></li></ul></div>
<article><h1>تحويل صوامع الميناء إلى مساكن</h1>
<figure><img src="/img/a.jpg" alt=""><figcaption>صوامع الحبوب في الميناء (أ.ف.ب)</figcaption></figure>
<div class="article-body"><p>{A1}</p>
<div class="read-also"><span>اقرأ أيضا:</span> <a href="/n/7">مجلس الميناء ينتخب رئيسا جديدا بعد تصويت طويل</a></div>
<p>{A2}</p>
<table><tr><th>البرج</th><th>الشقق</th></tr><tr><td>الشمالي</td><td>64</td></tr></table>
<p>{A3}</p></div></article>
<aside class="sidebar"><h3>روابط</h3><ul><li><a href="/w">الطقس اليوم في المدن الساحلية</a></li></ul></aside>
<div class="most-read"><h2>الأكثر قراءة</h2><ul>
<li><a href="/n/5">ارتفاع أسعار الخضار في الأسواق المحلية هذا الأسبوع</a></li>
<li><a href="/n/6">افتتاح مكتبة عامة جديدة في وسط المدينة القديمة</a></li></ul></div>
<div class="comments"><p>تعليق: خطوة ممتازة طال انتظارها من سكان المدينة منذ سنوات طويلة جدا.</p></div>
</body></html>"""


def test_arabic_page_ticker_breadcrumb_most_read_and_comments_stay_out() -> None:
    (article,) = cleannews.clean_html(ARABIC, url="https://example-news.example/a/1")
    assert article.headline == "تحويل صوامع الميناء إلى مساكن"
    assert article.paragraphs == [A1, A2, "البرج | الشقق", "الشمالي | 64", A3]
    assert [(i.caption, i.credit) for i in article.images] == [("صوامع الحبوب في الميناء", "أ.ف.ب")]
    assert [r.title for r in article.related] == [
        "عاجل: إغلاق الطريق الساحلي بسبب الأمطار الغزيرة",
        "مجلس الميناء ينتخب رئيسا جديدا بعد تصويت طويل",
        "الطقس اليوم في المدن الساحلية",
        "ارتفاع أسعار الخضار في الأسواق المحلية هذا الأسبوع",
        "افتتاح مكتبة عامة جديدة في وسط المدينة القديمة",
    ]
    assert len(cleannews.clean_html(ARABIC)) == 1  # the read-also teaser opens no article
    reasons = _reasons(ARABIC)
    assert reasons["الرئيسية أخبار عاجلة"] == "dom:nav"
    assert reasons["الأكثر قراءة"] == "dom:trending"
    assert (
        reasons["تعليق: خطوة ممتازة طال انتظارها من سكان المدينة منذ سنوات طويلة جدا."]
        == "dom:comment"
    )


# SYNTHETIC: a stray text node in <head> and a headline found only in <title>.
STRAY_HEAD = f"""<html><head>stray masthead credits line<title>Silos plan - Gazette</title></head>
<body><div class="content"><h1>Silos plan approved</h1><p>{P1}</p><p>{P2}</p></div></body></html>"""


def test_headline_never_comes_from_a_stray_head_text_node() -> None:
    (article,) = cleannews.clean_html(STRAY_HEAD)
    assert article.headline == "Silos plan approved"
    assert "stray masthead credits line" not in article.body


# SYNTHETIC: infinite scroll, two full articles one after the other.
TWO_ARTICLES = f"""<html><head><title>Silos - Gazette</title></head><body><main>
<article><h1>Old silos to become flats</h1><p>{P1}</p><p>{P2}</p></article>
<article><h1>Quay to stay open to the public</h1><p>{P3}</p><p>{P4}</p></article>
</main></body></html>"""


def test_appended_full_articles_stay_separate_articles() -> None:
    first, second = cleannews.clean_html(TWO_ARTICLES)
    assert (first.headline, first.paragraphs) == ("Old silos to become flats", [P1, P2])
    assert (second.headline, second.paragraphs) == ("Quay to stay open to the public", [P3, P4])


# SYNTHETIC: link density inside the article, without any class evidence.
LINK_LIST = f"""<html><body><article><h1>Old silos to become flats</h1><p>{P1}</p>
<div><a href="/a">First story title here</a> <a href="/b">Second story title here</a>
<a href="/c">Third story title</a></div><p>{P2}</p><p>{P3}</p></article></body></html>"""


def test_a_link_list_inside_the_article_is_removed_by_link_density() -> None:
    (article,) = cleannews.clean_html(LINK_LIST)
    assert article.paragraphs == [P1, P2, P3]
    line = "First story title here Second story title here Third story title"
    assert _reasons(LINK_LIST)[line] == "dom:link_density"


def test_class_evidence_never_removes_the_element_holding_the_prose() -> None:
    """A layout class (`l-sidebar-fixed`) on the article's column is not a sidebar."""
    html = f"""<html><body><div class="l-sidebar-fixed"><h1>Old silos to become flats</h1>
    <p>{P1}</p><p>{P2}</p><p>{P3}</p></div><div class="sidebar"><p>Advert text here</p></div>
    </body></html>"""
    (article,) = cleannews.clean_html(html)
    assert article.paragraphs == [P1, P2, P3]


# --- bad input: no region, or nothing but links -------------------------------------------


def test_page_of_navigation_only_gives_no_article() -> None:
    html = """<html><body><nav><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a>
    </li></ul></nav><footer><a href="/p">Privacy</a></footer></body></html>"""
    assert cleannews.clean_html(html) == []
    assert {d.reason for d in cleannews.explain(html, html=True).lines if d.text} == {
        "dom:nav",
        "dom:footer",
    }


@pytest.mark.parametrize("n", [1, 5, 40])
def test_page_where_every_block_is_links_gives_a_result_not_a_traceback(n: int) -> None:
    items = "".join(f'<li><a href="/{i}">Story number {i} of the day</a></li>' for i in range(n))
    html = f"<html><body><div><ul>{items}</ul></div><div><ul>{items}</ul></div></body></html>"
    assert cleannews.clean_html(html) == []  # no article, and no fallback that makes one
    assert {d.reason for d in cleannews.explain(html, html=True).lines if d.text} == {
        "dom:link_density"
    }


def test_token_table_is_data() -> None:
    tokens = dom_tokens()
    assert tokens.negative["related"] == "related"
    assert tokens.negative["mostread"] == "trending"
    assert "articlebody" in tokens.positive


def test_page_extractor_keeps_the_old_whole_page_rendering() -> None:
    """`html_extractor="page"`: no DOM evidence, the text passes alone (the breadcrumb above
    the headline goes with the text passes' own reason)."""
    config = cleannews.Config(html_extractor="page")
    lines = cleannews.explain(ENGLISH, config=config).lines
    assert not any(d.reason.startswith("dom:") for d in lines)
    assert {d.reason for d in lines if d.text == "• Home"} == {"above_headline"}


def test_json_ld_article_body_votes_for_the_container_it_states() -> None:
    """SYNTHETIC: an unlabelled block of reader letters outscores the article (more commas),
    but the page's JSON-LD `articleBody` states the article's text."""
    letters = "".join(
        f"<p>Letter {i}: yes, no, maybe, perhaps, surely, never, always, sometimes, often.</p>"
        for i in range(6)
    )
    html = f"""<html><head><script type="application/ld+json">
    {{"@context": "https://schema.org", "@type": "NewsArticle",
      "articleBody": "{P1} {P2}"}}</script></head><body>
    <div class="one"><p>{P1}</p><p>{P2}</p></div><div class="two">{letters}</div>
    </body></html>"""
    evidence = analyse(render(html, keep_chrome=True))
    assert evidence is not None
    assert [el.get("class") for el in evidence.region] == ["one"]


def test_an_embedded_post_is_quoted_content_not_a_share_bar() -> None:
    """SYNTHETIC: `social-media-embed` names a quoted post inside the text (kept), while a
    `social-share` bar is removed."""
    quoted = "The towers will stay, the board says, and so will the view from the quay."
    html = f"""<html><body><article><h1>Old silos to become flats</h1><p>{P1}</p>
    <div class="social-media-embed"><blockquote>{quoted}</blockquote></div><p>{P2}</p>
    <div class="social-share"><a href="/s">Share this story</a></div></article></body></html>"""
    (article,) = cleannews.clean_html(html)
    assert article.paragraphs == [P1, quoted, P2]
    assert _reasons(html)["Share this story"] == "dom:share"
