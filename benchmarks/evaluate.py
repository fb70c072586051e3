"""Score cleannews and its peers on the annotated corpus; print the tables of docs/evaluation.md.

    pip install -e ".[bench]"
    python benchmarks/evaluate.py                 # every tool that is installed
    python benchmarks/evaluate.py --tools cleannews --per-doc
    python benchmarks/evaluate.py --json results.json
    python benchmarks/evaluate.py --tools cleannews --record   # after an improvement

Corpus: the five samples (tests/fixtures, gold in tests/fixtures/expected), the synthetic
documents of benchmarks/corpus/docs (gold by construction, see its README) and the synthetic
HTML pages of tests/fixtures/html (gold in tests/fixtures/html/gold.json).

Metrics, per document and summed over a group:
- articles: the number of articles is right (tools that split articles only);
- headline: exact match after whitespace normalisation, per gold article;
- paragraph precision/recall: body paragraphs (all articles of a document) as a multiset,
  exact match after whitespace normalisation; recall is "body lines kept";
- token precision/recall/F1: bag of whitespace tokens of the whole body, as in the
  ScrapingHub article-extraction benchmark;
- captions / credits: gold images whose caption (and credit) came out as an image;
- metadata: source, date, keywords, subtitle, byline, dateline equal to the gold
  (None = None counts), per gold article;
- related: gold teaser titles found among the related titles;
- leaks: body paragraphs that are neither a gold paragraph nor part of one, i.e.
  boilerplate in the body; leak rate = leaks / boilerplate lines of the input;
- language: the main article's `language` equals the document's (gold `language`, `ar`
  for the Arabic groups);
- source / date: the gold source name and publication date, counted only where the gold
  article has one ("where the page states them").
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = ROOT / "benchmarks" / "corpus" / "docs"
HOLDOUT = ROOT / "benchmarks" / "corpus" / "holdout"
HOLDOUT2 = ROOT / "benchmarks" / "corpus" / "holdout2"
HOLDOUT3 = ROOT / "benchmarks" / "corpus" / "holdout3"
HOLDOUT4 = ROOT / "benchmarks" / "corpus" / "holdout4"
HOLDOUT5 = ROOT / "benchmarks" / "corpus" / "holdout5"
HOLDOUT6 = ROOT / "benchmarks" / "corpus" / "holdout6"
HOLDOUT7 = ROOT / "benchmarks" / "corpus" / "holdout7"
HOLDOUT8 = ROOT / "benchmarks" / "corpus" / "holdout8"
HOLDOUT9 = ROOT / "benchmarks" / "corpus" / "holdout9"
HOLDOUT10 = ROOT / "benchmarks" / "corpus" / "holdout10"
ENGLISH = ROOT / "benchmarks" / "corpus" / "english"
FRENCH = ROOT / "benchmarks" / "corpus" / "french"
RECORDED = ROOT / "benchmarks" / "corpus" / "recorded.json"
HTML_DIR = FIXTURES / "html"
META_FIELDS = ("source", "published", "keywords", "subtitle", "byline", "dateline")


def norm(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Doc:
    name: str
    group: str  # samples | synthetic | html
    kind: str  # text | html
    data: str
    gold: list[dict[str, Any]]
    variants: tuple[str, ...] = ()
    language: str = "ar"

    @property
    def input_lines(self) -> list[str]:
        """Non-blank lines as a scraper's text shows them (HTML: the rendered page)."""
        if self.kind == "html":
            from cleannews.htmlpage import render  # noqa: PLC0415

            return [norm(x) for x in render(self.data).lines if x.strip()]
        return [norm(x) for x in self.data.splitlines() if x.strip()]


# --- corpus --------------------------------------------------------------------------------


def _sample_gold(stem: str) -> list[dict[str, Any]]:
    lines = (FIXTURES / f"{stem}.txt").read_text("utf-8").splitlines()

    def line(n: int) -> str:
        return norm(lines[n - 1])

    articles = json.loads((FIXTURES / "expected" / f"{stem}.json").read_text("utf-8"))
    return [
        {
            "headline": art["headline"],
            "subtitle": None,
            "byline": None,
            "dateline": None,
            "paragraphs": [line(n) for n in art["paragraph_lines"]],
            "images": art["images"],
            "source": art["source"],
            "published": art["published"],
            "keywords": art["keywords"],
            "related": [r["title"] for r in art["related"]],
        }
        for art in articles
    ]


