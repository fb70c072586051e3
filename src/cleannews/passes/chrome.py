"""Page chrome around the article: URLs, reading time, breadcrumbs, weather, menus, tickers.

Shape comes first here: a line made of a URL, a `7:51 دقيقه` reading time, `A > B > C`
crumbs or `34°C` needs no phrase list. Menus and tickers are only looked for outside the
running text (before the first sentence of the span or after its last one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from pydantic import Field

from cleannews.claims import Claim, Context, Role, Settings, SpanView
from cleannews.lexicon import Lexicon
from cleannews.normalise import fold
from cleannews.page import CLAUSE_MARKS, LEADING_MARKS, QUESTION_END, Line
from cleannews.signals import (
    credit_caption,
    is_read_also_marker,
    is_related_heading,
    photo_copyright,
    sells,
)

PROMO_WORDS = 5  # a promo alone on its line is short; longer, it may be text that says so
PROMO_TAIL_WORDS = 2
_CALL_RE = re.compile(r"[\w.]\(")  # `push(`, `f.init(`: a call, not prose's ` (aside)`
URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# an image's file name or slug printed alone: three lowercase words or more joined by dashes (a
# place is capitalised), or a file
_SLUG_RE = re.compile(
    r"(?=\S*[a-z]{3})[a-z0-9]+(?:[-_][a-z0-9]+){2,}|(?i:[\w-]{1,80}\.(?:jpe?g|png|webp|gif|avif))"
)
_TIME_PATTERNS = ("reading_time", "relative_time")
_PatternGroup = Mapping[str, tuple[tuple[str, re.Pattern[str]], ...]]
# "... بتمويل مشترك... 12.09.2025, SITE": the page's description, cut, with its date and site
_META_DESCRIPTION_RE = re.compile(
    r"(?:\.\.\.|…)\s*\d{1,2}[./]\d{1,2}[./]\d{4},\s*[^\s,.][^,.]{0,40}$"
)
_DIGIT_RE = re.compile(r"\d")
CRUMB_SPLIT_RE = re.compile(r"\s+[>»›/|]\s+")
_INNER_PUNCT = (".", "!", *QUESTION_END, *CLAUSE_MARKS)
DATED_STAMP_WORDS = 8
UNDATED_TIME_WORDS = 5
CUT_TEXT_WORDS = 30
AGENCY_LINE_WORDS = 2  # a line this long without a full stop is text cut by the scraper
_COUNT_RE = re.compile(r"^\s*\d+\s*|\s*[(\[]?\d+[)\]]?\s*$")  # "التعليقات (3)", "3 تعليقات"


class PageChromeSettings(Settings):
    max_words: int = Field(15, ge=1, description="longest line (in words) taken for chrome")
    max_phrase_words: int = Field(4, ge=1, description="longest line matched against `chrome`")
    max_crumb_words: int = Field(4, ge=1, description="longest breadcrumb segment")
    max_time_words: int = Field(7, ge=1, description="longest reading-time or relative-time line")


class CommentsSettings(Settings):
    max_heading_words: int = Field(4, ge=1, description="longest comments heading")


class NavigationSettings(Settings):
    menu_max_words: int = Field(3, ge=1, description="longest menu item")
    menu_min_run: int = Field(3, ge=2, description="fewest items in a row that make a menu")
    fragment_max_words: int = Field(2, ge=1, description="longest fragment beside chrome")
    fragment_min_run: int = Field(2, ge=1, description="fewest fragments in a row")
    ticker_min_words: int = Field(30, ge=5, description="shortest unpunctuated ticker line")


def remove_page_chrome(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims URL lines, reading times, breadcrumbs, weather, Hijri date headers, copyright
    lines, copy-link widgets, `... المزيد` previews, `more »` links alone, short promos (and
    the two words under one) and script code.

    Risk: a short body line that is only a URL or only `A / B / C` segments is removed.
    """
    lexicon = ctx.lexicon
    chrome = lexicon.phrases["chrome"]
    settings = ctx.settings(PageChromeSettings)
    max_words, max_time_words = settings.max_words, settings.max_time_words
    times = lexicon.pattern_group(_TIME_PATTERNS)  # looked up once, not once per line
    tail = -1  # the line after a promo: `عبر تطبيق` under `تابع أحدث الأخبار`
    for line in view.free_lines():
        n_words = line.n_words
        if line.index == tail and n_words <= PROMO_TAIL_WORDS and not line.is_prose:
            yield Claim(line.index, Role.REMOVED, "promo_line")
            continue
        if line.text[-1] in ";{}" and _is_script(line.text):
            yield Claim(line.index, Role.REMOVED, "script_code")
            continue
        if line.ends_sentence:  # of sentences, only a copyright notice or a time is chrome
            if n_words <= max_words and _is_copyright(line, lexicon):
                yield Claim(line.index, Role.REMOVED, "copyright")
            elif n_words <= max_time_words:
                reason = _time_reason(line, times)
                if reason is not None:
                    yield Claim(line.index, Role.REMOVED, reason)
            continue
        short = n_words <= max_words
        reason = _chrome_reason(line, ctx, settings, times) if short else None
        if reason == "breadcrumb" and ctx.tag(line) == "tr":
            continue  # an HTML table row, its cells joined by " | "
        if reason == "copyright" and line.n_words <= DATED_STAMP_WORDS:
            stamp = ctx.lexicon.dates.parse(line.text, line=line)
            if stamp is not None:  # "(©AFP / 12 août 2025 14h32)": when the wire filed it
                yield Claim(line.index, Role.PUBLISHED, "dated_copyright", stamp)
                continue
        if reason is None and ("..." in line.text or "…" in line.text):  # both are cut text
            if _is_preview(line, ctx):
                reason = "teaser_preview"
            elif _META_DESCRIPTION_RE.search(line.text):
                reason = "meta_description"
        if reason is None and line.n_words <= settings.max_phrase_words:
            if line.key in chrome:
                reason = "page_chrome"
            elif line.key in ctx.lexicon.phrases["more_links"] and not _heads_teasers(line, ctx):
                reason = "more_link"  # `more »` alone: the link under a cut preview
            elif line.n_words <= PROMO_WORDS and sells(line, ctx.lexicon):
                reason = "promo_line"  # `حمّل تطبيق الموقع` in an ad slot between paragraphs
        if reason is not None:
            yield Claim(line.index, Role.REMOVED, reason)
            if reason == "promo_line":
                nxt = view.next_text_line(line.index)
                tail = -1 if nxt is None else nxt.index


