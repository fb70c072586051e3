"""Line classifiers shared by segmentation and passes. Each answers one question about a line.

They combine shape (length, closing punctuation, a closing parenthesis) with the lexicon;
shape comes first so that most lines are answered without a lookup.
"""

from __future__ import annotations

import re
from typing import Any

from cleannews.lexicon import Lexicon
from cleannews.normalise import fold
from cleannews.page import CLAUSE_MARKS, QUESTION_END, SENTENCE_END, Line, trailing_group

__all__ = [
    "byline_parts",
    "caption_label",
    "credit_caption",
    "credits_line_above",
    "dateline_parts",
    "has_publisher_word",
    "is_anchor_widget",
    "is_byline",
    "is_credit",
    "is_label_pair",
    "is_opinion_title",
    "is_read_also_marker",
    "is_related_heading",
    "is_widget",
    "label_value",
    "looks_like_headline",
]

# Agency abbreviations: أ.ب, إ.ب.أ, د.ب.أ, A.F.P
_ABBREVIATION_RE = re.compile(r"^\w{1,2}(?:\s?\.\s?\w{1,2}){1,3}\.?$")
_CREDIT_PARTS_RE = re.compile(r"\s*[-–—/،,:|]\s*")
_NOT_HEADLINE_END = (".", "-", "…", *CLAUSE_MARKS)
_SLASH_PART_WORDS = 5
CREDIT_MAX_WORDS = 8
PHOTO_COPYRIGHT_WORDS = 5
_DIGIT_RE = re.compile(r"\d")
CAPITALS_CREDIT_LETTERS = 3
CAPTION_TAIL_MAX_WORDS = 80
_GUILLEMET_BYLINE_RE = re.compile(r"^«[^«»]{2,40}»\s*\([^()]{2,40}\)$")
HEADLINE_MAX_WORDS = 30
HEADLINE_MAX_CHARS = 250
MAX_WIDGET_WORDS = 4
MAX_LABEL_WORDS = 4
BYLINE_MAX_WORDS = 6
DATELINE_MAX_WORDS = 7
DATELINE_PART_WORDS = 4  # words of each name in `PLACE - PUBLISHER`
DATE_HEADER_MAX_WORDS = 6  # a line this short with a day, month and year in it is a date
PUBLISHER_NAME_WORDS = 3  # words of a publisher's name printed alone
HONORIFIC_NAME_WORDS = 3  # words of a name after `د.`
CREDIT_LABEL_WORDS = 3  # `تصوير :`, `صورة من :`
_HARAKA_RE = re.compile("[\u064b-\u0652]")  # vowel marks a call to action may carry: `حمَل`
CTA_VOWEL_CHARS = 12
CTA_VOWEL_WORDS = 8  # a vowelled promo is a short line; paragraphs are not looked at
_DATELINE_MARKS = "-–—ـ/|"
_DATELINE_MARK_RE = re.compile(f"[{re.escape(_DATELINE_MARKS)}]")  # one scan, not six
LABEL_MAX_CHARS = 24
LABEL_PAIR_MAX_WORDS = 3
# " date 2025-09-18" opening the first line: a scraper's own field, glued to the page text
SCRAPER_STAMP_RE = re.compile(r"^date (\d{4}-\d{2}(?:-\d{2})?)\b")  # `date 2018-08` too
CONTENT_MIN_CHARS = 3
STEM_CHARS = 4
_TOKEN_EDGES = ".,،:؛«»\"'()"
PLACED_CREDIT_WORDS = 5
_CREDIT_TAIL_SHAPE_RE = re.compile(r"^(.*\S)\s*(?:-|–|\\)\s+(\S.*)$")  # "caption- credit"
DASH_CAPTION_MAX_WORDS = 25  # `التعليق على الصورة` and its separator
# "- خاركيف: فداء عيتاني", "لندن: فلان الفلاني"
_PLACE_NAME_RE = re.compile(r"^[-–—]?\s*+([^:：()«»]{2,30}?)\s*[:：]\s*([^:：()]{3,40})$")
# "الرياض - واس", "واس - الرياض", "إسطنبول/ الأناضول"
_PLACE_AGENCY_RE = re.compile(r"^([^-–—()/]{2,30}?)\s*(?:\s[-–—]\s|/)\s*([^-–—()/]{2,30})$")
# "رويترز (نيويورك)", "«الشرق الأوسط» (لندن)"
_AGENCY_PLACE_RE = re.compile(r"^[-–—]?\s*+(«?[^()«»]{2,30}»?)\s*\(([^()]{2,30})\)$")


