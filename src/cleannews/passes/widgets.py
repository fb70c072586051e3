"""Page controls printed as text: font-size `TT`, share and print buttons, ad slots."""

from __future__ import annotations

from collections.abc import Iterator

from cleannews.claims import Claim, Context, Role, SpanView
from cleannews.signals import is_read_also_marker, is_widget


def remove_widgets(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims lines that are a widget label alone (`TT`, `طباعة`, `[ad_1]`).

    Risk: a one-word body line equal to a widget label (`شارك`) is removed; labels are
    matched only on lines of at most four words. From HTML, a line made only of `<button>`
    text (`SharePrint`) is a control whatever it says.
    """
    tags = ctx.tags
    for line in view.free_lines():
        if is_widget(line, ctx.lexicon):
            yield Claim(line.index, Role.REMOVED, "widget_marker")
        elif tags and tags.get(line.index) == "button":
            yield Claim(line.index, Role.REMOVED, "html_buttons")


def remove_read_also_marker(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims the `إقرأ أيضاً:` line that announced this span's article.

    Risk: none beyond segmentation's; a marker followed by teasers is left to the related pass.
    """
    marker = view.span.marker
    if marker is not None and is_read_also_marker(view.page.lines[marker], ctx.lexicon):
        yield Claim(marker, Role.REMOVED, "read_also_marker")


def remove_learned_lines(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims lines that a site's learned profile lists: furniture printed on many of its pages.

    Risk: a body line identical to a learned line is removed; `cleannews learn` does not learn
    lines that stand inside the running text of any page it read.
    """
    learned = ctx.lexicon.phrases["learned_lines"]
    if not learned:
        return
    for line in view.free_lines():
        if line.key in learned:
            yield Claim(line.index, Role.REMOVED, "learned_furniture")
