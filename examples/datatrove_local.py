"""Clean a crawl with datatrove on one machine: JSONL in, cleaned JSONL out.

Every `*.jsonl` / `*.jsonl.gz` file under INPUT holds one page per line, scraped text or HTML
in `text` (or the HTML in the field named by `--html-key`), an `id` and optionally a `url`.
Each task takes its share of the files; `--workers` tasks run at once. Output: one document
per article in OUTPUT/articles, the dropped pages with their `filter_reason` in
OUTPUT/dropped, and datatrove's logs and stats (`stats.json`: articles, drops per reason,
lines removed per reason) in OUTPUT/logs.

    pip install "cleannews[datatrove]"
    python examples/datatrove_local.py crawl/ out/ --tasks 8 --workers 2
"""

from __future__ import annotations

import argparse
from typing import Any

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from cleannews.integrations.datatrove import CleanNews


def build_pipeline(
    input_dir: str,
    output_dir: str,
    *,
    input_kind: str = "auto",
    html_key: str | None = None,
    main_only: bool = False,
    compression: str | None = None,
) -> list[Any]:
    """Reader, cleaner (dropped pages to their own writer), writer."""
    return [
        JsonlReader(input_dir, glob_pattern="**/*.jsonl*"),
        CleanNews(
            input_kind,  # type: ignore[arg-type]
            html_key=html_key,
            main_only=main_only,
            exclusion_writer=JsonlWriter(f"{output_dir}/dropped", compression=compression),
        ),
        JsonlWriter(f"{output_dir}/articles", compression=compression),
    ]


def build_executor(
    input_dir: str, output_dir: str, *, tasks: int = 2, workers: int = 2, **options: Any
) -> LocalPipelineExecutor:
    return LocalPipelineExecutor(
        pipeline=build_pipeline(input_dir, output_dir, **options),
        tasks=tasks,
        workers=workers,
        logging_dir=f"{output_dir}/logs",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input_dir")
    parser.add_argument("output_dir")
    parser.add_argument("--tasks", type=int, default=2, help="shards of the input files")
    parser.add_argument("--workers", type=int, default=2, help="tasks run at once")
    parser.add_argument("--input", dest="input_kind", choices=["auto", "text", "html"])
    parser.add_argument("--html-key", help="metadata field holding the page's HTML")
    parser.add_argument("--main-only", action="store_true")
    parser.add_argument("--gzip", action="store_true", help="write .jsonl.gz")
    args = parser.parse_args()
    executor = build_executor(
        args.input_dir,
        args.output_dir,
        tasks=args.tasks,
        workers=args.workers,
        input_kind=args.input_kind or "auto",
        html_key=args.html_key,
        main_only=args.main_only,
        compression="gzip" if args.gzip else None,
    )
    executor.run()


if __name__ == "__main__":
    main()
