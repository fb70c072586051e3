"""The headline: found once, its repeats and whatever the page printed above it removed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pydantic import Field

from cleannews.claims import Claim, Context, Role, Settings, SpanView
from cleannews.lexicon import Lexicon
from cleannews.models import Image
from cleannews.normalise import fold
from cleannews.page import CLAUSE_MARKS, QUESTION_END, Line
from cleannews.passes.chrome import CRUMB_SPLIT_RE, URL_RE
from cleannews.signals import (
    SCRAPER_STAMP_RE,
    arabic_name_shaped,
    byline_parts,
    caption_label,
    content_words,
    credit_caption,
    credited_copy,
    credits_line_above,
    dated_dateline,
    honorific_name,
    is_credit_line,
    is_label_pair,
    is_opinion_title,
    is_read_also_marker,
    is_related_heading,
    looks_like_headline,
)

REPEATED_MIN_WORDS = 4
MARKUP_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>")  # an HTML tag
_TITLE_MARKS = ("..", ":", "|", "-", "–", "—", "،")
CREDIT_LINE_WORDS = 8  # `Crédit photos : NAME`
TITLE_OVER_BULLETS_WORDS = (8, 60)
SUMMARY_BULLET_WORDS = 8  # a summary's bullet is a sentence, a menu's a word or two
CRUMB_MAX_WORDS = 4  # words of a section name in a breadcrumb trail
INTRO_MIN_WORDS = 12
MENU_ROW_SEPARATORS = 2
COUNTER_WORDS = 3
MENU_REPEATS = 3
MENU_ROW_WORDS = 12
PARAGRAPH_WORDS = 18
PARAGRAPH_CLAUSES = 2
REPEATED_BONUS = 1.5
OPINION_BONUS = 1.5  # `أخبار - رياضة - ثقافة`: a row of menu items


class HeadlineSettings(Settings):
    search: int = Field(4, ge=1, description="lines looked at for a headline with no lead block")
    above_max_words: int = Field(2, ge=1, description="longest site or section name above it")
    question_max_words: int = Field(16, ge=3, description="longest question taken for a headline")
    long_title_max_words: int = Field(
        30, ge=3, description="longest question or trailing title taken when the text backs it"
    )
    window: int = Field(
        40, ge=1, description="lines above the running text scored as headline candidates"
    )
    min_score: float = Field(
        1.5, ge=0, description="least evidence (words shared with the lead, repeats) to choose"
    )
    keep_score: float = Field(
        1.0, ge=0, description="least evidence for the first headline-like line to stand"
    )


def extract_headline(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims the headline, and its repeats in the lead block as `repeated_headline`.

    Risk: on a span with no lead block, a first line that is short and unpunctuated is taken
    for the headline; a body that opens with such a line loses it to the headline. A one- or
    two-word line above it (a site name) is removed as `above_headline`.
    """
    span = view.span
    head: Line | None = None
    if view.headline is not None:  # HTML: the DOM chose it (`dom:h1`); find its repeats
        head, reason = view.headline, ""
    elif span.headline is not None and view.is_free(view.page.lines[span.headline]):
        head = view.page.lines[span.headline]
        reason = "anchored_headline" if span.anchor is not None else "headline_after_marker"
    else:
        skipped, head = _first_headline(view, ctx)
        reason = "first_line_headline"
        if head is None or view.next_text_line(head.index) is None:
            return
        for line in skipped:
            yield Claim(line.index, Role.REMOVED, "above_headline")
    stamp = ctx.lexicon.dates.stamp_re
    headline = clean_headline(head.text, stamp)
    headline = breadcrumb_title(headline, ctx.lexicon) or headline
    headline = _without_site_tail(headline, view) or headline
    if reason:
        yield Claim(head.index, Role.HEADLINE, reason, headline)
    end = view.lead_end_under(head)  # (the first sentence may be a blurb above the headline)
    rest = ""  # the second half of a headline printed on two lines
    for line in view.free_lines(head.index + 1, end):
        if line.text in (head.text, rest) or (
            headline in line.text and clean_headline(line.text, stamp) == headline
        ):
            yield Claim(line.index, Role.REMOVED, "repeated_headline")
            rest = ""
        elif len(line.text) < len(headline) and headline.startswith(line.text):
            rest = _second_half(headline, line.text, view.next_text_line(line.index))
            if rest:
                yield Claim(line.index, Role.REMOVED, "repeated_headline")
            elif _cut_at_a_mark(headline, line):
                yield Claim(
                    line.index, Role.CAPTION, "headline_as_photo_title", Image(caption=line.text)
                )
    counts = view.text_counts
    cut = headline != head.text and counts[headline] > 0  # a breadcrumb's title, printed alone
    if counts[head.text] > 1 or cut:  # printed again under the lead (a photo's title)
        for line in view.free_lines(end):
            if line.text in (head.text, headline):
                yield Claim(line.index, Role.REMOVED, "repeated_headline")


