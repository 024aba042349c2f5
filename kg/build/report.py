"""The summary table ``kg build`` prints at the end."""

from __future__ import annotations

from typing import Any


def print_summary(report: dict[str, Any]) -> None:
    """Print a build report as tables on stderr."""
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)
    docs = report["documents"]
    table = Table(title="kg build", show_header=False)
    table.add_row("documents read", str(docs["read"]))
    table.add_row("documents skipped", str(docs["skipped"]))
    table.add_row("words", f"{report['words']:,}")
    table.add_row("actors", str(report["actors"]))
    for kind, n in report["actors_by_type"].items():
        table.add_row(f"  {kind}", str(n))
    table.add_row("relations", str(report["relations"]))
    table.add_row("  negated", str(report["negated_relations"]))
    table.add_row("seconds", f"{report['seconds']:.1f}")
    table.add_row("words / second", f"{report['words_per_second'] or 0:,.0f}")
    console.print(table)
    preds = Table(title="relations by predicate")
    preds.add_column("predicate")
    preds.add_column("edges", justify="right")
    for pred, n in sorted(report["relations_by_predicate"].items(), key=lambda x: -x[1]):
        preds.add_row(pred, str(n))
    console.print(preds)
    for item in docs["skipped_files"][:20]:
        where = f"{item['path']}:{item['line']}" if item.get("line") else item["path"]
        console.print(f"[yellow]skipped[/] {where}: {item['reason']}")
