"""Learned profiles: lines that one site prints on many of its pages (menus, app prompts,
newsletter boxes, footers, sign-offs), found by counting, so no phrase list has to know them.

A line is learned when it stands on enough of a site's pages, never inside the running text
of any of them, is not shaped like a sentence (those are listed for review instead), and is
not already removed by the built-in passes on most pages.
"""

from __future__ import annotations

import json
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from cleannews import profiles
from cleannews.api import explain
from cleannews.assemble import Explanation, LineDecision
from cleannews.config import Config
from cleannews.normalise import fold
from cleannews.page import Line

__all__ = [
    "LearnSettings",
    "LearnedLine",
    "LearnedProfile",
    "SiteLearner",
    "canonical_url",
    "learn_site",
    "learn_sites",
    "site_of",
]

_BODY_FIELDS = frozenset(["body", "subheading"])
# Repeated lines the built-in passes took for a headline are still the site's, not the article's.
_MISPLACED_FIELDS = frozenset(["headline", "subtitle"])
_CANONICAL_RE = re.compile(
    r"""<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>"""
    r"""|<meta\b[^>]*\bproperty\s*=\s*["']og:url["'][^>]*>""",
    re.I,
)
_HREF_RE = re.compile(r"""\b(?:href|content)\s*=\s*["']([^"']+)["']""", re.I)
_CANONICAL_SCAN_CHARS = 65536
_TOML_ESCAPES = {"\x7f": "\\u007f", "\u2028": "\\u2028", "\u2029": "\\u2029"}


@dataclass(frozen=True)
class LearnSettings:
    """How much repetition makes a line site furniture.

    - `min_share`: the share of the site's pages a line must stand on.
    - `min_pages`: the pages it must stand on; a site with fewer pages learns nothing.
    - `max_pages`: pages read per site; later pages are not read for learning.
    - `max_removed_share`: a line the built-in passes already take out of the article on at
      least this share of its occurrences is not learned (it would add nothing). A line they
      took for the headline or subtitle counts as not taken out: repeated, it is the site's.
    - `verify_pages`: pages kept (compressed, from the `min_pages`-th page on) to check, once
      the lines are learned, that the skipped lines are still taken out when the learned ones
      are: a widget removed only because it stood under a prompt taken for the headline moves
      up into the article when the prompt goes; a skipped line that lands in an article on
      one of these pages is learned too.
    """

    min_share: float = 0.3
    min_pages: int = 5
    max_pages: int = 500
    max_removed_share: float = 0.8
    verify_pages: int = 20

    def __post_init__(self) -> None:
        if not 0 < self.min_share <= 1:
            raise ValueError(f"min_share must be in (0, 1], got {self.min_share}")
        if self.min_pages < 1 or self.max_pages < self.min_pages:
            raise ValueError("need 1 <= min_pages <= max_pages")


@dataclass(frozen=True)
class LearnedLine:
    """A repeated line as printed, and on how many of the pages read it stood."""

    text: str
    pages: int


@dataclass(frozen=True)
class LearnedProfile:
    """What one site's pages taught: lines to remove, and repeated sentences to review."""

    site: str
    pages: int
    learned: tuple[LearnedLine, ...] = ()
    review: tuple[LearnedLine, ...] = ()

    @property
    def lines(self) -> tuple[str, ...]:
        """The learned lines' text, for `Config(extra_phrases={"learned_lines": ...})`."""
        return tuple(line.text for line in self.learned)

    def config(self, base: Config | None = None) -> Config:
        """`base` (or the defaults) with this profile's lines added to `learned_lines`."""
        return with_learned_lines(base or Config(), self.lines)

    def _share(self, line: LearnedLine) -> str:
        return f"{line.pages} of {self.pages} pages"

    def to_toml(self) -> str:
        """A readable, editable TOML profile; its `[phrases]` table is a rules file's."""
        site = _toml_string(self.site)
        out = [
            f"# Learned by `cleannews learn` from {self.pages} pages of {_comment(self.site)}.",
            "# Each line below was printed on many pages of this site; "
            "delete any that is article text.",
            f"name = {site}",
            "",
            "[match]",
            f"domains = [{site}]",
            "",
            "[phrases]",
            "learned_lines = [",
        ]
        out += [f"    {_toml_string(x.text)},  # {self._share(x)}" for x in self.learned]
        out.append("]")
        if self.review:
            out += [
                "",
                "# Repeated sentences not learned (they read like article text); "
                "move them up to remove them:",
            ]
            out += [f"# {_toml_string(x.text)}  # {self._share(x)}" for x in self.review]
        return "\n".join(out) + "\n"


