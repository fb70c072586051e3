"""Split a page into article spans: the main article and those appended after it.

Two signals open a new article anywhere on a page:
- a lead block around an anchor widget: headline, caption(s), `TT`, the headline again;
- a read-also marker alone on its line, after the previous article's footers, followed by a
  headline and running text.
A read-also marker followed by teaser titles only is left to the related pass.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, replace

from cleannews.lexicon import Lexicon
from cleannews.page import Line, Page
from cleannews.signals import (
    content_words,
    credit_caption,
    is_anchor_widget,
    is_read_also_marker,
    is_widget,
    label_value,
    looks_like_headline,
)

__all__ = ["Span", "split_articles"]

MARKER_WORDS = 4  # anchor widgets and read-also markers are at most this long
LEAD_WINDOW = 12  # non-blank lines searched back from an anchor widget
MAX_LEAD_LINES = 6  # lines allowed between the headline's nearest copy and the anchor
ARTICLE_MIN_PROSE_LINES = 2
ARTICLE_LOOKAHEAD = 8
FOOTER_WINDOW = 4  # text lines before a read-also marker searched for footers
FOOTER_SEARCH = 12  # ... and how far back a footer label may stand above a tag list
PREAMBLE_ARTICLE_PROSE = 2  # a teaser preview above the headline is one line
LEAD_SHARED_WORDS = 3  # content words a new article's lead shares with its headline
SOURCE_LINE_WORDS = 8
TOP_HEADLINE_WORDS = 4  # the longest `المصدر: SITE` line that closes a listing item


@dataclass(frozen=True)
class Span:
    """Lines `[start, end)` of the page that hold one article."""

    start: int
    end: int
    anchor: int | None = None  # the anchor widget line, when the lead block has one
    headline: int | None = None  # the line the segmenter took for the headline
    marker: int | None = None  # the read-also line that announced this article


def split_articles(
    page: Page,
    lexicon: Lexicon,
    *,
    ignore: Container[int] | None = None,
    opens: Sequence[int] = (),
) -> list[Span]:
    """Spans in reading order covering every line of the page exactly once.

    HTML pages: lines in `ignore` (those the DOM evidence decided) open no article and count
    for none; each line in `opens` opens one (an appended `<article>` element).
    """
    lines = page.lines
    text_lines = [line for line in lines if line.text]
    if ignore:
        text_lines = [line for line in text_lines if line.index not in ignore]
    starts: dict[int, Span] = {}
    short = [(pos, line) for pos, line in enumerate(text_lines) if line.n_words <= MARKER_WORDS]
    content = _NextContent(text_lines, lexicon)
    for pos, line in short:
        if is_anchor_widget(line, lexicon) and not _next_is_anchor(text_lines, pos, lexicon):
            found = _lead_start(text_lines, pos, lexicon, content.after(pos))
            if found is not None:
                starts.setdefault(found.start, found)
    for pos, line in short:
        if pos + 1 == len(text_lines) or not is_read_also_marker(line, lexicon):
            continue
        nxt = text_lines[pos + 1]
        if nxt.index in starts:
            starts[line.index] = replace(starts.pop(nxt.index), start=line.index, marker=line.index)
        elif _article_follows(text_lines, pos, lexicon) and (
            _article_ended(text_lines, pos, lexicon)
            or _lead_restates_headline(text_lines, pos, lexicon)
        ):
            starts[line.index] = Span(line.index, 0, headline=nxt.index, marker=line.index)
    for pos in _source_footers(text_lines, lexicon):
        nxt = text_lines[pos + 1]
        if nxt.index not in starts and _next_item_follows(text_lines, pos, lexicon):
            starts[nxt.index] = Span(nxt.index, 0, headline=nxt.index)
    for index in opens:
        if not any(s.start <= index <= (s.headline or s.start) for s in starts.values()):
            starts.setdefault(index, Span(index, 0))
    ordered = sorted(starts.values(), key=lambda s: s.start)
    if not ordered or _preamble_is_article(
        [line for line in text_lines if line.index < ordered[0].start]
        if ignore
        else lines[: ordered[0].start],
        ordered[0],
    ):
        ordered.insert(0, Span(0, 0))
    ends = [s.start for s in ordered[1:]] + [len(lines)]
    spans = [replace(s, end=end) for s, end in zip(ordered, ends, strict=True)]
    spans[0] = replace(spans[0], start=0)
    return spans


def _next_is_anchor(text_lines: Sequence[Line], pos: int, lexicon: Lexicon) -> bool:
    """`TT` printed twice anchors once, on its last copy."""
    return pos + 1 < len(text_lines) and is_anchor_widget(text_lines[pos + 1], lexicon)


class _NextContent:
    """The first line after a position that is not a widget, each line tested once in all:
    every position a search walks over remembers the answer (no rescan per anchor)."""

    def __init__(self, text_lines: Sequence[Line], lexicon: Lexicon) -> None:
        self.text_lines = text_lines
        self.lexicon = lexicon
        self.found: dict[int, Line | None] = {}

    def after(self, pos: int) -> Line | None:
        walked = []
        result: Line | None = None
        for at in range(pos + 1, len(self.text_lines)):
            if at in self.found:
                result = self.found[at]
                break
            walked.append(at)
            line = self.text_lines[at]
            if not is_widget(line, self.lexicon):
                result = line
                break
        for at in walked:
            self.found[at] = result
        return result


def _lead_start(
    text_lines: Sequence[Line], pos: int, lexicon: Lexicon, after: Line | None
) -> Span | None:
    """Walk back from the anchor over captions and repeated headlines to the first headline.

    When the line after the anchor repeats a headline-like line before it, that line is the
    headline (a sentence, a bullet or a bare credit repeated around `TT` is not) and
    anything between its nearest copy and the anchor (an uncredited caption, a deck) belongs
    to the lead block. Otherwise the headline is the first line, walking back, that is not a
    repeated line, a widget or a credited caption.
    """
    following = text_lines[pos + 1 : pos + 1 + LEAD_WINDOW]
    if after is None or not any(line.is_prose for line in following):
        return None  # a font-size control at the foot of a page opens nothing
    window = text_lines[max(0, pos - LEAD_WINDOW) : pos]
    texts = [line.text for line in window]
    last = len(window) - 1
    # the headline printed again after the anchor; a sentence repeated is not a headline
    repeated = after.text in texts and looks_like_headline(after, lexicon)
    if repeated:
        nearest = last - texts[::-1].index(after.text)
        if last - nearest > MAX_LEAD_LINES:
            return None
        last, start = nearest - 1, window[nearest]
    else:
        start = None
    for line in window[last::-1] if last >= 0 else []:
        if repeated and line.text == after.text:
            start = line
            continue
        if texts.count(line.text) > 1 or is_widget(line, lexicon) or credit_caption(line, lexicon):
            continue
        if start is None and looks_like_headline(line, lexicon):
            start = line
        break
    if start is None:
        return None
    return Span(start.index, 0, anchor=text_lines[pos].index, headline=start.index)


def _article_follows(text_lines: Sequence[Line], pos: int, lexicon: Lexicon) -> bool:
    """A headline then running text follow the marker, not a list of teaser titles."""
    following = text_lines[pos + 1 : pos + 1 + ARTICLE_LOOKAHEAD]
    if not following or not looks_like_headline(following[0], lexicon):
        return False
    prose = sum(1 for line in following[1:] if line.is_prose)
    return prose >= ARTICLE_MIN_PROSE_LINES


def _source_footers(text_lines: Sequence[Line], lexicon: Lexicon) -> list[int]:
    """Positions of `المصدر: SITE` lines right under running text, with a line after them: on
    a listing page (archive, tag, feed) the source line closes one item and the next item's
    headline follows it."""
    labels = lexicon.phrases["source_labels"]
    return [
        pos
        for pos, line in enumerate(text_lines[:-1])
        if line.n_words <= SOURCE_LINE_WORDS  # the count first: most lines are longer
        and pos > 0
        and text_lines[pos - 1].is_prose
        and (":" in line.text or "：" in line.text)
        and label_value(line, labels)
    ]


def _next_item_follows(text_lines: Sequence[Line], pos: int, lexicon: Lexicon) -> bool:
    """After a source line: a headline, then (past a date line at most) a lead that retells
    it or two paragraphs; not a teaser title or a list of them."""
    if not looks_like_headline(text_lines[pos + 1], lexicon):
        return False
    after = pos + 2
    if after < len(text_lines) and lexicon.dates.parse(text_lines[after].text, strict=True):
        after += 1  # the item's own date line
    if after >= len(text_lines) or not text_lines[after].is_prose:
        return False
    return _article_follows(text_lines, pos, lexicon) or _lead_restates_headline(
        text_lines, pos, lexicon
    )


def _lead_restates_headline(text_lines: Sequence[Line], pos: int, lexicon: Lexicon) -> bool:
    """Does the first paragraph after the marker's headline retell that headline?

    A news lead restates its headline (`فيضانات تجتاح قرى في جنوب البلاد` / `أجلت ... آلاف
    السكان من قرى في جنوب البلاد`); an inline teaser title is followed by the next paragraph
    of the story it interrupts, which shares a word or two with it at most.
    """
    head = text_lines[pos + 1]
    lead = next((line for line in text_lines[pos + 2 : pos + 4] if line.is_prose), None)
    if lead is None:
        return False
    words = content_words(head.text, lexicon)
    shared = words & content_words(lead.text, lexicon)
    return len(shared) >= LEAD_SHARED_WORDS


def _article_ended(text_lines: Sequence[Line], pos: int, lexicon: Lexicon) -> bool:
    """Did the text before the marker close an article (footers), or is there none?

    Inline `اقرأ أيضا` links in the middle of a body are followed by a title and more body;
    only a marker after the footers (`المصدر:`, `كلمات دلالية:`) opens an appended article.
    """
    before = text_lines[max(0, pos - FOOTER_WINDOW) : pos]
    if not any(line.is_prose for line in before):
        # at the top of the page, a read-also box under the headline opens nothing
        return any(line.is_prose for line in text_lines[:pos]) or not any(
            line.n_words >= TOP_HEADLINE_WORDS and looks_like_headline(line, lexicon)
            for line in text_lines[:pos]
        )
    prose = 0  # tags under a bare `Mots-clés :` label, a player notice: still the footer
    for line in reversed(text_lines[max(0, pos - FOOTER_SEARCH) : pos]):
        if label_value(line, lexicon.metadata_labels) is not None:
            return True
        prose += line.is_prose
        if prose > 1:
            return False
    return False


def _preamble_is_article(lines: Sequence[Line], first: Span) -> bool:
    """Is the text before the first start an article of its own?

    Before a read-also marker, any text is: the marker says another article follows.
    Before a lead block, only two or more sentences are; menus, tickers and a one-line
    teaser preview stay with the block, whose headline pass removes them.
    """
    if first.anchor is None:
        return any(line.text for line in lines)
    return sum(1 for line in lines if line.is_prose) >= PREAMBLE_ARTICLE_PROSE
