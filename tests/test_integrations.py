"""The streaming core, the datatrove step with its examples, and the datasets helper."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import cleannews
from cleannews.stream import Record, Result, clean_record, clean_records
from tests.conftest import SAMPLES, read

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
BOILERPLATE_ONLY = "TT\n"  # a widget line and nothing else: no article


def load_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the streaming core -------------------------------------------------------------------


def test_records_keep_order_id_and_fields_with_any_jobs() -> None:
    records = [Record(read(path), id=str(i), fields={"n": i}) for i, path in enumerate(SAMPLES * 3)]
    one = list(clean_records(records))
    two = list(clean_records(records, jobs=2, chunk_size=2))
    assert [(r.id, r.fields) for r in one] == [(str(i), {"n": i}) for i in range(len(records))]
    assert one == two
    for record, result in zip(records, one, strict=True):
        assert isinstance(record.text, str)
        assert result.articles == cleannews.clean_all(record.text)


def test_line_counts_match_explain() -> None:
    text = read(SAMPLES[2])
    result = clean_record(Record(text))
    explained = cleannews.explain(text)
    removed = {
        reason: sum(1 for d in explained.lines if d.reason == reason and d.field == "removed")
        for reason in result.removed
    }
    assert result.removed == removed
    assert result.removed
    assert result.moved
    every = explained.counts()
    body_reasons = {d.reason for d in explained.lines if d.field in {"body", "subheading"}}
    assert {**result.removed, **result.moved} == {
        reason: n for reason, n in every.items() if reason not in body_reasons
    }


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        (None, "no_text"),
        ("   \n\t\n", "empty"),
        (b"", "empty"),
        (BOILERPLATE_ONLY, "no_article"),
        (b"\x00\x01\x02\x03" * 64, "bad_input"),
    ],
)
def test_failures_are_results_with_a_reason(text: str | bytes | None, dropped: str) -> None:
    result = clean_record(Record(text, id="x", fields={"k": 1}))
    assert (result.id, result.fields, result.articles, result.dropped) == (
        "x",
        {"k": 1},
        [],
        dropped,
    )
    assert result.error


def test_an_input_over_the_size_limit_is_dropped_as_too_large() -> None:
    config = cleannews.Config(max_input_chars=1000)
    result = clean_record(Record(read(SAMPLES[0]), id="big"), config=config)
    assert (result.dropped, result.articles) == ("too_large", [])


def test_main_only_keeps_the_first_article() -> None:
    text = read(SAMPLES[4])
    assert len(cleannews.clean_all(text)) == 2
    result = clean_record(Record(text), main_only=True)
    assert [a.position for a in result.articles] == [0]


def _dies_on_boom(chunk: list[Record], options: Any) -> list[Result]:
    if any(record.id == "boom" for record in chunk):
        os._exit(1)  # a worker killed mid-chunk (out of memory)
    config, main_only = options
    return [clean_record(record, config=config, main_only=main_only) for record in chunk]


def test_a_dead_worker_fails_only_its_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library's pool is the CLI's: a record that kills its worker is that record's
    `internal_error`, and the records around it are cleaned in a restarted pool."""
    monkeypatch.setattr(cleannews.stream, "_clean_chunk", _dies_on_boom)
    ids = ["a", "boom", "c", "d", "e"]
    records = [Record(read(SAMPLES[0]), id=i) for i in ids]
    results = list(clean_records(records, jobs=2, chunk_size=2))
    assert [r.id for r in results] == ids
    assert [r.dropped for r in results] == [None, "internal_error", None, None, None]
    assert "worker process cleaning it died" in (results[1].error or "")
    assert all(r.articles for r in results if r.id != "boom")


def test_results_are_consumed_lazily() -> None:
    seen: list[int] = []

    def records() -> Any:
        for i in range(1000):
            seen.append(i)
            yield Record(read(SAMPLES[0]) if i == 0 else "")

    first = next(clean_records(records()))
    assert isinstance(first, Result)
    assert seen == [0]


def test_the_core_never_imports_datatrove_or_datasets() -> None:
    code = (
        "import sys, cleannews, cleannews.stream, cleannews.integrations, cleannews.cli; "
        "print(any(m.split('.')[0] in {'datatrove', 'datasets'} for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=_env()
    )
    assert out.stdout.strip() == "False"


def _env() -> dict[str, str]:
    src = str(ROOT / "src")
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": src if not path else f"{src}{os.pathsep}{path}"}


# --- datatrove -----------------------------------------------------------------------------


