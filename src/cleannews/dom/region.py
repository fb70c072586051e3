"""Which subtree is the article: the best-scored container, its sections and siblings, its
`<article>`, appended `<article>`s; and, per element, the evidence that removes it.

The page's JSON-LD `articleBody` is one more vote among the best containers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from cleannews.dom.evidence import LINK_DENSITY_MAX, Stats, ancestors_of, word_set

__all__ = ["choose_region", "stated_body", "verdicts"]

CONTAINER_TAGS = frozenset(["div", "section", "ul", "ol", "li", "dl", "table", "tbody", "span"])


_LIST_TAGS = frozenset(["ul", "ol", "li"])


_INLINE_TAGS = frozenset(["span", "font", "a", "b", "i", "em", "strong", "small", "u", "label"])


LINK_DENSITY_MIN_LINKS = 2


LINK_ONLY = 0.8  # a list of one link is a teaser when it is this much link


LINK_LIST_PROSE_SHARE = 0.3  # a link list holds less than this share of the region's prose


SIBLING_SHARE = 0.2  # a sibling of the best container joins the region at this share of its score


SIBLING_MIN_SCORE = 10.0


CLIMB_LEVELS = 6


CLIMB_GROWTH = 1.25  # the parent holds at least this much more prose ...


CLIMB_MIN_CHARS = 200  # ... and this many characters more


CLIMB_LINK_DENSITY = 0.35


ARTICLE_WIDEN_RATIO = 1.25  # widen to the enclosing <article> unless it holds this much more


ARTICLE_WIDEN_CHARS = 300  # prose (paragraph text outside negative blocks), or this many chars


SECOND_ARTICLE_SHARE = 0.3  # a sibling <article> is a second full article at this share


STATED_CANDIDATES = 8  # containers the JSON-LD articleBody votes among


STATED_MARGIN = 0.1  # ... and how much better its choice must match


STATED_MIN_CHARS = 200


STATED_SIBLING_SHARE = 0.5  # a sibling joins only if this share of its words is stated


JSON_DEPTH = 8


POSITIVE_WEIGHT = 25.0


ARTICLE_BODY_WEIGHT = 40.0


def _final_scores(stats: Stats) -> dict[Any, float]:
    out = {}
    for el, value in stats.score.items():
        total = stats.text.get(el, 0)
        density = stats.links.get(el, 0) / total if total else 0.0
        bonus = POSITIVE_WEIGHT if el in stats.positive else 0.0
        if "articleBody" in (el.get("itemprop") or ""):
            bonus += ARTICLE_BODY_WEIGHT
        out[el] = value * (1.0 - density) + bonus
    return out


def choose_region(stats: Stats, stated: set[str] | None = None) -> list[Any]:
    """The article's elements; `stated` (the words of the page's JSON-LD `articleBody`) is one
    more vote among the best-scored containers."""
    final = _final_scores(stats)
    if not final:
        return []
    best = max(final, key=final.__getitem__)
    if stated:
        best = _stated_vote(best, final, stated)
    top = best
    while top.tag in _INLINE_TAGS and top.getparent() is not None:
        top = top.getparent()  # lines are blocks: a region is one too
    top = _climb(top, stats)
    region = [top]
    parent = top.getparent()
    if parent is not None and top.tag not in ("body", "html"):
        threshold = max(SIBLING_MIN_SCORE, final[best] * SIBLING_SHARE)
        for sibling in parent:
            if sibling is top or not isinstance(sibling.tag, str) or sibling in stats.reason:
                continue
            if stated and _stated_share(sibling, stated) < STATED_SIBLING_SHARE:
                continue  # the page's own statement of its text does not hold this block
            if final.get(sibling, 0.0) >= threshold or _is_prose_paragraph(sibling, stats):
                region.append(sibling)
    article = next((a for a in ancestors_of(top) if _is_article(a)), None)
    if article is None or article in stats.reason:
        return region
    inner = sum(stats.prose.get(el, 0) for el in region)
    outer = stats.prose.get(article, 0)
    if outer <= max(inner * ARTICLE_WIDEN_RATIO, inner + ARTICLE_WIDEN_CHARS):
        region = [article]
    return [*region, *_second_articles(article, final, final[best], stats)]


def _stated_vote(best: Any, final: Mapping[Any, float], stated: set[str]) -> Any:
    """Among the best containers, the one whose words match the JSON-LD body clearly better."""
    ranked = sorted(final, key=final.__getitem__, reverse=True)[:STATED_CANDIDATES]

    def agreement(el: Any) -> float:
        words = word_set(el.text_content())
        shared = len(words & stated)
        return 2 * shared / (len(words) + len(stated)) if words else 0.0

    scored = {el: agreement(el) for el in ranked}
    challenger = max(scored, key=scored.__getitem__)
    return challenger if scored[challenger] > scored[best] + STATED_MARGIN else best


def _stated_share(el: Any, stated: set[str]) -> float:
    words = word_set(el.text_content())
    return len(words & stated) / len(words) if words else 1.0


def stated_body(root: Any) -> set[str] | None:
    """The words of the page's JSON-LD `articleBody`, when it states one of some length."""
    for script in root.iterfind(".//script[@type='application/ld+json']"):
        source = script.text or ""
        if "articleBody" not in source:
            continue
        try:
            data = json.loads(source)
        except ValueError:
            continue
        body = _find_key(data, "articleBody")
        if isinstance(body, str) and len(body) >= STATED_MIN_CHARS:
            return word_set(body)
    return None