def is_widget(line: Line, lexicon: Lexicon) -> bool:
    """A font-size, share, print or ad-slot control printed as a line of its own."""
    return line.n_words <= lexicon.max_widget_words and line.key in lexicon.phrases["widgets"]


def is_anchor_widget(line: Line, lexicon: Lexicon) -> bool:
    """A widget that separates an article's lead block from its repeated headline."""
    return line.n_words <= MAX_WIDGET_WORDS and line.key in lexicon.phrases["anchor_widgets"]


def is_read_also_marker(line: Line, lexicon: Lexicon) -> bool:
    """`إقرأ أيضاً:` alone on its line, announcing what follows."""
    return line.n_words <= MAX_LABEL_WORDS and line.key in lexicon.phrases["read_also"]


def is_related_heading(line: Line, lexicon: Lexicon) -> bool:
    return line.n_words <= 6 and line.key in lexicon.phrases["related_headings"]


def label_value(line: Line, labels: frozenset[str]) -> str | None:
    """The value of a `LABEL: value` line (`""` for a label alone), or None.

    A short prefix before the label is tolerated (`العربيّة المصدر: العربيّة`), because
    scrapers glue the site name to its footer.
    """
    if line.n_words <= MAX_LABEL_WORDS and line.key in labels:
        return ""
    label = line.label
    if label is None:
        return None
    head, value = label
    if not head or head.count(" ") > MAX_LABEL_WORDS or labels.isdisjoint(line.label_tails):
        return None
    return value


def is_credit(inside: str, lexicon: Lexicon) -> bool:
    """Does a closing parenthesis name who took the photo, rather than a month or a place?"""
    key = fold(inside)
    if not key or key in lexicon.phrases["non_credits"]:
        return False
    credits = lexicon.phrases["credits"]
    if key in credits or _ABBREVIATION_RE.match(inside):
        return True
    if any(key.startswith(prefix) for prefix in lexicon.phrases["credit_prefixes"]):
        return True
    if any(part in credits for part in _CREDIT_PARTS_RE.split(key)):
        return True
    return "/" in inside and _is_name_slash_name(inside)


def credit_label_alone(line: Line | None, lexicon: Lexicon) -> bool:
    """`تصوير :`, `Photo:`: a credit's label on its line, the name under it."""
    return (
        line is not None
        and line.n_words <= CREDIT_LABEL_WORDS
        and line.text.rstrip().endswith((":", "："))
        and line.key in lexicon.phrases["credit_prefixes"]
    )


def _is_photo_word(text: str, lexicon: Lexicon) -> bool:
    key = fold(text)
    return any(key.startswith(prefix) for prefix in lexicon.phrases["credit_prefixes"])


def photo_copyright(line: Line, lexicon: Lexicon) -> str | None:
    """`Copyright © Canva`, `© AFP`: a photo's credit printed as a copyright notice, with no
    year and no rights phrase (which a page's copyright footer has); the holder's name."""
    text = line.text
    if not lexicon.credit_after_caption or "©" not in text or line.n_words > PHOTO_COPYRIGHT_WORDS:
        return None
    if _DIGIT_RE.search(text):
        return None
    holder = text.split("©", 1)[1].strip(" -–—")
    if not holder or fold(holder) in lexicon.phrases["copyright"]:
        return None
    return holder


def is_credit_line(line: Line, lexicon: Lexicon) -> bool:
    """A photo credit alone on its line: `(photo credit: Jane Roe/Reuters)`, `Jane Roe/AFP`,
    `© Canva`."""
    text = line.text
    if line.n_words > CREDIT_MAX_WORDS or not ("/" in text or text[0] == "(" or "©" in text):
        return False
    if "©" in text:
        return photo_copyright(line, lexicon) is not None
    if text[0] == "(" and text[-1] == ")":
        return is_credit(text[1:-1], lexicon)
    return (
        lexicon.credit_after_caption
        and "/" in text
        and not line.ends_sentence
        and is_credit(text, lexicon)
    )


