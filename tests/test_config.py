"""Configuration knobs and the over-deletion guard, on sample text."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleannews
from cleannews.normalise import fold
from tests.conftest import FIXTURES, read

SAMPLE_000 = FIXTURES / "000_79f9fbd6935e7061.txt"
SUMMARY = (
    "أعلنت قوات روسية أنها نجحت في إخراج مواطن أميركي من شرق أوكرانيا والذي ساعدهم سراً "
    "في استهداف قوات أوكرانية لمدة عامين على الأقل."
)


def test_keep_secondary_false_keeps_the_main_article_and_records_the_rest() -> None:
    config = cleannews.Config(keep_secondary=False)
    explanation = cleannews.explain(read(SAMPLE_000), config=config)
    assert [a.headline for a in explanation.articles] == ["الصين وروسيا ستعززان العلاقات بينهما"]
    tail = [d for d in explanation.lines if d.line >= 36 and d.field != "blank"]
    assert tail
    assert {(d.field, d.reason, d.article) for d in tail} == {
        ("removed", "secondary_article", None)
    }


def test_skip_turns_a_pass_off() -> None:
    config = cleannews.Config(skip={"remove_widgets", "remove_unscored_edges"})
    article = cleannews.clean(read(SAMPLE_000), config=config)
    assert "TT" in article.paragraphs
    # with the scoring step on, a `TT` left before the text is still removed, as a low score
    config = cleannews.Config(skip={"remove_widgets"})
    decisions = cleannews.explain(read(SAMPLE_000), config=config).lines
    assert {d.reason for d in decisions if d.text == "TT"} == {"low_score_at_edge"}
    assert "remove_widgets" in cleannews.PASSES


def test_extra_phrases_extend_the_lexicon() -> None:
    text = "تكبير النص\n\n" + read(SAMPLE_000)
    plain = cleannews.explain(text)
    assert plain.lines[0].reason != "widget_marker"
    config = cleannews.Config(extra_phrases={"widgets": ("تكبير النص",)})
    assert cleannews.explain(text, config=config).lines[0].reason == "widget_marker"


def test_rules_file(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('skip = ["mark_subheadings"]\n[phrases]\ncredits = ["سبق"]\n', "utf-8")
    config = cleannews.Config.from_file(rules)
    assert config.skipped() == frozenset({"mark_subheadings"})
    assert config.rules is not None
    assert config.rules.phrases["credits"] == ["سبق"]
    assert fold("سبق") in config.lexicon.phrases["credits"]
    (tmp_path / "bad.toml").write_text("skip = [", "utf-8")
    with pytest.raises(cleannews.CleanNewsError, match="cannot read rules file"):
        cleannews.Config.from_file(tmp_path / "bad.toml")


def test_guard_gives_back_prose_when_nothing_else_is_left() -> None:
    teaser = ["روسيا تُخرج مواطناً أميركياً عمل لصالحها", SUMMARY, "«الشرق الأوسط» (موسكو)"]
    text = "\n".join(["مقالات ذات صلة", *teaser])
    explanation = cleannews.explain(text)
    (article,) = explanation.articles
    assert article.paragraphs == [SUMMARY]
    assert explanation.lines[2].reason == "guard_kept:teaser_summary"
    assert explanation.lines[2].pass_name == "guard_overdeletion"


def test_guard_gives_back_a_text_printed_twice_once() -> None:
    # the copies were a lead caption and its repeat: they come back as one paragraph, which
    # a second cleaning leaves as it is
    head = "هل تنجح الخطة الجديدة؟"
    text = "\n".join([head, SUMMARY, SUMMARY])
    (article,) = cleannews.clean_all(text)
    assert article.paragraphs == [SUMMARY]
    (again,) = cleannews.clean_all(f"{article.headline}\n\n{article.body}")
    assert again.paragraphs == [SUMMARY]


def test_guard_never_keeps_short_teaser_lines() -> None:
    text = "\n".join(["مقالات ذات صلة", "روسيا تُخرج مواطناً أميركياً", "وصل الوفد إلى موسكو."])
    assert cleannews.clean_all(text) == []
