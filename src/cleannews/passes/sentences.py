"""Furniture written as sentences: wire sign-offs, paywall prompts, correspondent lines.

These read like text (`Reporting by Jane Doe; Editing by John Roe`, `Abonnez-vous pour lire
la suite`), so no shape test finds them; each language pack says how they are worded, as
named patterns, and a page whose packs have none of them costs one dictionary lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleannews.claims import Claim, Context, Role, SpanView
from cleannews.page import LEADING_MARKS, Line

MAX_WORDS = 80  # a sign-off or prompt is one line; a comment policy or an appeal a paragraph
BOX_LINES = 4  # lines from a newsletter box's heading to its closing pitch
BOX_LINE_WORDS = 5  # a box's schedule or name line
_Patterns = tuple[tuple[str, re.Pattern[str]], ...]
_REASONS = {
    "agency_sign_off": "agency_sign_off",
    "paywall": "paywall_prompt",
    "newsletter": "newsletter_prompt",
    "player_notice": "player_notice",
    "correspondent": "correspondent_line",
    "comment_notice": "comment_form_notice",
    "disclaimer": "disclaimer",
    "syndication": "syndication_line",
    "site_notice": "site_notice",
}
_NAMES = tuple(_REASONS)
_WORD_RE = re.compile(r"[\w.-]+")


def remove_furniture_sentences(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims lines matching the packs' `agency_sign_off`, `paywall`, `newsletter`,
    `comment_notice`, `disclaimer`, `syndication`, `site_notice` and `correspondent`
    patterns; a correspondent line (`Avec notre envoyée spéciale à Kyiv, Marie Durand`) gives
    the byline, a syndication line the source.

    Risk: a body sentence worded exactly like a sign-off (`... contributed to this report.`
    about a person in the story) is removed; the patterns are anchored on the whole line.
    """
    by_script = ctx.lexicon.pattern_group(_NAMES)
    arabic, latin = by_script["Arabic"], by_script["Latin"]
    if not arabic and not latin:
        return
    any_of = ctx.lexicon.pattern_union(_NAMES)  # most lines match none: one test says so
    arabic_match = any_of["Arabic"].match
    boxed: set[int] = set()  # lines a newsletter box took
    for line in view.free_lines():
        if line.n_words > MAX_WORDS:
            continue
        text = line.text
        first = text[0]
        if first in LEADING_MARKS:  # `→ Lire la suite`, `| انضموا`: the patterns open on words
            text = text.lstrip(LEADING_MARKS) or text
            first = text[0]
        if "\u0600" <= first <= "\u06ff":
            if arabic_match(text) is None:
                continue
            script = "Arabic"
        else:
            script = line.script
            if any_of[script].match(text) is None:
                continue
        if line.index in boxed:
            continue
        found = by_script[script]
        for name, pattern in found:
            match = pattern.match(text)
            if match is None:
                continue
            reason = _REASONS[name]
            if reason == "correspondent_line" and "," in line.text:
                person = line.text.rsplit(",", 1)[1].strip(" .")
                yield Claim(line.index, Role.BYLINE, reason, {"byline": person})
            elif reason == "agency_sign_off" and (agency := _agency_in(line.text, ctx)):
                yield Claim(line.index, Role.SOURCE, reason, agency)  # "(avec AFP)"
            elif reason == "syndication_line" and (site := _site_named(match)):
                yield Claim(line.index, Role.SOURCE, reason, site)  # "... first on SITE."
            else:
                yield Claim(line.index, Role.REMOVED, reason)
                if reason == "newsletter_prompt":  # its box: the lines under it, its pitch
                    for claim in _box_claims(view, line, found):
                        boxed.add(claim.line)
                        yield claim
            break


def _box_claims(view: SpanView, heading: Line, found: _Patterns) -> Iterator[Claim]:
    """`A NEWSLETTER FOR YOU`, `Friday, 8.30 am`, `SGSME`, `Get updates on ...`: the short
    lines under a newsletter prompt belong to its box when another prompt closes it within
    a few lines; the box ends there."""
    newsletter = next((p for name, p in found if name == "newsletter"), None)
    if newsletter is None:
        return
    box: list[Line] = []
    line: Line | None = heading
    for _ in range(BOX_LINES):
        line = view.next_text_line(line.index)  # type: ignore[union-attr]
        if line is None or (
            not newsletter.match(line.text) and (line.is_prose or line.n_words > BOX_LINE_WORDS)
        ):
            return
        box.append(line)
        if newsletter.match(line.text):
            yield from (Claim(part.index, Role.REMOVED, "newsletter_box") for part in box)
            return


def _site_named(match: re.Match[str]) -> str | None:
    """The site a syndication line names: each pack captures it in a group `site_LANG` (the
    packs' patterns are joined into one, where a group's name must be unique)."""
    site = next((value for value in match.groupdict().values() if value), None)
    return site.strip(" .") if site else None


def _agency_in(text: str, ctx: Context) -> str | None:
    """The agency a short sign-off names last: `(avec AFP)`, `franceinfo avec AFP`."""
    words = _WORD_RE.findall(text)
    for start in range(len(words) - 1, -1, -1):
        for size in (2, 1):
            name = " ".join(words[start : start + size])
            if ctx.lexicon.agency(name):
                return name
    return None
