"""Records in, results out: the one cleaning loop behind the datatrove step and the datasets helper.

A `Record` is one text or page with what joins it to the crawl (`id`, passthrough `fields`);
a `Result` is its articles, the lines kept out of their bodies counted per reason, or why it
gave none. `clean_records` is lazy and keeps input order; with `jobs > 1` it cleans in a pool
of processes with a bounded number of chunks in flight (`cleannews.workers`), so memory does
not grow with the corpus. Finding files and reading JSONL are the caller's business (the
CLI's `inputs.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from cleannews.api import _run as run_input  # the Outcome, so claims can be counted
from cleannews.assemble import Outcome
from cleannews.claims import Role
from cleannews.config import Config
from cleannews.errors import CleanNewsError, InputTooLarge
from cleannews.models import Article
from cleannews.workers import chunks, map_chunks

__all__ = [
    "DROP_REASONS",
    "Record",
    "Result",
    "chunks",
    "clean_record",
    "clean_records",
    "line_counts",
]

CHUNK_SIZE = 64
WORKER_DIED = "internal error: the worker process cleaning it died (out of memory?)"
BODY_ROLES = frozenset({Role.BODY, Role.SUBHEADING})

# Why a record gave no article: short snake_case reasons, as datatrove filters name drops.
DROP_REASONS = ("no_text", "empty", "no_article", "too_large", "bad_input", "internal_error")


@dataclass(frozen=True)
class Record:
    """One input: scraped text or an HTML page, with what joins its results back to the crawl.

    `html`: `None` detects a page (text that opens with a tag), `True` / `False` force it.
    `fields` travels to the result untouched.
    """

    text: str | bytes | None
    id: str | None = None
    url: str | None = None
    html: bool | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Result:
    """What one record gave: its articles, or the reason it gave none.

    The input lines kept out of the article bodies are counted per reason (the reason column
    of `cleannews explain`): `removed`, page furniture dropped (`widget_marker`,
    `related_heading`, `repeated_headline`); `moved`, lines that went to another field
    (`repeated_caption`, `related_teaser`, `anchored_headline`, `keyword_footer`).
    `dropped` is one of `DROP_REASONS` when there is no article; `error` says more.
    """

    id: str | None
    fields: Mapping[str, Any]
    articles: list[Article] = field(default_factory=list)
    removed: dict[str, int] = field(default_factory=dict)
    moved: dict[str, int] = field(default_factory=dict)
    dropped: str | None = None
    error: str | None = None


def line_counts(outcome: Outcome) -> tuple[dict[str, int], dict[str, int]]:
    """Lines of an `Outcome` that did not go to a body, per reason: (removed, moved)."""
    removed: dict[str, int] = {}
    moved: dict[str, int] = {}
    for span in outcome.spans:
        for claim in span.claims.values():
            role = claim.role
            if role in BODY_ROLES:
                continue
            counts = removed if role is Role.REMOVED else moved
            counts[claim.reason] = counts.get(claim.reason, 0) + 1
    return removed, moved


def clean_record(
    record: Record, *, config: Config | None = None, main_only: bool = False
) -> Result:
    """Clean one record; a failure becomes the result's `dropped` reason, never an exception."""
    text = record.text
    if text is None:
        return Result(record.id, record.fields, dropped="no_text", error="no text")
    if not (text.strip() if isinstance(text, str) else text.strip(b" \t\r\n\x00")):
        return Result(record.id, record.fields, dropped="empty", error="empty input")
    try:
        outcome = run_input(text, record.url, config, record.html)
        articles = outcome.articles
        removed, moved = line_counts(outcome)
    except InputTooLarge as exc:  # longer than Config.max_input_chars
        return Result(record.id, record.fields, dropped="too_large", error=str(exc))
    except CleanNewsError as exc:
        return Result(record.id, record.fields, dropped="bad_input", error=str(exc))
    except Exception as exc:  # one bad record must not stop a crawl
        message = f"internal error: {type(exc).__name__}: {exc}"
        return Result(record.id, record.fields, dropped="internal_error", error=message)
    if not articles:
        error = "no article found: the input holds only boilerplate"
        return Result(
            record.id, record.fields, [], removed, moved, dropped="no_article", error=error
        )
    if main_only:
        articles = articles[:1]
    return Result(record.id, record.fields, articles, removed, moved)


def clean_records(
    records: Iterable[Record],
    *,
    config: Config | None = None,
    main_only: bool = False,
    jobs: int = 1,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[Result]:
    """One `Result` per record, in input order, lazily.

    `jobs > 1` cleans chunks of `chunk_size` records in that many processes (the CLI's pool,
    `cleannews.workers`), with at most `jobs * 4` chunks in flight: memory stays flat on any
    corpus and order never depends on `jobs`. Records and results must then be picklable
    (their `fields` included). A record whose worker process dies gets `internal_error`; the
    others are cleaned in a restarted pool.
    """
    options = (config, main_only)
    yield from map_chunks(
        _clean_chunk, records, options, jobs=jobs, chunk_size=chunk_size, died=_worker_died
    )


def _clean_chunk(chunk: list[Record], options: tuple[Config | None, bool]) -> list[Result]:
    config, main_only = options
    return [clean_record(record, config=config, main_only=main_only) for record in chunk]


def _worker_died(record: Record) -> Result:
    return Result(record.id, record.fields, dropped="internal_error", error=WORKER_DIED)
