"""In-body structure: short title lines between paragraphs are subheadings, not junk."""

from __future__ import annotations

from collections.abc import Iterator

from cleannews.claims import Claim, Context, Role, SpanView

SUBHEADING_MAX_WORDS = 12
SUBHEADING_MAX_CHARS = 100


def mark_subheadings(view: SpanView, _ctx: Context) -> Iterator[Claim]:
    """Claims short unpunctuated body lines that sit between body paragraphs.

    Risk: a one-line quote without a full stop between paragraphs is labelled a subheading;
    it stays in the body either way, only its role differs.
    """
    free = view.free_lines()
    for prev, line, nxt in zip(free, free[1:], free[2:], strict=False):
        if (
            line.n_words <= SUBHEADING_MAX_WORDS
            and len(line.text) <= SUBHEADING_MAX_CHARS
            and not line.ends_sentence
            and not line.text.endswith((":", "،", ","))
            and line.bullet_text is None
            and prev.is_prose
            and nxt.is_prose
        ):
            yield Claim(line.index, Role.SUBHEADING, "short_line_between_paragraphs")
