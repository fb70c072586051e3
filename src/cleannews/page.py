"""The document model: a page is a list of lines with offsets into the original input.

Every pass asks the same questions of a line (how many words, does it end a sentence, does it
close with a parenthesis, is it `LABEL: value`), so a line answers each once: the cheap ones
when it is read, the others on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from cleannews.normalise import collapse_whitespace, fold, normalise_line
from cleannews.packs import punctuation

__all__ = [
    "CLAUSE_MARKS",
    "LEADING_MARKS",
    "QUESTION_END",
    "SENTENCE_END",
    "Line",
    "Page",
    "read_page",
    "script_of",
]

_LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Characters that `normalise_line` changes: invisible marks and whitespace other than ' '.
_ODD_CHAR_RE = re.compile(
    "[\t\x0b\x0c\x1c-\x1f\x85\u2028\u2029\xa0\u1680\u2000-\u200b\u200d-\u200f\u202a-\u202f\u205f-\u2064\u2066-\u2069"
    "\u3000\ufeff\u061c\u00ad\u180e\ud800-\udfff]"
)
SENTENCE_END, QUESTION_END, CLAUSE_MARKS = punctuation()
_LABEL_SPLIT_RE = re.compile(r"\s*[:：]\s*")
_BULLETS = "•·▪◦●■►▶✓➤※-*–—"
BULLET_START = frozenset(_BULLETS)
# marks a line may open with before its words: bullets, arrows before a link, a bar
LEADING_MARKS = _BULLETS + "⇒→»>| "
_BULLET_RE = re.compile(f"^[{re.escape(_BULLETS)}]\\s+")
_UNSET: Final = object()
PROSE_MIN_WORDS = 6
EMOJI_STOP_WORDS = 12  # an emoji ends a line this long as a full stop would
_TRAILING_EMOJI_RE = re.compile("[\\s\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]")


def _ends_with_emoji(text: str, n_words: int) -> bool:
    """`... des rencontres haletantes 🙂`: a sentence that closes on an emoji, after its
    full stop or in place of it on a line of running-text length. The tail is read from the
    end, so a long run of such characters costs its own length, not its square."""
    end = len(text)
    while end and _TRAILING_EMOJI_RE.match(text[end - 1]):
        end -= 1
    if end == len(text) or not end:
        return False
    return text[:end].endswith(SENTENCE_END) or n_words >= EMOJI_STOP_WORDS


SCRIPT_PROBE_CHARS = 12


def script_of(text: str) -> str:
    """`Arabic` or `Latin` (any other script, digits only) by the first letter of `text`."""
    if text and "\u0600" <= text[0] <= "\u06ff":
        return "Arabic"  # most lines of most pages: one comparison
    for char in text[:SCRIPT_PROBE_CHARS]:
        if char.isalpha():
            arabic = "\u0600" <= char <= "\u08ff" or "\ufb50" <= char <= "\ufeff"
            return "Arabic" if arabic else "Latin"
    return "Latin"


MAX_LABEL_CHARS = 60
MAX_GROUP_CHARS = 80
LABEL_TAIL_WORDS = 3  # a site name glued before a label leaves the label in the last words


def trailing_group(text: str, opening: str, closing: str) -> tuple[str, str] | None:
    """`(text before, inside)` of a bracket closing the text, with no bracket inside it.

    String searches from the end: a regular expression would try every start position.
    """
    if not text.endswith(closing):
        return None
    at = text.rfind(opening, 0, len(text) - 1)
    inside = text[at + 1 : -1]
    if at < 0 or not 1 <= len(inside) <= MAX_GROUP_CHARS or closing in inside:
        return None
    return text[:at].rstrip(), inside.strip()


class Line:
    """One input line: its normalised text, where it came from, and its features."""

    __slots__ = (
        "_key",
        "_label",
        "_paren",
        "_script",
        "_tails",
        "end",
        "ends_sentence",
        "index",
        "is_prose",
        "n_words",
        "start",
        "text",
    )

    def __init__(self, index: int, text: str, start: int, end: int) -> None:
        self.index = index
        self.text = text
        self.start = start
        self.end = end
        if text:
            self.n_words = n_words = text.count(" ") + 1
            ends = text.endswith(SENTENCE_END)
            if not ends and text[-1] >= "\u2600":
                ends = _ends_with_emoji(text, n_words)
            self.ends_sentence = ends
            self.is_prose = ends and n_words >= PROSE_MIN_WORDS
        else:
            self.n_words = 0
            self.ends_sentence = self.is_prose = False
        self._key: str | None = None
        self._paren: object = _UNSET
        self._label: object = _UNSET
        self._script: str | None = None
        self._tails: tuple[str, ...] | None = None

    def __repr__(self) -> str:
        return f"Line({self.index}, {self.text[:40]!r})"

    @property
    def key(self) -> str:
        """The folded text, for comparing with lexicon phrases."""
        if self._key is None:
            self._key = fold(self.text)
        return self._key

    @property
    def trailing_paren(self) -> tuple[str, str] | None:
        """`(text before, inside)` when the line closes with a parenthesis."""
        if self._paren is _UNSET:
            self._paren = trailing_group(self.text, "(", ")")
        return self._paren  # type: ignore[return-value]

    @property
    def label(self) -> tuple[str, str] | None:
        """`(folded label, value)` for a `LABEL: value` line with a short label part."""
        if self._label is _UNSET:
            self._label = None
            if ":" in self.text or "：" in self.text:
                parts = _LABEL_SPLIT_RE.split(self.text, maxsplit=1)
                if len(parts) == 2 and len(parts[0]) <= MAX_LABEL_CHARS:
                    self._label = (fold(parts[0]), parts[1].strip())
        return self._label  # type: ignore[return-value]

    @property
    def label_tails(self) -> tuple[str, ...]:
        """The folded label's last one, two and three words: what a set of labels is matched
        with (`العربيّة المصدر: ...` is a source line), so that each set costs one lookup."""
        if self._tails is None:
            words = self.label[0].split(" ") if self.label is not None else []
            n_tails = min(len(words), LABEL_TAIL_WORDS)
            self._tails = tuple(" ".join(words[-n:]) for n in range(1, n_tails + 1))
        return self._tails

    @property
    def script(self) -> str:
        """`Arabic` or `Latin` (any other script too) by the line's first letter: which
        packs' patterns can match it."""
        if self._script is None:
            self._script = script_of(self.text)
        return self._script

    @property
    def bullet_text(self) -> str | None:
        """The item text when the line is a list item (`• title`), else None."""
        if not self.text or self.text[0] not in BULLET_START:
            return None
        match = _BULLET_RE.match(self.text)
        return self.text[match.end() :] if match else None


