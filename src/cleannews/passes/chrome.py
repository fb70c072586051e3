"""Page chrome around the article: URLs, reading time, breadcrumbs, weather, menus, tickers.

Shape comes first here: a line made of a URL, a `7:51 دقيقه` reading time, `A > B > C`
crumbs or `34°C` needs no phrase list. Menus and tickers are only looked for outside the
running text (before the first sentence of the span or after its last one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleannews.claims import Claim, Context, Role, SpanView
from cleannews.dates import HIJRI_RE, parse_date
from cleannews.normalise import fold
from cleannews.page import Line
from cleannews.signals import is_related_heading

URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_READING_TIME_RE = re.compile(
    r"^(?:(?:مدة|وقت) (?:ال)?قراءة:?\s*)?\d{1,3}(?::\d{2})?\s*"
    r"(?:دقيقة|دقيقه|دقائق|د|min|mins|minutes?)\.?(?:\s*(?:قراءة|للقراءة|read))?$",
    re.IGNORECASE,
)
# "منذ 5 ساعات", "قبل 3 ساعات", "منذ يومين", "2 hours ago"
_RELATIVE_TIME_RE = re.compile(
    r"^(?:(?:منذ|قبل)\s+(?:\d{1,3}\s+)?(?:ثانية|ثوان|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|"
    r"يومين|أيام|ايام|أسبوع|اسبوع|أسبوعين|أسابيع|شهر|أشهر)|\d{1,3}\s+(?:minutes?|hours?|days?)\s+ago)$",
    re.IGNORECASE,
)
_HIJRI_NUMERIC_RE = re.compile(r"(?<!\d)14\d\d[/-]\d{1,2}[/-]\d{1,2}(?!\d)\s*هـ?|\d[/-]14\d\d\s*هـ")
_CRUMB_SPLIT_RE = re.compile(r"\s+[>»›/|]\s+")
_INNER_PUNCT = (".", "،", "؟", "!", "?", ",", "؛", ":")
MAX_CHROME_WORDS = 15
MAX_CHROME_PHRASE_WORDS = 4
MAX_CRUMB_WORDS = 4
MAX_RELATIVE_TIME_WORDS = 4
MAX_COMMENT_HEADING_WORDS = 4
_COUNT_RE = re.compile(r"^\s*\d+\s*|\s*[(\[]?\d+[)\]]?\s*$")  # "التعليقات (3)", "3 تعليقات"
MENU_MAX_WORDS = 3
MENU_MIN_RUN = 3
FRAGMENT_MAX_WORDS = 2
FRAGMENT_MIN_RUN = 2
TICKER_MIN_WORDS = 30


def remove_page_chrome(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims URL lines, reading times, breadcrumbs, weather, Hijri date headers, copyright
    lines, copy-link widgets and `... المزيد` previews.

    Risk: a short body line that is only a URL or only `A / B / C` segments is removed.
    """
    chrome = ctx.lexicon.chrome
    for line in view.free_lines():
        if line.ends_sentence:  # of sentences, only a copyright notice is chrome
            if line.n_words <= MAX_CHROME_WORDS and _is_copyright(line):
                yield Claim(line.index, Role.REMOVED, "copyright")
            continue
        reason = _chrome_reason(line, ctx) if line.n_words <= MAX_CHROME_WORDS else None
        if reason is None and _is_preview(line, ctx):
            reason = "teaser_preview"
        if reason is None and line.n_words <= MAX_CHROME_PHRASE_WORDS and line.key in chrome:
            reason = "page_chrome"
        if reason is not None:
            yield Claim(line.index, Role.REMOVED, reason)


def _chrome_reason(line: Line, ctx: Context) -> str | None:
    """Cheap character tests first; each regular expression runs only on likely lines."""
    text = line.text
    if "http" in text or "www." in text:
        if URL_RE.fullmatch(text):
            return "url_line"
        rest = fold(URL_RE.sub(" ", text))
        if not rest or rest in ctx.lexicon.widgets:
            return "share_widget"
    if (text[0].isdigit() or text.startswith(("مدة", "وقت"))) and _READING_TIME_RE.match(text):
        return "reading_time"
    relative = (line.n_words <= MAX_RELATIVE_TIME_WORDS and text.startswith(("منذ", "قبل"))) or (
        text.endswith(" ago")
    )
    if relative and _RELATIVE_TIME_RE.match(text):
        return "relative_time"
    if ("°" in text or "eather" in text) and not line.ends_sentence:
        return "weather_widget"
    if "14" in text and not line.ends_sentence:
        if HIJRI_RE.search(text):
            return None if parse_date(text) else "date_header"  # a Gregorian date: the date pass
        if _HIJRI_NUMERIC_RE.search(text) and line.n_words <= MAX_CRUMB_WORDS:
            return "date_header"  # "الاثنين 1445/11/20 هـ"
    if _is_copyright(line):
        return "copyright"
    if " > " in text or " / " in text or " » " in text or " | " in text or " › " in text:
        parts = _CRUMB_SPLIT_RE.split(text)
        short = all(0 < p.count(" ") + 1 <= MAX_CRUMB_WORDS for p in parts)
        home = len(parts) == 2 and fold(parts[0]) in ctx.lexicon.chrome  # "الرئيسية » وطنية"
        if short and (len(parts) >= 3 or home):
            return "breadcrumb"
    return None


