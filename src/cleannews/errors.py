"""Typed errors: callers catch `CleanNewsError` (a `ValueError`) and nothing deeper."""

from __future__ import annotations

__all__ = [
    "CleanNewsError",
    "ConfigError",
    "HtmlError",
    "InputTooLarge",
    "InputTypeError",
    "NoArticleFound",
    "UnknownPassError",
]


class CleanNewsError(ValueError):
    """Base class of every error cleannews raises on purpose."""


class NoArticleFound(CleanNewsError):  # noqa: N818  (public name fixed by the API contract)
    """The input holds no article: empty, whitespace, or boilerplate only."""


class InputTypeError(CleanNewsError, TypeError):
    """The input is not text; a `TypeError` too, so both idioms catch it."""


class ConfigError(CleanNewsError):
    """A configuration or rules file is wrong; the message names the file and the key."""


class UnknownPassError(ConfigError):
    """A configuration names a pass that does not exist."""


class HtmlError(CleanNewsError):
    """The input cannot be read as an HTML page (binary data, or beyond the parser's limits)."""


class InputTooLarge(CleanNewsError):  # noqa: N818  (reads as what happened, like NoArticleFound)
    """The input is longer than `Config.max_input_chars`: refused before any work is done."""
