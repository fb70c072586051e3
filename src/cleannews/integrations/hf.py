"""Hugging Face `datasets`: pages in, one row per article out, with a fixed Arrow schema.

    from cleannews.integrations.hf import ArticleMapper

    mapper = ArticleMapper(text_column="text", keep_columns=("url",))
    articles = pages.map(
        mapper,
        batched=True,
        num_proc=4,
        remove_columns=pages.column_names,
        features=mapper.features(pages.features),
    )

or `clean_dataset(pages, num_proc=4, keep_columns=("url",))`, which does the same. Every
column's type is declared (`ARTICLE_FEATURES`), none is inferred from the first rows, so
shards cleaned by different processes always concatenate. Pages with no article give no row.

Requires `pip install "cleannews[hf]"`; nothing else in cleannews imports datasets.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

try:
    import datasets
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ModuleNotFoundError(  # not a bare ImportError: pytest.importorskip skips only this
        "cleannews.integrations.hf needs datasets: pip install 'cleannews[hf]'",
        name=exc.name,
    ) from exc

from cleannews.config import Config
from cleannews.models import Article
from cleannews.stream import Record, clean_record

__all__ = ["ARTICLE_COLUMNS", "ARTICLE_FEATURES", "ArticleMapper", "article_row", "clean_dataset"]

_STR = datasets.Value("string")
_IMAGE = {"caption": _STR, "credit": _STR, "agency": _STR, "url": _STR}
ARTICLE_FEATURES = datasets.Features(
    {
        "id": _STR,
        "position": datasets.Value("int32"),
        "headline": _STR,
        "subtitle": _STR,
        "byline": _STR,
        "dateline": _STR,
        "body": _STR,
        "paragraphs": [_STR],
        "subheadings": [_STR],
        "images": [_IMAGE],
        "source": {"name": _STR, "agency": _STR, "url": _STR, "profile": _STR},
        "published": _STR,
        "published_precision": _STR,
        "keywords": [_STR],
        "related": [
            {
                "title": _STR,
                "section": _STR,
                "summary": _STR,
                "byline": _STR,
                "url": _STR,
                "image": _IMAGE,
            }
        ],
        "language": _STR,
    }
)
ARTICLE_COLUMNS = tuple(ARTICLE_FEATURES)
_HTML_FLAGS: dict[str, bool | None] = {"auto": None, "text": False, "html": True}


def article_row(article: Article, record_id: str | None) -> dict[str, Any]:
    """One article as a row of `ARTICLE_FEATURES` (the `Article` fields, plus `id`)."""
    row = article.model_dump(mode="json")
    row["id"] = record_id
    return row


class ArticleMapper:
    """A batched function for `Dataset.map`: a batch of pages to a batch of article rows.

    Args:
        text_column: the column of scraped text or HTML.
        html_column: a column of HTML pages, used instead of `text_column` where not empty.
        id_column: the column whose value (as text) becomes each article's `id`.
        url_column: the page URL's column: the main article's `source.url`, and the base of
            an HTML page's relative links.
        keep_columns: input columns copied to each article row, with their input types.
        input: what `text_column` holds: `"auto"` detects HTML, `"text"` or `"html"`.
        main_only: one row per page, its main article.
        config: a `cleannews.Config`.

    Picklable, so `num_proc` works; the column types come from `features`, not from the data.
    """

    def __init__(
        self,
        *,
        text_column: str = "text",
        html_column: str | None = None,
        id_column: str | None = "id",
        url_column: str | None = "url",
        keep_columns: Iterable[str] = (),
        input: Literal["auto", "text", "html"] = "auto",
        main_only: bool = False,
        config: Config | None = None,
    ) -> None:
        if input not in _HTML_FLAGS:
            raise ValueError(f"input must be 'auto', 'text' or 'html', not {input!r}")
        self.text_column = text_column
        self.html_column = html_column
        self.id_column = id_column
        self.url_column = url_column
        self.keep_columns = tuple(keep_columns)
        clash = set(self.keep_columns) & set(ARTICLE_COLUMNS)
        if clash:
            raise ValueError(f"keep_columns clash with article columns: {sorted(clash)}")
        self.html = _HTML_FLAGS[input]
        self.main_only = main_only
        self.config = config

    def features(self, input_features: Mapping[str, Any] | None = None) -> datasets.Features:
        """The output schema: `ARTICLE_FEATURES` plus the kept columns' input types."""
        kept: dict[str, Any] = {}
        for name in self.keep_columns:
            if input_features is None or name not in input_features:
                raise ValueError(f"keep column {name!r}: its type is needed from the input")
            kept[name] = input_features[name]
        return datasets.Features({**ARTICLE_FEATURES, **kept})

    def __call__(self, batch: Mapping[str, list[Any]]) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {name: [] for name in (*ARTICLE_COLUMNS, *self.keep_columns)}
        size = len(batch[self.text_column])
        for i in range(size):
            result = clean_record(
                self._record(batch, i), config=self.config, main_only=self.main_only
            )
            for article in result.articles:
                row = article_row(article, result.id)
                for name in ARTICLE_COLUMNS:
                    out[name].append(row[name])
                for name in self.keep_columns:
                    out[name].append(batch[name][i])
        return out

    def _record(self, batch: Mapping[str, list[Any]], i: int) -> Record:
        record_id = _cell(batch, self.id_column, i)
        url = _cell(batch, self.url_column, i)
        ident = None if record_id is None else str(record_id)
        link = url if isinstance(url, str) and url else None
        page = _cell(batch, self.html_column, i)
        if isinstance(page, str | bytes) and page:
            return Record(page, id=ident, url=link, html=True)
        return Record(batch[self.text_column][i], id=ident, url=link, html=self.html)


def _cell(batch: Mapping[str, list[Any]], column: str | None, i: int) -> Any:
    if column is None or column not in batch:
        return None
    return batch[column][i]


def clean_dataset(
    dataset: datasets.Dataset,
    *,
    num_proc: int | None = None,
    batch_size: int = 256,
    **options: Any,
) -> datasets.Dataset:
    """The articles of every page of `dataset`, one row each (`ArticleMapper` options)."""
    mapper = ArticleMapper(**options)
    result: datasets.Dataset = dataset.map(
        mapper,
        batched=True,
        batch_size=batch_size,
        num_proc=num_proc,
        remove_columns=dataset.column_names,
        features=mapper.features(dataset.features),
        desc="cleannews",
    )
    return result
