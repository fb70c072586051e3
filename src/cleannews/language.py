"""The page's language, found before the passes so that its pack can drive them.

The script is the fast path: a page written in Arabic letters is Arabic, with no model to run.
Pages in other scripts go to py3langid (a small, well-kept identification model), on a sample
of their longest lines. A language without a pack still gets its code on the articles; its
pages run on the language-neutral signals.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cleannews.page import Page

__all__ = ["detect_languages"]

SAMPLE_CHARS = 600  # py3langid's accuracy barely moves past a few hundred characters
SCRIPT_SAMPLE_WORDS = 80
MIN_LETTERS = 12  # fewer letters than this name no language
UNKNOWN = "und"
FAST_PATH_WORDS = 6
MIXED_SHARE = 5  # one word in five in Arabic letters: the page also needs the Arabic pack


def _is_arabic(char: str) -> bool:
    return bool(char) and (
        "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u08ff" or char >= "\ufb50"
    )


def _sample(page: Page) -> str:
    """Sentences, in reading order: body text carries the language, menus do not."""
    out: list[str] = []
    size = 0
    for line in page.lines:
        if line.is_prose:
            out.append(line.text)
            size += len(line.text)
            if size >= SAMPLE_CHARS:
                break
    return " ".join(out)[:SAMPLE_CHARS]


def detect_languages(page: Page) -> tuple[str, ...]:
    """The page's language as a BCP 47 code (`ar`, `en`, `fr`, ...; `und` when unsure), then
    the language of another script the page mixes in, whose pack it also needs."""
    sample = _sample(page) or " ".join(line.text for line in page.lines if line.text)[:SAMPLE_CHARS]
    middle = sample[len(sample) // 2 : len(sample) // 2 + 2].strip()[:1]  # a letter, not a space
    first = sample.split(None, FAST_PATH_WORDS)[:FAST_PATH_WORDS]
    if (
        _is_arabic(middle)
        and len(first) == FAST_PATH_WORDS
        and all(_is_arabic(w[0]) or not w[0].isalpha() for w in first)
        and _is_arabic(first[-1][0])
    ):
        return ("ar",)  # written in Arabic from its first words: no count, no model
    words = [w for w in sample.split()[:SCRIPT_SAMPLE_WORDS] if w[0].isalpha()]
    arabic = sum(1 for word in words if _is_arabic(word[0]))
    if words and arabic * 2 >= len(words):
        return ("ar",)
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return (UNKNOWN, "ar") if arabic else (UNKNOWN,)
    if arabic:  # the model reads the other script's words only
        sample = " ".join(w for w in sample.split() if not _is_arabic(w[0]))
    language, _score = _identifier().classify(sample)
    return (str(language), "ar") if arabic * MIXED_SHARE >= len(words) else (str(language),)


@cache
def _identifier() -> Any:
    """py3langid's model, loaded on first use (about a second) and shared afterwards."""
    from py3langid.langid import (  # type: ignore[import-untyped]  # noqa: PLC0415
        MODEL_FILE,
        LanguageIdentifier,
    )

    load = getattr(LanguageIdentifier, "from_model_file", None)  # py3langid >= 0.3.1
    if load is None:
        load = LanguageIdentifier.from_pickled_model  # 0.3.0 ships a pickled model
    return load(MODEL_FILE, norm_probs=False)
