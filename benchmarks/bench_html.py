"""HTML pages: boilerplate left in the body and time, trafilatura `extract` alone vs cleannews.

    python benchmarks/bench_html.py [--repeat 50]

For each synthetic page of tests/fixtures/html (gold in gold.json): the body lines that are
not gold body (leaks), the gold body lines missing (lost), captions found, and the best of
`--repeat` timings of `trafilatura.extract(html)` and of `cleannews.clean_html(html)` (which
includes trafilatura's metadata extraction). Written into docs/html.md.
"""

from __future__ import annotations

import argparse
import platform
import time
from collections.abc import Callable

import trafilatura

from evaluate import Doc, Prediction, load_corpus, run_cleannews, run_trafilatura, score


def best_ms(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def lost(doc: Doc, pred: Prediction) -> int:
    sc = score(doc, pred)
    return sc.para_gold - sc.para_tp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    import cleannews  # noqa: PLC0415

    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"trafilatura {trafilatura.__version__}, cleannews {cleannews.__version__}\n")
    print(
        "| page | boilerplate lines in the page | trafilatura leaks | trafilatura lost "
        "| cleannews leaks | cleannews lost | captions found (cleannews) "
        "| trafilatura ms | cleannews ms | extra time |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    total_t = total_c = 0.0
    for doc in (d for d in load_corpus() if d.kind == "html"):
        tp, cp = run_trafilatura(doc), run_cleannews(doc)
        ts, cs = score(doc, tp), score(doc, cp)
        t_ms = best_ms(lambda doc=doc: trafilatura.extract(doc.data), args.repeat)
        c_ms = best_ms(lambda doc=doc: cleannews.clean_html(doc.data), args.repeat)
        total_t, total_c = total_t + t_ms, total_c + c_ms
        captions = f"{cs.captions_ok}/{cs.captions}"
        print(
            f"| {doc.name} | {ts.boilerplate_lines} | {ts.leaks} | {lost(doc, tp)} "
            f"| {cs.leaks} | {lost(doc, cp)} | {captions} "
            f"| {t_ms:.2f} | {c_ms:.2f} | {c_ms / t_ms - 1:+.0%} |"
        )
    print(
        f"\nall pages: trafilatura {total_t:.2f} ms, cleannews {total_c:.2f} ms, "
        f"extra {total_c / total_t - 1:+.0%}"
    )


if __name__ == "__main__":
    main()
