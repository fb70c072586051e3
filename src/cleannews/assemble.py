"""Run the passes over each span, then build `Article`s and the line-by-line `Explanation`.

Only this module applies claims, so every line's fate is recorded in one place: a claimed
line keeps its first claim, an unclaimed non-blank line is body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict

from cleannews.claims import Claim, Context, Role, SpanView
from cleannews.dom import pass_may_claim
from cleannews.lexicon import Lexicon
from cleannews.models import Article, Image, RelatedArticle, Source
from cleannews.page import Line
from cleannews.passes import PASSES, Pass
from cleannews.segment import Span, split_articles
from cleannews.signals import has_publisher_word

__all__ = ["Explanation", "LineDecision", "Outcome", "run"]

GUARD_ROLES = (Role.CAPTION, Role.RELATED, Role.REMOVED)
DOM_PASS = "read_dom"  # the pass name `explain` prints for the DOM's claims (`cleannews.dom`)
WIRE_DATELINE_CHARS = 60
# "SITE- text", "SITE – PLACE. text": one to four words, then a dash glued or spaced
_DATELINE_PREFIX_RE = re.compile(
    r"^([^\W\d][^\s\-–—:.،,()«»]*(?:\s[^\s\-–—:.،,()«»]+){0,3})\s?[-–—]\s?\S"
)
_WIRE_DATELINE_RE = re.compile(r"^(?:[^\W\d][^()]{1,50}?)?\(([^()]{2,25})\)\s*[-–—]\s?")


class LineDecision(BaseModel):
    """What happened to one input line, and which pass decided it."""

    model_config = ConfigDict(frozen=True)

    line: int  # 1-based, as editors number lines
    start: int
    end: int
    text: str
    article: int | None  # position of the article it went to; None when it made no article
    field: str  # a Role value, or "blank"
    pass_name: str
    reason: str


class Explanation(BaseModel):
    """Every input line with its destination; `str()` prints it as a table."""

    model_config = ConfigDict(frozen=True)

    articles: list[Article]
    lines: list[LineDecision]

    def __str__(self) -> str:
        rows = [f"{'line':>5}  {'art':>3}  {'field':<10}  {'pass':<24}  {'reason':<30}  text"]
        for d in self.lines:
            if d.field == "blank":
                continue
            art = "-" if d.article is None else str(d.article)
            text = d.text if len(d.text) <= 70 else d.text[:69] + "…"
            rows.append(
                f"{d.line:>5}  {art:>3}  {d.field:<10}  {d.pass_name:<24}  {d.reason:<30}  {text}"
            )
        return "\n".join(rows)

    def counts(self) -> dict[str, int]:
        """Lines per reason, like datatrove's per-filter counters."""
        out: dict[str, int] = {}
        for d in self.lines:
            if d.field != "blank":
                out[d.reason] = out.get(d.reason, 0) + 1
        return out


@dataclass
class _SpanResult:
    span: Span
    claims: dict[int, Claim]
    article: Article | None


@dataclass
class Outcome:
    """The articles of a run; the line-by-line explanation is built only when asked for."""

    spans: list[_SpanResult]
    ctx: Context

    @property
    def articles(self) -> list[Article]:
        return [r.article for r in self.spans if r.article is not None]

    def explanation(self) -> Explanation:
        decisions = [
            _decision(line, result.claims.get(line.index), _position(result.article))
            for result in self.spans
            for line in self.ctx.page.lines[result.span.start : result.span.end]
        ]
        return Explanation(articles=self.articles, lines=decisions)


