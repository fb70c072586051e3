"""DOM evidence for HTML pages: which subtree is the article, and why every other line is not.

Before the text passes run on a rendered page, one walk over its tree measures every element
(text length, link text, commas) and reads what the markup says about it: `<nav>`, `<aside>`,
`<footer>`, `<form>`, `role`, `hidden` and `display: none` (not `aria-hidden`, which
hides from screen readers only: pull quotes), and class/id tokens from the data
table `rules/html/dom.toml` (`related`, `comment`, `share`, `most-read`, ...). Paragraphs that no
such evidence marks score their parent and grandparent (as Readability does: length and
commas, scaled down by link density), the best container is the article region, widened to
its `<article>` element and to sibling `<article>`s of full text (infinite scroll).

The outcome is claims, never edits: each line outside the region, or inside it under negative
evidence, is `removed` with a reason naming that evidence (`dom:nav`, `dom:aside`,
`dom:link_density`, `dom:outside_region`, ...); teaser links of related and most-read blocks
become `related`, a tag block `keywords`, and the page's `<h1>` that agrees with `og:title` /
`<title>` the `headline`. The runner applies them like any pass's (see `assemble.run`), so
`explain` shows them. When no region holds running text, there is no DOM evidence and the
page is read as before.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise
from types import MappingProxyType
from typing import Any
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from cleannews.claims import Claim, Role
from cleannews.models import Image, RelatedArticle

__all__ = ["DomEvidence", "analyse", "dom_tokens", "pass_may_claim", "strip_site_suffix"]

PARAGRAPH_TAGS = frozenset(["p", "pre", "blockquote", "td", "dd"])  # not <li>: teaser lists
TEXT_CONTAINERS = frozenset(["div", "section", "article", "main", "span", "font", "center"])
CONTAINER_TAGS = frozenset(["div", "section", "ul", "ol", "li", "dl", "table", "tbody", "span"])
_LIST_TAGS = frozenset(["ul", "ol", "li"])
_LISTS = frozenset(["ul", "ol"])
_INLINE_TAGS = frozenset(["span", "font", "a", "b", "i", "em", "strong", "small", "u", "label"])
_SKIP_TAGS = frozenset(
    ["script", "style", "noscript", "template", "svg", "head", "select", "iframe", "object"]
)
_TAG_REASONS = MappingProxyType(
    {
        "nav": "nav",
        "aside": "aside",
        "footer": "footer",
        "header": "header",  # outside the region only: the article's own header stays
        "form": "form",
        "dialog": "modal",
        "figure": "figure",  # what the caption passes leave of a figure is no body
    }
)
_ROLE_REASONS = MappingProxyType(
    {
        "navigation": "nav",
        "complementary": "aside",
        "contentinfo": "footer",
        "banner": "header",
        "search": "form",
        "dialog": "modal",
        "alertdialog": "modal",
        "menu": "nav",
        "menubar": "nav",
    }
)
MIN_PARAGRAPH_CHARS = 25  # shorter text scores no container
PROSE_LINK_SHARE = 0.2  # a paragraph with more link text than this is no prose
LINK_DENSITY_MAX = 0.5  # a block whose text is more link than this is a link list
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
PROSE_OVERRIDE_SHARE = 0.5  # an element holding this share of the page's prose is the article
REGION_MIN_CHARS = 150  # a region with less text than this is no evidence
DECK_MIN_WORDS = 6  # the first line under the headline, above the text, is its deck
HEAD_ZONE_LINES = 10  # lines between the headline and the region left to the text passes
TITLE_AGREEMENT = 0.5  # share of the title's words a headline candidate must hold
RELATED_MIN_WORDS = 3  # a teaser link shorter than this is a section link, not a title
CAPTION_MIN_WORDS = 4  # a shorter caption-classed line is a credit or a label
TEASER_HEADING_WORDS = 5
_HEADINGS = frozenset(
    ["h2", "h3", "h4", "h5", "h6"]
)  # a teaser link shorter than this is a section link, not a title
STATED_CANDIDATES = 8  # containers the JSON-LD articleBody votes among
STATED_MARGIN = 0.1  # ... and how much better its choice must match
STATED_MIN_CHARS = 200
STATED_SIBLING_SHARE = 0.5  # a sibling joins only if this share of its words is stated
JSON_DEPTH = 8
POSITIVE_WEIGHT = 25.0
ARTICLE_BODY_WEIGHT = 40.0
_HUMP_RE = re.compile(r"([a-z])([A-Z])")
_TOKEN_RE = re.compile(r"[a-z0-9]+")
_WORD_RE = re.compile(r"\w+")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_SUFFIX_RE = re.compile(r"\s+[|\-–—·•»]\s+[^|\-–—·•»]{2,60}$")  # not " : " (French titles)
# Inside the region these are claimed after the text passes, which read teasers (section,
# byline, image) and tag footers better; `related` harvests single-link lines of them.
_LATE = frozenset(
    [
        "related",
        "trending",
        "tags",
        "aside",
        "link_density",
        "sidebar",
        "figure",
        "caption",
        "byline",
    ]
)
_TEASER_BLOCKS = frozenset(["related", "trending", "aside", "link_density", "sidebar"])


@dataclass(frozen=True)
class DomTokens:
    """The class/id token table: category by token, and the positive tokens."""

    negative: Mapping[str, str]
    positive: frozenset[str]
    ignore_prefixes: frozenset[str]
    keep: frozenset[str]  # quoted content whatever else the class says (`social-media-embed`)


@cache
def dom_tokens() -> DomTokens:
    """`rules/html/dom.toml`, loaded once."""
    text = (
        resources.files("cleannews.rules").joinpath("html", "dom.toml").read_text(encoding="utf-8")
    )
    data = tomllib.loads(text)
    negative: dict[str, str] = {}
    for category, tokens in data["negative"].items():
        for token in tokens:
            negative.setdefault(token, category)
    return DomTokens(
        MappingProxyType(negative),
        frozenset(data["positive"]["tokens"]),
        frozenset(data["ignore"]["prefixes"]),
        frozenset(data["keep"]["tokens"]),
    )


@cache
def _attr_tokens(value: str) -> tuple[str, ...]:
    """Tokens of each class name (and their joined neighbours); taxonomy classes that name
    the page's category or tags (`category-trending`, `tag-comments`) say nothing."""
    out: list[str] = []
    ignore = dom_tokens().ignore_prefixes
    for name in value.split():
        parts = _TOKEN_RE.findall(_HUMP_RE.sub(r"\1 \2", name).lower())
        if not parts or (len(parts) > 1 and parts[0] in ignore):
            continue
        out.extend(parts)
        out.extend(a + b for a, b in pairwise(parts))
    return tuple(out)