def _write_crawl(folder: Path) -> list[dict[str, Any]]:
    """The fixtures, a whitespace-only page and a boilerplate-only page, over two files."""
    rows: list[dict[str, Any]] = [
        {"id": path.stem, "text": read(path), "url": f"https://news.example/{path.stem}"}
        for path in SAMPLES
    ]
    rows += [{"id": "blank", "text": " \n \n"}, {"id": "furniture", "text": BOILERPLATE_ONLY}]
    folder.mkdir(parents=True)
    for part in range(2):
        lines = [json.dumps(row, ensure_ascii=False) for row in rows[part::2]]
        (folder / f"part{part}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return rows


def _read_jsonl(folder: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for path in sorted(folder.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
    ]


def test_local_example_matches_clean_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("datatrove")
    pytest.importorskip("orjson")
    monkeypatch.setenv("PYTHONPATH", _env()["PYTHONPATH"])  # for the forkserver workers
    rows = _write_crawl(tmp_path / "crawl")
    out = tmp_path / "out"
    example = load_example("datatrove_local")
    example.build_executor(str(tmp_path / "crawl"), str(out), tasks=2, workers=2).run()

    docs = {doc["id"]: doc for doc in _read_jsonl(out / "articles")}
    expected: dict[str, cleannews.Article] = {}
    removed: dict[str, int] = {}
    for row in rows[: len(SAMPLES)]:
        result = clean_record(Record(row["text"], url=row["url"]))
        for article in result.articles:
            expected[f"{row['id']}/{article.position}"] = article
        for reason, n in result.removed.items():
            removed[reason] = removed.get(reason, 0) + n
    assert set(docs) == set(expected)
    for doc_id, article in expected.items():
        doc = docs[doc_id]
        meta = doc["metadata"]
        assert doc["text"] == article.body
        assert meta["headline"] == article.headline
        assert meta["parent_id"] == doc_id.split("/")[0]
        assert meta["position"] == article.position
        assert meta["images"] == [image.model_dump() for image in article.images]
        assert meta["related"] == [r.title for r in article.related]
        assert meta["published"] == article.published
        assert meta["source_url"] == article.source.url
        assert meta["source_agency"] == article.source.agency
        assert meta["url"].startswith("https://news.example/")  # input metadata kept
        for key in ("subtitle", "byline", "source", "keywords", "language"):
            assert key in meta
    assert any(d["metadata"]["images"] for d in docs.values())
    assert any(d["metadata"]["related"] for d in docs.values())

    dropped = {doc["id"]: doc["metadata"]["filter_reason"] for doc in _read_jsonl(out / "dropped")}
    assert dropped == {"blank": "empty", "furniture": "no_article"}

    merged = json.loads((out / "logs" / "stats.json").read_text("utf-8"))
    step = next(s for s in merged if "cleannews" in s["name"])
    stats = {  # a counter is saved as a number, a measure as a dict
        key: value["total"] if isinstance(value, dict) else value
        for key, value in step["stats"].items()
    }
    assert stats["total"] == len(rows)
    assert stats["articles"] == stats["forwarded"] == len(expected)
    assert stats["dropped"] == 2
    assert stats["dropped_empty"] == stats["dropped_no_article"] == 1
    widget_in_furniture = 1
    assert stats["lines_removed_widget_marker"] == removed["widget_marker"] + widget_in_furniture
    for reason, n in removed.items():
        if reason != "widget_marker":
            assert stats[f"lines_removed_{reason}"] == n
    assert stats["lines_moved_repeated_caption"] > 0


def test_step_takes_html_from_a_metadata_field() -> None:
    dt = pytest.importorskip("cleannews.integrations.datatrove")

    page = (ROOT / "tests" / "fixtures" / "html").glob("*.html")
    html_path = sorted(page)[0]
    html = html_path.read_text("utf-8")
    step = dt.CleanNews(html_key="html", main_only=True)
    doc = dt.Document(text="", id="p1", metadata={"html": html, "url": "https://news.example/p1"})
    out = list(step.run(iter([doc])))
    expected = cleannews.clean_html(html, url="https://news.example/p1")[:1]
    assert [d.text for d in out] == [a.body for a in expected]
    assert [d.id for d in out] == ["p1/0"]
    assert "html" not in out[0].metadata
    assert out[0].metadata["headline"] == expected[0].headline


def test_step_input_kinds() -> None:
    dt = pytest.importorskip("cleannews.integrations.datatrove")

    text = read(SAMPLES[0])
    as_text = list(dt.CleanNews("text").run(iter([dt.Document(text=text, id="a")])))
    assert [d.text for d in as_text] == [a.body for a in cleannews.clean_all(text)]
    with pytest.raises(ValueError, match="input must be"):
        dt.CleanNews("pdf")  # type: ignore[arg-type]


def test_step_config_and_stats_per_reason() -> None:
    dt = pytest.importorskip("cleannews.integrations.datatrove")
    text = read(SAMPLES[0])
    default = dt.CleanNews("text")
    list(default.run(iter([dt.Document(text=text, id="a")])))
    assert default.stats["lines_removed_widget_marker"].total > 0
    skipping = dt.CleanNews("text", config=cleannews.Config(skip=frozenset({"remove_widgets"})))
    out = list(skipping.run(iter([dt.Document(text=text, id="a")])))
    assert "lines_removed_widget_marker" not in skipping.stats.stats
    config = cleannews.Config(skip=frozenset({"remove_widgets"}))
    assert [d.text for d in out] == [a.body for a in cleannews.clean_all(text, config=config)]


def test_slurm_and_ray_examples_construct(tmp_path: Path) -> None:
    pytest.importorskip("datatrove")
    pytest.importorskip("orjson")
    slurm = load_example("datatrove_slurm").build_executor(
        str(tmp_path / "in"), str(tmp_path / "slurm"), tasks=64, partition="cpu"
    )
    assert type(slurm).__name__ == "SlurmPipelineExecutor"
    assert slurm.tasks == 64
    assert "cleannews" in repr(slurm.pipeline[1])
    ray = load_example("datatrove_ray").build_executor(
        str(tmp_path / "in"), str(tmp_path / "ray"), tasks=8
    )
    assert type(ray).__name__ == "RayPipelineExecutor"
    assert ray.tasks == 8
    assert "cleannews" in repr(ray.pipeline[1])


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("CLEANNEWS_SLOW"), reason="set CLEANNEWS_SLOW=1")
def test_ray_example_runs_in_local_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ray = pytest.importorskip("ray")
    pytest.importorskip("datatrove")
    pytest.importorskip("orjson")
    monkeypatch.setenv("PYTHONPATH", _env()["PYTHONPATH"])
    rows = _write_crawl(tmp_path / "crawl")
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True)
    try:
        load_example("datatrove_ray").build_executor(
            str(tmp_path / "crawl"), str(tmp_path / "out"), tasks=2, compression=None
        ).run()
    finally:
        ray.shutdown()
    docs = _read_jsonl(tmp_path / "out" / "articles")
    expected = sum(len(cleannews.clean_all(row["text"])) for row in rows)
    assert len(docs) == expected


