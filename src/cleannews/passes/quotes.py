"""Pull quotes: a sentence of the article printed again, in quotes, as a display line."""

from __future__ import annotations

from collections.abc import Iterator

from cleannews.claims import Claim, Context, Role, SpanView

QUOTE_MARKS = "«»“”„\"‹›‘’'"
PULL_QUOTE_MIN_CHARS = 20
PULL_QUOTE_MAX_WORDS = 40


def remove_pull_quotes(view: SpanView, _ctx: Context) -> Iterator[Claim]:
    """Claims a line made of a quotation that the article's text already holds word for
    word (`« On ne dort plus »` above `« On ne dort plus », confie un éleveur.`).

    Risk: a quoted paragraph that repeats a shorter quoted line of its own article loses
    nothing (the longer line stays); two identical quoted paragraphs are both kept.
    """
    free = view.free_lines()
    quoted = [
        line
        for line in free
        if line.text[0] in QUOTE_MARKS and 3 <= line.n_words <= PULL_QUOTE_MAX_WORDS
    ]
    for line in quoted:
        inner = line.text.strip(QUOTE_MARKS + " .,;:!?…")
        if len(inner) < PULL_QUOTE_MIN_CHARS:
            continue
        if any(
            other is not line and inner in other.text and other.text != line.text for other in free
        ):
            yield Claim(line.index, Role.REMOVED, "pull_quote")
