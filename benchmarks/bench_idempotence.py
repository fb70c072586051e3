"""How often cleaning a cleaned article changes it: generated documents (sample sentences,
questions, widgets, bullets, credits and tag lines in random order) are cleaned, each article
is printed as plain text (headline, blank line, body) and cleaned again. Run:

    python benchmarks/bench_idempotence.py [--docs 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import cleannews

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SHORT = [
    "هل تنجح الخطة الجديدة؟",
    "ماذا بعد القرار؟",
    "تفاصيل الاتفاق",
    "TT",
    "الرئيسية",
    "• بند أول",
    "(أ.ف.ب)",
    "كلمات دلالية: سياسة اقتصاد",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sample = (FIXTURES / "004_d06de67a4468fdf3.txt").read_text("utf-8")
    prose = [line for line in sample.splitlines() if len(line) > 80]
    rng = random.Random(args.seed)
    changed = {"headline": 0, "paragraphs": 0}
    for _ in range(args.docs):
        n = rng.randint(1, 12)
        lines = [rng.choice(SHORT) if rng.random() < 0.35 else rng.choice(prose) for _ in range(n)]
        for article in cleannews.clean_all("\n".join(lines)):
            text = f"{article.headline}\n\n{article.body}" if article.headline else article.body
            again = cleannews.clean_all(text)
            second = again[0] if again else None
            if second is None or second.headline != article.headline:
                changed["headline"] += 1
                break
            if second.paragraphs != article.paragraphs:
                changed["paragraphs"] += 1
                break
    total = sum(changed.values())
    print(
        f"{total} of {args.docs} documents change on a second cleaning ({total / args.docs:.2%}):"
    )
    print(f"  headline {changed['headline']}, paragraphs {changed['paragraphs']}")


if __name__ == "__main__":
    main()
