"""The lines around the headline that are not body: deck, byline and dateline."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleannews.claims import Claim, Context, Role, SpanView
from cleannews.normalise import fold
from cleannews.page import Line
from cleannews.signals import credit_caption, is_credit

# "- خاركيف: فداء عيتاني", "لندن: فلان الفلاني"
_PLACE_NAME_RE = re.compile(r"^[-–—]?\s*([^:：()«»]{2,30}?)\s*[:：]\s*([^:：()]{3,40})$")
# "الرياض - واس", "واس - الرياض"
_PLACE_AGENCY_RE = re.compile(r"^([^-–—()]{2,30}?)\s+[-–—]\s+([^-–—()]{2,30})$")
# "By John Smith", "بقلم: فلان الفلاني", "كتب - فلان"
_AUTHOR_RE = re.compile(r"^(?:by|بقلم|كتب|كتبت|إعداد|تقرير)\s*[:：\-–—]?\s+(.{3,60})$", re.I)
# "رويترز (نيويورك)", "«الشرق الأوسط» (لندن)"
_AGENCY_PLACE_RE = re.compile(r"^[-–—]?\s*(«?[^()«»]{2,30}»?)\s*\(([^()]{2,30})\)$")
BYLINE_MAX_WORDS = 7
SUBTITLE_MIN_WORDS = 4


def extract_subtitle(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims the deck: the line right after the headline when it is not a photo caption.

    Risk: a lone caption with no credit, printed once right under the headline, is taken
    for the deck; captions on the sample sites are printed twice in a row.
    """
    head = view.headline
    if head is None:
        return
    lead = view.free_lines(head.index + 1, view.lead_end)
    if not lead:
        return
    first = lead[0]
    nxt = lead[1] if len(lead) > 1 else None
    if (
        first.n_words < SUBTITLE_MIN_WORDS
        or (nxt is not None and nxt.text == first.text)
        or credit_caption(first, ctx.lexicon) is not None
        or _byline(first, ctx) is not None
    ):
        return
    yield Claim(first.index, Role.SUBTITLE, "deck_under_headline", first.text)
    for line in lead[1:]:
        if line.text == first.text:
            yield Claim(line.index, Role.REMOVED, "repeated_subtitle")


def extract_byline(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims `لندن: فلان الفلاني` and `رويترز (نيويورك)` lines above the first sentence.

    Risk: a short `X: Y` line before the first sentence of a span is read as dateline and
    author; only lines of at most seven words that do not end a sentence are considered.
    """
    head = view.headline
    start = head.index + 1 if head is not None else view.span.start
    seen: set[str] = set()
    for line in view.free_lines(start, view.lead_end + 1):
        found = _byline(line, ctx)
        if found is None:
            continue
        if line.text in seen:
            yield Claim(line.index, Role.REMOVED, "repeated_byline")
        else:
            seen.add(line.text)
            yield Claim(line.index, Role.BYLINE, "byline", found)


def _byline(line: Line, ctx: Context) -> dict[str, str] | None:
    """`{"byline"|"source": ..., "dateline": ...}` for a byline-shaped line, else None."""
    if line.n_words > BYLINE_MAX_WORDS or line.ends_sentence:
        return None
    match = _AGENCY_PLACE_RE.match(line.text)
    if match and is_credit(match.group(1), ctx.lexicon):
        return {"source": match.group(1).strip("«» "), "dateline": match.group(2).strip()}
    match = _PLACE_AGENCY_RE.match(line.text)
    if match:
        first, second = match.group(1).strip(), match.group(2).strip()
        if is_credit(second, ctx.lexicon):
            return {"source": second.strip("«» "), "dateline": first}
        if is_credit(first, ctx.lexicon):
            return {"source": first.strip("«» "), "dateline": second}
    match = _AUTHOR_RE.match(line.text)
    if match:
        return {"byline": match.group(1).strip()}
    match = _PLACE_NAME_RE.match(line.text)
    if match is None:
        return None
    place, name = match.group(1).strip(), match.group(2).strip()
    labels = ctx.lexicon.metadata_labels | ctx.lexicon.read_also
    if fold(place) in labels or place.count(" ") > 2 or name.count(" ") > 3:
        return None
    if is_credit(name, ctx.lexicon):
        return {"source": name.strip("«» "), "dateline": place}  # "جاكرتا: «الشرق الأوسط»"
    return {"byline": name, "dateline": place}