def credits_line_above(line: Line, lexicon: Lexicon) -> bool:
    """Does a credit line (`is_credit_line`) credit the caption above it? A slashed or `©`
    credit does; a bracketed one only where the language prints the credit after the
    caption (Arabic pages put `(تصوير: ...)` above its caption)."""
    text = line.text
    return lexicon.credit_after_caption or not (text[0] == "(" and text[-1] == ")")


def _is_name_slash_name(text: str) -> bool:
    """`Jane Roe/Flash90`, `Kevin Morales/Bloomberg/Getty Images`: capitalised names joined by
    slashes, the way photo desks credit a photographer and an agency."""
    parts = [part.strip() for part in text.split("/")]
    return 2 <= len(parts) <= 4 and all(
        part and (part[0].isupper() or part[0].isdigit()) and part.count(" ") < _SLASH_PART_WORDS
        for part in parts
    )


def _strong_credit(inside: str) -> bool:
    """A credit no sentence ends with: a photographer's slash or a `Photo:` label."""
    return "/" in inside or ":" in inside or "©" in inside


def without_label(credit: str, lexicon: Lexicon) -> str:
    """`photo credit: KHALIL MAZRAAWI/REUTERS` -> `KHALIL MAZRAAWI/REUTERS`."""
    head, sep, value = credit.partition(":")
    if sep and value.strip() and fold(head) in lexicon.phrases["credit_labels"]:
        return value.strip()
    return credit


def credit_caption(line: Line, lexicon: Lexicon) -> tuple[str, str] | None:
    """`(caption, credit)` for a caption line such as `... يصافح نظيره (أ.ب)`, with the credit
    in square brackets (`... [Getty Images]`), after a dash (`... - صورة أرشيفية`), after a
    credit label (`... Photograph: Jane Roe/AFP`), a `©`, or a credit after the caption's
    full stop where the language prints them so (`... 2024. REUTERS/Jane Roe`)."""
    text = line.text
    paren = line.trailing_paren
    if paren is None and text.endswith("]"):  # the call only where it can find one
        paren = trailing_group(text, "[", "]")
    if paren is None:
        if " - " in text:
            found = _dash_credit(line, lexicon)
            if found is not None:
                return found
        if "©" in text or (lexicon.credit_after_caption and _may_close_with_credit(line)):
            return _credit_tail(line, lexicon)
        return None
    before, inside = paren
    before = before.rstrip(" -–—|")
    if not before:
        return None
    if before.endswith((".", "!", ":", *QUESTION_END)) and not (
        lexicon.credit_after_caption and (_strong_credit(inside) or before.endswith("."))
    ):
        return None
    if not is_credit(inside, lexicon):
        return None
    last_word = fold(before.rsplit(" ", 1)[-1])
    if last_word in lexicon.phrases["attribution_words"]:
        return None
    return before, without_label(inside, lexicon)


def _may_close_with_credit(line: Line) -> bool:
    text = line.text
    return ":" in text or "/" in text or (not line.ends_sentence and ". " in text)


_GLUED_STOP_RE = re.compile(r"(?<=[a-z\d)])\.(?=[A-Z])")  # a credit glued to the full stop


def _credit_tail(line: Line, lexicon: Lexicon) -> tuple[str, str] | None:
    """The credit that closes a caption line with no brackets around it."""
    text = line.text
    if line.n_words > CAPTION_TAIL_MAX_WORDS:
        return None
    if "©" in text:
        before, _, credit = text.rpartition("©")
        credit = credit.strip(" -–—")
        caption = before.strip(" -–—")
        if caption.count(" ") >= 2 and credit and credit.count(" ") < CREDIT_MAX_WORDS:
            return caption, credit
    labelled = lexicon.credit_tail_re if lexicon.credit_after_caption else None
    if labelled is not None and ":" in text:
        match = labelled.match(text)
        if match and match.group("credit").count(" ") < CREDIT_MAX_WORDS:
            credit = match.group("credit").strip()
            if not credit.endswith((".", "!", "?")) or _ABBREVIATION_RE.match(credit):
                return match.group("caption").strip(" ,;-–—"), credit
    if lexicon.credit_after_caption and not line.ends_sentence:
        before, sep, credit = text.rpartition(". ")
        if not sep and "." in text:  # `... Conroe, Texas.Kirk Sides / Houston Chronicle`
            glued = list(_GLUED_STOP_RE.finditer(text))
            if glued:
                before, sep, credit = text[: glued[-1].start()], ".", text[glued[-1].end() :]
        credit = credit.lstrip("—–-| ").strip()
        if sep and credit and credit.count(" ") < CREDIT_MAX_WORDS and _after_stop(credit, lexicon):
            return before + ".", credit
    return None


