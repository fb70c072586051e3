"""The documentation: generated pages are fresh, and every code block in it runs.

Fenced ```python blocks run as written, each in a fresh namespace, from a work folder that
holds the bundled samples under the names the examples use (`page.txt`, `crawl.jsonl`, ...).
```bash / ```console blocks whose commands all start with `cleannews ` run there too and must
exit 0. Any other python, bash or console block needs `<!-- not-run: reason -->` on the line
above it.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

import cleannews
from cleannews.packs import Pack

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FIXTURES = ROOT / "tests" / "fixtures"
PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
# Pages another change is rewriting: their blocks that cannot run yet carry no marker.
PENDING: set[str] = set()
RUN_LANGS = {"python", "bash", "console", "sh", "shell"}
FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>[\w-]*)[^\n]*$")
NOT_RUN = re.compile(r"<!--\s*not-run:\s*(?P<reason>.+?)\s*-->")
COMMAND = re.compile(r"^(?:cleannews|python -m cleannews)(?:\s|$)")


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_gen", DOCS / "gen.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_reference_pages_are_fresh() -> None:
    pages = load_generator().generate()
    ref = DOCS / "reference"
    stale = [
        rel
        for rel, text in pages.items()
        if not (ref / rel).exists() or (ref / rel).read_text(encoding="utf-8") != text
    ]
    committed = {p.relative_to(ref).as_posix() for p in ref.rglob("*.md")}
    extra = sorted(committed - set(pages))
    assert not stale, f"stale generated pages {stale}: run `python docs/gen.py`"
    assert not extra, f"pages under docs/reference/ the generator no longer writes: {extra}"


def test_every_generated_page_is_in_the_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for rel in load_generator().generate():
        assert f"reference/{rel}" in nav, f"docs/reference/{rel} is not in mkdocs.yml's nav"


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # 1-based line of the opening fence
    lang: str
    code: str
    not_run: str | None

    @property
    def id(self) -> str:
        return f"{self.page.relative_to(ROOT).as_posix()}:{self.line}"

    def commands(self) -> list[str]:
        """Shell commands of the block: console lines after `$ `; every line of bash."""
        if self.lang == "console":
            return [ln[2:] for ln in self.code.splitlines() if ln.startswith("$ ")]
        return [ln for ln in self.code.splitlines() if ln.strip() and not ln.startswith("#")]


def blocks(page: Path) -> list[Block]:
    found = []
    lines = page.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        indent, lang = match["indent"], match["lang"]
        j = i + 1
        while j < len(lines) and lines[j].strip() != "```":
            j += 1
        body = "\n".join(ln[len(indent) :] for ln in lines[i + 1 : j])
        prev = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        marker = NOT_RUN.search(prev)
        if lang in RUN_LANGS:
            found.append(Block(page, i + 1, lang, body, marker["reason"] if marker else None))
        i = j + 1
    return found


BLOCKS = [b for page in PAGES for b in blocks(page)]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files the examples name, made from the bundled samples."""
    work = tmp_path_factory.mktemp("docs")
    samples = sorted(FIXTURES.glob("0*.txt"))
    (work / "tests").mkdir()
    shutil.copytree(FIXTURES, work / "tests" / "fixtures")
    shutil.copy(samples[1], work / "page.txt")
    shutil.copy(FIXTURES / "html" / "asharq_001.html", work / "page.html")
    shutil.copytree(FIXTURES / "html", work / "saved_pages", ignore=shutil.ignore_patterns("*.py"))
    (work / "folder").mkdir()
    for path in samples:
        shutil.copy(path, work / "folder" / path.name)
    site = work / "crawl" / "freshdaily"
    site.mkdir(parents=True)
    for n, path in enumerate(samples * 2):
        shutil.copy(path, site / f"{n:02d}.txt")
    html = (FIXTURES / "html" / "aggregator_004.html").read_text(encoding="utf-8")
    records = [
        {
            "id": f"a{n}",
            "url": f"https://{'news' if n % 2 else 'freshdaily'}.example/{n}",
            "crawl_date": "2026-12-01",
            "text": path.read_text(encoding="utf-8"),
            **({"html": html} if n == 3 else {}),
        }
        for n, path in enumerate(samples * 4, start=10)
    ]
    dump = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    (work / "crawl.jsonl").write_text(dump, encoding="utf-8")
    (work / "dump.jsonl").write_text(dump, encoding="utf-8")
    (work / "dump.jsonl.gz").write_bytes(gzip.compress(dump.encode("utf-8")))
    (work / "rules.toml").write_text('[phrases]\nwidgets = ["تكبير النص"]\n', encoding="utf-8")
    return work


def test_blocks_are_found() -> None:
    assert len(BLOCKS) > 10
    assert {b.lang for b in BLOCKS} >= {"python", "bash", "console"}


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.id)
def test_code_block_runs(block: Block, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if block.not_run:
        pytest.skip(f"marked not-run: {block.not_run}")
    monkeypatch.chdir(workdir)
    if block.lang == "python" and block.page.name in PENDING:
        pytest.skip("page being rewritten; its not-run markers are still to come")
    if block.lang == "python":
        exec(compile(block.code, block.id, "exec"), {"__name__": "__docs__"})
        return
    commands = block.commands()
    runnable = bool(commands) and all(COMMAND.match(c) for c in commands)
    if not runnable:
        if block.page.name in PENDING:
            pytest.skip("page being rewritten; its not-run markers are still to come")
        pytest.fail(f"{block.id}: runs more than cleannews; mark it `<!-- not-run: reason -->`")
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", ""), "NO_COLOR": "1"}
    for command in commands:
        run = command.replace("python -m", f"{sys.executable} -m", 1)
        done = subprocess.run(
            ["bash", "-c", run],
            cwd=workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, (
            f"{block.id}: `{command}` exited {done.returncode}:\n{done.stderr}"
        )


def _table_fields(page: str, heading: str) -> set[str]:
    section = page.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `(\w+)` \|", section, flags=re.MULTILINE))


def test_schema_page_lists_every_field() -> None:
    page = (DOCS / "schema.md").read_text(encoding="utf-8")
    assert _table_fields(page, "ArticleRecord") == set(cleannews.ArticleRecord.model_fields)
    assert _table_fields(page, "Article") == set(cleannews.Article.model_fields)


TOML_BLOCKS = [
    pytest.param(match["body"], id=f"{page.name}:{match.start()}")
    for page in PAGES
    if page.name not in PENDING
    for match in re.finditer(r"^```toml\n(?P<body>.*?)^```$", page.read_text("utf-8"), re.M | re.S)
]


@pytest.mark.parametrize("body", TOML_BLOCKS)
def test_toml_block_loads(body: str, tmp_path: Path) -> None:
    """A pack loads as a pack; a rules file or a profile loads as a rules file."""
    data = tomllib.loads(body)
    if "language" in data and "script" in data:
        Pack.model_validate(data)
        return
    rules = tmp_path / "rules.toml"
    rules.write_text(body, encoding="utf-8")
    cleannews.Config.from_file(rules)
