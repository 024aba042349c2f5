"""``kg eval``: score extraction against CoNLL04 or DWIE gold (JSONL, as in ``../shared/data``).

The datasets' labels are reached only through the mappings below; kg's own
vocabulary never learns their conventions.

* CoNLL04: strict relation match (exact head and tail spans, types and label).
* DWIE: document-level relations between gold clusters, in the leader, member,
  citizen, based-in and located-in families; B3 coreference over found mentions.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.settings import Settings

CONLL_ENT = {"Person": "Peop", "Organization": "Org", "Place": "Loc"}
CONLL_REL = {
    ("Peop", "Org"): ({"worksFor", "leaderOf", "memberOf"}, "Work_For"),
    ("Peop", "Loc"): ({"livesIn", "citizenOf", "leaderOf", "bornIn"}, "Live_In"),
    ("Org", "Loc"): ({"basedIn", "locatedIn"}, "OrgBased_In"),
    ("Loc", "Loc"): ({"locatedIn", "partOf"}, "Located_In"),
    ("Peop", "Peop"): ({"kills"}, "Kill"),
}
DWIE_FAMILY = {
    "head_of": "LEADER",
    "head_of_state": "LEADER",
    "head_of_gov": "LEADER",
    "member_of": "MEMBER",
    "agent_of": "MEMBER",
    "player_of": "MEMBER",
    "minister_of": "MEMBER",
    "citizen_of": "CITIZEN",
    "based_in0": "BASED",
    "based_in1": "BASED",
    "based_in2": "BASED",
    "in0": "IN",
    "in1": "IN",
    "in2": "IN",
}
KG_FAMILY = {
    "leaderOf": "LEADER",
    "memberOf": "MEMBER",
    "worksFor": "MEMBER",
    "citizenOf": "CITIZEN",
    "livesIn": "CITIZEN",
    "basedIn": "BASED",
}
DWIE_ACTORS = {"type::person", "type::organization", "type::location"}


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    """Precision, recall and F1 from counts.

    Examples:
        >>> prf(1, 2, 4)["f1"]
        0.3333
    """
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Every JSON object of a JSONL file; a bad line is an :class:`InputError` naming it."""
    rows = []
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise InputError(f"{path}:{n}: malformed JSON ({err.msg})") from err
    return rows


def _trim(start: int, end: int, text: str) -> tuple[int, int]:
    while end > start and text[end - 1] in ".,":
        end -= 1
    return start, end


