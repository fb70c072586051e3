"""The lexicon: the active language packs (and any profile) folded into what passes read.

Every phrase is written in a pack as a person would type it; matching happens on folded keys
(see `normalise.fold`), so hamza, tanween, tatweel, Persian look-alikes and French accents
need no entry of their own. A category is a name in the packs' `[phrases]` tables: adding one
is a data edit, and `Lexicon.phrases[name]` is its folded set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from cleannews.dates import DateParser
from cleannews.normalise import fold
from cleannews.packs import NEUTRAL, Pack, load_pack, shipped_languages, shipped_packs
from cleannews.page import Line

__all__ = ["CATEGORIES", "Lexicon", "Overlay", "known_categories"]

# What each category the passes read holds; a pack may define more (profiles use them).
CATEGORIES: Mapping[str, str] = MappingProxyType(
    {
        "widgets": "controls printed as a line of their own: `TT`, `Share`, `طباعة`",
        "anchor_widgets": "widgets between a lead block and its repeated headline (`TT`)",
        "read_also": "a line announcing the next article or a teaser: `إقرأ أيضاً`, `Read more`",
        "related_headings": "headings of related and most-read blocks: `مقالات ذات صلة`",
        "source_labels": "labels of a source footer: `المصدر`, `Source`",
        "keyword_labels": "labels of a tag footer: `كلمات دلالية`, `Tags`, `Mots-clés`",
        "date_labels": "labels of a date line: `تاريخ النشر`, `Published`, `Publié le`",
        "credits": "photo credits that name no agency (agencies are in `[agencies]`)",
        "credit_prefixes": "words that open a credit: `أرشيفية`, `Photo`, `Crédit photo`",
        "credit_labels": "labels of a credit printed as its own line: `صدر الصورة`",
        "caption_labels": "labels of a caption line: `التعليق على الصورة`, `Image caption`",
        "non_credits": "closing parentheses that are never credits: `(صور)`, `(video)`",
        "position_marks": "where a person stands in a photo, in parentheses: `(يمين)`, `(left)`",
        "attribution_words": "words before an agency that make it a citation: `بحسب`, `selon`",
        "sections": "section labels printed before a teaser's image caption",
        "chrome": "lines that are page chrome wherever they stand: `الرئيسية`, `Home`",
        "copyright": "phrases that make a short line a copyright notice",
        "function_words": "words ignored when texts are compared; their share marks prose",
        "calls_to_action": "first words of sentences that sell: `تابعوا`, `Subscribe`",
        "comment_headings": "a heading that opens the readers' comments",
        "publisher_words": "words that make a dateline name a publisher: `الإخباري`, `نيوز`",
        "publisher_suffixes": "last words of a publisher's name printed alone: `نيوز`, `بوست`",
        "desk_words": "a desk's word beside the publisher in a dateline: `خاص`, `متابعات`",
        "honorifics": "abbreviated titles before an author's name: `د.`, `Dr.`",
        "publisher_prefixes": "first words of a publisher's name printed alone: `صحيفة`, `جريدة`",
        "places": "cities and countries a dateline names: `بغداد`, `مسقط`, `Paris`",
        "author_roles": "role words that open an author's bio line: `كاتب`, `صحفي`, `Reporter`",
        "issue_labels": "the issue-number label of a print edition's line: `العدد`, `Issue`",
        "masthead_roles": "editor roles of a masthead line: `رئيس التحرير`, `Editor-in-chief`",
        "more_links": "how a cut preview linking to its article ends: `المزيد`, `Read more`",
        "learned_lines": "lines a site prints on many pages (`cleannews learn`)",
        "social_networks": "names on share bars: `Facebook`, `WhatsApp`, `Email`",
        "share_words": "words beside them on a share bar: `Share on`, `Partager sur`, `شارك`",
    }
)
HINT_CHARS = 4
_AUTHOR_TAIL = r"\s*(.{3,60}?)\s*[:：]?$"


def known_categories() -> frozenset[str]:
    """The categories passes read plus any a shipped pack defines."""
    return frozenset(CATEGORIES).union(*(p.phrases for p in shipped_packs()))


@dataclass(frozen=True)
class Overlay:
    """Phrase edits on top of the packs: a profile's or a rules file's `add`/`remove`/`replace`."""

    add: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    remove: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    replace: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    patterns: Mapping[str, str] = field(default_factory=dict)  # tried besides the packs'


def _folded(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(key for key in map(fold, phrases) if key)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    """Folded phrase sets, patterns and names of the active packs, built once per language set."""

    languages: tuple[str, ...]
    phrases: Mapping[str, frozenset[str]]
    agencies: Mapping[str, str]  # folded spelling -> normalised agency name
    dates: DateParser
    patterns: Mapping[str, re.Pattern[str]]
    # The same per script of the line they are tried on ("Arabic", "Latin"): a pattern written
    # for English never runs on an Arabic line of a page that uses both packs.
    script_patterns: Mapping[str, Mapping[str, re.Pattern[str]]]
    author_re: re.Pattern[str] | None
    author_label_re: re.Pattern[str] | None  # "Texte par :", "Article rédigé par": name below
    article_prefixes: tuple[str, ...]
    clitics: tuple[str, ...]
    question_end: tuple[str, ...]
    max_section_words: int
    max_widget_words: int  # the longest widget phrase: lines longer than it are not widgets
    caption_label_starts: tuple[str, ...]  # first words as printed, for a cheap test
    caption_label_initials: frozenset[str]  # their first letters: a cheaper test before it
    call_to_action_starts: tuple[str, ...]
    call_to_action_keys: tuple[str, ...]  # the same, folded: `حمَل تطبيق` with its vowel marks
    metadata_labels: frozenset[str]
    credit_after_caption: bool  # the page language's (the first pack after the neutral one)
    credit_tail_re: re.Pattern[str] | None  # "... Photograph: Name/Agency", "... Photo : X / AFP"
    copyright_re: re.Pattern[str] | None  # searched in a line as printed
    glued_networks_re: re.Pattern[str] | None  # "facebooktwitterlinkedinemail"
    read_also_prefix_re: re.Pattern[str] | None  # a folded key opening with a read-also phrase
    read_also_firsts: frozenset[str]  # first words of read-also phrases, as printed and folded
    read_also_starts: tuple[str, ...]  # the same, for one `str.startswith` as a first test
    masthead_starts: tuple[str, ...]  # roles' first two words, printed and folded: one test
    copyright_hints: re.Pattern[str] | None  # fragments of the phrases, for a cheap first test
    share_firsts: frozenset[str]  # network names and share words as a share bar's first word
    _groups: dict[tuple[str, ...], Mapping[str, tuple[tuple[str, re.Pattern[str]], ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _unions: dict[tuple[str, ...], Mapping[str, re.Pattern[str]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def build(
        cls, languages: Iterable[str] = ("ar", "en"), overlays: Iterable[Overlay] = ()
    ) -> Lexicon:
        """The neutral pack, the packs of `languages` (and theirs `secondary`), then overlays."""
        packs = _packs_of(languages)
        overlays = tuple(overlays)
        raw: dict[str, list[str]] = {name: [] for name in CATEGORIES}
        for pack in packs:
            for name, phrases in pack.phrases.items():
                raw.setdefault(name, []).extend(phrases)
            raw["credits"].extend(s for spellings in pack.agencies.values() for s in spellings)
            raw["non_credits"].extend((*pack.dates.months, *pack.dates.weekdays))
        for overlay in overlays:
            for name, replaced in overlay.replace.items():
                raw[name] = list(replaced)
            for name, added in overlay.add.items():
                raw.setdefault(name, []).extend(added)
        sets = {name: _folded(phrases) for name, phrases in raw.items()}
        for overlay in overlays:
            for name, removed in overlay.remove.items():
                sets[name] = sets.get(name, frozenset()) - _folded(removed)
        labels = [*raw["credit_labels"], *raw["caption_labels"]]
        firsts = {label.split()[0] for label in labels if label.strip()}
        firsts |= {word.casefold() for word in firsts}
        return cls(
            languages=tuple(p.language for p in packs),
            phrases=MappingProxyType(sets),
            agencies=MappingProxyType(
                {
                    fold(spelling): name
                    for pack in packs
                    for name, spellings in pack.agencies.items()
                    for spelling in (name, *spellings)
                }
            ),
            dates=DateParser.build(pack.dates for pack in packs),
            patterns=MappingProxyType(_patterns(packs, overlays)),
            script_patterns=MappingProxyType(
                {
                    script: MappingProxyType(_patterns(packs, overlays, script))
                    for script in ("Arabic", "Latin")
                }
            ),
            author_re=_author_re(packs),
            author_label_re=_author_label_re(packs),
            article_prefixes=tuple(
                sorted({p for pack in packs for p in pack.article_prefixes}, key=len, reverse=True)
            ),
            clitics=tuple(dict.fromkeys(c for pack in packs for c in pack.clitics)),
            question_end=tuple(dict.fromkeys(q for pack in packs for q in pack.question_end)),
            max_section_words=max((len(s.split()) for s in sets["sections"]), default=1),
            max_widget_words=max((len(w.split()) for w in sets["widgets"]), default=1),
            caption_label_starts=tuple(sorted(firsts)),
            caption_label_initials=frozenset(word[0] for word in firsts),
            call_to_action_starts=tuple(f"{word} " for word in raw["calls_to_action"]),
            call_to_action_keys=tuple(f"{word} " for word in sets["calls_to_action"]),
            metadata_labels=sets["source_labels"] | sets["keyword_labels"] | sets["date_labels"],
            credit_after_caption=len(packs) > 1 and packs[1].credit_after_caption,
            credit_tail_re=_credit_tail_re(raw["credit_labels"]),
            copyright_re=_anywhere_re(raw["copyright"]),
            glued_networks_re=_glued_re(sets.get("social_networks", frozenset())),
            # inline teasers open with either: `اقرأ أيضاً TITLE`, `قد يهمك «TITLE»`
            read_also_prefix_re=_prefix_re(sets["read_also"] | sets["related_headings"]),
            read_also_firsts=_first_words([*raw["read_also"], *raw["related_headings"]]),
            read_also_starts=tuple(
                sorted(_first_words([*raw["read_also"], *raw["related_headings"]]))
            ),
            masthead_starts=_openings(raw["masthead_roles"]),
            copyright_hints=_hints_re(raw["copyright"]),
            share_firsts=_first_words((*raw["social_networks"], *raw["share_words"])),
        )

    def pattern_group(
        self, names: tuple[str, ...]
    ) -> Mapping[str, tuple[tuple[str, re.Pattern[str]], ...]]:
        """Per script, `(name, pattern)` of those named that the packs define, in that order:
        built on first use, so a pass asks for its group once per run, not once per span."""
        found = self._groups.get(names)
        if found is None:
            found = self._groups[names] = {
                script: tuple((n, patterns[n]) for n in names if n in patterns)
                for script, patterns in self.script_patterns.items()
            }
        return found

    def pattern_union(self, names: tuple[str, ...]) -> Mapping[str, re.Pattern[str]]:
        """Per script, one pattern that matches where some pattern of `pattern_group(names)`
        matches: a line most often matches none, and one test tells so instead of one per
        pattern. Built on first use, like the group."""
        found = self._unions.get(names)
        if found is None:
            found = self._unions[names] = {
                script: _union([pattern for _, pattern in group])
                for script, group in self.pattern_group(names).items()
            }
        return found

    def patterns_for(self, line: Line) -> Mapping[str, re.Pattern[str]]:
        """The patterns of the script the line is written in (by its first letter)."""
        return self.script_patterns[line.script]

    def agency(self, credit: str) -> str | None:
        """The normalised agency a credit names (`أ.ف.ب` -> `AFP`), if the packs know it."""
        key = fold(credit)
        found = self.agencies.get(key)
        if found is not None:
            return found
        for part in re.split(r"\s*[-–—/،,:|]\s*|\s+via\s+", key):
            if part in self.agencies:
                return self.agencies[part]
        return None


def _packs_of(languages: Iterable[str]) -> tuple[Pack, ...]:
    order = [NEUTRAL]
    pending = list(languages)
    while pending:
        language = pending.pop(0)
        if language in order:
            continue
        if language not in shipped_languages():
            continue  # a language without a pack runs on the neutral one
        pack = load_pack(language)
        order.append(language)
        pending.extend(pack.secondary)
    return tuple(load_pack(language) for language in order)


def _patterns(
    packs: tuple[Pack, ...], overlays: Iterable[Overlay], script: str | None = None
) -> dict[str, re.Pattern[str]]:
    """Each named pattern of the packs (of `script` and the neutral one) and the overlays,
    joined into one; profiles' patterns hold on every script."""
    chosen = [p for p in packs if script is None or p.script in (script, "Common")]
    sources: dict[str, list[str]] = {}
    for part in (*(p.patterns for p in chosen), *(o.patterns for o in overlays)):
        for name, source in part.items():
            sources.setdefault(name, []).append(source)
    return {name: re.compile("|".join(map(_scoped, parts))) for name, parts in sources.items()}


