"""Body F1 on the ScrapingHub article-extraction benchmark: cleannews next to trafilatura.

    python benchmarks/bench_aeb.py [DATA_DIR] [--extractors cleannews,trafilatura,...]
                                   [--limit N] [--worst 10] [--json per_page.json]

DATA_DIR holds `ground-truth.json` and `html/KEY.html.gz` (default `../shared/benchmarks/aeb`
beside the repository); the data is never copied into the project.

Extractors:
- `cleannews`: `clean_html(html, url=url)` with the default settings, first article's body;
- `cleannews-page`: the same with `Config(html_extractor="page")` (the whole page rendered,
  no DOM evidence: the default before issue 13);
- `cleannews-trafilatura`: the same with `Config(html_extractor="trafilatura")`;
- `trafilatura`: `trafilatura.extract(html, url=url)` alone.

The metric is the benchmark's own (its README): `\\w+` tokens, consecutive 4-token shingles as
a multiset (a text of fewer than 4 tokens is one shorter shingle); per page tp, fp, fn divided
by tp + fp + fn; page precision tp / (tp + fp) and recall tp / (tp + fn), both 1 when fp = fn =
0; mean precision over pages with tp + fp > 0, mean recall over pages with tp + fn > 0, F1 of
the two means. Also printed: pages with precision under 0.5, crashes, and the mean and median
time per page (the page's bytes to the body, decoding included; the best of `--repeat` calls,
the extractors taking turns page by page, after one warm-up page).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import platform
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

TOKEN_RE = re.compile(r"\w+")
SHINGLE = 4
LOW_PRECISION = 0.5
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "aeb"

Extractor = Callable[[bytes, str | None], str]


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = TOKEN_RE.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def page_score(truth: str, prediction: str) -> PageScore:
    gold, pred = shingles(truth), shingles(prediction)
    tp = sum((gold & pred).values())
    fp = sum((pred - gold).values())
    fn = sum((gold - pred).values())
    total = tp + fp + fn
    if not total:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


@dataclass
class Run:
    name: str
    scores: dict[str, PageScore] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    crashes: list[str] = field(default_factory=list)

    def precision(self) -> float:
        values = [s.precision for s in self.scores.values() if s.tp + s.fp > 0]
        return statistics.mean(values) if values else 0.0

    def recall(self) -> float:
        values = [s.recall for s in self.scores.values() if s.tp + s.fn > 0]
        return statistics.mean(values) if values else 0.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def low_precision(self) -> list[str]:
        return [
            k for k, s in self.scores.items() if s.tp + s.fp > 0 and s.precision < LOW_PRECISION
        ]


def cleannews_extractor(html_extractor: str | None) -> Extractor:
    import cleannews  # noqa: PLC0415

    config = (
        cleannews.Config()
        if html_extractor is None
        else cleannews.Config(html_extractor=html_extractor)
    )

    def extract(data: bytes, url: str | None) -> str:
        articles = cleannews.clean_html(data, url=url, config=config)
        return articles[0].body if articles else ""

    return extract


def trafilatura_extractor() -> Extractor:
    import trafilatura  # noqa: PLC0415

    def extract(data: bytes, url: str | None) -> str:
        return trafilatura.extract(data, url=url) or ""

    return extract


EXTRACTORS: dict[str, Callable[[], Extractor]] = {
    "cleannews": lambda: cleannews_extractor(None),
    "cleannews-page": lambda: cleannews_extractor("page"),
    "cleannews-trafilatura": lambda: cleannews_extractor("trafilatura"),
    "trafilatura": trafilatura_extractor,
}


def load(root: Path, limit: int) -> list[tuple[str, bytes, str | None, str]]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[: limit or None]
    return [
        (
            key,
            gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()),
            truth[key].get("url"),
            truth[key].get("articleBody") or "",
        )
        for key in keys
    ]


def measure(
    names: list[str], pages: list[tuple[str, bytes, str | None, str]], repeat: int
) -> list[Run]:
    """Score every extractor on every page; a page's time is the best of `repeat` calls, the
    extractors taking turns page by page so that a busy moment of the machine hits all."""
    extractors = {name: EXTRACTORS[name]() for name in names}
    runs = {name: Run(name) for name in names}
    if pages:  # warm-up: imports and caches are not a page's cost
        for extract in extractors.values():
            with contextlib.suppress(Exception):  # a crash is counted on the scored call
                extract(pages[0][1], pages[0][2])
    for key, data, url, truth in pages:
        for name, extract in extractors.items():
            run = runs[name]
            best = float("inf")
            prediction = ""
            for attempt in range(repeat):
                start = time.perf_counter()
                try:
                    got = extract(data, url)
                except Exception as exc:  # a crash scores as an empty prediction
                    if attempt == 0:
                        run.crashes.append(f"{key}: {type(exc).__name__}: {exc}")
                    got = ""
                best = min(best, time.perf_counter() - start)
                if attempt == 0:
                    prediction = got
            run.seconds[key] = best
            run.scores[key] = page_score(truth, prediction)
    return list(runs.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--extractors", default="cleannews,cleannews-trafilatura,trafilatura")
    parser.add_argument("--limit", type=int, default=0, help="first N pages only")
    parser.add_argument("--worst", type=int, default=10, help="list the N worst cleannews pages")
    parser.add_argument("--json", type=Path, help="write per-page scores here (outside the repo)")
    parser.add_argument("--repeat", type=int, default=1, help="time: best of N calls per page")
    args = parser.parse_args()
    names = [n.strip() for n in args.extractors.split(",") if n.strip()]
    unknown = sorted(set(names) - set(EXTRACTORS))
    if unknown:
        sys.exit(f"unknown extractors {unknown}; valid: {', '.join(EXTRACTORS)}")
    pages = load(args.data, args.limit)
    import trafilatura  # noqa: PLC0415

    import cleannews  # noqa: PLC0415

    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"trafilatura {trafilatura.__version__}, cleannews {cleannews.__version__}")
    print(f"{len(pages)} pages from {args.data}\n")
    runs = measure(names, pages, max(1, args.repeat))
    print(
        "| extractor | F1 | precision | recall | pages with precision < 0.5 | crashes "
        "| ms per page (mean) | ms per page (median) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for run in runs:
        times = list(run.seconds.values())
        print(
            f"| {run.name} | {run.f1():.3f} | {run.precision():.3f} | {run.recall():.3f} "
            f"| {len(run.low_precision())} | {len(run.crashes)} "
            f"| {statistics.mean(times) * 1000:.1f} | {statistics.median(times) * 1000:.1f} |"
        )
    for run in runs:
        for crash in run.crashes:
            print(f"crash ({run.name}) {crash}")
    by_name = {run.name: run for run in runs}
    main_run = by_name.get("cleannews") or runs[0]
    reference = by_name.get("trafilatura")
    if args.worst:
        print(f"\nworst {args.worst} pages of {main_run.name} by F1:")
        worst = sorted(main_run.scores.items(), key=lambda kv: kv[1].f1)[: args.worst]
        for key, sc in worst:
            ref = f"  trafilatura F1 {reference.scores[key].f1:.3f}" if reference else ""
            print(f"  {key[:16]}  F1 {sc.f1:.3f}  P {sc.precision:.3f}  R {sc.recall:.3f}{ref}")
    if reference is not None and main_run is not reference:
        behind = [k for k, s in main_run.scores.items() if s.f1 < reference.scores[k].f1 - 0.2]
        print(f"\npages more than 0.2 F1 below trafilatura: {len(behind)}")
        for key in behind:
            print(f"  {key[:16]}  {main_run.scores[key].f1:.3f} vs {reference.scores[key].f1:.3f}")
    if args.json:
        out = {
            run.name: {
                k: {
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                    "ms": run.seconds[k] * 1000,
                }
                for k, s in run.scores.items()
            }
            for run in runs
        }
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
