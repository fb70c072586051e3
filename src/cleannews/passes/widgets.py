"""Page controls printed as text: font-size `TT`, share and print buttons, ad slots."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from cleannews.claims import Claim, Context, Role, SpanView
from cleannews.lexicon import Lexicon
from cleannews.page import BULLET_START, LEADING_MARKS, Line
from cleannews.signals import is_read_also_marker, is_widget

SHARE_BAR_MAX_WORDS = 8
_PUNCT_RE = re.compile(r"[()\[\]|:,،.•·/]+")


def remove_widgets(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims lines that are a widget label alone (`TT`, `طباعة`, `[ad_1]`).

    Share bars are lines of network names and the words around them (`Share on Facebook`,
    `FacebookTwitterEmail`).

    Risk: a one-word body line equal to a widget label (`شارك`) is removed; labels are
    matched only on lines of at most four words. From HTML, a line made only of `<button>`
    text (`SharePrint`) is a control whatever it says.
    """
    tags = ctx.tags
    lexicon = ctx.lexicon
    free = view.free_lines()
    echoed = _echoed_bullets(free)
    for line in free:
        if line.index in echoed:
            yield Claim(line.index, Role.REMOVED, "echoed_list_item")
        elif is_widget(line, lexicon):
            yield Claim(line.index, Role.REMOVED, "widget_marker")
        elif line.n_words <= SHARE_BAR_MAX_WORDS and _is_share_bar(line, lexicon):
            yield Claim(line.index, Role.REMOVED, "share_bar")
        elif line.text[0] in BULLET_START and _bulleted_widget(line, lexicon):
            yield Claim(line.index, Role.REMOVED, "widget_marker")
        elif tags and tags.get(line.index) == "button":
            yield Claim(line.index, Role.REMOVED, "html_buttons")


def _bulleted_widget(line: Line, lexicon: Lexicon) -> bool:
    """`• Copié`, `• Share`: a control printed as an item of the page's bulleted toolbar."""
    return (
        line.n_words <= lexicon.max_widget_words + 1
        and line.bullet_text is not None
        and line.key.lstrip(LEADING_MARKS) in lexicon.phrases["widgets"]
    )


def _echoed_bullets(free: list[Line]) -> set[int]:
    """`• TITLE` followed by `TITLE`: a stories or most-read widget prints each item as a
    bullet and again as its card, which no article's list does."""
    out: set[int] = set()
    for line, nxt in pairwise(free):
        if line.text[0] not in BULLET_START:
            continue
        bullet = line.bullet_text
        if bullet is not None and bullet == nxt.text:
            out.update((line.index, nxt.index))
    return out


def _is_share_bar(line: Line, lexicon: Lexicon) -> bool:
    """`Share on Facebook`, `Partagez sur twitter (nouvel onglet)`, `Facebook Twitter Email`,
    `FacebookTwitterLinkedInEmail`: network names, alone or with the words around them."""
    networks = lexicon.phrases.get("social_networks", frozenset())
    if not networks:
        return False
    text = line.bullet_text or line.text  # "• facebook": one link of a bulleted share list
    if line.n_words == 1:
        glued = lexicon.glued_networks_re
        return glued is not None and text.isascii() and glued.fullmatch(line.key) is not None
    if text.split(" ", 1)[0].strip("()[]|:,،.•·/") not in lexicon.share_firsts:
        return False  # a share bar opens with a network or a share word
    words = _PUNCT_RE.sub(" ", line.key).split()
    named = sum(w in networks for w in words)
    share = lexicon.phrases.get("share_words", frozenset())
    if not named:  # `Partager sur :`: the share button's label, its icons not printed
        widgets = lexicon.phrases["widgets"]
        if len(words) < 2:
            return False
        if words[0] in widgets:
            return all(w in share for w in words[1:])
        # `قم بمشاركة المقال`: a prompt to press it, the label after a clitic
        rest = [_without_clitic(w, lexicon.clitics) for w in words[1:]]
        return all(w in share for w in rest) and any(w in widgets for w in rest)
    return named + sum(w in share for w in words) >= len(words)


def _without_clitic(word: str, clitics: tuple[str, ...]) -> str:
    for clitic in clitics:
        if word.startswith(clitic) and len(word) > len(clitic) + 2:
            return word[len(clitic) :]
    return word


def remove_read_also_marker(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims the `إقرأ أيضاً:` line that announced this span's article.

    Risk: none beyond segmentation's; a marker followed by teasers is left to the related pass.
    """
    marker = view.span.marker
    if marker is not None and is_read_also_marker(view.page.lines[marker], ctx.lexicon):
        yield Claim(marker, Role.REMOVED, "read_also_marker")


def remove_learned_lines(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims lines that a site's learned profile lists: furniture printed on many of its pages.

    Risk: a body line identical to a learned line is removed; `cleannews learn` does not learn
    lines that stand inside the running text of any page it read.
    """
    learned = ctx.lexicon.phrases["learned_lines"]
    if not learned:
        return
    for line in view.free_lines():
        if line.key in learned:
            yield Claim(line.index, Role.REMOVED, "learned_furniture")