def _chrome_reason(
    line: Line, ctx: Context, settings: PageChromeSettings, times: _PatternGroup
) -> str | None:
    """Cheap character tests first; each regular expression runs only on likely lines."""
    text = line.text
    lexicon = ctx.lexicon
    if "http" in text or "www." in text:
        if URL_RE.fullmatch(text.lstrip(LEADING_MARKS)):  # `⇒ https://...`: a link alone
            return "url_line"
        rest = fold(URL_RE.sub(" ", text))
        if not rest or rest in lexicon.phrases["widgets"]:
            return "share_widget"
    if line.n_words <= settings.max_time_words:
        reason = _time_reason(line, times)
        if reason is not None:
            return reason
    if ("°" in text or "eather" in text) and not line.ends_sentence:
        return "weather_widget"
    if line.n_words == 1 and _SLUG_RE.fullmatch(text):
        return "image_slug"  # `vigilance-meteo-france`, `IMG_2041.jpg`: a file's name
    if "14" in text and not line.ends_sentence:
        if lexicon.dates.hijri_re is not None and lexicon.dates.is_hijri(text, line):
            gregorian = lexicon.dates.parse(text, line=line)
            return None if gregorian else "date_header"  # Gregorian: the date pass
        hijri = lexicon.patterns_for(line).get("hijri_date")
        if hijri and line.n_words <= settings.max_crumb_words and hijri.search(text):
            return "date_header"  # "الاثنين 1445/11/20 هـ"
    if _is_copyright(line, lexicon):
        return "copyright"
    if " > " in text or " / " in text or " » " in text or " | " in text or " › " in text:
        parts = CRUMB_SPLIT_RE.split(text)
        short = all(0 < p.count(" ") + 1 <= settings.max_crumb_words for p in parts)
        home = len(parts) == 2 and fold(parts[0]) in lexicon.phrases["chrome"]  # "الرئيسية » وطنية"
        if short and (len(parts) >= 3 or home):
            return "breadcrumb"
    return None


def _time_reason(line: Line, times: _PatternGroup) -> str | None:
    """`5 min read`, `Lecture : 4 minutes.`, `منذ 5 ساعات`, `il y a 2 heures` (`times`: the
    time patterns per script)."""
    text = line.text
    digit = _has_digit(text)
    if not digit and line.n_words > UNDATED_TIME_WORDS:
        return None  # "منذ يومين", "il y a une heure": without a digit, a time is short
    for name, pattern in times[line.script]:
        if (digit or name != "reading_time") and pattern.match(text):
            return name
    return None


