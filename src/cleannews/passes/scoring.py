"""The scoring step: what no phrase names, general signals grade, in jusText's two phases.

Phase one grades each line that no earlier pass claimed, on signals any site shows:
sentence punctuation and length, the share of letters (against digits and symbols), URL and
handle shape, repetition within the page, a conjunction opening (`و`, `ف`: Arabic body
sentences start that way, labels and titles do not) and function-word density. Phase two
revises by position: a line graded bad is removed only outside the running text (before
its first paragraph or after its last), so a short line inside the body always stays, as
jusText's short blocks between good ones do.

Measured on the samples, jusText's own Arabic stoplist does not separate body from furniture
(headlines 0.38-0.64, body paragraphs 0.30-0.85 stopword density), so density only lifts
long unpunctuated lines here; punctuation and position carry most of the weight.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from enum import IntEnum

from cleannews.claims import Claim, Context, Role, SpanView
from cleannews.lexicon import Lexicon
from cleannews.normalise import fold
from cleannews.page import Line

__all__ = ["Grade", "grade_line", "remove_unscored_edges"]

FRAGMENT_MAX_WORDS = 6  # an unpunctuated line this short is a label, not a paragraph
MIN_LETTER_SHARE = 0.5  # below it a line is numbers and symbols: a counter, a time, a rule
SENTENCE_DENSITY = 0.15  # function-word share that makes a long unpunctuated line a sentence
LONG_LINE_WORDS = 10
PUNCTUATED_SHARE = 0.5  # a page whose long lines mostly lack full stops is not graded
_CONJUNCTION_RE = re.compile(r"^[وف][\u0621-\u064a]{2,}")
_HANDLE_RE = re.compile(r"^(?:[@#]\S+\s*)+$|^(?:https?://|www\.)\S+$")


class Grade(IntEnum):
    BAD = 0
    SHORT = 1
    GOOD = 2


def grade_line(line: Line, repeats: int, lexicon: Lexicon) -> Grade:
    """Phase one: a grade from the line alone (and how often the page prints it)."""
    text = line.text
    if line.is_prose:
        return Grade.GOOD
    if _letter_share(text) < MIN_LETTER_SHARE or _HANDLE_RE.match(text):
        return Grade.BAD
    if line.ends_sentence and line.n_words >= 3:
        return Grade.GOOD
    if repeats > 1:
        return Grade.BAD
    if line.bullet_text is not None or text.endswith((":", "،", ",")) or line.ends_sentence:
        return Grade.SHORT
    if line.n_words >= 3 and _CONJUNCTION_RE.match(text):
        return Grade.SHORT
    if line.n_words >= LONG_LINE_WORDS and _density(text, lexicon) >= SENTENCE_DENSITY:
        return Grade.GOOD
    return Grade.BAD if line.n_words <= FRAGMENT_MAX_WORDS else Grade.SHORT


def _letter_share(text: str) -> float:
    visible = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in visible) / len(visible) if visible else 0.0


def _density(text: str, lexicon: Lexicon) -> float:
    words = fold(text).split()
    return sum(w in lexicon.function_words for w in words) / len(words)


def remove_unscored_edges(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims bad-graded lines before the first and after the last paragraph of the text;
    short and good lines there (a deck, a list that ends the article) stay.

    Risk: a closing line of a few words without a full stop (`والله أعلم`) is removed; pages
    that do not end their paragraphs with full stops are left alone, since the grades rely on
    punctuation.
    """
    free = view.free_lines()
    counts, lexicon = view.text_counts, ctx.lexicon
    first = next((n for n, line in enumerate(free) if line.is_prose), None)
    if first is None:
        return
    last = next(n for n in range(len(free) - 1, -1, -1) if free[n].is_prose)
    if (first == 0 and last == len(free) - 1) or not _punctuates(free):
        return
    for line in (*free[:first], *free[last + 1 :]):
        if grade_line(line, counts[line.text], lexicon) is Grade.BAD:
            yield Claim(line.index, Role.REMOVED, "low_score_at_edge")


def _punctuates(free: Sequence[Line]) -> bool:
    long = [line for line in free if line.n_words >= LONG_LINE_WORDS]
    return not long or sum(line.ends_sentence for line in long) >= PUNCTUATED_SHARE * len(long)
