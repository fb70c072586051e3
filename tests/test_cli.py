"""End-to-end tests of the `cleannews` command on the fixtures and on bad inputs."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import cleannews
import cleannews.cli
from cleannews.cli import main
from tests.conftest import FIXTURES, SAMPLES, read

SAMPLE_004 = FIXTURES / "004_d06de67a4468fdf3.txt"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def _record_schema() -> dict:
    code, out, _ = run("schema")
    assert code == 0
    return json.loads(out)


def records(stdout: str) -> list[dict]:
    """Each line checked against `cleannews schema` and the record model, then the article's
    fields with the record's `input`, `id`, `record` and `fields` beside them."""
    validator = jsonschema.Draft202012Validator(_record_schema())
    rows = []
    for line in stdout.splitlines():
        row = json.loads(line)
        validator.validate(row)
        cleannews.ArticleRecord.model_validate_json(line)
        assert row["position"] == row["article"]["position"]
        rows.append({**row["article"], **{k: row[k] for k in ("input", "id", "record", "fields")}})
    return rows


def test_version_and_help() -> None:
    code, out, _ = run("--version")
    assert code == 0
    assert cleannews.__version__ in out
    for command in ("clean", "explain", "schema"):
        code, out, _ = run(command, "--help")
        assert code == 0
        assert "Usage" in out


def test_clean_text_files_to_jsonl() -> None:
    code, out, err = run("clean", "-j", "1", *map(str, SAMPLES))
    assert code == 0
    rows = records(out)
    assert len(rows) == 10
    assert [r["position"] for r in rows[:2]] == [0, 1]
    assert rows[0]["input"] == str(SAMPLES[0])
    assert rows[0]["headline"] == "الصين وروسيا ستعززان العلاقات بينهما"
    assert err.strip().splitlines()[-1].startswith("cleannews: 5 inputs, 10 articles, 0 failures")


def test_records_match_the_library() -> None:
    _, out, _ = run("clean", "-j", "1", str(SAMPLE_004))
    expected = [a.model_dump(mode="json") for a in cleannews.clean_all(read(SAMPLE_004))]
    assert [json.loads(line)["article"] for line in out.splitlines()] == expected
    records(out)


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_bytes(SAMPLE_004.read_bytes())
    (tmp_path / "a.txt").write_bytes(SAMPLES[0].read_bytes())
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    code, out, _ = run("clean", "-j", "1", str(tmp_path))
    assert code == 0
    assert [r["input"] for r in records(out)] == [str(tmp_path / "a.txt")] * 2 + [
        str(tmp_path / "b" / "x.txt")
    ] * 2


def test_jsonl_and_gzip_dumps(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": read(SAMPLE_004), "url": "https://x.test/a1"}),
        json.dumps({"id": "a2", "body": "no text field here"}),
        "{not json",
        json.dumps(["a list"]),
        "",
    ]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines), encoding="utf-8")
    gz = tmp_path / "dump.jsonl.gz"
    gz.write_bytes(gzip.compress(dump.read_bytes()))
    for path in (dump, gz):
        code, out, err = run("clean", "-j", "1", str(path))
        assert code == 1
        rows = records(out)
        assert [(r["input"], r["id"], r["record"]) for r in rows] == [(str(path), "a1", 1)] * 2
        assert rows[0]["source"] == {
            "name": "الحرة",
            "agency": None,
            "url": "https://x.test/a1",
            "profile": "arabic-aggregator",  # chosen by its footers: no domain matches
        }
        second = {"name": None, "agency": None, "url": None, "profile": "arabic-aggregator"}
        assert rows[1]["source"] == second  # another story, not this URL
        assert f"{path}#a2: record has no text field 'text'" in err
        assert f"{path}:3: line 3 is not JSON" in err
        assert f"{path}:4: line 4 is not a JSON object" in err
        assert "4 inputs, 2 articles, 3 failures" in err


def test_record_with_a_lone_surrogate_escape(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    text = read(SAMPLE_004).replace("وبذلت روسيا", "\\ud800 وبذلت روسيا")
    dump.write_text('{"text": "' + text.replace("\n", "\\n").replace('"', '\\"') + '"}\n', "utf-8")
    code, out, _ = run("clean", str(dump))
    assert code == 0
    assert "\ufffd وبذلت روسيا" in " ".join(records(out)[0]["paragraphs"])


def test_custom_jsonl_fields(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"key": 7, "content": read(SAMPLE_004)}) + "\n", "utf-8")
    code, out, _ = run("clean", "--text-field", "content", "--id-field", "key", str(dump))
    assert code == 0
    assert (records(out)[0]["input"], records(out)[0]["id"]) == (str(dump), "7")