def _after_stop(credit: str, lexicon: Lexicon) -> bool:
    """What may follow a caption's full stop as its credit: `REUTERS/Jane Roe`,
    `AFP - SERGEY BOBOK`, `OUEST-FRANCE` (a credit in capitals), a known agency."""
    if is_credit(credit, lexicon):
        return True
    letters = [c for c in credit if c.isalpha()]
    return len(letters) >= CAPITALS_CREDIT_LETTERS and all(c.isupper() for c in letters)


def credited_copy(line: Line, nxt: Line, lexicon: Lexicon) -> str | None:
    """The credit when `nxt` prints `line` again with a credit after it (`CAPTION` above
    `CAPTION REUTERS`): a photo's alt text and its caption, the credit only in the second."""
    if len(nxt.text) <= len(line.text) or not nxt.text.startswith(line.text):
        return None
    tail = nxt.text[len(line.text) :]
    if not tail[0].isspace() and tail[0] not in "-–—|/(":
        return None
    tail = tail.strip(" -–—|/()")
    if not tail or tail.count(" ") >= PLACED_CREDIT_WORDS or not is_credit(tail, lexicon):
        return None
    return tail


def placed_credit(line: Line, lexicon: Lexicon) -> tuple[str, str] | None:
    """`(caption, credit)` for a line whose place already says it is a caption (printed twice
    in the lead block): its credit is found by shape, with no list of agencies.

    The tail is a short name in a closing parenthesis (`(تصوير سامر خليل).`), or after a dash
    or a backslash (`...- إكس/ وزارة الزراعة`, `رئيس الوزراء - أرشيفية`); without a place a
    body sentence ends the same way, so only the lead-caption pass asks this.
    """
    found = credit_caption(line, lexicon)
    if found is not None:
        return found
    text = line.text.removesuffix(".")
    paren = trailing_group(text, "(", ")")
    if paren is not None:
        before, inside = paren
        before = before.rstrip(" -–—|")  # `طقس حار - (تعبيرية)`
        if before and _shaped_credit(inside, lexicon):
            return before, inside
        return None
    match = _CREDIT_TAIL_SHAPE_RE.match(text)
    if match is not None and _shaped_credit(match.group(2), lexicon):
        return match.group(1).strip(), match.group(2).strip()
    return None


def _shaped_credit(tail: str, lexicon: Lexicon) -> bool:
    """A credit's shape: one to five words, no sentence in it, not a `(video)`-like note."""
    tail = tail.strip()
    if not tail or tail.count(" ") >= PLACED_CREDIT_WORDS or _DIGIT_RE.search(tail):
        return False
    if tail.endswith(SENTENCE_END) or any(mark in tail for mark in CLAUSE_MARKS):
        return False
    return fold(tail) not in lexicon.phrases["non_credits"]


def _dash_credit(line: Line, lexicon: Lexicon) -> tuple[str, str] | None:
    if line.ends_sentence or line.n_words > DASH_CAPTION_MAX_WORDS:
        return None
    before, _, credit = line.text.rpartition(" - ")
    if before.count(" ") < 2 or not is_credit(credit, lexicon):
        return None
    return before, credit


def _names_a_publisher(name: str, place: str, lexicon: Lexicon) -> bool:
    """`رويترز (نيويورك)`, `«الخليج» (دبي)`, `عكاظ (جدة)`: a known agency, a quoted paper, or
    a one-or-two-word name before a parenthesis that is neither a credit nor a weekday."""
    if is_credit(name, lexicon) or name.strip().startswith("«"):
        return True
    return (
        name.strip().count(" ") <= 1
        and not is_credit(place, lexicon)
        and fold(place) not in lexicon.phrases["non_credits"]
    )


def is_byline(line: Line, lexicon: Lexicon) -> bool:
    """A teaser byline: `«الشرق الأوسط» (موسكو)` or `براكريتي غوبتا (نيودلهي)`."""
    if _GUILLEMET_BYLINE_RE.match(line.text):
        return True
    paren = line.trailing_paren
    if paren is None or line.n_words > BYLINE_MAX_WORDS or not paren[0]:
        return False
    return not is_credit(paren[1], lexicon) and fold(paren[1]) not in lexicon.phrases["non_credits"]