def load_corpus() -> list[Doc]:
    docs = [
        Doc(p.stem[:3], "samples", "text", p.read_text("utf-8"), _sample_gold(p.stem))
        for p in sorted(FIXTURES.glob("0*.txt"))
    ]
    paths = [("synthetic", p) for p in sorted(CORPUS.glob("*.txt"))]
    paths += [("holdout", p) for p in sorted(HOLDOUT.glob("*.txt"))]
    paths += [("holdout2", p) for p in sorted(HOLDOUT2.glob("*.txt"))]
    paths += [("holdout3", p) for p in sorted(HOLDOUT3.glob("*.txt"))]
    paths += [("holdout4", p) for p in sorted(HOLDOUT4.glob("*.txt"))]
    paths += [("holdout5", p) for p in sorted(HOLDOUT5.glob("*.txt"))]
    paths += [("holdout6", p) for p in sorted(HOLDOUT6.glob("*.txt"))]
    paths += [("holdout7", p) for p in sorted(HOLDOUT7.glob("*.txt"))]
    paths += [("holdout8", p) for p in sorted(HOLDOUT8.glob("*.txt"))]
    paths += [("holdout9", p) for p in sorted(HOLDOUT9.glob("*.txt"))]
    paths += [("holdout10", p) for p in sorted(HOLDOUT10.glob("*.txt"))]
    paths += [("english", p) for p in sorted(ENGLISH.glob("*.txt"))]
    paths += [("french", p) for p in sorted(FRENCH.glob("*.txt"))]
    for group, path in paths:
        gold = json.loads(path.with_suffix(".gold.json").read_text("utf-8"))
        docs.append(
            Doc(
                path.stem,
                group,
                "text",
                path.read_text("utf-8"),
                gold["articles"],
                tuple(gold["variants"]),
                gold.get("language", "ar"),
            )
        )
    html_gold = json.loads((HTML_DIR / "gold.json").read_text("utf-8"))
    for name, spec in html_gold.items():
        if name.startswith("_"):
            continue
        if "text_sample" in spec:
            gold = _sample_gold(spec["text_sample"])
            for article, extra in zip(gold, spec["article_fields"], strict=True):
                article.update(extra)
        else:
            gold = spec["articles"]
        html = (HTML_DIR / name).read_text("utf-8")
        language = "en" if 'lang="en"' in html[:500] else "ar"
        docs.append(Doc(name, "html", "html", html, gold, language=language))
    return docs


# --- tools ---------------------------------------------------------------------------------


@dataclass
class Prediction:
    """What a tool returned: full articles (cleannews) or body lines and maybe a title."""

    articles: list[dict[str, Any]] | None = None
    body: list[str] = field(default_factory=list)
    title: str | None = None
    seconds: float = 0.0


def _as_gold_shape(article: Any) -> dict[str, Any]:
    return {
        "headline": article.headline,
        "subtitle": article.subtitle,
        "byline": article.byline,
        "dateline": article.dateline,
        "paragraphs": article.paragraphs,
        "images": [{"caption": i.caption, "credit": i.credit} for i in article.images],
        "source": article.source.name,
        "source_agency": article.source.agency,
        "published": article.published[:10] if article.published else None,
        "keywords": article.keywords,
        "related": [r.title for r in article.related],
        "language": article.language,
    }


def run_cleannews(doc: Doc) -> Prediction:
    import cleannews  # noqa: PLC0415

    articles = cleannews.clean_all(doc.data, html=doc.kind == "html")
    shaped = [_as_gold_shape(a) for a in articles]
    return Prediction(articles=shaped, body=[p for a in shaped for p in a["paragraphs"]])


def run_floor(doc: Doc) -> Prediction:
    return Prediction(body=doc.input_lines)


def _minimal_html(doc: Doc) -> str:
    if doc.kind == "html":
        return doc.data
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in doc.input_lines)
    return f'<html lang="ar"><head><meta charset="utf-8"></head><body>{paragraphs}</body></html>'


def run_justext(doc: Doc) -> Prediction:
    import justext  # noqa: PLC0415

    stoplist = justext.get_stoplist("English" if 'lang="en"' in doc.data[:1000] else "Arabic")
    paragraphs = justext.justext(_minimal_html(doc).encode("utf-8"), stoplist, encoding="utf-8")
    return Prediction(body=[norm(p.text) for p in paragraphs if not p.is_boilerplate])