def _first_headline(view: SpanView, ctx: Context) -> tuple[list[Line], Line | None]:
    """The first line that reads as a headline, stepping over what sites print above one.

    Stepped over, for at most `search` lines: a site name or section label (one or
    two words), a `city - site` or `site - author` label, a byline. A two-word line is kept
    only as a fallback: a longer headline-like line before the running text wins over it
    (`بوابة الأهرام` above `افتتاح 3 مدارس جديدة بمحافظة أسوان`). A question ends like a
    sentence but can be a headline. Running text ends the search; a text that opens with its
    byline and then its running text (`القاهرة - أ ش أ`) has no headline.

    That first choice stands when it is right above the running text or the text backs it;
    otherwise the lines above the text are scored on evidence (`_CandidateScorer`).
    """
    s = ctx.settings(HeadlineSettings)
    free = view.free_lines()
    found: tuple[list[Line], Line | None] = ([], None)
    after_menu = _below_site_menu(view, free, ctx)
    if after_menu:
        skipped, head = _search_headline(free[after_menu:], view, ctx, s)
        if head is not None:  # the site's header above the menu goes with it
            header = [line for line in free[:after_menu] if not _photo_line(line, ctx)]
            found = ([*header, *skipped], head)
    if found[1] is None:
        found = _search_headline(free, view, ctx, s)
    head = found[1]
    at = free.index(head) if head is not None else -1
    plausible = head is not None and not (
        _furniture_shaped(head) or _unbacked_short(view, free, at, ctx, s)
    )
    if (
        plausible
        and at + 1 < len(free)
        and _opens_text(free[at + 1], s)
        and not _printed_more_below(view, free, at, s)
    ):
        return found  # right above the running text: the common page, no scoring needed
    scorer = _CandidateScorer(view, free, ctx, s)
    column = scorer.opinion_title()
    above_blurb = scorer.blurb is not None and at < scorer.blurb  # the section's name
    if plausible and column is None and not above_blurb and scorer.supported(at):
        return found
    best = column or scorer.best()
    if best is not None:
        above = [line for line in free[: best[0]] if not _photo_line(line, ctx)]
        return above, best[1]
    return found if plausible else ([], None)


def _unbacked_short(
    view: SpanView, free: list[Line], at: int, ctx: Context, s: HeadlineSettings
) -> bool:
    """`عايدة حسيني` alone above the text: a short line shaped as a name, with no evidence
    of a headline (printed again, or words shared with the two lines under it), is the
    author's, on a page that printed no headline (`تفاصيل الاتفاق` is no name). Whole words:
    a name's stem meets too many (`مبارك`, `المباراة`)."""
    line = free[at]
    if line.n_words > s.above_max_words:
        return False
    if view.text_counts[line.text] > 1 or not arabic_name_shaped(line, ctx.lexicon):
        return False
    lead = " ".join(other.text for other in free[at + 1 : at + 3])
    return not content_words(line.text, ctx.lexicon) & content_words(lead, ctx.lexicon)


def _cut_at_a_mark(headline: str, line: Line) -> bool:
    """`مشهد وطني في افتتاح مدرسة` under `مشهد وطني في افتتاح مدرسة .. والصور تتحدث`: the
    headline up to one of its marks, the photo's title or alt text that sites derive from it."""
    tail = headline[len(line.text) :].lstrip()
    return line.n_words >= REPEATED_MIN_WORDS and tail.startswith(_TITLE_MARKS)


