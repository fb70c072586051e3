"""Properties that hold on every input: nothing vanishes, cleaning is idempotent."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import cleannews
from cleannews.normalise import normalise_line
from tests.conftest import read


def _accounted(text: str) -> None:
    explanation = cleannews.explain(text)
    lines = text.splitlines() if text else []
    decisions = explanation.lines
    # one decision per input line, in order, with offsets that slice back to the line
    assert [d.line for d in decisions] == list(range(1, len(decisions) + 1))
    for d in decisions:
        assert normalise_line(text[d.start : d.end]) == d.text
    assert len(decisions) >= len([ln for ln in lines if ln.strip()])
    for d in decisions:
        if d.text:
            assert d.field != "blank"
            assert d.pass_name
            assert d.reason
        else:
            assert d.field == "blank"


def test_every_line_accounted_for_exactly_once(sample: Path) -> None:
    text = read(sample)
    _accounted(text)
    explanation = cleannews.explain(text)
    non_blank = [" ".join(ln.split()) for ln in text.splitlines() if ln.strip()]
    assert [d.text for d in explanation.lines if d.field != "blank"] == non_blank


def test_body_lines_are_exactly_the_paragraphs(sample: Path) -> None:
    explanation = cleannews.explain(read(sample))
    for article in explanation.articles:
        in_body = [
            d.text
            for d in explanation.lines
            if d.article == article.position and d.field in ("body", "subheading")
        ]
        assert in_body == article.paragraphs


def test_cleaning_a_body_again_changes_nothing(sample: Path) -> None:
    for article in cleannews.clean_all(read(sample)):
        again = cleannews.clean_all(article.body)
        assert len(again) == 1
        assert again[0].paragraphs == article.paragraphs
        assert again[0].headline is None


def test_explanation_prints_a_table(sample: Path) -> None:
    table = str(cleannews.explain(read(sample)))
    assert table.splitlines()[0].split()[:4] == ["line", "art", "field", "pass"]
    assert "widget_marker" in table or "source_footer" in table


_line = st.text(
    alphabet=st.sampled_from(list("ابتثجحخ دذرزس TT.()أ:\u00a0\u200f\t\x0b\x1c\u2028\u3000\r")),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_line, max_size=30), st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_text_is_accounted_for(lines: list[str], newline: str) -> None:
    _accounted(newline.join(lines))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            read(Path(__file__).parent / "fixtures" / "001_bd9152e8e6415260.txt").splitlines()
        ),
        max_size=40,
    )
)
def test_shuffled_sample_lines_are_accounted_for(lines: list[str]) -> None:
    text = "\n".join(lines)
    _accounted(text)
    for article in cleannews.clean_all(text):
        assert article.paragraphs
        assert all(p.strip() == p and p for p in article.paragraphs)