@dataclass
class DomEvidence:
    """Claims from the DOM: `early` before the passes, `late` on lines they left free."""

    early: dict[int, Claim] = field(default_factory=dict)
    late: dict[int, Claim] = field(default_factory=dict)
    region: list[Any] = field(default_factory=list)  # the region's elements
    headline: int | None = None
    starts: list[int] = field(default_factory=list)  # first lines of appended <article>s
    body_from: int | None = None  # the headline stands above the region: no deck from here


@dataclass
class _Stats:
    text: dict[Any, int] = field(default_factory=dict)
    links: dict[Any, int] = field(default_factory=dict)
    anchors: dict[Any, int] = field(default_factory=dict)
    reason: dict[Any, str] = field(default_factory=dict)  # own negative evidence
    score: dict[Any, float] = field(default_factory=dict)
    positive: set[Any] = field(default_factory=set)
    prose: dict[Any, int] = field(default_factory=dict)  # chars of paragraphs (few links)
    raw_prose: dict[Any, int] = field(default_factory=dict)  # ... under negative evidence too
    list_prose: dict[Any, int] = field(default_factory=dict)  # ... inside <ul>/<ol> (teasers)


def _own_reason(el: Any, tag: str) -> tuple[str | None, bool]:
    """The negative evidence on the element itself, and whether it looks like a container
    of article text."""
    found = _TAG_REASONS.get(tag)
    names = el.keys()
    if not names:
        return found, tag == "article"
    positive = tag == "article"
    for name in names:
        if name in ("class", "id"):
            negative, good = _value_evidence(el.get(name))
            found = found or negative
            positive = positive or good
        elif name == "itemprop" and "articleBody" in el.get(name):
            return None, True
        elif name == "hidden" or (name == "style" and _HIDDEN_STYLE_RE.search(el.get(name))):
            found = "hidden"  # what the page hides outranks what it calls the block
        elif name == "role":
            role = el.get(name).strip().lower()
            found = found or _ROLE_REASONS.get(role)
            positive = positive or role in ("main", "article")
    return found, positive and found is None