def _second_half(headline: str, first: str, nxt: Line | None) -> str:
    """`مهرجان مسقط..` above `«عِش عُمان»`: the headline broken over two lines; the text of
    the line that completes it, or `""`."""
    if nxt is None or " ".join(f"{first} {nxt.text}".split()) != " ".join(headline.split()):
        return ""
    return nxt.text


def _without_site_tail(headline: str, view: SpanView) -> str | None:
    """`TITLE – موقع قناة المنار – لبنان`: a page's `<title>` printed as its first line; the
    page prints TITLE alone too, and that is the headline."""
    if "–" not in headline and "|" not in headline and "-" not in headline and "—" not in headline:
        return None
    counts = view.text_counts
    for mark in (" – ", " | ", " - ", " — "):
        title = headline.split(mark, 1)[0].strip()
        if title != headline and title.count(" ") >= 2 and counts[title] > 0:
            return title
    return None


def _printed_more_below(view: SpanView, free: list[Line], at: int, s: HeadlineSettings) -> bool:
    """Is the line under the first sentence printed more often than the first choice (as
    title, photo alt, social title)? Then that choice and sentence are a section's name and
    blurb, and the headline is the line printed again and again. A question printed only
    twice is as often a subheading the scraper doubled: it needs a third print."""
    if at + 2 >= len(free):
        return False
    counts = view.text_counts
    below = free[at + 2]
    least = 3 if _is_question_headline(below, s) else 2
    return counts[below.text] >= max(least, counts[free[at].text] + 1) and not below.is_prose


def _repeats_a_word(line: Line) -> bool:
    """`الأخبار أخبار سورية أخبار عربية أخبار دولية`: a row of section names with the
    separators lost, one word printed three times or more; no headline repeats itself so."""
    if line.n_words < MENU_REPEATS or line.n_words > MENU_ROW_WORDS:
        return False
    words = [token.removeprefix("ال") for token in line.key.split(" ")]
    if len(set(words)) > len(words) - MENU_REPEATS + 1:
        return False  # too many different words for one to be there three times: most lines
    return any(n >= MENU_REPEATS and len(word) > 1 for word, n in Counter(words).items())


def _photo_line(line: Line, ctx: Context) -> bool:
    return credit_caption(line, ctx.lexicon) is not None or is_credit_line(line, ctx.lexicon)