def _is_copyright(line: Line, lexicon: Lexicon) -> bool:
    text = line.text
    if "©" in text:
        if _caption_then_holder(line, lexicon):
            return False  # "... ce jeudi. © Radio France - NAME": a caption and its credit
        return photo_copyright(line, lexicon) is None  # "© Canva" under a caption credits it
    found = lexicon.copyright_re
    hints = lexicon.copyright_hints
    if found is None or hints is None or hints.search(text) is None:
        return False
    return found.search(text) is not None


def _caption_then_holder(line: Line, lexicon: Lexicon) -> bool:
    """A sentence, then `©` and a holder with no year: a photo's caption closing with its
    credit, which the caption passes split; a page's notice has a year or no sentence."""
    found = credit_caption(line, lexicon)
    if found is None or _has_digit(found[1]) or not found[0].endswith((".", "!", "?", "؟")):
        return False
    hints = lexicon.copyright_hints
    return hints is None or hints.search(found[0]) is None


def _has_digit(text: str) -> bool:
    return _DIGIT_RE.search(text) is not None


def _is_script(text: str) -> bool:
    """`document.x=true;`, `var a = a||[]; a.push({...});`: a page's script printed as text
    (it ends in `;`, `{` or `}`, assigns or calls, and is all ASCII, which prose is not
    when it ends so)."""
    return text.isascii() and ("=" in text or _CALL_RE.search(text) is not None)


def _heads_teasers(line: Line, ctx: Context) -> bool:
    """`Read more` above teasers: the related-block and read-also passes take it with them."""
    return is_read_also_marker(line, ctx.lexicon) or is_related_heading(line, ctx.lexicon)


def _is_preview(line: Line, ctx: Context) -> bool:
    """`... بحسب ما أعلنت الوزارة... المزيد`: a cut preview linking to the article."""
    text = line.text
    tail = text[-30:]
    if "..." not in tail and "…" not in tail:
        return False
    tail = text.rstrip(" .…").rsplit("...", 1)[-1].rsplit("…", 1)[-1]
    return fold(tail) in ctx.lexicon.phrases["more_links"]


