"""What the markup says about each element, measured in one walk over the page's tree.

Per element: text length, link text, anchors, the prose of its paragraphs, and its own
negative evidence (`<nav>`, `<aside>`, `role`, `hidden`, class/id tokens from the data table
`rules/html/dom.toml`); per paragraph, Readability's score with the negative elements above
it. The element that holds half of the page's prose keeps no negative evidence.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise
from types import MappingProxyType
from typing import Any

import lxml.etree

__all__ = ["DomTokens", "Stats", "ancestors_of", "dom_tokens", "measure_page", "word_set"]

PARAGRAPH_TAGS = frozenset(["p", "pre", "blockquote", "td", "dd"])  # not <li>: teaser lists


TEXT_CONTAINERS = frozenset(["div", "section", "article", "main", "span", "font", "center"])


_LISTS = frozenset(["ul", "ol"])


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


PROSE_OVERRIDE_SHARE = 0.5  # an element holding this share of the page's prose is the article


_HUMP_RE = re.compile(r"([a-z])([A-Z])")


_TOKEN_RE = re.compile(r"[a-z0-9]+")


_WORD_RE = re.compile(r"\w+")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


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
class Stats:
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


def measure_page(root: Any) -> Stats:
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
        for ancestor in ancestors_of(el):
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


def _measure(root: Any) -> tuple[Stats, list[_Paragraph]]:  # noqa: PLR0915 (one hot loop)
    """One walk: text, link text, anchors and prose per element, its own evidence, and each
    paragraph's score with the negative elements above it and the ancestors it scores."""
    stats = Stats()
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


def ancestors_of(el: Any) -> Iterable[Any]:
    parent = el.getparent()
    while parent is not None:
        yield parent
        parent = parent.getparent()


def word_set(text: str) -> set[str]:
    return {w.lower() for w in _WORD_RE.findall(text)}
