"""Corpus scale: the datatrove pipeline with 1 and 2 workers, next to datatrove's trafilatura
extractor on the same documents as HTML, and next to `clean_all` in a plain loop.

The corpus is bench_clean.py's (the bundled samples, alone or two glued together), written as
JSONL files; the HTML variant wraps each line in a `<p>` of a simple page. Every pipeline
reads JSONL and writes JSONL with `LocalPipelineExecutor`, and ends with a step that records
the task's peak resident memory (`resource.getrusage`). Run:

    python benchmarks/bench_scale.py                    # 20,000 docs, 2,000 as HTML
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
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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
    """Passes documents through; records the task's peak RSS (MB) when its input ends."""

    name = "peak memory"
    type = "📏 - BENCH"

    def run(
        self,
        data: Iterator[Any] | None,
        rank: int = 0,  # noqa: ARG002
        world_size: int = 1,  # noqa: ARG002
    ) -> Iterator[Any]:
        if data is not None:
            yield from data
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        self.stat_update("peak_rss_mb", value=peak_mb, unit="task")


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


def run_pipeline(
    steps: list[Any], workdir: Path, name: str, *, tasks: int, workers: int
) -> dict[str, Any]:
    """Wall seconds of a local run, the stats of its middle step, the workers' peak RSS."""
    logs = workdir / f"logs-{name}"
    executor = LocalPipelineExecutor(
        pipeline=[*steps, PeakMemory()],
        tasks=tasks,
        workers=workers,
        logging_dir=str(logs),
        skip_completed=False,
    )
    started = time.perf_counter()
    executor.run()
    seconds = time.perf_counter() - started
    per_task = [
        json.loads(path.read_text("utf-8")) for path in sorted((logs / "stats").glob("*.json"))
    ]
    merged = json.loads((logs / "stats.json").read_text("utf-8"))
    step = merged[1]
    peaks = [
        _total(task[-1]["stats"].get("peak_rss_mb", 0)) for task in per_task if task[-1]["stats"]
    ]
    return {
        "seconds": seconds,
        "step_seconds": _total(step["time_stats"]),
        "stats": {key: _total(value) for key, value in step["stats"].items()},
        "peak_rss_mb": max(peaks, default=0),
    }


def _total(value: Any) -> float:
    return float(value["total"]) if isinstance(value, dict) else float(value)


def plain_loop(texts: list[str], *, html_input: bool | None = None) -> tuple[float, int]:
    started = time.perf_counter()
    articles = sum(len(cleannews.clean_all(text, html=html_input)) for text in texts)
    return time.perf_counter() - started, articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--html-docs", type=int, default=2_000, help="documents run as HTML")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    os.environ.setdefault("PYTHONPATH", str(Path(__file__).resolve().parent.parent / "src"))

    texts = make_corpus(args.docs)
    pages = [page(text, i) for i, text in enumerate(texts[: args.html_docs])]
    workdir = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    mb_text = write_jsonl(workdir / "text", texts) / 1e6
    write_jsonl(workdir / "html", pages)
    cleannews.clean_all(texts[0])  # warm-up: imports, lexicon

    rows: list[tuple[str, int, float, str]] = []
    loop_s, loop_articles = plain_loop(texts)
    rows.append(("clean_all, plain loop (text)", 1, len(texts) / loop_s, f"{loop_articles} art."))

    def text_pipeline(out: str) -> list[Any]:
        return [
            JsonlReader(str(workdir / "text")),
            CleanNews("text"),
            JsonlWriter(str(workdir / out), compression=None),
        ]

    one = run_pipeline(text_pipeline("out1"), workdir, "w1", tasks=2, workers=1)
    two = run_pipeline(text_pipeline("out2"), workdir, "w2", tasks=2, workers=2)
    for label, res, workers in (
        ("datatrove + CleanNews", one, 1),
        ("datatrove + CleanNews", two, 2),
    ):
        articles = int(res["stats"].get("articles", 0))
        rows.append((label, workers, len(texts) / res["seconds"], f"{articles} art."))

    html_loop_s, html_articles = plain_loop(pages, html_input=True)
    rows.append(
        ("clean_all, plain loop (HTML)", 1, len(pages) / html_loop_s, f"{html_articles} art.")
    )
    cn_html = run_pipeline(
        [
            JsonlReader(str(workdir / "html")),
            CleanNews("html"),
            JsonlWriter(str(workdir / "out-cn-html"), compression=None),
        ],
        workdir,
        "cn-html",
        tasks=2,
        workers=1,
    )
    traf = run_pipeline(
        [
            JsonlReader(str(workdir / "html")),
            Trafilatura(),
            JsonlWriter(str(workdir / "out-traf"), compression=None),
        ],
        workdir,
        "traf",
        tasks=2,
        workers=1,
    )
    rows.append(
        (
            "datatrove + CleanNews (HTML)",
            1,
            len(pages) / cn_html["seconds"],
            f"{int(cn_html['stats'].get('articles', 0))} art.",
        )
    )
    timeouts = int(traf["stats"].get("timeout", 0))
    rows.append(
        (
            "datatrove + Trafilatura (HTML)",
            1,
            len(pages) / traf["seconds"],
            f"{int(traf['stats'].get('extracted', 0))} texts, {timeouts} timeouts",
        )
    )

    print(f"# bench_scale: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.platform()}")
    print(f"python {platform.python_version()}, {os.cpu_count()} CPUs, load {os.getloadavg()}")
    print(f"corpus: {len(texts)} docs ({mb_text:.1f} MB of text), {len(pages)} of them as HTML\n")
    print("| run | workers | docs/s | output |")
    print("|---|---:|---:|---|")
    for label, workers, rate, note in rows:
        print(f"| {label} | {workers} | {rate:,.0f} | {note} |")
    step_overhead = one["step_seconds"] / loop_s - 1
    pipeline_overhead = one["seconds"] / loop_s - 1
    print()
    print(f"CleanNews step time (1 worker) vs plain loop: {step_overhead:+.1%}")
    print(
        f"whole pipeline, 1 worker (read, clean, write, start-up) vs plain loop: {pipeline_overhead:+.1%}"
    )
    print(f"2 workers vs 1: {one['seconds'] / two['seconds']:.2f}x")
    print(
        "peak RSS per worker (MB): "
        f"text 1w {one['peak_rss_mb']:.0f}, text 2w {two['peak_rss_mb']:.0f}, "
        f"cleannews HTML {cn_html['peak_rss_mb']:.0f}, trafilatura HTML {traf['peak_rss_mb']:.0f}"
    )
    core_hours = 1e8 / (len(texts) / one["seconds"]) / 3600
    html_core_hours = 1e8 / (len(pages) / cn_html["seconds"]) / 3600
    print(
        f"100 million pages at the 1-worker rate: {core_hours:,.0f} core-hours (text), "
        f"{html_core_hours:,.0f} core-hours (these HTML pages)"
    )
    if args.keep:
        print(f"work folder: {workdir}")
    else:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
