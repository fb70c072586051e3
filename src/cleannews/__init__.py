"""cleannews: turn scraped news text into clean, typed articles.

>>> import cleannews
>>> article = cleannews.clean(scraped_text)
>>> article.headline, article.paragraphs, article.images
"""

from __future__ import annotations

from cleannews.api import clean, clean_all, clean_html, explain
from cleannews.assemble import Explanation, LineDecision
from cleannews.config import Config
from cleannews.errors import (
    CleanNewsError,
    ConfigError,
    HtmlError,
    InputTooLarge,
    InputTypeError,
    NoArticleFound,
    UnknownPassError,
)
from cleannews.models import Article, ArticleRecord, Image, RelatedArticle, Source
from cleannews.passes import PASS_SETTINGS, PASSES
from cleannews.profiles import Profile

__version__ = "0.1.0"

__all__ = [
    "PASSES",
    "PASS_SETTINGS",
    "Article",
    "ArticleRecord",
    "CleanNewsError",
    "Config",
    "ConfigError",
    "Explanation",
    "HtmlError",
    "Image",
    "InputTooLarge",
    "InputTypeError",
    "LineDecision",
    "NoArticleFound",
    "Profile",
    "RelatedArticle",
    "Source",
    "UnknownPassError",
    "__version__",
    "clean",
    "clean_all",
    "clean_html",
    "explain",
]
