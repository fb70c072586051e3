"""Related-article blocks (`مقالات ذات صلة`, `مقالات مشابهة`, `اقرأ أيضا`) turned into teasers.

Two layouts are read. A bullet list gives one title per line. A teaser grid gives, per item,
an image line (section label + caption + credit), the title (sometimes printed before and
after the image), a one-sentence snippet and a byline such as `«الشرق الأوسط» (موسكو)`.
The block ends at the end of the span, or where running text resumes: two sentences in a
row, where a teaser has room for one.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from pydantic import Field

from cleannews.claims import Claim, Context, Role, Settings, SpanView
from cleannews.lexicon import Lexicon
from cleannews.models import Image, RelatedArticle
from cleannews.normalise import fold
from cleannews.page import QUESTION_END, Line
from cleannews.signals import (
    BYLINE_MAX_WORDS,
    HEADLINE_MAX_WORDS,
    credit_caption,
    is_byline,
    is_read_also_marker,
    is_related_heading,
    label_value,
    looks_like_headline,
)

READ_ALSO_MIN_WORDS = 3
FOLD_SLACK_CHARS = 8  # characters folding may drop from a read-also marker


class RelatedSettings(Settings):
    max_inline_teaser_words: int = Field(25, ge=1, description="longest `اقرأ أيضا: title` line")
    max_question_title_words: int = Field(20, ge=1, description="longest question teaser title")


@dataclass
class _Teaser:
    """One item being read; `closed` once its byline is seen."""

    title: Line | None = None
    image: Line | None = None
    summary: Line | None = None
    byline: Line | None = None
    extra: list[tuple[Line, str]] = field(default_factory=list)
    closed: bool = False


def extract_related_block(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims a related heading and the teaser items under it; inline `اقرأ أيضا: title` too.

    Risk: after a heading, short lines and one snippet per item are taken for teasers; a
    heading with article text under it keeps that text, since a second sentence ends the block.
    """
    lexicon = ctx.lexicon
    settings = ctx.settings(RelatedSettings)
    starts = lexicon.read_also_starts
    if not any(_opens_block(line, lexicon) for line in view.free_label_lines()) and not any(
        line.n_words <= settings.max_inline_teaser_words
        and line.text.startswith(starts)
        and read_also_title(line, lexicon)
        for line in view.free_lines()
    ):
        return
    lines = view.free_lines()
    pos = 0
    while pos < len(lines):
        line = lines[pos]
        if is_related_heading(line, lexicon) or is_read_also_marker(line, lexicon):
            yield Claim(line.index, Role.REMOVED, "related_heading")
            snippets = is_related_heading(line, lexicon)  # `اقرأ أيضا` lists titles only
            teasers, pos = _read_block(lines, pos + 1, lexicon, settings, snippets=snippets)
            yield from _teaser_claims(teasers, lexicon)
            continue
        value = read_also_title(line, lexicon)
        if value and line.n_words <= settings.max_inline_teaser_words:
            yield Claim(line.index, Role.RELATED, "read_also_teaser", RelatedArticle(title=value))
        pos += 1


def _opens_block(line: Line, lexicon: Lexicon) -> bool:
    """A heading, a read-also marker, or an inline `اقرأ أيضا: title`."""
    if is_related_heading(line, lexicon) or is_read_also_marker(line, lexicon):
        return True
    return bool(read_also_title(line, lexicon))


def read_also_title(line: Line, lexicon: Lexicon) -> str | None:
    """The teaser title of `اقرأ أيضا: title`, `Lire aussi : titre`, `À lire aussi Titre`, and
    of `Lire aussiTitre`, glued by a scraper that lost the line break."""
    if line.label is not None:
        value = label_value(line, lexicon.phrases["read_also"]) or label_value(
            line, lexicon.phrases["related_headings"]
        )
        if value:
            return value
    prefix = lexicon.read_also_prefix_re
    if prefix is None or line.n_words < READ_ALSO_MIN_WORDS or line.ends_sentence:
        return None
    if line.text.split(" ", 1)[0] not in lexicon.read_also_firsts:
        return None
    match = prefix.match(line.key)
    if match is None:
        return None
    text = line.text
    start = _title_start(text, line.key, match)
    if start is None:
        return None
    first = text[start : start + 1]
    if not match.group("glue") and (first.islower() or not first.isalpha()):
        return None  # "lire aussibien": a word that merely starts like the marker
    return text[start:].strip() or None


