"""The ``kg`` command: a thin shell over the library.

Library code never prints or exits; here a :class:`~kg.errors.KGError` becomes
a one-line message and exit code 1.
"""

from __future__ import annotations

import functools
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from kg.errors import KGError
from kg.settings import Settings

#: The library's defaults, which the options below show and pass on.
DEFAULTS = Settings()

app = typer.Typer(
    help="Turn news articles into a knowledge graph of who does what to whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

train_app = typer.Typer(help="Train kg's models on gold data.", no_args_is_help=True)
app.add_typer(train_app, name="train")

F = TypeVar("F", bound=Callable[..., Any])
#: The gold files both ``kg train`` commands read.
Conll04Option = Annotated[Path | None, typer.Option("--conll04", help="CoNLL04 training JSONL.")]
DwieOption = Annotated[
    Path | None,
    typer.Option("--dwie", help="DWIE JSONL; only its 'train' part (kg.gold.train.dwie_part) is read."),
]
#: ``--ner`` on every command that extracts (``Settings.ner``).
NerOption = Annotated[
    str | None,
    typer.Option(
        "--ner",
        help="Who finds names: kg (the news recognizer kg ships), base (the spaCy model's own) "
        "or a folder from 'kg train ner'.",
        show_default=False,
    ),
]


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
    inputs: Annotated[
        list[Path], typer.Argument(help="Files or folders of .txt, .md, .jsonl, .html articles.")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for graph.ttl, graph.json, graph.html, report.json.")
    ],
    formats: Annotated[
        str, typer.Option("--format", "-f", help="RDF formats to write, comma-separated: ttl, nt, jsonld.")
    ] = "ttl",
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline name or path (default: best installed).")
    ] = None,
    ner: NerOption = None,
    n_process: Annotated[
        int, typer.Option("--n-process", "-j", help="Worker processes; 0 = one per core.")
    ] = 0,
    batch_size: Annotated[int, typer.Option(help="Documents per nlp.pipe batch.")] = DEFAULTS.batch_size,
    executor: Annotated[
        str, typer.Option(help="Where extraction runs: local (this machine's cores) or dask (a cluster).")
    ] = DEFAULTS.executor,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Dask scheduler address (tcp://host:8786); default: a LocalCluster. Needs --executor dask."
        ),
    ] = None,
    cache_dir: Annotated[
        Path | None,
        typer.Option("--cache-dir", help="Per-document extraction cache (default: OUT/.kg-cache)."),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Extract every document again; write no cache.")
    ] = False,
    html_max_actors: Annotated[
        int,
        typer.Option(
            "--html-max-actors",
            help="graph.html carries only the N most connected actors; 0 = all (the default).",
        ),
    ] = DEFAULTS.html_max_actors,
    aliases: Annotated[
        Path | None,
        typer.Option(
            "--aliases",
            help="Alias file forcing or forbidding merges: CSV, or YAML (.yaml, .yml); fields canonical, "
            "type, aliases, never_merge, wikidata (an item id, Q458). Checked before any extraction.",
        ),
    ] = None,
    explain_merges: Annotated[
        bool,
        typer.Option(
            "--explain-merges",
            help="Also write merges.csv (every merge decision and its rule) and left_out.csv "
            "(every name left out before resolution, and why).",
        ),
    ] = False,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            help="Leave out edges whose confidence (noisy-or over their evidence) is below this "
            "(default: Settings.graph_min_confidence); 0 keeps every edge.",
            min=0.0,
            max=1.0,
            show_default=False,
        ),
    ] = None,
    classifier_min_confidence: Annotated[
        float | None,
        typer.Option(
            "--classifier-min-confidence",
            help="Leave out edges that only the relation classifier states below this "
            "(default: Settings.graph_classifier_min_confidence); 0 uses --min-confidence alone.",
            min=0.0,
            max=1.0,
            show_default=False,
        ),
    ] = None,
    disable_rule: Annotated[
        list[str] | None,
        typer.Option("--disable-rule", help="Switch a relation rule off (repeatable); see 'kg rules'."),
    ] = None,
    no_html: Annotated[bool, typer.Option("--no-html", help="Skip graph.html.")] = False,
    no_store: Annotated[bool, typer.Option("--no-store", help="Skip the Oxigraph store.")] = False,
    wait: Annotated[
        bool,
        typer.Option(
            "--wait", help="If another build is writing to OUT, wait for it (default: stop at once)."
        ),
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step.")] = False,
) -> None:
    """Read articles, extract actors and relations, and write the graph to OUT."""
    _logging(verbose)
    from kg.build.pipeline import build as run_build
    from kg.build.report import print_summary

    settings = Settings.from_env(
        model=model,
        ner=ner,
        n_process=n_process,
        batch_size=batch_size,
        aliases_file=str(aliases) if aliases else None,
        executor=executor,
        scheduler=scheduler,
        cache=not no_cache,
        cache_dir=str(cache_dir) if cache_dir else None,
        html_max_actors=html_max_actors,
        graph_min_confidence=min_confidence,
        graph_classifier_min_confidence=classifier_min_confidence,
        disabled_rules=tuple(disable_rule or ()),
    )
    if scheduler and executor != "dask":
        raise typer.BadParameter("--scheduler needs --executor dask", param_hint="--scheduler")
    report = run_build(
        [str(p) for p in inputs],
        out,
        settings=settings,
        formats=[f.strip() for f in formats.split(",") if f.strip()],
        html=not no_html,
        store=not no_store,
        explain_merges=explain_merges,
        progress=True,
        wait=wait,
    )
    print_summary(report)


