"""Output types: what a pipeline receives for every article found in a scraped text.

Field names are a public contract; `Article.model_json_schema()` is the documented schema.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["Article", "Image", "RelatedArticle", "Source"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Image(BaseModel):
    """A photo the page showed, known from its caption line."""

    model_config = _FROZEN

    caption: str = Field(description="Caption text without its credit parenthesis.")
    credit: str | None = Field(
        default=None, description="Credit as printed, e.g. 'أ.ب' or 'أرشيفية - رويترز'."
    )
    url: str | None = Field(default=None, description="Image URL, when the input carries one.")


class Source(BaseModel):
    """Who published the article."""

    model_config = _FROZEN

    name: str | None = Field(default=None, description="Publisher, e.g. from 'المصدر: صدى البلد'.")
    url: str | None = Field(default=None, description="Page URL, when the caller gives one.")


class RelatedArticle(BaseModel):
    """A teaser for another article, from a related-articles block or list."""

    model_config = _FROZEN

    title: str
    section: str | None = Field(default=None, description="Section label, e.g. 'أوروبا'.")
    summary: str | None = Field(default=None, description="Teaser snippet.")
    byline: str | None = Field(default=None, description="e.g. '«الشرق الأوسط» (موسكو)'.")
    image: Image | None = None
    url: str | None = None


class Article(BaseModel):
    """One article found in the input, cleaned of page furniture."""

    model_config = _FROZEN

    headline: str | None = Field(
        default=None, description="None when the text has no headline line; never invented."
    )
    subtitle: str | None = Field(
        default=None, description="The deck (standfirst) printed between headline and photo."
    )
    byline: str | None = Field(default=None, description="Author, e.g. 'فداء عيتاني'.")
    dateline: str | None = Field(default=None, description="Place of the dateline, e.g. 'لندن'.")
    paragraphs: list[str] = Field(
        default_factory=list,
        description="Body paragraphs in reading order; subheadings are paragraphs of their own.",
    )
    body: str = Field(default="", description="The paragraphs joined by a blank line.")
    subheadings: list[str] = Field(
        default_factory=list, description="The paragraphs that are in-body subheadings."
    )
    images: list[Image] = Field(default_factory=list, description="Each photo once.")
    source: Source = Field(default_factory=Source)
    published: date | datetime | None = None
    keywords: list[str] = Field(default_factory=list)
    related: list[RelatedArticle] = Field(default_factory=list)
    position: int = Field(default=0, ge=0, description="0 for the first article of the input.")
    language: str = Field(default="und", description="BCP 47 code guessed from the script.")

    @model_validator(mode="before")
    @classmethod
    def _body_from_paragraphs(cls, data: Any) -> Any:
        """`body` is derived, so it can never disagree with `paragraphs`."""
        if isinstance(data, dict) and "paragraphs" in data:
            data = {**data, "body": "\n\n".join(data["paragraphs"])}
        return data
