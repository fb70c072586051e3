"""In-body structure: short title lines between paragraphs are subheadings, not junk."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from cleannews.claims import Claim, Context, Role, Settings, SpanView


class SubheadingSettings(Settings):
    max_words: int = Field(12, ge=1, description="longest line taken for a subheading")
    max_chars: int = Field(100, ge=1, description="longest subheading in characters")


HEADING_TAGS = frozenset(["h2", "h3", "h4", "h5", "h6"])


def mark_subheadings(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims short unpunctuated body lines that sit between body paragraphs.

    Risk: a one-line quote without a full stop between paragraphs is labelled a subheading;
    it stays in the body either way, only its role differs. From HTML, an `<h2>`-`<h6>`
    between paragraphs is a subheading whatever its length.
    """
    tags = ctx.tags
    free = view.free_lines()
    s = ctx.settings(SubheadingSettings)
    for prev, line, nxt in zip(free, free[1:], free[2:], strict=False):
        if tags and tags.get(line.index) in HEADING_TAGS and prev.is_prose and nxt.is_prose:
            yield Claim(line.index, Role.SUBHEADING, "html_heading_between_paragraphs")
        elif (
            line.n_words <= s.max_words
            and len(line.text) <= s.max_chars
            and not line.ends_sentence
            and not line.text.endswith((":", "،", ","))
            and line.bullet_text is None
            and prev.is_prose
            and nxt.is_prose
        ):
            yield Claim(line.index, Role.SUBHEADING, "short_line_between_paragraphs")
