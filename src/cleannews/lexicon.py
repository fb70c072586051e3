"""Marker phrases, credits and labels: the data the passes read, kept apart from logic.

Every entry is written as a person would type it; matching happens on folded keys
(see `normalise.fold`), so hamza, tanween, tatweel and Persian look-alike spellings of the
same phrase need no entry of their own. Users extend any category through
`Config(extra_phrases={"widgets": ("Font size",)})` or a rules file, never by editing code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cleannews.normalise import fold

__all__ = ["CATEGORIES", "DEFAULT_PHRASES", "Lexicon"]

# fmt: off
# Lines made of one of these alone are page widgets (font size, share, print, ad slots).
WIDGET_PHRASES = (
    "TT", "T T", "A A", "-A +A", "+A -A", "A- A+", "A+ A-", "حجم الخط", "تكبير الخط",
    "تصغير الخط", "طباعة", "اطبع", "شارك", "مشاركة", "شارك الخبر", "شارك المقال", "نسخ الرابط",
    "انسخ الرابط", "تم نسخ الرابط", "إعلان", "اعلان", "[ad_1]", "[ad_2]", "Advertisement",
    "تابعونا", "تابعنا", "أضف تعليق", "التعليقات", "Share", "Print", "Font size",
    "شارك هذا المقال", "شارك هذا الخبر", "Share this article", "Share this", "Comments",
)
# Widgets that sit between a lead block and the repeated headline on Asharq-style pages.
ANCHOR_WIDGET_PHRASES = ("TT", "T T")
# A line that announces the next article (infinite scroll) or a teaser link.
READ_ALSO_PHRASES = (
    "إقرأ أيضاً", "اقرأ أيضا", "اقرأ كذلك", "إقرأ المزيد", "اقرأ المزيد", "طالع أيضا",
    "شاهد أيضا", "اقرأ ايضا", "Read also", "Read more", "See also", "المقال التالي",
    "الخبر التالي", "Next article",
)
RELATED_HEADING_PHRASES = (
    "مقالات ذات صلة", "مقالات مشابهة", "أخبار ذات صلة", "أخبار متعلقة", "أخبار مشابهة",
    "موضوعات ذات صلة", "مواضيع ذات صلة", "موضوعات متعلقة", "قد يهمك أيضا", "قد يهمك",
    "قد يعجبك أيضا", "قد تعجبك", "مقالات قد تعجبك", "ربما يعجبك", "يهمك أيضا", "يهمك",
    "الموضوعات المتعلقة", "الموضوعات ذات الصلة",
    "الأكثر قراءة", "آخر الأخبار", "أحدث الأخبار", "الأكثر مشاهدة", "اخترنا لك",
    "المزيد من الأخبار",
    "Related articles", "Related", "Related stories", "More stories", "You may also like",
    "Most read",
)
SOURCE_LABELS = ("المصدر", "مصدر الخبر", "المصدر الأصلي", "Source")
KEYWORD_LABELS = (
    "كلمات دلالية", "الكلمات الدلالية", "كلمات مفتاحية", "الكلمات المفتاحية", "وسوم", "الوسوم",
    "الكلمات الدالة", "كلمات دالة",
    "الأوسمة", "Tags", "Keywords",
)
DATE_LABELS = (
    "تاريخ النشر", "نشر في", "نشر بتاريخ", "تاريخ الإضافة", "آخر تحديث", "تم النشر", "نُشر",
    "نشر", "تحديث", "تاريخ", "التاريخ",
    "تاريخ التحديث", "Published", "Published on", "Updated", "Last updated",
)
# Photo credits as printed inside the caption's closing parenthesis.
CREDIT_NAMES = (
    "أ.ب", "أ.ف.ب", "ا.ف.ب", "إ.ب.أ", "د.ب.أ", "أ ف ب", "رويترز", "الأناضول", "واس", "وام",
    "قنا", "كونا", "بنا", "سانا", "شينخوا", "تاس", "ريا نوفوستي", "سبوتنيك", "غيتي", "جيتي",
    "غيتي إيمجز", "شاترستوك", "أسوشييتد برس", "الشرق الأوسط", "تويتر", "إكس", "يونيسف",
    "أ ش أ", "وكالات", "الوكالات", "سبق", "المصري اليوم", "الجزيرة", "العربية", "سكاي نيوز",
    "AFP", "AP", "Reuters", "EPA", "Getty Images", "Getty", "Shutterstock", "Anadolu", "Xinhua",
    "سكاي نيوز عربية", "العربية.نت", "الجزيرة نت", "سي إن إن", "CNN", "بي بي سي", "BBC",
    "فرانس 24", "روسيا اليوم", "RT", "نوفوستي", "د ب أ", "أ.ش.أ", "وات", "ومع", "بترا", "وفا",
    "سبأ", "واج", "إرنا", "يونا", "من المصدر", "مواقع التواصل", "مواقع التواصل الاجتماعي",
    "وسائل التواصل الاجتماعي",
)
# Words that open a credit: "(أرشيفية - رويترز)", "(تصوير: بشير صالح)".
CREDIT_PREFIXES = (
    "أرشيفية", "أرشيف", "تصوير", "الصورة", "صورة", "صورة من", "Photo", "File photo",
)
# Two-line captions (BBC Arabic): `صدر الصورة، Getty Images` then `التعليق على الصورة، ...`.
CREDIT_LABELS = ("صدر الصورة", "مصدر الصورة", "حقوق الصورة", "Image source", "Photo credit")
CAPTION_LABELS = ("التعليق على الصورة", "تعليق الصورة", "Image caption", "Caption")
# Parentheses at the end of a line that are never credits.
NON_CREDIT_PHRASES = (
    "صور", "صورة", "فيديو", "بالصور", "بالفيديو", "شاهد", "إنفوجراف", "فيديوجراف", "صور وفيديو",
    "فيديو وصور", "يمين", "يسار", "وسط", "في الوسط", "من اليمين", "من اليسار", "...", "…",
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
    "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول", "الأحد", "الاثنين", "الإثنين",
    "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "photos", "video",
)
# Last words of a sentence that attributes a fact to an agency: "... حسبما أفادت (رويترز)".
ATTRIBUTION_WORDS = (
    "وكالة", "لوكالة", "حسب", "بحسب", "حسبما", "وفق", "وفقا", "ذكرت", "أفادت", "نقلت", "قالت",
    "أوردت", "لـ", "according",
)
# Section labels printed before a related teaser's image caption.
SECTION_NAMES = (
    "أوروبا", "آسيا", "أفريقيا", "أميركا", "الأميركتان", "أميركا اللاتينية", "الولايات المتحدة",
    "العالم العربي", "المشرق العربي", "الخليج", "شمال افريقيا", "العالم", "حصاد الأسبوع",
    "يوميات الشرق", "الاقتصاد", "اقتصاد", "رياضة", "الرياضة", "ثقافة وفنون", "ثقافة", "فنون",
    "تكنولوجيا", "علوم", "صحتك", "صحة", "الرأي", "إعلام", "سفر وسياحة", "عالم الأعمال",
    "منوعات", "سينما", "كتب", "مذاقات", "تحقيقات وقضايا", "سياسة", "محليات", "عربي ودولي",
    "دولي", "شؤون إقليمية",
)
# Lines made only of these are page chrome wherever they stand.
CHROME_PHRASES = (
    "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "All rights reserved", "الرئيسية", "Home",
    "weather-icon", "اشترك في النشرة", "اشترك الآن", "تابعونا على", "حمل التطبيق",
)
# Function words: ignored when a headline is compared with the paragraph under it.
FUNCTION_WORDS = (
    "في", "من", "إلى", "على", "عن", "مع", "بعد", "قبل", "خلال", "بين", "حتى", "منذ", "أن", "إن",
    "أنه", "إنه", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قد", "لم",
    "لا", "ما", "او", "أو", "ثم", "كما", "قال", "وقال", "قالت", "وقالت", "أمس", "اليوم", "عام",
    "the", "a", "an", "of", "to", "in", "on", "for", "and", "with", "after", "says", "said",
)
# First words of calls to action printed after an article, even as full sentences.
CALL_TO_ACTION_WORDS = (
    "تابعوا", "تابعونا", "تابعني", "اشترك", "اشتركوا", "حمل", "حمّل", "نزّل", "انضم", "انضموا",
    "شاركونا", "زوروا", "Follow", "Subscribe", "Download", "Join", "Sign up",
)
# A heading that opens the readers' comments: everything after it in the article is theirs.
COMMENT_HEADINGS = (
    "التعليقات", "تعليقات", "تعليقات القراء", "تعليقات الزوار", "آراء القراء", "أضف تعليقك",
    "اترك تعليقا", "Comments", "Leave a comment",
)
# A preview of the body that links to the article ends with one of these.
MORE_PHRASES = ("المزيد", "اقرأ المزيد", "إقرأ المزيد", "للمزيد", "Read more", "more")
# fmt: on
# Lines a site prints on many of its pages (menus, widgets, sign-offs), as `cleannews learn`
# found them; empty unless a profile or rules file fills it.
LEARNED_LINES: tuple[str, ...] = ()

DEFAULT_PHRASES: dict[str, tuple[str, ...]] = {
    "widgets": WIDGET_PHRASES,
    "anchor_widgets": ANCHOR_WIDGET_PHRASES,
    "read_also": READ_ALSO_PHRASES,
    "related_headings": RELATED_HEADING_PHRASES,
    "source_labels": SOURCE_LABELS,
    "keyword_labels": KEYWORD_LABELS,
    "date_labels": DATE_LABELS,
    "credits": CREDIT_NAMES,
    "credit_prefixes": CREDIT_PREFIXES,
    "credit_labels": CREDIT_LABELS,
    "caption_labels": CAPTION_LABELS,
    "non_credits": NON_CREDIT_PHRASES,
    "attribution_words": ATTRIBUTION_WORDS,
    "sections": SECTION_NAMES,
    "chrome": CHROME_PHRASES,
    "more_links": MORE_PHRASES,
    "function_words": FUNCTION_WORDS,
    "calls_to_action": CALL_TO_ACTION_WORDS,
    "comment_headings": COMMENT_HEADINGS,
    "learned_lines": LEARNED_LINES,
}
CATEGORIES = tuple(DEFAULT_PHRASES)


def _folded(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(key for key in map(fold, phrases) if key)


@dataclass(frozen=True)
class Lexicon:
    """Folded phrase sets, one per category, built once per `Config`."""

    widgets: frozenset[str]
    anchor_widgets: frozenset[str]
    read_also: frozenset[str]
    related_headings: frozenset[str]
    source_labels: frozenset[str]
    keyword_labels: frozenset[str]
    date_labels: frozenset[str]
    credits: frozenset[str]
    credit_prefixes: frozenset[str]
    credit_labels: frozenset[str]
    caption_labels: frozenset[str]
    non_credits: frozenset[str]
    attribution_words: frozenset[str]
    sections: frozenset[str]
    chrome: frozenset[str]
    more_links: frozenset[str]
    function_words: frozenset[str]
    calls_to_action: frozenset[str]
    comment_headings: frozenset[str]
    learned_lines: frozenset[str]
    max_section_words: int = field(default=3)
    caption_label_starts: tuple[str, ...] = ()  # first words as printed, for a cheap test
    call_to_action_starts: tuple[str, ...] = ()
    metadata_labels: frozenset[str] = field(default=frozenset())

    @classmethod
    def build(cls, extra: Mapping[str, Iterable[str]] | None = None) -> Lexicon:
        """Fold the defaults plus `extra`; unknown categories are rejected by `Config`."""
        extra = extra or {}
        sets = {
            name: _folded((*phrases, *extra.get(name, ())))
            for name, phrases in DEFAULT_PHRASES.items()
        }
        longest = max((len(s.split()) for s in sets["sections"]), default=1)
        metadata = sets["source_labels"] | sets["keyword_labels"] | sets["date_labels"]
        labels: tuple[str, ...] = (*CREDIT_LABELS, *CAPTION_LABELS)
        labels += (*extra.get("credit_labels", ()), *extra.get("caption_labels", ()))
        firsts = {label.split()[0] for label in labels if label.strip()}
        return cls(
            **sets,
            max_section_words=longest,
            metadata_labels=metadata,
            caption_label_starts=tuple(sorted(firsts | {w.casefold() for w in firsts})),
            call_to_action_starts=tuple(
                f"{word} " for word in (*CALL_TO_ACTION_WORDS, *extra.get("calls_to_action", ()))
            ),
        )
