"""The lines around the headline that are not body: deck, byline and dateline."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import Field

from cleannews.claims import Claim, Context, Role, Settings, SpanView
from cleannews.page import Line
from cleannews.signals import (
    NAME_MAX_WORDS,
    NAME_PARTICLES,
    arabic_name_shaped,
    author,
    byline_parts,
    caption_label,
    content_words,
    credit_caption,
    credit_label_alone,
    dated_dateline,
    is_label_pair,
    is_widget,
)

DECK_SEPARATOR_LINES = 4
INTRO_MIN_WORDS = 12
DECK_MAX_WORDS = 45
QUESTION_HEADING_WORDS = 6
BARE_NAME_MIN_WORDS = 2
BARE_NAME_MAX_WORDS = 4
RUNNING_TEXT_WORDS = 15
PUBLISHER_LINE_WORDS = 2
BIO_MAX_WORDS = 12
BIO_ROLE_WORDS = 2  # the role opens the bio: `كاتب صحفي`, `باحثة في`
OUTLINE_MIN_ITEMS = 2
OUTLINE_MAX_WORDS = 14
_OUTLINE_DASHES = ("- ", "– ", "— ")
ARABIC_NAME_MAX_WORDS = NAME_MAX_WORDS
LATIN_NAMES_MAX = 4  # reporters named on one line
BYLINE_NAME_WORDS = 6
_SEPARATORS = frozenset({"reading_time", "relative_time", "correspondent_line", "agency_sign_off"})


class SubtitleSettings(Settings):
    min_words: int = Field(4, ge=1, description="shortest line taken for the deck")


def extract_subtitle(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims the deck: the line right after the headline when it is not a photo caption.

    Risk: a lone caption with no credit, printed once under the headline and again after the
    widget, is taken for the deck; one printed only before the widget is a caption, unless a
    caption printed twice or credited follows it.
    """
    head = view.headline
    if head is None:
        return
    lead = view.free_lines(head.index + 1, view.lead_end_under(head))
    if not lead:
        deck = _sentence_deck(view, head, ctx)
        if deck is not None:
            yield Claim(deck.index, Role.SUBTITLE, "deck_above_byline", deck.text)
        return
    min_words = ctx.settings(SubtitleSettings).min_words
    while lead and lead[0].bullet_text is not None and lead[0].n_words < min_words:
        lead = lead[1:]  # "• بند": a list item too short for a deck, removed at the edge
    if not lead:
        return
    first = lead[0]
    nxt = lead[1] if len(lead) > 1 else None
    anchor = view.span.anchor
    if (
        first.n_words < min_words
        or ctx.tag(first) == "figcaption"
        or (nxt is not None and nxt.text == first.text)
        or credit_label_alone(nxt, ctx.lexicon)  # a photo's caption above its credit
        or first is view.free_lines()[-1]  # a deck over no text is the text
        or _printed_outside_lead(view, head, first)
        or (anchor is not None and first.index < anchor and _lone_lead_caption(view, lead, ctx))
        or credit_caption(first, ctx.lexicon) is not None
        or first.text.startswith("©")  # a photo's copyright line, whatever follows it
        or caption_label(first.text, ctx.lexicon) is not None
        or byline_parts(first, ctx.lexicon) is not None
        or is_label_pair(first)
        or _latin_names(first, ctx)
        or _opens_body(first, ctx)
    ):
        return
    yield Claim(first.index, Role.SUBTITLE, "deck_under_headline", first.text)
    for line in lead[1:]:
        if line.text == first.text:
            yield Claim(line.index, Role.REMOVED, "repeated_subtitle")


def _opens_body(line: Line, ctx: Context) -> bool:
    """Lines under the headline that belong to the text, not a deck: a long line that
    announces what follows (`... نبدأ بالملفات التالية:`), a line too long for a deck, and a
    short question heading the first section (`من هي الشركة؟`)."""
    if line.n_words >= INTRO_MIN_WORDS and line.text.endswith((":", "：")):
        return True
    if line.n_words > DECK_MAX_WORDS:
        return True  # a paragraph (the scraper cut its end off), not a deck
    return line.n_words <= QUESTION_HEADING_WORDS and line.text.endswith(ctx.lexicon.question_end)


def _printed_outside_lead(view: SpanView, head: Line, first: Line) -> bool:
    """Is the line under the headline printed again outside the lead block? Below it, it is a
    paragraph of the text (a lead repeated further down); above the headline, a teaser or a
    photo caption. Neither is a deck."""
    if view.text_counts[first.text] < 2:
        return False
    end = view.lead_end
    return any(
        line.text == first.text and (line.index >= end or line.index < head.index)
        for line in view.lines
    )


