"""A datatrove pipeline step: scraped text or HTML in, one cleaned `Document` per article out.

    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleannews.integrations.datatrove import CleanNews

    pipeline = [
        JsonlReader("crawl/"),
        CleanNews(input="auto", exclusion_writer=JsonlWriter("out/dropped")),
        JsonlWriter("out/articles"),
    ]

Each output document's `text` is the article body; its metadata holds the article's other
fields (see `article_metadata`) beside the input document's own metadata. A document that
gives no article is dropped with a reason (`dropped_no_article`, `dropped_empty`, ...) and
written to the exclusion writer, as datatrove's filters do. Every line kept out of a body is
counted in the step's stats per reason: `lines_removed_<reason>` for page furniture dropped,
`lines_moved_<reason>` for lines that went to a metadata field (captions, teasers, the
headline), so `merge_stats` adds them up across a whole crawl.

Requires `pip install "cleannews[datatrove]"`; nothing else in cleannews imports datatrove.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

try:
    from datatrove.data import Document
    from datatrove.pipeline.base import PipelineStep
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ModuleNotFoundError(  # not a bare ImportError: pytest.importorskip skips only this
        "cleannews.integrations.datatrove needs datatrove: pip install 'cleannews[datatrove]'",
        name=exc.name,
    ) from exc

from cleannews.config import Config
from cleannews.models import Article
from cleannews.stream import Record, clean_record

if TYPE_CHECKING:
    from datatrove.pipeline.writers.disk_base import DiskWriter

__all__ = ["CleanNews", "article_metadata"]

InputKind = Literal["auto", "text", "html"]
_HTML_FLAGS: dict[str, bool | None] = {"auto": None, "text": False, "html": True}


def article_metadata(article: Article, parent_id: str | None) -> dict[str, Any]:
    """The metadata of an article's output document: every field but the body, JSON types only.

    Keys are always present (None or [] when the page had nothing), so a parquet column built
    from them has one type: `headline`, `subtitle`, `byline`, `dateline`, `images` (caption,
    credit, agency, url), `source`, `source_agency`, `source_url`, `published` (ISO 8601 text),
    `published_precision`, `keywords`, `related` (titles), `language`, `position`,
    `parent_id`.
    """
    return {
        "headline": article.headline,
        "subtitle": article.subtitle,
        "byline": article.byline,
        "dateline": article.dateline,
        "images": [image.model_dump() for image in article.images],
        "source": article.source.name,
        "source_agency": article.source.agency,
        "source_url": article.source.url,
        "published": article.published,
        "published_precision": article.published_precision,
        "keywords": list(article.keywords),
        "related": [related.title for related in article.related],
        "language": article.language,
        "position": article.position,
        "parent_id": parent_id,
    }


class CleanNews(PipelineStep):  # type: ignore[misc]  # datatrove ships no type hints
    """Clean each document's scraped text or HTML into one document per article.

    Args:
        input: what `Document.text` holds: `"auto"` detects a page (text that opens with a
            tag), `"text"` is scraped text, `"html"` an HTML page.
        html_key: a metadata key holding the page's HTML; used instead of `text` when the
            document has it (non-empty), and left out of the output metadata.
        url_key: the metadata key of the page URL (datatrove's readers use `url`); it becomes
            the main article's `source_url` and resolves relative links of HTML pages.
        main_only: yield only the main article of each page.
        config: a `cleannews.Config` (rules, skipped passes, profiles).
        exclusion_writer: a datatrove writer for the dropped documents, each with its
            `filter_reason` in metadata.

    Not a subclass of datatrove's `BaseExtractor`: that base maps one text to one text in a
    sandbox process, where this step yields several documents with metadata per input.
    """

    name = "🧹 cleannews"
    type = "🛢 - EXTRAC"

    def __init__(
        self,
        input: InputKind = "auto",
        *,
        html_key: str | None = None,
        url_key: str | None = "url",
        main_only: bool = False,
        config: Config | None = None,
        exclusion_writer: DiskWriter | None = None,
    ) -> None:
        super().__init__()
        if input not in _HTML_FLAGS:
            raise ValueError(f"input must be 'auto', 'text' or 'html', not {input!r}")
        self.input = input
        self.html_key = html_key
        self.url_key = url_key
        self.main_only = main_only
        self.config = config
        self.exclusion_writer = exclusion_writer

    def record(self, doc: Document) -> Record:
        """The cleannews input of one datatrove document."""
        metadata = doc.metadata
        url = metadata.get(self.url_key) if self.url_key else None
        url = url if isinstance(url, str) and url else None
        if self.html_key is not None:
            page = metadata.get(self.html_key)
            if isinstance(page, str | bytes) and page:
                return Record(page, id=doc.id, url=url, html=True)
        return Record(doc.text, id=doc.id, url=url, html=_HTML_FLAGS[self.input])

    def run(
        self,
        data: Iterator[Document] | None,
        rank: int = 0,
        world_size: int = 1,  # noqa: ARG002 - datatrove passes it to every step
    ) -> Iterator[Document]:
        if data is None:
            return
        writer_context = self.exclusion_writer or contextlib.nullcontext()
        with writer_context as writer:
            for doc in data:
                self.stat_update("total")
                with self.track_time():
                    result = clean_record(
                        self.record(doc), config=self.config, main_only=self.main_only
                    )
                for reason, count in result.removed.items():
                    self.stat_update(f"lines_removed_{reason}", value=count)
                for reason, count in result.moved.items():
                    self.stat_update(f"lines_moved_{reason}", value=count)
                if result.dropped is not None:
                    self.stat_update("dropped", f"dropped_{result.dropped}")
                    if writer is not None:
                        doc.metadata["filter_reason"] = result.dropped
                        writer.write(doc, rank)
                    continue
                self.stat_update("articles", value=len(result.articles))
                kept = {k: v for k, v in doc.metadata.items() if k != self.html_key}
                for article in result.articles:
                    out = Document(
                        text=article.body,
                        id=f"{doc.id}/{article.position}",
                        metadata={**kept, **article_metadata(article, doc.id)},
                    )
                    self.stat_update("forwarded")
                    self.update_doc_stats(out)
                    yield out
