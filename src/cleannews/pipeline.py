"""From a read page to the context its passes run in: language, site profile, lexicon."""

from __future__ import annotations

from collections.abc import Mapping

from cleannews.claims import Context
from cleannews.config import Config
from cleannews.language import detect_languages
from cleannews.page import Page
from cleannews.profiles import select_profile

__all__ = ["build_context"]


def build_context(
    page: Page, config: Config, *, url: str | None = None, tags: Mapping[int, str] | None = None
) -> Context:
    """Detect the language (unless the config names it), choose a site profile, fold the
    lexicon of both: everything the passes read besides the span."""
    languages = (config.language,) if config.language else detect_languages(page)
    language = languages[0]
    profile = select_profile(url, page.text) if config.profiles == "auto" else None
    prepared = config.prepared(languages, profile)
    return Context(
        config=config,
        lexicon=prepared.lexicon,
        page=page,
        url=url,
        tags=tags,
        language=language,
        profile=profile,
        overrides=prepared.overrides,
        skip=prepared.skip,
    )