class _CandidateScorer:
    """Headline candidates above the running text, scored on evidence that holds on any site.

    Scrapers put tickers, menus, widgets, date stamps and mastheads above the headline, so
    "the first short line" is often wrong. The headline is the line, among those above the
    first paragraph, that shares its words with the lead and is printed more than once
    (title, photo alt, social title, the end of a breadcrumb); the first of equals wins. With
    no such evidence the page has no headline, which beats promoting a stamp or a menu.
    """

    def __init__(self, view: SpanView, free: list[Line], ctx: Context, s: HeadlineSettings) -> None:
        self.view, self.ctx, self.s, self.free = view, ctx, s, free
        self._scores: dict[int, float | None] = {}
        self._best: tuple[int, Line] | bool | None = False  # False: not looked for yet
        self.prose = self._text_start(0)
        self.blurb: int | None = None  # position of a section's blurb above the headline
        after = self._text_start(self.prose + 1)
        counts = view.text_counts
        before = {line.text for line in free[: self.prose]}
        if any(  # a blurb above a headline printed twice is not the text yet
            counts[line.text] > 1
            and line.text not in before
            and looks_like_headline(line, ctx.lexicon)
            for line in free[self.prose + 1 : after]
        ):
            self.blurb, self.prose = self.prose, after
        self.offset = max(0, self.prose - s.window)
        if self.blurb is not None:  # above a blurb stand the section's name and menus
            self.offset = max(self.offset, self.blurb + 1)
        self.window = free[self.offset : self.prose]
        self.lead = [line.text for line in free[self.prose : self.prose + 2]]
        self.lead_words = content_words(" ".join(self.lead), ctx.lexicon, stems=True)

    def _under_heading(self, pos: int) -> bool:
        """Is `free[pos]` the title under a related or read-also heading (a teaser's)?"""
        if pos == 0:
            return False
        above, lexicon = self.free[pos - 1], self.ctx.lexicon
        return is_related_heading(above, lexicon) or is_read_also_marker(above, lexicon)

    def _text_start(self, start: int) -> int:
        ends = min(len(self.free), start + self.s.window)
        return next(
            (
                n
                for n in range(start, ends)
                if _opens_text(self.free[n], self.s)
                and not self._under_heading(n)
                and not _printed_twice_in_lead(self.free[n], self.view, self.s)
            ),
            ends,
        )

    def overlap(self, line: Line) -> float:
        """The share of the line's words the lead uses; a copy of the line in the lead is not
        the lead speaking of it (a question printed again below the text)."""
        lexicon = self.ctx.lexicon
        words = content_words(line.text, lexicon, stems=True)
        lead_words = self.lead_words
        if line.text in self.lead:
            others = " ".join(text for text in self.lead if text != line.text)
            lead_words = content_words(others, lexicon, stems=True)
        return len(words & lead_words) / len(words) if words else 0.0

    def score(self, pos: int) -> float | None:
        """Evidence that `free[pos]` is the headline, None for a line that cannot be one."""
        if pos not in self._scores:
            self._scores[pos] = self._score(pos)
        return self._scores[pos]

    def _score(self, pos: int) -> float | None:
        line, lexicon = self.free[pos], self.ctx.lexicon
        if line.n_words < 3 or _furniture_shaped(line):
            return None
        question = _is_question_headline(line, self.s)
        exclaimed = line.text.endswith("!")
        if not (question or exclaimed or looks_like_headline(line, lexicon)):
            return None
        column = is_opinion_title(line, lexicon)  # `NAME يكتب: TITLE` reads like `CITY: NAME`
        if _photo_line(line, self.ctx) or (not column and byline_parts(line, lexicon)):
            return None
        if self._photo_pair(pos) or self._dated(line):
            return None
        if self._under_heading(pos):
            return None
        repeated = line.n_words >= REPEATED_MIN_WORDS and (
            self.view.text_counts[line.text] > 1
            or any(other is not line and line.text in other.text for other in self.window)
        )  # printed again, or at the end of a breadcrumb; not a name printed twice
        bonus = REPEATED_BONUS if repeated else 0.0
        if column:
            bonus += OPINION_BONUS  # a column's title rarely shares words with its first lines
        return 4 * self.overlap(line) + bonus

    def _dated(self, line: Line) -> bool:
        """`Manifestation du 17 décembre 2019 à Paris`: a line giving a full date is a photo's
        caption or a date line; headlines say `lundi`, not the calendar."""
        if not any(ch.isdigit() for ch in line.text):
            return False
        found = self.ctx.lexicon.dates.parse(line.text, line=line)
        return found is not None

    def _photo_pair(self, pos: int) -> bool:
        """Is `free[pos]` one of a photo's alt text and caption, the credit in the second?"""
        free, lexicon = self.free, self.ctx.lexicon
        return (
            pos + 1 < len(free) and credited_copy(free[pos], free[pos + 1], lexicon) is not None
        ) or (pos > 0 and credited_copy(free[pos - 1], free[pos], lexicon) is not None)

    def opinion_title(self) -> tuple[int, Line] | None:
        """The first column title (`NAME يكتب: TITLE`) above the text: the form says what
        the line is, whatever words it shares with the lead."""
        lexicon = self.ctx.lexicon
        for pos in range(self.offset, self.prose):
            line = self.free[pos]
            if is_opinion_title(line, lexicon) and self.score(pos) is not None:
                return pos, line
        return None

    def supported(self, pos: int) -> bool:
        """The classic choice (not furniture-shaped: the caller checked) stands when the text
        backs it: it shares the lead's words or it is printed again; or nothing above the
        text reads as a headline at all."""
        score = self.score(pos)
        return (score is not None and score >= self.s.keep_score) or self.best() is None

    def best(self) -> tuple[int, Line] | None:
        """`(position in free, line)` of the best-scored candidate, the first on a tie (the
        first copy of a repeated headline); None when none has enough evidence."""
        if self._best is False:
            chosen: tuple[float, int] | None = None
            for pos in range(self.offset, self.prose):
                score = self.score(pos)
                if (score is not None and score >= self.s.min_score) and (
                    chosen is None or score > chosen[0]
                ):
                    chosen = (score, pos)
            self._best = None if chosen is None else (chosen[1], self.free[chosen[1]])
        return self._best  # type: ignore[return-value]


