"""Language packs: every phrase, name, pattern and mark that differs by language, as data.

A pack is a TOML file in `cleannews/rules/` (`ar.toml`, `en.toml`, `fr.toml`, and `und.toml`
for what holds in any language: widget tokens, agency names in Latin letters). This module
only reads and validates them; `lexicon.py` folds them into the sets passes read.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from cleannews.errors import ConfigError

__all__ = [
    "NEUTRAL",
    "PATTERN_NAMES",
    "DateNames",
    "FoldRules",
    "Pack",
    "check_patterns",
    "load_pack",
    "punctuation",
    "shipped_languages",
    "shipped_packs",
]

NEUTRAL = "und"
# Named patterns a pack may define; each pass that uses one says so in its docstring.
PATTERN_NAMES = frozenset(
    {
        "reading_time",  # "5 min read", "Lecture : 4 minutes", "مدة القراءة 3 دقائق"
        "relative_time",  # "2 hours ago", "il y a 3 heures", "منذ 5 ساعات"
        "hijri_date",  # a numeric Hijri date: "1445/11/20 هـ"
        "body_opening",  # how body sentences (not labels or titles) may start: Arabic "و…"
        "agency_sign_off",  # "Reporting by X; Editing by Y", "(avec AFP)"
        "paywall",  # "Subscribe to continue reading", "Abonnez-vous pour lire la suite"
        "correspondent",  # "Avec notre envoyée spéciale à Kyiv, ..."
        "player_notice",  # "Your browser does not support the video tag."
        "newsletter",  # "Sign up to our morning briefing", "Je m'inscris"
        "comment_notice",  # a comment form's fine print: "This site uses Akismet to reduce spam."
        "disclaimer",  # "The views expressed are the author's own.", "تنويه: ..."
        "site_notice",  # a theme's skip link, a visitor counter: "Users Today : 1351"
        "syndication",  # "The post TITLE appeared first on SITE.", "Read the full story on SITE"
        "byline_wrote",  # an author line with no separator, the name in group 1: "كتب فلان"
        "opinion_title",  # a columnist's title: "فلان الفلاني يكتب: عنوان المقال"
    }
)


def check_patterns(patterns: dict[str, str]) -> dict[str, str]:
    """Known names, sources that compile: shared by packs and profiles."""
    unknown = sorted(set(patterns) - PATTERN_NAMES)
    if unknown:
        raise ValueError(f"unknown pattern names {unknown}; valid: {sorted(PATTERN_NAMES)}")
    for name, source in patterns.items():
        try:
            re.compile(source)
        except re.error as exc:
            raise ValueError(f"pattern {name!r} does not compile: {exc}") from None
    return patterns


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FoldRules(_Strict):
    """How `fold` makes spelling variants of one phrase equal, for this language's script."""

    letters: dict[str, str] = Field(default_factory=dict)  # variant -> letter: "أ" -> "ا"
    drop: list[str] = Field(default_factory=list)  # characters or ranges "064B-065F" dropped
    strip_accents: bool = False  # Latin diacritics: "publié" and "publie" are one key


class DateNames(_Strict):
    """What a date line may contain besides digits."""

    months: dict[str, int] = Field(default_factory=dict)
    weekdays: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)  # "GMT", "الموافق", "à", "h"
    am: list[str] = Field(default_factory=list)  # time markers: "ص", "am"
    pm: list[str] = Field(default_factory=list)
    utc: list[str] = Field(default_factory=list)  # UTC named after a time: "GMT", "غرينتش"
    hijri_months: list[str] = Field(default_factory=list)

    @field_validator("months")
    @classmethod
    def _month_numbers(cls, months: dict[str, int]) -> dict[str, int]:
        bad = sorted(name for name, number in months.items() if not 1 <= number <= 12)
        if bad:
            raise ValueError(f"month numbers are 1-12: {bad}")
        return months


class Bylines(_Strict):
    """Words that open an author line: `By`, `بقلم:` (optional separator), `كتب -` (required)."""

    prefixes: list[str] = Field(default_factory=list)
    verbs: list[str] = Field(default_factory=list)


class Pack(_Strict):
    """One language's data. Every list is written as a person types it; matching folds it."""

    language: str  # BCP 47 code: what `Article.language` says
    name: str
    script: str  # Unicode script of its letters: the fast path of language detection
    secondary: list[str] = Field(default_factory=list)  # packs its pages also need
    sentence_end: list[str] = Field(default_factory=list)
    question_end: list[str] = Field(default_factory=list)
    clause_marks: list[str] = Field(default_factory=list)  # commas, semicolons: "،", ";"
    # Credits follow their caption here, after its full stop ("..., June 9, 2024. (AP Photo/
    # Jane Roe)") or on the next line; Arabic pages print `(تصوير: ...)` above the caption.
    credit_after_caption: bool = False
    fold: FoldRules = Field(default_factory=FoldRules)
    phrases: dict[str, list[str]] = Field(default_factory=dict)
    agencies: dict[str, list[str]] = Field(default_factory=dict)  # normalised -> spellings
    dates: DateNames = Field(default_factory=DateNames)
    bylines: Bylines = Field(default_factory=Bylines)
    patterns: dict[str, str] = Field(default_factory=dict)
    article_prefixes: list[str] = Field(default_factory=list)  # "ال": stripped to compare
    clitics: list[str] = Field(default_factory=list)  # "و", "ب": glued to a tag's first word

    _patterns_compile = field_validator("patterns")(check_patterns)


def _read(name: str) -> dict[str, Any]:
    path = resources.files("cleannews.rules").joinpath(f"{name}.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def shipped_languages() -> tuple[str, ...]:
    """Languages with a packaged pack, neutral one first."""
    names = sorted(
        p.name.removesuffix(".toml")
        for p in resources.files("cleannews.rules").iterdir()
        if p.name.endswith(".toml")
    )
    return (NEUTRAL, *[n for n in names if n != NEUTRAL])


@cache
def load_pack(language: str) -> Pack:
    """The packaged pack of `language`; a broken pack is a `ConfigError` naming the file."""
    try:
        return Pack.model_validate(_read(language))
    except FileNotFoundError:
        raise ConfigError(
            f"no language pack {language!r}; shipped: {', '.join(shipped_languages())}"
        ) from None
    except (ValidationError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"language pack {language}.toml: {exc}") from None


def shipped_packs() -> tuple[Pack, ...]:
    return tuple(load_pack(lang) for lang in shipped_languages())


def _marks(field: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m for pack in shipped_packs() for m in getattr(pack, field)))


@cache
def punctuation() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """`(sentence ends, question ends, clause marks)` of every shipped pack.

    Whether a line ends a sentence is asked before the page's language is known, and marks of
    different scripts never clash, so every pack's marks count on every page.
    """
    return _marks("sentence_end"), _marks("question_end"), _marks("clause_marks")
