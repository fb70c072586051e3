"""Issue 15: no input, size or fault crashes a batch, hangs it, or loses what was cleaned.

Each test here failed before the fix it names. Timing is not asserted (see
benchmarks/bench_robust.py); only typed errors, exit statuses and kept output are.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import gzip
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
import weakref
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

import cleannews
import cleannews.api
import cleannews.batch
import cleannews.limits
import cleannews.output
import cleannews.workers
from cleannews.cli import main
from cleannews.inputs import decode_html
from cleannews.limits import PAUSE_GC_CHARS
from cleannews.page import read_page
from tests.conftest import FIXTURES
from tests.test_invariants import _accounted

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from bench_idempotence import SHORT

SAMPLE = (FIXTURES / "004_d06de67a4468fdf3.txt").read_text("utf-8")
SRC = Path(cleannews.__file__).resolve().parent.parent  # the package under test
BAD_URL = "http://[::1"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def cli(*args: str, timeout: float = 60, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "cleannews", *args],
        env=env,
        stderr=subprocess.PIPE,
        timeout=timeout,
        check=False,
        **kwargs,
    )


def jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def ids(out: str) -> list[str | None]:
    return [json.loads(line)["id"] for line in out.splitlines()]


# --- crashes that escaped as non-library errors -------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        f'<p><a href="{BAD_URL}">x</a></p>',
        f'<figure><img src="{BAD_URL}"><figcaption>صورة من الحدث</figcaption></figure>'
        f"<p>{SAMPLE[:400]}</p>",
        f'<html><head><link rel="canonical" href="{BAD_URL}"></head><body>'
        f'<article><img src="a.jpg" alt="a photo of the scene"><p>{SAMPLE[:400]}</p>'
        f'<a href="/next">next</a></article></body></html>',
    ],
)
def test_unparsable_urls_in_html_are_dropped_not_raised(page: str) -> None:
    articles = cleannews.clean_html(page, url="https://example.com/")
    for article in articles:
        urls = [i.url for i in article.images] + [r.url for r in article.related]
        assert BAD_URL not in urls


def test_a_bogus_meta_charset_falls_back_to_detection() -> None:
    for charset in ("undefined", "rot13", "zlib", "base64", "idna", "no-such-codec"):
        page = f'<html><head><meta charset="{charset}"></head><body><p>caf\xe9'.encode("latin-1")
        text = decode_html(page + b" au lait, une phrase enti\xe8re.</p></body></html>")
        assert "caf" in text
        cleannews.clean_html(page)  # no UnicodeError, LookupError, ...


def test_reading_a_document_is_inside_the_batch_try(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b'<html><head><meta charset="undefined"></head><body><p>caf\xe9.</p>')
    good = tmp_path / "good.txt"
    good.write_text(SAMPLE, "utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = run("clean", "-q", str(bad), str(good), "-o", str(out))
    assert code in (0, 1)
    assert "Traceback" not in err
    assert out.read_text("utf-8").count("\n") >= 1  # the good document is written


def test_any_exception_while_reading_is_that_documents_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = cleannews.batch.resolve_document

    def flaky(doc: Any, fields: Any) -> Any:
        if doc.name.endswith("boom.txt"):
            raise RuntimeError("unexpected")
        return real(doc, fields)

    monkeypatch.setattr(cleannews.batch, "resolve_document", flaky)
    (tmp_path / "a.txt").write_text(SAMPLE, "utf-8")
    (tmp_path / "boom.txt").write_text(SAMPLE, "utf-8")
    (tmp_path / "c.txt").write_text(SAMPLE, "utf-8")
    code, out, err = run("clean", "-q", str(tmp_path))
    assert code == 1
    assert "boom.txt: internal error: RuntimeError: unexpected" in err
    inputs = {json.loads(line)["input"] for line in out.splitlines()}
    assert inputs == {str(tmp_path / "a.txt"), str(tmp_path / "c.txt")}


def test_deeply_nested_json_fails_its_line_only(tmp_path: Path) -> None:
    dump = tmp_path / "deep.jsonl"
    dump.write_text(
        json.dumps({"id": "a", "text": SAMPLE})
        + "\n"
        + "[" * 100_000
        + "\n"
        + json.dumps({"id": "c", "text": SAMPLE})
        + "\n",
        "utf-8",
    )
    code, out, err = run("clean", "-q", str(dump))
    assert code == 1
    assert "deep.jsonl:2: line 2 is not JSON we can read: nested too deeply" in err
    assert {"a", "c"} == set(ids(out))


def test_a_corrupted_gzip_keeps_every_record_read_before(tmp_path: Path) -> None:
    records = [{"id": str(i), "text": SAMPLE} for i in range(30)]
    data = gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode("utf-8"))
    failures = 0
    for at in range(20, len(data) - 8, max(1, len(data) // 60)):  # one flipped bit each
        flipped = bytearray(data)
        flipped[at] ^= 0x04
        dump = tmp_path / "dump.jsonl.gz"
        dump.write_bytes(bytes(flipped))
        out = tmp_path / "out.jsonl"
        code, _, err = run("clean", "-q", str(dump), "-o", str(out))
        assert "Traceback" not in err
        assert "internal error" not in err
        assert code in (0, 1)
        assert out.exists()  # written, not discarded
        failures += "cannot read" in err
    assert failures  # some flips break the stream; those runs still wrote their output

    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    out = tmp_path / "cut.jsonl"
    code, _, err = run("clean", "-q", str(cut), "-o", str(out))
    assert code == 1
    assert "cut.jsonl.gz: cannot read after line" in err
    assert out.read_text("utf-8").count("\n") > 0


def test_lone_surrogates_in_url_and_id_are_replaced(tmp_path: Path) -> None:
    dump = tmp_path / "s.jsonl"
    dump.write_text(
        '{"id": "a\\ud800", "url": "https://example.com/\\udc00", "meta": ["\\udfff"], "text": '
        + json.dumps(SAMPLE)
        + "}\n",
        "utf-8",
    )
    code, out, err = run("clean", "-q", "--keep-field", "meta", str(dump))
    assert code == 0, err
    first = json.loads(out.splitlines()[0])
    assert first["id"] == "a\ufffd"
    assert first["article"]["source"]["url"] == "https://example.com/\ufffd"
    assert first["fields"] == {"meta": ["\ufffd"]}


@pytest.mark.skipif(sys.platform != "linux", reason="POSIX file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_cleaned(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(SAMPLE, "utf-8")
    out = tmp_path / "out.jsonl"
    result = cli("clean", "-q", str(tmp_path / name), "-o", str(out))
    assert result.returncode == 0, result.stderr
    record = json.loads(out.read_text("utf-8").splitlines()[0])
    assert record["input"].endswith("caf\ufffd.txt")


# --- bounded work per document ------------------------------------------------------------


def test_the_page_of_a_long_input_is_freed_before_the_collector_resumes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long input (`PAUSE_GC_CHARS`) is cleaned with the collector paused; its page is freed
    before the collector resumes, so the first collection walks the articles kept, not every
    line, claim and span of the page once more."""
    pages: list[weakref.ref[Any]] = []
    freed_at_resume: list[bool] = []

    class _Collector:
        def __getattr__(self, name: str) -> Any:
            return getattr(gc, name)

        def enable(self) -> None:
            freed_at_resume.append(all(page() is None for page in pages))
            gc.enable()

    def finish(outcome: Any) -> list[cleannews.Article]:
        pages.append(weakref.ref(outcome.ctx.page))
        assert not gc.isenabled()
        return outcome.articles

    monkeypatch.setattr(cleannews.limits, "gc", _Collector())
    text = "\n\n".join([SAMPLE] * (PAUSE_GC_CHARS // len(SAMPLE) + 1))
    articles = cleannews.api._finish(text, None, None, False, finish)
    assert freed_at_resume == [True]
    assert gc.isenabled()
    assert [a.paragraphs for a in articles] == [a.paragraphs for a in cleannews.clean_all(text)]


def test_an_input_over_the_size_limit_is_a_typed_error() -> None:
    config = cleannews.Config(max_input_chars=1000)
    with pytest.raises(cleannews.InputTooLarge, match="max_input_chars"):
        cleannews.clean_all(SAMPLE, config=config)
    with pytest.raises(cleannews.CleanNewsError):
        cleannews.clean_html(SAMPLE.encode("utf-8"), config=config)
    assert cleannews.clean_all(SAMPLE[:900], config=config) is not None


def test_oversize_files_and_lines_are_refused_unread(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text("max_input_chars = 2000\n", "utf-8")
    (tmp_path / "big.txt").write_text(SAMPLE * 2, "utf-8")
    small = {"id": "small", "text": "نص قصير. " * 10}
    jsonl(tmp_path / "d.jsonl", [small, {"id": "big", "text": SAMPLE * 2}, small])
    code, out, err = run("clean", "-q", "--rules", str(rules), str(tmp_path))
    assert code == 1
    assert "big.txt: input of" in err
    assert "longer than the limit" in err
    assert "d.jsonl:2: input of" in err
    assert ids(out).count("small") == 2


def test_the_html_fallback_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "<html><body>" + "<div><a href='/x'>رابط</a>" * 300 + "</div>" * 300 + "</body></html>"
    calls: list[bool] = []
    real = cleannews.api.render

    def counting(
        html: str, url: str | None = None, *, main_content: bool = False, **options: Any
    ) -> Any:
        calls.append(main_content)
        return real(html, url, main_content=main_content, **options)

    monkeypatch.setattr(cleannews.api, "render", counting)
    page_mode = {"html_extractor": "page"}  # the DOM scorer finds no article region here at all
    cleannews.clean_html(page, config=cleannews.Config(html_fallback_max_chars=100, **page_mode))
    assert calls == [False]  # too long to retry
    calls.clear()
    config = cleannews.Config(html_fallback_seconds=0.001, **page_mode)
    articles = cleannews.clean_html(page, config=config)
    assert calls == [False, True]
    assert articles == []  # abandoned: the whole page's (empty) result


# --- faults in the CLI --------------------------------------------------------------------


def test_fifo_inputs_are_skipped_with_a_message(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(SAMPLE, "utf-8")
    result = cli("clean", str(fifo), str(good), timeout=60)  # the progress count opens no FIFO
    assert result.returncode == 1
    assert b"pipe.jsonl: not a regular file" in result.stderr
    assert result.stdout.count(b"\n") >= 1


def test_jobs_are_capped_at_the_cpus() -> None:
    code, out, err = run(
        "clean", "-q", "--jobs", "1000", str(FIXTURES / "004_d06de67a4468fdf3.txt")
    )
    assert code == 0
    assert "--jobs 1000 capped at" in err
    assert out.count("\n") >= 1


def _dies_on_boom(chunk: list[Any], options: Any) -> Any:
    if any(doc.name.endswith("boom.txt") for doc in chunk):
        os._exit(1)  # a worker killed mid-chunk (out of memory)
    return cleannews.batch.clean_document.__globals__["_clean_chunk_real"](chunk, options)


def test_a_dead_worker_fails_its_documents_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(
        cleannews.batch.clean_document.__globals__,
        "_clean_chunk_real",
        cleannews.batch._clean_chunk,
    )
    monkeypatch.setattr(cleannews.batch, "_clean_chunk", _dies_on_boom)
    monkeypatch.setattr(cleannews.batch, "CHUNK_SIZE", 1)
    monkeypatch.setattr(cleannews.cli, "_jobs", lambda _jobs: 2)
    for name in ("a.txt", "boom.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text(SAMPLE, "utf-8")
    code, out, err = run("clean", "-q", "--jobs", "2", str(tmp_path))
    assert code == 1
    assert "boom.txt: internal error: the worker process cleaning it died" in err
    inputs = {Path(json.loads(line)["input"]).name for line in out.splitlines()}
    assert inputs == {"a.txt", "c.txt", "d.txt"}


def _previous(tmp_path: Path) -> Path:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", "utf-8")
    return out


def _no_temp_files(folder: Path) -> None:
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


def test_a_read_only_output_folder_is_one_line_and_status_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_target: Path) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(cleannews.output, "_open_temp", refuse)
    out = _previous(tmp_path)
    code, _, err = run("clean", "-q", str(FIXTURES / "004_d06de67a4468fdf3.txt"), "-o", str(out))
    assert code == 3
    assert err == f"cleannews: error: cannot write {out}: Permission denied\n"
    assert out.read_text("utf-8") == "previous\n"


def test_a_full_disk_keeps_the_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Full:
        def __init__(self, fd: int, _mode: str) -> None:
            self.fd = fd

        def write(self, _data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self) -> None:
            pass

        def close(self) -> None:
            os.close(self.fd)

    monkeypatch.setattr(cleannews.output.os, "fdopen", Full)
    out = _previous(tmp_path)
    code, _, err = run("clean", "-q", str(FIXTURES / "004_d06de67a4468fdf3.txt"), "-o", str(out))
    assert code == 3
    assert err == f"cleannews: error: cannot write {out}: No space left on device\n"
    assert out.read_text("utf-8") == "previous\n"
    _no_temp_files(tmp_path)


def test_a_missing_output_folder_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("clean", "-q", str(FIXTURES), "-o", str(tmp_path / "no" / "out.jsonl"))
    assert code == 2
    assert "output folder does not exist" in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_standard_output_on_dev_full_is_status_3() -> None:
    with open("/dev/full", "wb") as full:
        result = cli("clean", "-q", str(FIXTURES / "004_d06de67a4468fdf3.txt"), stdout=full)
    assert result.returncode == 3
    assert (
        result.stderr
        == b"cleannews: error: cannot write standard output: No space left on device\n"
    )


def test_a_closed_standard_output_is_status_3() -> None:
    result = cli(
        "clean",
        "-q",
        str(FIXTURES / "004_d06de67a4468fdf3.txt"),
        stdout=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),
    )
    assert result.returncode == 3
    assert result.stderr == b"cleannews: error: cannot write standard output: it is closed\n"


def test_a_failed_run_leaves_no_temporary_file(tmp_path: Path) -> None:
    out = _previous(tmp_path)
    dump = jsonl(tmp_path / "d.jsonl", [{"id": "a", "text": SAMPLE}])
    code, _, _ = run("clean", "-q", str(dump), "-o", str(out))
    assert code == 0
    assert out.read_text("utf-8").count("\n") >= 1
    _no_temp_files(tmp_path)


def _wait_for_workers(pid: int, timeout: float = 20) -> None:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not children.exists():
            time.sleep(2)  # no /proc: give the pool time to start
            return
        if children.read_text().split():
            time.sleep(0.3)  # and a chunk or two of work
            return
        time.sleep(0.05)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("_trial", [1, 2])
@pytest.mark.parametrize(("sig", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_parallel_run_exits_cleanly(
    tmp_path: Path, sig: signal.Signals, status: int, _trial: int
) -> None:
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) or SIGTERM with
    --jobs 2: no traceback, no hang, the previous -o file intact, no temporary file."""
    dump = jsonl(tmp_path / "d.jsonl", [{"id": str(i), "text": SAMPLE} for i in range(6000)])
    out = _previous(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cleannews",
            "clean",
            "-q",
            "--jobs",
            "2",
            str(dump),
            "-o",
            str(out),
        ],
        env=env,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # a test runner started in the background inherits SIGINT ignored (nohup, `&`), and
        # so would the CLI, which keeps an ignored SIGINT ignored as programs should
        preexec_fn=_default_sigint,  # noqa: PLW1509  (only sets a signal disposition)
    )
    _wait_for_workers(process.pid)
    if process.poll() is not None:
        pytest.skip("the run ended before the signal")
    os.killpg(process.pid, sig)
    try:
        _, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("the interrupted run hung")
    assert process.returncode == status
    assert b"Traceback" not in err
    assert b"KeyboardInterrupt" not in err
    assert out.read_text("utf-8") == "previous\n"
    _no_temp_files(tmp_path)


# --- properties ---------------------------------------------------------------------------

_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_text, st.binary(max_size=400)), st.sampled_from([None, True, False]))
def test_any_input_raises_only_library_errors(data: str | bytes, html: bool | None) -> None:
    with contextlib.suppress(cleannews.CleanNewsError):
        cleannews.clean_all(data, html=html)


def test_a_line_of_hashes_is_read_in_one_pass(tmp_path: Path) -> None:
    """Found by the JSONL fuzz target: `(?:#\\S+\\s*)+` tried every split of a run of `#`.

    Before the fix this line took over 30 s; a subprocess bounds it, so a regression fails
    here instead of hanging the suite.
    """
    line = "#" * 63 + "-" + "#" * 40 + "!" + "#" * 14 + "موسكو ترغب بتعزيز علاقاتها" + "Y" * 120
    doc = tmp_path / "hashes.txt"
    doc.write_text(
        f"{line}\n\nوزير الموارد يدعو إلى كبح الأسعار.\n\nزيارة إلى منطقة خاركيف (أ.ب)\n", "utf-8"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run(
        [sys.executable, "-m", "cleannews", "explain", str(doc)],
        env=env,
        capture_output=True,
        timeout=20,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "#" * 40 in result.stdout.decode("utf-8")  # the line is accounted for


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["", "TT", "• بند", "كلمات دلالية: أ ب", "قصير", SAMPLE[:300]])))
def test_adversarial_lines_are_each_accounted_for(lines: list[str]) -> None:
    _accounted("\n".join(lines))


# Slow runs of the properties: `CLEANNEWS_SLOW=1 pytest -q -m slow tests/test_robustness.py`.
SLOW = pytest.mark.skipif(not os.environ.get("CLEANNEWS_SLOW"), reason="set CLEANNEWS_SLOW=1")
_mixed_line = st.one_of(
    st.sampled_from(
        ["", "TT", "• بند", "كلمات دلالية: أ ب ج", "المصدر: وكالة", "قصير", "اقرأ أيضا"]
    ),
    st.sampled_from(SAMPLE.splitlines()),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80),
)


@pytest.mark.slow
@SLOW
@settings(max_examples=10_000, deadline=None)
@given(st.lists(_mixed_line, max_size=40))
def test_slow_lines_are_accounted_for_and_raise_only_library_errors(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        _accounted(text)
    except cleannews.CleanNewsError:
        return


def test_output_is_the_same_in_a_new_process_with_another_hash_seed() -> None:
    files = [str(p) for p in sorted(FIXTURES.glob("*.txt"))]
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-m", "cleannews", "clean", "-q", *files],
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") >= len(files)


def _reclean(article: cleannews.Article) -> cleannews.Article | None:
    """The cleaned article printed as plain text (headline, blank line, body), cleaned again."""
    text = f"{article.headline}\n\n{article.body}" if article.headline else article.body
    again = cleannews.clean_all(text)
    return again[0] if again else None


def _assert_idempotent(text: str) -> None:
    for article in cleannews.clean_all(text):
        again = _reclean(article)
        assert again is not None
        assert (again.headline, again.paragraphs) == (article.headline, article.paragraphs)


_short_line = st.sampled_from(SHORT)  # the lines `bench_idempotence.py` mixes in
_prose_line = st.sampled_from([line for line in SAMPLE.splitlines() if len(line) > 80])


_PROSE = [line for line in SAMPLE.splitlines() if len(line) > 80]
_TWO_WORD_HEADLINE_ABOVE_A_QUESTION = [
    "تفاصيل الاتفاق", "TT", "تفاصيل الاتفاق", "هل تنجح الخطة الجديدة؟", "• بند أول",
]  # fmt: skip
_Q = "هل تنجح الخطة الجديدة؟"
_PARAGRAPH_ABOVE_A_QUESTION_PRINTED_TWICE = [
    _PROSE[19], _PROSE[6], _PROSE[6], "كلمات دلالية: سياسة اقتصاد", "• بند أول",
    "تفاصيل الاتفاق", _Q, _PROSE[5], _Q, "الرئيسية", _PROSE[15],
]  # fmt: skip


def _doc(*rows: str | int) -> str:
    """Lines of a generated document; an int is that prose line of the sample."""
    return "\n".join(_PROSE[row] if isinstance(row, int) else row for row in rows)


# One document per class of re-cleaning failure found by benchmarks/bench_idempotence.py;
# each changed on a second cleaning before its fix.
@pytest.mark.parametrize(
    "text",
    [
        # a short bullet item above the headline stopped the headline search; the edge
        # scoring removed the item later, so the second cleaning found the headline
        pytest.param(_doc("• بند أول", _Q, 9), id="bullet-above-headline"),
        # a question above a bracketed credit was stepped over as the credit's caption,
        # which Arabic prints under the credit: the caption passes left it as body
        pytest.param(_doc(_Q, "(أ.ف.ب)", 10, 22), id="question-above-credit"),
        # a sentence printed twice above the headline (a caption or teaser) ended the search
        pytest.param(_doc(13, _Q, 13, 7, 19, 5), id="repeated-sentence-above-headline"),
        # ... and once stepped over, must not stay body above the headline
        pytest.param(_doc(16, 16, "تفاصيل الاتفاق", 0, 5, 4, 3, 10, 16), id="body-above-headline"),
        # a paragraph printed again further down the text was taken for the deck once the
        # line between it and the headline was gone
        pytest.param(_doc(_Q, "• بند أول", 0, 12, 10, 2, 10, 19, 0), id="deck-printed-again"),
        pytest.param(_doc("• بند أول", 0, _Q, 0, 3, 15, 2, 3), id="deck-chain"),
        # a short line printed twice was an in-body caption only when exactly two copies
        # were left, or when no widget stood before it: both changed once cleaned
        pytest.param(_doc("• بند أول", 3, "• بند أول", 13, 4, "• بند أول", 20, 22), id="list-item"),
        pytest.param(
            _doc(11, 8, 19, "TT", "تفاصيل الاتفاق", "الرئيسية", _Q, "تفاصيل الاتفاق", _Q),
            id="caption-after-widget",
        ),
        # sentences printed twice above the headline filled the lines searched for it
        pytest.param(_doc(0, 7, 7, 0, "• بند أول", "ماذا بعد القرار؟", 18, 10), id="search-window"),
        # a blurb above the headline ended the lead block there: the captions printed twice
        # under the headline were body until the blurb was gone
        pytest.param(_doc(0, _Q, 12, 12, 3, 9, "(أ.ف.ب)", 4, 5, 9, _Q), id="lead-after-blurb"),
        # the deck was a sentence also printed above the headline (a teaser): once it was
        # taken, the next lead line became the deck of the cleaned article
        pytest.param(
            _doc("كلمات دلالية: سياسة اقتصاد", 18, "ماذا بعد القرار؟", 18, _Q, 9), id="deck-teaser"
        ),
        # a short line above a closing poll stood as the text's last line: the poll was
        # removed, and the line with it only on the second cleaning
        pytest.param(_doc("TT", 4, "تفاصيل الاتفاق", _Q, "• بند أول", "• بند أول"), id="poll"),
        # ... and with no sentence printed once under that headline, the lead block runs to
        # the end of the span, as it does on a span with no blurb
        pytest.param(_doc(0, _Q, _Q, "ماذا بعد القرار؟", "ماذا بعد القرار؟"), id="lead-to-the-end"),
        # the deck was looked for up to the blurb above the headline, so never; once the
        # blurb was gone, the line under the headline was the deck
        pytest.param(
            _doc(11, "ماذا بعد القرار؟", "TT", _Q, 2, "(أ.ف.ب)", 20, 3, 8, "• بند أول", 3),
            id="deck-after-blurb",
        ),
        # a short list item under the headline hid the deck under it
        pytest.param(_doc("ماذا بعد القرار؟", "• بند أول", _Q, 8, 22), id="deck-under-item"),
        # the headline's scorer took the first of the sentences printed twice above it for
        # the start of the text, and so saw no candidate; cleaned, the text had none of them
        pytest.param(
            _doc(3, 6, 3, "ماذا بعد القرار؟", _Q, 10, _Q, 8, 6, 21), id="scorer-after-repeats"
        ),
        # an anchored two-word headline (`TT` and its repeat gone once cleaned) above a
        # question: the question is the longer headline-like line, and won the second time
        pytest.param(_doc(4, *_TWO_WORD_HEADLINE_ABOVE_A_QUESTION, 10), id="two-word-headline"),
        # a question printed twice under a two-word title and a sentence read as a headline
        # printed again and again once the title's own repeats at the end were gone
        pytest.param(
            _doc("تفاصيل الاتفاق", 9, _Q, _Q, "تفاصيل الاتفاق", "تفاصيل الاتفاق", "TT"),
            id="question-printed-twice",
        ),
        # a deck over no text: the only line under the headline was body when lead captions
        # stood between them, and the deck (so no article at all) once they were gone
        pytest.param(_doc(_Q, 0, 0, "وكالة: بوتين وكيم ينقلان العلاقات العسكرية"), id="lone-deck"),
        # a short line printed three times: two copies in a row were body while a third stood
        # at the end (removed at the edge), and a photo's title and alt once it was gone
        pytest.param(_doc(0, "قصير", "قصير", _Q, "قصير"), id="pair-and-third-copy"),
        # ... and a tag line before the pair hid the running text above it
        pytest.param(
            _doc(0, "كلمات دلالية: أ ب ج", "قصير", "ماذا بعد القرار؟", "قصير", _Q), id="tag-line"
        ),
        # a question printed twice was the headline; once its copy was gone, another question
        # printed above and below a paragraph scored on the lead that held its own copy
        pytest.param(
            _doc(_Q, _Q, "ماذا بعد القرار؟", 1, "ماذا بعد القرار؟"), id="copy-in-the-lead"
        ),
        # a two-word title printed twice over a question: once its copy was gone, the question
        # was taken for a long title the text backs, and scored over the title
        pytest.param(
            _doc("• بند أول", "تفاصيل الاتفاق", _Q, "تفاصيل الاتفاق", 3, 12, "الرئيسية"),
            id="question-under-a-two-word-title",
        ),
    ],
)
def test_recleaning_each_known_case_changes_nothing(text: str) -> None:
    _assert_idempotent(text)


# Known gap, measured (benchmarks/bench_idempotence.py): 1 of 8,000 generated documents (seeds
# 7, 1, 2, 3) changes on a second cleaning (`--mixed 3000`: docs/reliability.md); the classes
# fixed so far are the known cases above. What is left is evidence the printed article no
# longer holds, such as the explicit example: with no headline found (a paragraph opens the
# span), a question printed twice stays in the body with the short lines above it; cleaned,
# the paragraph reads as a blurb above a headline printed twice. The derandomized search alone
# does not find one on every run (CI found one while a local run did not), so the example
# makes the strict mark deterministic: the day it is idempotent, the mark fails and must go.
@pytest.mark.xfail(strict=True, reason="re-cleaning is not idempotent yet (docs/reliability.md)")
@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.one_of(_short_line, _prose_line, _prose_line), min_size=1, max_size=12))
@example(_PARAGRAPH_ABOVE_A_QUESTION_PRINTED_TWICE)
def test_recleaning_a_cleaned_article_changes_nothing(lines: list[str]) -> None:
    _assert_idempotent("\n".join(lines))


@pytest.mark.slow
@SLOW
@pytest.mark.xfail(strict=True, reason="re-cleaning is not idempotent yet (docs/reliability.md)")
@settings(max_examples=10_000, deadline=None)
@given(st.lists(st.one_of(_short_line, _prose_line, _mixed_line), min_size=1, max_size=30))
def test_slow_recleaning_is_idempotent(lines: list[str]) -> None:
    _assert_idempotent("\n".join(lines))


@settings(max_examples=200, deadline=None)
@given(st.lists(_prose_line, min_size=1, max_size=15, unique=True))
def test_text_with_no_boilerplate_keeps_every_word(lines: list[str]) -> None:
    articles = cleannews.clean_all("\n".join(lines))
    kept = " ".join(p for a in articles for p in a.paragraphs).split()
    assert kept == " ".join(lines).split()


class _CountingText(str):
    """A page's text that counts how often it is searched."""

    searches = 0

    def __contains__(self, cue: object) -> bool:
        type(self).searches += 1
        return super().__contains__(cue)  # type: ignore[operator]


def test_a_pages_cues_are_searched_once_however_many_spans_ask() -> None:
    # per-span page checks scanned the whole page once for every span: a page of 6,000
    # headline / TT / paragraph blocks took 36 s where 600 took 0.6 s (bench_robust.py)
    page = read_page("\n".join(["عنوان", "TT", "عنوان", "فقرة من النص."] * 50))
    page.__dict__["lines_text"] = _CountingText(page.lines_text)
    _CountingText.searches = 0
    assert [page.has(",") for _ in range(100)] == [False] * 100
    assert [page.has("@") for _ in range(100)] == [False] * 100
    assert _CountingText.searches == 2


def _double(chunk: list[int], _arg: None) -> list[int]:
    return [2 * n for n in chunk]


class _BrokenExecutor:
    """An executor whose worker died between two reads: it refuses new work."""

    def submit(self, *_args: object) -> None:
        raise BrokenProcessPool("A child process terminated abruptly")

    def shutdown(self, **_kwargs: object) -> None:
        pass


def test_work_submitted_after_a_worker_died_is_redone_not_raised() -> None:
    # a worker died while the next chunk was being submitted: the executor refused it, and
    # the refusal escaped the batch (seen once in CI: `BrokenProcessPool` from `clean --jobs 2`)
    pool = cleannews.workers._Pool(
        _double, None, lambda n: -n, 1, multiprocessing.get_context("fork")
    )
    try:
        pool.executor.shutdown()
        pool.executor = _BrokenExecutor()  # type: ignore[assignment]
        pending = deque([(pool.submit([1, 2]), [1, 2]), (pool.submit([3]), [3])])
        assert pool.results(pending) == [2, 4]
        assert pool.results(pending) == [6]
    finally:
        pool.close()