@app.command()
@_friendly
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="JSONL (id, text) or any input kg build reads.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the per-document JSONL.")],
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.")] = None,
    ner: NerOption = None,
    n_process: Annotated[
        int, typer.Option("--n-process", "-j", help="Worker processes; 0 = one per core.")
    ] = DEFAULTS.n_process,
    disable_rule: Annotated[
        list[str] | None,
        typer.Option("--disable-rule", help="Switch a relation rule off (repeatable); see 'kg rules'."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step.")] = False,
) -> None:
    """Extract actors and relations per document, without merging across documents."""
    _logging(verbose)
    from kg.build.pipeline import extract_to_jsonl

    n = extract_to_jsonl(
        [str(p) for p in inputs],
        output,
        settings=Settings.from_env(
            model=model, ner=ner, n_process=n_process, disabled_rules=tuple(disable_rule or ())
        ),
        progress=True,
    )
    typer.echo(f"{n} documents -> {output}", err=True)


@app.command()
@_friendly
def rules(
    switchable: Annotated[
        bool, typer.Option("--switchable", help="Only the relation rules that --disable-rule takes.")
    ] = False,
) -> None:
    """List the named rules of extraction, with what each does."""
    from rich.console import Console
    from rich.table import Table

    from kg.nlp.registry import RELATION_RULES, RULES

    table = Table(title="kg rules", box=None)
    table.add_column("rule")
    table.add_column("can be switched off")
    table.add_column("what it does")
    for name, rule in sorted((RELATION_RULES if switchable else RULES).items()):
        table.add_row(name, "yes" if rule.switchable else "", rule.does)
    Console(width=160).print(table)


@app.command("eval")
@_friendly
def evaluate(
    dataset: Annotated[Path, typer.Argument(help="Gold JSONL (CoNLL04 or DWIE form).")],
    fmt: Annotated[str, typer.Option("--format", help="Gold format: conll04 or dwie.")] = "conll04",
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", "-p", help="Score this kg extract output instead of extracting."),
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.")] = None,
    ner: NerOption = None,
) -> None:
    """Score extraction against gold data and print precision, recall and F1."""
    from kg.gold.evaluate import evaluate as run_eval
    from kg.gold.evaluate import print_scores

    scores = run_eval(
        dataset, fmt=fmt, predictions=predictions, settings=Settings.from_env(model=model, ner=ner)
    )
    print_scores(scores)


@train_app.command("relations")
@_friendly
def train_relations(
    conll04: Conll04Option = None,
    dwie: DwieOption = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Model file to write (default: the one kg ships).")
    ] = None,
    c: Annotated[
        list[float] | None,
        typer.Option(
            "--c",
            help="Inverse L2 regularisation strengths to choose from, per predicate, by grouped "
            "cross-validation (repeatable; default 0.05 to 16).",
        ),
    ] = None,
    ner: NerOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step.")] = False,
) -> None:
    """Train the relation classifier (needs scikit-learn) and write kg/data/relclf.json.gz."""
    import json
    from importlib import resources

    from kg.errors import InputError
    from kg.gold.train import C_GRID
    from kg.gold.train import train as fit
    from kg.nlp.classifier.model import MODEL_FILE

    _logging(verbose)
    sources = {name: path for name, path in (("conll04", conll04), ("dwie", dwie)) if path is not None}
    if not sources:
        raise InputError("Nothing to train on; give --conll04 FILE and/or --dwie FILE")
    for path in sources.values():
        if not path.is_file():
            raise InputError(f"{path}: no such file")
    model = fit(sources, grid=tuple(c) if c else C_GRID, settings=Settings.from_env(ner=ner))
    target = output or Path(str(resources.files("kg").joinpath("data", MODEL_FILE)))
    model.write(target)
    typer.echo(json.dumps(model.meta["cv"], indent=1), err=True)
    typer.echo(f"model -> {target}", err=True)


