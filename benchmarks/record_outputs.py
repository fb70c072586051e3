"""Digests of what cleannews makes of every bundled document: a change detector for speed work.

A speed change must leave the output byte-identical (issue 16). This script cleans the five
samples, every page of the evaluation corpus and the HTML fixtures, and records one SHA-256
per document of the articles' JSON and of `explain`'s line decisions. `tests/test_recorded.py`
recomputes them and names the documents whose output moved.

These digests are not a golden: they say "the output changed", never "the output is right"
(the hand-written gold files do that). Re-record after a change meant to alter behaviour,
and read the diff of the gold-scored figures first:

    python benchmarks/record_outputs.py           # rewrite tests/fixtures/recorded_outputs.json
    python benchmarks/record_outputs.py --check   # exit 1 and list the documents that changed
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import cleannews

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "tests" / "fixtures" / "recorded_outputs.json"


def documents() -> Iterator[tuple[str, Path]]:
    """Every bundled input, keyed by its path from the repository root."""
    fixtures = ROOT / "tests" / "fixtures"
    paths = sorted(fixtures.glob("*.txt")) + sorted((fixtures / "html").glob("*.html"))
    paths += sorted((ROOT / "benchmarks" / "corpus").rglob("*.txt"))
    for path in paths:
        yield path.relative_to(ROOT).as_posix(), path


def digest(path: Path) -> str:
    """SHA-256 of the articles and of every line's decision, as JSON."""
    text = path.read_text("utf-8")
    if path.suffix == ".html":
        articles = cleannews.clean_html(text, url="https://example.com/article")
        decisions: list[str] = []
    else:
        articles = cleannews.clean_all(text)
        decisions = [d.model_dump_json() for d in cleannews.explain(text).lines]
    payload = "\n".join([a.model_dump_json() for a in articles] + decisions)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def compute() -> dict[str, str]:
    return {name: digest(path) for name, path in documents()}


def changed(recorded: dict[str, str], now: dict[str, str]) -> list[str]:
    """Documents whose digest moved, appeared or disappeared."""
    return sorted(
        name for name in recorded.keys() | now.keys() if recorded.get(name) != now.get(name)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not rewrite")
    args = parser.parse_args()
    now = compute()
    if args.check:
        moved = changed(json.loads(RECORD.read_text("utf-8")), now)
        for name in moved:
            print(name)
        print(f"{len(moved)} of {len(now)} documents changed", file=sys.stderr)
        return 1 if moved else 0
    RECORD.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"recorded {len(now)} documents in {RECORD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
