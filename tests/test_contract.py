"""The output contract: records that validate, types that stay put, a CLI that behaves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import cleannews
from cleannews.cli import main
from cleannews.models import Article, ArticleRecord
from cleannews.output import format_record
from tests.conftest import FIXTURES, SAMPLES, read

SAMPLE_004 = FIXTURES / "004_d06de67a4468fdf3.txt"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_keep_field_passes_record_fields_through(tmp_path: Path) -> None:
    dump = tmp_path / "crawl.jsonl"
    row = {"id": 17, "text": read(SAMPLE_004), "crawl": {"ts": 5}, "lang": "ar", "x": 1}
    dump.write_text(json.dumps(row) + "\n", "utf-8")
    code, out, _ = run("clean", "--keep-field", "crawl", "--keep-field", "lang", str(dump))
    assert code == 0
    records = [ArticleRecord.model_validate_json(line) for line in out.splitlines()]
    assert [(r.input, r.id, r.record, r.position) for r in records] == [
        (str(dump), "17", 1, 0),
        (str(dump), "17", 1, 1),
    ]
    assert records[0].fields == {"crawl": {"ts": 5}, "lang": "ar"}  # "x" was not asked for


def test_second_article_does_not_get_the_page_url() -> None:
    first, second = cleannews.clean_all(read(SAMPLE_004), url="https://x.example/a")
    assert first.source.url == "https://x.example/a"
    assert second.source.url is None


@pytest.mark.parametrize(
    ("value", "stored", "precision"),
    [
        ("2024-05-14", "2024-05-14", "date"),
        ("2024-05-14T08:30:00+00:00", "2024-05-14T08:30:00+00:00", "datetime"),
        (None, None, None),
    ],
)
def test_published_is_iso_text_with_its_precision(
    value: str | None, stored: str | None, precision: str | None
) -> None:
    article = Article(paragraphs=["x"], published=value)
    assert (article.published, article.published_precision) == (stored, precision)


def test_parquet_of_mixed_records_has_fixed_types(tmp_path: Path) -> None:
    articles = [
        Article(paragraphs=["a"], published="2024-05-14"),
        Article(paragraphs=["b"], published="2024-05-14T08:30:00+00:00", keywords=["k"]),
        Article(paragraphs=["c"]),
    ]
    kept = [{}, {"ts": 5}, {"ts": "five", "tags": ["a"]}]  # the crawl's types vary per row
    rows = [
        ArticleRecord.model_validate_json(
            format_record(ArticleRecord(input="in", position=0, fields=f, article=a), "jsonl")
        ).to_arrow_row()
        for a, f in zip(articles, kept, strict=True)
    ]
    for order in (rows, rows[::-1]):
        table = pa.Table.from_pylist(order)
        path = tmp_path / "out.parquet"
        pq.write_table(table, path)
        back = pq.read_table(path)
        article_type = back.schema.field("article").type
        assert article_type.field("published").type == pa.string()
        assert article_type.field("published_precision").type == pa.string()
        assert back.schema.field("fields").type == pa.string()
    published = {r["article"]["published"] for r in back.to_pylist()}
    assert published == {"2024-05-14", "2024-05-14T08:30:00+00:00", None}


def test_output_dash_is_standard_output() -> None:
    code, out, _ = run("clean", "-o", "-", str(SAMPLES[0]))
    assert code == 0
    assert len(out.splitlines()) == 2
    assert not Path("-").exists()


def test_output_in_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("clean", "-o", str(tmp_path / "missing" / "x.jsonl"), str(SAMPLES[0]))
    assert code == 2
    assert "output folder does not exist" in err
    assert "Traceback" not in err


def test_output_file_mode_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "out.jsonl"
        code, _, _ = run("clean", "-o", str(target), str(SAMPLES[0]))
    finally:
        os.umask(old)
    assert code == 0
    assert target.stat().st_mode & 0o777 == 0o644
    assert list(tmp_path.iterdir()) == [target]  # no temp file left behind


def test_markdown_shows_subtitle_byline_and_dateline() -> None:
    article = Article(
        headline="عنوان", subtitle="سطر تمهيدي", byline="فداء عيتاني", dateline="لندن",
        paragraphs=["فقرة."],
    )  # fmt: skip
    out = format_record(ArticleRecord(input="in.txt", position=0, article=article), "md")
    text = out.decode()
    assert "**سطر تمهيدي**" in text
    assert "*By: فداء عيتاني*" in text
    assert "*Dateline: لندن*" in text


def test_unknown_key_in_rules_file_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('skp = ["x"]\n', "utf-8")
    code, _, err = run("clean", "--rules", str(rules), str(SAMPLES[0]))
    assert code == 2
    assert "'skp'" in err
    assert str(rules) in err
    assert "Traceback" not in err


def test_misspelt_config_key_is_a_config_error() -> None:
    with pytest.raises(cleannews.ConfigError, match="unknown setting 'keep_secundary'"):
        cleannews.Config(keep_secundary=False)
    with pytest.raises(cleannews.ConfigError, match="guard_min_words"):
        cleannews.Config(guard_min_words=0)


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cleannews", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "Usage: cleannews" in done.stdout


def test_no_color_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(main, ["explain", str(SAMPLE_004)], color=True)
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    monkeypatch.delenv("NO_COLOR")
    result = CliRunner().invoke(main, ["explain", str(SAMPLE_004)], color=True)
    assert "\x1b[" in result.stdout


def test_explain_chooses_a_jsonl_record(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    rows = [{"id": "a", "text": read(SAMPLES[0])}, {"id": "b", "text": read(SAMPLE_004)}]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    code, _, err = run("explain", str(dump))
    assert code == 2
    assert "--record or --id" in err
    headline_004 = "وكالة: بوتين وكيم ينقلان العلاقات العسكرية إلى ذروة جديدة"
    for args in (["--record", "2"], ["--id", "b"]):
        code, out, _ = run("explain", "--no-color", *args, str(dump))
        assert code == 0
        assert headline_004 in out
    code, _, err = run("explain", "--id", "zz", str(dump))
    assert code == 2
    assert "no record 'zz'" in err
