"""The document model: a page is a list of lines with offsets into the original input.

Line features are computed lazily and once, because every pass asks the same questions
(how many words, does it end a sentence, does it close with a parenthesis).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from cleannews.normalise import fold, normalise_line

__all__ = ["Line", "Page", "read_page"]

_NEWLINE_RE = re.compile(r"\r\n|[\n\r\u2028\u2029\x85\x0b\x0c]")
_SENTENCE_END = (".", "!", "?", "؟", "…", "!»", ".»", "؟»", '."', '؟"', '!"', ".”")
_TRAILING_PAREN_RE = re.compile(r"^(.*?)\s*\(([^()]{1,80})\)$")
_ARABIC_LETTER_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_BULLET_RE = re.compile(r"^[•·▪◦●■►▶✓➤※\-*–—]\s+")
PROSE_MIN_WORDS = 6


@dataclass(eq=False)
class Line:
    """One input line: its normalised text and where it came from."""

    index: int
    text: str
    start: int
    end: int

    @property
    def blank(self) -> bool:
        return not self.text

    @cached_property
    def key(self) -> str:
        return fold(self.text)

    @cached_property
    def n_words(self) -> int:
        return self.text.count(" ") + 1 if self.text else 0

    @cached_property
    def ends_sentence(self) -> bool:
        return self.text.endswith(_SENTENCE_END)

    @cached_property
    def is_prose(self) -> bool:
        """A sentence of running text: the strongest sign of article body."""
        return self.ends_sentence and self.n_words >= PROSE_MIN_WORDS

    @cached_property
    def trailing_paren(self) -> tuple[str, str] | None:
        """`(text before, inside)` when the line closes with a parenthesis."""
        if not self.text.endswith(")"):
            return None
        match = _TRAILING_PAREN_RE.match(self.text)
        if match is None:
            return None
        return match.group(1), match.group(2).strip()

    @cached_property
    def bullet_text(self) -> str | None:
        """The item text when the line is a list item (`• title`), else None."""
        match = _BULLET_RE.match(self.text)
        return self.text[match.end() :] if match else None


@dataclass(eq=False)
class Page:
    """The whole input as lines; `text` is the original, never modified."""

    text: str
    lines: list[Line]

    @cached_property
    def arabic_share(self) -> float:
        letters = sum(ch.isalpha() for ch in self.text[:20000])
        arabic = len(_ARABIC_LETTER_RE.findall(self.text[:20000]))
        return arabic / letters if letters else 0.0


def read_page(text: str) -> Page:
    """Split on any newline convention, keeping each line's offsets into `text`."""
    lines: list[Line] = []
    start = 0
    for match in _NEWLINE_RE.finditer(text):
        end = match.start()
        lines.append(Line(len(lines), normalise_line(text[start:end]), start, end))
        start = match.end()
    if start < len(text) or not lines:
        lines.append(Line(len(lines), normalise_line(text[start:]), start, len(text)))
    return Page(text, lines)
