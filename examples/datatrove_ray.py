"""Clean a crawl on a Ray cluster with datatrove: the local example's pipeline as Ray tasks.

Start Ray first (`ray start --head` on one node, `ray start --address=...` on the others), or
let `ray.init()` start a local one: on a single machine that is Ray's local mode, for trying
the pipeline out. Paths must be reachable from every node (shared filesystem or `s3://`).

    pip install "cleannews[datatrove]" "ray[default]"
    python examples/datatrove_ray.py s3://bucket/crawl/ s3://bucket/clean/ --tasks 2000
"""

from __future__ import annotations

import argparse
from typing import Any

from datatrove.executor import RayPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from cleannews.integrations.datatrove import CleanNews


def build_executor(
    input_dir: str,
    output_dir: str,
    *,
    tasks: int = 100,
    workers: int = -1,
    main_only: bool = False,
    compression: str | None = "gzip",
) -> RayPipelineExecutor:
    pipeline: list[Any] = [
        JsonlReader(input_dir, glob_pattern="**/*.jsonl*"),
        CleanNews(
            "auto",
            main_only=main_only,
            exclusion_writer=JsonlWriter(f"{output_dir}/dropped", compression=compression),
        ),
        JsonlWriter(f"{output_dir}/articles", compression=compression),
    ]
    return RayPipelineExecutor(
        pipeline=pipeline,
        tasks=tasks,
        workers=workers,  # -1: every task at once, as the cluster's CPUs allow
        cpus_per_task=1,
        mem_per_cpu_gb=2,
        logging_dir=f"{output_dir}/logs",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input_dir")
    parser.add_argument("output_dir")
    parser.add_argument("--tasks", type=int, default=100)
    parser.add_argument("--workers", type=int, default=-1)
    parser.add_argument("--main-only", action="store_true")
    args = parser.parse_args()
    import ray  # noqa: PLC0415 - only the command needs a running Ray

    ray.init()  # the cluster of RAY_ADDRESS, else a local one
    build_executor(
        args.input_dir,
        args.output_dir,
        tasks=args.tasks,
        workers=args.workers,
        main_only=args.main_only,
    ).run()


if __name__ == "__main__":
    main()
