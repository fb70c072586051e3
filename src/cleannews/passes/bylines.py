"""The lines around the headline that are not body: deck, byline and dateline."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from cleannews.claims import Claim, Context, Role, Settings, SpanView
from cleannews.page import Line
from cleannews.signals import byline_parts, caption_label, credit_caption, is_label_pair


class SubtitleSettings(Settings):
    min_words: int = Field(4, ge=1, description="shortest line taken for the deck")


def extract_subtitle(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims the deck: the line right after the headline when it is not a photo caption.

    Risk: a lone caption with no credit, printed once under the headline and again after the
    widget, is taken for the deck; one printed only before the widget is a caption, unless a
    caption printed twice or credited follows it.
    """
    head = view.headline
    if head is None:
        return
    lead = view.free_lines(head.index + 1, view.lead_end)
    if not lead:
        return
    first = lead[0]
    nxt = lead[1] if len(lead) > 1 else None
    anchor = view.span.anchor
    if (
        first.n_words < ctx.settings(SubtitleSettings).min_words
        or ctx.tag(first) == "figcaption"
        or (nxt is not None and nxt.text == first.text)
        or (anchor is not None and first.index < anchor and _lone_lead_caption(view, lead, ctx))
        or credit_caption(first, ctx.lexicon) is not None
        or caption_label(first.text, ctx.lexicon) is not None
        or byline_parts(first, ctx.lexicon) is not None
        or is_label_pair(first)
    ):
        return
    yield Claim(first.index, Role.SUBTITLE, "deck_under_headline", first.text)
    for line in lead[1:]:
        if line.text == first.text:
            yield Claim(line.index, Role.REMOVED, "repeated_subtitle")


def _lone_lead_caption(view: SpanView, lead: list[Line], ctx: Context) -> bool:
    """The first line under the headline is printed once and no other caption comes before
    the widget: it is the photo's (uncredited) caption. When a repeated or credited caption
    follows it, it is the deck above that photo."""
    first, anchor = lead[0], view.span.anchor
    if view.text_counts[first.text] != 1:
        return False
    return not any(
        view.text_counts[line.text] > 1 or credit_caption(line, ctx.lexicon) is not None
        for line in lead[1:]
        if anchor is not None and line.index < anchor
    )


def extract_byline(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims `لندن: فلان الفلاني` and `رويترز (نيويورك)` lines above the first sentence.

    Risk: a short `X: Y` line before the first sentence of a span is read as dateline and
    author; only lines of at most seven words that do not end a sentence are considered.
    """
    head = view.headline
    start = head.index + 1 if head is not None else view.span.start
    seen: set[str] = set()
    for line in view.free_lines(start, view.lead_end + 1):
        found = byline_parts(line, ctx.lexicon)
        if found is None:
            continue
        if line.text in seen:
            yield Claim(line.index, Role.REMOVED, "repeated_byline")
        else:
            seen.add(line.text)
            yield Claim(line.index, Role.BYLINE, "byline", found)