def _title_start(text: str, key: str, match: re.Match[str]) -> int | None:
    """Where the title starts in the printed text. Folding may have dropped marks before it
    (the tanween of `أيضاً`): then the title is the suffix that folds to the key's title."""
    start = match.start("title")
    if len(key) == len(text):
        return start
    title = fold(match.group("title"))
    for cut in range(start, min(len(text), start + FOLD_SLACK_CHARS)):
        if fold(text[cut:]) == title:
            at = cut
            while at < len(text) and (text[at] == "ـ" or unicodedata.category(text[at]) == "Mn"):
                at += 1  # the marker's own marks, not the title's first letter
            return at
    return None


def _is_teaser_image(line: Line, lexicon: Lexicon) -> bool:
    if credit_caption(line, lexicon) is not None:
        return True
    paren = line.trailing_paren
    return (
        paren is not None
        and line.n_words > BYLINE_MAX_WORDS
        and fold(paren[1]) not in lexicon.phrases["non_credits"]
    )


def _is_question_title(line: Line, current: _Teaser | None, settings: RelatedSettings) -> bool:
    """`لماذا ينسحب الجيش...؟` ends like a sentence but stands where the title goes."""
    return (
        (current is None or (current.title is None and current.summary is None))
        and line.n_words <= settings.max_question_title_words
        and line.text.endswith((*QUESTION_END, "!"))
    )


def _read_block(
    lines: Sequence[Line],
    pos: int,
    lexicon: Lexicon,
    settings: RelatedSettings,
    *,
    snippets: bool = True,
) -> tuple[list[_Teaser], int]:
    """Teasers from `lines[pos:]`, and the position where the block ends.

    Without `snippets` (under a read-also marker) the first sentence ends the block: an
    inline `اقرأ أيضا` title is followed by the story it interrupted, not by a teaser text.
    """
    teasers: list[_Teaser] = []

    def start(title: Line | None = None) -> _Teaser:
        teasers.append(_Teaser(title=title))
        return teasers[-1]

    current: _Teaser | None = None
    while pos < len(lines):
        line = lines[pos]
        if is_related_heading(line, lexicon):
            break
        if line.bullet_text is not None:
            current = start(title=line)
            current.closed = True
        elif current is not None and is_byline(line, lexicon):
            current.byline, current.closed = line, True
        elif _is_teaser_image(line, lexicon):
            if current is None or current.closed or current.image or current.summary:
                current = start()
            current.image = line
        elif line.is_prose and not _is_question_title(line, current, settings):
            nxt = lines[pos + 1] if pos + 1 < len(lines) else None
            if not snippets or current is None or current.summary is not None:
                break
            if nxt and nxt.is_prose:
                break  # running text again: a snippet is one sentence, never two in a row
            if current.image is None and not (nxt and is_byline(nxt, lexicon)):
                break  # a grid teaser's snippet sits under its image or above its byline
            current.summary = line
        elif current is not None and current.title is not None and line.text == current.title.text:
            current.extra.append((line, "repeated_teaser_title"))
        elif current is None or current.closed or current.title is not None or current.summary:
            current = start(title=line)
        else:
            current.title = line
        pos += 1
    return teasers, pos