_NEVER = re.compile("(?!)")
_ALWAYS = re.compile("")


_NAMED_GROUP_RE = re.compile(r"\(\?P<\w+>")


def _union(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """Patterns joined into one that matches where any does: one that never matches for
    none, and one that always does (each must then be tried) when a pattern has numbered
    groups of its own, whose numbers joining would shift. A named group (`(?P<site_en>`) is
    only read on the pattern itself, so the union drops its name."""
    if not patterns:
        return _NEVER
    if len(patterns) == 1:
        return patterns[0]
    sources = [_NAMED_GROUP_RE.sub("(?:", pattern.pattern) for pattern in patterns]
    if any(re.compile(source).groups for source in sources):
        return _ALWAYS
    return re.compile("|".join(f"(?:{source})" for source in sources))


def _scoped(source: str) -> str:
    """A pack's pattern as a group that keeps its own `(?i)` when joined with others."""
    if source.startswith("(?i)"):
        return f"(?i:{source[4:]})"
    return f"(?:{source})"


def _openings(phrases: Iterable[str]) -> tuple[str, ...]:
    """The first two words of each phrase, as printed and folded, for one `str.startswith`
    on a line as printed (`رئيس التحرير`, `الاشراف العام`)."""
    heads = {" ".join(p.split()[:2]) for p in phrases if p.split()}
    return tuple(sorted(heads | {fold(h) for h in heads}))


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    words = {p.split()[0] for p in phrases if p.split()}
    return frozenset(
        form for w in words for form in (w, w.lower(), w.capitalize(), w.upper(), fold(w))
    )


def _hints_re(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """A fragment of each phrase's longest word past its first letter (so a capital does not
    matter), for a cheap test before the pattern runs."""
    out: set[str] = set()
    for phrase in phrases:
        words = phrase.split()
        if words:
            longest = max(words, key=len)
            out.add(longest[1 : HINT_CHARS + 1] if len(longest) > 2 else longest)
    return re.compile(_alternation(out)) if out else None


def _anywhere_re(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """Phrases as printed and as folded, found anywhere in a line without folding it."""
    forms = {form for phrase in phrases if phrase for form in (phrase, fold(phrase))}
    return re.compile(_alternation(forms), re.IGNORECASE) if forms else None


def _glued_re(networks: frozenset[str]) -> re.Pattern[str] | None:
    keys = {n.replace(" ", "") for n in networks if len(n) > 1}
    return re.compile(f"(?:{_alternation(keys)}){{2,}}") if keys else None


def _prefix_re(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """`lire aussi : titre`, `à lire aussi titre`, `lire aussien europe...` (glued)."""
    if not phrases:
        return None
    return re.compile(rf"^(?:{_alternation(phrases)})(?P<glue>\s*[:：\-–—]\s*|\s+|)(?P<title>.+)$")


def _credit_tail_re(labels: Iterable[str]) -> re.Pattern[str] | None:
    """A credit label and its value closing a caption line: `... Photograph: Jane Roe/AFP`."""
    labels = [label for label in labels if label.strip()]
    if not labels:
        return None
    return re.compile(
        rf"^(?P<caption>.{{8,}}?)[\s,;]+(?:{_alternation(labels)})\s?[:：]\s*(?P<credit>[^:：]{{2,60}})$",
        re.IGNORECASE,
    )


def _author_label_re(packs: tuple[Pack, ...]) -> re.Pattern[str] | None:
    prefixes = [p for pack in packs for p in pack.bylines.prefixes]
    if not prefixes:
        return None
    return re.compile(rf"^(?:{_alternation(prefixes)})\s*[:：]?$", re.IGNORECASE)


def _author_re(packs: tuple[Pack, ...]) -> re.Pattern[str] | None:
    """`By John Smith`, `بقلم: فلان`, `Par Jean Dupont` (separator optional); `كتب - فلان`."""
    prefixes = [p for pack in packs for p in pack.bylines.prefixes]
    verbs = [v for pack in packs for v in pack.bylines.verbs]
    alternatives = []
    if prefixes:
        alternatives.append(rf"(?:{_alternation(prefixes)})\s*[:：\-–—]?\s")
    if verbs:
        alternatives.append(rf"(?:{_alternation(verbs)})\s*[:：\-–—،]")
    if not alternatives:
        return None
    return re.compile(rf"^(?:{'|'.join(alternatives)}){_AUTHOR_TAIL}", re.IGNORECASE)
