"""Keyword footers: split a tag line into tags, even when the site printed no separators.

`كلمات دلالية: التعاون العسكري الخارجية الكورية ...` is a list of tags glued with spaces.
Tags are names and phrases taken from the article, so the line is cut into the fewest
pieces whose multi-word pieces all occur in the article text. Every word is kept, in order.
"""

from __future__ import annotations

import re

from cleannews.normalise import fix_lookalike_letters, fold_letters

__all__ = ["split_keywords"]

_SEPARATOR_RE = re.compile(r"\s*[,،|;؛#/]\s*")
# Deleted, not replaced by a space, so "(كوريا الشمالية) والصين" reads "كوريا الشمالية والصين";
# str.replace per mark is several times cheaper than a regular expression on a whole article.
_PUNCTUATION = tuple("()[]{}«»\"'“”.,،:;؛!?؟…|#*")
MAX_TAG_WORDS = 6


def _without_punctuation(text: str) -> str:
    for mark in _PUNCTUATION:
        if mark in text:
            text = text.replace(mark, "")
    return text.replace("\n", " ")


def split_keywords(value: str, article_text: str, clitics: tuple[str, ...] = ()) -> list[str]:
    """Tags of a keyword line; `article_text` is what multi-word tags are matched against.

    `clitics` are the one-letter words a language glues to the next (Arabic `و`, `ب`), so a tag
    matches where the article prints it as `والصين` or `بالصين`.
    """
    value = fix_lookalike_letters(value).strip(" .")
    if _SEPARATOR_RE.search(value):
        return [tag for tag in _SEPARATOR_RE.split(value) if tag]
    words = value.split()
    if len(words) < 2:
        return words
    haystack = " " + _without_punctuation(fold_letters(article_text)) + " "
    keys = fold_letters(" ".join(words)).split(" ")

    def occurs(i: int, j: int) -> bool:
        phrase = " ".join(keys[i:j])
        if f" {phrase} " in haystack:
            return True
        if f"{phrase} " not in haystack:  # then no `و…` / `ب…` form can be there either
            return False
        return any(f" {c}{phrase} " in haystack for c in clitics)

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
