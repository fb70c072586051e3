"""Photo captions: the lead photo printed twice (or four times), and single in-body captions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pydantic import Field

from cleannews.claims import Claim, Context, Role, Settings, SpanView
from cleannews.lexicon import Lexicon
from cleannews.models import Image
from cleannews.normalise import fold
from cleannews.page import Line
from cleannews.signals import (
    CREDIT_LABEL_WORDS,
    arabic_name_shaped,
    byline_parts,
    caption_label,
    content_words,
    credit_caption,
    credit_label_alone,
    credited_copy,
    dateline_parts,
    is_credit,
    is_credit_line,
    photo_copyright,
    placed_credit,
    without_label,
)

_PAREN_RE = re.compile(r"\(([^()]{1,25})\)")
CAPTION_ABOVE_CREDIT_WORDS = 40
CREDITED_COPY_LINES = 12  # a photo printed with its credit added stands above the text
DOUBLED_MIN_WORDS = 3  # `CAPTION - CAPTION` with a caption of at least four words
DOUBLED_MIN_LINE_WORDS = 2 * (DOUBLED_MIN_WORDS + 1)  # and odd: two halves and the mark
CREDIT_NAME_WORDS = 4  # a photographer's name under `تصوير :`
CREDIT_LINE_MAX_WORDS = 8
REPEATED_CAPTION_WORDS = 20
SLOT_CAPTION_MIN_WORDS = 2
SLOT_CAPTION_MAX_WORDS = 8  # longer lines under a headline are decks
SPEAKER_MAX_WORDS = 3
PUBLISHER_MAX_WORDS = 3


class InlineCaptionSettings(Settings):
    max_words: int = Field(80, ge=1, description="longest line taken for an in-body caption")


def extract_lead_captions(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims lead-block lines printed more than once or closing with a photo credit.

    Risk: in the lead block (before the first sentence printed once), any repeated line
    that is not the headline is taken for a caption, credit or not, and so is any line left
    between the headline and the anchor widget (`TT`).
    """
    head = view.headline
    start = head.index + 1 if head is not None else view.span.start
    lead = view.free_lines(start, view.lead_end if head is None else view.lead_end_under(head))
    counts = Counter(line.text for line in lead)
    seen: set[str] = set()
    anchor = view.span.anchor if view.span.anchor is not None else -1
    names: set[str] = set()
    for line in lead:
        if line.text in names:
            yield Claim(line.index, Role.REMOVED, "repeated_byline")
            continue
        if line.text in seen:  # a copy: its credit was read on the first
            yield Claim(line.index, Role.CAPTION, "repeated_caption")
            continue
        found = credit_caption(line, ctx.lexicon)
        if counts[line.text] < 2 and found is None and line.index >= anchor:
            continue
        if found is None and _authors_name(line, view, ctx):
            names.add(line.text)
            yield Claim(line.index, Role.BYLINE, "byline_printed_twice", {"byline": line.text})
            continue
        seen.add(line.text)
        if found is None and counts[line.text] > 1:
            found = placed_credit(line, ctx.lexicon)  # printed twice: a caption, credit by shape
        caption, credit = found if found else (line.text, None)
        yield Claim(line.index, Role.CAPTION, "lead_caption", Image(caption=caption, credit=credit))


def _authors_name(line: Line, view: SpanView, ctx: Context) -> bool:
    """`نوال سليمان` printed twice in the lead: shaped as a name and named nowhere in the
    headline or the text's first paragraph, the author's (people in a photo are in the
    text)."""
    if not arabic_name_shaped(line, ctx.lexicon):
        return False
    words = content_words(line.text, ctx.lexicon)
    head = view.headline
    if head is not None and words & content_words(head.text, ctx.lexicon):
        return False
    first = next((other for other in view.free_lines(line.index) if other.is_prose), None)
    return first is not None and not words & content_words(first.text, ctx.lexicon)