def _furniture_shaped(line: Line) -> bool:
    """Lines no headline looks like: a scraper stamp, a URL, a row of menu items, a
    widget of one-letter buttons (`ع ع ع`), a bulleted item, a view counter, a paragraph
    with a label glued to its end."""
    text = line.text
    if "http" in text or "www." in text or line.bullet_text is not None:
        return True
    if text[0] in "([" and text[-1] in ")]":
        return True  # "(photo credit: ...)", "[Image]"
    if SCRAPER_STAMP_RE.match(text):
        return True
    if text.count(" - ") + text.count(" | ") >= MENU_ROW_SEPARATORS:
        return True
    if _glued_paragraph(line) or _repeats_a_word(line):
        return True
    if line.n_words <= COUNTER_WORDS and text.rsplit(" ", 1)[-1].isdigit():
        return True  # "عدد القراءات 1843": a counter
    letters = sum(1 for w in text.split() if len(w) == 1 and w.isalpha())
    return letters >= 2 and 2 * letters >= line.n_words  # not `à la normale à la SNCF`


def _glued_paragraph(line: Line) -> bool:
    """Running text with a label glued after its last full stop (`... إصداره. اضافة اعلان`):
    long, with clauses and a sentence ended inside it; no headline is written so."""
    text = line.text
    if line.n_words < PARAGRAPH_WORDS or ". " not in text:
        return False
    return sum(text.count(mark) for mark in CLAUSE_MARKS) >= PARAGRAPH_CLAUSES


def _opens_text(line: Line, s: HeadlineSettings) -> bool:
    """Running text, or a long line announcing it (`... نبدأ بالملفات التالية:`); a short
    question or exclamation is a headline candidate instead."""
    if line.is_prose:
        return not (
            line.text.endswith(("!", *QUESTION_END)) and line.n_words <= s.question_max_words
        )
    return line.n_words >= INTRO_MIN_WORDS and line.text.endswith(":")


def _below_site_menu(view: SpanView, free: list[Line], ctx: Context) -> int:
    """Position in `free` where the article may start: below the site's menu.

    Site navigation ends above the headline, so a masthead tagline or a section name printed
    before the first menu run is not where the article starts. A later menu run (a share bar
    under the headline) moves the start only when nothing headline-like stands before it.
    """
    claims = view.claims
    first_prose = next((n for n, line in enumerate(free) if line.is_prose), len(free))
    start = 0
    seen_menu = False
    previous = view.span.start - 1
    for pos, line in enumerate(free[: first_prose + 1]):
        menu_between = any(
            (c := claims.get(i)) is not None and c.reason == "menu_run"
            for i in range(previous + 1, line.index)
        )
        previous = line.index
        if not menu_between:
            continue
        segment = free[start:pos]
        if seen_menu and any(
            item.n_words > 2 and looks_like_headline(item, ctx.lexicon) for item in segment
        ):
            break
        start, seen_menu = pos, True
    return start