def remove_comments_section(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims a readers'-comments heading after the running text has begun, and every line
    after it in the article: names, times, comments and reply links are the readers', not
    the article's.

    Risk: a comments heading printed inside the body (rare: comment counts sit above it,
    before the first sentence, where they are not taken for a heading) drops the rest.
    """
    headings = ctx.lexicon.phrases["comment_headings"]
    max_words = ctx.settings(CommentsSettings).max_heading_words
    for line in view.label_lines:
        if line.n_words > max_words:
            continue
        text = line.text  # "التعليقات (3)" and "3 تعليقات" count their comments
        counted = text[0].isdigit() or (text[-1] == ")" and text[-2:-1].isdigit())
        heading = line.key in headings or (counted and fold(_COUNT_RE.sub("", text)) in headings)
        if heading and line.index > view.lead_end:
            for rest in view.text_lines:
                if rest.index >= line.index:
                    yield Claim(rest.index, Role.REMOVED, "comments_section")
            return


def remove_navigation(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims runs of three or more one-to-three-word lines and unpunctuated tickers outside
    the running text.

    Risk: a list of short items without bullets before the first sentence (or after the
    last one) is taken for a menu.
    """
    free = view.free_lines()
    prose = [i for i, line in enumerate(free) if line.is_prose]
    if not prose:  # a page cut mid-sentence: its long lines are the text
        prose = [i for i, line in enumerate(free) if line.n_words >= CUT_TEXT_WORDS]
    if not prose:
        return
    s = ctx.settings(NavigationSettings)
    # only lines short enough for a menu item or a fragment can be in a run; a longer line
    # breaks a run by its absence (positions are not consecutive) as by its presence
    short = max(s.menu_max_words, s.fragment_max_words)
    outside = [
        pos
        for pos in (*range(prose[0]), *range(prose[-1] + 1, len(free)))
        if free[pos].n_words <= short
    ]
    outside = [
        pos
        for pos in outside
        if free[pos].n_words > s.menu_max_words or not is_related_heading(free[pos], ctx.lexicon)
    ]
    author = ctx.lexicon.author_re
    if author is not None:  # "By Jane Roe" under the headline is a byline, not a menu item
        outside = [pos for pos in outside if not author.match(free[pos].text)]
    photo_words = ctx.lexicon.phrases["credit_prefixes"]
    outside = [
        pos
        for pos in outside
        if (free[pos].n_words > AGENCY_LINE_WORDS and " - " not in free[pos].text)
        or not _caption_or_publisher(free[pos], photo_words, ctx)
    ]
    outside = [pos for pos in outside if not _printed_around_a_label(free, pos)]
    for run in _menu_runs(free, outside, s):
        items = [pos for pos in run if not _printed_twice_in_a_row(free, pos)]
        reason = "menu_run" if len(items) >= s.menu_min_run else "labels_beside_a_photo"
        yield from (Claim(free[pos].index, Role.REMOVED, reason) for pos in items)
    for run in _fragments_beside_chrome(view, free, outside, s):
        yield from (Claim(free[pos].index, Role.REMOVED, "fragments_beside_chrome") for pos in run)
    counts = view.text_counts
    for line in free[: prose[0]]:
        if (
            line.n_words >= s.ticker_min_words
            and not any(p in line.text for p in _INNER_PUNCT)
            and not line.text.endswith(")")
            and counts[line.text] == 1
        ):
            yield Claim(line.index, Role.REMOVED, "ticker")


def _printed_around_a_label(free: list[Line], pos: int) -> bool:
    """`CAPTION`, `سياسة`, `CAPTION`: a photo's caption printed as its title and its alt text
    around the section's label; a menu never repeats an item two lines further on."""
    text = free[pos].text
    return (pos >= 2 and free[pos - 2].text == text) or (
        pos + 2 < len(free) and free[pos + 2].text == text
    )


def _printed_twice_in_a_row(free: list[Line], pos: int) -> bool:
    """`CAPTION`, `CAPTION` inside a run of short lines: a photo's title and alt text (or an
    author's name printed twice), which no menu prints; the run stands without them, as a
    menu when it is still long enough, else as the labels printed around the photo."""
    text = free[pos].text
    return (pos >= 1 and free[pos - 1].text == text) or (
        pos + 1 < len(free) and free[pos + 1].text == text
    )


def _caption_or_publisher(line: Line, photo_words: frozenset[str], ctx: Context) -> bool:
    """Not menu items: `أردوغان - أرشيفية`, a photo's caption with its archive credit, and
    `سبوتنيك عربي`, an agency's name alone (with its edition), which names the publisher."""
    text = line.text
    if " - " in text:
        return fold(text.rsplit(" - ", 1)[1]) in photo_words
    return (
        line.n_words <= AGENCY_LINE_WORDS
        and text.replace(" ", "").isalpha()
        and line.key.split(" ", 1)[0] in ctx.lexicon.agencies
    )


def _fragments_beside_chrome(
    view: SpanView, free: list[Line], positions: list[int], s: NavigationSettings
) -> Iterator[list[int]]:
    """Runs of two or more one-or-two-word lines that touch removed page chrome: the city and
    weekday of a weather widget, the section labels around a date header."""
    run: list[int] = []
    for pos in [*positions, -1]:
        fragment = pos >= 0 and _is_fragment(free[pos], s)
        if fragment and (not run or pos == run[-1] + 1):
            run.append(pos)
            continue
        if len(run) >= s.fragment_min_run and _touches_removed(view, free[run[0]], free[run[-1]]):
            yield run
        run = [pos] if fragment else []


def _touches_removed(view: SpanView, first: Line, last: Line) -> bool:
    """Is the text line just before `first` or just after `last` a removed line?"""
    lines = view.page.lines  # index loops, not slices: this runs once per run of fragments
    before = next(
        (lines[i] for i in range(first.index - 1, view.span.start - 1, -1) if lines[i].text), None
    )
    after = next((lines[i] for i in range(last.index + 1, view.span.end) if lines[i].text), None)
    return any(
        (claim := view.claims.get(line.index)) is not None and claim.role is Role.REMOVED
        for line in (before, after)
        if line is not None
    )


def _is_fragment(line: Line, s: NavigationSettings) -> bool:
    return line.n_words <= s.fragment_max_words and not line.ends_sentence


def _menu_runs(
    free: list[Line], positions: list[int], s: NavigationSettings
) -> Iterator[list[int]]:
    """Runs of consecutive menu-like lines among `positions` (indexes into `free`)."""
    run: list[int] = []
    for pos in positions:
        item = _is_menu_item(free[pos], s)
        if item and (not run or pos == run[-1] + 1):
            run.append(pos)
            continue
        if len(run) >= s.menu_min_run:
            yield run
        run = [pos] if item else []
    if len(run) >= s.menu_min_run:
        yield run


def _is_menu_item(line: Line, s: NavigationSettings) -> bool:
    return (
        line.n_words <= s.menu_max_words
        and (not line.ends_sentence or line.n_words == 1)  # "U.S." ends in a dot, not a sentence
        and line.bullet_text is None
        and not line.text.endswith(":")
    )