def looks_like_headline(line: Line, lexicon: Lexicon) -> bool:
    """Short, not a sentence, not a label, a widget, a list item or a date."""
    text = line.text
    if not 2 <= line.n_words <= HEADLINE_MAX_WORDS or len(text) > HEADLINE_MAX_CHARS:
        return False
    if text.endswith(_NOT_HEADLINE_END) or line.bullet_text is not None:
        return False
    if is_widget(line, lexicon) or is_read_also_marker(line, lexicon):
        return False
    if is_related_heading(line, lexicon) or credit_caption(line, lexicon):
        return False
    if (
        text[0] in lexicon.caption_label_initials
        and text.startswith(lexicon.caption_label_starts)
        and caption_label_line(text, lexicon)
    ):
        return False
    if label_value(line, lexicon.metadata_labels) is not None:
        return False
    # a short line holding a whole date is a date header (`تاريخ اليوم الأربعاء 12/03/2024`)
    strict = line.n_words > DATE_HEADER_MAX_WORDS
    return lexicon.dates.parse(text, strict=strict, line=line) is None


def is_opinion_title(line: Line, lexicon: Lexicon) -> bool:
    """`سامي فؤاد يكتب: TITLE`: a column's headline, the columnist and the verb before it."""
    pattern = lexicon.patterns_for(line).get("opinion_title")
    return pattern is not None and pattern.match(line.text) is not None


def is_label_pair(line: Line) -> bool:
    """`عمان - الغد`: two short names joined by a dash, a site or place label, not a title."""
    if line.n_words > LABEL_PAIR_MAX_WORDS * 2 + 1 or line.ends_sentence:
        return False
    match = _PLACE_AGENCY_RE.match(line.text)
    return match is not None and all(
        part.strip().count(" ") < LABEL_PAIR_MAX_WORDS for part in match.groups()
    )


# lowercase words a personal name may hold: `Jean de La Fontaine`, `Omar bin Saleh`
NAME_PARTICLES = frozenset({"de", "du", "van", "von", "der", "da", "di", "al", "el", "bin", "ibn"})
_NAME_JOINS = NAME_PARTICLES | {"et", "and", "&"}  # ... and what joins two names


def _signed_with_stop(text: str, lexicon: Lexicon) -> dict[str, str] | None:
    """`par Anthony Torres et Alexandre Lantier.`: a byline some sites end with a full stop."""
    if not text.endswith(".") or text.endswith("..") or lexicon.author_re is None:
        return None
    match = lexicon.author_re.match(text[:-1])
    if match is None or not all(
        word[:1].isupper() or word in _NAME_JOINS for word in match.group(1).split()
    ):
        return None  # `Par ailleurs, la grève continue.` is a sentence
    return author(match.group(1), lexicon)


def byline_parts(line: Line, lexicon: Lexicon) -> dict[str, str] | None:
    """`{"byline"|"source": ..., "dateline": ...}` for a byline-shaped line, else None."""
    if line.n_words > DATELINE_MAX_WORDS:
        return None
    if line.ends_sentence:  # `المعلومة/بغداد..`: a dateline's dots, not a sentence's
        signed = _signed_with_stop(line.text, lexicon)
        return signed if signed is not None else dateline_parts(line.text, lexicon)
    match = _AGENCY_PLACE_RE.match(line.text)
    if match and _names_a_publisher(match.group(1), match.group(2), lexicon):
        return {"source": match.group(1).strip("«» "), "dateline": match.group(2).strip()}
    match = _PLACE_AGENCY_RE.match(line.text)
    if match:
        first, second = match.group(1).strip(), match.group(2).strip()
        if _is_photo_word(second, lexicon):
            return None  # "رئيس الوزراء - أرشيفية": an archive photo's caption, not a dateline
        if is_credit(second, lexicon):
            return {"source": second.strip("«» "), "dateline": first}
        if is_credit(first, lexicon):
            return {"source": first.strip("«» "), "dateline": second}
        if "/" in line.text and _name_and_office(first, second, lexicon):
            return {"byline": first, "source": second}  # `NAME / إعلام مستشفى ...`
    found = dateline_parts(line.text, lexicon)
    if found is not None:
        return found
    match = lexicon.author_re.match(line.text) if lexicon.author_re else None
    if match:
        return author(match.group(1), lexicon)
    wrote = lexicon.patterns_for(line).get("byline_wrote")
    match = wrote.match(line.text) if wrote else None
    if match and not set(fold(match.group(1)).split()) & lexicon.phrases["function_words"]:
        return {"byline": match.group(1).strip()}  # "كتب الرئيس على منصة" is a sentence
    match = _PLACE_NAME_RE.match(line.text)
    if match is None:
        return None
    place, name = match.group(1).strip(), match.group(2).strip()
    if name[0].isdigit() or any(ch.isdigit() for ch in place):
        return None  # "Today, 3:12 pm" is a time, "Ligue 1 : ..." a title: no place and name
    labels = lexicon.metadata_labels | lexicon.phrases["read_also"]
    if fold(place) in labels or place.count(" ") > 2 or name.count(" ") > 3:
        return None
    if fold(place) in lexicon.phrases["credit_prefixes"]:
        return None  # "صورة: أرشيف" credits a photo, it is not a dateline
    if is_credit(name, lexicon) or (name.startswith("«") and name.endswith("»")):
        return {"source": name.strip("«» "), "dateline": place}  # "دبي: «الخليج»"
    return {"byline": name, "dateline": place}


