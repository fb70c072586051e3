"""The headline: the `<h1>` that agrees with the page's own titles, near the region."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from cleannews.dom.evidence import word_set

__all__ = ["choose_headline", "strip_site_suffix"]

HEAD_ZONE_LINES = 10  # lines between the headline and the region left to the text passes
TITLE_AGREEMENT = 0.5  # share of the title's words a headline candidate must hold


_SUFFIX_RE = re.compile(r"\s+[|\-–—·•»]\s+[^|\-–—·•»]{2,60}$")  # not " : " (French titles)


def strip_site_suffix(title: str) -> str:
    """`Headline - Site Name` / `Headline | Site` -> `Headline`."""
    stripped = _SUFFIX_RE.sub("", title).strip()
    return stripped if len(stripped.split()) >= 2 else title


def _page_titles(root: Any) -> list[str]:
    found = [
        str(v)
        for v in root.xpath(
            "//meta[@property='og:title' or @name='twitter:title' or @name='og:title']/@content"
        )
    ]
    title = root.find(".//title")
    if title is not None and title.text_content():
        found.append(title.text_content())
    return [strip_site_suffix(" ".join(t.split())) for t in found if t.strip()]


def _agreement(line: str, titles: list[str]) -> float:
    words = word_set(line)
    if not words:
        return 0.0
    best = 0.0
    for title in titles:
        want = word_set(title)
        if want:
            best = max(best, len(words & want) / max(len(want), len(words)))
    return best


def choose_headline(
    page: Any, root: Any, verdict: Mapping[int, tuple[bool, str | None]], first: int
) -> int | None:
    """The `<h1>` that agrees with the page's titles, inside or above the region; else the
    region's first `<h1>`; else a heading at the region's top that agrees with them."""
    titles = _page_titles(root)
    candidates: list[tuple[int, str, bool]] = []
    for i, tag in page.tags.items():
        inside, reason = verdict.get(i, (False, None))
        if reason == "hidden" or (reason and inside):
            continue
        if tag == "h1" or (tag in ("h2", "h3") and abs(i - first) <= HEAD_ZONE_LINES):
            candidates.append((i, tag, inside))
    scored: list[tuple[float, bool, bool, int, int]] = [
        (_agreement(page.lines[i], titles), tag == "h1", inside, -abs(i - first), i)
        for i, tag, inside in candidates
    ]
    agreeing = [s for s in scored if s[0] >= TITLE_AGREEMENT]
    if agreeing:
        return max(agreeing, key=lambda s: (s[1] or s[2], s[2], s[0], s[3]))[4]
    inside_h1 = [s for s in scored if s[1] and s[2]]
    return min(inside_h1, key=lambda s: s[4])[4] if inside_h1 else None