def _teaser_claims(teasers: list[_Teaser], lexicon: Lexicon) -> Iterator[Claim]:
    images = [t.image for t in teasers if t.image is not None]
    first_words = Counter(line.text.split(" ", 1)[0] for line in images)
    for teaser in teasers:
        image = _teaser_image(teaser.image, lexicon, first_words) if teaser.image else None
        if teaser.title is not None:
            title = teaser.title.bullet_text or teaser.title.text
            item = RelatedArticle(
                title=title,
                section=image[0] if image else None,
                summary=teaser.summary.text if teaser.summary else None,
                byline=teaser.byline.text if teaser.byline else None,
                image=image[1] if image else None,
            )
            reason = "related_list_item" if teaser.title.bullet_text else "related_teaser"
            yield Claim(teaser.title.index, Role.RELATED, reason, item)
        for part, reason in (
            (teaser.image, "teaser_image"),
            (teaser.summary, "teaser_summary"),
            (teaser.byline, "teaser_byline"),
        ):
            if part is not None:
                yield Claim(part.index, Role.RELATED, reason)
        for part, reason in teaser.extra:
            yield Claim(part.index, Role.RELATED, reason)


def _teaser_image(
    line: Line, lexicon: Lexicon, first_words: Counter[str]
) -> tuple[str | None, Image]:
    """Split `أوروبا صورة للمواطن ... (وسائل إعلام روسية)` into section and image."""
    paren = line.trailing_paren
    caption, credit = (paren[0], paren[1]) if paren else (line.text, None)
    words = caption.split(" ")
    section: str | None = None
    for n in range(min(lexicon.max_section_words, len(words) - 1), 0, -1):
        if fold(" ".join(words[:n])) in lexicon.phrases["sections"]:
            section = " ".join(words[:n])
            break
    if section is None and len(words) > 2 and first_words[words[0]] >= 2:
        section = words[0]
    if section is not None:
        caption = caption[len(section) :].strip()
    return section, Image(caption=caption, credit=credit)


class TeaserRunSettings(Settings):
    min_run: int = Field(2, ge=2, description="fewest cut titles in a row that make a teaser run")
    max_words: int = Field(30, ge=3, description="longest line taken for a cut teaser title")
    min_titles: int = Field(
        5, ge=2, description="fewest uncut titles that end a page and make a teaser run"
    )