@train_app.command("ner")
@_friendly
def train_ner(
    conll2003: Annotated[
        Path, typer.Option("--conll2003", help="CoNLL-2003 train articles (train_docs.jsonl).")
    ],
    conll04: Conll04Option = None,
    dwie: DwieOption = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Folder to write the recognizer to (default: the one kg ships)."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed: the same data and seed give the same model.")] = 13,
    init: Annotated[
        str,
        typer.Option(
            help="Start from the base recognizer's encoder (tok2vec) or the whole recognizer (source)."
        ),
    ] = "source",
    max_epochs: Annotated[int, typer.Option("--max-epochs", help="Stop after this many epochs.")] = 30,
    ops: Annotated[
        str,
        typer.Option(
            help="blis: the shipped recipe (the same weights on a processor with AVX-512); "
            "numpy: OpenBLAS's Haswell kernels on one thread, the same weights on any processor with AVX2."
        ),
    ] = "blis",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step.")] = False,
) -> None:
    """Train kg's news recognizer (people, organizations, places) on CoNLL-2003 and friends.

    By default it computes as the shipped recognizer was trained, with thinc's default operations
    (BLIS, whose kernels depend on the processor): with AVX-512 it gives the shipped weights. With
    --ops numpy it computes with numpy's OpenBLAS Haswell kernels (they need AVX2), so the
    processor's own kernels do not decide the weights; when numpy picked others, it trains in a new
    process told to use them.
    """
    import json
    import os
    import subprocess

    from kg.gold.train_ner import KERNELS, Sources, openblas
    from kg.gold.train_ner import train as fit
    from kg.nlp.ner import shipped_path

    _logging(verbose)
    target = output or shipped_path()
    sources = Sources(conll2003, conll04, dwie)
    sources.check()  # here, before any new process: its error is the user's
    kernels = openblas()["kernels"]
    if ops == "numpy" and kernels not in (KERNELS, None) and os.environ.get("OPENBLAS_CORETYPE") != KERNELS:
        # OpenBLAS picks its kernels when numpy loads it; only a new process can be told which
        args = ["--conll2003", str(conll2003), "--output", str(target), "--seed", str(seed)]
        args += ["--init", init, "--max-epochs", str(max_epochs), "--ops", ops]
        for flag, path in (("--conll04", conll04), ("--dwie", dwie)):
            if path is not None:
                args += [flag, str(path)]
        typer.echo(f"numpy computes with {kernels} kernels here; training with {KERNELS}'s", err=True)
        env = {**os.environ, "OPENBLAS_CORETYPE": KERNELS}
        cmd = [sys.executable, "-m", "kg", "train", "ner", *args, *(["--verbose"] if verbose else [])]
        raise typer.Exit(subprocess.call(cmd, env=env))

    def progress(epoch: dict[str, Any]) -> None:
        typer.echo(
            f"epoch {epoch['epoch']}: held-out F1 {epoch['held_out_f1']} ({epoch['minutes']} min)", err=True
        )

    report = fit(sources, target, seed=seed, max_epochs=max_epochs, on_epoch=progress, ops=ops)
    typer.echo(json.dumps({k: v for k, v in report.items() if k != "history"}, indent=1), err=True)
    typer.echo(f"recognizer -> {target}", err=True)


