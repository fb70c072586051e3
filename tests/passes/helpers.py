"""Run one pass on a few lines, after the passes it builds on, and see what it claimed."""

from __future__ import annotations

from collections.abc import Sequence

from cleannews.claims import Claim, Role, SpanView
from cleannews.config import Config
from cleannews.page import read_page
from cleannews.passes import PASSES
from cleannews.pipeline import build_context
from cleannews.segment import split_articles


def run_pass(
    name: str,
    text: str,
    *,
    before: Sequence[str] = (),
    span: int = 0,
    config: Config | None = None,
) -> dict[int, Claim]:
    """Claims of pass `name` on span `span` of `text`, keyed by 1-based line number."""
    config = config or Config()
    page = read_page(text)
    ctx = build_context(page, config)
    target = split_articles(page, ctx.lexicon)[span]
    claims: dict[int, Claim] = {}
    view = SpanView(target, page, claims)
    for prior in before:
        for claim in list(PASSES[prior](view, ctx)):
            if claim.line not in claims:
                claims[claim.line] = claim
                if claim.role is Role.HEADLINE and view.headline_index is None:
                    view.headline_index = claim.line
    return {c.line + 1: c for c in PASSES[name](view, ctx)}


def lines(*rows: str) -> str:
    return "\n".join(rows)
