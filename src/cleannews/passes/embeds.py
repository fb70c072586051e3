"""Posts embedded from social networks, printed as text: the post, its author line, its link.

An embedded post (a tweet, an Instagram or Facebook post) is rendered by the site as a quote
block; scraped, it becomes a few short lines inside the article. Its signature line, the
author with a handle and a date (`— NAME (@handle) May 3, 2025`), is the same on every site,
so the block is found from it, without knowing the site.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from cleannews.claims import Claim, Context, Role, Settings, SpanView
from cleannews.page import Line

# "— NAME (@handle) May 3, 2025", "— NAME (@handle) 3 mai 2025"
_SIGNATURE_RE = re.compile(r"^[—–-]\s*\S.{0,80}\(@\w{1,30}\)\s+\S.{0,30}\d{4}$")
_DASHES = "—–-"
_HANDLE = "@"  # in every signature line; one character is found fastest
_POST_LINK_RE = re.compile(r"^(?:https?://)?(?:pic\.twitter\.com|t\.co|x\.com|twitter\.com)/\S+$")


class EmbedSettings(Settings):
    max_lines: int = Field(6, ge=1, description="most lines of a post around its signature")
    max_words: int = Field(40, ge=1, description="longest line taken for part of a post")
    max_posts: int = Field(
        1, ge=0, description="most posts removed; a span quoting more is a roundup of posts"
    )


def remove_embedded_posts(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims an embedded post: its signature line, the short lines of the post above it back
    to the last sentence of the article, and the lines below it up to the post's link.

    Risk: a short article line right above a post's signature, not ending like a sentence,
    goes with the post. A span quoting several posts keeps them all (a roundup of what was
    said online, where the posts are the article). HTML input keeps its posts: there the
    embed is markup inside the article region, which is the site's own statement that the
    post belongs to the story (and the public benchmark's ground truth agrees).
    """
    if ctx.tags:
        return  # HTML: the post sits in the page's article markup, which the DOM step reads
    if not view.page.has(_HANDLE):
        return  # no line of the page can be a signature
    s = ctx.settings(EmbedSettings)
    free = view.free_lines()
    signed = [pos for pos, line in enumerate(free) if _is_signature(line)]
    if len(signed) > s.max_posts:
        return  # "what they said online": the posts are the story
    for pos in signed:
        line = free[pos]
        yield Claim(line.index, Role.REMOVED, "embedded_post")
        for part in _post_above(free, pos, s):
            yield Claim(part.index, Role.REMOVED, "embedded_post")
        for part in _post_below(free, pos, s):
            yield Claim(part.index, Role.REMOVED, "embedded_post")


def _is_signature(line: Line) -> bool:
    return line.text[0] in _DASHES and _SIGNATURE_RE.match(line.text) is not None


def _post_above(free: list[Line], pos: int, s: EmbedSettings) -> list[Line]:
    out = []
    for line in reversed(free[max(0, pos - s.max_lines) : pos]):
        if line.ends_sentence or line.n_words > s.max_words:
            break
        out.append(line)
    return out


def _post_below(free: list[Line], pos: int, s: EmbedSettings) -> list[Line]:
    """Up to the post's own link, when it has one within reach; nothing otherwise."""
    below = free[pos + 1 : pos + 1 + s.max_lines]
    end = next((n for n, line in enumerate(below) if _POST_LINK_RE.match(line.text)), None)
    if end is None:
        return []
    return [line for line in below[: end + 1] if line.n_words <= s.max_words]
