"""The ordered registry of passes: the only place where their order lives.

A pass is `(SpanView, Context) -> Iterable[Claim]`. It finds; the runner applies its claims
to lines no earlier pass claimed. Names are what `explain` prints and what `Config.skip` takes.
Each pass is registered with its settings model (thresholds a profile or `Config.settings`
may change) and the earlier passes whose claims it reads; the order is checked on import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from cleannews.claims import Claim, Context, Settings, SpanView
from cleannews.errors import ConfigError
from cleannews.passes.bylines import (
    SubtitleSettings,
    extract_byline,
    extract_subtitle,
    remove_lead_outline,
)
from cleannews.passes.captions import (
    InlineCaptionSettings,
    extract_alt_text_captions,
    extract_caption_pairs,
    extract_credit_label_captions,
    extract_inline_captions,
    extract_labelled_captions,
    extract_lead_captions,
    extract_lead_slot_caption,
)
from cleannews.passes.chrome import (
    CommentsSettings,
    NavigationSettings,
    PageChromeSettings,
    remove_comments_section,
    remove_navigation,
    remove_page_chrome,
)
from cleannews.passes.embeds import EmbedSettings, remove_embedded_posts
from cleannews.passes.footers import (
    DateSettings,
    KeywordSettings,
    SourceSettings,
    extract_keyword_footer,
    extract_published_date,
    extract_source_footer,
)
from cleannews.passes.headlines import HeadlineSettings, extract_headline, remove_before_headline
from cleannews.passes.masthead import MastheadSettings, remove_header_printed_twice, remove_masthead
from cleannews.passes.quotes import remove_pull_quotes
from cleannews.passes.related import (
    RelatedSettings,
    TeaserRunSettings,
    extract_related_block,
    extract_stamped_listing,
    extract_teaser_run,
)
from cleannews.passes.scoring import ScoringSettings, remove_unscored_edges
from cleannews.passes.sentences import remove_furniture_sentences
from cleannews.passes.structure import SubheadingSettings, mark_subheadings
from cleannews.passes.widgets import (
    remove_learned_lines,
    remove_read_also_marker,
    remove_widgets,
)

__all__ = ["PASSES", "PASS_NEEDS", "PASS_SETTINGS", "Pass", "PassSpec", "check_settings"]

Pass = Callable[[SpanView, Context], Iterable[Claim]]


@dataclass(frozen=True)
class PassSpec:
    """A pass, its settings model, and the passes whose claims it reads."""

    find: Pass
    settings: type[Settings] | None = None
    needs: tuple[str, ...] = ()


_REGISTRY: tuple[PassSpec, ...] = (
    PassSpec(remove_comments_section, CommentsSettings),
    PassSpec(remove_widgets),
    PassSpec(remove_learned_lines),
    PassSpec(remove_page_chrome, PageChromeSettings),
    PassSpec(remove_masthead, MastheadSettings),
    PassSpec(remove_header_printed_twice),
    PassSpec(remove_read_also_marker),
    PassSpec(extract_published_date, DateSettings),
    PassSpec(extract_source_footer, SourceSettings),
    PassSpec(extract_keyword_footer, KeywordSettings),
    PassSpec(remove_furniture_sentences),
    PassSpec(remove_embedded_posts, EmbedSettings),
    # removed chrome is what a run of fragments must touch
    PassSpec(remove_navigation, NavigationSettings, needs=("remove_page_chrome",)),
    PassSpec(extract_headline, HeadlineSettings),
    PassSpec(remove_before_headline, needs=("extract_headline",)),
    PassSpec(remove_lead_outline, needs=("extract_headline",)),
    PassSpec(extract_lead_slot_caption, needs=("extract_headline",)),
    PassSpec(extract_subtitle, SubtitleSettings, needs=("extract_headline",)),
    # before the byline pass, which would take the photographer's name for the author's
    PassSpec(extract_credit_label_captions),
    PassSpec(extract_byline, needs=("extract_headline",)),
    PassSpec(extract_lead_captions, needs=("extract_headline",)),
    PassSpec(extract_labelled_captions),
    PassSpec(extract_alt_text_captions),
    PassSpec(extract_related_block, RelatedSettings),
    # a caption already taken in the lead block is only repeated further down
    PassSpec(extract_inline_captions, InlineCaptionSettings, needs=("extract_lead_captions",)),
    PassSpec(remove_pull_quotes),
    PassSpec(extract_teaser_run, TeaserRunSettings),
    PassSpec(extract_stamped_listing),
    # before the edges: the line a pair stood beside may then be the text's last
    PassSpec(extract_caption_pairs),
    PassSpec(remove_unscored_edges, ScoringSettings),
    # between paragraphs means between lines every earlier pass left as body
    PassSpec(mark_subheadings, SubheadingSettings, needs=("remove_unscored_edges",)),
)


def _check_order(registry: tuple[PassSpec, ...]) -> None:
    """Refuse an order in which a pass runs before one it reads the claims of."""
    seen: set[str] = set()
    names = {spec.find.__name__ for spec in registry}
    for spec in registry:
        name = spec.find.__name__
        for need in spec.needs:
            if need not in names:
                raise RuntimeError(f"pass {name} needs {need}, which is not registered")
            if need not in seen:
                raise RuntimeError(f"pass {name} needs {need}, which runs after it")
        seen.add(name)


_check_order(_REGISTRY)

PASSES: MappingProxyType[str, Pass] = MappingProxyType(
    {spec.find.__name__: spec.find for spec in _REGISTRY}
)
PASS_SETTINGS: MappingProxyType[str, type[Settings]] = MappingProxyType(
    {spec.find.__name__: spec.settings for spec in _REGISTRY if spec.settings is not None}
)
PASS_NEEDS: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {spec.find.__name__: spec.needs for spec in _REGISTRY}
)


def check_settings(settings: Mapping[str, Mapping[str, Any]], *, origin: str) -> None:
    """Every pass named has settings and every value validates against its model."""
    for name, values in settings.items():
        model = PASS_SETTINGS.get(name)
        if model is None:
            valid = ", ".join(PASS_SETTINGS)
            raise ConfigError(
                f"{origin}: pass {name!r} has no settings; passes with settings: {valid}"
            )
        try:
            model.model_validate(values)
        except ValidationError as exc:
            parts = [
                f"{name}.{'.'.join(map(str, e['loc']))}: "
                + ("unknown setting" if e["type"] == "extra_forbidden" else e["msg"])
                for e in exc.errors()
            ]
            raise ConfigError(f"{origin}: " + "; ".join(parts)) from None


def resolve_settings(*layers: Mapping[str, Mapping[str, Any]]) -> dict[type[Settings], Settings]:
    """Settings instances per model, later layers overriding earlier ones field by field."""
    merged: dict[str, dict[str, Any]] = {}
    for layer in layers:
        for name, values in layer.items():
            merged.setdefault(name, {}).update(values)
    return {PASS_SETTINGS[name]: PASS_SETTINGS[name](**values) for name, values in merged.items()}