def _trafilatura(doc: Doc, *, deduplicate: bool) -> Prediction:
    import trafilatura  # noqa: PLC0415

    found = trafilatura.bare_extraction(
        _minimal_html(doc), deduplicate=deduplicate, with_metadata=True, include_comments=False
    )
    if found is None:
        return Prediction()
    text = found.text or ""
    title = found.title if doc.kind == "html" else None
    return Prediction(body=[norm(x) for x in text.splitlines() if x.strip()], title=title)


def run_trafilatura(doc: Doc) -> Prediction:
    return _trafilatura(doc, deduplicate=False)


def run_trafilatura_dedup(doc: Doc) -> Prediction:
    return _trafilatura(doc, deduplicate=True)


def run_newspaper(doc: Doc) -> Prediction:
    import newspaper  # noqa: PLC0415

    language = "en" if 'lang="en"' in doc.data[:1000] else "ar"
    article = newspaper.Article("https://example.com/article", language=language)
    article.download(input_html=doc.data)
    article.parse()
    body = [norm(x) for x in (article.text or "").splitlines() if x.strip()]
    return Prediction(body=body, title=article.title or None)


@dataclass(frozen=True)
class Tool:
    name: str
    run: Callable[[Doc], Prediction]
    kinds: tuple[str, ...]
    needs: str | None = None  # module that must import


TOOLS = (
    Tool("cleannews", run_cleannews, ("text", "html")),
    Tool("no cleaning", run_floor, ("text", "html")),
    Tool("jusText", run_justext, ("text", "html"), "justext"),
    Tool("trafilatura", run_trafilatura, ("text", "html"), "trafilatura"),
    Tool("trafilatura dedup", run_trafilatura_dedup, ("text",), "trafilatura"),
    Tool("newspaper4k", run_newspaper, ("html",), "newspaper"),
)


def available(tool: Tool) -> bool:
    if tool.needs is None:
        return True
    try:
        __import__(tool.needs)
    except ImportError:
        return False
    return True


# --- scoring -------------------------------------------------------------------------------


@dataclass
class Score:
    """Counts, so that documents add up; ratios are computed on totals."""

    docs: int = 0
    articles_ok: int = 0
    articles_scored: int = 0
    headlines_ok: int = 0
    headlines: int = 0
    para_tp: int = 0
    para_pred: int = 0
    para_gold: int = 0
    tok_tp: int = 0
    tok_pred: int = 0
    tok_gold: int = 0
    captions_ok: int = 0
    credits_ok: int = 0
    captions: int = 0
    meta_ok: int = 0
    meta: int = 0
    related_ok: int = 0
    related: int = 0
    leaks: int = 0
    boilerplate_lines: int = 0
    language_ok: int = 0
    languages: int = 0
    source_ok: int = 0
    sources: int = 0
    date_ok: int = 0
    dates: int = 0
    seconds: float = 0.0

    def __add__(self, other: Score) -> Score:
        return Score(**{k: getattr(self, k) + getattr(other, k) for k in self.__dataclass_fields__})

    @staticmethod
    def ratio(num: int, den: int) -> float | None:
        return num / den if den else None

    def figures(self) -> dict[str, float | int | None]:
        p = self.ratio(self.tok_tp, self.tok_pred)
        r = self.ratio(self.tok_tp, self.tok_gold)
        f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
        return {
            "docs": self.docs,
            "articles": self.ratio(self.articles_ok, self.articles_scored),
            "headline": self.ratio(self.headlines_ok, self.headlines),
            "para_p": self.ratio(self.para_tp, self.para_pred),
            "para_r": self.ratio(self.para_tp, self.para_gold),
            "tok_p": p,
            "tok_r": r,
            "tok_f1": f1,
            "captions": self.ratio(self.captions_ok, self.captions),
            "credits": self.ratio(self.credits_ok, self.captions),
            "metadata": self.ratio(self.meta_ok, self.meta),
            "related": self.ratio(self.related_ok, self.related),
            "leaks": self.leaks,
            "leak_rate": self.ratio(self.leaks, self.boilerplate_lines),
            "language": self.ratio(self.language_ok, self.languages),
            "source": self.ratio(self.source_ok, self.sources),
            "date": self.ratio(self.date_ok, self.dates),
        }


def _overlap(pred: Iterable[str], gold: Iterable[str]) -> int:
    return sum((Counter(pred) & Counter(gold)).values())