def _search_headline(
    free: list[Line], view: SpanView, ctx: Context, s: HeadlineSettings
) -> tuple[list[Line], Line | None]:
    skipped: list[Line] = []
    fallback: tuple[list[Line], Line] | None = None
    lexicon = ctx.lexicon

    def printed_twice(line: Line) -> bool:
        return _printed_twice_in_lead(line, view, s)

    script = next((line.script for line in free if line.is_prose), None)
    candidates: list[Line] = []  # `search` lines and one more, besides those printed twice
    counted = 0
    for line in free:
        if counted > s.search:
            break
        candidates.append(line)
        counted += not printed_twice(line)
    photo_copy: Line | None = None
    for line, nxt in zip(candidates, [*candidates[1:], None], strict=False):
        if line is photo_copy or credit_caption(line, lexicon) or is_credit_line(line, lexicon):
            continue  # a photo above the headline: the caption passes take it
        if nxt is not None and credited_copy(line, nxt, lexicon):
            photo_copy = nxt  # its alt text, then its caption with the credit
            continue
        if nxt is not None and is_credit_line(nxt, lexicon) and credits_line_above(nxt, lexicon):
            continue  # the caption of the credit under it
        if printed_twice(line):
            skipped.append(line)
            continue
        if (
            _suspense_headline(line, nxt, s)
            or _long_title_backed(line, nxt, view, ctx, s)
            or _title_over_bullets(line, view)
        ):
            return skipped, line
        if line.is_prose and not _is_question_headline(line, s):
            break
        if _never_a_headline(line, nxt, script, lexicon, s):
            skipped.append(line)
            continue
        parts = byline_parts(line, lexicon) or {}
        if "source" in parts or ("byline" in parts and _name_not_news(parts, nxt, lexicon)):
            skipped.append(line)  # "سكاي نيوز عربية - أبوظبي", "By …", "بغداد ـ NAME"
        elif is_label_pair(line):
            skipped.append(line)  # "عمان - الغد", "هسبريس - عبد الرحيم العسري"
        elif looks_like_headline(line, lexicon) or _is_question_headline(line, s):
            if line.n_words > s.above_max_words:
                if fallback is not None and _is_question_headline(line, s):
                    return fallback  # a question under a two-word title opens the text
                return skipped, line
            if fallback is None:
                fallback = (list(skipped), line)
            skipped.append(line)
        elif line.n_words <= s.above_max_words and (not line.ends_sentence or line.n_words == 1):
            skipped.append(line)  # "هسبريس", "مصراوي", a section label, "U.S."
        else:
            break
    return fallback if fallback is not None else ([], None)


def _never_a_headline(
    line: Line, nxt: Line | None, script: str | None, lexicon: Lexicon, s: HeadlineSettings
) -> bool:
    """Lines a site prints above a headline that no headline looks like."""
    return (
        # "The New Arab" above Arabic text: a site's name or a label in another script
        (script is not None and line.script != script and line.n_words <= s.above_max_words + 2)
        or honorific_name(line, lexicon)  # "د. صبري الربيحات": the author
        or _opens_with_read_also(line, lexicon)  # "Read more like this", "اقرأ أيضا: ..."
        or _credit_label_line(line, lexicon)  # "Crédit photos : Martin Wilhelm"
        or dated_dateline(line, lexicon) is not None  # "CITY، 14 يوليوز 2025 – SITE"
        # "• بند": a menu or list item, too short for a headline
        or (line.bullet_text is not None and line.bullet_text.count(" ") < s.above_max_words)
        # "أنت تقرأ: <headline>" above the headline itself
        or (nxt is not None and len(nxt.text) < len(line.text) and line.text.endswith(nxt.text))
    )


def _credit_label_line(line: Line, lexicon: Lexicon) -> bool:
    found = caption_label(line.text, lexicon) if line.n_words <= CREDIT_LINE_WORDS else None
    return found is not None and found[0] == "credit"


def _opens_with_read_also(line: Line, lexicon: Lexicon) -> bool:
    found = lexicon.read_also_prefix_re
    return found is not None and found.match(line.key) is not None


def _suspense_headline(line: Line, nxt: Line | None, s: HeadlineSettings) -> bool:
    """`Championnats : quand la dernière journée bascule dans la folie…`: a headline that
    ends on suspense; a teaser cut short ends so too, but comes in a run of them."""
    return (
        line.text.endswith("…")
        and s.above_max_words < line.n_words <= s.question_max_words
        and (nxt is None or not nxt.text.endswith(("…", "...")))
    )


def _title_over_bullets(line: Line, view: SpanView) -> bool:
    """`How is the NHS crisis affecting YOUR hospital? ...: Almost 60% of ...`: a long title
    with no full stop over a bulleted summary of the story, as MailOnline and its copies print
    one; the bullets are the deck."""
    if (
        line.ends_sentence
        or not TITLE_OVER_BULLETS_WORDS[0] <= line.n_words <= TITLE_OVER_BULLETS_WORDS[1]
    ):
        return False
    first = view.next_text_line(line.index)
    second = view.next_text_line(first.index) if first is not None else None
    return (
        first is not None
        and second is not None
        and first.bullet_text is not None
        and second.bullet_text is not None
        and first.n_words >= SUMMARY_BULLET_WORDS
    )


