"""Clean a crawl on a Slurm cluster with datatrove: the local example's pipeline, one array job.

Each of `--tasks` array tasks reads its share of the input files, cleans them on one CPU and
writes its own output file. Paths can be any fsspec URL the nodes can reach (a shared
filesystem, `s3://...` with `pip install "datatrove[s3]"`). Rerunning the same command skips
the tasks already completed (datatrove's `logging_dir/completions`). Then:

    merge_stats out/logs/stats -o out/merged_stats.json   # articles, drops, lines removed

    pip install "cleannews[datatrove]"
    python examples/datatrove_slurm.py s3://bucket/crawl/ s3://bucket/clean/ \
        --tasks 2000 --partition cpu --venv /shared/venvs/cleannews
"""

from __future__ import annotations

import argparse
from typing import Any

from datatrove.executor import SlurmPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from cleannews.integrations.datatrove import CleanNews


def build_executor(
    input_dir: str,
    output_dir: str,
    *,
    tasks: int = 100,
    partition: str = "cpu",
    time: str = "04:00:00",
    venv_path: str | None = None,
    workers: int = -1,
    main_only: bool = False,
) -> SlurmPipelineExecutor:
    pipeline: list[Any] = [
        JsonlReader(input_dir, glob_pattern="**/*.jsonl*"),
        CleanNews(
            "auto",
            main_only=main_only,
            exclusion_writer=JsonlWriter(f"{output_dir}/dropped"),
        ),
        JsonlWriter(f"{output_dir}/articles"),  # gzip, one file per task
    ]
    return SlurmPipelineExecutor(
        pipeline=pipeline,
        tasks=tasks,
        workers=workers,  # -1: as many at once as Slurm gives
        time=time,
        partition=partition,
        cpus_per_task=1,  # cleannews is single-threaded: one task per core
        mem_per_cpu_gb=2,  # a task peaks well under 1 GB (docs/scaling.md)
        job_name="cleannews",
        venv_path=venv_path,
        logging_dir=f"{output_dir}/logs",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input_dir")
    parser.add_argument("output_dir")
    parser.add_argument("--tasks", type=int, default=100)
    parser.add_argument("--partition", default="cpu")
    parser.add_argument("--time", default="04:00:00", help="Slurm time limit per task")
    parser.add_argument("--venv", help="virtualenv to activate on the nodes")
    parser.add_argument("--main-only", action="store_true")
    args = parser.parse_args()
    build_executor(
        args.input_dir,
        args.output_dir,
        tasks=args.tasks,
        partition=args.partition,
        time=args.time,
        venv_path=args.venv,
        main_only=args.main_only,
    ).run()


if __name__ == "__main__":
    main()