def score(doc: Doc, pred: Prediction) -> Score:
    gold_paras = [norm(p) for a in doc.gold for p in a["paragraphs"]]
    pred_paras = [norm(p) for p in pred.body]
    gold_text = " ".join(gold_paras)
    s = Score(docs=1, seconds=pred.seconds)
    s.para_tp = _overlap(pred_paras, gold_paras)
    s.para_pred, s.para_gold = len(pred_paras), len(gold_paras)
    pred_tokens, gold_tokens = " ".join(pred_paras).split(), gold_text.split()
    s.tok_tp = _overlap(pred_tokens, gold_tokens)
    s.tok_pred, s.tok_gold = len(pred_tokens), len(gold_tokens)
    extra = Counter(pred_paras) - Counter(gold_paras)
    s.leaks = sum(n for text, n in extra.items() if text not in gold_text)
    gold_set = set(gold_paras)
    s.boilerplate_lines = sum(1 for line in doc.input_lines if line not in gold_set)
    if pred.articles is not None or pred.title is not None:
        s.headlines = len(doc.gold)  # tools that give no title have no headline figure
    if pred.articles is not None:
        s.articles_scored = 1
        s.articles_ok = int(len(pred.articles) == len(doc.gold))
        _score_articles(s, doc.gold, pred.articles)
        s.languages = 1
        s.language_ok = int(
            bool(pred.articles) and pred.articles[0].get("language") == doc.language
        )
    elif pred.title is not None:
        s.headlines_ok = int(norm(pred.title) == norm(doc.gold[0]["headline"] or ""))
    return s


