"""The ordered registry of passes: the only place where their order lives.

A pass is `(SpanView, Context) -> Iterable[Claim]`. It finds; the runner applies its claims
to lines no earlier pass claimed. Names are what `explain` prints and what `Config.skip` takes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import MappingProxyType

from cleannews.claims import Claim, Context, SpanView
from cleannews.passes.bylines import extract_byline, extract_subtitle
from cleannews.passes.captions import (
    extract_inline_captions,
    extract_labelled_captions,
    extract_lead_captions,
)
from cleannews.passes.chrome import (
    remove_comments_section,
    remove_navigation,
    remove_page_chrome,
)
from cleannews.passes.footers import (
    extract_keyword_footer,
    extract_published_date,
    extract_source_footer,
)
from cleannews.passes.headlines import extract_headline, remove_before_headline
from cleannews.passes.related import extract_related_block
from cleannews.passes.scoring import remove_unscored_edges
from cleannews.passes.structure import mark_subheadings
from cleannews.passes.widgets import (
    remove_learned_lines,
    remove_read_also_marker,
    remove_widgets,
)

__all__ = ["PASSES", "Pass"]

Pass = Callable[[SpanView, Context], Iterable[Claim]]

PASSES: MappingProxyType[str, Pass] = MappingProxyType(
    {
        fn.__name__: fn
        for fn in (
            remove_comments_section,
            remove_widgets,
            remove_learned_lines,
            remove_page_chrome,
            remove_read_also_marker,
            extract_published_date,
            extract_source_footer,
            extract_keyword_footer,
            remove_navigation,
            extract_headline,
            remove_before_headline,
            extract_subtitle,
            extract_byline,
            extract_lead_captions,
            extract_labelled_captions,
            extract_related_block,
            extract_inline_captions,
            remove_unscored_edges,
            mark_subheadings,
        )
    }
)
