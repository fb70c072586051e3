"""Throughput of the `cleannews clean` command against in-process `clean_all`.

Writes a JSON Lines corpus of recombined samples to a temporary folder, then times:
- `clean_all` over the same texts in this process (the ceiling);
- `cleannews clean corpus.jsonl -o out.jsonl --jobs 1` and `--jobs 2` as subprocesses.
Run:

    python benchmarks/bench_cli.py --docs 20000

Targets (issue 3): one job >= 80 % of in-process throughput; two jobs >= 1.7x one job.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cleannews

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_clean import make_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20000)
    args = parser.parse_args()
    # Distinct string objects, as a pipeline reading documents would have: reusing the same
    # few sample objects keeps them hot in the CPU caches and flatters the baseline.
    corpus = [text.encode("utf-8").decode("utf-8") for text in make_corpus(args.docs, seed=29)]
    megabytes = sum(len(t.encode("utf-8")) for t in corpus) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "corpus.jsonl"
        with dump.open("w", encoding="utf-8") as handle:
            for n, text in enumerate(corpus):
                handle.write(json.dumps({"id": n, "text": text}, ensure_ascii=False) + "\n")
        started = time.perf_counter()
        articles = sum(len(cleannews.clean_all(text)) for text in corpus)
        in_process = time.perf_counter() - started
        rows = [("in-process clean_all", in_process, articles)]
        for jobs in (1, 2):
            out = Path(tmp) / f"out{jobs}.jsonl"
            cmd = [sys.executable, "-m", "cleannews.cli", "clean", str(dump), "-o", str(out)]
            started = time.perf_counter()
            subprocess.run([*cmd, "--jobs", str(jobs), "--quiet"], check=True)
            seconds = time.perf_counter() - started
            with out.open("rb") as handle:
                rows.append((f"cleannews clean --jobs {jobs}", seconds, sum(1 for _ in handle)))
    print(
        f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
        f"cleannews {cleannews.__version__}; corpus {len(corpus)} documents, "
        f"{megabytes:.0f} MB"
    )
    print()
    print("| run | seconds | documents/s | MB/s | articles | vs in-process |")
    print("|---|---|---|---|---|---|")
    for name, seconds, count in rows:
        print(
            f"| {name} | {seconds:.1f} | {len(corpus) / seconds:.0f} | "
            f"{megabytes / seconds:.1f} | {count} | {in_process / seconds:.2f} |"
        )
    print()
    print(f"two jobs / one job: {rows[1][1] / rows[2][1]:.2f}x")


if __name__ == "__main__":
    main()
