"""Batch work behind `cleannews clean`: documents in, rendered articles out, in input order.

Parallelism is a pool of processes fed chunks of documents with a bounded number of chunks
in flight, so memory stays flat on any corpus size and output order never depends on
`jobs`. Rendering happens in the workers: the parent only writes.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache

from cleannews.config import Config
from cleannews.errors import CleanNewsError
from cleannews.inputs import Document, Fields, resolve_document
from cleannews.learn import canonical_url, site_of
from cleannews.models import Article, ArticleRecord
from cleannews.output import format_record
from cleannews.sniff import looks_like_html
from cleannews.stream import Record, chunks, clean_record

__all__ = [
    "BatchOptions",
    "DocResult",
    "Summary",
    "clean_documents",
    "document_site",
    "records",
]

CHUNK_SIZE = 64
WORKER_DIED = "internal error: the worker process cleaning it died (out of memory?)"
CHUNKS_IN_FLIGHT_PER_JOB = 4


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


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which stops them, die quietly on SIGTERM, and on
    Linux die with the parent even when it is killed by SIGKILL."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the CLI's handler
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _results(
    docs: Iterable[Document], options: BatchOptions, jobs: int
) -> Generator[DocResult, None, None]:
    if jobs <= 1:
        for doc in docs:
            yield clean_document(doc, options)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool = _Pool(jobs, context)
    try:
        pending: deque[tuple[Future[list[DocResult]], list[Document]]] = deque()
        for chunk in chunks(docs, CHUNK_SIZE):
            pending.append((pool.submit(chunk, options), chunk))
            if len(pending) >= jobs * CHUNKS_IN_FLIGHT_PER_JOB:
                yield from pool.results(pending, options)
        while pending:
            yield from pool.results(pending, options)
    except BaseException:  # Ctrl-C, SIGTERM, a consumer that stops: stop the workers now
        pool.kill()
        raise
    pool.close()


class _Pool:
    """Worker processes. When one dies (killed, out of memory), every chunk in flight fails
    with it: the chunk being waited for is cleaned again alone, then document by document,
    so only the documents that kill a worker fail; the pool restarts for the others."""

    def __init__(self, jobs: int, context: multiprocessing.context.BaseContext) -> None:
        self.jobs = jobs
        self.context = context
        self.executor = self._start(jobs)

    def _start(self, jobs: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, mp_context=self.context, initializer=_worker_init)

    def submit(self, chunk: list[Document], options: BatchOptions) -> Future[list[DocResult]]:
        return self.executor.submit(_clean_chunk, chunk, options)

    def results(
        self,
        pending: deque[tuple[Future[list[DocResult]], list[Document]]],
        options: BatchOptions,
    ) -> list[DocResult]:
        future, chunk = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            self.kill()
        found = self._alone(chunk, options)
        if found is None:
            found = []
            for doc in chunk:
                one = self._alone([doc], options) if len(chunk) > 1 else None
                found.extend(one if one is not None else [DocResult(doc.name, error=WORKER_DIED)])
        self.executor = self._start(self.jobs)
        for n, (_, waiting) in enumerate(pending):
            pending[n] = (self.submit(waiting, options), waiting)
        return found

    def _alone(self, chunk: list[Document], options: BatchOptions) -> list[DocResult] | None:
        """The chunk cleaned in a worker of its own; None when that worker dies too."""
        with self._start(1) as single:
            try:
                return single.submit(_clean_chunk, chunk, options).result()
            except BrokenProcessPool:
                return None

    def close(self) -> None:
        self.executor.shutdown()

    def kill(self) -> None:
        # `_processes` is private, but there is no public way to stop running workers before
        # Python 3.14; waiting for them could take as long as a chunk of documents does.
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                process.kill()
        for process in processes:
            with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
                process.join(5)


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