def with_learned_lines(config: Config, lines: Sequence[str]) -> Config:
    """`config` with `lines` added to its `learned_lines` phrases (nothing else changes)."""
    if not lines:
        return config
    phrases = dict(config.extra_phrases)
    phrases["learned_lines"] = (*phrases.get("learned_lines", ()), *lines)
    return config.model_copy(update={"extra_phrases": phrases})


def site_of(url: str | None, fallback: str | None = None) -> str | None:
    """The site key of a URL: its host, lowercase, without `www.`; `fallback` when none.

    >>> site_of("https://WWW.Example.com:8080/a/1")
    'example.com'
    """
    return profiles.site_of(url) or fallback


def canonical_url(html: str) -> str | None:
    """The page's `<link rel=canonical>` or `og:url`, from the head (a cheap scan, no parse)."""
    for match in _CANONICAL_RE.finditer(html[:_CANONICAL_SCAN_CHARS]):
        href = _HREF_RE.search(match.group(0))
        if href and href.group(1).strip().lower().startswith(("http://", "https://", "//")):
            return href.group(1).strip()
    return None


@dataclass
class SiteLearner:
    """Counts one site's lines page by page (bounded: `settings.max_pages` pages).

    Lines are counted under a hash of their folded text, and a line's text is kept only from
    the second page that prints it on, so the many lines printed once (article text) cost a
    few counters each, not their text.
    """

    site: str
    config: Config | None = None
    settings: LearnSettings = field(default_factory=LearnSettings)
    pages: int = 0
    _pages_with: Counter[int] = field(default_factory=Counter)
    _seen: Counter[int] = field(default_factory=Counter)  # occurrences
    _removed: Counter[int] = field(default_factory=Counter)  # occurrences out of the article
    _inside: set[tuple[int, int | None, int | None]] = field(
        default_factory=set
    )  # (line, before, after)
    _printed: dict[int, Counter[str]] = field(default_factory=dict)
    _prose: set[int] = field(default_factory=set)
    _headline: set[int] = field(default_factory=set)  # was a headline or subtitle somewhere
    _teaser: set[int] = field(default_factory=set)  # was a related teaser somewhere
    _samples: list[tuple[bytes, bool | None]] = field(default_factory=list)  # zlib-compressed

    @property
    def full(self) -> bool:
        return self.pages >= self.settings.max_pages

    def add(self, text: str, *, html: bool | None = None) -> bool:
        """Read one page (scraped text or HTML); False when the site has read enough pages."""
        if self.full:
            return False
        # Pages kept for the check start at the `min_pages`-th page: a site too small to learn
        # from keeps none.
        if self.pages + 1 >= self.settings.min_pages and (
            len(self._samples) < self.settings.verify_pages
        ):
            self._samples.append((zlib.compress(text.encode("utf-8", "surrogatepass")), html))
        self.add_explanation(explain(text, config=self.config, html=html))
        return True

    def add_explanation(self, explanation: Explanation) -> None:
        """Count the lines of one page from its explanation (every line with its field)."""
        if self.full:
            return
        self.pages += 1
        decisions = [d for d in explanation.lines if d.field != "blank" and d.text.strip()]
        keys = [_key(d.text) for d in decisions]
        keep_first = self.settings.min_pages <= 1
        for i, (decision, key) in enumerate(zip(decisions, keys, strict=True)):
            if key is None:
                continue
            self._seen[key] += 1
            if decision.field not in _BODY_FIELDS | _MISPLACED_FIELDS:
                self._removed[key] += 1
            if decision.field in _MISPLACED_FIELDS:
                self._headline.add(key)
            elif decision.field == "related":
                self._teaser.add(key)
                item = Line(0, decision.text, 0, len(decision.text)).bullet_text
                if item and (item_key := _key(item)) is not None:
                    self._teaser.add(item_key)  # `• Title` lists the headline `Title`
            if keep_first or self._pages_with[key]:  # printed on an earlier page too
                printed = self._printed.setdefault(key, Counter())
                if len(printed) < 8 or decision.text in printed:
                    printed[decision.text] += 1
                if _is_prose(decision.text):
                    self._prose.add(key)
            inside = _neighbours(decisions, keys, i)
            if inside is not None:
                self._inside.add((key, *inside))
        self._pages_with.update({key for key in keys if key is not None})

    def profile(self) -> LearnedProfile:
        """The lines learned so far; nothing when fewer than `min_pages` pages were read."""
        settings = self.settings
        if self.pages < settings.min_pages:
            return LearnedProfile(self.site, self.pages)
        floor = max(settings.min_pages, settings.min_share * self.pages)
        frequent = {key for key, n in self._pages_with.items() if n >= floor}
        blocked = {
            key
            for (key, before, after) in self._inside
            if key in frequent and before not in frequent and after not in frequent
        }
        # A headline that other pages list as a teaser is the title of one of the site's
        # articles (a "most read" box), not furniture: removing it would cut that headline.
        blocked |= frequent & self._headline & self._teaser
        keys = sorted(frequent - blocked, key=lambda k: (-self._pages_with[k], self._text(k)))
        taken = {k for k in keys if self._removed[k] >= settings.max_removed_share * self._seen[k]}
        review = [k for k in keys if k in self._prose and k not in taken]
        learn = [k for k in keys if k not in taken and k not in self._prose]
        taken -= self._prose  # never learned, even when they move
        if taken and learn:
            moved = self._moved_into_articles(taken, [self._text(k) for k in learn])
            learn = [k for k in keys if k in moved or (k not in taken and k not in self._prose)]
        return LearnedProfile(
            self.site, self.pages, tuple(map(self._line, learn)), tuple(map(self._line, review))
        )

    def _text(self, key: int) -> str:
        return self._printed[key].most_common(1)[0][0]

    def _line(self, key: int) -> LearnedLine:
        return LearnedLine(self._text(key), self._pages_with[key])

    def _moved_into_articles(self, keys: set[int], learned: list[str]) -> set[int]:
        """Those of `keys` that land in an article of a kept page once `learned` is removed."""
        config = with_learned_lines(self.config or Config(), learned)
        moved: set[int] = set()
        for packed, html in self._samples:
            text = zlib.decompress(packed).decode("utf-8", "surrogatepass")
            for decision in explain(text, config=config, html=html).lines:
                if decision.field in _BODY_FIELDS | _MISPLACED_FIELDS:
                    key = _key(decision.text)
                    if key in keys:
                        moved.add(key)
        return moved


