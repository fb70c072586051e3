"""The headline: found once, its repeats and whatever the page printed above it removed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from cleannews.claims import Claim, Context, Role, Settings, SpanView
from cleannews.page import QUESTION_END, Line
from cleannews.passes.chrome import URL_RE
from cleannews.signals import (
    byline_parts,
    credit_caption,
    is_credit_line,
    is_label_pair,
    looks_like_headline,
)


class HeadlineSettings(Settings):
    search: int = Field(4, ge=1, description="lines looked at for a headline with no lead block")
    above_max_words: int = Field(2, ge=1, description="longest site or section name above it")
    question_max_words: int = Field(16, ge=3, description="longest question taken for a headline")


def extract_headline(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims the headline, and its repeats in the lead block as `repeated_headline`.

    Risk: on a span with no lead block, a first line that is short and unpunctuated is taken
    for the headline; a body that opens with such a line loses it to the headline. A one- or
    two-word line above it (a site name) is removed as `above_headline`.
    """
    span = view.span
    head: Line | None = None
    if view.headline is not None:  # HTML: the DOM chose it (`dom:h1`); find its repeats
        head, reason = view.headline, ""
    elif span.headline is not None and view.is_free(view.page.lines[span.headline]):
        head = view.page.lines[span.headline]
        reason = "anchored_headline" if span.anchor is not None else "headline_after_marker"
    else:
        skipped, head = _first_headline(view, ctx)
        reason = "first_line_headline"
        if head is None or view.next_text_line(head.index) is None:
            return
        for line in skipped:
            yield Claim(line.index, Role.REMOVED, "above_headline")
    stamp = ctx.lexicon.dates.stamp_re
    headline = clean_headline(head.text, stamp)
    if reason:
        yield Claim(head.index, Role.HEADLINE, reason, headline)
    for line in view.free_lines(head.index + 1, view.lead_end):
        if line.text == head.text or (
            headline in line.text and clean_headline(line.text, stamp) == headline
        ):
            yield Claim(line.index, Role.REMOVED, "repeated_headline")


def _first_headline(view: SpanView, ctx: Context) -> tuple[list[Line], Line | None]:
    """The first line that reads as a headline, stepping over what sites print above one.

    Stepped over, for at most `search` lines: a site name or section label (one or
    two words), a `city - site` or `site - author` label, a byline. A two-word line is kept
    only as a fallback: a longer headline-like line before the running text wins over it
    (`بوابة الأهرام` above `افتتاح 3 مدارس جديدة بمحافظة أسوان`). A question ends like a
    sentence but can be a headline. Running text ends the search; a text that opens with its
    byline and then its running text (`القاهرة - أ ش أ`) has no headline.
    """
    s = ctx.settings(HeadlineSettings)
    free = view.free_lines()
    after_menu = _below_site_menu(view, free, ctx)
    if after_menu:
        found = _search_headline(free[after_menu:], ctx, s)
        if found[1] is not None:
            return found
    return _search_headline(free, ctx, s)


def _below_site_menu(view: SpanView, free: list[Line], ctx: Context) -> int:
    """Position in `free` where the article may start: below the site's menu.

    Site navigation ends above the headline, so a masthead tagline or a section name printed
    before the first menu run is not where the article starts. A later menu run (a share bar
    under the headline) moves the start only when nothing headline-like stands before it.
    """
    claims = view.claims
    first_prose = next((n for n, line in enumerate(free) if line.is_prose), len(free))
    start = 0
    seen_menu = False
    previous = view.span.start - 1
    for pos, line in enumerate(free[: first_prose + 1]):
        menu_between = any(
            (c := claims.get(i)) is not None and c.reason == "menu_run"
            for i in range(previous + 1, line.index)
        )
        previous = line.index
        if not menu_between:
            continue
        segment = free[start:pos]
        if seen_menu and any(
            item.n_words > 2 and looks_like_headline(item, ctx.lexicon) for item in segment
        ):
            break
        start, seen_menu = pos, True
    return start


def _search_headline(
    free: list[Line], ctx: Context, s: HeadlineSettings
) -> tuple[list[Line], Line | None]:
    skipped: list[Line] = []
    fallback: tuple[list[Line], Line] | None = None
    lexicon = ctx.lexicon
    candidates = free[: s.search + 1]
    for line, nxt in zip(candidates, [*candidates[1:], None], strict=False):
        if credit_caption(line, lexicon) or is_credit_line(line, lexicon):
            continue  # a photo above the headline: the caption passes take it
        if nxt is not None and is_credit_line(nxt, lexicon):
            continue
        if line.is_prose and not _is_question_headline(line, s):
            break
        if nxt is not None and len(nxt.text) < len(line.text) and line.text.endswith(nxt.text):
            skipped.append(line)  # "أنت تقرأ: <headline>" above the headline itself
            continue
        parts = byline_parts(line, lexicon) or {}
        if "source" in parts or ("byline" in parts and "dateline" not in parts):
            skipped.append(line)  # "سكاي نيوز عربية - أبوظبي", "By …"
        elif is_label_pair(line):
            skipped.append(line)  # "عمان - الغد", "هسبريس - عبد الرحيم العسري"
        elif looks_like_headline(line, lexicon) or _is_question_headline(line, s):
            if line.n_words > s.above_max_words:
                return skipped, line
            if fallback is None:
                fallback = (list(skipped), line)
            skipped.append(line)
        elif line.n_words <= s.above_max_words and (not line.ends_sentence or line.n_words == 1):
            skipped.append(line)  # "هسبريس", "مصراوي", a section label, "U.S."
        else:
            break
    return fallback if fallback is not None else ([], None)


def _is_question_headline(line: Line, s: HeadlineSettings) -> bool:
    return line.text.endswith(QUESTION_END) and 3 <= line.n_words <= s.question_max_words


def clean_headline(text: str, stamp: re.Pattern[str]) -> str:
    """The headline without a glued page URL or a glued leading date or time (`stamp`)."""
    if "http" in text or "www." in text:
        text = URL_RE.sub(" ", text)
    text = stamp.sub("", text)
    return " ".join(text.split()).strip(" -–|")


def remove_before_headline(view: SpanView, _ctx: Context) -> Iterator[Claim]:
    """Claims unclaimed lines above an anchored headline (menus, tickers, teaser previews).

    Risk: only spans whose headline is confirmed by a lead block are touched, so a page
    without one keeps its first lines.
    """
    head = view.headline
    if view.span.anchor is None or head is None:
        return
    for line in view.free_lines(view.span.start, head.index):
        yield Claim(line.index, Role.REMOVED, "before_headline")
