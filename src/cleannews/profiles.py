"""Site profiles: data overlays that teach cleannews one site's furniture without code.

A profile adds, removes or replaces phrases, sets pass settings and skips passes. Shipped
profiles (`cleannews/rules/profiles/*.toml`) are chosen per page by the URL's domain or by a
text fingerprint; a user's rules file (`Config(rules=...)`, `--rules FILE`) has the same
format and applies to every page.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from cleannews.errors import ConfigError
from cleannews.lexicon import Overlay, known_categories
from cleannews.normalise import fold
from cleannews.packs import check_patterns

__all__ = ["Fingerprint", "Match", "Profile", "select_profile", "shipped_profiles", "site_of"]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Fingerprint(_Strict):
    """Text that identifies a site's pages when no URL comes with them."""

    lines: list[str] = Field(default_factory=list)  # a line printed exactly so: "TT"
    contains: list[str] = Field(default_factory=list)  # text printed anywhere: "«الشرق الأوسط»"
    min: int = Field(default=1, ge=1)  # how many of the above must hold

    def matches(self, text: str) -> bool:
        wanted = len(self.lines) + len(self.contains)
        if not wanted:
            return False
        need = min(self.min, wanted)
        hits = 0
        for left, (part, alone) in enumerate(self._parts, start=1):
            if part in text and (not alone or _has_line(text, part)):
                hits += 1
                if hits >= need:
                    return True
            elif hits + wanted - left < need:
                return False  # the parts left cannot make up the count
        return False

    @property
    def _parts(self) -> list[tuple[str, bool]]:
        # one scan for a part printed anywhere, up to four for a line: cheap tests first
        return [(part, False) for part in self.contains] + [(line, True) for line in self.lines]


def _has_line(text: str, line: str) -> bool:
    """Is `line` printed alone on a line of `text` (without copying the text)?"""
    if f"\n{line}\n" in text or text.startswith(f"{line}\n") or text.endswith(f"\n{line}"):
        return True
    return f"\n{line}\r" in text or text == line


class Match(_Strict):
    domains: list[str] = Field(default_factory=list)  # "aawsat.com" also matches "m.aawsat.com"
    fingerprint: Fingerprint = Field(default_factory=Fingerprint)


def _check_phrases(value: dict[str, list[str]]) -> dict[str, list[str]]:
    unknown = sorted(set(value) - known_categories())
    if unknown:
        valid = ", ".join(sorted(known_categories()))
        raise ValueError(f"unknown phrase categories {unknown}; valid: {valid}")
    for category, phrases in value.items():
        empty = [p for p in phrases if not fold(p)]
        if empty:
            raise ValueError(f"{category}: phrases that fold to nothing: {empty}")
    return value


class Profile(_Strict):
    """One site's (or one user's) edits; every field is optional."""

    name: str = "rules"
    description: str = ""
    match: Match = Field(default_factory=Match)
    phrases: dict[str, list[str]] = Field(default_factory=dict)  # added to the packs'
    remove_phrases: dict[str, list[str]] = Field(default_factory=dict)
    replace_phrases: dict[str, list[str]] = Field(default_factory=dict)
    patterns: dict[str, str] = Field(default_factory=dict)  # tried besides the packs'
    settings: dict[str, dict[str, Any]] = Field(default_factory=dict)  # per pass name
    skip: list[str] = Field(default_factory=list)

    _check = field_validator("phrases", "remove_phrases", "replace_phrases")(_check_phrases)

    _patterns_compile = field_validator("patterns")(check_patterns)

    @classmethod
    def from_file(cls, path: str | Path) -> Profile:
        """Read a profile; any fault is a `ConfigError` naming the file and the key."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read rules file {path}: {exc}") from exc
        return cls.from_data(data, origin=str(path))

    @classmethod
    def from_data(cls, data: dict[str, Any], *, origin: str) -> Profile:
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise ConfigError(f"rules file {origin}: {describe(exc)}") from None

    def overlay(self) -> Overlay:
        return Overlay(
            add={k: tuple(v) for k, v in self.phrases.items()},
            remove={k: tuple(v) for k, v in self.remove_phrases.items()},
            replace={k: tuple(v) for k, v in self.replace_phrases.items()},
            patterns=dict(self.patterns),
        )

    def matches(self, domain: str | None, text: str) -> bool:
        if domain and any(domain == d or domain.endswith(f".{d}") for d in self.match.domains):
            return True
        return self.match.fingerprint.matches(text)


def describe(exc: ValidationError) -> str:
    """One part per wrong key: `key: what is wrong`."""
    parts = []
    for error in exc.errors():
        key = ".".join(str(p) for p in error["loc"]) or "file"
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            valid = ", ".join(Profile.model_fields) if len(error["loc"]) == 1 else ""
            parts.append(f"unknown key {key!r}" + (f" (valid: {valid})" if valid else ""))
            continue
        parts.append(f"{key}: {message}")
    return "; ".join(parts)


@cache
def shipped_profiles() -> tuple[Profile, ...]:
    folder = resources.files("cleannews.rules").joinpath("profiles")
    out = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            data = tomllib.loads(item.read_text(encoding="utf-8"))
            out.append(Profile.from_data(data, origin=f"profiles/{item.name}"))
    return tuple(out)


def site_of(url: str | None) -> str | None:
    """`aawsat.com` for `https://WWW.Aawsat.com:443/...`, or a bare `aawsat.com/a`; None
    without a usable host."""
    text = (url or "").strip()
    if not text:
        return None
    if "://" not in text and not text.startswith("//"):
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host or any(c.isspace() for c in host):
        return None
    return host.rstrip(".").lower().removeprefix("www.") or None


def select_profile(url: str | None, text: str) -> Profile | None:
    """The first shipped profile whose domain or fingerprint matches the page."""
    domain = site_of(url)
    return next((p for p in shipped_profiles() if p.matches(domain, text)), None)