def _score_articles(s: Score, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
    for i, want in enumerate(gold):
        got = pred[i] if i < len(pred) else None
        s.captions += len(want["images"])
        s.related += len(want["related"])
        s.meta += len(META_FIELDS)
        s.sources += want["source"] is not None
        s.dates += want["published"] is not None
        if got is None:
            continue
        s.source_ok += want["source"] is not None and _same(got, want, "source")
        s.date_ok += want["published"] is not None and got["published"] == want["published"]
        s.headlines_ok += int(norm(got["headline"] or "") == norm(want["headline"] or ""))
        got_images = [(norm(i["caption"]), i["credit"]) for i in got["images"]]
        for image in want["images"]:
            caption = norm(image["caption"])
            s.captions_ok += any(c == caption for c, _ in got_images)
            s.credits_ok += (caption, image["credit"]) in got_images
        got_related = {norm(t) for t in got["related"]}
        s.related_ok += sum(norm(t) in got_related for t in want["related"])
        s.meta_ok += sum(_same(got, want, f) for f in META_FIELDS)


def _same(got: dict[str, Any], want: dict[str, Any], field: str) -> bool:
    """A gold source may be the name as printed or the agency it is (`كونا` or `KUNA`)."""
    if field == "source" and want["source"] is not None:
        return want["source"] in (got["source"], got.get("source_agency"))
    return bool(got[field] == want[field])


# --- reporting -----------------------------------------------------------------------------


COLUMNS = (
    ("articles", "articles"),
    ("headline", "headline"),
    ("para_p", "para P"),
    ("para_r", "para R"),
    ("tok_p", "token P"),
    ("tok_r", "token R"),
    ("tok_f1", "token F1"),
    ("captions", "captions"),
    ("credits", "credits"),
    ("metadata", "metadata"),
    ("related", "related"),
    ("leaks", "leaks"),
    ("leak_rate", "leak rate"),
    ("language", "language"),
    ("source", "source"),
    ("date", "date"),
)


def _cell(value: float | int | None, key: str) -> str:
    if value is None:
        return "–"
    if key == "leaks":
        return str(value)
    return f"{value:.3f}" if key.startswith("tok") else f"{value:.1%}"


def table(rows: list[tuple[str, Score]], first: str) -> str:
    head = f"| {first} | docs | " + " | ".join(title for _, title in COLUMNS) + " |"
    rule = "|" + "---|" * (len(COLUMNS) + 2)
    lines = [head, rule]
    for name, sc in rows:
        fig = sc.figures()
        cells = " | ".join(_cell(fig[key], key) for key, _ in COLUMNS)
        lines.append(f"| {name} | {sc.docs} | {cells} |")
    return "\n".join(lines)


def evaluate(
    docs: list[Doc], tools: Iterable[Tool]
) -> dict[str, dict[str, tuple[Doc, Score, Prediction]]]:
    results: dict[str, dict[str, tuple[Doc, Score, Prediction]]] = {}
    for tool in tools:
        per_doc: dict[str, tuple[Doc, Score, Prediction]] = {}
        for doc in docs:
            if doc.kind not in tool.kinds:
                continue
            start = time.perf_counter()
            try:
                pred = tool.run(doc)
            except Exception as exc:  # a peer crashing on a page scores as an empty result
                print(f"{tool.name} failed on {doc.name}: {exc!r}", file=sys.stderr)
                pred = Prediction(articles=[] if tool.name == "cleannews" else None)
            pred.seconds = time.perf_counter() - start
            per_doc[doc.name] = (doc, score(doc, pred), pred)
        results[tool.name] = per_doc
    return results


def totals(per_doc: dict[str, tuple[Doc, Score, Prediction]], keep: Callable[[Doc], bool]) -> Score:
    total = Score()
    for doc, sc, _ in per_doc.values():
        if keep(doc):
            total = total + sc
    return total


GROUPS: tuple[tuple[str, Callable[[Doc], bool]], ...] = (
    ("five samples", lambda d: d.group == "samples"),
    ("synthetic text", lambda d: d.group == "synthetic"),
    ("holdout text", lambda d: d.group == "holdout"),
    ("holdout2 text", lambda d: d.group == "holdout2"),
    ("holdout3 text", lambda d: d.group == "holdout3"),
    ("holdout4 text", lambda d: d.group == "holdout4"),
    ("holdout5 text", lambda d: d.group == "holdout5"),
    ("holdout6 text", lambda d: d.group == "holdout6"),
    ("holdout7 text", lambda d: d.group == "holdout7"),
    ("holdout8 text", lambda d: d.group == "holdout8"),
    ("holdout9 text", lambda d: d.group == "holdout9"),
    ("holdout10 text", lambda d: d.group == "holdout10"),
    ("all text", lambda d: d.kind == "text" and d.language == "ar"),
    ("english text", lambda d: d.group == "english"),
    ("french text", lambda d: d.group == "french"),
    ("HTML pages", lambda d: d.kind == "html"),
)


def report(results: dict[str, dict[str, tuple[Doc, Score, Prediction]]], per_doc: bool) -> str:
    out = []
    for group, keep in GROUPS:
        rows = [(tool, totals(docs, keep)) for tool, docs in results.items()]
        rows = [(tool, sc) for tool, sc in rows if sc.docs]
        out += [f"### {group}", "", table(rows, "tool"), ""]
    if "cleannews" in results:
        cn = results["cleannews"]
        variants = sorted({v for doc, _, _ in cn.values() for v in doc.variants})
        rows = [(v, totals(cn, lambda d, v=v: v in d.variants)) for v in variants]
        out += [
            "### cleannews per variant (synthetic and holdout text)",
            "",
            table(rows, "variant"),
            "",
        ]
        if per_doc:
            rows = [(name, sc) for name, (_, sc, _) in cn.items()]
            out += ["### cleannews per document", "", table(rows, "document"), ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tools", nargs="*", help="Tool names (default: every installed one).")
    parser.add_argument("--per-doc", action="store_true", help="Also a row per document.")
    parser.add_argument("--json", type=Path, help="Write per-document figures here.")
    parser.add_argument(
        "--record", action="store_true", help=f"Write cleannews' totals to {RECORDED.name}."
    )
    args = parser.parse_args(argv)
    tools = [t for t in TOOLS if args.tools is None or t.name in args.tools]
    for tool in tools:
        if not available(tool):
            print(f"skipping {tool.name}: pip install -e '.[bench]'", file=sys.stderr)
    results = evaluate(load_corpus(), [t for t in tools if available(t)])
    print(report(results, args.per_doc))
    if args.json:
        dump = {
            tool: {name: sc.figures() for name, (_, sc, _) in docs.items()}
            for tool, docs in results.items()
        }
        args.json.write_text(json.dumps(dump, indent=1), "utf-8")
    if args.record and "cleannews" in results:
        RECORDED.write_text(json.dumps(record(results["cleannews"]), indent=1) + "\n", "utf-8")


def record(per_doc: dict[str, tuple[Doc, Score, Prediction]]) -> dict[str, dict[str, Any]]:
    """The totals the regression guard (tests/test_evaluation.py) holds cleannews to."""
    out = {}
    for group, keep in GROUPS:
        figures = totals(per_doc, keep).figures()
        out[group] = {k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}
    return out


if __name__ == "__main__":
    main()
