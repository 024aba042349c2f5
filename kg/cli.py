"""The ``kg`` command: a thin shell over the library.

Library code never prints or exits; here a :class:`~kg.errors.KGError` becomes
a one-line message and exit code 1.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from kg.errors import KGError

app = typer.Typer(
    help="Turn news articles into a knowledge graph of who does what to whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable[..., Any])


def _friendly(func: F) -> F:
    """Turn KGError into a one-line message and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KGError as err:
            typer.echo(f"kg: error: {err}", err=True)
            raise typer.Exit(1) from err

    return wrapper  # type: ignore[return-value]


def _logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="kg: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )


# ---------------------------------------------------------------- build, extract, eval


@app.command()
@_friendly
def build(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .md, .jsonl, .html articles.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for graph.ttl, graph.json, graph.html, report.json.")],
    formats: Annotated[
        str, typer.Option("--format", "-f", help="RDF formats to write, comma-separated: ttl, nt, jsonld.")
    ] = "ttl",
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path (default: best installed).")] = None,
    n_process: Annotated[int, typer.Option("--n-process", "-j", help="Worker processes; 0 = one per core.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Documents per nlp.pipe batch.")] = 32,
    aliases: Annotated[
        Path | None, typer.Option("--aliases", help="Alias file (CSV or YAML) forcing or forbidding merges.")
    ] = None,
    explain_merges: Annotated[
        bool, typer.Option("--explain-merges", help="Also write merges.csv: every merge decision and its rule.")
    ] = False,
    no_html: Annotated[bool, typer.Option("--no-html", help="Skip graph.html.")] = False,
    no_store: Annotated[bool, typer.Option("--no-store", help="Skip the Oxigraph store.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step.")] = False,
) -> None:
    """Read articles, extract actors and relations, and write the graph to OUT."""
    _logging(verbose)
    from kg.pipeline import build as run_build
    from kg.report import print_summary
    from kg.settings import Settings

    settings = Settings.from_env(
        model=model,
        n_process=n_process,
        batch_size=batch_size,
        aliases_file=str(aliases) if aliases else None,
    )
    report = run_build(
        [str(p) for p in inputs],
        out,
        settings=settings,
        formats=[f.strip() for f in formats.split(",") if f.strip()],
        html=not no_html,
        store=not no_store,
        explain_merges=explain_merges,
        progress=True,
    )
    print_summary(report)


@app.command()
@_friendly
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="JSONL (id, text) or any input kg build reads.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the per-document JSONL.")],
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.")] = None,
    n_process: Annotated[int, typer.Option("--n-process", "-j", help="Worker processes; 0 = one per core.")] = 1,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step.")] = False,
) -> None:
    """Extract actors and relations per document, without merging across documents."""
    _logging(verbose)
    from kg.pipeline import extract_to_jsonl
    from kg.settings import Settings

    n = extract_to_jsonl(
        [str(p) for p in inputs], output, settings=Settings.from_env(model=model, n_process=n_process), progress=True
    )
    typer.echo(f"{n} documents -> {output}", err=True)


@app.command("eval")
@_friendly
def evaluate(
    dataset: Annotated[Path, typer.Argument(help="Gold JSONL (CoNLL04 or DWIE form).")],
    fmt: Annotated[str, typer.Option("--format", help="Gold format: conll04 or dwie.")] = "conll04",
    predictions: Annotated[
        Path | None, typer.Option("--predictions", "-p", help="Score this kg extract output instead of extracting.")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.")] = None,
) -> None:
    """Score extraction against gold data and print precision, recall and F1."""
    from kg.evaluate import evaluate as run_eval
    from kg.evaluate import print_scores
    from kg.settings import Settings

    scores = run_eval(dataset, fmt=fmt, predictions=predictions, settings=Settings.from_env(model=model))
    print_scores(scores)


def main() -> None:
    """Entry point of the ``kg`` console script."""
    app()


if __name__ == "__main__":
    main()
