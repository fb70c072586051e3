"""Publication dates as news sites print them, in any language a pack names its months in.

A small parser on purpose: it knows the month names, weekdays and date words of the active
packs (Egyptian `سبتمبر`, Levantine `أيلول`, English, French `août`) and refuses anything
ambiguous. Hijri dates are recognised as dates but not converted, so they yield None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from typing import TYPE_CHECKING

from cleannews.normalise import fold, to_ascii_digits

if TYPE_CHECKING:
    from cleannews.packs import DateNames
    from cleannews.page import Line

__all__ = ["DateParser", "parse_date"]

_ISO_RE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY_RE = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_OFFSET_RE = re.compile(r"(?:gmt|utc)?\s*([+-])(\d{1,2}):?(\d{2})?(?!\d)")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_DAY_RE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er)?(?!\d)")
_LEFTOVER_RE = re.compile(r"[^\W\d_]+")
_DIGIT_RE = re.compile(r"\d")
_SPACED_SLASH_RE = re.compile(r"(?<=\d) / (?=\d)")
_SEPARATORS_TO_SPACE = str.maketrans(dict.fromkeys(",،؛.-–—/|:()[]«»+·•", " "))
MAX_DATE_CHARS = 80


@dataclass(frozen=True)
class DateParser:
    """Month names, date words and time markers of a set of packs, compiled once."""

    months: dict[str, int]
    words: frozenset[str]  # weekdays and date words, folded
    month_words: frozenset[str]
    pm: frozenset[str]
    utc: tuple[str, ...]  # names of UTC after a time: `GMT`, `غرينتش`, folded
    month_re: re.Pattern[str] | None
    time_re: re.Pattern[str]
    hijri_re: re.Pattern[str] | None
    stamp_re: re.Pattern[str]  # a time or date glued before a headline: "10:30 ص ..."

    @classmethod
    def build(cls, names: Iterable[DateNames]) -> DateParser:
        names = list(names)
        months = {fold(m): n for part in names for m, n in part.months.items()}
        words = {fold(w) for part in names for w in (*part.weekdays, *part.words)}
        markers = {fold(w) for part in names for w in (*part.am, *part.pm)}
        words |= markers
        hijri = [fold(m) for part in names for m in part.hijri_months]
        marker_re = "|".join(sorted(map(re.escape, markers), key=len, reverse=True))
        return cls(
            months=months,
            words=frozenset(words),
            month_words=frozenset(w for name in months for w in name.split()),
            pm=frozenset(fold(w) for part in names for w in part.pm),
            utc=tuple(sorted({fold(w) for part in names for w in part.utc})),
            month_re=re.compile(
                r"(?<!\w)("
                + "|".join(sorted(map(re.escape, months), key=len, reverse=True))
                + r")\.?(?!\w)"
            )
            if months
            else None,
            time_re=re.compile(
                r"(?<!\d)(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?!\d)\s*"
                + (rf"({marker_re})?(?!\w)" if marker_re else "()")
            ),
            stamp_re=re.compile(
                r"^(?:\d{1,2}:\d{2}\s*"
                + (rf"(?:{marker_re})?" if marker_re else "")
                + r"|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\s*[-–|]?\s+",
                re.IGNORECASE,
            ),
            hijri_re=re.compile(rf"(?:{'|'.join(map(re.escape, hijri))}).*\b14\d\d\b")
            if hijri
            else None,
        )

    def is_hijri(self, text: str, line: Line | None = None) -> bool:
        """A Hijri month name followed somewhere by a 14xx year (`line`: as for `parse`)."""
        return (
            self.hijri_re is not None
            and "14" in text
            and self.hijri_re.search(_folded(text, line)) is not None
        )

    def parse(
        self, text: str, *, strict: bool = False, line: Line | None = None
    ) -> date | datetime | None:
        """A date (or a datetime when a time is printed) found in `text`, else None.

        With `strict`, the whole text must be a date: any word that is not part of a date
        (a weekday, `GMT`, `الموافق`) makes it None, so a body sentence that mentions a date
        is never taken for a date line. `line`: the line `text` may be the text of, whose
        folded key is then reused (on a long page the bounded `fold` cache no longer holds
        it, and every pass asking for a date would fold the line again).
        """
        if len(text) > MAX_DATE_CHARS * (1 if strict else 4) or not _DIGIT_RE.search(text):
            return None
        key = to_ascii_digits(_folded(text, line))
        if " / " in key:  # "2007 / 6 / 5": a numeric date printed with spaced slashes
            key = _SPACED_SLASH_RE.sub("/", key)
        if strict and not self._only_date_words(key):
            return None
        found = self._find_day(key)
        if found is None:
            return None
        day, rest = found
        leftover = _LEFTOVER_RE.findall(self.time_re.sub(" ", rest)) if strict else ()
        if any(w not in self.words and w not in self.month_words for w in leftover):
            return None  # a second spelling of the month ("مايو / أيار") is still a date
        time = self.time_re.search(rest)
        if time is None:
            return day
        hour, minute = int(time.group(1)), int(time.group(2))
        second = int(time.group(3) or 0)
        if time.group(4) in self.pm and hour < 12:
            hour += 12
        try:
            zone = _tz(rest[time.end() :], self.utc)
            return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)
        except ValueError:
            return day

    def _only_date_words(self, key: str) -> bool:
        """Cheap first test for strict mode: every word is a number, a month or a date word."""
        for token in key.translate(_SEPARATORS_TO_SPACE).split():
            if token[0].isdigit():  # 17th, 2nd, 21st, 1er, 17t10 (ISO), 14h05
                if token.rstrip("stndrhe").isdigit() or all(
                    p.isdigit() for p in token.replace("h", "t").split("t")
                ):
                    continue
                return False
            if token not in self.words and token not in self.month_words:
                return False
        return True

    def _find_day(self, key: str) -> tuple[date, str] | None:
        """The calendar day in `key` and the text left once it is removed."""
        for pattern, order in ((_ISO_RE, (1, 2, 3)), (_DMY_RE, (3, 2, 1))):
            match = pattern.search(key)
            if match:
                year, month, day = (int(match.group(i)) for i in order)
                found = _safe_date(year, month, day)
                if found is None:
                    return None
                return found, key[: match.start()] + " " + key[match.end() :]
        if self.month_re is None:
            return None
        month_match = self.month_re.search(key)
        year_match = _YEAR_RE.search(key)
        if month_match is None or year_match is None:
            return None
        rest = _blank(key, month_match.span(), year_match.span())
        without_time = self.time_re.sub(lambda m: " " * len(m.group(0)), rest)
        day_match = _DAY_RE.search(without_time)
        if day_match is None:
            return None
        rest = _blank(rest, day_match.span())
        found = _safe_date(
            int(year_match.group(1)), self.months[month_match.group(1)], int(day_match.group(1))
        )
        return None if found is None else (found, rest)


def _folded(text: str, line: Line | None) -> str:
    """`fold(text)`, from the line's memoised key when `text` is that line's text."""
    return line.key if line is not None and line.text is text else fold(text)


def _blank(text: str, *spans: tuple[int, int]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _tz(text: str, utc: tuple[str, ...]) -> timezone | None:
    match = _OFFSET_RE.search(text)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        delta = timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
        return timezone(sign * delta)
    if any(name in text for name in utc):
        return UTC
    return None


@cache
def _default_parser() -> DateParser:
    from cleannews.packs import shipped_packs  # noqa: PLC0415  (packs import no dates)

    return DateParser.build(pack.dates for pack in shipped_packs())


def parse_date(text: str, *, strict: bool = False) -> date | datetime | None:
    """`DateParser.parse` with the month names of every shipped pack (for page metadata)."""
    return _default_parser().parse(text, strict=strict)