def dateline_parts(text: str, lexicon: Lexicon) -> dict[str, str] | None:
    """The publisher and place of a dateline printed alone: `مسقط ـ العمانية:`,
    `المعلومة/بغداد..`, `عمان - الدار البيضاء اليوم`, `العالم-خاص العالم`, `الرباط – NAME`;
    or a publisher's name alone (`فيلادلفيا نيوز`).

    Two short names joined by one dash or slash say nothing by their shape (`الأهلي - الزمالك`
    is a match), so one of them must be known for what it is: a desk word (`خاص`, `متابعات`)
    beside the publisher, an agency, a word only publishers' names have, or a place. Next to a
    place, a one-word name is the publisher and a longer one the reporter.
    """
    core = text.strip().lstrip("> ").rstrip(" .:：…").strip()
    if not core or core.count(" ") >= DATELINE_MAX_WORDS:
        return None
    if _DATELINE_MARK_RE.search(core) is None:
        if "«" in core:
            return _quoted_publisher(core, lexicon)
        return _publisher_alone(core, lexicon)
    if core.count(" | ") == 1:  # `الموقع الرسمي | SITE`: a page title's site part
        for name in reversed(core.split(" | ")):
            if name.count(" ") < DATELINE_PART_WORDS and has_publisher_word(name, lexicon):
                return {"source": name.strip()}
        return None
    parts = _dateline_split(core)
    if parts is None:
        return None
    first, second = parts
    desks = lexicon.phrases["desk_words"]
    for desk, other in ((first, second), (second, first)):
        words = fold(desk).split(" ")
        if words[0] in desks:
            rest = desk.split(" ", 1)[1] if len(words) > 1 else ""
            return {"source": other if rest in ("", other) else rest}
    for name, place in ((second, first), (first, second)):
        if is_credit(name, lexicon) or has_publisher_word(name, lexicon):
            return {"source": name, "dateline": place}
    places = lexicon.phrases["places"]
    for place, name in ((first, second), (second, first)):
        if fold(place) in places and fold(name) not in places:
            if name.count(" ") == 0 or name.startswith("«"):
                return {"source": name.strip("«»"), "dateline": place}
            return {"byline": name, "dateline": place}
    return None


def _quoted_publisher(core: str, lexicon: Lexicon) -> dict[str, str] | None:
    """`الحديدة «الأيام» خاص`: the publisher in guillemets beside a place or a desk word,
    and nothing else."""
    before, _, after = core.partition("«")
    name, _, after = after.partition("»")
    if not name.strip() or "«" in after:
        return None
    places, desks = lexicon.phrases["places"], lexicon.phrases["desk_words"]
    place = None
    for word in f"{before} {after}".replace(":", " ").replace("：", " ").split():
        if fold(word) in places and place is None:
            place = word
        elif fold(word) not in desks:
            return None
    if place is None and not after.strip():
        return None  # `«الأيام»` alone is a quotation as much as a name
    found = {"source": name.strip()}
    return {**found, "dateline": place} if place else found