def extract_inline_captions(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims body lines that close with a photo credit, e.g. `... مانسوداي (د.ب.أ)`.

    Risk: a body line ending in an agency name with no full stop (`... (رويترز)`) reads as a
    caption unless the word before it attributes (`بحسب`, `وكالة`). From HTML, a
    `<figcaption>` is a caption with or without a credit.
    """
    seen: set[str] | None = None  # the captions' texts, read once a caption is found
    tags = ctx.tags
    max_words = ctx.settings(InlineCaptionSettings).max_words
    counts = view.text_counts
    lexicon = ctx.lexicon
    marks = lexicon.phrases["position_marks"]
    doubled: set[str] = set()
    by_marks = not tags and not lexicon.credit_after_caption  # else a caption needs no mark
    for line in view.free_lines():
        if line.n_words > max_words:
            continue
        if by_marks and not doubled and counts[line.text] == 1 and _unmarked(line.text):
            continue  # most lines: no test below can find a caption in them
        found: tuple[str, str | None] | None = credit_caption(line, lexicon)
        if found is None and tags and tags.get(line.index) == "figcaption":
            found = _figcaption(line, ctx)
        if found is None and counts[line.text] > 1 and _printed_twice(view, line):
            found = (line.text, None)
        if found is None and marks and ")" in line.text and _places_people(line.text, marks):
            found = (line.text, None)
        if found is None and line.n_words > DOUBLED_MIN_LINE_WORDS and line.n_words % 2:
            half = _doubled(line)
            if half is not None:
                found = (half, None)
                doubled.add(fold(half))
        if found is None:
            if doubled and line.key in doubled:  # the caption its alt text printed twice
                yield Claim(line.index, Role.CAPTION, "repeated_caption")
            continue
        if seen is None:
            seen = {caption.text for caption in view.role_lines(Role.CAPTION)}
        if line.text in seen:
            yield Claim(line.index, Role.CAPTION, "repeated_caption")
            continue
        seen.add(line.text)
        yield Claim(
            line.index, Role.CAPTION, "inline_caption", Image(caption=found[0], credit=found[1])
        )


def _unmarked(text: str) -> bool:
    """None of the marks that the inline caption tests of a line printed once need: a
    closing bracket or a `©` (a credit, `credit_caption`), a dash (a credit after it, or a
    caption and its copy joined by `-`, `–` or `|`), a `)` (a position in the photo). Six
    scans for one character cost less than the tests."""
    return not (
        ")" in text or "-" in text or "©" in text or "]" in text or "–" in text or "|" in text
    )


def _printed_twice(view: SpanView, line: Line) -> bool:
    """A photo's caption printed as its title and right again as its alt text, inside the
    text (the caller checked it is printed more than once): a short line, not a sentence or a
    list item, with running text before the pair (the lines already claimed, a widget, a menu
    or a tag line, do not count: the article is read without them). Copies printed apart are
    mentions, not a photo; further copies of a pair are its repeats."""
    if line.ends_sentence or line.n_words > REPEATED_CAPTION_WORDS or line.bullet_text is not None:
        return False  # a list item printed twice is a list item; sentences: see caption pairs
    claims, page_lines = view.claims, view.page.lines
    for i in range(line.index - 1, view.span.start - 1, -1):  # stops at a kept line
        before = page_lines[i]
        if before.text and claims.get(i) is None:
            if before.text == line.text:
                return True
            if not before.is_prose:
                return False
            break
    else:
        return False
    after = view.next_text_line(line.index)
    return after is not None and after.text == line.text


def extract_caption_pairs(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims a sentence printed twice in a row in what is left of the text: a photo's alt
    text and its caption (no text says a thing twice running), and an agency's name alone
    under the pair, its credit (`PA`). Pairs are matched as the text is read without them, so
    copies that a pair stood between pair up in turn, and the text that remains holds no
    such pair (cleaning it again finds none).

    Risk: a paragraph a scraper printed twice in a row, of a caption's length at most, is
    taken out of the body as a caption.
    """
    free = view.free_lines()
    if len(view.text_counts) == len(view.text_lines) or len({ln.text for ln in free}) == len(free):
        head = [line.text for line in free[:CREDITED_COPY_LINES]]  # where photos stand
        if not any(map(str.startswith, head[1:], head)):
            return  # no pair left to find (copies claimed already), nor a copy with a credit
    stack: list[Line] = []
    seen: set[str] = set()
    credited = -1
    for k, line in enumerate(free):
        if k == credited:
            continue
        top = stack[-1] if stack else None
        if top is not None and top.n_words <= CAPTION_ABOVE_CREDIT_WORDS:
            credit = credited_copy(top, line, ctx.lexicon)  # `CAPTION` above `CAPTION REUTERS`
            if credit is not None:
                stack.pop()
                image = Image(caption=top.text, credit=credit)
                yield Claim(top.index, Role.CAPTION, "inline_caption", image)
                yield Claim(line.index, Role.CAPTION, "repeated_caption")
                continue
        if top is None or top.text != line.text or not _caption_sized_sentence(line):
            if line.text in seen and free[k - 1].text == line.text:
                yield Claim(line.index, Role.CAPTION, "repeated_caption")  # a third copy
            else:
                stack.append(line)
            continue
        stack.pop()
        nxt = free[k + 1] if k + 1 < len(free) else None
        agency = ctx.lexicon.agency(nxt.text) if nxt is not None and nxt.n_words <= 3 else None
        if top.text in seen:
            yield Claim(top.index, Role.CAPTION, "repeated_caption")
        else:
            seen.add(top.text)
            yield Claim(
                top.index, Role.CAPTION, "inline_caption", Image(caption=top.text, credit=agency)
            )
        yield Claim(line.index, Role.CAPTION, "repeated_caption")
        if agency is not None and nxt is not None:
            credited = k + 1
            yield Claim(nxt.index, Role.CAPTION, "photo_credit_line")


def _caption_sized_sentence(line: Line) -> bool:
    """Longer than a title printed twice (`_printed_twice` takes those), short enough for a
    caption, not a list item."""
    return (
        (line.ends_sentence or line.n_words > REPEATED_CAPTION_WORDS)
        and line.n_words <= CAPTION_ABOVE_CREDIT_WORDS
        and line.bullet_text is None
    )


def _places_people(text: str, marks: frozenset[str]) -> bool:
    """`Mayor Pat Jackson (centre) cuts the ribbon`: who stands where in the photo, which
    only a caption says."""
    return any(fold(inside) in marks for inside in _PAREN_RE.findall(text))


def _doubled(line: Line) -> str | None:
    """`CAPTION - CAPTION`: a photo's title and alt text glued into one line; the caption."""
    text = line.text
    middle = len(text) // 2
    window = text[middle - 3 : middle + 3]
    if "-" not in window and "–" not in window and "|" not in window:
        return None  # the one character test most lines stop at
    for mark in (" - ", " – ", " | "):
        at = text.find(mark, middle - len(mark), middle + len(mark))
        if at > 0:
            first, second = text[:at].strip(), text[at + len(mark) :].strip()
            if first.count(" ") >= DOUBLED_MIN_WORDS and fold(first) == fold(second):
                return first
    return None


def _figcaption(line: Line, ctx: Context) -> tuple[str, str | None]:
    """A `<figcaption>` is a caption even as a full sentence; a trailing credit still splits."""
    paren = line.trailing_paren
    if paren is not None and paren[0] and is_credit(paren[1], ctx.lexicon):
        return paren[0], paren[1]
    return line.text, None


def extract_labelled_captions(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims captions whose credit or label stands on a line of its own: the labelled pair
    `صدر الصورة، Getty Images` / `التعليق على الصورة، ...` (BBC, also with the label alone on
    its line and the caption under it), a bare `(تصوير: عبدالله الفهد)` line above its caption,
    and a photographer's credit line (`Jane Roe/Getty Images`) under its caption.

    Risk: a body line that opens with one of these labels and a comma is taken for a caption
    (the labels name the photo, which running text does not do); an unpunctuated line under
    a bare credit line is taken for its caption; a short line above a slashed credit line is
    taken for its caption.
    """
    lexicon = ctx.lexicon
    starts, initials = lexicon.caption_label_starts, lexicon.caption_label_initials
    credit: str | None = None
    bare = False  # the credit was a bare parenthesis: the next line is its caption
    labelled = False  # a caption label stood alone: the next line is the caption
    labelled_at = -1
    previous: Line | None = None
    for line in view.free_lines():
        if labelled and view.next_text_line(labelled_at) is not line:
            labelled = False  # the line under the label went to another pass: no caption here
        if labelled or (bare and credit is not None and not line.ends_sentence):
            image = Image(caption=line.text, credit=credit)
            reason = "caption_under_label" if labelled else "caption_under_credit"
            yield Claim(line.index, Role.CAPTION, reason, image)
            credit, bare, labelled, previous = None, False, False, None
            continue
        text = line.text
        found = (
            _credit_or_caption_line(text, lexicon, starts)
            if text[0] == "(" or (text[0] in initials and text.startswith(starts))
            else None
        )
        if (
            previous is not None
            and ("/" in text or "©" in text or text[0] == "(")
            and _credit_below(found, lexicon)
            and is_credit_line(line, lexicon)
            and _text_goes_on(view, line, lexicon)
        ):
            image = Image(caption=previous.text, credit=_credit_text(line, lexicon))
            yield Claim(previous.index, Role.CAPTION, "caption_above_credit", image)
            yield Claim(line.index, Role.CAPTION, "photo_credit_line")
            credit, bare, previous = None, False, None
            continue
        previous = line if line.n_words <= CAPTION_ABOVE_CREDIT_WORDS else None
        if found is None:
            credit, bare = None, False
        elif found[0] == "credit":
            credit, bare = found[1], found[2]
            yield Claim(line.index, Role.CAPTION, "photo_credit_line")
        elif not found[1]:
            labelled, labelled_at = True, line.index
            yield Claim(line.index, Role.CAPTION, "caption_label_line")
        else:
            image = Image(caption=found[1], credit=credit)
            credit, bare = None, False
            yield Claim(line.index, Role.CAPTION, "labelled_caption", image)


def extract_credit_label_captions(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims a credit's label alone on its line (`تصوير :`), the photographer's name under
    it, the caption right above the label and that caption printed again further down.

    Risk: a line above a label-and-name pair is taken for a caption however long it is; the
    label must end with a colon, so `تصوير` alone in running text is left alone.
    """
    free = view.free_lines()
    labels = [  # a label is short and ends with a colon: the count first, the cheaper test
        k
        for k, line in enumerate(free)
        if line.n_words <= CREDIT_LABEL_WORDS and line.text[-1] in ":："
    ]
    printed: set[str] = set()  # captions found above a credit label, printed again below
    taken: set[int] = set()
    for k in labels:
        label = free[k]
        if k in taken or not credit_label_alone(label, ctx.lexicon):
            continue
        name = free[k + 1] if k + 1 < len(free) else None
        if name is None or name is not view.next_text_line(label.index) or not _credit_name(name):
            continue
        if k > 0 and k - 1 not in taken:
            above = free[k - 1]
            printed.add(above.text)
            image = Image(caption=above.text, credit=name.text)
            yield Claim(above.index, Role.CAPTION, "caption_above_credit", image)
        yield Claim(label.index, Role.CAPTION, "photo_credit_label")
        yield Claim(name.index, Role.CAPTION, "photo_credit_name")
        taken.update((k - 1, k, k + 1))
    if printed:
        for k, line in enumerate(free):
            if k not in taken and line.text in printed:
                yield Claim(line.index, Role.CAPTION, "repeated_caption")


def _credit_name(line: Line) -> bool:
    """The photographer's name under a credit label: a few words, no sentence."""
    return line.n_words <= CREDIT_NAME_WORDS and not line.ends_sentence


def _credit_below(found: tuple[str, str, bool] | None, lexicon: Lexicon) -> bool:
    """Does this credit line close the caption above it? A slashed credit without brackets
    does; a bracketed one does where the language prints captions as sentences (Arabic pages
    put `(تصوير: ...)` above its caption)."""
    return found is None or (found[2] and lexicon.credit_after_caption)


def _text_goes_on(view: SpanView, line: Line, lexicon: Lexicon) -> bool:
    """A `© Name` line credits the photo above it only inside the text: after the last
    paragraph it is the page's notice."""
    if photo_copyright(line, lexicon) is None:
        return True
    nxt = view.next_text_line(line.index)
    return nxt is not None and nxt.is_prose


def _credit_text(line: Line, lexicon: Lexicon) -> str:
    text = line.text
    holder = photo_copyright(line, lexicon)
    if holder is not None:
        return holder
    inside = text[1:-1] if text[0] == "(" and text[-1] == ")" else text
    return without_label(inside, lexicon)


def _credit_or_caption_line(
    text: str, lexicon: Lexicon, starts: tuple[str, ...]
) -> tuple[str, str, bool] | None:
    """`(kind, value, bare)`: a labelled credit or caption line (`caption` with an empty
    value for a label alone), or a bare `(credit)` line."""
    if text[0] == "(" and text[-1] == ")" and is_credit(text[1:-1], lexicon):
        return "credit", text[1:-1], True
    if not text.startswith(starts):
        return None
    if fold(text.rstrip(" ,،:")) in lexicon.phrases["caption_labels"]:
        return "caption", "", False
    found = caption_label(text, lexicon)
    return None if found is None else (found[0], found[1], False)


# "CAPTION - SITE, 1920, 04.11.2025": an image's alt text with the site, the picture's width
# and its date, which some sites print under the photo and scrapers keep.
_ALT_TAIL_RE = re.compile(
    r"^(?P<caption>\S.*?)\s+-\s+[^,]{1,40},\s*\d{3,4},\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}$"
)
ALT_CREDIT_REACH = 2  # lines above the alt text where its `©` credit line may stand


def extract_alt_text_captions(view: SpanView, _ctx: Context) -> Iterator[Claim]:
    """Claims a photo's alt text printed with its site, width and date (`... - SITE, 1920,
    04.11.2025`) as the caption, and the `©` credit line above it, even when the scraper
    glued the caption and a photo-bank link to it (`© AGENCY . NAME / ...CAPTION`).

    Risk: a body line ending in ` - name, 1234, dd.mm.yyyy` is taken for alt text.
    """
    page = view.page
    if not page.has(",") or not page.has("-"):
        return  # no line of the page has both (single characters are found fastest)
    free = view.free_lines()
    for pos, line in enumerate(free):
        text = line.text
        if not text[-1].isdigit() or ", " not in text or " - " not in text:
            continue  # cheap tests first: the pattern would try every start position
        match = _ALT_TAIL_RE.match(text)
        if match is None:
            continue
        caption = match.group("caption").strip()
        credit: str | None = None
        for above in free[max(0, pos - ALT_CREDIT_REACH) : pos]:
            glued = above.text
            if glued.startswith("©") and (
                caption in glued or above.n_words <= CREDIT_LINE_MAX_WORDS
            ):
                credit = glued.split(" / ", 1)[0].strip()
                yield Claim(above.index, Role.CAPTION, "photo_credit_line")
        yield Claim(
            line.index, Role.CAPTION, "alt_text_caption", Image(caption=caption, credit=credit)
        )


def extract_lead_slot_caption(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims an uncredited caption printed once between the headline and the text, when its
    place says so: the line right above a publisher's name (`... الجلسة العامة` then
    `المرصد الإخباري`, the name becoming the source), or a portrait's caption, the speaker's
    name, which the headline quotes (`سلمى الدريدي` under `سلمى الدريدي: ...`).

    Risk: a short deck above a publisher line is taken for a caption; a two-word line whose
    words are all in the headline is taken for a caption, not a byline.
    """
    head = view.headline
    if head is None:
        return
    counts = view.text_counts
    lead: list[Line] = []
    claims = view.claims
    for line in view.page.lines[head.index + 1 : view.span.end]:
        if not line.text or line.index in claims:
            continue
        if line.is_prose and counts[line.text] == 1:
            break  # the text starts
        lead.append(line)
    else:
        return
    if not lead:
        return
    lexicon = ctx.lexicon
    slot = (
        len(lead) >= 2 and _slot_caption(lead[-2], counts) and not _author_line(lead[-2], lexicon)
    )
    if slot and _publisher_name(lead[-1], ctx):
        caption, publisher = lead[-2], lead[-1]
        yield Claim(
            caption.index, Role.CAPTION, "caption_above_publisher", Image(caption=caption.text)
        )
        yield Claim(publisher.index, Role.SOURCE, "publisher_line", publisher.text)
        return
    # `ملعب كرة قدم` above `واشنطن ـ المغرب اليوم`: a deck is longer than a photo's title
    if slot and "dateline" in (dateline_parts(lead[-1].text, lexicon) or {}):
        caption = lead[-2]
        image = Image(caption=caption.text)
        yield Claim(caption.index, Role.CAPTION, "caption_above_dateline", image)
        return
    below_copy = _below_headline_copy(view, lead, counts)
    if below_copy is not None and not _author_line(below_copy, lexicon):
        yield Claim(
            below_copy.index, Role.CAPTION, "caption_below_copy", Image(caption=below_copy.text)
        )
        return
    head_words: set[str] | None = None
    for line in lead:
        if line.n_words > SPEAKER_MAX_WORDS or not _slot_caption(line, counts):
            continue
        if head_words is None:
            head_words = content_words(head.text.replace(":", " "), lexicon)  # `NAME:quote`
        words = content_words(line.text, lexicon)
        if words and words <= head_words:
            yield Claim(line.index, Role.CAPTION, "speaker_caption", Image(caption=line.text))
            return


def _below_headline_copy(view: SpanView, lead: list[Line], counts: Counter[str]) -> Line | None:
    """The line right under the headline's second copy (the photo's title, with something
    printed between the copies), printed once: the photo's caption. A line between the two
    copies is a deck, not this; two copies in a row are a scraper's duplicate."""
    head = view.headline
    if head is None or not lead or counts[head.text] < 2:
        return None
    previous: Line = head
    between = False  # something printed between the headline and its copy
    for line in view.page.lines[head.index + 1 : lead[-1].index + 1]:
        if not line.text:
            continue
        if previous is not head and previous.text == head.text:
            if line in lead and between and _slot_caption(line, counts):
                return line
            return None
        if line.text != head.text:
            between = True
        previous = line
    return None


def _author_line(line: Line, lexicon: Lexicon) -> bool:
    """`By Callum Reid` above `BBC Scotland News` is the author and his desk."""
    author = lexicon.author_re
    return byline_parts(line, lexicon) is not None or (
        author is not None and author.match(line.text) is not None
    )


def _slot_caption(line: Line, counts: Counter[str]) -> bool:
    return (
        counts[line.text] == 1
        and SLOT_CAPTION_MIN_WORDS <= line.n_words <= SLOT_CAPTION_MAX_WORDS
        and not line.ends_sentence
        and not line.text.endswith(":")
        and line.bullet_text is None
        and not any(ch.isdigit() for ch in line.text)
    )


def _publisher_name(line: Line, ctx: Context) -> bool:
    """A publisher's name alone on its line: a known agency's name, or one to three words of
    letters one of which carries the article (`المرصد الإخباري`, `دار النخيل`), which a
    person's name does not."""
    if line.n_words > PUBLISHER_MAX_WORDS or not line.text.replace(" ", "").isalpha():
        return False
    words = line.key.split(" ")
    if words[0] in ctx.lexicon.agencies:
        return True
    prefixes = ctx.lexicon.article_prefixes
    return len(words) >= 2 and any(
        word.startswith(prefixes) and word.removeprefix("ال") for word in words
    )
