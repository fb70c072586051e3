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
from collections import Counter
from collections.abc import Iterator, Sequence
from enum import IntEnum
from functools import partial

from pydantic import Field

from cleannews.claims import Claim, Context, Role, Settings, SpanView
from cleannews.lexicon import Lexicon
from cleannews.normalise import fold
from cleannews.page import QUESTION_END, Line
from cleannews.signals import sells

__all__ = ["Grade", "grade_line", "remove_unscored_edges"]


class ScoringSettings(Settings):
    fragment_max_words: int = Field(
        6, ge=1, description="an unpunctuated line this short is a label, not a paragraph"
    )
    min_letter_share: float = Field(
        0.5, ge=0, le=1, description="below it a line is numbers and symbols (a counter, a rule)"
    )
    sentence_density: float = Field(
        0.15, ge=0, le=1, description="function-word share that makes a long line a sentence"
    )
    long_line_words: int = Field(10, ge=1, description="a line this long is graded on density")
    punctuated_share: float = Field(
        0.5, ge=0, le=1, description="a page whose long lines mostly lack full stops is not graded"
    )
    no_letter_max_words: int = Field(3, ge=1, description="longest letterless line removed")
    poll_min_answers: int = Field(2, ge=1, description="fewest answers under a closing question")
    poll_max_answer_words: int = Field(3, ge=1, description="longest poll answer")
    poll_max_question_words: int = Field(20, ge=1, description="longest poll question")


_DEFAULTS = ScoringSettings()
# possessive: a run of `#` reads one way only (`(?:#\S+\s*)+` tries every split of it)
_HANDLE_RE = re.compile(r"^(?:[@#]\S++\s*+)++$|^(?:https?://|www\.)\S+$")


class Grade(IntEnum):
    BAD = 0
    SHORT = 1
    GOOD = 2


def grade_line(line: Line, repeats: int, lexicon: Lexicon, s: ScoringSettings = _DEFAULTS) -> Grade:
    """Phase one: a grade from the line alone (and how often the page prints it)."""
    text = line.text
    if sells(line, lexicon):
        return Grade.BAD  # "تابعوا آخر الأخبار عبر ...", a sentence that sells, not tells
    if line.is_prose:
        return Grade.GOOD
    if _letter_share(text) < s.min_letter_share or _HANDLE_RE.match(text):
        return Grade.BAD
    if line.ends_sentence and line.n_words >= 3:
        return Grade.GOOD
    if repeats > 1:
        return Grade.BAD
    if line.bullet_text is not None or text.endswith((":", "،", ",")) or line.ends_sentence:
        return Grade.SHORT
    opening = lexicon.patterns_for(line).get("body_opening")
    if line.n_words >= 3 and opening is not None and opening.match(text):
        return Grade.SHORT
    if line.n_words >= s.long_line_words and _density(text, lexicon) >= s.sentence_density:
        return Grade.GOOD
    return Grade.BAD if line.n_words <= s.fragment_max_words else Grade.SHORT


def _letter_share(text: str) -> float:
    visible = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in visible) / len(visible) if visible else 0.0


def _density(text: str, lexicon: Lexicon) -> float:
    words = fold(text).split()
    return sum(w in lexicon.phrases["function_words"] for w in words) / len(words)


def remove_unscored_edges(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims bad-graded lines before the first and after the last good line of the text,
    a reader poll that ends it, and lines with no letter at all (`***`, `01:25`) anywhere.

    Short lines outside the running text (a deck, a list that ends the article) stay, and so
    does every line with letters inside it.

    A line closing the text with a colon above furniture other passes removed, so that it
    introduces nothing (a promo's `... من أجلك:` above its widgets), goes too.

    Risk: a closing line of a few words without a full stop (`والله أعلم`) is removed; pages
    that do not end their paragraphs with full stops are not graded at the edges, since the
    grades rely on punctuation.
    """
    free = view.free_lines()
    if not free:
        return
    s = ctx.settings(ScoringSettings)
    for line in free:
        text = line.text
        if line.n_words <= s.no_letter_max_words and not text[0].isalpha() and not _letters(text):
            yield Claim(line.index, Role.REMOVED, "no_letters")
    grade = partial(_grade, counts=view.text_counts, lexicon=ctx.lexicon, s=s)
    first = next((n for n, line in enumerate(free) if grade(line) is Grade.GOOD), None)
    if first is None:
        return
    last = next(n for n in range(len(free) - 1, -1, -1) if grade(free[n]) is Grade.GOOD)
    poll = _poll_at_end(free, last, s)
    if poll:  # the text ends at its last good line above the poll's question
        last = next((n for n in range(last - 1, -1, -1) if grade(free[n]) is Grade.GOOD), last - 1)
    if (first == 0 and last == len(free) - 1) or not _punctuates(free, s):
        return
    in_poll = {line.index for line in poll}
    kept_after = 0  # tail lines left in the text
    for at in (*range(first), *range(last + 1, len(free))):
        line = free[at]
        if grade(line) is Grade.BAD or _lone_bullet(free, at) or line.index in in_poll:
            yield Claim(line.index, Role.REMOVED, "low_score_at_edge")
        elif at > last:
            kept_after += 1
    closing = free[-1]
    if (
        kept_after == 1
        and last < len(free) - 1
        and closing.text.endswith((":", "："))
        and view.next_text_line(closing.index) is not None  # furniture follows, not the list
    ):
        yield Claim(closing.index, Role.REMOVED, "dangling_intro")  # introduces nothing


def _grade(line: Line, counts: Counter[str], lexicon: Lexicon, s: ScoringSettings) -> Grade:
    return grade_line(line, counts[line.text], lexicon, s)


def _letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _poll_at_end(free: list[Line], last: int, s: ScoringSettings) -> list[Line]:
    """`هل تتوقع ...؟` then two or more answers of a few words, closing the span: a poll."""
    answers = free[last + 1 :]
    question = free[last]
    if (
        len(answers) >= s.poll_min_answers
        and question.text.endswith(QUESTION_END)
        and question.n_words <= s.poll_max_question_words
        and all(a.n_words <= s.poll_max_answer_words and not a.ends_sentence for a in answers)
    ):
        return [question, *answers]
    return []


def _lone_bullet(free: list[Line], at: int) -> bool:
    """A single bullet line outside the text (`* كاتب وأكاديمي`): a list has siblings."""
    line = free[at]
    if line.bullet_text is None or line.ends_sentence:
        return False
    neighbours = free[max(0, at - 1) : at] + free[at + 1 : at + 2]
    return not any(n.bullet_text is not None or n.text.endswith(":") for n in neighbours)


def _punctuates(free: Sequence[Line], s: ScoringSettings) -> bool:
    long = [line for line in free if line.n_words >= s.long_line_words]
    return not long or sum(line.ends_sentence for line in long) >= s.punctuated_share * len(long)