@dataclass(eq=False)
class Page:
    """The whole input as lines; `text` is the original, never modified."""

    text: str
    lines: list[Line]
    as_split: bool = False  # each line is its part of `text` split at "\n", unchanged

    @cached_property
    def lines_text(self) -> str:
        """The lines as the passes read them, one per newline: a pass whose cue (the `@` of a
        handle, a `©`) is not in it can claim no line of the page, which one scan of the page
        tells, instead of a test on every line of every span. Cues are single characters:
        `str.find` looks for one as fast as memory reads, for two or more on Arabic text some
        thirty times slower, more than the pass it would spare."""
        if self.as_split:
            return self.text  # the same string, with at most a final newline more
        return "\n".join([line.text for line in self.lines])

    def has(self, cue: str) -> bool:
        """Is `cue` (one character) anywhere in `lines_text`? Asked once per page, not per
        span: a page of many spans without it would be scanned once for each."""
        found = self._cues.get(cue)
        if found is None:
            found = self._cues[cue] = cue in self.lines_text
        return found

    @cached_property
    def _cues(self) -> dict[str, bool]:
        return {}


def read_page(text: str) -> Page:
    """Split where `str.splitlines` does, keeping each line's offsets into `text`.

    Three scans of the whole input (odd characters, double spaces, `\r`) decide whether
    lines need fixing at all; on clean text, which is most text, each line is taken as it
    is, and a space at a line's edge is noticed while splitting. Every odd character is
    unprintable, so lines that are all printable (`str.isprintable`, at less than half the
    cost of the pattern) have none, and only other pages are searched with the pattern.
    """
    parts = text.split("\n")
    if not all(map(str.isprintable, parts)) and _ODD_CHAR_RE.search(text):
        clean = normalise_line
    elif "  " in text or "\r" in text:
        clean = collapse_whitespace if _has_space_runs(text) else _as_is
    else:
        lines = _split_clean(parts)
        if lines is not None:
            return Page(text, lines, as_split=True)
        clean = collapse_whitespace
    lines = []
    start = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip(_LINE_BREAKS)
        lines.append(Line(len(lines), clean(content), start, start + len(content)))
        start += len(raw)
    if not lines:
        lines.append(Line(0, "", 0, 0))
    return Page(text, lines)


def _split_clean(parts: list[str]) -> list[Line] | None:
    """Lines of text with no odd character, no `\r` and no double space (split at `\n` into
    `parts`), taken as they are; None when a line has a space at an edge and needs
    collapsing after all."""
    lines: list[Line] = []
    start = 0
    for content in parts:
        if content and (content[0] == " " or content[-1] == " "):
            return None
        end = start + len(content)
        lines.append(Line(len(lines), content, start, end))
        start = end + 1
    if len(lines) > 1 and not lines[-1].text:
        lines.pop()  # the empty remainder after a final newline is not a line
    return lines


def _has_space_runs(text: str) -> bool:
    """Six substring tests: faster than one regular expression with alternatives."""
    return (
        "  " in text
        or " \n" in text
        or "\n " in text
        or " \r" in text
        or "\r " in text
        or text.startswith(" ")
        or text.endswith(" ")
    )


def _as_is(text: str) -> str:
    return text