def score_conll04(gold: list[dict[str, Any]], pred: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Strict relation and entity scores on CoNLL04."""
    counts = Counter[str]()
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for g in gold:
        text = g["text"]
        p = pred.get(g["id"], {"entities": [], "relations": []})
        gents = {
            (*_trim(e["start"], e["end"], text), e["type"]) for e in g["entities"] if e["type"] != "Other"
        }
        spans: dict[str, tuple[list[tuple[int, int]], str | None]] = {}
        pents = set()
        for e in p["entities"]:
            kind = CONLL_ENT.get(e["type"])
            ms = [_trim(m["start"], m["end"], text) for m in e["mentions"]]
            spans[e["id"]] = (ms, kind)
            pents |= {(*m, kind) for m in ms if kind}
        counts["etp"] += len(gents & pents)
        counts["enp"] += len(pents)
        counts["eng"] += len(gents)
        grels = set()
        for r in g["relations"]:
            h, t = g["entities"][r["head"]], g["entities"][r["tail"]]
            grels.add((_trim(h["start"], h["end"], text), _trim(t["start"], t["end"], text), r["type"]))
        prels = set()
        for r in p["relations"]:
            if r.get("negated"):
                continue
            hs, ht = spans.get(r["subject"], ([], None))
            ts, tt = spans.get(r["object"], ([], None))
            preds, label = CONLL_REL.get((ht or "", tt or ""), (set(), ""))
            if r["predicate"] in preds:
                prels |= {(a, b, label) for a in hs for b in ts}
        counts["tp"] += len(grels & prels)
        counts["np"] += len(prels)
        counts["ng"] += len(grels)
        for x in grels:
            per[x[2]][2] += 1
        for x in prels:
            per[x[2]][1] += 1
        for x in grels & prels:
            per[x[2]][0] += 1
    return {
        "dataset": "conll04",
        "docs": len(gold),
        "entities": prf(counts["etp"], counts["enp"], counts["eng"]),
        "relations_strict": prf(counts["tp"], counts["np"], counts["ng"]),
        "per_type": {k: prf(*v) for k, v in sorted(per.items())},
    }


def score_dwie(gold: list[dict[str, Any]], pred: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Document-level relation F1 over gold clusters and B3 coreference on DWIE."""
    tp = n_pred = n_gold = 0
    b3p = b3r = 0.0
    found_mentions = 0
    for g in gold:
        p = pred.get(g["id"], {"entities": [], "relations": []})
        exact = {
            (m["start"], m["end"]): ci for ci, e in enumerate(g["entities"]) for m in e.get("mentions", [])
        }
        mapped: dict[str, tuple[int, str]] = {}
        found: list[tuple[str, int]] = []
        for e in p["entities"]:
            votes = Counter[int]()
            for m in e["mentions"]:
                ci = exact.get((m["start"], m["end"]))
                if ci is None:
                    ci = _overlap(exact, m["start"], m["end"])
                if ci is not None:
                    votes[ci] += 1
                    if g["entities"][ci]["type"] in DWIE_ACTORS:
                        found.append((e["id"], ci))
            if votes:
                mapped[e["id"]] = (votes.most_common(1)[0][0], e["type"])
        for pid, ci in found:
            same_p = [x for x in found if x[0] == pid]
            same_g = [x for x in found if x[1] == ci]
            both = sum(1 for x in same_p if x[1] == ci)
            b3p += both / len(same_p)
            b3r += both / len(same_g)
        found_mentions += len(found)
        grels = {
            (r["head"], DWIE_FAMILY[r["type"]], r["tail"]) for r in g["relations"] if r["type"] in DWIE_FAMILY
        }
        prels = set()
        for r in p["relations"]:
            if r.get("negated") or r["subject"] not in mapped or r["object"] not in mapped:
                continue
            (h, htype), (t, _) = mapped[r["subject"]], mapped[r["object"]]
            fam = KG_FAMILY.get(r["predicate"])
            if r["predicate"] == "locatedIn":
                fam = "BASED" if htype == "Organization" else "IN"
            if fam and h != t:
                prels.add((h, fam, t))
        tp += len(grels & prels)
        n_pred += len(prels)
        n_gold += len(grels)
    P = b3p / found_mentions if found_mentions else 0.0
    R = b3r / found_mentions if found_mentions else 0.0
    return {
        "dataset": "dwie",
        "docs": len(gold),
        "relations": prf(tp, n_pred, n_gold),
        "coref_b3": {
            "p": round(P, 4),
            "r": round(R, 4),
            "f1": round(2 * P * R / (P + R), 4) if P + R else 0.0,
            "mentions": found_mentions,
        },
    }


def _overlap(exact: dict[tuple[int, int], int], start: int, end: int) -> int | None:
    best: tuple[int, int] | None = None
    for (a, b), ci in exact.items():
        if a < end and start < b:
            size = min(b, end) - max(a, start)
            if best is None or size > best[0]:
                best = (size, ci)
    return best[1] if best else None


SCORERS = {"conll04": score_conll04, "dwie": score_dwie}


def predict(gold: list[dict[str, Any]], settings: Settings) -> Iterator[dict[str, Any]]:
    """Run kg's extraction over the gold texts."""
    from kg.nlp import model as kg_nlp
    from kg.nlp.extract import extract
    from kg.records import Document

    nlp = kg_nlp.load(settings)
    docs = (Document(id=g["id"], text=g["text"]) for g in gold)
    for r in extract(docs, nlp, settings=settings):
        yield r.to_json()


def evaluate(
    dataset: str | Path, *, fmt: str, predictions: str | Path | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    """Score kg (or a file of its predictions) against a gold JSONL file."""
    if fmt not in SCORERS:
        raise InputError(f"Unknown gold format {fmt!r}; expected one of {', '.join(SCORERS)}")
    if not Path(dataset).is_file():
        raise InputError(f"{dataset}: no such file")
    gold = read_jsonl(dataset)
    if predictions:
        pred = {p["id"]: p for p in read_jsonl(predictions)}
    else:
        pred = {p["id"]: p for p in predict(gold, settings or Settings())}
    return SCORERS[fmt](gold, pred)


def print_scores(scores: dict[str, Any]) -> None:
    """A table of precision, recall and F1 on stdout (the full JSON with ``--json``)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{scores['dataset']} ({scores['docs']} documents)")
    for col in ("measure", "P", "R", "F1", "tp", "pred", "gold"):
        table.add_column(col, justify="right" if col != "measure" else "left")
    rows = {k: v for k, v in scores.items() if isinstance(v, dict) and "p" in v}
    rows |= {f"  {k}": v for k, v in scores.get("per_type", {}).items()}
    for name, v in rows.items():
        table.add_row(
            name,
            f"{v['p']:.3f}",
            f"{v['r']:.3f}",
            f"{v['f1']:.3f}",
            *(str(v.get(k, "")) for k in ("tp", "pred", "gold")),
        )
    Console().print(table)
