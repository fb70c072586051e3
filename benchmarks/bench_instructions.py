"""Instructions per document (callgrind), for comparing two versions of the code exactly.

Wall-clock figures on a shared machine move by 10% from run to run; instruction counts do
not. Each source tree is run twice under valgrind: once on `--docs` documents of the
`bench_clean.py` corpus and once on none, and the difference divided by `--docs` is the cost
of one document, imports and start-up excluded. Run:

    python benchmarks/bench_instructions.py                      # this checkout
    python benchmarks/bench_instructions.py --src /tmp/base/src --src src

(`git worktree add /tmp/base <commit>` gives an earlier version to compare with.)
Needs `valgrind` on PATH.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Runs inside valgrind: clean `n` documents with the code found first on sys.path.
_CHILD = """
import sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
import cleannews
from bench_clean import make_corpus
n = int(sys.argv[3])
corpus = make_corpus(max(n, 1))
cleannews.clean_all(corpus[0])  # loads packs and models in both runs alike
for text in corpus[:n]:
    cleannews.clean_all(text)
"""


def instructions(src: Path, n_docs: int) -> int:
    """Instructions valgrind counted for the whole child process."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={out}",
                sys.executable,
                "-c",
                _CHILD,
                str(src),
                str(HERE),
                str(n_docs),
            ],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        for line in out.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise RuntimeError("callgrind wrote no totals")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", action="append", type=Path, help="a source tree (repeatable)")
    parser.add_argument("--docs", type=int, default=300)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not on PATH")
    sources = args.src or [HERE.parent / "src"]
    print("| source tree | instructions per document | vs first |")
    print("|---|---:|---:|")
    first = None
    for src in sources:
        per_doc = (instructions(src, args.docs) - instructions(src, 0)) / args.docs
        first = first or per_doc
        print(f"| `{src}` | {per_doc / 1e6:.2f} M | {per_doc / first - 1:+.1%} |")


if __name__ == "__main__":
    main()
