"""Small named text fixes. None of them drops a line; each is safe on any script.

`normalise_line` is what every line goes through before the passes see it. `fold` builds the
key used to compare a line with lexicon phrases: it is lossy on purpose and never shown.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "collapse_whitespace",
    "fix_lookalike_letters",
    "fold",
    "fold_letters",
    "has_invisible_marks",
    "normalise_line",
    "remove_invisible_marks",
    "replace_lone_surrogates",
    "to_ascii_digits",
]

# Zero-width space and joiner, bidi embeddings/isolates/marks, BOM, soft hyphen, word joiner.
# ZWNJ (U+200C) stays: it is spelling in Persian and harmless in Arabic.
_INVISIBLE = "\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063"
_INVISIBLE += "\u2064\u2066\u2067\u2068\u2069\ufeff\u061c\u00ad\u180e"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")

_LOOKALIKE_TABLE = str.maketrans({"ک": "ك", "ی": "ي", "ە": "ه", "ۀ": "ه"})

_DIGIT_TABLE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _fold_tables() -> tuple[list[tuple[int, int]], tuple[tuple[str, str], ...], dict[int, str]]:
    """The fold rules of every shipped pack, merged: the drop class, letter pairs, accents.

    Packs of different scripts fold disjoint letters, so one fold serves every language and
    a line's key does not depend on the page's language.
    """
    from cleannews.packs import shipped_packs  # noqa: PLC0415  (packs import no normalise)

    drop: list[tuple[int, int]] = []
    letters: dict[str, str] = {}
    accents = False
    for pack in shipped_packs():
        for item in pack.fold.drop:
            first, _, last = item.partition("-")
            drop.append((int(first, 16), int(last or first, 16)))
        letters.update(pack.fold.letters)
        accents = accents or pack.fold.strip_accents
    accent_table: dict[int, str] = {}
    if accents:
        for code in range(0xC0, 0x250):
            base = unicodedata.normalize("NFD", chr(code))[0]
            if base.isascii() and base.isalpha() and base != chr(code):
                accent_table[code] = base
    return drop, tuple(letters.items()), accent_table


# Folding: no diacritics, tatweel or ZWNJ; one alef, one yeh, ta marbuta as heh, Arabic kaf and
# yeh for Persian ones, Latin letters without accents, ASCII digits, case-folded (the packs'
# `[fold]` tables). Done with `str.replace`, ten times faster than a translate table on long
# Arabic text.
_DROP, _FOLD_LETTERS, _ACCENTS = _fold_tables()
_FOLD_DROP_RE = re.compile(
    "["
    + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in _DROP)
    + "]"
)
_ACCENTED_RE = re.compile("[\u00c0-\u024f]")
_INDIC_DIGIT_RE = re.compile("[٠-٩۰-۹]")
_ACCENT_OR_DIGIT_RE = re.compile("[٠-٩۰-۹\u00c0-\u024f]")
# Short strings (labels, credits, line keys) fold faster through one translate table.
SHORT_TEXT = 20
FOLD_CACHE_SIZE = 8192
_FOLD_TABLE: dict[int, str | int | None] = {
    **dict.fromkeys(code for first, last in _DROP for code in range(first, last + 1)),
    **_ACCENTS,
    **{ord(variant): letter for variant, letter in _FOLD_LETTERS},
    **_DIGIT_TABLE,
}
_EDGE_CHARS = " :：-–—|.…«»\"'“”()[]"


def remove_invisible_marks(text: str) -> str:
    """Zero-width and bidi marks break equality between two copies of the same line."""
    return _INVISIBLE_RE.sub("", text)


def has_invisible_marks(text: str) -> bool:
    """One scan of the whole input spares the per-line fix on clean text."""
    return _INVISIBLE_RE.search(text) is not None


def collapse_whitespace(text: str) -> str:
    """No-break and typographic spaces, tabs and runs of them become one space."""
    return " ".join(text.split())


def fix_lookalike_letters(text: str) -> str:
    """Persian kaf/yeh typed in Arabic words (`کوریا`) break keyword and source matching."""
    return text.translate(_LOOKALIKE_TABLE)


def to_ascii_digits(text: str) -> str:
    """Dates and numbers are parsed from ASCII digits."""
    return text.translate(_DIGIT_TABLE)


def replace_lone_surrogates(text: str) -> str:
    """Half of a UTF-16 pair (from a broken JSON escape) cannot be written as UTF-8."""
    return _SURROGATE_RE.sub("\ufffd", text)


def normalise_line(text: str) -> str:
    """The text every pass sees for a line: visible characters, single spaces, no edges.

    Invisible marks and lone surrogates are unprintable: a printable line (most lines, even
    on a page with a no-break space) needs only its whitespace collapsed, and one
    `str.isprintable` spares it two pattern scans."""
    if not text.isprintable():
        text = replace_lone_surrogates(remove_invisible_marks(text))
    return collapse_whitespace(text)


def fold_letters(text: str) -> str:
    """The letter part of `fold` only (alef, yeh, heh, Persian forms): enough to compare
    words of running text, and several times cheaper than `fold` on a whole article."""
    for variant, letter in _FOLD_LETTERS:
        if variant in text:
            text = text.replace(variant, letter)
    return text


def fold(text: str) -> str:
    """Matching key: spelling variants of one phrase fold to the same string."""
    if len(text) <= SHORT_TEXT:
        return _fold_short(text)
    return _fold_long(text)


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def _fold_short(text: str) -> str:
    """Credits, labels and words come back page after page: their keys are kept (a bounded
    cache, so memory stays flat over any number of pages)."""
    text = text.translate(_FOLD_TABLE).casefold()
    if "  " in text:
        text = collapse_whitespace(text)
    return text.strip(_EDGE_CHARS)


def _fold_long(text: str) -> str:
    text = _FOLD_DROP_RE.sub("", text)
    for variant, letter in _FOLD_LETTERS:
        if variant in text:
            text = text.replace(variant, letter)
    if _ACCENT_OR_DIGIT_RE.search(text):  # one scan for both rare cases
        if _ACCENTS and _ACCENTED_RE.search(text):
            text = text.translate(_ACCENTS)
        if _INDIC_DIGIT_RE.search(text):
            text = text.translate(_DIGIT_TABLE)
    text = text.casefold()
    if "  " in text:
        text = collapse_whitespace(text)
    return text.strip(_EDGE_CHARS)