def extract_teaser_run(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims a run of titles cut with an ellipsis after the article's last sentence
    (`... بعد فوزه على…`), with a headline-shaped line that closes the run: teaser grids
    printed as text with no heading above them.

    Five or more uncut titles that end the page after the last sentence are a run too.

    Risk: an article ending in two or more lines that each trail off with `…` loses them; a
    body line in the run must end in an ellipsis, so one such line alone stays. An article
    that ends on five unpunctuated headline-shaped lines (a list without bullets) loses them.
    """
    s = ctx.settings(TeaserRunSettings)
    free = view.free_lines()
    last = next((n for n in range(len(free) - 1, -1, -1) if _ends_text(free[n])), -1)
    run: list[Line] = []
    for line in free[last + 1 :]:
        if line.n_words <= s.max_words and line.text.endswith(_ELLIPSES):
            run.append(line)
        elif len(run) >= s.min_run and looks_like_headline(line, ctx.lexicon):
            run.append(line)  # an uncut title at the end of the grid
            break
        elif run:
            break
    if len(run) < s.min_run:
        run = _title_run(free[last + 1 :], ctx, s) if last >= 0 else []
        if run:
            run = _titles_above(free[: last + 1], ctx) + run
    for line in run:
        title = line.text.rstrip(" .…")
        yield Claim(line.index, Role.RELATED, "teaser_run", RelatedArticle(title=title))


def _title_run(tail: list[Line], ctx: Context, s: TeaserRunSettings) -> list[Line]:
    """`Two men charged after town-centre break-in`, `Spring Choir Concert`, ...: after
    the text's last sentence, nothing but titles to the end of the page (one cut line at most
    after them): a list of other articles printed without its heading."""
    run = []
    for line in tail:
        if (
            line.bullet_text is not None
            or line.ends_sentence
            or line.n_words > s.max_words
            or not looks_like_headline(line, ctx.lexicon)
        ):
            break
        run.append(line)
    if len(run) < s.min_titles or len(tail) - len(run) > 1 or _structured_list(run, ctx):
        return []
    return run


def _titles_above(head: list[Line], ctx: Context) -> list[Line]:
    """Titles of the same list printed above the line taken for the text's last sentence:
    that line was a title too when it is one short sentence with two titles or more above it
    (`Council fined over late repairs.` in a list of unpunctuated titles). The list ends at
    the first line that is neither, as the text above it does."""
    taken: list[Line] = []
    stop_at: int | None = None  # where the one title with a full stop stands in `taken`
    for line in reversed(head):
        if not line.ends_sentence and looks_like_headline(line, ctx.lexicon):
            taken.append(line)
        elif stop_at is None and _one_short_sentence(line):
            stop_at = len(taken)
            taken.append(line)
        else:
            break
    if stop_at is not None and len(taken) - stop_at - 1 < 2:
        taken = taken[:stop_at]
    return taken[::-1]


def _one_short_sentence(line: Line) -> bool:
    text = line.text
    return (
        line.ends_sentence
        and line.bullet_text is None
        and line.n_words <= HEADLINE_MAX_WORDS
        and not any(mark in text[:-1] for mark in _INNER_STOPS)
    )


_INNER_STOPS = (". ", "? ", "! ", "؟ ")


def _structured_list(run: list[Line], ctx: Context) -> bool:
    """`June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre`, ...: items of one shape (a date
    or number first, or one mark inside most of them) are the article's own list, not titles
    of other articles, which share nothing but their shape as headlines."""
    month = ctx.lexicon.dates.month_re
    dated = sum(
        1
        for line in run
        if line.text[0].isdigit() or (month is not None and month.match(line.key) is not None)
    )
    if 2 * dated >= len(run):
        return True
    return any(2 * sum(mark in line.text for line in run) >= len(run) for mark in _LIST_MARKS)


_LIST_MARKS = (" – ", " — ", " - ", " @ ", ": ", " | ")


_ELLIPSES = ("…", "...")
STAMP_MIN_CHARS = 8  # `2 حزيران، 2018` glued to each title of a listing
STAMP_MIN_RUN = 3


def extract_stamped_listing(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims a run of lines that all open with the same date or time stamp glued to a title
    (`2 حزيران (يونيو)، 2018TITLE`): a listing of other articles, each printed with its date.
    No text starts three lines running with one dated string.

    Risk: a list whose items all open with the same dated phrase (`في 2 حزيران ...`) is taken
    for a listing.
    """
    free = view.free_lines()
    heads = [line.text[:STAMP_MIN_CHARS] for line in free]
    if len(set(heads)) == len(heads):
        return  # no two lines open alike: one slice a line, not the run's bookkeeping
    run: list[Line] = []
    stamp = ""
    for line in [*free, None]:
        if line is not None and run and _shares_stamp(run[-1].text, line.text):
            # character by character is what is meant here: the stamp is a string's prefix,
            # the one every line of the run shares (two titles may open with one letter)
            stamp = os.path.commonprefix([stamp or run[-1].text, line.text])  # noqa: RUF071
            run.append(line)
            continue
        if len(run) >= STAMP_MIN_RUN and _is_date_stamp(stamp, ctx):
            for item in run:
                title = item.text[len(stamp) :].strip()
                if title:
                    yield Claim(
                        item.index, Role.RELATED, "stamped_listing", RelatedArticle(title=title)
                    )
                else:
                    yield Claim(item.index, Role.REMOVED, "stamped_listing")
        run, stamp = ([line] if line is not None else []), ""


def _is_date_stamp(stamp: str, ctx: Context) -> bool:
    """The shared opening is a date or a time (`2 حزيران (يونيو)، 2018`, `10:30`), not the
    start of a numbered list (`• بند رقم 0`)."""
    if not any(ch.isdigit() for ch in stamp):
        return False
    dates = ctx.lexicon.dates
    return dates.parse(stamp) is not None or dates.time_re.search(stamp) is not None


def _shares_stamp(previous: str, text: str) -> bool:
    if text == previous:
        return False  # a line printed twice is a caption's copy, not another title
    head = previous[:STAMP_MIN_CHARS]
    return len(head) == STAMP_MIN_CHARS and text.startswith(head)


def _ends_text(line: Line) -> bool:
    """A sentence of the text: prose that neither trails off into a cut teaser nor
    exclaims like a teaser's title."""
    return line.is_prose and not line.text.endswith((*_ELLIPSES, "!"))
