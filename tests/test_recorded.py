"""Speed work leaves the output byte-identical: every bundled document against its recorded digest.

A failure lists the documents whose articles or line decisions changed. If the change was
meant (a quality fix), check the gold-scored figures and re-record with
`python benchmarks/record_outputs.py`; if it was meant to be a pure speed-up, it is a bug.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import record_outputs


def test_every_document_is_recorded() -> None:
    recorded = json.loads(record_outputs.RECORD.read_text("utf-8"))
    assert sorted(recorded) == sorted(name for name, _ in record_outputs.documents())


def test_outputs_match_the_recorded_digests() -> None:
    recorded = json.loads(record_outputs.RECORD.read_text("utf-8"))
    assert record_outputs.changed(recorded, record_outputs.compute()) == []


def test_a_changed_output_is_named() -> None:
    recorded = {"a.txt": "0" * 64, "b.txt": "1" * 64}
    assert record_outputs.changed(recorded, {"a.txt": "0" * 64, "c.txt": "2" * 64}) == [
        "b.txt",
        "c.txt",
    ]