def _sentence_deck(view: SpanView, head: Line, ctx: Context) -> Line | None:
    """A deck written as sentences (`Trois troupeaux ont été attaqués ... .`): the first
    sentence under the headline is the deck when a byline or a date line stands between it
    and the rest of the text, as standfirsts are printed."""
    following = [line for line in view.lines if line.index > head.index and line.text]
    if len(following) < 3 or not following[0].is_prose or not view.is_free(following[0]):
        return None
    deck = following[0]
    for line in following[1 : 1 + DECK_SEPARATOR_LINES]:
        claim = view.claims.get(line.index)
        if claim is not None and (claim.role is Role.PUBLISHED or claim.reason in _SEPARATORS):
            return deck
        if claim is None and byline_parts(line, ctx.lexicon) is not None:
            return deck
        if line.is_prose and credit_caption(line, ctx.lexicon) is None:
            return None  # running text (a photo caption may stand between deck and byline)
    return None


def _bare_name(line: Line, view: SpanView) -> bool:
    """`Hélène Ménard`, `Yann Le Goff.` right above the date line: an author printed with no
    `By`. Only in scripts with capitals, where a name shows as capitalised words."""
    if not line.text[:1].isupper() or not (
        BARE_NAME_MIN_WORDS <= line.n_words <= BARE_NAME_MAX_WORDS
    ):
        return False
    words = line.text.rstrip(".").split(" ")
    if not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
        return False
    nxt = view.next_text_line(line.index)
    claim = view.claims.get(nxt.index) if nxt is not None else None
    return claim is not None and claim.role is Role.PUBLISHED


def _latin_names(line: Line, ctx: Context) -> bool:
    """`Ahmet Yilmaz, Selin Kaya` under an Arabic headline: reporters' names printed in Latin
    letters (agency pages do this), capitalised words and commas only, never a sentence."""
    if ctx.language != "ar" or line.script != "Latin" or line.ends_sentence:
        return False
    names = [name.strip() for name in line.text.split(",")]
    return len(names) <= LATIN_NAMES_MAX and all(
        BARE_NAME_MIN_WORDS <= name.count(" ") + 1 <= BARE_NAME_MAX_WORDS
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in name.split())
        for name in names
    )


def _arabic_name(line: Line, view: SpanView, ctx: Context) -> bool:
    """`مراد بلقاسمي` alone between the headline and the text: an author printed with no
    label: shaped as a personal name (`arabic_name_shaped`), sharing no word with the
    headline; what follows it is the text, the date or the author's bio."""
    if (
        ctx.language != "ar"
        or line.script != "Arabic"
        or not (BARE_NAME_MIN_WORDS <= line.n_words <= ARABIC_NAME_MAX_WORDS)
    ):
        return False
    if is_widget(line, ctx.lexicon):
        return False
    if view.text_counts[line.text] > 1:
        return False  # a short line printed twice is a photo's caption (`مسلحون حوثيون`)
    lexicon = ctx.lexicon
    if not arabic_name_shaped(line, lexicon):
        return False
    head = view.headline
    if head is not None and content_words(line.text, lexicon) & content_words(head.text, lexicon):
        return False
    nxt = view.next_text_line(line.index)
    if nxt is None:
        return False
    claim = view.claims.get(nxt.index)
    if claim is not None:
        return claim.role is Role.PUBLISHED
    if _author_bio(nxt, ctx):
        return True
    return nxt.is_prose or nxt.n_words >= RUNNING_TEXT_WORDS  # the text (the last may be cut)


def _author_bio(line: Line, ctx: Context) -> bool:
    """`كاتب صحفي ومدير النشر ...` under the author's name: the author's role, not a
    sentence, opening with a role word (`author_roles`)."""
    if line.n_words > BIO_MAX_WORDS or line.is_prose:
        return False
    roles = ctx.lexicon.phrases["author_roles"]
    return any(word in roles for word in line.key.split(" ", BIO_ROLE_WORDS)[:BIO_ROLE_WORDS])


def _publisher_line(line: Line, ctx: Context) -> bool:
    """`سبوتنيك عربي`, `Reuters Arabic`: a known agency's or broadcaster's name, alone or with
    a one-word edition, on its own line under the headline: the publisher."""
    if line.n_words > PUBLISHER_LINE_WORDS or not line.text.replace(" ", "").isalpha():
        return False  # "(PA Wire)" is a photo's credit
    first = line.key.split(" ", 1)[0]
    return first in ctx.lexicon.agencies