@app.command()
@_friendly
def push(
    graph: Annotated[
        Path, typer.Option("--graph", "-g", help="A kg build output folder (or a .nt/.ttl file).")
    ],
    endpoint: Annotated[
        str,
        typer.Option(
            help="SPARQL 1.1 Graph Store Protocol URL, e.g. http://localhost:7878/store (Oxigraph)."
        ),
    ],
    graph_iri: Annotated[
        str | None,
        typer.Option("--graph-iri", help="Named graph to write into (default: the default graph)."),
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Triples per request.")] = 10_000,
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace what the target graph holds (PUT the first batch).")
    ] = False,
    retries: Annotated[
        int, typer.Option(min=0, help="Retries per request on 5xx, 429 and connection errors.")
    ] = 5,
    headers: Annotated[
        list[str] | None,
        typer.Option("--header", "-H", help="Extra HTTP header 'Name: value' (repeatable), e.g. for auth."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each batch.")] = False,
) -> None:
    """Send a built graph to any SPARQL 1.1 Graph Store Protocol server, in batches, with retries."""
    _logging(verbose)
    from kg.sparql.push import push as run_push

    pairs = []
    for item in headers or []:
        name, sep, value = item.partition(":")
        if not sep or not name.strip():
            raise KGError(f"Bad --header {item!r}: expected 'Name: value'")
        pairs.append((name.strip(), value.strip()))
    result = run_push(
        graph,
        endpoint,
        graph_iri=graph_iri,
        batch_size=batch_size,
        replace=replace,
        retries=retries,
        headers=pairs,
    )
    where = f"<{graph_iri}>" if graph_iri else "the default graph"
    typer.echo(
        f"{result.triples:,} triples in {result.batches} batches -> {where} at {endpoint} "
        f"({result.seconds:.1f} s, {result.retries} retries)",
        err=True,
    )


# ---------------------------------------------------------------- query, serve (kg.sparql, kg.server)


@app.command("query")
@_friendly
def query_cmd(
    query: Annotated[
        str | None, typer.Argument(help="A name from queries/ (e.g. leaders), a .rq file or SPARQL text.")
    ] = None,
    graph: Annotated[Path | None, typer.Option("--graph", "-g", help="A kg build output folder.")] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="table (names, cut to the terminal's width), or csv, tsv, json (full)."
        ),
    ] = "table",
    params: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="Bind a query variable safely: name=value (repeatable)."),
    ] = None,
    engine: Annotated[str, typer.Option(help="oxigraph (the store) or rdflib.")] = "oxigraph",
    actor_id: Annotated[
        str | None,
        typer.Option(
            "--actor-id",
            help="When a name fits several actors, take this one (an id kg lists, e.g. person/Ann_Lee).",
        ),
    ] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries and exit.")] = False,
) -> None:
    """Run SPARQL (a named query, a .rq file or query text) against a built graph."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from kg.sparql import query as sparql

    if list_queries:
        table = Table("name", "answers", "bind with --param")
        for q in sparql.named_queries().values():
            binds = ", ".join(f"{p.name} ({p.kind})" for p in q.params)
            table.add_row(Text(q.name), Text(q.description), Text(binds))
        Console().print(table)
        return
    if not query:
        raise typer.BadParameter("give a QUERY: a name from `kg query --list`, a .rq file or SPARQL text")
    if graph is None:
        raise typer.BadParameter("give --graph DIR, a kg build output folder", param_hint="--graph")
    if fmt not in ("table", "csv", "tsv", "json"):
        raise KGError(f"Unknown --format {fmt!r}. Available formats: table, csv, tsv, json")
    source: object = graph
    if engine == "oxigraph":
        from kg.sparql import store

        source = store.open(graph)  # once: the query, who a name means, the labels of its IRIs
    elif engine == "rdflib":
        from kg.rdf import serialize as rdf

        source = rdf.read(graph)
    _, named = sparql.lookup(query)
    bindings: dict[str, Any] = dict(_bindings(params))
    if named is not None:
        bindings = _pick_actors(source, named, bindings, actor_id)
    elif actor_id:
        raise KGError("--actor-id needs a named query with an actor parameter; see `kg query --list`")
    df = sparql.query(source, query, engine=engine, **bindings)
    if fmt in ("csv", "tsv"):
        typer.echo(df.to_csv(index=False, sep="," if fmt == "csv" else "\t"), nl=False)
    elif fmt == "json":
        typer.echo(sparql.to_json(df))
    else:
        from rich import box

        from kg.iri import BASE_IRI
        from kg.sparql.table import fit, labels_for, readable, records

        cells = readable(
            df, labels_for(source if engine == "oxigraph" else graph, df.to_numpy().ravel()), BASE_IRI
        )
        console = Console()
        table = Table(expand=False, box=box.SIMPLE_HEAD, pad_edge=False)
        sizes = fit(cells, console.width)
        if sizes is None:  # too many columns for the terminal: one field per line
            typer.echo(records(cells, console.width))
        else:
            for column, width in zip(cells.columns, sizes, strict=True):
                table.add_column(str(column), overflow="ellipsis", no_wrap=True, width=width)
            for row in cells.itertuples(index=False, name=None):
                table.add_row(*(Text(" ".join(str(v).split())) for v in row))
            console.print(table)
        typer.echo(f"{len(df)} rows", err=True)


def _bindings(params: list[str] | None) -> dict[str, str]:
    """``--param name=value`` options as query bindings (a leading ``?`` or ``$`` is dropped)."""
    bindings: dict[str, str] = {}
    for item in params or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip().lstrip("?$"):
            raise KGError(f"Bad --param {item!r}: expected name=value, e.g. --param name=NATO")
        bindings[name.strip().lstrip("?$")] = value
    return bindings


def _pick_actors(source: Any, named: Any, bindings: dict[str, Any], actor_id: str | None) -> dict[str, Any]:
    """Bind the actor each ``name`` parameter means: the one ``--actor-id`` gives, else the most
    connected, listing on stderr every actor the name fits when there are several."""
    from rdflib import URIRef

    from kg.sparql import actors

    kinds = {p.name: p.kind for p in named.params}
    for key, value in list(bindings.items()):  # ids as kg lists them work where an IRI is wanted
        if kinds.get(key) == "iri" and isinstance(value, str) and "://" not in value:
            bindings[key] = URIRef(actors.full_id(value))
    targets = [p for p in named.params if p.kind == "name" and p.target]
    if actor_id and len(targets) != 1:
        opts = ", ".join(f"--param {p.target}=ID" for p in targets) or "no actor parameter"
        raise KGError(f"--actor-id needs a query with one actor parameter; {named.name!r} takes {opts}")
    for p in targets:
        assert p.target is not None
        if p.target in bindings or p.name not in bindings:
            if actor_id and p.target not in bindings:
                bindings[p.target] = URIRef(actors.full_id(actor_id))
            continue
        name = str(bindings[p.name])
        found = actors.named(source, name)
        if len(found) < 2 and not actor_id:
            continue
        if len(found) > 1:
            for line in actors.listing(name, found):
                typer.echo(line, err=True)
        chosen = actors.pick(name, found, actor_id)
        bindings[p.target] = URIRef(chosen.id)
        if not actor_id:
            how = "--actor-id ID" if len(targets) == 1 else f"--param {p.target}=ID"
            typer.echo(
                f"kg: warning: {len(found)} actors are named {actors.clean(name, 60)!r}; taking the most "
                f"connected, {actors.clean(actors.short_id(chosen.id))} ({chosen.degree} relations); "
                f"pick another with {how}",
                err=True,
            )
    return bindings


@app.command()
@_friendly
def serve(
    graph: Annotated[Path, typer.Option("--graph", "-g", help="A kg build output folder.")],
    host: Annotated[str, typer.Option(help="Interface to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port; 0 picks a free one.")] = 7878,
    timeout: Annotated[
        float, typer.Option(help="Seconds a query may run; then it is killed and gets 503.")
    ] = 10.0,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Most rows (or triples) per query.")] = 10_000,
    workers: Annotated[int, typer.Option(help="Queries evaluated at once (one process each).")] = 4,
    memory_limit: Annotated[
        int, typer.Option("--memory-limit", help="MB a query may add to its worker; then it is killed.")
    ] = 512,
    memory: Annotated[
        bool | None,
        typer.Option(
            "--memory/--disk",
            help="Each worker loads the graph into memory (faster queries, slower start, one copy per "
            "worker) or opens the on-disk store. Default: the store when one was built.",
            show_default=False,
        ),
    ] = None,
    cors: Annotated[
        list[str] | None,
        typer.Option("--cors", help="Let pages from this origin call the endpoint ('*' for any; repeated)."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each request.")] = False,
) -> None:
    """Serve a built graph as a read-only SPARQL 1.1 endpoint (with a query page at /)."""
    _logging(verbose)
    if verbose:
        logging.getLogger("kg.sparql.server").setLevel(logging.DEBUG)
    from kg.sparql.server import Endpoint

    endpoint = Endpoint(
        graph,
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        workers=workers,
        memory_limit=memory_limit * 2**20,
        memory=memory,
        cors=cors or (),
    )
    page = endpoint.url.removesuffix("sparql")
    typer.echo(f"kg: SPARQL endpoint at {endpoint.url} (query page at {page}); Ctrl+C stops", err=True)
    try:
        endpoint.serve_forever()
    except KeyboardInterrupt:
        pass
    typer.echo("kg: stopped", err=True)


# ---------------------------------------------------------------- diff (kg.graph.diff)


@app.command()
@_friendly
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier kg build output folder.")],
    new: Annotated[Path, typer.Argument(help="The later kg build output folder.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output: table or json.")] = "table",
    rdf: Annotated[
        Path | None, typer.Option("--rdf", help="Also write the changes as RDF (TriG, one named graph each).")
    ] = None,
    limit: Annotated[int, typer.Option(help="Examples per kind of change in the table.")] = 20,
) -> None:
    """What changed between two builds: actors and relations added, removed, changed, merged or split."""
    import json

    from rich.console import Console

    from kg.graph import diff as kg_diff
    from kg.io import atomic_write_text

    if fmt not in ("table", "json"):
        raise KGError(f"Unknown format {fmt!r}: use table or json")
    before, after = kg_diff.read(old), kg_diff.read(new)
    changes = kg_diff.diff(before, after)
    if rdf is not None:
        base = str(after.graph.get("base_iri") or "https://w3id.org/kg/id/")
        from kg.rdf.changes import to_trig

        atomic_write_text(rdf, to_trig(changes, base_iri=base))
    if fmt == "json":
        typer.echo(json.dumps(changes.to_json(), ensure_ascii=False, indent=1))
    else:
        Console().print(kg_diff.table(changes, limit=limit))


def _graph_json(graph: Path) -> Path:
    """The ``graph.json`` of a build output folder (or the file given), or a one-line error."""
    path = graph / "graph.json" if graph.is_dir() else graph
    if not path.is_file():
        raise KGError(f"No graph.json at {str(path)!r}: expected a `kg build` output folder")
    return path


@app.command()
@_friendly
def export(
    graph: Annotated[Path, typer.Option("--graph", "-g", help="A kg build output folder.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf, csv or neo4j.")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The file (graphml, gexf) or folder (csv, neo4j) to write.")
    ],
) -> None:
    """Write the graph for other tools: GraphML (yEd, Gephi, Cytoscape), GEXF (Gephi), CSV, Neo4j import."""
    from kg.graph import export as kg_export
    from kg.graph import graph as kg_graph

    G = kg_graph.read(_graph_json(graph))
    written = kg_export.export(G, out, fmt)
    shown = ", ".join(str(p) for p in written)
    typer.echo(f"{G.number_of_nodes()} actors, {G.number_of_edges()} relations -> {shown}", err=True)


# ---------------------------------------------------------------- viz (kg.viz)


@app.command()
@_friendly
def viz(
    graph: Annotated[Path, typer.Option("--graph", "-g", help="A kg build output folder (graph.json).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")],
    query: Annotated[
        str | None,
        typer.Option(
            "--query", "-q", help="Draw only what this SPARQL query returns (a name, a .rq file or text)."
        ),
    ] = None,
    params: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="Bind a query variable: name=value (repeated).")
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option("--actor", "-a", help="Draw only this actor's neighbourhood (any name or alias)."),
    ] = None,
    actor_id: Annotated[
        str | None,
        typer.Option(
            "--actor-id",
            help="Draw this actor's neighbourhood: an id as kg lists it (person/Ann_Lee) or the IRI; "
            "picks one when --actor fits several.",
        ),
    ] = None,
    hops: Annotated[int, typer.Option("--hops", min=0, help="Relations away from --actor to go.")] = 1,
    title: Annotated[str | None, typer.Option(help="Page title (default: what is drawn).")] = None,
    color_by: Annotated[str, typer.Option("--color-by", help="Colour actors by type or community.")] = "type",
    since: Annotated[
        str | None,
        typer.Option(help="Only relations holding on or after this date: 2024, 2024-10 or 2024-10-03."),
    ] = None,
    until: Annotated[str | None, typer.Option(help="Only relations holding on or before this date.")] = None,
    undated: Annotated[
        bool, typer.Option("--undated/--no-undated", help="With --since/--until: keep undated relations.")
    ] = True,
) -> None:
    """Write the interactive, self-contained HTML view of a graph (or of part of it)."""
    from kg.graph import graph as kg_graph
    from kg.viz import page as kg_viz
    from kg.viz.subgraphs import ego, query_subgraph

    path = _graph_json(graph)
    G = kg_graph.read(path)
    what = "graph"
    if query:
        G = query_subgraph(G, path.parent, query, **_bindings(params))
        what = f"query {query}"
    if actor or actor_id:
        center = _pick_center(G, actor, actor_id)
        G = ego(G, hops=hops, actor_id=center)
        shown = (
            G.nodes[center].get("label", center) if actor_id else actor
        )  # the name asked for, or the one picked
        what = f"{shown} ({hops} hop{'s' if hops != 1 else ''})"
    if since or until:
        for given in (since, until):
            if given and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", given):
                raise KGError(f"Not a date: {given!r}; write 2024, 2024-10 or 2024-10-03")
        from kg.viz.subgraphs import between

        G = between(G, since, until, keep_undated=undated)
        what += f", {since or '…'} to {until or '…'}"
    kg_viz.write_html(G, out, title=title or f"kg: {what}", color_by=color_by)
    typer.echo(f"{G.number_of_nodes()} actors, {G.number_of_edges()} relations -> {out}", err=True)


def _pick_center(G: Any, actor: str | None, actor_id: str | None) -> Any:
    """The node ``kg viz`` draws around; when ``actor`` names several, list them on stderr."""
    from kg.sparql.actors import clean, listing, short_id
    from kg.viz.subgraphs import candidates, find_actor

    center = find_actor(G, actor, actor_id=actor_id)
    found = candidates(G, actor) if actor else []
    if len(found) > 1:
        for line in listing(actor or "", found):
            typer.echo(line, err=True)
        if actor_id is None:
            typer.echo(
                f"kg: warning: drawing the most connected, {clean(short_id(found[0].id))} "
                f"({found[0].degree} relations); pick another with --actor-id ID",
                err=True,
            )
    if not G.degree(center):
        typer.echo(f"kg: note: {clean(short_id(str(center)))} has no relation in this graph", err=True)
    return center


def main() -> None:
    """Entry point of the ``kg`` console script."""
    app()


if __name__ == "__main__":
    main()
