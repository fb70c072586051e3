"""Metadata lines: publication date, source and keyword footers, turned into fields."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from pydantic import Field

from cleannews.claims import Claim, Context, Role, Settings, SpanView
from cleannews.keywords import ArticlePhrases, split_keywords
from cleannews.normalise import fix_lookalike_letters, fold
from cleannews.page import Line
from cleannews.signals import SCRAPER_STAMP_RE, caption_label_line, label_value

_DIGIT_RE = re.compile(r"\d")
_ISSUE_SPLIT_RE = re.compile(r"[\s:：\-–—]+")
AGENCY_SIGN_OFF_WORDS = 4
AGENCY_SIGN_OFF_CHARS = 30
SECTION_MAX_WORDS = 3  # words of a section's name printed beside a date


class DateSettings(Settings):
    max_words: int = Field(20, ge=1, description="longest date line")
    max_bare_words: int = Field(12, ge=1, description="longest unlabelled line that is a date")
    max_unparsed_words: int = Field(
        6, ge=1, description="longest label value kept as a date that does not parse"
    )


class SourceSettings(Settings):
    max_words: int = Field(12, ge=1, description="longest source footer line")
    max_name_words: int = Field(6, ge=1, description="longest source name")


class KeywordSettings(Settings):
    max_tag_line_words: int = Field(5, ge=1, description="longest tag line under a label alone")
    max_tag_lines: int = Field(30, ge=1, description="most tag lines under a label alone")


def extract_published_date(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims `تاريخ النشر: ...` lines and lines that are nothing but a date.

    Risk: a body line made only of a date (`17 سبتمبر 2023`) is taken for metadata; a
    labelled line whose value is not a date must be short to count.
    """
    lexicon = ctx.lexicon
    labels = lexicon.phrases["date_labels"]
    issue_labels = lexicon.phrases["issue_labels"]
    parse_date = lexicon.dates.parse
    settings = ctx.settings(DateSettings)
    max_words, max_bare_words = settings.max_words, settings.max_bare_words
    for line in view.free_lines():
        text = line.text
        stamp = SCRAPER_STAMP_RE.match(text) if text.startswith("date ") else None
        if stamp is not None and (found := parse_date(stamp.group(1))) is not None:
            yield Claim(line.index, Role.PUBLISHED, "scraper_date_stamp", found)
            continue
        if line.n_words > max_words:
            continue
        value = label_value(line, labels)
        if value is not None:
            found = parse_date(value)
            if found is not None or value.count(" ") < settings.max_unparsed_words:
                yield Claim(line.index, Role.PUBLISHED, "date_line", found)
                continue
        found = None
        short = line.n_words <= max_bare_words
        if (short or "," in text) and not line.ends_sentence and _DIGIT_RE.search(text):
            if short and "(" in text:
                text = _without_paren_label(text, labels)  # "5/2/2026 (آخر تحديث) الساعة 18:40"
            if text[0].isalpha():
                text = _without_label(text, labels)
            if short:
                found = parse_date(text, strict=True, line=line)
                if found is None and " | " in text:
                    found = _date_beside_section(text, parse_date)
                if found is None and _issue_line(line, issue_labels):
                    found = parse_date(line.text)  # "SITE-العدد: 1937 - 2007 / 6 / 5 - 11:04"
            if found is None and text is not line.text and "," in text:
                first = text.split(",", 1)[0]  # "Publié le 11 novembre 2023 à 14h05, modifié le …"
                found = parse_date(first, strict=True)
        if found is None and "14" in line.text and lexicon.dates.is_hijri(line.text, line):
            found = parse_date(
                line.text, line=line
            )  # "الأحد - 22 جمادى الآخرة 1446 هـ - 22 ديسمبر 2024"
        if found is not None:
            yield Claim(line.index, Role.PUBLISHED, "bare_date_line", found)


def _date_beside_section(text: str, parse_date: Callable[..., Any]) -> Any:
    """`19 juin 2022 | Opérationnel`: the date and the section's name beside it, parted by
    a bar; the other parts are a few words, no sentence."""
    found = None
    for part in text.split(" | "):
        value = parse_date(part.strip(), strict=True)
        if value is None and (part.count(" ") >= SECTION_MAX_WORDS or part.endswith(".")):
            return None
        if value is not None:
            if found is not None:
                return None
            found = value
    return found


def _without_paren_label(text: str, labels: frozenset[str]) -> str:
    """The date line without a date label printed in parentheses inside it."""
    before, sep, after = text.partition("(")
    inside, close, rest = after.partition(")")
    if sep and close and fold(inside.strip()) in labels:
        return " ".join(f"{before} {rest}".split())
    return text


