"""The `cleannews` command: argument parsing only; the work lives in `batch` and `inputs`."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import click

from cleannews import __version__
from cleannews.api import explain as explain_text
from cleannews.batch import BatchOptions, DocResult, clean_documents, document_site
from cleannews.config import Config
from cleannews.errors import CleanNewsError
from cleannews.inputs import (
    JSONL_SUFFIXES,
    Document,
    Fields,
    input_files,
    iter_documents,
    resolve_document,
)
from cleannews.learn import (
    LearnedProfile,
    LearnSettings,
    SiteLearner,
    site_of,
    with_learned_lines,
)
from cleannews.models import Article, ArticleRecord
from cleannews.output import FORMATS, OutputError, Writer, output_stream
from cleannews.passes import PASSES
from cleannews.workers import available_cpus

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_OUTPUT = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 128 + signal.SIGINT, 128 + signal.SIGTERM  # 130, 143
FIELD_COLOURS = {
    "headline": "bright_green",
    "body": None,
    "subheading": "green",
    "caption": "cyan",
    "related": "magenta",
    "source": "yellow",
    "published": "yellow",
    "keywords": "yellow",
    "removed": "red",
}

_config_options = [
    click.option(
        "--rules",
        type=click.Path(exists=True, dir_okay=False),
        help="TOML rules file: settings and extra [phrases] (see docs/usage.md).",
    ),
    click.option(
        "--skip",
        multiple=True,
        metavar="PASS",
        help=f"Turn a pass off; repeatable. Passes: {', '.join(PASSES)}.",
    ),
]


_learn_options = [
    click.option(
        "--site",
        metavar="NAME",
        help="Site of the pages with no URL (record field or HTML canonical link).",
    ),
    click.option(
        "--min-pages",
        type=click.IntRange(min=1),
        default=LearnSettings.min_pages,
        show_default=True,
        help="Learn a line only from this many pages of a site, and no site with fewer.",
    ),
    click.option(
        "--min-share",
        type=click.FloatRange(min=0, max=1, min_open=True),
        default=LearnSettings.min_share,
        show_default=True,
        help="Learn a line only when it stands on this share of the site's pages.",
    ),
]
_SAFE_NAME_RE = re.compile(r"[^\w.-]+")


def _with_config_options(func: Any) -> Any:
    for option in reversed(_config_options):
        func = option(func)
    return func


def _with_learn_options(func: Any) -> Any:
    for option in reversed(_learn_options):
        func = option(func)
    return func


def _build_config(rules: str | None, skip: tuple[str, ...], **extra: Any) -> Config:
    """The run's config; a bad rules file or pass name is a usage error (exit 2)."""
    try:
        base = Config.from_file(rules) if rules else Config()
        data = base.model_dump()
        data["skip"] = set(data["skip"]) | set(skip)
        data.update(extra)
        return Config(**data)
    except CleanNewsError as exc:
        raise click.UsageError(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cleannews")
def main() -> None:
    """Clean scraped news text into typed articles (headline, body, captions, metadata)."""


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
    help="Write here, atomically ('-': standard output).",
)  # fmt: skip
@click.option(
    "--format", "fmt", type=click.Choice(list(FORMATS)), default="jsonl", show_default=True,
    help="jsonl: one article per line; json: one array; md: readable; txt: body only.",
)  # fmt: skip
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Processes [CPUs].")
@click.option("--main-only", is_flag=True, help="Only the first (main) article of each input.")
@click.option("--text-field", default="text", show_default=True, help="JSONL field with text.")
@click.option("--html-field", default=None, help="JSONL field with the page HTML (wins over text).")
@click.option("--id-field", default="id", show_default=True, help="JSONL field with record id.")
@click.option("--url-field", default="url", show_default=True, help="JSONL field with page URL.")
@click.option(
    "--keep-field", "keep", multiple=True, metavar="F",
    help="Copy JSONL field F into each output record's `fields`; repeatable.",
)  # fmt: skip
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, errors and summary only.")
@click.option(
    "--stats", "stats_path", type=click.Path(dir_okay=False, writable=True), default=None,
    help="Write the run's counts as JSON: inputs, articles, failures, lines removed per reason.",
)  # fmt: skip
@click.option(
    "--learn", is_flag=True,
    help="Learn each site's repeated furniture from the inputs first, then clean with it.",
)  # fmt: skip
@_with_learn_options
@_with_config_options
def clean(
    paths: tuple[str, ...],
    output: str | None,
    fmt: str,
    jobs: int | None,
    main_only: bool,
    text_field: str,
    html_field: str | None,
    id_field: str,
    url_field: str,
    keep: tuple[str, ...],
    quiet: bool,
    stats_path: str | None,
    learn: bool,
    site: str | None,
    min_pages: int,
    min_share: float,
    rules: str | None,
    skip: tuple[str, ...],
) -> None:
    """Clean PATH... : .txt/.html files, .jsonl/.jsonl.gz dumps, folders (recursive), or -.

    \b
    Exit status: 0 every input cleaned; 1 some inputs failed (the others are
    still written; each failure is reported on stderr with its reason);
    2 usage error; 3 the output cannot be written; 130/143 interrupted by
    Ctrl-C/SIGTERM (the previous -o file is kept, no temporary file is left).
    """
    config = _build_config(rules, skip)
    fields = Fields(text=text_field, id=id_field, url=url_field, html=html_field, keep=keep)
    if output not in (None, "-") and not Path(output).parent.is_dir():
        raise click.UsageError(f"output folder does not exist: {Path(output).parent}")
    site_configs: dict[str, str] = {}
    if learn:
        if "-" in paths:
            raise click.UsageError("--learn reads the inputs twice: it cannot read stdin (-)")
        settings = _learn_settings(min_pages, min_share)
        profiles = _learn_profiles(paths, fields, site, config, settings, warn=not quiet)
        site_configs = {
            name: with_learned_lines(config, profile.lines).model_dump_json()
            for name, profile in profiles.items()
            if profile.lines
        }
        if not quiet:
            for profile in profiles.values():
                click.echo(f"cleannews: learn: {_profile_line(profile, settings)}", err=True)
    options = BatchOptions(
        fmt=fmt,
        main_only=main_only,
        config_json=config.model_dump_json(),
        fields=fields,
        site_configs=site_configs,
        site=site_of(site, site) if site else None,
    )
    # a UTF-8 (or UTF-32) character is at most 4 bytes: longer files are refused unread
    docs = iter_documents(list(paths), max_bytes=4 * config.max_input_chars)
    jobs = _jobs(jobs)
    total = None if quiet else _count_documents(paths)
    with (
        _faults_as_exit(output),
        output_stream(output) as stream,
        _progress(quiet, total) as progress,
    ):
        writer = Writer(stream, fmt)

        def report(result: DocResult) -> None:
            progress(1)
            if result.error is not None:
                click.echo(f"cleannews: error: {result.name}: {result.error}", err=True)

        summary = clean_documents(docs, writer.write, options=options, jobs=jobs, on_result=report)
        writer.close()
    click.echo(summary.line(), err=True)
    if stats_path is not None:
        with _faults_as_exit(stats_path):
            Path(stats_path).write_text(json.dumps(summary.stats(), ensure_ascii=False, indent=1))
    sys.exit(EXIT_SOME_FAILED if summary.failures else EXIT_OK)