_COPYRIGHT_KEYS = (fold("جميع الحقوق محفوظة"), fold("كل الحقوق محفوظة"), "all rights reserved")


def _is_copyright(line: Line) -> bool:
    text = line.text
    if "©" in text:
        return True
    return ("حقوق" in text or "ights" in text) and any(p in line.key for p in _COPYRIGHT_KEYS)


def _is_preview(line: Line, ctx: Context) -> bool:
    """`... بحسب ما أعلنت الوزارة... المزيد`: a cut preview linking to the article."""
    text = line.text
    tail = text[-30:]
    if "..." not in tail and "…" not in tail:
        return False
    tail = text.rstrip(" .…").rsplit("...", 1)[-1].rsplit("…", 1)[-1]
    return fold(tail) in ctx.lexicon.more_links


def remove_comments_section(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims a readers'-comments heading after the running text has begun, and every line
    after it in the article: names, times, comments and reply links are the readers', not
    the article's.

    Risk: a comments heading printed inside the body (rare: comment counts sit above it,
    before the first sentence, where they are not taken for a heading) drops the rest.
    """
    headings = ctx.lexicon.comment_headings
    for line in view.label_lines:
        if line.n_words > MAX_COMMENT_HEADING_WORDS:
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
    if not prose:
        return
    outside = [*range(prose[0]), *range(prose[-1] + 1, len(free))]
    outside = [
        pos
        for pos in outside
        if free[pos].n_words > MENU_MAX_WORDS or not is_related_heading(free[pos], ctx.lexicon)
    ]
    for run in _menu_runs(free, outside):
        yield from (Claim(free[pos].index, Role.REMOVED, "menu_run") for pos in run)
    for run in _fragments_beside_chrome(view, free, outside):
        yield from (Claim(free[pos].index, Role.REMOVED, "fragments_beside_chrome") for pos in run)
    counts = view.text_counts
    for line in free[: prose[0]]:
        if (
            line.n_words >= TICKER_MIN_WORDS
            and not any(p in line.text for p in _INNER_PUNCT)
            and not line.text.endswith(")")
            and counts[line.text] == 1
        ):
            yield Claim(line.index, Role.REMOVED, "ticker")


def _fragments_beside_chrome(
    view: SpanView, free: list[Line], positions: list[int]
) -> Iterator[list[int]]:
    """Runs of two or more one-or-two-word lines that touch removed page chrome: the city and
    weekday of a weather widget, the section labels around a date header."""
    run: list[int] = []
    for pos in [*positions, -1]:
        if pos >= 0 and _is_fragment(free[pos]) and (not run or pos == run[-1] + 1):
            run.append(pos)
            continue
        if len(run) >= FRAGMENT_MIN_RUN and _touches_removed(view, free[run[0]], free[run[-1]]):
            yield run
        run = [pos] if pos >= 0 and _is_fragment(free[pos]) else []


def _touches_removed(view: SpanView, first: Line, last: Line) -> bool:
    """Is the text line just before `first` or just after `last` a removed line?"""
    lines = view.page.lines
    before = next((ln for ln in reversed(lines[view.span.start : first.index]) if ln.text), None)
    after = next((ln for ln in lines[last.index + 1 : view.span.end] if ln.text), None)
    return any(
        (claim := view.claims.get(line.index)) is not None and claim.role is Role.REMOVED
        for line in (before, after)
        if line is not None
    )


def _is_fragment(line: Line) -> bool:
    return line.n_words <= FRAGMENT_MAX_WORDS and not line.ends_sentence


def _menu_runs(free: list[Line], positions: list[int]) -> Iterator[list[int]]:
    """Runs of consecutive menu-like lines among `positions` (indexes into `free`)."""
    run: list[int] = []
    for pos in positions:
        if _is_menu_item(free[pos]) and (not run or pos == run[-1] + 1):
            run.append(pos)
            continue
        if len(run) >= MENU_MIN_RUN:
            yield run
        run = [pos] if _is_menu_item(free[pos]) else []
    if len(run) >= MENU_MIN_RUN:
        yield run


def _is_menu_item(line: Line) -> bool:
    return (
        line.n_words <= MENU_MAX_WORDS
        and not line.ends_sentence
        and line.bullet_text is None
        and not line.text.endswith(":")
    )