def _issue_line(line: Line, issue_labels: frozenset[str]) -> bool:
    """A print issue's line (the caller saw digits in it): its number label (`العدد`)."""
    if not issue_labels:
        return False
    key = line.key
    if not any(label in key for label in issue_labels):
        return False
    words = _ISSUE_SPLIT_RE.split(key)
    return any(word in issue_labels for word in words)


def _without_label(text: str, labels: frozenset[str]) -> str:
    """`نشر الثلاثاء، 21 مايو 2024` without its leading label word(s), printed with no colon."""
    words = text.split(" ", 3)
    for n in (3, 2, 1):
        if len(words) > n and fold(" ".join(words[:n])) in labels:
            return " ".join(words[n:])
    return text


def extract_source_footer(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims `المصدر: صدى البلد` lines, and `المصدر:` alone with the name under it; the
    name becomes `Article.source.name`.

    Risk: a body line `قال المصدر: ...` is kept by the name's shape: a source name is at most
    six words and does not end a sentence.
    """
    settings = ctx.settings(SourceSettings)
    claimed = -1
    for line in view.free_label_lines():
        if line.n_words > settings.max_words:
            continue
        value = label_value(line, ctx.lexicon.phrases["source_labels"])
        if value == "":  # `المصدر:` alone: the name is the next line
            nxt = view.next_text_line(line.index)
            if nxt is not None and view.is_free(nxt) and _source_name(nxt.text, nxt, settings):
                yield Claim(line.index, Role.REMOVED, "source_label")
                yield Claim(nxt.index, Role.SOURCE, "source_under_label", _name(nxt.text))
                claimed = nxt.index
        elif value and _source_name(value, line, settings):
            yield Claim(line.index, Role.SOURCE, "source_footer", _name(value))
            claimed = line.index
    last = view.text_lines[-1] if view.text_lines else None
    if (
        last is not None
        and last.index != claimed
        and last.n_words <= AGENCY_SIGN_OFF_WORDS
        and len(last.text) <= AGENCY_SIGN_OFF_CHARS
        and view.is_free(last)
    ):
        printed = last.text.strip("()[]-–—. ")
        if last.key.strip("()[]-–—. ") in ctx.lexicon.agencies:
            # `أ ش أ` alone closing the text: the wire that sent it
            yield Claim(last.index, Role.SOURCE, "agency_sign_off", printed)


def _source_name(value: str, line: Line, settings: SourceSettings) -> bool:
    return value.count(" ") < settings.max_name_words and not line.ends_sentence


def _name(value: str) -> str:
    return fix_lookalike_letters(value).strip(' ."«»“”')


def extract_keyword_footer(view: SpanView, ctx: Context) -> Iterator[Claim]:
    """Claims `كلمات دلالية: ...` lines, a label alone followed by one tag per line, and lines
    made only of hashtags (`#البورصة #الاقتصاد`).

    Risk: after a label alone, short lines up to the next long line are taken for tags.
    """
    for line in view.free_label_lines():
        if line.text[0] == "#" and all(word[0] == "#" for word in line.text.split()):
            tags = [word.strip("#").replace("_", " ") for word in line.text.split()]
            yield Claim(line.index, Role.KEYWORDS, "hashtags", [t for t in tags if t])
    labels = ctx.lexicon.phrases["keyword_labels"]
    if all(label_value(line, labels) is None for line in view.free_label_lines()):
        return
    lines = view.free_lines()
    values = [label_value(line, labels) for line in lines]
    article_text = " ".join(line.text for line, v in zip(lines, values, strict=True) if v is None)
    phrases = ArticlePhrases(article_text, [v for v in values if v], ctx.lexicon.clitics)
    taken: set[int] = set()
    settings = ctx.settings(KeywordSettings)
    for pos, line in enumerate(lines):
        value = values[pos]
        if value is None or line.index in taken:
            continue
        if value:
            tags = split_keywords(value, phrases, ctx.lexicon.clitics)
            yield Claim(line.index, Role.KEYWORDS, "keyword_footer", tags)
            continue
        yield Claim(line.index, Role.KEYWORDS, "keyword_label")
        for tag_line in lines[pos + 1 : pos + 1 + settings.max_tag_lines]:
            if tag_line.n_words > settings.max_tag_line_words or tag_line.ends_sentence:
                break
            if caption_label_line(tag_line.text, ctx.lexicon):
                break  # "Image source, PA Media": the next photo, not a tag
            taken.add(tag_line.index)
            tag = fix_lookalike_letters(tag_line.text)
            yield Claim(tag_line.index, Role.KEYWORDS, "keyword_list_item", [tag])
