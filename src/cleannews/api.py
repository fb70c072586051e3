"""The public functions: `clean_all`, `clean`, `clean_html`, `explain`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from cleannews.assemble import Explanation, Outcome, run
from cleannews.config import Config
from cleannews.dom import DomEvidence, analyse, strip_site_suffix
from cleannews.errors import InputTooLarge, InputTypeError, NoArticleFound
from cleannews.htmlpage import RenderedPage, add_html_evidence, render
from cleannews.inputs import decode_bytes, decode_html
from cleannews.limits import TimeLimitExceeded, collector_paused, time_limit
from cleannews.models import Article
from cleannews.page import read_page
from cleannews.pipeline import build_context
from cleannews.sniff import looks_like_html

__all__ = ["clean", "clean_all", "clean_html", "explain"]

_DEFAULT_CONFIG = Config()
T = TypeVar("T")
_LOG = logging.getLogger("cleannews")


def explain(
    text: str | bytes,
    *,
    url: str | None = None,
    config: Config | None = None,
    html: bool | None = None,
) -> Explanation:
    """Every input line with the article and field it went to and the pass that decided it.

    For HTML input the lines are those the page was rendered into.

    Args:
        text: scraped text, or an HTML page, as `str` or `bytes`. Bytes are decoded as the CLI
            decodes files: a BOM, then strict UTF-8, then detection (HTML: its declared charset).
        url: the page's address; becomes `source.url` of the main article and resolves
            relative image and link URLs of HTML pages.
        config: a `Config`; the defaults when omitted.
        html: `None` detects an HTML page (text or bytes that open with a tag), `True` forces
            HTML, `False` forces scraped text.

    Returns:
        An `Explanation`: the articles, and one `LineDecision` per line; `str()` is a table.

    Raises:
        InputTypeError: `text` is neither `str` nor `bytes` (e.g. `None`).
        CleanNewsError: bytes that are not text in any detectable encoding, or an HTML page
            beyond the parser's limits (`HtmlError`).
    """
    return _finish(text, url, config, html, Outcome.explanation)


def clean_all(
    text: str | bytes,
    *,
    url: str | None = None,
    config: Config | None = None,
    html: bool | None = None,
) -> list[Article]:
    """Every article in the input, in reading order; `[]` when there is none.

    Args:
        text: scraped text, or an HTML page, as `str` or `bytes`. Bytes are decoded as the CLI
            decodes files: a BOM, then strict UTF-8, then detection (HTML: its declared charset).
        url: the page's address; becomes `source.url` of the main article and resolves
            relative image and link URLs of HTML pages.
        config: a `Config`; the defaults when omitted.
        html: `None` detects an HTML page (text or bytes that open with a tag), `True` forces
            HTML, `False` forces scraped text.

    Returns:
        The articles, main article first (`position` 0), then appended ones.

    Raises:
        InputTypeError: `text` is neither `str` nor `bytes` (e.g. `None`).
        CleanNewsError: bytes that are not text in any detectable encoding, or an HTML page
            beyond the parser's limits (`HtmlError`).
    """
    return _finish(text, url, config, html, _articles)


def clean(
    text: str | bytes,
    *,
    url: str | None = None,
    config: Config | None = None,
    html: bool | None = None,
) -> Article:
    """The input's main article (the first of `clean_all`).

    Args:
        text: scraped text, or an HTML page, as `str` or `bytes`. Bytes are decoded as the CLI
            decodes files: a BOM, then strict UTF-8, then detection (HTML: its declared charset).
        url: the page's address; becomes `source.url` of the main article and resolves
            relative image and link URLs of HTML pages.
        config: a `Config`; the defaults when omitted.
        html: `None` detects an HTML page (text or bytes that open with a tag), `True` forces
            HTML, `False` forces scraped text.

    Returns:
        The main `Article`.

    Raises:
        InputTypeError: `text` is neither `str` nor `bytes` (e.g. `None`).
        CleanNewsError: bytes that are not text in any detectable encoding, or an HTML page
            beyond the parser's limits (`HtmlError`).
        NoArticleFound: the input is empty or holds only boilerplate.
    """
    articles = clean_all(text, url=url, config=config, html=html)
    if not articles:
        raise NoArticleFound("no article found: the input is empty or holds only boilerplate")
    return articles[0]


def clean_html(
    html: str | bytes, *, url: str | None = None, config: Config | None = None
) -> list[Article]:
    """Every article of an HTML page; bytes are decoded as the page declares or as detected.

    Args:
        html: the page, as `str` or `bytes`.
        url: resolves relative image and link URLs and becomes the main article's `source.url`
            (the page's canonical URL when omitted).
        config: a `Config`; the defaults when omitted.

    Returns:
        The articles, as `clean_all` returns them.

    Raises:
        HtmlError: binary bytes, or a page beyond the HTML parser's limits.
    """
    return _finish(html, url, config, True, _articles)


def _run(data: str | bytes, url: str | None, config: Config | None, html: bool | None) -> Outcome:
    return _finish(data, url, config, html, _whole)


def _whole(outcome: Outcome) -> Outcome:
    return outcome


def _finish(
    data: str | bytes,
    url: str | None,
    config: Config | None,
    html: bool | None,
    finish: Callable[[Outcome], T],
) -> T:
    """Clean, and return what `finish` takes from the outcome. A long input is cleaned with
    the collector paused; the page is freed before it resumes, so that its first collection
    does not walk every line, claim and span of the page once more."""
    config = config or _DEFAULT_CONFIG
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    if not isinstance(data, str | bytes):
        raise InputTypeError(
            f"cleannews expects the scraped text or HTML as str or bytes, got "
            f"{'None' if data is None else type(data).__name__}"
        )
    if len(data) > config.max_input_chars:
        unit = "bytes" if isinstance(data, bytes) else "characters"
        raise InputTooLarge(
            f"input of {len(data):,} {unit} is longer than max_input_chars "
            f"({config.max_input_chars:,}); raise it in the Config or a rules file"
        )
    is_html = html if html is not None else looks_like_html(data)
    with collector_paused(len(data)):
        if is_html:
            outcome = _run_html(decode_html(data) if isinstance(data, bytes) else data, url, config)
        else:
            text = decode_bytes(data) if isinstance(data, bytes) else data
            outcome = run(build_context(read_page(text), config, url=url))
        result = finish(outcome)
        del outcome
        return result


def _articles(outcome: Outcome) -> list[Article]:
    return outcome.articles


def _run_html(html: str, url: str | None, config: Config) -> Outcome:
    whole_page = config.html_extractor != "trafilatura"
    use_dom = config.html_extractor == "dom"
    page = render(html, url, main_content=not whole_page, keep_chrome=use_dom)
    dom = analyse(page) if use_dom else None
    outcome = _run_rendered(page, url, config, dom)
    # a page the DOM found to be furniture only (no region) has no article to fall back to
    furniture = dom is not None and not dom.region
    if whole_page and not outcome.articles and page.lines and not furniture:
        main = _fallback(html, url, config)
        if main is not None and main.lines:
            page, outcome = main, _run_rendered(main, url, config)
    if dom is not None:  # a photo beside a line the DOM took out is not the article's
        taken = dom.early.keys() | dom.late.keys()
        page.loose_images = [item for item in page.loose_images if item[0] not in taken]
    if use_dom and page.metadata.title:  # a page title fills a headline without its site
        page.metadata = replace(page.metadata, title=strip_site_suffix(page.metadata.title))
    add_html_evidence(outcome, page, url)
    return outcome


def _fallback(html: str, url: str | None, config: Config) -> RenderedPage | None:
    """trafilatura's main content of a page whose whole text made no article, within the
    configured size and time bounds (its heuristics are superlinear on some page shapes)."""
    if len(html) > config.html_fallback_max_chars:
        _LOG.info("no trafilatura fallback: page of %d characters is over the bound", len(html))
        return None
    try:
        with time_limit(config.html_fallback_seconds):
            return render(html, url, main_content=True)
    except TimeLimitExceeded:
        _LOG.warning("trafilatura fallback abandoned after %s s", config.html_fallback_seconds)
        return None


def _run_rendered(
    page: RenderedPage, url: str | None, config: Config, dom: DomEvidence | None = None
) -> Outcome:
    ctx = build_context(read_page(page.text), config, url=url or page.metadata.url, tags=page.tags)
    if dom is not None:
        ctx = replace(
            ctx,
            dom_early=dom.early,
            dom_late=dom.late,
            dom_starts=tuple(dom.starts),
            dom_body_from=dom.body_from,
        )
    return run(ctx)
