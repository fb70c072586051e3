"""Output side: article records as JSON Lines, one JSON array, readable Markdown, or body text."""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from cleannews.models import ArticleRecord

__all__ = ["ARTICLE_SEPARATOR", "FORMATS", "Writer", "format_record"]

# txt output: a form feed on a line of its own between articles, so the paragraph blank lines
# inside a body never read as an article boundary (split on "\n\f\n" to get articles back).
ARTICLE_SEPARATOR = b"\f\n"


def _jsonl(record: ArticleRecord) -> bytes:
    return ArticleRecord.__pydantic_serializer__.to_json(record) + b"\n"


def _markdown(record: ArticleRecord) -> bytes:
    article = record.article
    where = record.input if record.id is None else f"{record.input} id={record.id}"
    parts = [f"<!-- {where} #{article.position} -->"]
    if article.headline:
        parts.append(f"# {article.headline}")
    if article.subtitle:
        parts.append(f"**{article.subtitle}**")
    meta = [
        f"{label}: {value}"
        for label, value in (
            ("By", article.byline),
            ("Dateline", article.dateline),
            ("Source", article.source.name),
            ("Published", article.published),
            ("Keywords", ", ".join(article.keywords) or None),
        )
        if value
    ]
    if meta:
        parts.append("\n".join(f"*{m}*  " for m in meta))
    for image in article.images:
        credit = f" ({image.credit})" if image.credit else ""
        parts.append(f"> 📷 {image.caption}{credit}")
    subheadings = set(article.subheadings)
    parts.extend(f"## {p}" if p in subheadings else p for p in article.paragraphs)
    if article.related:
        parts.append("Related:\n" + "\n".join(f"- {r.title}" for r in article.related))
    return ("\n\n".join(parts) + "\n\n").encode("utf-8")


def _text(record: ArticleRecord) -> bytes:
    return (record.article.body + "\n").encode("utf-8")


Formatter = Callable[[ArticleRecord], bytes]
FORMATS: dict[str, Formatter] = {"jsonl": _jsonl, "json": _jsonl, "md": _markdown, "txt": _text}


def format_record(record: ArticleRecord, fmt: str) -> bytes:
    """One record rendered as UTF-8 for output format `fmt`; `Writer` joins the pieces.

    Raises `KeyError` for a format not in `FORMATS` (the CLI only offers those).
    """
    data = FORMATS[fmt](record)
    return data.rstrip(b"\n") if fmt == "json" else data


class Writer:
    """Writes rendered records in order, with what goes between and around them per format."""

    def __init__(self, stream: BinaryIO, fmt: str) -> None:
        self.stream = stream
        self.fmt = fmt
        self.count = 0
        if fmt == "json":
            stream.write(b"[")

    def write(self, rendered: bytes) -> None:
        if self.fmt == "json":
            self.stream.write(b",\n" if self.count else b"\n")
        elif self.fmt == "txt" and self.count:
            self.stream.write(ARTICLE_SEPARATOR)
        self.stream.write(rendered)
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write(b"\n]\n" if self.count else b"]\n")