# --- datasets ------------------------------------------------------------------------------


def _pages() -> dict[str, list[Any]]:
    texts = [read(path) for path in SAMPLES]
    return {
        "id": [*range(len(texts)), 98, 99],
        "text": [*texts, " ", BOILERPLATE_ONLY],
        "url": [*(f"https://news.example/{i}" for i in range(len(texts))), None, None],
        "crawl": [{"ts": i} for i in range(len(texts) + 2)],
    }


@pytest.mark.parametrize("num_proc", [None, 2])
def test_dataset_map_gives_article_rows_with_a_fixed_schema(num_proc: int | None) -> None:
    hf = pytest.importorskip("cleannews.integrations.hf")

    pages = hf.datasets.Dataset.from_dict(_pages())
    articles = hf.clean_dataset(pages, num_proc=num_proc, batch_size=2, keep_columns=("crawl",))
    mapper = hf.ArticleMapper(keep_columns=("crawl",))
    assert articles.features == mapper.features(pages.features)
    assert articles.features["published"] == hf.ARTICLE_FEATURES["published"]
    expected = [
        (str(i), article)
        for i, text in enumerate(_pages()["text"][: len(SAMPLES)])
        for article in cleannews.clean_all(text, url=f"https://news.example/{i}")
    ]
    assert articles["id"] == [i for i, _ in expected]
    assert articles["headline"] == [a.headline for _, a in expected]
    assert articles["body"] == [a.body for _, a in expected]
    assert articles["crawl"][0] == {"ts": 0}
    row = articles[0]
    assert row["source"]["url"] == "https://news.example/0"
    assert row["images"] == [image.model_dump() for image in expected[0][1].images]


def test_dataset_schema_does_not_follow_the_first_rows() -> None:
    """A first batch of pages without images, dates or teasers: the types stay declared."""
    hf = pytest.importorskip("cleannews.integrations.hf")

    plain = "عنوان\n\n" + "هذه فقرة طويلة من نص الخبر تكفي لتكون متنا للمقال المنشور اليوم." * 2
    pages = hf.datasets.Dataset.from_dict({"id": ["a", "b"], "text": [plain, read(SAMPLES[1])]})
    articles = hf.clean_dataset(pages, batch_size=1)
    assert articles.features == hf.ARTICLE_FEATURES
    table = articles.data.table
    assert str(table.schema.field("published").type) == "string"
    assert str(table.schema.field("images").type).startswith("list<")


def test_mapper_rejects_bad_options() -> None:
    hf = pytest.importorskip("cleannews.integrations.hf")

    with pytest.raises(ValueError, match="clash"):
        hf.ArticleMapper(keep_columns=("headline",))
    with pytest.raises(ValueError, match="input must be"):
        hf.ArticleMapper(input="pdf")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="its type is needed"):
        hf.ArticleMapper(keep_columns=("url",)).features(None)
