"""Output types: what a pipeline receives for every article found in a scraped text.

Field names are a public contract. `Article.model_json_schema()` is the schema of one article;
`ArticleRecord.model_json_schema()` is the schema of each line `cleannews clean` writes. Every
field has one JSON type whatever the page held, so an Arrow or parquet column built from many
records never changes type with the first row.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["Article", "ArticleRecord", "Image", "Precision", "RelatedArticle", "Source"]

Precision = Literal["date", "datetime"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Image(BaseModel):
    """A photo the page showed, known from its caption line."""

    model_config = _FROZEN

    caption: str = Field(description="Caption text without its credit parenthesis.")
    credit: str | None = Field(
        default=None, description="Credit as printed, e.g. 'أ.ب' or 'أرشيفية - رويترز'."
    )
    agency: str | None = Field(
        default=None,
        description="The agency the credit names, normalised by the language packs: "
        "'أ.ف.ب', 'ا.ف.ب' and 'AFP' are all 'AFP'.",
    )
    url: str | None = Field(default=None, description="Image URL, when the input carries one.")


class Source(BaseModel):
    """Who published the article."""

    model_config = _FROZEN

    name: str | None = Field(
        default=None,
        description="Publisher as the page prints it, e.g. 'صدى البلد' from 'المصدر: صدى البلد', "
        "'رويترز' from a '(رويترز)' dateline.",
    )
    agency: str | None = Field(
        default=None,
        description="The news agency the name is, normalised by the language packs as "
        "Image.agency is: 'رويترز' and 'Reuters' are both 'Reuters'; None for a publisher "
        "that is no agency.",
    )
    url: str | None = Field(
        default=None,
        description="Page URL, when the caller or the page gives one; only on the page's first "
        "article, since an appended article is another story with another address.",
    )
    profile: str | None = Field(
        default=None,
        description="The site profile the page was cleaned with (chosen by domain or text "
        "fingerprint, or learned), when one was.",
    )


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
    published: str | None = Field(
        default=None,
        description="ISO 8601: 'YYYY-MM-DD' when the page gives a day, 'YYYY-MM-DDTHH:MM:SS' "
        "when it gives a time, with the UTC offset when it gives a time zone.",
    )
    published_precision: Precision | None = Field(
        default=None, description="'date' or 'datetime': what `published` holds."
    )
    keywords: list[str] = Field(default_factory=list)
    related: list[RelatedArticle] = Field(default_factory=list)
    position: int = Field(default=0, ge=0, description="0 for the first article of the input.")
    language: str = Field(default="und", description="BCP 47 code guessed from the script.")

    @model_validator(mode="before")
    @classmethod
    def _derived_fields(cls, data: Any) -> Any:
        """`body` and `published_precision` are derived, so they never disagree with their source.

        `published` also takes a `date` or `datetime` (what the date parsers return) and stores
        it as ISO text.
        """
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if "paragraphs" in data:
            data["body"] = "\n\n".join(data["paragraphs"])
        if "published" in data:
            data.update(published_fields(data["published"]))
        return data

    def published_value(self) -> date | datetime | None:
        """`published` as a `date` or a `datetime` (aware when the page gave a zone)."""
        if self.published is None:
            return None
        if self.published_precision == "datetime":
            return datetime.fromisoformat(self.published)
        return date.fromisoformat(self.published)


def published_fields(value: Any) -> dict[str, Any]:
    """`published` and `published_precision` for a `date`, a `datetime` or ISO text.

    For `model_copy(update=...)`, which does not run validators.
    """
    if isinstance(value, datetime):
        return {"published": value.isoformat(), "published_precision": "datetime"}
    if isinstance(value, date):
        return {"published": value.isoformat(), "published_precision": "date"}
    if isinstance(value, str):
        return {"published": value, "published_precision": "datetime" if "T" in value else "date"}
    return {"published": value, "published_precision": None}


class ArticleRecord(BaseModel):
    """One line of `cleannews clean` output: an article and where it came from.

    `id` and `fields` let a result be joined back to the crawl record it came from; `fields`
    holds the input fields asked for with `--keep-field`, with their JSON values as given.
    """

    model_config = _FROZEN

    input: str = Field(description="The input path ('-' for standard input).")
    id: str | None = Field(default=None, description="The input record's id, as text.")
    record: int | None = Field(
        default=None, ge=1, description="Line number of the record in a JSONL input."
    )
    position: int = Field(ge=0, description="The article's position in its input (0: main).")
    fields: dict[str, Any] = Field(
        default_factory=dict, description="Input record fields kept with --keep-field."
    )
    article: Article

    def to_arrow_row(self) -> dict[str, Any]:
        """The record as a row whose Arrow type never depends on the data.

        `fields` holds the crawl's own values, whose types cleannews does not know, so it travels
        as one JSON text column here; everything else keeps its JSON shape.
        """
        row = self.model_dump(mode="json")
        row["fields"] = json.dumps(row["fields"], ensure_ascii=False, sort_keys=True)
        return row
