"""Every regular expression of cleannews against strings built to make it backtrack.

Why: a pattern such as `(?:#\\S+\\s*)+$` reads a line of 200 `#` in more ways than there are
atoms in the universe; the JSONL fuzz target found one in a 740-byte record. Fuzzing finds
such a line only by luck, so this probe builds the usual worst cases from each pattern's own
characters (long runs of one or two of them, alternations, a failing tail) and reports every
pattern slower than `--limit` on any of them.

    python benchmarks/probe_patterns.py [--limit-ms 5]

Module-level patterns (`re` and `regex`) and each shipped pack's `patterns` are probed.
Exit status 1 when a pattern is over the limit. Lines never hold a newline, so probes made
of newlines are reported apart (a page-level pattern over them is still worth a look).
`re` cannot be interrupted: a probe that never returns is itself the finding (run with
`timeout`; the old handle pattern hangs on `"#" * 200 + "-" + " ترغب z"`).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import random
import re
import sys
import time
from collections.abc import Iterator

import regex

import cleannews
from cleannews.packs import shipped_packs

Pattern = re.Pattern[str] | regex.Pattern[str]


def patterns() -> Iterator[tuple[str, Pattern]]:
    for info in pkgutil.walk_packages(cleannews.__path__, "cleannews."):
        if ".integrations" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for key, value in vars(module).items():
            if isinstance(value, re.Pattern | regex.Pattern) and isinstance(value.pattern, str):
                yield f"{info.name}.{key}", value
    for pack in shipped_packs():
        for key, source in pack.patterns.items():
            yield f"pack {pack.language}.{key}", re.compile(source)


def probes(pattern: Pattern, rng: random.Random) -> Iterator[str]:
    chars = sorted(
        {c for c in pattern.pattern if not c.isalnum() or c.isalpha()} | set("# @-.:a ،ا١1")
    )
    for c in chars:
        for d in chars[:40]:
            yield (c * 60 + d * 60) * 3 + "!"
            yield (c + " ") * 120 + "!"
            yield (c + d) * 150 + "\x00"
            yield c * 200 + d + " ترغب z"
            yield c * 100 + d * 100 + " z"
    for _ in range(300):
        yield "".join(rng.choice(chars) for _ in range(300))


def worst(pattern: Pattern) -> tuple[float, str]:
    rng = random.Random(1)
    slowest, text = 0.0, ""
    for probe in probes(pattern, rng):
        start = time.perf_counter()
        pattern.search(probe)
        pattern.match(probe)
        elapsed = time.perf_counter() - start
        if elapsed > slowest:
            slowest, text = elapsed, probe
    return slowest, text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit-ms", type=float, default=5.0)
    args = parser.parse_args()
    found = list(patterns())
    over = []
    for name, pattern in found:
        slowest, text = worst(pattern)
        if slowest * 1000 > args.limit_ms:
            over.append((slowest, name, text))
    print(f"{len(found)} patterns probed; over {args.limit_ms} ms:")
    failing = 0
    for slowest, name, text in sorted(over, reverse=True):
        newlines = set(text) <= {"\n", "\x00", "!", " "} and "\n" in text
        failing += not newlines
        note = " (newlines only: never inside a line)" if newlines else ""
        print(f"  {slowest * 1000:8.1f} ms  {name}  {text[:60]!r}{note}")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
