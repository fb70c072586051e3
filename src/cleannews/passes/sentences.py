"""Furniture written as sentences: wire sign-offs, paywall prompts, correspondent lines.

These read like text (`Reporting by Jane Doe; Editing by John Roe`, `Abonnez-vous pour lire
la suite`), so no shape test finds them; each language pack says how they are worded, as
named patterns, and a page whose packs have none of them costs one dictionary lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleannews.claims import Claim, Context, Role, SpanView

MAX_WORDS = 40  # a sign-off or prompt is one short line; longer lines are text
_REASONS = {
    "agency_sign_off": "agency_sign_off",
    "paywall": "paywall_prompt",
    "newsletter": "newsletter_prompt",
    "player_notice": "player_notice",
    "correspondent": "correspondent_line",
    "comment_notice": "comment_form_notice",
    "disclaimer": "disclaimer",
}
_NAMES = tuple(_REASONS)
_WORD_RE = re.compile(r"[\w.-]+")


def remove_furniture_sentences(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims lines matching the packs' `agency_sign_off`, `paywall`, `newsletter`,
    `comment_notice`, `disclaimer` and `correspondent` patterns; a correspondent line
    (`Avec notre envoyée spéciale à Kyiv, Marie Durand`) gives the byline.

    Risk: a body sentence worded exactly like a sign-off (`... contributed to this report.`
    about a person in the story) is removed; the patterns are anchored on the whole line.
    """
    by_script = ctx.lexicon.pattern_group(_NAMES)
    arabic, latin = by_script["Arabic"], by_script["Latin"]
    if not arabic and not latin:
        return
    any_of = ctx.lexicon.pattern_union(_NAMES)  # most lines match none: one test says so
    arabic_match = any_of["Arabic"].match
    for line in view.free_lines():
        if line.n_words > MAX_WORDS:
            continue
        text = line.text
        if "\u0600" <= text[0] <= "\u06ff":
            if arabic_match(text) is None:
                continue
            script = "Arabic"
        else:
            script = line.script
            if any_of[script].match(text) is None:
                continue
        for name, pattern in by_script[script]:
            if not pattern.match(line.text):
                continue
            reason = _REASONS[name]
            if reason == "correspondent_line" and "," in line.text:
                person = line.text.rsplit(",", 1)[1].strip(" .")
                yield Claim(line.index, Role.BYLINE, reason, {"byline": person})
            elif reason == "agency_sign_off" and (agency := _agency_in(line.text, ctx)):
                yield Claim(line.index, Role.SOURCE, reason, agency)  # "(avec AFP)"
            else:
                yield Claim(line.index, Role.REMOVED, reason)
            break


def _agency_in(text: str, ctx: Context) -> str | None:
    """The agency a short sign-off names last: `(avec AFP)`, `franceinfo avec AFP`."""
    words = _WORD_RE.findall(text)
    for start in range(len(words) - 1, -1, -1):
        for size in (2, 1):
            found = ctx.lexicon.agency(" ".join(words[start : start + size]))
            if found:
                return found
    return None
