"""How often cleaning a cleaned article changes it: generated documents (sample sentences,
questions, widgets, bullets, credits and tag lines in random order) are cleaned, each article
is printed as plain text (headline, blank line, body) and cleaned again. Run:

    python benchmarks/bench_idempotence.py [--docs 2000] [--seed 7]
    python benchmarks/bench_idempotence.py --mixed 3000   # the slow property's inputs

`--mixed N` counts instead the documents of the slow idempotence property in
`tests/test_robustness.py` (marker lines, sample lines and random text, up to 30 lines), N
cases drawn derandomized by Hypothesis, so that two versions of the code see the same inputs.
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
    parser.add_argument("--mixed", type=int, default=0, help="cases of the slow property")
    args = parser.parse_args()
    if args.mixed:
        mixed(args.mixed)
        return
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


def mixed(cases: int) -> None:
    # here, not at the top: the default run needs neither Hypothesis nor the test suite
    import sys  # noqa: PLC0415

    from hypothesis import HealthCheck, given, settings  # noqa: PLC0415
    from hypothesis import strategies as st  # noqa: PLC0415

    sys.path.insert(0, str(FIXTURES.parent.parent))
    from tests import test_robustness as props  # noqa: PLC0415

    changed: list[list[str]] = []
    lines = st.one_of(props._short_line, props._prose_line, props._mixed_line)

    @settings(
        max_examples=cases,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.lists(lines, min_size=1, max_size=30))
    def check(doc: list[str]) -> None:
        try:
            props._assert_idempotent("\n".join(doc))
        except AssertionError:
            changed.append(doc)

    check()
    print(f"{len(changed)} of {cases} mixed documents change on a second cleaning")


if __name__ == "__main__":
    main()
