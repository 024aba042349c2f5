"""The notebook runs top to bottom and shows what it promises."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_explore_notebook_runs(tmp_path: Path) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    ).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    html = "\n".join(str(o.get("data", {}).get("text/html", "")) for o in outputs)
    assert "2 documents" in text
    assert "Mark Rutte" in text and "NATO" in text and "leaderOf" in text
    key = next(c for c in nb.cells if "key_actors" in c.source)
    ranked = str(key.outputs[0]["data"]["text/plain"])
    assert "partners" in ranked and "Mark Rutte" in ranked and "NATO" in ranked
    assert "victory plan" not in ranked and "Ukraine" not in ranked  # works and places do not rank
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the relation-mix plot
    assert html.count("<iframe") >= 2 and 'sandbox="allow-scripts"' in html
