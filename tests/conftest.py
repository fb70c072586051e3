from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = sorted(FIXTURES.glob("0*.txt"))


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(params=SAMPLES, ids=lambda p: p.name[:3])
def sample(request: pytest.FixtureRequest) -> Path:
    return request.param  # type: ignore[no-any-return]
