"""Regression guard: cleannews' scores on the evaluation corpus never drop below the recorded.

The figures in benchmarks/corpus/recorded.json come from `benchmarks/evaluate.py`; when a
change improves them, record the new figures (see docs/evaluation.md) so they cannot slip back.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import evaluate  # noqa: E402

RECORDED = json.loads((BENCHMARKS / "corpus" / "recorded.json").read_text("utf-8"))
LOWER_IS_BETTER = {"leaks", "leak_rate"}


@pytest.fixture(scope="module")
def results() -> dict:
    tools = [t for t in evaluate.TOOLS if t.name == "cleannews"]
    return evaluate.evaluate(evaluate.load_corpus(), tools)["cleannews"]


@pytest.mark.parametrize(("group", "keep"), evaluate.GROUPS, ids=[g for g, _ in evaluate.GROUPS])
def test_no_figure_drops_below_the_record(results: dict, group: str, keep) -> None:
    got = evaluate.totals(results, keep).figures()
    recorded = RECORDED[group]
    assert got["docs"] == recorded["docs"], "corpus changed: re-record the figures"
    for metric, value in recorded.items():
        if value is None or metric == "docs":
            continue
        if metric in LOWER_IS_BETTER:
            assert got[metric] <= value + 1e-4, (group, metric, got[metric], value)
        else:
            assert got[metric] >= value - 1e-4, (group, metric, got[metric], value)


def test_issue_targets(results: dict) -> None:
    samples = evaluate.totals(results, lambda d: d.group == "samples").figures()
    assert samples["tok_f1"] >= 0.99
    assert samples["leaks"] == 0
    corpus = evaluate.totals(results, lambda doc: doc.language == "ar").figures()
    assert corpus["tok_f1"] >= 0.97
    assert corpus["leaks"] <= corpus["docs"] / 10


def test_the_scorer_sees_a_leak_and_a_lost_line() -> None:
    """The metric itself: one boilerplate line in, one body line out."""
    doc = next(d for d in evaluate.load_corpus() if d.name == "004")
    gold = [p for a in doc.gold for p in a["paragraphs"]]
    pred = evaluate.Prediction(body=[*gold[1:], "المصدر: الحرة"])
    sc = evaluate.score(doc, pred)
    assert (sc.leaks, sc.para_gold - sc.para_tp) == (1, 1)
    assert sc.figures()["tok_f1"] < 1
