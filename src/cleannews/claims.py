"""What passes produce and what they read: roles, claims, and a read-only view of a span."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict

from cleannews.page import QUESTION_END

if TYPE_CHECKING:
    from cleannews.config import Config
    from cleannews.lexicon import Lexicon
    from cleannews.page import Line, Page
    from cleannews.profiles import Profile
    from cleannews.segment import Span

__all__ = ["Claim", "Context", "Role", "Settings", "SpanView"]

S = TypeVar("S", bound="Settings")
_PAGE_INDEX = attrgetter("index")


class Settings(BaseModel):
    """A pass's thresholds: documented fields with defaults, overridable per pass by
    `Config(settings=...)` or a profile's `[settings.<pass>]` table."""

    model_config = ConfigDict(frozen=True, extra="forbid")


@cache
def _default(model: type[S]) -> S:
    return model()


class Role(StrEnum):
    """Where a line ends up."""

    HEADLINE = "headline"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    BODY = "body"
    SUBHEADING = "subheading"
    CAPTION = "caption"
    RELATED = "related"
    SOURCE = "source"
    PUBLISHED = "published"
    KEYWORDS = "keywords"
    REMOVED = "removed"


class Claim(NamedTuple):
    """A pass's finding: line `line` (page index) plays `role`, because of `reason`.

    `value` carries parsed data: an `Image` for the first copy of a caption, a
    `RelatedArticle` on one line of each teaser, a date, a source name, a keyword list.
    `pass_name` is stamped by the runner, never by the pass.
    """

    line: int
    role: Role
    reason: str
    value: Any = None
    pass_name: str = ""


@dataclass(frozen=True)
class Context:
    """Everything a pass may read besides the span: settings, language and phrase data."""

    config: Config
    lexicon: Lexicon
    page: Page
    url: str | None = None
    tags: Mapping[int, str] | None = None  # HTML input: the block tag each line came from
    language: str = "und"  # the page's, detected before the passes
    profile: Profile | None = None  # the shipped site profile chosen for the page
    overrides: Mapping[type[Settings], Settings] | None = None
    skip: frozenset[str] = frozenset()  # passes off for this page
    # HTML input: the DOM's claims (`cleannews.dom`), applied before the passes (`dom_early`:
    # the lines the passes never see) and after them on lines still free (`dom_late`)
    dom_early: Mapping[int, Claim] | None = None
    dom_late: Mapping[int, Claim] | None = None
    dom_starts: tuple[int, ...] = ()  # lines where the DOM found an appended <article>
    dom_body_from: int | None = None  # the region below the DOM's headline: no deck in it

    def settings(self, model: type[S]) -> S:
        """The run's settings of one pass: its model's defaults unless overridden."""
        found = self.overrides.get(model) if self.overrides else None
        return found if found is not None else _default(model)  # type: ignore[return-value]

    def tag(self, line: Line) -> str | None:
        """`figcaption`, `h2`, `li`, ... for a line rendered from HTML; None for plain text."""
        return self.tags.get(line.index) if self.tags else None


class SpanView:
    """A span of the page with the claims made so far; passes read it, never change it."""

    def __init__(
        self,
        span: Span,
        page: Page,
        claims: Mapping[int, Claim],
        hidden: Mapping[int, object] | None = None,
    ) -> None:
        self.span = span
        self.page = page
        self.claims = claims
        self.lines = page.lines[span.start : span.end]
        if hidden:  # lines the DOM already decided: the passes read the article region only
            self.lines = [line for line in self.lines if line.index not in hidden]
        self.text_lines = [line for line in self.lines if line.text]
        self.headline_index: int | None = None  # set by the runner with the headline claim
        self._free: list[Line] = []
        self._free_at = -1  # len(claims) when _free was computed; claims only grow
        self._free_labels: list[Line] = []
        self._free_labels_at = -1  # the same for _free_labels
        # what every span's passes read, so computed at once (a cached property costs more)
        self.text_counts: Counter[str] = Counter([line.text for line in self.text_lines])
        self.lead_end = self._lead_end()
        # lines that can be `LABEL: value`, a label or a heading alone (six words at most)
        self.label_lines = [
            line for line in self.text_lines if line.n_words <= 6 or line.label is not None
        ]

    def free_label_lines(self) -> list[Line]:
        """`label_lines` not claimed yet (kept, as `free_lines`, until a claim is added)."""
        if self._free_labels_at != len(self.claims):
            claims = self.claims
            self._free_labels = [line for line in self.label_lines if line.index not in claims]
            self._free_labels_at = len(claims)
        return self._free_labels

    def is_free(self, line: Line) -> bool:
        return bool(line.text) and line.index not in self.claims

    def free_lines(self, start: int | None = None, end: int | None = None) -> list[Line]:
        """Non-blank unclaimed lines, optionally between page indexes `start` and `end`."""
        if self._free_at != len(self.claims):
            claims = self.claims
            self._free = [line for line in self.text_lines if line.index not in claims]
            self._free_at = len(claims)
        free = self._free
        if start is None and end is None:
            return free
        # the free lines are in page order: two binary searches, not a scan of the span
        lo = 0 if start is None else bisect_left(free, start, key=_PAGE_INDEX)
        hi = len(free) if end is None else bisect_left(free, end, key=_PAGE_INDEX)
        return free[lo:hi]

    def next_text_line(self, index: int) -> Line | None:
        """The first non-blank line after page index `index` within the span."""
        for line in self.page.lines[index + 1 : self.span.end]:
            if line.text:
                return line
        return None

    def previous_text_line(self, index: int) -> Line | None:
        """The last non-blank line before page index `index` within the span."""
        for i in range(index - 1, self.span.start - 1, -1):
            if self.page.lines[i].text:
                return self.page.lines[i]
        return None

    def role_lines(self, role: Role) -> list[Line]:
        """The lines claimed as `role` so far, in page order (only their indexes sorted)."""
        lines = self.page.lines
        return [lines[i] for i in sorted(i for i, c in self.claims.items() if c.role is role)]

    @property
    def headline(self) -> Line | None:
        index = self.headline_index
        return None if index is None else self.page.lines[index]

    def _lead_end(self) -> int:
        """Page index of the first body sentence: prose printed once in the span.

        Lead captions are often long enough to read as prose, but they are printed twice. A
        question on the span's first line is its headline, not its first sentence.
        """
        counts = self.text_counts
        for line in self.text_lines:
            if line.is_prose and counts[line.text] == 1:
                opening_question = line is self.text_lines[0] and line.text.endswith(QUESTION_END)
                if not opening_question:
                    return line.index
        return self.span.end

    def lead_end_under(self, head: Line) -> int:
        """`lead_end`, or, when the lead block's first sentence was a blurb above the headline
        `head`, the first free sentence printed once under it (the span's end without one,
        as for `lead_end`)."""
        end = self.lead_end
        if end > head.index:
            return end
        counts = self.text_counts
        after = self.free_lines(head.index + 1)
        return next(
            (ln.index for ln in after if ln.is_prose and counts[ln.text] == 1), self.span.end
        )
