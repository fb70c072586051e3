"""Keyword footers: split a tag line into tags, even when the site printed no separators.

`كلمات دلالية: التعاون العسكري الخارجية الكورية ...` is a list of tags glued with spaces.
Tags are names and phrases taken from the article, so the line is cut into the fewest
pieces whose multi-word pieces all occur in the article text. Every word is kept, in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import cast

from cleannews.normalise import fix_lookalike_letters, fold_letters

__all__ = ["ArticlePhrases", "split_keywords"]

_SEPARATOR_RE = re.compile(r"\s*[,،|;؛#/]\s*")
# Deleted, not replaced by a space, so "(كوريا الشمالية) والصين" reads "كوريا الشمالية والصين";
# str.replace per mark is several times cheaper than a regular expression on a whole article.
_PUNCTUATION = tuple("()[]{}«»\"'“”.,،:;؛!?؟…|#*")
MAX_TAG_WORDS = 6
SEARCH_MAX_LINES = 3  # keyword lines of an article matched by substring search


def _without_punctuation(text: str) -> str:
    for mark in _PUNCTUATION:
        if mark in text:
            text = text.replace(mark, "")
    return text.replace("\n", " ")


SPLIT_CHUNK = 1 << 16  # characters of the article prepared and split at once


def _article_words(text: str) -> Iterator[str]:
    """`_without_punctuation(fold_letters(text)).split(" ")`, yielded a chunk at a time (cut
    at spaces; both steps change single characters): no copy of the whole article or list of
    its words is ever made."""
    start = 0
    while len(text) - start > SPLIT_CHUNK:
        cut = text.find(" ", start + SPLIT_CHUNK)
        if cut < 0:
            break
        yield from _without_punctuation(fold_letters(text[start:cut])).split(" ")
        start = cut + 1
    yield from _without_punctuation(fold_letters(text[start:])).split(" ")


def _tag_words(value: str) -> list[str]:
    return fix_lookalike_letters(value).strip(" .").split()


def _keys(words: list[str]) -> list[str]:
    return fold_letters(" ".join(words)).split(" ")


class ArticlePhrases:
    """The runs of article words that keyword lines may match, found in one scan.

    Built once per article for all its keyword lines, so matching costs no rescan of the
    article per line: a run of two to `MAX_TAG_WORDS` consecutive article words is kept when
    its first word is a tag word (or a tag word with a clitic glued in front) and the others
    are tag words.
    """

    def __init__(self, article_text: str, values: list[str], clitics: tuple[str, ...] = ()) -> None:
        self.article_text = article_text
        self.values = values
        self.clitics = clitics

    @cached_property
    def runs(self) -> set[tuple[str, ...]]:
        """Built on the first match asked for: lines with separators never need it."""
        keys: set[str] = set()
        for value in self.values:
            keys.update(_keys(_tag_words(value)))
        firsts = keys | {c + k for c in self.clitics for k in keys}
        # the article's words, a word no run can hold as None: a list of pointers to the
        # few tag words instead of a string per word of the article (its peak memory)
        canonical = {key: key for key in firsts}
        edge = canonical.get("")  # the empty words the edges' spaces make
        tokens = [edge, *map(canonical.get, _article_words(self.article_text)), edge]
        runs: set[tuple[str, ...]] = set()
        if keys:
            for at, token in enumerate(tokens):
                if token not in firsts:
                    continue
                end = at + 1
                while end < len(tokens) and end - at < MAX_TAG_WORDS and tokens[end] in keys:
                    end += 1
                    runs.add(cast("tuple[str, ...]", tuple(tokens[at:end])))  # all keys
        return runs

    @cached_property
    def haystack(self) -> str:
        return " " + _without_punctuation(fold_letters(self.article_text)) + " "

    def occurs(self, keys: list[str]) -> bool:
        """Do these words stand side by side in the article, or after a clitic (`والصين`)?

        With a few keyword lines (most pages have one), substring searches of the article
        cost less than indexing its word runs; with many, the index keeps the time linear.
        """
        if len(self.values) <= SEARCH_MAX_LINES:
            phrase = " ".join(keys)
            haystack = self.haystack
            if f" {phrase} " in haystack:
                return True
            if f"{phrase} " not in haystack:  # then no `و…` / `ب…` form can be there either
                return False
            return any(f" {c}{phrase} " in haystack for c in self.clitics)
        if tuple(keys) in self.runs:
            return True
        rest = tuple(keys[1:])
        return any((c + keys[0], *rest) in self.runs for c in self.clitics)


def split_keywords(
    value: str, article_text: str | ArticlePhrases, clitics: tuple[str, ...] = ()
) -> list[str]:
    """Tags of a keyword line; `article_text` is what multi-word tags are matched against
    (or an `ArticlePhrases` built from it for all the article's keyword lines).

    `clitics` are the one-letter words a language glues to the next (Arabic `و`, `ب`), so a tag
    matches where the article prints it as `والصين` or `بالصين`.
    """
    value = fix_lookalike_letters(value).strip(" .")
    if _SEPARATOR_RE.search(value):
        return [tag for tag in _SEPARATOR_RE.split(value) if tag]
    words = value.split()
    if len(words) < 2:
        return words
    if isinstance(article_text, str):
        article_text = ArticlePhrases(article_text, [value], clitics)
    phrases = article_text
    keys = _keys(words)

    def occurs(i: int, j: int) -> bool:
        return phrases.occurs(keys[i:j])

    # joined[i]: words i and i+1 stand side by side somewhere in the article
    joined = [occurs(i, i + 2) for i in range(len(keys) - 1)]

    # best[j]: fewest tags covering words[:j]; cut[j]: where the last tag starts.
    best = [0] + [len(words) + 1] * len(words)
    cut = [0] * (len(words) + 1)
    for j in range(1, len(words) + 1):
        for i in range(max(0, j - MAX_TAG_WORDS), j):
            if best[i] + 1 >= best[j]:
                continue
            if j - i == 1 or (all(joined[i : j - 1]) and (j - i == 2 or occurs(i, j))):
                best[j], cut[j] = best[i] + 1, i
    tags: list[str] = []
    j = len(words)
    while j > 0:
        tags.append(" ".join(words[cut[j] : j]))
        j = cut[j]
    return tags[::-1]