def test_stdin() -> None:
    code, out, _ = run("clean", "-", "--format", "txt", stdin=SAMPLE_004.read_bytes())
    assert code == 0
    articles = cleannews.clean_all(read(SAMPLE_004))
    assert out == "\f\n".join(a.body + "\n" for a in articles)
    assert [a.split("\n\n") for a in out.rstrip("\n").split("\n\f\n")] == [
        a.paragraphs for a in articles
    ]  # articles come back apart, paragraphs too


def test_json_md_txt_formats() -> None:
    code, out, _ = run("clean", "--format", "json", *map(str, SAMPLES[:2]))
    assert code == 0
    array = json.loads(out)
    assert len(array) == 4
    assert array[2]["article"]["headline"] == (
        "كيم جونغ أون يريد بناء علاقة «تتطلع إلى المستقبل» مع روسيا"
    )
    code, out, _ = run("clean", "--format", "md", str(SAMPLE_004))
    assert "# وكالة: بوتين وكيم ينقلان العلاقات العسكرية إلى ذروة جديدة" in out
    assert "*Source: الحرة*" in out
    assert "TT" not in out
    code, out, _ = run("clean", "--format", "txt", "--main-only", str(SAMPLES[0]))
    assert out.startswith("أعلن مدير مكتب لجنة الشؤون الخارجية")
    assert "كيم جونغ أون" not in out


def test_empty_json_array_when_nothing_was_found(tmp_path: Path) -> None:
    (tmp_path / "tt.txt").write_text("TT\n", "utf-8")
    code, out, err = run("clean", "--format", "json", str(tmp_path / "tt.txt"))
    assert code == 0
    assert json.loads(out) == []
    assert "1 without article" in err


def test_jobs_do_not_change_the_output() -> None:
    args = ["clean", "--quiet", *map(str, SAMPLES * 6)]
    one = subprocess.run(
        [sys.executable, "-m", "cleannews.cli", *args, "--jobs", "1"],
        capture_output=True,
        check=True,
    )
    two = subprocess.run(
        [sys.executable, "-m", "cleannews.cli", *args, "--jobs", "2"],
        capture_output=True,
        check=True,
    )
    assert one.stdout == two.stdout
    assert one.stdout.count(b"\n") == 60


