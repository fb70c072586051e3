"""Corpus scale: the datatrove pipeline with 1 and 2 workers, next to datatrove's trafilatura
extractor on the same documents as HTML, and next to `clean_all` in a plain loop.

The corpus is bench_clean.py's (the bundled samples, alone or two glued together), written as
JSONL files; the HTML variant wraps each line in a `<p>` of a simple page. Every pipeline
reads JSONL and writes JSONL with `LocalPipelineExecutor`, in a fresh process that never holds
the corpus, and ends with a step that records each task's peak resident memory
(`resource.getrusage`). Besides wall-clock documents/s, each run reports documents per
CPU-second (user + system time of the run's processes, trafilatura's sandbox included): on a
machine shared with other work, wall clock measures the neighbours too. Run:

    python benchmarks/bench_scale.py                    # 20,000 docs, 1,000 as HTML
    python benchmarks/bench_scale.py --docs 100000 --html-docs 20000

Targets (issue 14): the step adds no more than 10% over the plain loop; 2 workers >= 1.7x one.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.extractors import Trafilatura
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cleannews
from bench_clean import make_corpus
from cleannews.integrations.datatrove import CleanNews

FILES = 8  # input shards: every task count used here divides it


class PeakMemory(PipelineStep):  # type: ignore[misc]
    """Passes documents through; records the task's peak RSS (MB) and CPU time when it ends."""

    name = "peak memory"
    type = "📏 - BENCH"

    def run(
        self,
        data: Iterator[Any] | None,
        rank: int = 0,  # noqa: ARG002
        world_size: int = 1,  # noqa: ARG002
    ) -> Iterator[Any]:
        cpu = cpu_seconds()
        if data is not None:
            yield from data
        self.stat_update("cpu_ms", value=int(1000 * (cpu_seconds() - cpu)), unit="task")
        sandbox = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # trafilatura's
        self.stat_update("peak_rss_mb", value=max(peak_rss_kb(), sandbox) // 1024, unit="task")


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB.

    Linux's `VmHWM` where there is one: `getrusage`'s `ru_maxrss` carries over, through fork
    and exec, the RSS of the parent that started the process (here the benchmark holding the
    whole corpus), so it over-reports a fresh interpreter's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def cpu_seconds() -> float:
    """User + system seconds of this process and of its children that have ended.

    A pipeline's figure is the sum over its tasks, each measured in its own worker (the
    executor's pool processes are the forkserver's children, not the parent's)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def page(text: str, i: int) -> str:
    """A simple HTML rendering of one scraped text: its first line as h1, the rest as p."""
    lines = [html.escape(line) for line in text.splitlines() if line.strip()]
    body = f"<h1>{lines[0]}</h1>\n" + "".join(f"<p>{line}</p>\n" for line in lines[1:])
    return (
        f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{lines[0]}</title>'
        f'<link rel="canonical" href="https://news.example/{i}"></head>'
        f"<body><article>\n{body}</article></body></html>"
    )


def write_jsonl(folder: Path, texts: list[str]) -> int:
    folder.mkdir(parents=True)
    handles = [(folder / f"part{k:02d}.jsonl").open("w", encoding="utf-8") for k in range(FILES)]
    size = 0
    for i, text in enumerate(texts):
        line = json.dumps({"id": str(i), "text": text}, ensure_ascii=False) + "\n"
        handles[i % FILES].write(line)
        size += len(text.encode("utf-8"))
    for handle in handles:
        handle.close()
    return size


PIPELINES = ("w1", "w2", "cn-html", "traf")


def build(name: str, workdir: Path) -> tuple[list[Any], int]:
    """The steps of one measured pipeline, and its worker count (always 2 tasks)."""
    folder = workdir / ("text" if name in {"w1", "w2"} else "html")
    middle = {
        "w1": lambda: CleanNews("text"),
        "w2": lambda: CleanNews("text"),
        "cn-html": lambda: CleanNews("html"),
        "traf": Trafilatura,
    }[name]()
    writer = JsonlWriter(str(workdir / f"out-{name}"), compression=None)
    return [JsonlReader(str(folder)), middle, writer, PeakMemory()], 2 if name == "w2" else 1


def run_pipeline(name: str, workdir: Path) -> None:
    """In the child process: run one pipeline, write its figures to workdir/result-NAME.json."""
    steps, workers = build(name, workdir)
    logs = workdir / f"logs-{name}"
    executor = LocalPipelineExecutor(
        pipeline=steps, tasks=2, workers=workers, logging_dir=str(logs), skip_completed=False
    )
    started = time.perf_counter()
    executor.run()
    seconds = time.perf_counter() - started
    per_task = [
        json.loads(path.read_text("utf-8")) for path in sorted((logs / "stats").glob("*.json"))
    ]
    step = json.loads((logs / "stats.json").read_text("utf-8"))[1]
    peaks = [_total(task[-1]["stats"].get("peak_rss_mb", 0)) for task in per_task]
    result = {
        "seconds": seconds,
        "cpu_seconds": sum(_total(t[-1]["stats"].get("cpu_ms", 0)) for t in per_task) / 1000,
        "step_seconds": _total(step["time_stats"]),
        "stats": {key: _total(value) for key, value in step["stats"].items()},
        "peak_rss_mb": max(peaks, default=0),
    }
    (workdir / f"result-{name}.json").write_text(json.dumps(result), "utf-8")


def measure(name: str, workdir: Path) -> dict[str, Any]:
    """Run one pipeline in a fresh interpreter, so its memory is its own, not the corpus's."""
    subprocess.run(
        [sys.executable, __file__, "--run", name, str(workdir)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    result: dict[str, Any] = json.loads((workdir / f"result-{name}.json").read_text("utf-8"))
    return result


def _total(value: Any) -> float:
    return float(value["total"]) if isinstance(value, dict) else float(value)


def step_overhead(texts: list[str], rounds: int = 7) -> tuple[float, float]:
    """CPU seconds of `clean_all` over `texts` and of the CleanNews step over the same texts as
    datatrove Documents, no I/O: the fastest of `rounds` interleaved runs of each (noise from
    other work on the machine only ever adds time)."""
    step = CleanNews("text")
    loop_best = step_best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for text in texts:
            cleannews.clean_all(text, html=False)
        loop_best = min(loop_best, time.process_time() - started)
        docs = (Document(text=text, id=str(i)) for i, text in enumerate(texts))
        started = time.process_time()
        for _doc in step.run(docs):
            pass
        step_best = min(step_best, time.process_time() - started)
    return loop_best, step_best


def plain_loop(texts: list[str], *, html_input: bool | None = None) -> dict[str, Any]:
    cpu, started = cpu_seconds(), time.perf_counter()
    articles = sum(len(cleannews.clean_all(text, html=html_input)) for text in texts)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "stats": {"articles": articles}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--html-docs", type=int, default=1_000, help="documents run as HTML")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--run", nargs=2, metavar=("PIPELINE", "WORKDIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("PYTHONPATH", str(Path(__file__).resolve().parent.parent / "src"))
    if args.run:
        run_pipeline(args.run[0], Path(args.run[1]))
        return

    texts = make_corpus(args.docs)
    pages = [page(text, i) for i, text in enumerate(texts[: args.html_docs])]
    workdir = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    mb_text = write_jsonl(workdir / "text", texts) / 1e6
    mb_html = write_jsonl(workdir / "html", pages) / 1e6
    cleannews.clean_all(texts[0])  # warm-up: imports, lexicon
    load = os.getloadavg()

    loop = plain_loop(texts)
    overhead_loop, overhead_step = step_overhead(texts[:800])
    runs = {name: measure(name, workdir) for name in PIPELINES}
    html_loop = plain_loop(pages, html_input=True)
    table = [
        ("clean_all, plain loop", "text", 1, loop, len(texts), "articles"),
        ("datatrove + CleanNews", "text", 1, runs["w1"], len(texts), "articles"),
        ("datatrove + CleanNews", "text", 2, runs["w2"], len(texts), "articles"),
        ("clean_all, plain loop", "HTML", 1, html_loop, len(pages), "articles"),
        ("datatrove + CleanNews", "HTML", 1, runs["cn-html"], len(pages), "articles"),
        ("datatrove + Trafilatura", "HTML", 1, runs["traf"], len(pages), "extracted"),
    ]

    print(f"# bench_scale: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.platform()}")
    print(f"python {platform.python_version()}, {os.cpu_count()} CPUs")
    print(f"load average at start {load[0]:.2f}, at end {os.getloadavg()[0]:.2f}")
    print(
        f"corpus: {len(texts)} docs ({mb_text:.1f} MB of text), {len(pages)} of them as HTML "
        f"({mb_html:.1f} MB)\n"
    )
    print("| run | input | workers | wall s | docs/s | docs per CPU-s | out | peak RSS/worker |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for label, kind, workers, res, n, counter in table:
        peak = f"{res['peak_rss_mb']:.0f} MB" if "peak_rss_mb" in res else "-"
        print(
            f"| {label} | {kind} | {workers} | {res['seconds']:.1f} | {n / res['seconds']:,.0f} "
            f"| {n / res['cpu_seconds']:,.0f} | {int(res['stats'].get(counter, 0))} {counter} "
            f"| {peak} |"
        )
    one, two = runs["w1"], runs["w2"]
    timeouts = int(runs["traf"]["stats"].get("timeout", 0))
    print()
    print(f"trafilatura timeouts: {timeouts}")
    print(
        "1-worker pipeline (read, clean, write, start-up) vs plain loop: "
        f"{one['seconds'] / loop['seconds'] - 1:+.1%} wall, "
        f"{one['cpu_seconds'] / loop['cpu_seconds'] - 1:+.1%} CPU"
    )
    print(
        "CleanNews step alone vs clean_all, 800 docs, best of 7 interleaved, CPU: "
        f"{overhead_step / overhead_loop - 1:+.1%} ({overhead_loop:.2f} s vs {overhead_step:.2f} s)"
    )
    print(f"2 workers vs 1 (wall): {one['seconds'] / two['seconds']:.2f}x")
    for label, res, n in (("text", one, len(texts)), ("HTML", runs["cn-html"], len(pages))):
        hours = 1e8 * res["cpu_seconds"] / n / 3600
        print(f"100 million {label} pages at this run's CPU cost: {hours:,.0f} core-hours")
    if args.keep:
        print(f"work folder: {workdir}")
    else:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
