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
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO, cast

from cleannews.errors import CleanNewsError, HtmlError
from cleannews.sniff import looks_like_html

__all__ = [
    "DecodeError",
    "Document",
    "InputError",
    "decode_bytes",
    "decode_html",
    "display_name",
    "input_files",
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
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# What a corrupted or truncated .jsonl.gz raises while it is read.
_READ_ERRORS = (OSError, EOFError, zlib.error)


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
    html: bool | None = False  # True: an HTML page; None: detect (stdin)
    path: str | None = None  # the input file; `name` adds the line number or record id
    line: int | None = None  # line number of a JSONL record
    id: str | None = None  # the record's id, as text
    kept: dict[str, Any] = field(default_factory=dict)  # record fields asked for by --keep-field


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


def decode_html(data: bytes) -> str:
    """Text of an HTML byte string: BOM, strict UTF-8, the charset the page declares, detection.

    UTF-8 goes before the declaration because pages that moved to UTF-8 often keep an old
    `windows-1256` meta tag, while cp1256 Arabic bytes almost never form valid UTF-8.
    """
    if not data.startswith(tuple(bom for bom, _ in _BOMS)):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            declared = _META_CHARSET_RE.search(data[:4096])
            text = _decode_declared(data, declared.group(1) if declared else b"")
            if text is not None and not _looks_binary(text):
                return text
    try:
        return decode_bytes(data)
    except DecodeError as exc:
        raise HtmlError(f"not an HTML page: {exc}") from exc


def _decode_declared(data: bytes, charset: bytes) -> str | None:
    if not charset:
        return None
    try:
        name = charset.decode("ascii").lower()
        if not codecs.lookup(name)._is_text_encoding:  # "rot13", "zlib": not a charset
            return None
        return data.decode(name)
    except (LookupError, UnicodeError, ValueError, TypeError):
        return None  # a wrong, unknown or bogus ("undefined") declaration: detection


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


def display_name(name: str | os.PathLike[str]) -> str:
    """A file name as printable text: bytes that are not UTF-8 become U+FFFD.

    On POSIX a name that is not UTF-8 reaches Python with lone surrogates, which no output
    can encode; the file is still opened by its real name.
    """
    text = os.fspath(name)
    if not _SURROGATE_RE.search(text):
        return text
    return os.fsencode(text).decode("utf-8", errors="replace")


def without_surrogates(text: str) -> str:
    """`text` with lone surrogates (which no output can encode) replaced by U+FFFD."""
    return _SURROGATE_RE.sub("\ufffd", text) if _SURROGATE_RE.search(text) else text


def read_text(path: str | os.PathLike[str]) -> str:
    """A text file's content, whatever its encoding; `InputError` when it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    return decode_bytes(data)


@dataclass(frozen=True)
class Fields:
    """Which JSONL fields hold the text (or HTML), the record id and the page URL."""

    text: str = "text"
    id: str = "id"
    url: str = "url"
    html: str | None = None  # field with the page's HTML, preferred over `text` when present
    keep: tuple[str, ...] = ()  # fields copied into each output record, for joining back


def iter_documents(paths: list[str], *, max_bytes: int | None = None) -> Iterator[Document]:
    """Documents from files, folders (recursive, sorted), JSONL dumps and `-` (stdin).

    Streams: one file or record at a time, so memory does not grow with the corpus.
    Unreadable inputs come out as documents with an `error`, never as exceptions; so do files
    and JSONL lines longer than `max_bytes`, which are never read into memory.
    """
    for raw in paths:
        if raw == "-":
            yield _stdin_document()
            continue
        try:
            yield from _path_documents(raw, max_bytes)
        except (OSError, ValueError) as exc:  # a folder that cannot be listed, a bad name
            yield Document(display_name(raw), error=f"cannot read: {_reason(exc)}")


def _path_documents(raw: str, max_bytes: int | None) -> Iterator[Document]:
    path = Path(raw)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _usable(p))
        if not files:
            yield Document(
                display_name(raw), error="folder holds no .txt, .html, .jsonl or .jsonl.gz file"
            )
        for file in files:
            yield from _file_documents(file, max_bytes)
    elif not path.exists():
        yield Document(display_name(raw), error="no such file or folder")
    elif not _is_regular(path):
        yield Document(display_name(raw), error=NOT_REGULAR)
    else:
        yield from _file_documents(path, max_bytes)


NOT_REGULAR = (
    "not a regular file (a FIFO, socket or device): skipped; pipe its content to - instead"
)


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True  # let reading report the error


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def input_files(paths: list[str]) -> Iterator[str]:
    """The files `iter_documents` will read, folders expanded, without reading any."""
    for raw in paths:
        path = Path(raw)
        try:
            if raw != "-" and path.is_dir():
                yield from (str(p) for p in sorted(path.rglob("*")) if p.is_file() and _usable(p))
                continue
        except (OSError, ValueError):
            pass
        yield raw


def _usable(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES)


def _stdin_document() -> Document:
    import sys  # noqa: PLC0415

    return Document("-", raw=sys.stdin.buffer.read(), html=None)


def _file_documents(path: Path, max_bytes: int | None = None) -> Iterator[Document]:
    name = display_name(path)
    lower = path.name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        yield from _jsonl_documents(path, max_bytes)
        return
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            yield Document(name, error=_too_large(size, max_bytes))
            return
        yield Document(name, raw=path.read_bytes(), html=lower.endswith(HTML_SUFFIXES))
    except OSError as exc:
        yield Document(name, error=f"cannot read: {_reason(exc)}")


def _too_large(size: int, limit: int) -> str:
    return f"input of {size:,} bytes is longer than the limit ({limit:,} bytes): not read"


def _jsonl_documents(path: Path, max_bytes: int | None = None) -> Iterator[Document]:
    """One document per non-blank line; a read error (a corrupted .gz) ends the file with
    an error document, after every record read before it."""
    name = display_name(path)
    try:
        handle = _open_binary(path)
    except OSError as exc:
        yield Document(name, error=f"cannot read: {_reason(exc)}")
        return
    number = 0
    limit = -1 if max_bytes is None else max_bytes + 1
    with handle:
        try:
            for number, raw in enumerate(iter(lambda: handle.readline(limit), b""), 1):
                if limit > 0 and len(raw) == limit and not raw.endswith(b"\n"):
                    size = len(raw) + _skip_line(handle)
                    yield Document(
                        f"{name}:{number}",
                        error=_too_large(size, limit - 1),
                        path=name,
                        line=number,
                    )
                elif raw.strip():
                    yield Document(f"{name}:{number}", raw=raw, record=True, path=name, line=number)
        except _READ_ERRORS as exc:
            where = f" after line {number}" if number else ""
            yield Document(name, error=f"cannot read{where}: {_reason(exc)}")


def _skip_line(handle: BinaryIO) -> int:
    """Read past the rest of an overlong line, a block at a time; its length."""
    skipped = 0
    while block := handle.readline(1 << 20):
        skipped += len(block)
        if block.endswith(b"\n"):
            break
    return skipped


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
            if doc.html is False:
                return replace(doc, raw=None, text=decode_bytes(doc.raw))
            if doc.html or looks_like_html(doc.raw):
                return replace(doc, raw=None, text=decode_html(doc.raw), html=True)
            return replace(doc, raw=None, text=decode_bytes(doc.raw), html=False)
        except (InputError, HtmlError) as exc:
            return replace(doc, raw=None, error=str(exc))
    return _record_document(replace(doc, raw=None), doc.raw, fields)


def _record_document(doc: Document, raw: bytes, fields: Fields) -> Document:
    try:
        record = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        return replace(doc, error=f"line {doc.line} is not JSON: {exc}")
    except RecursionError:
        return replace(doc, error=f"line {doc.line} is not JSON we can read: nested too deeply")
    if not isinstance(record, dict):
        return replace(doc, error=f"line {doc.line} is not a JSON object")
    record_id = record.get(fields.id)
    if record_id is not None and not isinstance(record_id, dict | list):
        record_id = without_surrogates(str(record_id))
        doc = replace(doc, id=record_id, name=f"{doc.path}#{record_id}")
    url = record.get(fields.url)
    kept = {key: _clean_value(record[key]) for key in fields.keep if key in record}
    doc = replace(doc, url=without_surrogates(url) if isinstance(url, str) else None, kept=kept)
    html = record.get(fields.html) if fields.html else None
    if isinstance(html, str) and html.strip():
        return replace(doc, text=without_surrogates(html), html=True)
    text = record.get(fields.text)
    if not isinstance(text, str):
        wanted = f"HTML field {fields.html!r} or " if fields.html else ""
        return replace(doc, error=f"record has no {wanted}text field {fields.text!r}")
    return replace(doc, text=without_surrogates(text), html=None)


def _clean_value(value: Any) -> Any:
    """A kept JSON value with its strings (keys too) free of lone surrogates."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, list):
        return [_clean_value(item) for item in value]
    if isinstance(value, dict):
        return {without_surrogates(k): _clean_value(v) for k, v in value.items()}
    return value
