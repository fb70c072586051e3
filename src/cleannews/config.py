"""One frozen settings object, built in one place and passed down to every pass."""

from __future__ import annotations

import tomllib
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cleannews.errors import ConfigError, UnknownPassError
from cleannews.lexicon import CATEGORIES, Lexicon

__all__ = ["Config"]


class Config(BaseModel):
    """The knobs of a cleaning run. Every field has a safe default.

    - `skip`: pass names to turn off (see `cleannews.PASSES`); a typo is an error that lists
      the valid names.
    - `extra_phrases`: more lexicon phrases per category (`widgets`, `related_headings`,
      `credits`, ...; the full list is `cleannews.lexicon.CATEGORIES`).
    - `keep_secondary`: return the articles appended after the main one (infinite scroll).
    - `guard_min_words`: the over-deletion guard gives back claimed prose lines of at least
      this many words when an article would otherwise have no body.
    - `html_extractor`: for HTML input, `page` renders the whole page into lines (captions,
      appended articles and teasers included); `trafilatura` keeps only what trafilatura's
      main-content extractor keeps (faster on huge pages, loses captions and appended articles).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    skip: frozenset[str] = Field(default_factory=frozenset)
    extra_phrases: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    keep_secondary: bool = True
    guard_min_words: int = Field(default=12, ge=1)
    html_extractor: Literal["page", "trafilatura"] = "page"

    def __init__(self, **data: Any) -> None:
        if isinstance(data.get("skip"), str):
            data["skip"] = {data["skip"]}
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise ConfigError(_describe(exc)) from None
        self._check_names()

    def _check_names(self) -> None:
        """Reject unknown pass names and phrase categories with a typed error listing the valid.

        Done after pydantic's validation so the error keeps its own type.
        """
        from cleannews.passes import PASSES  # noqa: PLC0415  (passes import config types)

        unknown = sorted(self.skip - set(PASSES))
        if unknown:
            valid = ", ".join(PASSES)
            raise UnknownPassError(f"unknown pass name(s) {unknown}; valid names: {valid}")
        unknown = sorted(set(self.extra_phrases) - set(CATEGORIES))
        if unknown:
            valid = ", ".join(CATEGORIES)
            raise ConfigError(f"unknown phrase categories {unknown}; valid: {valid}")

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Config:
        """As pydantic's, with errors as `ConfigError` naming the key."""
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as exc:
            raise ConfigError(_describe(exc)) from None

    @cached_property
    def lexicon(self) -> Lexicon:
        return Lexicon.build(self.extra_phrases)

    def __hash__(self) -> int:
        phrases = tuple(sorted(self.extra_phrases.items()))
        return hash((self.skip, phrases, self.keep_secondary, self.html_extractor))

    @classmethod
    def from_file(cls, path: str | Path) -> Config:
        """Load a TOML rules file: top-level settings plus a `[phrases]` table.

        ```toml
        skip = ["extract_related_block"]
        [phrases]
        widgets = ["حجم الخط"]
        ```
        """
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read rules file {path}: {exc}") from exc
        phrases = data.pop("phrases", {})
        if not isinstance(phrases, dict) or not all(
            isinstance(v, list) and all(isinstance(p, str) for p in v) for v in phrases.values()
        ):
            raise ConfigError(f"rules file {path}: [phrases] maps a category to a list of strings")
        try:
            return cls(**data, extra_phrases={k: tuple(v) for k, v in phrases.items()})
        except ConfigError as exc:
            raise ConfigError(f"rules file {path}: {exc}") from None


def _describe(exc: ValidationError) -> str:
    """One line per wrong key: `key: what is wrong`, and the valid keys for an unknown one."""
    parts = []
    for error in exc.errors():
        key = ".".join(str(p) for p in error["loc"]) or "config"
        if error["type"] == "extra_forbidden":
            valid = ", ".join(Config.model_fields)
            parts.append(f"unknown setting {key!r} (valid: {valid})")
        else:
            parts.append(f"{key}: {error['msg']}")
    return "invalid configuration: " + "; ".join(parts)
