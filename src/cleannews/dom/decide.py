"""From the region and the evidence to claims on the rendered lines (`analyse`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any
from urllib.parse import urljoin

from cleannews.claims import Claim, Role
from cleannews.dom.evidence import measure_page
from cleannews.dom.headline import HEAD_ZONE_LINES, choose_headline, strip_site_suffix
from cleannews.dom.region import choose_region, stated_body, verdicts
from cleannews.models import Image, RelatedArticle

__all__ = ["DomEvidence", "analyse", "pass_may_claim"]

REGION_MIN_CHARS = 150  # a region with less text than this is no evidence


DECK_MIN_WORDS = 6  # the first line under the headline, above the text, is its deck


RELATED_MIN_WORDS = 3  # a teaser link shorter than this is a section link, not a title


CAPTION_MIN_WORDS = 4  # a shorter caption-classed line is a credit or a label


TEASER_HEADING_WORDS = 5
TEASER_CARD_CHILDREN = 4  # a teaser card holds a photo, a title, a line or two


_HEADINGS = frozenset(["h2", "h3", "h4", "h5", "h6"])


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


@dataclass
class DomEvidence:
    """Claims from the DOM: `early` before the passes, `late` on lines they left free."""

    early: dict[int, Claim] = field(default_factory=dict)
    late: dict[int, Claim] = field(default_factory=dict)
    region: list[Any] = field(default_factory=list)  # the region's elements
    headline: int | None = None
    starts: list[int] = field(default_factory=list)  # first lines of appended <article>s
    body_from: int | None = None  # the headline stands above the region: no deck from here


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
    stats = measure_page(body if body is not None else root)
    region = choose_region(stats, stated_body(root))
    memo = verdicts(page.elements, region, stats)
    verdict: dict[int, tuple[bool, str | None]] = {i: memo[el] for i, el in page.elements.items()}
    kept = sum(
        len(page.lines[i]) for i, (inside, reason) in verdict.items() if inside and not reason
    )
    if kept < REGION_MIN_CHARS:  # no article: the markup and link density speak alone
        region = []
        scope = body if body is not None else root
        memo = verdicts(page.elements, [scope], stats, article=False)
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
    return RelatedArticle(title=title, url=url, image=_teaser_image(page, i))


def _teaser_image(page: Any, i: int) -> Image | None:
    """The photo of a teaser card: an `<img>` with alt text in the line's block or the card
    around it (the list item or box that holds the title)."""
    el = page.elements.get(i)
    for holder in (el, el.getparent() if el is not None else None):
        if holder is None or holder.tag in ("body", "html"):
            continue
        for img in holder.iterfind(".//img"):
            src = img.get("src") or img.get("data-src") or ""
            alt = " ".join((img.get("alt") or "").split())
            if src and not src.startswith("data:") and alt:
                return Image(caption=alt, url=_absolute(page.metadata.url, src))
        if len(holder) > TEASER_CARD_CHILDREN:
            break  # a whole list, not one card: its photos are other teasers'
    return None


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
    headline = choose_headline(page, root, verdict, first)
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