def _dated_name(line: Line, ctx: Context) -> dict[str, Any] | None:
    """`NAME.. 16.02.2023`, `Ahmet Yilmaz, Selin Kaya | 07.04.2024 - محدث : 08.04.2024`: the
    author, then the date the piece was filed (the first one printed)."""
    text = line.text
    if ".." not in text and " | " not in text:
        return None
    for mark in ("..", " | "):
        name, sep, rest = text.partition(mark)
        if not sep or not rest.strip() or any(ch.isdigit() for ch in name):
            continue
        name = name.strip(" .")
        if not (BARE_NAME_MIN_WORDS <= name.count(" ") + 1 <= BYLINE_NAME_WORDS * LATIN_NAMES_MAX):
            continue
        if name.count(",") + name.count("،") == 0 and name.count(" ") >= BYLINE_NAME_WORDS:
            continue
        first = rest.strip(" .").split(" - ", 1)[0]
        found = ctx.lexicon.dates.parse(first, strict=True)
        if found is not None:
            return {"byline": name, "date": found}
    return None


def _lone_lead_caption(view: SpanView, lead: list[Line], ctx: Context) -> bool:
    """The first line under the headline is printed once and no other caption comes before
    the widget: it is the photo's (uncredited) caption. When a repeated or credited caption
    follows it, it is the deck above that photo."""
    first, anchor = lead[0], view.span.anchor
    if view.text_counts[first.text] != 1:
        return False
    return not any(
        view.text_counts[line.text] > 1 or credit_caption(line, ctx.lexicon) is not None
        for line in lead[1:]
        if anchor is not None and line.index < anchor
    )


def extract_byline(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims `لندن: فلان الفلاني` and `رويترز (نيويورك)` lines above the first sentence.

    Risk: a short `X: Y` line before the first sentence of a span is read as dateline and
    author; only lines of at most seven words that do not end a sentence are considered.
    """
    head = view.headline
    start = head.index + 1 if head is not None else view.span.start
    end = view.lead_end + 1
    if (claim := view.claims.get(view.lead_end)) is not None and claim.role is Role.SUBTITLE:
        end = next((ln.index for ln in view.free_lines(end) if ln.is_prose), end) + 1
    seen: set[str] = set()
    label = ctx.lexicon.author_label_re
    name_line = -1
    for line in view.free_lines(start, end):
        if line.index == name_line:
            continue
        if label is not None and label.match(line.text):
            nxt = view.next_text_line(line.index)
            yield Claim(line.index, Role.REMOVED, "byline_label")
            if (
                nxt is not None
                and view.is_free(nxt)
                and nxt.n_words <= BYLINE_NAME_WORDS
                and not nxt.ends_sentence
            ):
                name_line = nxt.index
                yield Claim(
                    nxt.index, Role.BYLINE, "byline_under_label", author(nxt.text, ctx.lexicon)
                )
            continue
        found = byline_parts(line, ctx.lexicon)
        if found is None and (_bare_name(line, view) or _latin_names(line, ctx)):
            found = {"byline": line.text.rstrip(". ")}
        if found is None and line.n_words <= ARABIC_NAME_MAX_WORDS:
            if _publisher_line(line, ctx):
                found = {"source": line.text}
            elif _arabic_name(line, view, ctx):
                found = {"byline": line.text}
        if found is None and (".." in line.text or " | " in line.text):
            found = _dated_name(line, ctx)
        if found is None and ("،" in line.text or "," in line.text):
            found = dated_dateline(line, ctx.lexicon)
        if found is None:
            continue
        if line.text in seen:
            yield Claim(line.index, Role.REMOVED, "repeated_byline")
        else:
            seen.add(line.text)
            yield Claim(line.index, Role.BYLINE, "byline", found)
        bio = view.next_text_line(line.index)
        if bio is not None and view.is_free(bio) and _author_bio(bio, ctx):
            name_line = bio.index
            yield Claim(bio.index, Role.REMOVED, "author_bio")


def remove_lead_outline(view: SpanView, _ctx: Context) -> Iterator[Claim]:
    """Claims a run of two or more `- TOPIC` lines between the headline (or the span's
    start) and the first sentence: a programme's or a report's outline, above its text.

    Risk: a dashed list that opens a text before any sentence is removed; lists after the
    first sentence are never touched.
    """
    head = view.headline
    start = head.index + 1 if head is not None else view.span.start
    run: list[Line] = []
    claims = view.claims
    for line in view.page.lines[start : view.lead_end]:
        if not line.text or line.index in claims:
            continue
        if line.text.startswith(_OUTLINE_DASHES) and line.n_words <= OUTLINE_MAX_WORDS:
            run.append(line)
            continue
        if len(run) >= OUTLINE_MIN_ITEMS:
            break
        run = []
    if len(run) >= OUTLINE_MIN_ITEMS:
        for line in run:
            yield Claim(line.index, Role.REMOVED, "lead_outline")
