"""The publisher's masthead: editor roles and their holders, printed above or below the text."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from pydantic import Field

from cleannews.claims import Claim, Context, Role, Settings, SpanView
from cleannews.page import Line

_GLUE = " :：-–—|"


class MastheadSettings(Settings):
    max_words: int = Field(10, ge=1, description="longest masthead line")
    max_name_words: int = Field(4, ge=1, description="longest name after (or under) a role")
    header_min_lines: int = Field(3, ge=2, description="fewest lines of a header printed twice")
    header_zone: int = Field(80, ge=1, description="lines above the text searched for it")


def remove_masthead(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims `رئيس التحرير: NAME` lines (the name glued or not, several roles joined by
    `و`), a role alone on its line and the short name line under it.

    Risk: a body line that opens with an editor's role and has at most a few words after it
    (`رئيس التحرير يستقيل`) is removed; a role followed by a sentence is not touched.
    """
    lexicon = ctx.lexicon
    roles = lexicon.phrases["masthead_roles"]
    if not roles:
        return
    s = ctx.settings(MastheadSettings)
    starts = lexicon.masthead_starts
    longest = _longest_first(roles)
    name_of: int | None = None
    for line in _outside_text(view):
        if line.index == name_of:
            yield Claim(line.index, Role.REMOVED, "masthead_name")
            continue
        if not line.text.startswith(starts) or line.n_words > s.max_words or line.ends_sentence:
            continue
        rest = _after_roles(line.key, longest)
        if rest is None or rest.count(" ") >= s.max_name_words:
            continue
        yield Claim(line.index, Role.REMOVED, "masthead")
        if not rest:
            nxt = view.next_text_line(line.index)
            if nxt is not None and _name_shaped(nxt, s):
                name_of = nxt.index


@lru_cache(maxsize=8)
def _longest_first(roles: frozenset[str]) -> list[str]:
    return sorted(roles, key=len, reverse=True)


def _outside_text(view: SpanView) -> Iterator[Line]:
    """Free lines above the first sentence, then those below the last one: where a masthead
    stands (the text in between is not looked at)."""
    lines, claims, lead_end = view.text_lines, view.claims, view.lead_end
    top = 0
    for line in lines:
        if line.index >= lead_end:
            break
        top += 1
        if line.index not in claims:
            yield line
    bottom = len(lines)
    while bottom > top and not lines[bottom - 1].is_prose:
        bottom -= 1
    for line in lines[bottom:]:
        if line.index not in claims:
            yield line


def _after_roles(key: str, roles: list[str]) -> str | None:
    """What follows one or more roles at the start of `key` (`""` for roles alone), or None
    when `key` does not open with a role. `ورئيس التحرير` joins a second role to the first."""
    rest, found = key, False
    while True:
        role = next((r for r in roles if rest.startswith(r)), None)
        if role is None:
            return rest.strip(_GLUE) if found else None
        found = True
        rest = rest[len(role) :].lstrip(_GLUE)
        if rest.startswith("و") and any(rest[1:].startswith(r) for r in roles):
            rest = rest[1:]


def _name_shaped(line: Line, s: MastheadSettings) -> bool:
    return (
        line.n_words <= s.max_name_words
        and not line.ends_sentence
        and not any(ch.isdigit() for ch in line.text)
    )


def remove_header_printed_twice(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims a block of short lines printed twice in a row above the text: the site's
    header in its desktop and mobile copies (masthead, menu, editors), which no pass knows
    line by line. Nothing the page prints once stands between the copies (a lead block and
    its repeat have the `TT` widget), and a headline under them must follow before the
    running text. Lines of the copies other passes took (a masthead's roles) still count.

    Risk: a page that prints its section, headline and byline twice in a row as one block,
    with another short line under them, loses that headline.
    """
    s = ctx.settings(MastheadSettings)
    zone = _lines_above_text(view, s.header_zone)
    if len(zone) <= 2 * s.header_min_lines:
        return  # no room for two copies and a headline under them
    texts = [line.text for line in zone]
    seen: dict[str, int] = {}
    for i, text in enumerate(texts):
        first = seen.setdefault(text, i)
        width = i - first
        if width < s.header_min_lines or texts[first:i] != texts[i : i + width]:
            continue
        if not any(view.is_free(line) for line in zone[i + width :]):
            return  # nothing is left above the text for a headline
        for copy in zone[first : i + width]:
            if view.is_free(copy):
                yield Claim(copy.index, Role.REMOVED, "header_printed_twice")
        return


def _lines_above_text(view: SpanView, limit: int) -> list[Line]:
    """The lines above the first sentence, at most `limit`: free ones and those other passes
    took that the page prints more than once (a widget printed once ends the zone)."""
    counts, claims = view.text_counts, view.claims
    zone: list[Line] = []
    for line in view.text_lines:
        if line.is_prose or len(zone) == limit:
            break
        if line.index not in claims or counts[line.text] > 1:
            zone.append(line)
        elif zone:
            break
    return zone
