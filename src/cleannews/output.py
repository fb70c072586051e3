"""Output side: articles as JSON Lines, one JSON array, readable Markdown, or body text."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TextIO

from cleannews.models import Article

__all__ = ["FORMATS", "Writer", "format_article"]


def _jsonl(article: Article, name: str) -> str:
    record = {"input": name, **article.model_dump(mode="json")}
    return json.dumps(record, ensure_ascii=False) + "\n"


def _markdown(article: Article, name: str) -> str:
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
    return "\n\n".join(parts) + "\n\n"


def _text(article: Article, _name: str) -> str:
    return article.body + "\n\n"


Formatter = Callable[[Article, str], str]
FORMATS: dict[str, Formatter] = {"jsonl": _jsonl, "json": _jsonl, "md": _markdown, "txt": _text}


def format_article(article: Article, name: str, fmt: str) -> str:
    """One article rendered for output format `fmt`; `json` items are joined by `Writer`."""
    text = FORMATS[fmt](article, name)
    return text.rstrip("\n") if fmt == "json" else text


class Writer:
    """Writes rendered articles in order; for `json` it adds the array brackets and commas."""

    def __init__(self, stream: TextIO, fmt: str) -> None:
        self.stream = stream
        self.fmt = fmt
        self.count = 0
        if fmt == "json":
            stream.write("[")

    def write(self, rendered: str) -> None:
        if self.fmt == "json":
            rendered = ("," if self.count else "") + "\n" + rendered
        self.stream.write(rendered)
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("\n]\n" if self.count else "]\n")
