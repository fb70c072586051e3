"""Learned profiles: `cleannews.learn` and the `learn` / `clean --learn` commands.

Every page below is synthetic: short Arabic and English articles written for these tests, on
an invented site (FreshDaily) whose furniture no built-in phrase list knows.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

import cleannews
from cleannews.cli import main
from cleannews.learn import LearnSettings, canonical_url, learn_site, learn_sites, site_of

# Synthetic pages of an invented site, FreshDaily (hand-written for these tests).
MENU = ["Local", "Markets", "Travel", "Gadgets"]
TOP = ["Get the FreshDaily app"]
SIGN_OFF = "— FreshDaily Newsroom"
FOOTER = ["تابع قناتنا على تيليجرام", "FreshDaily © 2026 · About us · Contact"]
DISCLAIMER = "All opinions expressed in our columns are the authors' own."
QUOTE_AR = "«الماء حق للجميع»"
QUOTE_EN = "“Water belongs to everyone”"
FURNITURE = [*MENU, *TOP, SIGN_OFF, *FOOTER]

ARTICLES = [
    (
        "مجلس المدينة يقر خطة جديدة لتنظيف الشواطئ",
        [
            "أقر مجلس المدينة مساء الأحد خطة لتنظيف الشواطئ الشمالية خلال فصل الصيف المقبل بمشاركة المتطوعين.",
            "وقال رئيس المجلس إن الخطة تشمل توزيع حاويات جديدة وتنظيم حملات توعية في المدارس والأحياء.",
            "ومن المتوقع أن تبدأ الأعمال في الأسبوع الأول من الشهر المقبل على أن تستمر ثلاثة أشهر.",
        ],
    ),
    (
        "افتتاح سوق للمزارعين في الساحة القديمة",
        [
            "افتتحت البلدية صباح السبت سوقا أسبوعيا للمزارعين في الساحة القديمة وسط إقبال كبير من السكان.",
            "ويعرض أكثر من أربعين مزارعا منتجاتهم من الخضار والفواكه والعسل بأسعار مناسبة للجميع.",
            "وأكد المنظمون أن السوق سيفتح أبوابه كل سبت من الثامنة صباحا حتى الثانية ظهرا.",
        ],
    ),
    (
        "طلاب المدرسة الثانوية يفوزون بمسابقة الروبوت",
        [
            "فاز فريق من طلاب المدرسة الثانوية بالمركز الأول في مسابقة وطنية لتصميم الروبوتات.",
            "وصمم الطلاب روبوتا صغيرا قادرا على فرز النفايات القابلة لإعادة التدوير بدقة عالية.",
            "وسيمثل الفريق البلاد في البطولة الإقليمية التي تقام في الخريف المقبل بمشاركة عشرين دولة.",
        ],
    ),
    (
        "River festival returns after a five-year pause",
        [
            "The river festival returned on Saturday after a five-year pause, drawing thousands of visitors to the old quay.",
            "Organisers said forty boats took part in the evening parade, lit with lanterns made by local schools.",
            "The festival will run until Monday, with concerts planned on both banks of the river.",
        ],
    ),
    (
        "New cycle lanes open on the ring road",
        [
            "Two new cycle lanes opened on the ring road this week, linking the northern suburbs to the city centre.",
            "The council said the lanes cost less than expected because the work was done at night.",
            "Cyclists welcomed the change but asked for better lighting at the busiest junctions.",
        ],
    ),
    (
        "Library extends its opening hours for exams",
        [
            "The central library will stay open until midnight for the next three weeks to help students preparing for exams.",
            "Librarians said demand for study rooms had doubled since the start of the month.",
            "Extra staff have been hired and the café on the ground floor will also stay open later.",
        ],
    ),
]


def page(i: int, *, quote: bool = True, disclaimer: bool = True) -> str:
    """Page `i` (0-2 Arabic, 3-5 English) of the invented site, furniture around the article."""
    headline, paras = ARTICLES[i]
    body = [paras[0], paras[1]]
    if quote:
        body.append(QUOTE_AR if i < 3 else QUOTE_EN)
    body.append(paras[2])
    lines = [*MENU, *TOP, headline, *body, FOOTER[0], SIGN_OFF]
    if disclaimer:
        lines.append(DISCLAIMER)
    lines.append(FOOTER[1])
    return "\n".join(lines) + "\n"


PAGES = [page(i) for i in range(6)]
# Hand-checked: the menu and the copyright line are removed by built-in passes already
# (remove_navigation, remove_page_chrome), and so is the app line above the headline
# (extract_headline chooses the headline by its words shared with the lead, and what stands
# above it goes), so none of them is learned; the quote stands between paragraphs; the
# disclaimer is a sentence.
EXPECTED = {"تابع قناتنا على تيليجرام", SIGN_OFF}


def test_learns_exactly_the_unknown_furniture() -> None:
    profile = learn_site(PAGES, site="freshdaily.example")
    assert profile.pages == 6
    assert set(profile.lines) == EXPECTED
    assert all(line.pages == 6 for line in profile.learned)
    assert QUOTE_AR not in profile.lines
    assert QUOTE_EN not in profile.lines


def test_prose_disclaimer_goes_to_review() -> None:
    profile = learn_site(PAGES)
    assert [line.text for line in profile.review] == [DISCLAIMER]
    assert DISCLAIMER not in profile.lines


def test_in_body_quote_is_never_learned_even_when_frequent() -> None:
    # The English quote stands on 3 of 6 pages (>= min_share), always between paragraphs.
    pages = [page(i, quote=i >= 3) for i in range(6)]
    profile = learn_site(pages, settings=LearnSettings(min_pages=3))
    assert QUOTE_EN not in profile.lines
    assert QUOTE_EN not in [line.text for line in profile.review]


def test_too_few_pages_learn_nothing() -> None:
    profile = learn_site(PAGES[:3])
    assert profile.pages == 3
    assert profile.lines == ()
    assert profile.review == ()


def test_rare_lines_are_not_learned() -> None:
    # The disclaimer on 1 of 6 pages is below min_share and min_pages.
    pages = [page(i, disclaimer=i == 0) for i in range(6)]
    assert learn_site(pages).review == ()


def test_max_pages_bounds_what_is_read() -> None:
    profile = learn_site(PAGES * 3, settings=LearnSettings(max_pages=7))
    assert profile.pages == 7


def test_cleaning_with_the_profile_removes_the_furniture() -> None:
    profile = learn_site(PAGES, site="freshdaily.example")
    config = profile.config()
    for text in PAGES:
        plain = cleannews.clean(text)
        learned = cleannews.clean(text, config=config)
        body = "\n".join(learned.paragraphs)
        for line in EXPECTED:
            assert line not in body
            assert line != learned.headline
        assert plain.headline in {headline for headline, _ in ARTICLES}
        assert learned.headline == plain.headline
        assert SIGN_OFF in "\n".join(plain.paragraphs)  # what the built-ins alone leave
        reasons = {d.text: d.reason for d in cleannews.explain(text, config=config).lines}
        assert all(reasons[line] == "learned_furniture" for line in EXPECTED)
        assert reasons[DISCLAIMER] != "learned_furniture"


def test_profile_keeps_the_users_config() -> None:
    base = cleannews.Config(
        skip={"remove_page_chrome"}, extra_phrases={"learned_lines": ("Old line",)}
    )
    config = learn_site(PAGES).config(base)
    assert config.skip == base.skip
    assert set(config.extra_phrases["learned_lines"]) == {"Old line", *EXPECTED}


def test_toml_profile_reads_back() -> None:
    profile = learn_site(PAGES, site="freshdaily.example")
    text = profile.to_toml()
    data = tomllib.loads(text)
    assert data["name"] == "freshdaily.example"
    assert data["match"] == {"domains": ["freshdaily.example"]}
    assert set(data["phrases"]["learned_lines"]) == EXPECTED
    assert "# Learned by `cleannews learn` from 6 pages of freshdaily.example." in text
    assert f"# {json.dumps(DISCLAIMER)}  # 6 of 6 pages" in text
    assert "  # 6 of 6 pages" in text


def test_toml_strings_are_escaped() -> None:
    from cleannews.learn import LearnedLine, LearnedProfile  # noqa: PLC0415

    odd = ['a "quoted" \\ line', "tab\there", "del\x7fchar", "سطر «عربي»"]
    profile = LearnedProfile("x", 9, tuple(LearnedLine(t, 5) for t in odd))
    assert tomllib.loads(profile.to_toml())["phrases"]["learned_lines"] == odd


def test_learn_sites_groups_by_site() -> None:
    docs = [("fresh.example", text) for text in PAGES] + [("other.example", PAGES[0])]
    profiles = learn_sites(docs)
    assert set(profiles["fresh.example"].lines) == EXPECTED
    assert profiles["other.example"].pages == 1
    assert profiles["other.example"].lines == ()


@pytest.mark.parametrize(
    ("url", "fallback", "expected"),
    [
        ("https://www.FreshDaily.example/a/1", None, "freshdaily.example"),
        ("http://news.example.com:8080/x?y=1", None, "news.example.com"),
        ("//www.example.org/path", None, "example.org"),
        ("example.net/a", None, "example.net"),
        ("https://موقع.مثال/خبر", None, "موقع.مثال"),
        (None, "fallback", "fallback"),
        ("", None, None),
        ("not a url at all", "f", "f"),
    ],
)
def test_site_of(url: str | None, fallback: str | None, expected: str | None) -> None:
    assert site_of(url, fallback) == expected


def test_canonical_url() -> None:
    html = '<html><head><link rel="canonical" href="https://www.fresh.example/a/1"></head>'
    assert canonical_url(html) == "https://www.fresh.example/a/1"
    og = "<meta property='og:url' content='https://fresh.example/b'>"
    assert canonical_url(og) == "https://fresh.example/b"
    assert canonical_url("<p>no head</p>") is None


def _cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _write_pages(folder: Path, pages: list[str]) -> Path:
    folder.mkdir()
    for i, text in enumerate(pages):
        (folder / f"{i:02}.txt").write_text(text, encoding="utf-8")
    return folder


def test_cli_learn_one_site(tmp_path: Path) -> None:
    pages = _write_pages(tmp_path / "pages", PAGES)
    out = tmp_path / "site.toml"
    code, _, err = _cli("learn", str(pages), "-o", str(out), "--site", "FreshDaily.example")
    assert code == 0, err
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    assert data["name"] == "freshdaily.example"
    assert set(data["phrases"]["learned_lines"]) == EXPECTED
    assert "freshdaily.example: 6 pages, 2 lines learned, 1 to review" in err


def test_cli_learn_without_site_skips_pages(tmp_path: Path) -> None:
    pages = _write_pages(tmp_path / "pages", PAGES)
    code, _, err = _cli("learn", str(pages), "-o", str(tmp_path / "site.toml"))
    assert code == 1
    assert "skipped 6 page(s) of no known site" in err
    assert not (tmp_path / "site.toml").exists()


def test_cli_learn_jsonl_several_sites(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    rows = [{"link": f"https://www.fresh.example/a/{i}", "body": t} for i, t in enumerate(PAGES)]
    rows += [{"link": f"https://small.example/{i}", "body": t} for i, t in enumerate(PAGES[:3])]
    rows.append({"body": PAGES[0]})  # no URL: under --site
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    out = tmp_path / "profiles"
    code, _, err = _cli(
        "learn", str(dump), "-o", str(out), "--url-field", "link", "--text-field", "body",
        "--site", "misc",
    )  # fmt: skip
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == [
        "fresh.example.toml",
        "misc.toml",
        "small.example.toml",
    ]
    fresh = tomllib.loads((out / "fresh.example.toml").read_text(encoding="utf-8"))
    assert set(fresh["phrases"]["learned_lines"]) == EXPECTED
    small = tomllib.loads((out / "small.example.toml").read_text(encoding="utf-8"))
    assert small["phrases"]["learned_lines"] == []
    assert "small.example: 3 page(s), too few to learn from (needs 5)" in err


def test_cli_learn_html_canonical(tmp_path: Path) -> None:
    folder = tmp_path / "html"
    folder.mkdir()
    for i, text in enumerate(PAGES):
        paras = "".join(f"<p>{line}</p>" for line in text.splitlines())
        head = f'<head><link rel="canonical" href="https://fresh.example/{i}"></head>'
        (folder / f"{i}.html").write_text(f"<html>{head}<body>{paras}</body></html>", "utf-8")
    out = tmp_path / "site.toml"
    code, _, err = _cli("learn", str(folder), "-o", str(out))
    assert code == 0, err
    assert tomllib.loads(out.read_text(encoding="utf-8"))["name"] == "fresh.example"


def test_cli_clean_learn(tmp_path: Path) -> None:
    pages = _write_pages(tmp_path / "pages", PAGES)
    code, out, err = _cli("clean", "-j", "1", "--learn", "--site", "fresh.example", str(pages))
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["input"]).name for r in rows] == [f"{i:02}.txt" for i in range(6)]
    for row in rows:
        body = "\n".join(row["article"]["paragraphs"])
        assert not any(line in body for line in EXPECTED)
        assert row["article"]["headline"] in {headline for headline, _ in ARTICLES}
    assert "fresh.example: 6 pages, 2 lines learned" in err
    # Without --learn the furniture stays.
    code, out, _ = _cli("clean", "-j", "1", str(pages))
    assert SIGN_OFF in out


def test_cli_clean_learn_parallel_matches_serial(tmp_path: Path) -> None:
    pages = _write_pages(tmp_path / "pages", PAGES)
    serial = _cli("clean", "-j", "1", "--learn", "--site", "f", str(pages))[1]
    parallel = _cli("clean", "-j", "2", "--learn", "--site", "f", str(pages))[1]
    assert serial == parallel


def test_cli_clean_learn_too_few_pages(tmp_path: Path) -> None:
    pages = _write_pages(tmp_path / "pages", PAGES[:3])
    code, out, err = _cli("clean", "-j", "1", "--learn", "--site", "f", str(pages))
    assert code == 0
    assert "f: 3 page(s), too few to learn from (needs 5); nothing learned" in err
    assert SIGN_OFF in out
    code, _, err = _cli("clean", "-j", "1", "-q", "--learn", "--site", "f", str(pages))
    assert "too few" not in err


def test_cli_clean_learn_refuses_stdin() -> None:
    code, _, err = _cli("clean", "--learn", "-")
    assert code == 2
    assert "stdin" in err


def test_line_removed_only_next_to_learned_furniture_is_learned_too() -> None:
    # The edition's banner printed twice (desktop and mobile copy) reads as a repeated headline,
    # so the built-ins take it for the headline: the headline becomes the subtitle and this
    # widget an edge line they remove; once the banner is learned, the widget would move up
    # into the article, so the check on kept pages learns it as well.
    banner, widget = (
        "Your FreshDaily morning briefing for the city",
        "Have a tip? Message the newsroom",
    )
    pages = []
    for i in range(6):
        lines = PAGES[i].splitlines()
        at = lines.index(TOP[0]) + 1
        lines[at:at] = [banner, banner]
        lines.insert(lines.index(ARTICLES[i][0]) + 1, widget)
        pages.append("\n".join(lines) + "\n")
    assert cleannews.clean(pages[4]).headline == banner
    profile = learn_site(pages)
    assert widget in profile.lines
    assert set(profile.lines) == {*EXPECTED, banner, widget}
    no_check = learn_site(pages, settings=LearnSettings(verify_pages=0))
    assert widget not in no_check.lines
    assert cleannews.clean(pages[4], config=no_check.config()).subtitle == widget
    for text in pages:
        article = cleannews.clean(text, config=profile.config())
        assert widget not in (article.headline, article.subtitle, *article.paragraphs)


def test_cli_learn_several_sites_need_a_folder(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    rows = [{"url": f"https://{site}/{i}", "text": PAGES[i]} for site in "ab" for i in range(6)]
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    taken = tmp_path / "taken.toml"
    taken.write_text("", "utf-8")
    code, _, err = _cli("learn", str(dump), "-o", str(taken))
    assert code == 2
    assert "-o must be a folder" in err
    code, _, err = _cli("learn", str(dump), "-o", str(tmp_path))  # an existing folder
    assert code == 0, err
    assert (tmp_path / "a.toml").is_file()
    assert (tmp_path / "b.toml").is_file()


def test_layouts_shared_by_different_stories_teach_nothing_new() -> None:
    # The synthetic evaluation corpus prints its stories in a few shared site layouts; read as
    # one site, its repeated lines are all furniture the built-in passes already remove, and
    # stories printed twice stand inside the running text, so nothing is learned.
    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus" / "docs"
    pages = [p.read_text("utf-8") for p in sorted(folder.glob("a*.txt"))]
    assert len(pages) >= 10
    profile = learn_site(pages, settings=LearnSettings(min_share=0.1, min_pages=3))
    assert profile.lines == ()


def test_headline_listed_as_teaser_elsewhere_is_not_learned() -> None:
    # One story printed on two pages (its headline taken for the subtitle under the app
    # prompt there) and listed in a "Most read" box on the four others: repeated on all six
    # pages, and out of the body on only four of them, but it is a title, not furniture.
    title = ARTICLES[0][0]
    other_ending = "وأضاف المجلس أن التمويل يأتي من ميزانية البلدية للعام الحالي دون زيادة الرسوم."
    pages = [PAGES[0], PAGES[0].replace(ARTICLES[0][1][2], other_ending)]
    for i in range(2, 6):
        lines = PAGES[i].splitlines()
        at = lines.index(FOOTER[1])
        lines[at:at] = ["Most read", title, ARTICLES[i % 3 + 3][0]]
        pages.append("\n".join(lines) + "\n")
    profile = learn_site(pages, settings=LearnSettings(min_pages=3))
    assert title not in profile.lines
    assert set(profile.lines) == EXPECTED