def test_output_file_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    code, _, _ = run("clean", "-o", str(target), str(SAMPLE_004))
    assert code == 0
    assert len(records(target.read_text("utf-8"))) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_interrupted_run_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cleannews.cli, "clean_documents", boom)
    target = tmp_path / "out.jsonl"
    target.write_text("old complete file\n", "utf-8")
    result = CliRunner().invoke(main, ["clean", "-o", str(target), str(SAMPLE_004)])
    assert result.exit_code != 0
    assert target.read_text("utf-8") == "old complete file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ],
)
def test_bad_files_are_reported_and_counted(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, out, err = run("clean", str(bad), str(SAMPLE_004))
    assert code == 1
    assert len(records(out)) == 2
    assert f"{bad}: " in err
    assert reason in err
    assert "2 inputs, 2 articles, 1 failures" in err


def test_missing_path_empty_folder_and_empty_page(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "page.html").write_text("<html></html>", "utf-8")
    code, _, err = run(
        "clean", str(tmp_path / "nope.txt"), str(tmp_path / "empty"), str(tmp_path / "page.html")
    )
    assert code == 1
    assert "nope.txt: no such file or folder" in err
    assert "empty: folder holds no .txt, .html, .jsonl or .jsonl.gz file" in err
    assert "3 inputs, 0 articles, 2 failures, 1 without article" in err


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = read(SAMPLE_004).replace("ک", "ك").replace("ی", "ي")  # cp1256 has no Persian letters
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    code, out, _ = run("clean", str(path))
    assert code == 0
    rows = records(out)
    assert rows[0]["headline"] == "وكالة: بوتين وكيم ينقلان العلاقات العسكرية إلى ذروة جديدة"
    assert rows[0]["published"] == "2023-09-17"


def test_usage_errors_exit_2() -> None:
    assert run("clean")[0] == 2
    assert run("clean", "--format", "xml", str(SAMPLE_004))[0] == 2
    code, _, err = run("clean", "--skip", "remove_widget", str(SAMPLE_004))
    assert code == 2
    assert "remove_widgets" in err


def test_skip_and_rules_file(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text(
        'keep_secondary = false\n[phrases]\nwidgets = ["وكالة: بوتين وكيم ينقلان العلاقات العسكرية إلى ذروة جديدة"]\n',
        "utf-8",
    )
    code, out, _ = run("clean", "--rules", str(rules), str(SAMPLE_004))
    assert code == 0
    rows = records(out)
    assert len(rows) == 1
    # the scoring step would also drop a `TT` left before the text: skip both
    skip = ("--skip", "remove_widgets", "--skip", "remove_unscored_edges")
    code, out, _ = run("clean", *skip, str(SAMPLES[0]))
    assert any("TT" in p for p in records(out)[0]["paragraphs"])


def test_explain_and_schema() -> None:
    code, out, _ = run("explain", "--no-color", str(SAMPLES[0]))
    assert code == 0
    assert "widget_marker" in out
    assert "remove_widgets" in out
    code, out, _ = run("explain", "--json", str(SAMPLES[0]))
    decisions = [json.loads(line) for line in out.splitlines()]
    assert len(decisions) == len(read(SAMPLES[0]).splitlines())
    code, out, _ = run("schema")
    assert json.loads(out) == cleannews.ArticleRecord.model_json_schema()
    code, out, _ = run("schema", "--article")
    assert json.loads(out) == cleannews.Article.model_json_schema()
    code, _, err = run("explain", "/nonexistent/file.txt")
    assert code == 1
    assert "/nonexistent/file.txt: no such file or folder" in err


def test_console_script_is_installed() -> None:
    exe = Path(sys.executable).with_name("cleannews")
    if not exe.exists():
        pytest.skip("console script not installed in this environment")
    result = subprocess.run(
        [str(exe), "clean", "-", "--format", "txt"],
        input=SAMPLE_004.read_bytes(),
        capture_output=True,
        check=True,
        env={**os.environ, "LC_ALL": "C"},
    )
    assert result.stdout.decode("utf-8").startswith("ذكرت وكالة الأنباء المركزية")


HTML_PAGE = FIXTURES / "html" / "english_news.html"


def _without_input(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in ("input", "id", "record", "fields")}


def test_html_files_and_html_field(tmp_path: Path) -> None:
    want = [a.model_dump(mode="json") for a in cleannews.clean_html(HTML_PAGE.read_bytes())]
    code, out, _ = run("clean", str(HTML_PAGE))
    assert code == 0
    assert [_without_input(r) for r in records(out)] == want
    dump = tmp_path / "pages.jsonl"
    rows = [
        {"id": 1, "html": HTML_PAGE.read_text("utf-8"), "text": "ignored when html is there"},
        {"id": 2, "text": read(SAMPLE_004)},  # no HTML: the text field is used
        {"id": 3},
    ]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    code, out, err = run("clean", "--html-field", "html", str(dump))
    assert code == 1
    got = records(out)
    assert [_without_input(r) for r in got[:1]] == want
    assert len(got) == 1 + len(cleannews.clean_all(read(SAMPLE_004)))
    assert "record has no HTML field 'html' or text field 'text'" in err


def test_html_from_stdin_is_detected_and_explained() -> None:
    code, out, _ = run("clean", "-", stdin=HTML_PAGE.read_bytes())
    assert code == 0
    assert records(out)[0]["headline"] == "Harbour city opens its first floating solar farm"
    code, out, _ = run("explain", "--no-color", str(HTML_PAGE))
    assert code == 0
    assert "dom:share" in out  # the share bar's buttons, claimed by its class evidence
    assert "<p>" not in out


def test_stats_count_the_removed_lines_per_reason(tmp_path: Path) -> None:
    files = sorted(FIXTURES.glob("0*.txt"))
    stats = tmp_path / "stats.json"
    code, _, _ = run("clean", "-q", "-j", "1", "--stats", str(stats), *map(str, files))
    assert code == 0
    data = json.loads(stats.read_text("utf-8"))
    assert (data["inputs"], data["failures"], data["without_article"]) == (len(files), 0, 0)
    expected: dict[str, int] = {}
    for path in files:
        for line in cleannews.explain(path.read_text("utf-8")).lines:
            if line.field == "removed":
                expected[line.reason] = expected.get(line.reason, 0) + 1
    assert data["lines_removed"] == expected
    assert expected["widget_marker"] >= len(files) - 1  # the `TT` of the Asharq pages