def _long_title_backed(
    line: Line, nxt: Line | None, view: SpanView, ctx: Context, s: HeadlineSettings
) -> bool:
    """`Métropole de Lyon. En attendant ..., où en est la médiathèque ?`, `River watch...`: a
    question or a title trailing off, too long or too short for the usual bounds, right above
    the running text, whose first two lines name what it names."""
    if nxt is None or not nxt.is_prose or not line.text.endswith(("?", "؟", "…", "...")):
        return False
    if _is_question_headline(line, s) or _suspense_headline(line, nxt, s):
        return False  # within the usual bounds: the usual rules decide
    if line.text.endswith("....") or line.n_words < 2:
        return False
    if line.n_words > s.long_title_max_words:
        return False
    after = view.next_text_line(nxt.index)
    lead = nxt.text if after is None else f"{nxt.text} {after.text}"
    words = content_words(line.text, ctx.lexicon, stems=True)
    return bool(words & content_words(lead, ctx.lexicon, stems=True))


def _name_not_news(parts: dict[str, str], nxt: Line | None, lexicon: Lexicon) -> bool:
    """A byline, or a known place and a name right above the running text (`بغداد ـ كاميران
    علي`); a place and a few words above more titles may be a headline (`غزة - قصف مستمر`),
    and a label before a colon is no place (`عاجل: انفجار في مرفأ بيروت`)."""
    if "dateline" not in parts:
        return True
    place = fold(parts["dateline"])
    return place in lexicon.phrases["places"] and nxt is not None and nxt.is_prose


def _printed_twice_in_lead(line: Line, view: SpanView, s: HeadlineSettings) -> bool:
    """A sentence printed twice before the lead block ends: a photo caption or a teaser, not
    the text yet (a question may be the headline)."""
    return (
        line.is_prose
        and view.text_counts[line.text] > 1
        and line.index < view.lead_end
        and not _is_question_headline(line, s)
    )


def _is_question_headline(line: Line, s: HeadlineSettings) -> bool:
    """A short question or exclamation (`... لا تصدق !!`): ends like a sentence, reads as a
    headline."""
    return line.text.endswith((*QUESTION_END, "!")) and 3 <= line.n_words <= s.question_max_words


def clean_headline(text: str, stamp: re.Pattern[str]) -> str:
    """The headline without a glued page URL, markup a scraper left in it (`<i class='fa
    fa-lock'></i> TITLE`) or a glued leading date or time (`stamp`)."""
    if "http" in text or "www." in text:
        text = URL_RE.sub(" ", text)
    if "<" in text:
        text = MARKUP_RE.sub(" ", text)
    text = stamp.sub("", text)
    return " ".join(text.split()).strip(" -–|")


def breadcrumb_title(text: str, lexicon: Lexicon) -> str | None:
    """The title ending a breadcrumb trail printed as the headline's line
    (`الرئيسية / محليات / TITLE`): the home link first, short section names, the title."""
    if " / " not in text and " » " not in text and " > " not in text and " › " not in text:
        return None
    *crumbs, title = CRUMB_SPLIT_RE.split(text)
    if not crumbs or fold(crumbs[0]) not in lexicon.phrases["chrome"]:
        return None
    if any(crumb.count(" ") >= CRUMB_MAX_WORDS for crumb in crumbs):
        return None
    return title.strip() if title.count(" ") >= 1 else None


def remove_before_headline(view: SpanView, _ctx: Context) -> Iterator[Claim]:
    """Claims unclaimed lines above an anchored headline (menus, tickers, teaser previews).

    Risk: only spans whose headline is confirmed by a lead block are touched, so a page
    without one keeps its first lines.
    """
    head = view.headline
    if view.span.anchor is None or head is None:
        return
    for line in view.free_lines(view.span.start, head.index):
        yield Claim(line.index, Role.REMOVED, "before_headline")
