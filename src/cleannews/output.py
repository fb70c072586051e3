"""Output side: article records as JSON Lines, one JSON array, readable Markdown, or body text,
written to standard output or atomically to a file."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from cleannews.models import ArticleRecord

__all__ = [
    "ARTICLE_SEPARATOR",
    "FORMATS",
    "OutputError",
    "Sink",
    "Writer",
    "format_record",
    "output_stream",
]

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


class Sink(Protocol):
    """Where rendered bytes go: a binary stream, or the guarded one `output_stream` yields."""

    def write(self, data: bytes, /) -> object: ...


class Writer:
    """Writes rendered records in order, with what goes between and around them per format."""

    def __init__(self, stream: Sink, fmt: str) -> None:
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


class OutputError(Exception):
    """The output cannot be written: a full disk, a read-only folder, a closed stdout."""

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(f"cannot write {target}: {reason}")
        self.target = target


class _Guarded:
    """A binary stream whose write faults raise `OutputError` naming the output."""

    def __init__(self, raw: BinaryIO, target: str) -> None:
        self.raw = raw
        self.target = target

    def write(self, data: bytes, /) -> int:
        try:
            return self.raw.write(data)
        except OSError as exc:
            raise _error(self.target, exc) from exc

    def flush(self) -> None:
        try:
            self.raw.flush()
        except OSError as exc:
            raise _error(self.target, exc) from exc


def _error(target: str, exc: OSError) -> OutputError:
    return OutputError(target, exc.strerror or str(exc) or type(exc).__name__)


@contextlib.contextmanager
def output_stream(output: str | None) -> Iterator[_Guarded]:
    """Standard output (`None` or `-`), or a temporary file renamed over `output` on success.

    On Linux the temporary file has no name until it is complete (`O_TMPFILE`), so a run that
    is killed, even by SIGKILL, leaves nothing behind; elsewhere it is a `.NAME.*.part` file
    removed on any error or interruption. Either way a failed run leaves a previous `output`
    as it was. Write faults raise `OutputError`.
    """
    if output is None or output == "-":
        if sys.stdout is None:  # started with standard output closed (`>&-`)
            raise OutputError("standard output", "it is closed")
        stream = _Guarded(sys.stdout.buffer, "standard output")
        yield stream
        stream.flush()
        return
    target = Path(output)
    try:
        fd, tmp = _open_temp(target)
    except OSError as exc:
        raise _error(output, exc) from exc
    raw = os.fdopen(fd, "wb")
    try:
        guarded = _Guarded(raw, output)
        yield guarded
        guarded.flush()
        try:
            if tmp is None:
                tmp = _link_temp(fd, target)
            raw.close()
            os.replace(tmp, target)
        except OSError as exc:
            raise _error(output, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            raw.close()
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise


def _open_temp(target: Path) -> tuple[int, str | None]:
    """A file descriptor open for writing in `target`'s folder, and its name (None: unnamed)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if flag and os.path.isdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # a file system without O_TMPFILE: a named file
            return os.open(target.parent, flag | os.O_RDWR | os.O_CLOEXEC, 0o666), None
    return _named_temp(target)


def _named_temp(target: Path) -> tuple[int, str]:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an output file is an ordinary file
    return fd, tmp


def _link_temp(fd: int, target: Path) -> str:
    """Give the unnamed file a temporary name beside `target`, to rename over it.

    Some file systems (overlayfs) open `O_TMPFILE` files but refuse to link them: the content
    is then copied into a named temporary file.
    """
    tmp = str(target.parent / f".{target.name}.{secrets.token_hex(6)}.part")
    try:
        os.link(f"/proc/self/fd/{fd}", tmp, follow_symlinks=True)
    except OSError:
        copy_fd, tmp = _named_temp(target)
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            with os.fdopen(os.dup(fd), "rb") as source, os.fdopen(copy_fd, "wb") as copy:
                shutil.copyfileobj(source, copy)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return tmp