def learn_site(
    pages: Iterable[str],
    *,
    site: str = "",
    config: Config | None = None,
    settings: LearnSettings | None = None,
) -> LearnedProfile:
    """Learn one site's furniture from its pages (scraped text or HTML, detected per page)."""
    learner = SiteLearner(site, config, settings or LearnSettings())
    for text in pages:
        if not learner.add(text):
            break
    return learner.profile()


def learn_sites(
    docs: Iterable[tuple[str, str]],
    *,
    config: Config | None = None,
    settings: LearnSettings | None = None,
) -> dict[str, LearnedProfile]:
    """Learn per site from `(site key, text)` pairs in any order; one profile per site."""
    settings = settings or LearnSettings()
    learners: dict[str, SiteLearner] = {}
    for site, text in docs:
        learner = learners.get(site)
        if learner is None:
            learner = learners[site] = SiteLearner(site, config, settings)
        learner.add(text)
    return {site: learner.profile() for site, learner in learners.items()}


def _neighbours(
    decisions: list[LineDecision], keys: list[int | None], i: int
) -> tuple[int | None, int | None] | None:
    """The keys of the body lines just before and after line `i`, when both are body lines of
    the same article (the line stands inside the running text); otherwise None."""
    if i == 0 or i + 1 >= len(decisions):
        return None
    before, after = decisions[i - 1], decisions[i + 1]
    article = decisions[i].article
    if before.field not in _BODY_FIELDS or after.field not in _BODY_FIELDS:
        return None
    if article is None or before.article != article or after.article != article:
        return None
    return keys[i - 1], keys[i + 1]


def _key(text: str) -> int | None:
    """The counting key of a line: a hash of its folded text (None for a line of marks)."""
    folded = fold(text)
    return hash(folded) if folded else None


def _is_prose(text: str) -> bool:
    return Line(0, text, 0, len(text)).is_prose


def _toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's, but for DEL and line separators)."""
    out = json.dumps(text, ensure_ascii=False)
    for char, escape in _TOML_ESCAPES.items():
        out = out.replace(char, escape)
    return out


def _comment(text: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in text)