def _jobs(jobs: int | None) -> int:
    """`--jobs`, at most the CPUs this process may run on (more only cost memory)."""
    available = available_cpus()
    if jobs is None:
        return available
    if jobs > available:
        click.echo(f"cleannews: --jobs {jobs} capped at {available}, the CPUs available", err=True)
        return available
    return jobs


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so that cleanup runs as for Ctrl-C."""


def _raise_terminated(_signum: int, _frame: object) -> None:
    raise _Terminated


@contextmanager
def _faults_as_exit(output: str | None) -> Iterator[None]:
    """Ctrl-C, SIGTERM and output faults end the run with a one-line message and a status:
    130, 143, 3. The output file is left as it was and no temporary file remains."""
    try:
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread (an embedding application): leave it alone
        previous = None
    kept = "standard output is incomplete" if output in (None, "-") else f"{output} unchanged"
    try:
        yield
    except KeyboardInterrupt:
        click.echo(f"\ncleannews: interrupted; {kept}", err=True)
        _exit_now(EXIT_INTERRUPTED)
    except _Terminated:
        click.echo(f"cleannews: terminated; {kept}", err=True)
        _exit_now(EXIT_TERMINATED)
    except OutputError as exc:
        click.echo(f"cleannews: error: {exc}", err=True)
        if output in (None, "-"):
            _silence_stdout()
        sys.exit(EXIT_OUTPUT)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _exit_now(status: int) -> NoReturn:
    """Exit after an interruption, the output already cleaned up.

    Workers stopped mid-message leave the pool's manager thread waiting on a pipe that never
    ends, and Python joins that thread at exit (a hang); with such a thread alive the process
    exits at once instead, which is what an interrupted run wants anyway.
    """
    stuck = [
        t
        for t in threading.enumerate()
        if t is not threading.main_thread() and t.is_alive() and not t.daemon
    ]
    if not stuck:
        sys.exit(status)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            if stream is not None:
                stream.flush()
    os._exit(status)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so Python's flush at exit fails no more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PAGES...")
@click.option(
    "-o", "--output", required=True, type=click.Path(allow_dash=False),
    help="Profile file; a folder of <site>.toml files when the pages are of several sites.",
)  # fmt: skip
@click.option("--text-field", default="text", show_default=True, help="JSONL field with text.")
@click.option("--html-field", default=None, help="JSONL field with the page HTML (wins over text).")
@click.option("--url-field", default="url", show_default=True, help="JSONL field with page URL.")
@_with_learn_options
@_with_config_options
def learn(
    paths: tuple[str, ...],
    output: str,
    text_field: str,
    html_field: str | None,
    url_field: str,
    site: str | None,
    min_pages: int,
    min_share: float,
    rules: str | None,
    skip: tuple[str, ...],
) -> None:
    """Learn the lines a site prints on many of its pages (menus, app and newsletter prompts,
    footers, sign-offs) from PAGES... (as `clean` takes them) into an editable TOML profile.

    Pages are grouped by site: the record's URL (--url-field), an HTML page's canonical
    link, else --site NAME; pages of no site are skipped with a warning.
    """
    config = _build_config(rules, skip)
    settings = _learn_settings(min_pages, min_share)
    fields = Fields(text=text_field, url=url_field, html=html_field)
    profiles = _learn_profiles(paths, fields, site, config, settings, warn=True, errors=True)
    if not profiles:
        click.echo("cleannews: learn: no page to learn from", err=True)
        sys.exit(EXIT_SOME_FAILED)
    target = Path(output)
    several = len(profiles) > 1 or target.is_dir()
    if several:
        if target.exists() and not target.is_dir():
            sites = ", ".join(profiles)
            raise click.UsageError(f"pages of several sites ({sites}): -o must be a folder")
        target.mkdir(parents=True, exist_ok=True)
    elif not target.parent.is_dir():
        raise click.UsageError(f"output folder does not exist: {target.parent}")
    for profile in profiles.values():
        path = target / f"{_SAFE_NAME_RE.sub('_', profile.site)}.toml" if several else target
        with _faults_as_exit(str(path)), output_stream(str(path)) as stream:
            stream.write(profile.to_toml().encode("utf-8"))
        click.echo(f"cleannews: learn: {_profile_line(profile, settings)} -> {path}", err=True)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line instead.")
@click.option(
    "--color/--no-color", default=None, help="Colour fields [on a terminal, unless NO_COLOR]."
)
@click.option("--record", "record_number", type=click.IntRange(min=1), help="JSONL: line N.")
@click.option("--id", "record_id", help="JSONL: the record with this id.")
@click.option("--text-field", default="text", show_default=True, help="JSONL field with text.")
@click.option("--html-field", default=None, help="JSONL field with the page HTML.")
@click.option("--id-field", default="id", show_default=True, help="JSONL field with record id.")
@_with_config_options
def explain(
    file: str,
    as_json: bool,
    color: bool | None,
    record_number: int | None,
    record_id: str | None,
    text_field: str,
    html_field: str | None,
    id_field: str,
    rules: str | None,
    skip: tuple[str, ...],
) -> None:
    """Show every line of FILE with the article and field it went to, and the pass that decided.

    For a JSONL dump, choose the record with --record N (its line number) or --id ID.
    """
    config = _build_config(rules, skip)
    fields = Fields(text=text_field, id=id_field, html=html_field)
    doc = _pick_document(file, fields, record_number, record_id)
    if doc.error is not None or doc.text is None:
        click.echo(f"cleannews: error: {doc.name}: {doc.error}", err=True)
        sys.exit(EXIT_SOME_FAILED)
    if color is None and os.environ.get("NO_COLOR"):
        color = False
    explanation = explain_text(doc.text, config=config, html=doc.html)
    if as_json:
        for decision in explanation.lines:
            click.echo(decision.model_dump_json())
        return
    lines = str(explanation).splitlines()
    click.echo(lines[0], color=color)
    shown = [d for d in explanation.lines if d.field != "blank"]
    for decision, row in zip(shown, lines[1:], strict=True):
        colour = FIELD_COLOURS.get(decision.field)
        click.echo(click.style(row, fg=colour) if colour else row, color=color)


@main.command()
@click.option("--article", is_flag=True, help="The schema of one Article instead.")
def schema(article: bool) -> None:
    """Print the JSON Schema of the records `clean --format jsonl` writes."""
    model = Article if article else ArticleRecord
    click.echo(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))


def _learn_settings(min_pages: int, min_share: float) -> LearnSettings:
    try:
        return LearnSettings(min_pages=min_pages, min_share=min_share)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc


def _learn_profiles(
    paths: tuple[str, ...],
    fields: Fields,
    site: str | None,
    config: Config,
    settings: LearnSettings,
    *,
    warn: bool,
    errors: bool = False,
) -> dict[str, LearnedProfile]:
    """One pass over the inputs: each site's profile from its first `max_pages` pages.

    `warn`: say on stderr how many pages had no site; `errors`: report unreadable inputs
    (`clean --learn` leaves that to its cleaning pass, which reports them as errors).
    """
    site = site_of(site, site) if site else None  # `--site WWW.Example.com` as a URL's
    learners: dict[str, SiteLearner] = {}
    unsited = 0
    for raw in iter_documents(list(paths), max_bytes=4 * config.max_input_chars):
        try:
            doc = resolve_document(raw, fields)
        except Exception as exc:  # one unreadable page must not stop learning
            doc = Document(raw.name, error=f"internal error: {type(exc).__name__}: {exc}")
        if doc.error is not None or doc.text is None or not doc.text.strip():
            if errors:
                reason = doc.error or "empty input"
                click.echo(f"cleannews: learn: skipped {doc.name}: {reason}", err=True)
            continue
        name = document_site(doc, site)
        if name is None:
            unsited += 1
            continue
        learner = learners.get(name)
        if learner is None:
            learner = learners[name] = SiteLearner(name, config, settings)
        if learner.full:
            continue
        try:
            learner.add(doc.text, html=doc.html)
        except Exception as exc:  # one bad page must not stop learning; `clean` reports it
            if errors:
                click.echo(f"cleannews: learn: skipped {doc.name}: {exc}", err=True)
    if unsited and warn:
        click.echo(
            f"cleannews: learn: skipped {unsited} page(s) of no known site "
            "(no URL; name their site with --site)",
            err=True,
        )
    return {name: learner.profile() for name, learner in sorted(learners.items())}


def _profile_line(profile: LearnedProfile, settings: LearnSettings) -> str:
    if profile.pages < settings.min_pages:
        return (
            f"{profile.site}: {profile.pages} page(s), too few to learn from "
            f"(needs {settings.min_pages}); nothing learned"
        )
    review = f", {len(profile.review)} to review" if profile.review else ""
    return f"{profile.site}: {profile.pages} pages, {len(profile.learned)} lines learned{review}"


def _pick_document(
    file: str, fields: Fields, number: int | None, record_id: str | None
) -> Document:
    """The one document `explain` shows; a JSONL dump with several records needs a choice."""
    docs = iter_documents([file])
    first = next(docs)
    if not first.record:
        return resolve_document(first, fields)
    if number is None and record_id is None:
        second = next(docs, None)
        if second is not None:
            raise click.UsageError(
                f"{file} holds several records: choose one with --record or --id"
            )
        return resolve_document(first, fields)
    for doc in itertools.chain([first], docs):
        if number is not None and doc.line != number:
            continue
        resolved = resolve_document(doc, fields)
        if record_id is None or resolved.id == record_id:
            return resolved
    raise click.UsageError(f"{file}: no record {number if record_id is None else record_id!r}")


def _count_documents(paths: tuple[str, ...]) -> int | None:
    """How many documents the inputs hold, when that is cheap to know (no stdin, no .gz)."""
    total = 0
    for name in input_files(list(paths)):
        if name == "-" or name.lower().endswith(".gz"):
            return None
        if name.lower().endswith(JSONL_SUFFIXES) and Path(name).is_file():  # never a FIFO
            try:
                with Path(name).open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


@contextmanager
def _progress(quiet: bool, total: int | None = None) -> Iterator[Any]:
    """A documents/s bar on a terminal's stderr, with an ETA when the total is known."""
    if quiet or not sys.stderr.isatty():
        yield lambda _n: None
        return
    from tqdm import tqdm  # noqa: PLC0415

    with tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True) as bar:
        yield bar.update


if __name__ == "__main__":  # pragma: no cover
    main()
