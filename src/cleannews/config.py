"""One frozen settings object, built in one place and passed down to every pass."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from cleannews.claims import Settings
from cleannews.errors import ConfigError, UnknownPassError
from cleannews.lexicon import Lexicon, known_categories
from cleannews.profiles import Profile

__all__ = ["Config"]


class Prepared(NamedTuple):
    lexicon: Lexicon
    overrides: dict[type[Settings], Settings]
    skip: frozenset[str]


class Config(BaseModel):
    """The knobs of a cleaning run. Every field has a safe default.

    - `skip`: pass names to turn off (see `cleannews.PASSES`); a typo is an error that lists
      the valid names.
    - `extra_phrases`: more lexicon phrases per category (`widgets`, `related_headings`,
      `credits`, ...; the full list is `cleannews.lexicon.CATEGORIES`), on every language.
    - `settings`: per-pass settings, `{"remove_navigation": {"menu_min_run": 4}}`; each pass's
      fields and defaults are in `cleannews.PASS_SETTINGS`.
    - `rules`: a profile (a `Profile`, or the path of a TOML file in the profile format) that
      applies to every page: phrases added, removed or replaced, settings, skipped passes.
    - `profiles`: `auto` chooses a shipped site profile by the page's domain or fingerprint
      (reported as `source.profile`); `off` never does.
    - `language`: the language of every input (`ar`, `en`, `fr`, ...) instead of detecting it.
    - `keep_secondary`: return the articles appended after the main one (infinite scroll).
    - `guard_min_words`: the over-deletion guard gives back claimed prose lines of at least
      this many words when an article would otherwise have no body.
    - `html_extractor`: for HTML input, `dom` renders the whole page into lines and lets the
      DOM evidence (`cleannews.dom`: article region, nav/aside/related/comment blocks, link
      density) claim what is not the article before the text passes run; `page` renders the
      whole page and leaves everything to the text passes (the behaviour before the DOM
      scorer); `trafilatura` keeps only what trafilatura's main-content extractor keeps
      (loses captions and appended articles).
    - `max_input_chars`: longest input cleaned, in characters (bytes: in bytes); a longer one
      raises `InputTooLarge` before any work, instead of exhausting memory.
    - `html_fallback_max_chars`, `html_fallback_seconds`: bounds on the trafilatura fallback
      that runs when a whole HTML page yields no article: pages longer than this are not
      retried, and a retry that runs longer is abandoned (the time bound needs the main
      thread and a free `SIGALRM`; elsewhere only the size bound applies).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    skip: frozenset[str] = Field(default_factory=frozenset)
    extra_phrases: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    settings: dict[str, dict[str, Any]] = Field(default_factory=dict)
    rules: Profile | None = None
    profiles: Literal["auto", "off"] = "auto"
    language: str | None = None
    keep_secondary: bool = True
    guard_min_words: int = Field(default=12, ge=1)
    html_extractor: Literal["dom", "page", "trafilatura"] = "dom"
    max_input_chars: int = Field(default=100_000_000, ge=1)
    html_fallback_max_chars: int = Field(default=1_000_000, ge=0)
    html_fallback_seconds: float | None = Field(default=5.0, gt=0)
    _lexicons: dict[tuple[object, ...], Lexicon] = PrivateAttr(default_factory=dict)
    _settings: dict[tuple[object, ...], dict[type[Settings], Settings]] = PrivateAttr(
        default_factory=dict
    )
    _prepared: dict[tuple[object, ...], Prepared] = PrivateAttr(default_factory=dict)

    def __init__(self, **data: Any) -> None:
        if isinstance(data.get("skip"), str):
            data["skip"] = {data["skip"]}
        if isinstance(data.get("rules"), str | Path):
            data["rules"] = Profile.from_file(data["rules"])
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise ConfigError(_describe(exc)) from None
        self._check_names()

    @field_validator("extra_phrases")
    @classmethod
    def _known_categories(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        unknown = sorted(set(value) - known_categories())
        if unknown:
            valid = ", ".join(sorted(known_categories()))
            raise ValueError(f"unknown phrase categories {unknown}; valid: {valid}")
        return value

    def _check_names(self) -> None:
        """Reject unknown pass names and settings with a typed error listing the valid.

        Done after pydantic's validation so the error keeps its own type.
        """
        from cleannews.passes import PASSES, check_settings  # noqa: PLC0415  (passes import config)

        skip = self.skip | set(self.rules.skip if self.rules else ())
        unknown = sorted(skip - set(PASSES))
        if unknown:
            valid = ", ".join(PASSES)
            raise UnknownPassError(f"unknown pass name(s) {unknown}; valid names: {valid}")
        check_settings(self.settings, origin="settings")
        if self.rules is not None:
            check_settings(self.rules.settings, origin=f"rules {self.rules.name!r} settings")

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Config:
        """As pydantic's, with the copy's own lexicon cache (its phrases may differ)."""
        copy = super().model_copy(update=update, deep=deep)
        copy._lexicons = {}
        copy._settings = {}
        copy._prepared = {}
        return copy

    def prepared(self, languages: tuple[str, ...], profile: Profile | None = None) -> Prepared:
        """Lexicon, pass settings and passes off for one language set and profile: what
        every page of a run with them shares, looked up once per page."""
        key = (languages, profile.name if profile else None)
        found = self._prepared.get(key)
        if found is None:
            found = self._prepared[key] = Prepared(
                self.lexicon_for(languages, profile),
                self.pass_settings(profile),
                self.skipped(profile),
            )
        return found

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Config:
        """As pydantic's, with errors as `ConfigError` naming the key."""
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as exc:
            raise ConfigError(_describe(exc)) from None

    def lexicon_for(self, languages: tuple[str, ...], profile: Profile | None = None) -> Lexicon:
        """The folded phrases of these languages' packs, the profile, the rules and extras.

        Built once per language set and profile, then reused for every page of the run.
        """
        key = (languages, profile.name if profile else None)
        found = self._lexicons.get(key)
        if found is None:
            overlays = [p.overlay() for p in (profile, self.rules) if p is not None]
            if self.extra_phrases:
                overlays.append(Profile(phrases=dict(self.extra_phrases)).overlay())
            found = self._lexicons[key] = Lexicon.build(languages, overlays)
        return found

    def skipped(self, profile: Profile | None = None) -> frozenset[str]:
        """Passes off for a page: `skip`, the rules' and the site profile's."""
        parts = (p.skip for p in (self.rules, profile) if p is not None)
        return self.skip.union(*parts)

    def pass_settings(self, profile: Profile | None = None) -> dict[type[Settings], Settings]:
        """Settings per pass model: the profile's, then the rules', then `settings` win."""
        key = ("settings", profile.name if profile else None)
        found = self._settings.get(key)
        if found is None:
            from cleannews.passes import resolve_settings  # noqa: PLC0415

            layers = [p.settings for p in (profile, self.rules) if p is not None]
            found = self._settings[key] = resolve_settings(*layers, self.settings)
        return found

    @property
    def lexicon(self) -> Lexicon:
        """The lexicon of Arabic pages (with the English their furniture uses)."""
        return self.lexicon_for(("ar",))

    def __hash__(self) -> int:
        phrases = tuple(sorted(self.extra_phrases.items()))
        return hash((self.skip, phrases, self.keep_secondary, self.html_extractor, self.language))

    @classmethod
    def from_file(cls, path: str | Path) -> Config:
        """A config from a TOML rules file: the profile format, plus any `Config` setting.

        ```toml
        skip = ["extract_related_block"]
        keep_secondary = false
        [phrases]
        widgets = ["حجم الخط"]
        [settings.remove_navigation]
        menu_min_run = 4
        ```
        """
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read rules file {path}: {exc}") from exc
        own = {
            k: data.pop(k)
            for k in list(data)
            if k in cls.model_fields and k not in Profile.model_fields
        }
        profile = Profile.from_data(data, origin=str(path))
        try:
            return cls(**own, rules=profile)
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
            parts.append(f"{key}: {error['msg'].removeprefix('Value error, ')}")
    return "invalid configuration: " + "; ".join(parts)