def _publisher_alone(core: str, lexicon: Lexicon) -> dict[str, str] | None:
    """`فيلادلفيا نيوز`, `صحيفة الأمم اليومية الشاملة`: a publisher's name alone, known by
    its last word, or by its first (`صحيفة`, `قناة`) when a name follows it."""
    if core.count(" ") > PUBLISHER_NAME_WORDS or not core.replace(" ", "").isalpha():
        return None
    words = fold(core).split(" ")
    if len(words) > 1 and words[0] in lexicon.phrases["publisher_prefixes"]:
        return {"source": core}
    if len(words) <= PUBLISHER_NAME_WORDS and words[-1] in lexicon.phrases["publisher_suffixes"]:
        return {"source": core}
    return None


def _dateline_split(core: str) -> tuple[str, str] | None:
    """The two names of `A - B`, `A – B`, `A ـ B`, `A/B` or `A-B`, each one to four words."""
    for mark in (" ـ ", " – ", " — ", " - ", "/", "-"):
        if core.count(mark) == 1:
            first, _, second = core.partition(mark)
            first, second = first.strip(' «»"'), second.strip(' «»"')
            short = all(part.count(" ") < DATELINE_PART_WORDS for part in (first, second))
            if short and all(fold(part).replace(" ", "").isalpha() for part in (first, second)):
                return first, second
            return None
    return None


def sells(line: Line, lexicon: Lexicon) -> bool:
    """A call to action: `تابعوا آخر الأخبار`, `Subscribe to ...`; also, on a short line, with
    its vowel marks (`حمَل تطبيق`), which the printed prefixes lack."""
    text = line.text
    if text.startswith(lexicon.call_to_action_starts):
        return True
    return (
        line.n_words <= CTA_VOWEL_WORDS
        and _HARAKA_RE.search(text, 0, CTA_VOWEL_CHARS) is not None
        and line.key.startswith(lexicon.call_to_action_keys)
    )


def honorific_name(line: Line, lexicon: Lexicon) -> bool:
    """`د. صبري الربيحات`, `Dr. Jane Roe`: an abbreviated title and a name, nothing more: an
    author's line, never a headline."""
    head, _, name = line.text.partition(" ")
    return (
        fold(head) in lexicon.phrases["honorifics"]
        and 1 <= name.count(" ") + 1 <= HONORIFIC_NAME_WORDS
        and not line.ends_sentence
        and not any(ch.isdigit() for ch in name)
    )


def has_publisher_word(name: str, lexicon: Lexicon) -> bool:
    """`الوكيل الإخباري`, `صدى نيوز`: a word only publishers' names have (`publisher_words`)."""
    words = lexicon.phrases["publisher_words"]
    return any(word in words for word in fold(name).split(" "))


def author(value: str, lexicon: Lexicon) -> dict[str, str]:
    """The name of an author line, without what follows it: `بواسطة أحمد سالم | منذ يوم`,
    `Par Claire Vasseur (Florac, envoyée spéciale)`, `Marcus Webb, CNN`. An agency named as
    the author (`By REUTERS`) is the source."""
    name = value.split(" | ", maxsplit=1)[0]
    for mark in (" (", ", ", "، "):
        name = name.split(mark, 1)[0]
    name = name.strip(" .")
    agency = lexicon.agency(name)
    return {"source": agency} if agency else {"byline": name}


def caption_label_line(text: str, lexicon: Lexicon) -> bool:
    """`Image source, Getty Images`, `Image caption,`: a labelled credit or caption line."""
    if fold(text.rstrip(" ,،:")) in lexicon.phrases["caption_labels"]:
        return True
    return caption_label(text, lexicon) is not None


