"""The public functions: `clean_all`, `clean`, `explain`."""

from __future__ import annotations

from cleannews.assemble import Explanation, Outcome, run
from cleannews.claims import Context
from cleannews.config import Config
from cleannews.errors import InputTypeError, NoArticleFound
from cleannews.models import Article
from cleannews.page import read_page

__all__ = ["clean", "clean_all", "explain"]

_DEFAULT_CONFIG = Config()


def explain(text: str, *, url: str | None = None, config: Config | None = None) -> Explanation:
    """Every input line with the article and field it went to and the pass that decided it."""
    return _run(text, url, config).explanation()


def clean_all(text: str, *, url: str | None = None, config: Config | None = None) -> list[Article]:
    """Every article in the text, in reading order; `[]` when there is none."""
    return _run(text, url, config).articles


def _run(text: str, url: str | None, config: Config | None) -> Outcome:
    if not isinstance(text, str):
        raise InputTypeError(
            f"cleannews expects text (str), got {type(text).__name__}; "
            "decode bytes first, e.g. data.decode('utf-8')"
        )
    config = config or _DEFAULT_CONFIG
    ctx = Context(config=config, lexicon=config.lexicon, page=read_page(text), url=url)
    return run(ctx)


def clean(text: str, *, url: str | None = None, config: Config | None = None) -> Article:
    """The page's main article; raises `NoArticleFound` when the text holds none."""
    articles = clean_all(text, url=url, config=config)
    if not articles:
        raise NoArticleFound("no article found: the text is empty or holds only boilerplate")
    return articles[0]
