"""Coverage-guided fuzz targets (atheris) for `clean_all`, `clean_html` and the JSONL reader.

Only `CleanNewsError` may come out of cleannews; anything else is a finding, saved by
libFuzzer as `crash-*` in the working folder (turn it into a test in tests/test_robustness.py).
atheris is not a dependency: `pip install atheris` (a wheel for CPython 3.11 on Linux). Run:

    python benchmarks/fuzz_robust.py clean_all -max_total_time=600
    python benchmarks/fuzz_robust.py clean_html -max_total_time=600 corpus_html/
    python benchmarks/fuzz_robust.py jsonl -max_total_time=600

Every option after the target name is libFuzzer's (`-runs=N`, `-max_len=N`, a corpus folder).
"""

from __future__ import annotations

import contextlib
import gzip
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris  # type: ignore[import-not-found]

with atheris.instrument_imports(include=["cleannews"]):
    import cleannews
    from cleannews.inputs import Fields, iter_documents, resolve_document


def _clean_all(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    as_text = fdp.ConsumeBool()
    html = [None, True, False][fdp.ConsumeIntInRange(0, 2)]
    payload: str | bytes = (
        fdp.ConsumeUnicodeNoSurrogates(len(data)) if as_text else fdp.ConsumeBytes(len(data))
    )
    with contextlib.suppress(cleannews.CleanNewsError):
        cleannews.clean_all(payload, html=html)


def _clean_html(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    url = ["https://example.com/a/b", None, "http://[::1"][fdp.ConsumeIntInRange(0, 2)]
    with contextlib.suppress(cleannews.CleanNewsError):
        cleannews.clean_html(fdp.ConsumeBytes(len(data)), url=url)


_FOLDER = Path(tempfile.mkdtemp(prefix="cleannews-fuzz-"))


def _jsonl(data: bytes) -> None:
    """The last byte chooses the dump's form, so that a seed dump with one byte appended is
    read as JSONL (flags taken from the front would break its first record)."""
    flags, payload = (data[-1], data[:-1]) if data else (0, b"")
    if flags & 1:
        path = _FOLDER / "dump.jsonl.gz"
        path.write_bytes(gzip.compress(payload, mtime=0) if flags & 4 else payload)
    else:
        path = _FOLDER / "dump.jsonl"
        path.write_bytes(payload)
    fields = Fields(keep=("meta",), html="html" if flags & 2 else None)
    for doc in iter_documents([str(path)], max_bytes=1 << 20):
        resolved = resolve_document(doc, fields)
        if resolved.text is not None and resolved.error is None:
            with contextlib.suppress(cleannews.CleanNewsError):
                cleannews.clean_all(resolved.text, url=resolved.url, html=resolved.html)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "clean_all": _clean_all,
    "clean_html": _clean_html,
    "jsonl": _jsonl,
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: fuzz_robust.py {{{','.join(TARGETS)}}} [libFuzzer options]")
    target = TARGETS[sys.argv[1]]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