def caption_label(text: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """`("credit" | "caption", value)` for `LABEL، value` or `LABEL: value`."""
    if not text.startswith(lexicon.caption_label_starts):
        return None
    for sep in ("،", ":", ","):
        at = text.find(sep, 0, LABEL_MAX_CHARS)
        if at < 0:
            continue
        key, value = fold(text[:at].strip()), text[at + 1 :].strip()
        if not value:
            return None
        if key in lexicon.phrases["credit_labels"]:
            return "credit", value
        if key in lexicon.phrases["caption_labels"]:
            return "caption", value
    return None


def content_words(text: str, lexicon: Lexicon, *, stems: bool = False) -> set[str]:
    """The words of `text` that carry its content, without function words or their article
    (`ال`, `وال`), for comparing two texts: a headline with its lead.

    `stems`: also without a glued conjunction (`و`, `ب`) and cut to four letters, so that
    `العلاقات` and `علاقاتها` meet; looser, for evidence rather than for a verdict.
    """
    function_words = lexicon.phrases["function_words"]
    prefixes, clitics = lexicon.article_prefixes, lexicon.clitics
    out = set()
    for token in fold(text).split():
        word = token.strip(_TOKEN_EDGES)
        if word in function_words:
            continue
        prefix = ""  # which prefix is looked for only on the words that have one
        if word.startswith(prefixes):
            prefix = next(p for p in prefixes if word.startswith(p))
        if len(word) - len(prefix) >= CONTENT_MIN_CHARS:
            word = word[len(prefix) :]
        elif stems:
            prefix = ""
        if len(word) < CONTENT_MIN_CHARS:
            continue
        if stems:
            if not prefix and word.startswith(clitics):
                clitic = next(c for c in clitics if word.startswith(c))
                if len(word) - len(clitic) >= STEM_CHARS:
                    word = word[len(clitic) :]
            word = word[:STEM_CHARS]
        out.add(word)
    return out


NAME_MAX_WORDS = 3  # a fourth word is often a role: `مريم عبد الله صحافية`
NISBA_MIN_CHARS = 5  # `ال` and three letters or more, then `ي`
_NAME_COMPOUNDS = frozenset({"عبد", "ابو", "ابي", "بن", "ذو"})  # folded: `عبد الرحمن`


def arabic_name_shaped(line: Line, lexicon: Lexicon) -> bool:
    """`مراد بلقاسمي`, `عبد الرحمن بنسالم`, `مبارك الخالدي`: two or three Arabic words of
    letters, none a function word, none carrying the article but inside a compound name or
    as a family name of origin after the first (`الخالدي`); a label carries it (`الحدائق
    العامة`)."""
    if line.script != "Arabic" or not (2 <= line.n_words <= NAME_MAX_WORDS):
        return False
    return _name_shaped_key(line.key, lexicon)


def _name_and_office(first: str, second: str, lexicon: Lexicon) -> bool:
    """`سامر حداد / إعلام مستشفى المدينة`: a person's name, then the office that sent the
    text; not a site and its city (`نبض نيوز/ عمّان`)."""
    if second[0].isdigit() or fold(second) in lexicon.phrases["places"]:
        return False
    return _name_shaped_key(fold(first), lexicon) and not has_publisher_word(first, lexicon)


def _name_shaped_key(key: str, lexicon: Lexicon) -> bool:
    words = key.split(" ")
    if not 2 <= len(words) <= NAME_MAX_WORDS or not all(w.isalpha() for w in words):
        return False
    if set(words) & lexicon.phrases["function_words"]:
        return False
    return not any(
        w.startswith("ال") and (n == 0 or not (words[n - 1] in _NAME_COMPOUNDS or _nisba(w)))
        for n, w in enumerate(words)
    )


def _nisba(word: str) -> bool:
    return len(word) >= NISBA_MIN_CHARS and word.endswith("ي")


DATED_DATELINE_WORDS = 12
DATED_DATELINE_REST_WORDS = 4  # a place and a site's name around the date
_DASHES = ("–", "—", " - ")


def dated_dateline(line: Line, lexicon: Lexicon) -> dict[str, Any] | None:
    """`الدار البيضاء، 14 يوليوز 2025 – صوت العدالة`: a place, the full date and the site's
    name, a few words once the date's own are gone; `{"dateline", "date", "source"?}`."""
    if line.n_words > DATED_DATELINE_WORDS or not any(ch.isdigit() for ch in line.text):
        return None
    dates = lexicon.dates
    found = dates.parse(line.text, line=line)
    if found is None:
        return None
    rest = [
        word
        for word in line.key.split(" ")
        if not any(ch.isdigit() for ch in word)
        and word.strip("،,.()-–—") not in dates.month_words
        and word.strip("،,.()-–—|")
    ]
    if not rest or len(rest) > DATED_DATELINE_REST_WORDS:
        return None
    text = line.text
    place = text.split("،", 1)[0] if "،" in text else text.split(",", 1)[0]
    if any(ch.isdigit() for ch in place) or place == text:
        return None
    out: dict[str, Any] = {"dateline": place.strip(), "date": found}
    mark = next((m for m in _DASHES if m in text), None)
    if mark is not None:
        site = text.rsplit(mark, 1)[1].strip()
        if site and not any(ch.isdigit() for ch in site):
            out["source"] = site
    return out
