"""How time grows on adversarial shapes: each shape at n and at 10n lines, and the ratio.

A linear pass takes about 10x as long on 10x the lines; a ratio near 100 is quadratic. The
shapes are those of issue 15: keyword footers, bullets after a paragraph, alternating short
lines, headline / `TT` / paragraph repeated, the samples concatenated; and an HTML page whose
whole text makes no article (the trafilatura fallback: not linear, bounded in time). Run:

    python benchmarks/bench_robust.py            # about 45 s; prints a Markdown table
    python benchmarks/bench_robust.py --repeat 1 # best of one run per size (default: 2)
    python benchmarks/bench_robust.py --scale 3  # n three times larger
    python benchmarks/bench_robust.py --full     # adds the 5 MB -> 50 MB samples (minutes)

Target (issue 15): every text ratio under 12; the 50 MB input within 12x the 5 MB one.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import cleannews

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
PARAGRAPH = (
    "وقال المتحدث باسم الوزارة إن المحادثات بين البلدين ستتواصل الأسبوع المقبل في العاصمة، "
    "وإن الجانبين اتفقا على تشكيل لجنة مشتركة لمتابعة الملفات العالقة."
)
HEADLINE = "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب"
# Line numbers are printed with five digits (enough for 10n at the default scale), so that
# the lines at 10n are the lines at n, only ten times as many. With `{i}` they grew a digit:
# 7% more characters a bullet line, 5% more instructions per line under callgrind, and from
# line 10,000 on `كلمة 12345` has fewer letters than digits and is graded on another path.


def keyword_footers(n: int) -> str:
    """A paragraph and a separator-less keyword line, n times (the splitter matches tags)."""
    lines = []
    for i in range(n):
        lines += [
            f"{PARAGRAPH} رقم {i:05d}.",
            f"كلمات دلالية: الحكومة المزارعين الجنوب لجنة {i:05d}",
        ]
    return "\n\n".join(lines)


def bullets_after_paragraph(n: int) -> str:
    """One paragraph, then n bullet lines (the scoring step grades each edge line)."""
    return "\n".join([HEADLINE, PARAGRAPH, *(f"• بند رقم {i:05d}" for i in range(n))])


def alternating_short_lines(n: int) -> str:
    """Pairs of two-word fragments between five-word lines, before the running text."""
    lines = []
    for i in range(n // 3):
        lines += [f"كلمة {i:05d}", f"عنوان {i:05d}", f"سطر من خمس كلمات {i:05d}"]
    return "\n".join([*lines, PARAGRAPH, PARAGRAPH])


def headline_tt_paragraph(n: int) -> str:
    """Headline, `TT`, headline again, a paragraph: n lead blocks in a row."""
    block = []
    for i in range(n):
        block += [f"{HEADLINE} {i:05d}", "TT", f"{HEADLINE} {i:05d}", PARAGRAPH, PARAGRAPH]
    return "\n\n".join(block)


def emoji_run_line(n: int) -> str:
    """One line of n emoji, a letter, an emoji: the trailing emoji are read from the end."""
    return "\n".join([PARAGRAPH, "☀" * n + "x☀", PARAGRAPH])


def samples(n: int) -> str:
    """The bundled samples concatenated to n kilobytes."""
    texts = [p.read_text("utf-8") for p in sorted(FIXTURES.glob("0*.txt"))]
    parts: list[str] = []
    size = 0
    while size < n * 1000:
        text = texts[len(parts) % len(texts)]
        parts.append(text)
        size += len(text.encode("utf-8"))
    return "\n\n\n".join(parts)


def nested_links_page(n: int) -> str:
    """n nested `<div>`s of one link each: no article in the page, trafilatura retried."""
    return "<html><body>" + "<div><a href='/x'>رابط</a>" * n + "</div>" * n + "</body></html>"


SHAPES: list[tuple[str, Callable[[int], str], int, bool]] = [
    # name, builder, n (default scale), HTML
    ("keyword footers (pairs of lines)", keyword_footers, 3000, False),
    ("bullets after a paragraph (lines)", bullets_after_paragraph, 10000, False),
    ("alternating short lines (lines)", alternating_short_lines, 10000, False),
    ("headline / TT / paragraph (blocks)", headline_tt_paragraph, 2000, False),
    ("samples concatenated (KB)", samples, 1500, False),
    ("a line of emoji before a letter (characters)", emoji_run_line, 20000, False),
]
# Not linear (trafilatura's link-density tests are quadratic in depth), but bounded: the
# fallback is abandoned after `Config.html_fallback_seconds`. Depth stays under libxml2's 2048.
HTML_SHAPE = ("HTML fallback, nested links (depth)", nested_links_page, 200, True)


def seconds(text: str, html: bool, repeat: int) -> float:
    """CPU seconds of this process, fastest of `repeat` runs: on a shared machine the wall
    clock also counts the other processes' turns, and noise only ever adds time."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.process_time()
        if html:
            cleannews.clean_html(text, url="https://example.com/a")
        else:
            cleannews.clean_all(text)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n")
    parser.add_argument("--full", action="store_true", help="also 5 MB -> 50 MB of samples")
    parser.add_argument("--only", default="", help="only the shapes whose name contains this")
    parser.add_argument("--repeat", type=int, default=2, help="best of this many runs")
    args = parser.parse_args()
    cleannews.clean_all(samples(10))  # imports, packs and caches loaded before timing
    cleannews.clean_html(nested_links_page(10))  # and trafilatura
    shapes = list(SHAPES)
    if args.full:
        shapes.append(("samples concatenated, 5 -> 50 MB (KB)", samples, 5000, False))
    print(
        f"bench_robust: {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M')} UTC"
    )
    print()
    print("| shape | n | CPU s at n | CPU s at 10n | ratio |")
    print("|---|---:|---:|---:|---:|")
    started = time.perf_counter()
    for name, build, n, html in shapes:
        if args.only not in name:
            continue
        size = max(1, round(n * args.scale)) if "MB" not in name else n
        small_text, large_text = build(size), build(10 * size)
        small = large = float("inf")
        for _ in range(args.repeat):  # interleaved, so that both sizes see the same load
            small = min(small, seconds(small_text, html, 1))
            large = min(large, seconds(large_text, html, 1))
        print(f"| {name} | {size:,} | {small:.3f} | {large:.3f} | {large / small:.1f} |")
    name, build, n, html = HTML_SHAPE
    if args.only in name:
        small = seconds(build(n), html, 1)
        large = seconds(build(10 * n), html, 1)
        bound = getattr(cleannews.Config(), "html_fallback_seconds", None)  # None: before #15
        print()
        print(
            f"{name}: {n:,} -> {10 * n:,}: {small:.3f} s -> {large:.3f} s CPU "
            f"(the fallback is abandoned after html_fallback_seconds = {bound} s)"
        )
    print()
    print(f"total {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
