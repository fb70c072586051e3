"""Publication dates as news sites print them, in Arabic, English or digits.

A small parser on purpose: it knows month names in the three spellings Arabic sites use
(Egyptian `سبتمبر`, Levantine `أيلول`, English) and refuses anything ambiguous.
Hijri dates are recognised as dates but not converted, so they yield None.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

from cleannews.normalise import fold, to_ascii_digits

__all__ = ["HIJRI_RE", "parse_date"]

# fmt: off
_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "يونيه": 6,
    "يوليه": 7, "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
    "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
# Words that may stand beside a date on a date line without making it something else.
_DATE_WORDS = frozenset({
    "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "gmt", "utc",
    "ص", "م", "am", "pm", "الموافق", "في", "on", "at", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "st", "nd", "rd", "th", "الساعه", "مساء",
    "صباحا", "بتوقيت", "غرينتش", "جرينتش", "مكه", "المكرمه", "القاهره", "t",
})
# A Hijri month name followed somewhere by a 14xx year.
HIJRI_RE = re.compile(
    r"(?:محرم|صفر|ربيع|جمادى|جمادي|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة).*\b14\d\d\b"
)
# fmt: on
_MONTH_RE = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")(?!\w)"
)
_ISO_RE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY_RE = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_TIME_RE = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)\s*(ص|م|am|pm)?")
_OFFSET_RE = re.compile(r"(?:gmt|utc)?\s*([+-])(\d{1,2}):?(\d{2})?(?!\d)")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_DAY_RE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)")
_LEFTOVER_RE = re.compile(r"[^\W\d_]+")
_DIGIT_RE = re.compile(r"\d")
_MONTH_WORDS = frozenset(word for name in _MONTHS for word in name.split())
_SEPARATORS_TO_SPACE = str.maketrans(dict.fromkeys(",،؛.-–—/|:()[]«»+", " "))
MAX_DATE_CHARS = 80


def parse_date(text: str, *, strict: bool = False) -> date | datetime | None:
    """A date (or a datetime when a time is printed) found in `text`, else None.

    With `strict`, the whole text must be a date: any word that is not part of a date
    (a weekday, `GMT`, `الموافق`) makes it None, so a body sentence that mentions a date
    is never taken for a date line.
    """
    if len(text) > MAX_DATE_CHARS * (1 if strict else 4) or not _DIGIT_RE.search(text):
        return None
    key = to_ascii_digits(fold(text))
    if strict and not _only_date_words(key):
        return None
    found = _find_day(key)
    if found is None:
        return None
    day, rest = found
    leftover = _LEFTOVER_RE.findall(_TIME_RE.sub(" ", rest)) if strict else ()
    if any(w not in _DATE_WORDS and w not in _MONTH_WORDS for w in leftover):
        return None  # a second spelling of the month ("مايو / أيار") is still a date
    time = _TIME_RE.search(rest)
    if time is None:
        return day
    hour, minute = int(time.group(1)), int(time.group(2))
    second = int(time.group(3) or 0)
    if time.group(4) in ("م", "pm") and hour < 12:
        hour += 12
    try:
        return datetime(
            day.year, day.month, day.day, hour, minute, second, tzinfo=_tz(rest[time.end() :])
        )
    except ValueError:
        return day


def _only_date_words(key: str) -> bool:
    """Cheap first test for strict mode: every word is a number, a month or a date word."""
    for token in key.translate(_SEPARATORS_TO_SPACE).split():
        if token[0].isdigit():  # 17th, 2nd, 21st, 17t10 (ISO)
            if token.rstrip("stndrh").isdigit() or all(p.isdigit() for p in token.split("t")):
                continue
            return False
        if token not in _DATE_WORDS and token not in _MONTH_WORDS:
            return False
    return True


def _find_day(key: str) -> tuple[date, str] | None:
    """The calendar day in `key` and the text left once it is removed."""
    for pattern, order in ((_ISO_RE, (1, 2, 3)), (_DMY_RE, (3, 2, 1))):
        match = pattern.search(key)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            found = _safe_date(year, month, day)
            if found is None:
                return None
            return found, key[: match.start()] + " " + key[match.end() :]
    month_match = _MONTH_RE.search(key)
    year_match = _YEAR_RE.search(key)
    if month_match is None or year_match is None:
        return None
    rest = _blank(key, month_match.span(), year_match.span())
    without_time = _TIME_RE.sub(lambda m: " " * len(m.group(0)), rest)
    day_match = _DAY_RE.search(without_time)
    if day_match is None:
        return None
    rest = _blank(rest, day_match.span())
    found = _safe_date(
        int(year_match.group(1)), _MONTHS[month_match.group(1)], int(day_match.group(1))
    )
    return None if found is None else (found, rest)


def _blank(text: str, *spans: tuple[int, int]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _tz(text: str) -> timezone | None:
    match = _OFFSET_RE.search(text)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        delta = timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
        return timezone(sign * delta)
    if "gmt" in text or "utc" in text:
        return UTC
    return None