def run(ctx: Context) -> Outcome:
    """Segment, run every pass over every span, assemble: the single pipeline entry point."""
    page = ctx.page
    results: list[_SpanResult] = []
    position = 0
    dom = {**(ctx.dom_early or {}), **(ctx.dom_late or {})}  # the DOM's lines open no article
    passes = [(name, find) for name, find in PASSES.items() if name not in ctx.skip]
    for span in split_articles(page, ctx.lexicon, ignore=dom, opens=ctx.dom_starts):
        if position > 0 and not ctx.config.keep_secondary:
            claims = {
                line.index: Claim(line.index, Role.REMOVED, "secondary_article", None, "config")
                for line in page.lines[span.start : span.end]
                if line.text
            }
            results.append(_SpanResult(span, claims, None))
            continue
        claims = _run_passes(span, ctx, passes)
        article = _assemble(claims, ctx, position)
        if article is not None:
            position += 1
        results.append(_SpanResult(span, claims, article))
    return Outcome(results, ctx)


def _run_passes(span: Span, ctx: Context, passes: list[tuple[str, Pass]]) -> dict[int, Claim]:
    """Runs `passes` (those of the registry the page does not skip) over the span."""
    claims: dict[int, Claim] = {}
    lines = ctx.page.lines
    early, late, body_from = ctx.dom_early, ctx.dom_late, ctx.dom_body_from
    view = SpanView(span, ctx.page, claims, early)  # reads the live claims as passes add them
    if early:
        for i in range(span.start, span.end):
            claim = early.get(i)
            if claim is not None and lines[i].text:
                claims[i] = claim._replace(pass_name=DOM_PASS)
                if claim.role is Role.HEADLINE and view.headline_index is None:
                    view.headline_index = i
    for name, find in passes:
        found = list(find(view, ctx))
        for claim in found:
            i = claim.line
            if late and i in late and not pass_may_claim(late[i], claim.role):
                continue  # the DOM found it is not article text: no pass makes it body
            if claim.role is Role.SUBTITLE and body_from is not None and i >= body_from:
                continue  # the region under the DOM's headline starts with the text itself
            if i not in claims and span.start <= i < span.end and lines[i].text:
                claims[i] = Claim(i, claim.role, claim.reason, claim.value, name)
                if claim.role is Role.HEADLINE and view.headline_index is None:
                    view.headline_index = i
    if ctx.dom_late:
        for i, claim in ctx.dom_late.items():
            if span.start <= i < span.end and i not in claims and lines[i].text:
                claims[i] = claim._replace(pass_name=DOM_PASS)
    _body_or_guard(view, claims, ctx)
    return claims


def _body_or_guard(view: SpanView, claims: dict[int, Claim], ctx: Context) -> None:
    """Unclaimed lines become body; a span left with no body gets its long prose back.

    The guard (after trafilatura's): when passes leave no body although the span holds
    running text, that text was more likely mis-claimed than boilerplate. A text printed
    twice comes back once.
    """
    lines = view.lines
    free = list(view.free_lines())
    has_body = bool(free) or any(c.role is Role.SUBHEADING for c in claims.values())
    if not has_body:
        limit = ctx.config.guard_min_words
        restored: set[str] = set()  # each text once: a caption's copies are not two paragraphs
        for line in lines:
            claim = claims.get(line.index)
            if (
                claim is not None
                and claim.role in GUARD_ROLES
                and line.is_prose
                and line.n_words >= limit
                and line.text not in restored
            ):
                restored.add(line.text)
                claims[line.index] = Claim(
                    line.index, Role.BODY, f"guard_kept:{claim.reason}", None, "guard_overdeletion"
                )
    for line in free:
        claims[line.index] = Claim(line.index, Role.BODY, "unclaimed_text", None, "assemble")