def _find_key(data: Any, key: str, depth: int = 0) -> Any:
    if depth > JSON_DEPTH:
        return None
    if isinstance(data, dict):
        if key in data:
            return data[key]
        items: Iterable[Any] = data.values()
    elif isinstance(data, list):
        items = data
    else:
        return None
    for item in items:
        found = _find_key(item, key, depth + 1)
        if found is not None:
            return found
    return None


def _climb(top: Any, stats: Stats) -> Any:
    """Up from the best container while its parent holds clearly more prose (outside lists,
    where teasers with snippets are): an article whose paragraphs sit in several sections
    (split by figures, quotes, ads)."""
    best = parent = top
    for _ in range(CLIMB_LEVELS):
        if _is_article(parent):
            break  # the article's own element bounds it
        parent = parent.getparent()
        if parent is None or parent.tag in ("body", "html") or parent in stats.reason:
            break
        total = stats.text.get(parent, 0)
        density = stats.links.get(parent, 0) / total if total else 1.0
        if density > CLIMB_LINK_DENSITY:
            break
        mine = stats.prose.get(best, 0) - stats.list_prose.get(best, 0)
        theirs = stats.prose.get(parent, 0) - stats.list_prose.get(parent, 0)
        if theirs >= mine * CLIMB_GROWTH + CLIMB_MIN_CHARS:
            best = parent
    return best


def _is_article(el: Any) -> bool:
    return el.tag == "article" or "articleBody" in (el.get("itemprop") or "")


def _second_articles(
    article: Any, final: Mapping[Any, float], best: float, stats: Stats
) -> list[Any]:
    """Sibling `<article>`s holding a full text of their own: appended articles."""
    parent = article.getparent()
    if parent is None:
        return []
    out = []
    for sibling in parent:
        if sibling is article or sibling.tag != "article" or sibling in stats.reason:
            continue
        inside = [
            value for el, value in final.items() if el is sibling or sibling in ancestors_of(el)
        ]
        if inside and max(inside) >= best * SECOND_ARTICLE_SHARE:
            out.append(sibling)
    return out


def _is_prose_paragraph(el: Any, stats: Stats) -> bool:
    if el.tag != "p":
        return False
    total = stats.text.get(el, 0)
    density = stats.links.get(el, 0) / total if total else 1.0
    return total > 80 and density < 0.25


def _inside_reason(el: Any, stats: Stats, prose: int, *, article: bool = True) -> str | None:
    """Evidence on an element inside the region: its markup, or a link list's density (not
    for an element holding a good share of the region's `prose`)."""
    own = stats.reason.get(el)
    if own == "header" and article:
        return None  # the article's own header: headline, byline, date
    if own is not None:
        return own
    anchors = stats.anchors.get(el, 0)
    if (
        el.tag in CONTAINER_TAGS
        and anchors
        and stats.prose.get(el, 0) <= prose * LINK_LIST_PROSE_SHARE
    ):
        total = stats.text.get(el, 0)
        density = stats.links.get(el, 0) / total if total else 0.0
        if density > LINK_DENSITY_MAX and (
            anchors >= LINK_DENSITY_MIN_LINKS or (el.tag in _LIST_TAGS and density > LINK_ONLY)
        ):
            return "link_density"
    return None


def verdicts(
    page_elements: Mapping[int, Any], region: list[Any], stats: Stats, *, article: bool = True
) -> dict[Any, Any]:
    """Per element: (inside the region, the outermost evidence below the region or page).

    `article`: the region is the article, whose own `<header>` holds its headline."""
    memo: dict[Any, tuple[bool, str | None]] = dict.fromkeys(region, (True, None))
    prose = sum(stats.prose.get(el, 0) for el in region)
    for start in page_elements.values():
        chain = []
        el = start
        while el is not None and el not in memo:
            chain.append(el)
            el = el.getparent()
        state = memo[el] if el is not None else (False, None)
        for node in reversed(chain):
            inside, reason = state
            if reason is None:
                reason = (
                    _inside_reason(node, stats, prose, article=article)
                    if inside
                    else stats.reason.get(node)
                )
            state = memo[node] = (inside, reason)
    return memo
