"""Output side: articles as JSON Lines, one JSON array, readable Markdown, or body text."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import BinaryIO

from cleannews.models import Article

__all__ = ["FORMATS", "Writer", "format_article"]


def _jsonl(article: Article, name: str) -> bytes:
    """`{"input": name, ...article}`; pydantic's serialiser writes the article's bytes."""
    head = b'{"input":' + json.dumps(name, ensure_ascii=False).encode("utf-8") + b","
    return head + Article.__pydantic_serializer__.to_json(article)[1:] + b"\n"


def _markdown(article: Article, name: str) -> bytes:
    parts = [f"<!-- {name} #{article.position} -->"]
    if article.headline:
        parts.append(f"# {article.headline}")
    meta = [
        f"{label}: {value}"
        for label, value in (
            ("Source", article.source.name),
            ("Published", article.published.isoformat() if article.published else None),
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


def _text(article: Article, _name: str) -> bytes:
    return (article.body + "\n\n").encode("utf-8")


Formatter = Callable[[Article, str], bytes]
FORMATS: dict[str, Formatter] = {"jsonl": _jsonl, "json": _jsonl, "md": _markdown, "txt": _text}


def format_article(article: Article, name: str, fmt: str) -> bytes:
    """One article rendered as UTF-8 for output format `fmt`; `Writer` joins `json` items."""
    data = FORMATS[fmt](article, name)
    return data.rstrip(b"\n") if fmt == "json" else data


class Writer:
    """Writes rendered articles in order; for `json` it adds the array brackets and commas."""

    def __init__(self, stream: BinaryIO, fmt: str) -> None:
        self.stream = stream
        self.fmt = fmt
        self.count = 0
        if fmt == "json":
            stream.write(b"[")

    def write(self, rendered: bytes) -> None:
        if self.fmt == "json":
            self.stream.write(b",\n" if self.count else b"\n")
        self.stream.write(rendered)
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write(b"\n]\n" if self.count else b"]\n")