def _assemble(claims: dict[int, Claim], ctx: Context, position: int) -> Article | None:
    """One walk over the span's claims, in line order, filling the article's fields."""
    lines = ctx.page.lines
    paragraphs: list[str] = []
    subheadings: list[str] = []
    images: list[Image] = []
    related: list[RelatedArticle] = []
    keywords: list[str] = []
    headline = subtitle = source = None
    head_at: int | None = None
    dates: list[tuple[int, Any]] = []
    byline: dict[str, str] = {}
    for i in sorted(claims):
        claim = claims[i]
        role, value = claim.role, claim.value
        if role is Role.BODY or role is Role.SUBHEADING:
            paragraphs.append(lines[i].text)
            if role is Role.SUBHEADING:
                subheadings.append(lines[i].text)
        elif role is Role.HEADLINE:
            headline = headline or value or lines[i].text
            head_at = i if head_at is None else head_at
        elif value is None:
            continue
        elif role is Role.CAPTION:
            agency = ctx.lexicon.agency(value.credit) if value.credit else None
            images.append(value.model_copy(update={"agency": agency}) if agency else value)
        elif role is Role.RELATED:
            related.append(value)
        elif role is Role.KEYWORDS:
            keywords.extend(value)
        elif role is Role.SOURCE:
            source = source or value
        elif role is Role.PUBLISHED:
            dates.append((i, value))
        elif role is Role.SUBTITLE:
            subtitle = subtitle or value
        elif role is Role.BYLINE:
            byline = {**value, **byline}
            if "date" in value:  # `NAME.. 16.02.2023`
                dates.append((i, value["date"]))
    if not paragraphs:
        return None
    published = _nearest(dates, head_at)
    if not source and not byline.get("source"):
        source = next(filter(None, (wire_source(p, ctx.lexicon) for p in paragraphs[:3])), None)
        source = source or dateline_publisher(paragraphs[0], ctx.lexicon)
    return Article(
        headline=headline,
        subtitle=subtitle,
        byline=byline.get("byline"),
        dateline=byline.get("dateline"),
        paragraphs=paragraphs,
        subheadings=subheadings,
        images=images,
        source=Source(
            name=(name := source or byline.get("source")),
            agency=ctx.lexicon.agency(name) if name else None,
            url=ctx.url if position == 0 else None,
            profile=ctx.profile.name if ctx.profile else None,
        ),
        published=published,
        keywords=keywords,
        related=related,
        position=position,
        language=ctx.language,
    )


def _nearest(dates: list[tuple[int, Any]], head_at: int | None) -> Any:
    """The date printed nearest the headline, below it on a tie: a page's "today" header
    and a most-read widget's date stand further away than the article's own date line."""
    if not dates:
        return None
    if head_at is None:
        return dates[0][1]
    return min(dates, key=lambda d: (abs(d[0] - head_at), d[0] < head_at))[1]


def wire_source(paragraph: str, lexicon: Lexicon) -> str | None:
    """The agency of a wire dateline opening the text: `BUDAPEST, March 12 (Reuters) - ...`,
    `PARIS (AFP) - ...`, `DENVER (AP) — ...`, `(كونا)- ...`; the line stays in the body."""
    if "(" not in paragraph[:WIRE_DATELINE_CHARS]:
        return None
    match = _WIRE_DATELINE_RE.match(paragraph)
    return match.group(1).strip() if match and lexicon.agency(match.group(1)) else None


def dateline_publisher(paragraph: str, lexicon: Lexicon) -> str | None:
    """The publisher glued as a dateline to the first paragraph: `الوكيل الإخباري- نفى ...`,
    `صدى المدينة نيوز – الزيتون. ...`; a prefix that names a place (`قطر- انضم ...`) has no
    publisher's word (`الإخباري`, `نيوز`, `برس`) and is not one. The line stays in the body."""
    match = _DATELINE_PREFIX_RE.match(paragraph[:WIRE_DATELINE_CHARS])
    if match is None:
        return None
    name = match.group(1).strip()
    if lexicon.agency(name) or (" " in name and has_publisher_word(name, lexicon)):
        return name
    return None


def _position(article: Article | None) -> int | None:
    return None if article is None else article.position


def _decision(line: Line, claim: Claim | None, article: int | None) -> LineDecision:
    if claim is None:
        return LineDecision(
            line=line.index + 1, start=line.start, end=line.end, text=line.text,
            article=article, field="blank", pass_name="read", reason="blank_line",
        )  # fmt: skip
    return LineDecision(
        line=line.index + 1, start=line.start, end=line.end, text=line.text,
        article=article, field=claim.role.value, pass_name=claim.pass_name, reason=claim.reason,
    )  # fmt: skip