@cache
def _value_evidence(value: str) -> tuple[str | None, bool]:
    """A class or id value's first negative category, and whether it has a positive token."""
    tokens = dom_tokens()
    found = None
    positive = False
    for token in _attr_tokens(value):
        if token in tokens.keep:
            return None, positive
        if found is None and token in tokens.negative:
            found = tokens.negative[token]
        elif token in tokens.positive:
            positive = True
    return found, positive


def _measure_page(root: Any) -> _Stats:
    """`_measure`, then without the evidence on elements that hold most of the page's prose
    (`class="l-sidebar-fixed"` on the article's column, a `<form>` around the whole page)."""
    stats, paragraphs = _measure(root)
    total = stats.raw_prose.get(root, 0)
    wrong = {
        el for el in stats.reason if total and stats.raw_prose[el] >= total * PROSE_OVERRIDE_SHARE
    }
    prose = stats.prose
    for el in wrong:
        del stats.reason[el]
    for el in wrong:  # its prose now counts for its ancestors, up to the next negative one
        for ancestor in _ancestors(el):
            if ancestor not in prose:
                break
            prose[ancestor] += prose[el]
            if ancestor in stats.reason:
                break
    score = stats.score
    for value, negatives, ancestors in paragraphs:
        if negatives and not wrong.issuperset(negatives):
            continue
        for level, ancestor in enumerate(ancestors):
            divisor = 1 if level == 0 else 2 if level == 1 else level * 3
            score[ancestor] = score.get(ancestor, 0.0) + value / divisor
    return stats


_Paragraph = tuple[float, tuple[Any, ...], tuple[Any, ...]]  # score, negatives, ancestors


