"""Batch work behind `cleannews clean`: documents in, rendered articles out, in input order.

Parallelism is the pool of `cleannews.workers`, fed chunks of documents with a bounded number
of chunks in flight, so memory stays flat on any corpus size and output order never depends
on `jobs`. Rendering happens in the workers: the parent only writes.
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from cleannews.config import Config
from cleannews.errors import CleanNewsError
from cleannews.inputs import Document, Fields, resolve_document
from cleannews.learn import canonical_url, site_of
from cleannews.models import Article, ArticleRecord
from cleannews.output import format_record
from cleannews.sniff import looks_like_html
from cleannews.stream import WORKER_DIED, Record, clean_record
from cleannews.workers import map_chunks

__all__ = [
    "BatchOptions",
    "DocResult",
    "Summary",
    "clean_documents",
    "document_site",
    "records",
]

CHUNK_SIZE = 64


@dataclass(frozen=True)
class BatchOptions:
    """What every worker needs to know; small and picklable."""

    fmt: str = "jsonl"
    main_only: bool = False
    config_json: str = "{}"
    fields: Fields = field(default_factory=Fields)
    # `clean --learn`: (site, config JSON) for the sites that learned lines; the others, and
    # documents of no site, use `config_json`. `site` names documents with no URL.
    site_configs: Mapping[str, str] = field(default_factory=dict)
    site: str | None = None


@dataclass(frozen=True)
class DocResult:
    name: str
    rendered: list[bytes] = field(default_factory=list)
    articles: int = 0
    error: str | None = None
    removed: Mapping[str, int] = field(default_factory=dict)  # furniture lines per reason


@dataclass
class Summary:
    inputs: int = 0
    articles: int = 0
    failures: int = 0
    empty: int = 0
    seconds: float = 0.0
    removed: Counter[str] = field(default_factory=Counter)  # furniture lines per reason

    def stats(self) -> dict[str, object]:
        """The counts as a JSON-ready mapping (`clean --stats`): what a crawl report needs."""
        return {
            "inputs": self.inputs,
            "articles": self.articles,
            "failures": self.failures,
            "without_article": self.empty,
            "seconds": round(self.seconds, 3),
            "lines_removed": dict(self.removed.most_common()),
        }

    def line(self) -> str:
        return (
            f"cleannews: {self.inputs} inputs, {self.articles} articles, "
            f"{self.failures} failures, {self.empty} without article, {self.seconds:.2f} s"
        )


@lru_cache(maxsize=256)  # one per site with learned lines (`clean --learn`)
def _config(config_json: str) -> Config:
    return Config.model_validate_json(config_json)


def document_site(doc: Document, fallback: str | None = None) -> str | None:
    """The site of a resolved document: its URL's, else its HTML's canonical URL's, else
    `fallback`."""
    url = doc.url
    if url is None and doc.text is not None and doc.html is not False:
        url = canonical_url(doc.text) if doc.html or looks_like_html(doc.text) else None
    return site_of(url, fallback)


def _config_json(doc: Document, options: BatchOptions) -> str:
    if not options.site_configs:
        return options.config_json
    site = document_site(doc, options.site)
    if site is None:
        return options.config_json
    return options.site_configs.get(site, options.config_json)


def clean_document(doc: Document, options: BatchOptions) -> DocResult:
    """Clean one document; any failure becomes the result's `error`, never an exception.

    Reading (decoding, parsing its JSONL record), cleaning and rendering are all inside the
    one `try`: whatever one document raises is that document's failure, and the batch goes on.
    Cleaning itself is the streaming core's (`stream.clean_record`), as in the datatrove step
    and the datasets helper, so the three count and fail alike.
    """
    try:
        doc = resolve_document(doc, options.fields)
        if doc.error is not None or doc.text is None:
            return DocResult(doc.name, error=doc.error or "no text")
        record = Record(doc.text, id=doc.id, url=doc.url, html=doc.html)
        config = _config(_config_json(doc, options))
        result = clean_record(record, config=config, main_only=options.main_only)
        if result.dropped is not None and result.dropped != "no_article":
            return DocResult(doc.name, error=result.error, removed=result.removed)
        rendered = [format_record(r, options.fmt) for r in records(doc, result.articles)]
    except CleanNewsError as exc:
        return DocResult(doc.name, error=str(exc))
    except Exception as exc:  # one bad document must not stop a batch
        return DocResult(doc.name, error=f"internal error: {type(exc).__name__}: {exc}")
    return DocResult(doc.name, rendered, len(result.articles), removed=result.removed)


def records(doc: Document, articles: list[Article]) -> list[ArticleRecord]:
    """The output records of one document's articles, with what joins them to their input."""
    return [
        ArticleRecord(
            input=doc.path or doc.name,
            id=doc.id,
            record=doc.line,
            position=article.position,
            fields=doc.kept,
            article=article,
        )
        for article in articles
    ]


def _clean_chunk(chunk: list[Document], options: BatchOptions) -> list[DocResult]:
    return [clean_document(doc, options) for doc in chunk]


def _worker_died(doc: Document) -> DocResult:
    return DocResult(doc.name, error=WORKER_DIED)


def _results(
    docs: Iterable[Document], options: BatchOptions, jobs: int
) -> Generator[DocResult, None, None]:
    yield from map_chunks(
        _clean_chunk, docs, options, jobs=jobs, chunk_size=CHUNK_SIZE, died=_worker_died
    )


def clean_documents(
    docs: Iterable[Document],
    write: Callable[[bytes], None],
    *,
    options: BatchOptions,
    jobs: int = 1,
    on_result: Callable[[DocResult], None] | None = None,
) -> Summary:
    """Clean every document, write rendered articles in input order, count what happened."""
    summary = Summary()
    started = time.perf_counter()
    # closing: an interruption stops the pool at once, not when the generator is collected
    with contextlib.closing(_results(docs, options, jobs)) as results:
        for result in results:
            summary.inputs += 1
            if result.error is not None:
                summary.failures += 1
            elif not result.articles:
                summary.empty += 1
            summary.articles += result.articles
            summary.removed.update(result.removed)
            for rendered in result.rendered:
                write(rendered)
            if on_result is not None:
                on_result(result)
    summary.seconds = time.perf_counter() - started
    return summary
