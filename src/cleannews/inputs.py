"""Input side: bytes to text with encoding detection, and documents out of files and dumps.

Scraped Arabic text arrives as UTF-8, UTF-8 with a BOM, UTF-16 from Windows tools, or
cp1256 from older sites. Decoding tries the cheap certain answers first (BOM, strict UTF-8)
and asks charset_normalizer (a trafilatura dependency) only when they fail.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from cleannews.errors import CleanNewsError

__all__ = [
    "DecodeError",
    "Document",
    "InputError",
    "decode_bytes",
    "iter_documents",
    "read_text",
    "resolve_document",
]

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
MAX_CONTROL_SHARE = 0.05


class InputError(CleanNewsError):
    """An input cannot be read: missing, unreadable, empty folder, bad record."""


class DecodeError(InputError):
    """Bytes that are not text in any encoding we can detect (a binary file)."""


@dataclass(frozen=True)
class Document:
    """One text to clean, the raw bytes it will come from, or the reason it cannot be read.

    Files and JSONL records travel as raw bytes (`raw`) and are decoded by
    `resolve_document`, in the worker that cleans them, so a parallel run does not decode
    everything in one process.
    """

    name: str
    text: str | None = None
    url: str | None = None
    error: str | None = None
    raw: bytes | None = None
    record: bool = False  # raw is one JSONL line, not a whole file


def decode_bytes(data: bytes) -> str:
    """Text from bytes: BOM, then strict UTF-8, then detection; binary data is an error."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data)
    if _looks_binary(text):
        raise DecodeError("binary data, not text")
    return text


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes  # noqa: PLC0415  (slow import, rarely needed)

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("binary data or unknown encoding")
    return str(best)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = len(_CONTROL_RE.findall(sample))
    return "\x00" in sample or controls / len(sample) > MAX_CONTROL_SHARE


def read_text(path: str | os.PathLike[str]) -> str:
    """A text file's content, whatever its encoding; `InputError` when it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    return decode_bytes(data)


@dataclass(frozen=True)
class Fields:
    """Which JSONL fields hold the text, the record id and the page URL."""

    text: str = "text"
    id: str = "id"
    url: str = "url"


def iter_documents(paths: list[str]) -> Iterator[Document]:
    """Documents from files, folders (recursive, sorted), JSONL dumps and `-` (stdin).

    Streams: one file or record at a time, so memory does not grow with the corpus.
    Unreadable inputs come out as documents with an `error`, never as exceptions.
    """
    for raw in paths:
        if raw == "-":
            yield _stdin_document()
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _usable(p))
            if not files:
                yield Document(raw, error="folder holds no .txt, .jsonl or .jsonl.gz file")
            for file in files:
                yield from _file_documents(file)
        elif not path.exists():
            yield Document(raw, error="no such file or folder")
        else:
            yield from _file_documents(path)


def _usable(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES)


def _stdin_document() -> Document:
    import sys  # noqa: PLC0415

    return Document("-", raw=sys.stdin.buffer.read())


def _file_documents(path: Path) -> Iterator[Document]:
    name = str(path)
    lower = path.name.lower()
    if lower.endswith(HTML_SUFFIXES):
        yield Document(name, error="HTML input is not supported yet; extract the text first")
    elif lower.endswith(JSONL_SUFFIXES):
        yield from _jsonl_documents(path)
    else:
        try:
            yield Document(name, raw=path.read_bytes())
        except OSError as exc:
            yield Document(name, error=f"cannot read: {exc.strerror or exc}")


def _jsonl_documents(path: Path) -> Iterator[Document]:
    name = str(path)
    try:
        handle = _open_binary(path)
    except OSError as exc:
        yield Document(name, error=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        try:
            for number, raw in enumerate(handle, 1):
                if raw.strip():
                    yield Document(f"{name}:{number}", raw=raw, record=True)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield Document(name, error=f"cannot read: {exc}")


def _open_binary(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return cast(BinaryIO, gzip.open(path, "rb"))
    return path.open("rb")


def resolve_document(doc: Document, fields: Fields) -> Document:
    """The document with its text decoded (files) or parsed out of its record (JSONL)."""
    if doc.raw is None or doc.error is not None:
        return doc
    if not doc.record:
        try:
            return Document(doc.name, text=decode_bytes(doc.raw))
        except InputError as exc:
            return Document(doc.name, error=str(exc))
    return _record_document(doc.name, doc.raw, fields)


def _record_document(where: str, raw: bytes, fields: Fields) -> Document:
    number = where.rsplit(":", 1)[-1]
    try:
        record = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        return Document(where, error=f"line {number} is not JSON: {exc}")
    if not isinstance(record, dict):
        return Document(where, error=f"line {number} is not a JSON object")
    record_id = record.get(fields.id)
    if record_id is not None:
        where = f"{where.rsplit(':', 1)[0]}#{record_id}"
    text = record.get(fields.text)
    if not isinstance(text, str):
        return Document(where, error=f"record has no text field {fields.text!r}")
    url = record.get(fields.url)
    return Document(where, text=text, url=url if isinstance(url, str) else None)