def _measure(root: Any) -> tuple[_Stats, list[_Paragraph]]:  # noqa: PLR0915 (one hot loop)
    """One walk: text, link text, anchors and prose per element, its own evidence, and each
    paragraph's score with the negative elements above it and the ancestors it scores."""
    stats = _Stats()
    text, links, anchors, prose, raw = (
        stats.text,
        stats.links,
        stats.anchors,
        stats.prose,
        stats.raw_prose,
    )
    reasons, positives = stats.reason, stats.positive
    paragraphs: list[_Paragraph] = []
    stack: list[Any] = []  # elements
    recs: list[list[int]] = []  # text, direct text, commas, links, anchors, prose, raw, in lists
    negatives: list[Any] = []
    min_prose = MIN_PARAGRAPH_CHARS * 4
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "start":
            tag = tag.lower() if isinstance(tag, str) else ""
            if not tag or tag in _SKIP_TAGS:
                walker.skip_subtree()
                if recs and el.tail:
                    tail = el.tail.strip()
                    rec = recs[-1]
                    rec[0] += len(tail)
                    rec[1] += len(tail)
                    rec[2] += tail.count(",")
                continue
            own, positive = _own_reason(el, tag)
            if own is not None:
                reasons[el] = own
                negatives.append(el)
            if positive:
                positives.add(el)
            own_text = (el.text or "").strip()
            stack.append(el)
            recs.append([len(own_text), len(own_text), own_text.count(","), 0, 0, 0, 0, 0])
            continue
        if not stack or stack[-1] is not el:
            continue  # a skipped subtree's end
        stack.pop()
        rec = recs.pop()
        length, direct, commas = rec[0], rec[1], rec[2]
        tag = tag.lower()
        if tag == "a":
            rec[3] = length
            rec[4] += 1
        if tag in PARAGRAPH_TAGS:
            if length >= min_prose and rec[3] <= length * PROSE_LINK_SHARE:
                rec[5] += length
                rec[6] += length
            if length >= MIN_PARAGRAPH_CHARS and rec[3] <= length * LINK_DENSITY_MAX:
                value = 1.0 + commas + min(length // 100, 3)
                paragraphs.append((value, tuple(negatives), tuple(stack[-3:][::-1])))
        elif tag in TEXT_CONTAINERS and direct >= MIN_PARAGRAPH_CHARS * 2:
            if direct >= min_prose:
                rec[5] += direct
                rec[6] += direct
            value = 1.0 + commas + min(direct // 100, 3)  # its own text: it is the container
            paragraphs.append((value, tuple(negatives), (el, *stack[-2:][::-1])))
        if tag in _LISTS:
            rec[7] = rec[5]
        if rec[7]:
            stats.list_prose[el] = rec[7]
        text[el], links[el], anchors[el], prose[el], raw[el] = (
            rec[0],
            rec[3],
            rec[4],
            rec[5],
            rec[6],
        )
        negative = bool(negatives) and negatives[-1] is el
        if negative:
            negatives.pop()
        if recs:
            up = recs[-1]
            tail = (el.tail or "").strip()
            up[0] += length + len(tail)
            up[1] += len(tail)
            up[2] += commas + tail.count(",")
            up[3] += rec[3]
            up[4] += rec[4]
            up[6] += rec[6]
            if not negative:
                up[5] += rec[5]
                up[7] += rec[7]
    return stats, paragraphs


def _final_scores(stats: _Stats) -> dict[Any, float]:
    out = {}
    for el, value in stats.score.items():
        total = stats.text.get(el, 0)
        density = stats.links.get(el, 0) / total if total else 0.0
        bonus = POSITIVE_WEIGHT if el in stats.positive else 0.0
        if "articleBody" in (el.get("itemprop") or ""):
            bonus += ARTICLE_BODY_WEIGHT
        out[el] = value * (1.0 - density) + bonus
    return out


def _ancestors(el: Any) -> Iterable[Any]:
    parent = el.getparent()
    while parent is not None:
        yield parent
        parent = parent.getparent()


def _choose_region(stats: _Stats, stated: set[str] | None = None) -> list[Any]:
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
    article = next((a for a in _ancestors(top) if _is_article(a)), None)
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
        words = _words(el.text_content())
        shared = len(words & stated)
        return 2 * shared / (len(words) + len(stated)) if words else 0.0

    scored = {el: agreement(el) for el in ranked}
    challenger = max(scored, key=scored.__getitem__)
    return challenger if scored[challenger] > scored[best] + STATED_MARGIN else best


def _stated_share(el: Any, stated: set[str]) -> float:
    words = _words(el.text_content())
    return len(words & stated) / len(words) if words else 1.0


def _stated_body(root: Any) -> set[str] | None:
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
            return _words(body)
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


def _climb(top: Any, stats: _Stats) -> Any:
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
    article: Any, final: Mapping[Any, float], best: float, stats: _Stats
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
            value for el, value in final.items() if el is sibling or sibling in _ancestors(el)
        ]
        if inside and max(inside) >= best * SECOND_ARTICLE_SHARE:
            out.append(sibling)
    return out


def _is_prose_paragraph(el: Any, stats: _Stats) -> bool:
    if el.tag != "p":
        return False
    total = stats.text.get(el, 0)
    density = stats.links.get(el, 0) / total if total else 1.0
    return total > 80 and density < 0.25


def _inside_reason(el: Any, stats: _Stats, prose: int, *, article: bool = True) -> str | None:
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


def _verdicts(
    page_elements: Mapping[int, Any], region: list[Any], stats: _Stats, *, article: bool = True
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


def analyse(page: Any) -> DomEvidence | None:
    """The DOM's claims on a rendered page (`htmlpage.RenderedPage` with its `root`).

    With no region of running text (a page of navigation only, or of links only), only the
    markup's own evidence and link density claim lines (`dom:nav`, `dom:link_density`, ...);
    the rest is left to the text passes as before.
    """
    root = page.root
    if root is None or not page.lines:
        return None
    body = root.find("body")
    stats = _measure_page(body if body is not None else root)
    region = _choose_region(stats, _stated_body(root))
    memo = _verdicts(page.elements, region, stats)
    verdict: dict[int, tuple[bool, str | None]] = {i: memo[el] for i, el in page.elements.items()}
    kept = sum(
        len(page.lines[i]) for i, (inside, reason) in verdict.items() if inside and not reason
    )
    if kept < REGION_MIN_CHARS:  # no article: the markup and link density speak alone
        region = []
        scope = body if body is not None else root
        memo = _verdicts(page.elements, [scope], stats, article=False)
        verdict = {i: memo[el] for i, el in page.elements.items()}
    evidence = DomEvidence(region=region)
    lines: list[str] = page.lines
    if len(region) > 1 and region[1].tag == "article":  # appended full articles open spans
        first_line = {el: i for i, el in sorted(page.elements.items(), reverse=True)}
        evidence.starts = sorted(
            i for el in region[1:] for i in [_first_line(el, first_line)] if i is not None
        )
    first = min((i for i, (inside, _) in verdict.items() if inside), default=0)
    headline, free = _head_zone(page, root, verdict, first, evidence) if region else (None, set())
    tag_lines: dict[bool, list[int]] = {}
    for i in range(len(lines)):
        inside, reason = verdict.get(i, (False, None))
        if i == headline or i in free or (reason is None and (inside or not region)):
            continue
        reason = reason or "outside_region"
        inside = inside and bool(region)
        target = evidence.late if inside and reason in _LATE else evidence.early
        teaser = _teaser(page, i) if reason in _TEASER_BLOCKS else None
        if teaser is not None:
            target[i] = Claim(i, Role.RELATED, f"dom:{reason}", teaser)
            continue
        if reason == "tags":
            tag_lines.setdefault(inside and reason in _LATE, []).append(i)
        if reason == "caption" and len(lines[i].split()) >= CAPTION_MIN_WORDS:
            image = Image(caption=lines[i], url=page.images.get(i))
            target[i] = Claim(i, Role.CAPTION, "dom:caption", image)
            continue
        target[i] = Claim(i, Role.REMOVED, f"dom:{reason}")
    _teaser_headings(page, evidence, verdict)
    for late, indexes in tag_lines.items():
        words = [word for i in indexes for word in _link_texts(page, i)]
        if words:
            target = evidence.late if late else evidence.early
            target[indexes[0]] = Claim(indexes[0], Role.KEYWORDS, "dom:tags", words)
    return evidence if evidence.early or evidence.late else None


def _teaser(page: Any, i: int) -> RelatedArticle | None:
    """The teaser a line of a teaser block shows: the line's one link (`More on: <a>`)."""
    url = page.links.get(i)
    title = page.lines[i].removeprefix("• ").strip()
    if url is None:
        el = page.elements.get(i)
        anchors = el.findall(".//a[@href]") if el is not None else []
        if len(anchors) != 1:
            return None
        title = " ".join(anchors[0].text_content().split())
        url = _absolute(page.metadata.url, anchors[0].get("href"))
    if len(title.split()) < RELATED_MIN_WORDS:
        return None
    return RelatedArticle(title=title, url=url)


def _link_texts(page: Any, i: int) -> list[str]:
    if i in page.links:
        return [page.lines[i].removeprefix("• ").strip()]
    el = page.elements.get(i)
    anchors = el.findall(".//a[@href]") if el is not None else []
    return [text for a in anchors if (text := " ".join(a.text_content().split()))]


# What a text pass may make of a line the DOM claims after the passes: a richer reading of
# the same evidence (a teaser with its section and byline, a credited caption), never body
# and never another kind of field (a related block's `More on:` is no tag list).
_PASS_ROLES: Mapping[str, frozenset[Role]] = MappingProxyType(
    {
        "dom:tags": frozenset([Role.KEYWORDS]),
        "dom:caption": frozenset([Role.CAPTION, Role.REMOVED]),
        "dom:figure": frozenset([Role.CAPTION, Role.REMOVED]),
        "dom:byline": frozenset([Role.BYLINE, Role.PUBLISHED, Role.SOURCE, Role.REMOVED]),
        "dom:above_region": frozenset(
            [Role.BYLINE, Role.PUBLISHED, Role.SOURCE, Role.CAPTION, Role.SUBTITLE, Role.REMOVED]
        ),
        "dom:deck": frozenset(
            [Role.BYLINE, Role.PUBLISHED, Role.SOURCE, Role.CAPTION, Role.SUBTITLE, Role.REMOVED]
        ),
    }
)
_TEASER_ROLES = frozenset([Role.RELATED, Role.REMOVED, Role.CAPTION])


def pass_may_claim(dom_claim: Claim, role: Role) -> bool:
    """May a text pass claim, with `role`, a line the DOM claims after the passes?"""
    return role in _PASS_ROLES.get(dom_claim.reason, _TEASER_ROLES)


def _absolute(base: str | None, href: str) -> str:
    try:
        return urljoin(base, href) if base else href
    except ValueError:  # a malformed address (`http://[x`) stays as printed
        return href


def _head_zone(
    page: Any,
    root: Any,
    verdict: Mapping[int, tuple[bool, str | None]],
    first: int,
    evidence: DomEvidence,
) -> tuple[int | None, set[int]]:
    """The headline's claim, and the lines between it and the region left to the passes."""
    lines: list[str] = page.lines
    headline = _headline(page, root, verdict, first)
    evidence.headline = headline
    free = set()
    if headline is not None:
        evidence.early[headline] = Claim(
            headline, Role.HEADLINE, "dom:h1", strip_site_suffix(lines[headline])
        )
        if headline < first:  # the byline, date, deck and lead photo above the text
            evidence.body_from = first
            zone = [i for i in range(headline + 1, first) if not verdict.get(i, (0, None))[1]]
            if len(zone) <= HEAD_ZONE_LINES:
                free.update(zone)
                for i in zone:  # what the text passes leave of it is not body either
                    evidence.late[i] = Claim(i, Role.REMOVED, "dom:above_region")
                if zone and len(lines[zone[0]].split()) >= DECK_MIN_WORDS:
                    deck = lines[zone[0]]
                    evidence.late[zone[0]] = Claim(zone[0], Role.SUBTITLE, "dom:deck", deck)
    return headline, free


def _first_line(article: Any, first_line: Mapping[Any, int]) -> int | None:
    found = [first_line[el] for el in article.iter() if el in first_line]
    return min(found) if found else None


def _teaser_headings(
    page: Any, evidence: DomEvidence, verdict: Mapping[int, tuple[bool, str | None]]
) -> None:
    """A short heading right above a teaser block the DOM found (`More:`, `Read next`)."""
    lines: list[str] = page.lines
    claimed = evidence.late.keys() | evidence.early.keys()
    for i, text in enumerate(lines):
        if i in claimed or not verdict.get(i, (False, None))[0]:
            continue
        short = len(text.split()) <= TEASER_HEADING_WORDS
        if not short or not (page.tags.get(i, "") in _HEADINGS or text.endswith(":")):
            continue
        after = evidence.late.get(i + 1) or evidence.early.get(i + 1)
        if after is not None and after.reason.removeprefix("dom:") in _TEASER_BLOCKS:
            evidence.late[i] = Claim(i, Role.REMOVED, "dom:teaser_heading")


def strip_site_suffix(title: str) -> str:
    """`Headline - Site Name` / `Headline | Site` -> `Headline`."""
    stripped = _SUFFIX_RE.sub("", title).strip()
    return stripped if len(stripped.split()) >= 2 else title


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD_RE.findall(text)}


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
    words = _words(line)
    if not words:
        return 0.0
    best = 0.0
    for title in titles:
        want = _words(title)
        if want:
            best = max(best, len(words & want) / max(len(want), len(words)))
    return best


def _headline(
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
