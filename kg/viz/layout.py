"""Where each actor goes on the page, how big it is and which community it is in.

Computed once in Python so the browser only has to draw: vis-network's own
physics would make a 5,000-node page settle for a minute.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import Any

import networkx as nx

#: Below this many nodes networkx's exact Fruchterman-Reingold (numpy only) is fast enough.
SMALL = 500


def simple_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """``G`` as an undirected simple graph; ``weight`` counts the parallel edges.

    Examples:
        >>> M = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "a")])
        >>> H = simple_graph(M)
        >>> H["a"]["b"]["weight"], H.has_edge("a", "a")
        (2, False)
    """
    H: nx.Graph = nx.Graph()
    H.add_nodes_from(G)
    for u, v in G.edges():
        if u == v:
            continue
        if H.has_edge(u, v):
            H[u][v]["weight"] += 1
        else:
            H.add_edge(u, v, weight=1)
    return H


def induced(H: nx.Graph, nodes: Any) -> nx.Graph:
    """The subgraph of ``H`` on ``nodes`` as a new graph, in an order no hash seed changes.

    Nodes in the order of their names. ``H.subgraph`` iterates in the order of the node
    set it is given, which for strings changes with each process's hash seed: layouts and
    communities would too.

    Examples:
        >>> list(induced(nx.Graph([("b", "a"), ("a", "c")]), {"c", "b", "a"}).edges())
        [('a', 'b'), ('a', 'c')]
    """
    keep = set(nodes)
    S: nx.Graph = nx.Graph()
    S.add_nodes_from(sorted(keep, key=str))
    S.add_edges_from((u, v, H[u][v]) for u in list(S) for v in H[u] if v in keep)
    return S


def positions(
    H: nx.Graph, *, seed: int = 0, iterations: int | None = None, spacing: float = 130.0
) -> dict[Hashable, tuple[float, float]]:
    """A force-directed layout of ``H`` in page pixels, most nodes ``spacing`` or more from their nearest.

    Each connected component is laid out on its own and the components are
    packed in rows, largest first; actors with no relation go on a grid below
    them, so they neither crowd nor dwarf the main story (the page hides them
    until asked). Components under 500 nodes use
    :func:`networkx.spring_layout`; bigger ones a Fruchterman-Reingold whose
    repulsion is estimated from a random sample of nodes each step (O(n·k)
    instead of O(n²)): 5,000 nodes in about a second with numpy alone.

    Examples:
        >>> pos = positions(nx.Graph([(0, 1), (1, 2)]), seed=1)
        >>> sorted(pos), all(isinstance(c, float) for xy in pos.values() for c in xy)
        ([0, 1, 2], True)
    """
    if len(H) == 0:
        return {}
    parts = sorted(
        (c for c in nx.connected_components(H) if len(c) > 1), key=lambda c: (-len(c), sorted(map(str, c))[0])
    )
    placed = (
        _pack([_component(induced(H, c), seed=seed, iterations=iterations) for c in parts]) if parts else {}
    )
    placed.update(_isolates(sorted((v for v in H if H.degree(v) == 0), key=str), placed))
    return {v: (round(x * spacing, 1), round(y * spacing, 1)) for v, (x, y) in placed.items()}


def _isolates(
    nodes: list[Hashable], placed: dict[Hashable, tuple[float, float]]
) -> dict[Hashable, tuple[float, float]]:
    """Actors with no relation on a square grid below the connected ones, out of their way."""
    if not nodes:
        return {}
    side = math.ceil(math.sqrt(len(nodes)))
    top = max((y for _, y in placed.values()), default=-2.0) + 2.0
    x0 = -(side - 1) / 2
    return {v: (x0 + i % side, top + i // side) for i, v in enumerate(nodes)}


def _component(C: nx.Graph, *, seed: int, iterations: int | None) -> dict[Hashable, tuple[float, float]]:
    """A connected graph laid out so most nodes are at least 1 from their nearest neighbour."""
    nodes = list(C)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) <= 3:  # a pair or a triple: a line or a triangle, no need to simulate
        return {
            v: (math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes)))
            for i, v in enumerate(nodes)
        }
    if len(nodes) < SMALL:
        raw = nx.spring_layout(C, seed=seed, iterations=iterations or 80, weight=None)
        coords = [(float(raw[v][0]), float(raw[v][1])) for v in nodes]
    else:
        coords = _sampled_fruchterman_reingold(C, nodes, seed=seed, iterations=iterations or 80)
    if len(nodes) < SMALL:
        unit = _nearest_spacing(coords) or 1.0
    else:  # about one unit of area per node: the picture stays dense enough to read as a whole
        xs, ys = [x for x, _ in coords], [y for _, y in coords]
        unit = max(max(xs) - min(xs), max(ys) - min(ys)) / math.sqrt(len(nodes)) or 1.0
    return {v: (x / unit, y / unit) for v, (x, y) in zip(nodes, coords, strict=True)}


def _nearest_spacing(coords: list[tuple[float, float]], quantile: float = 0.2) -> float:
    """How far most nodes are from their nearest neighbour (a low quantile, so dense cores get room)."""
    import numpy as np

    xy = np.asarray(coords)
    rng = np.random.default_rng(0)
    probe = xy if len(xy) <= 1000 else xy[rng.choice(len(xy), 1000, replace=False)]
    d = np.linalg.norm(probe[:, None, :] - xy[None, :, :], axis=2)
    d[d == 0] = np.inf
    return float(np.quantile(d.min(axis=1), quantile))


def _pack(
    parts: list[dict[Hashable, tuple[float, float]]], gap: float = 1.5
) -> dict[Hashable, tuple[float, float]]:
    """Shelf-pack laid-out components (largest first) into a roughly square block."""
    boxes = []
    for part in parts:
        xs = [x for x, _ in part.values()]
        ys = [y for _, y in part.values()]
        boxes.append((part, min(xs), min(ys), max(xs) - min(xs) + gap, max(ys) - min(ys) + gap))
    row_width = max(math.sqrt(sum(w * h for *_, w, h in boxes)) * 1.2, max(w for *_, w, _ in boxes))
    placed: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for part, x0, y0, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        placed.update({v: (px - x0 + x, py - y0 + y) for v, (px, py) in part.items()})
        x, row_height = x + w, max(row_height, h)
    cx = (min(p[0] for p in placed.values()) + max(p[0] for p in placed.values())) / 2
    cy = (min(p[1] for p in placed.values()) + max(p[1] for p in placed.values())) / 2
    return {v: (px - cx, py - cy) for v, (px, py) in placed.items()}


def _sampled_fruchterman_reingold(
    H: nx.Graph, nodes: list[Hashable], *, seed: int, iterations: int, sample: int = 160
) -> list[tuple[float, float]]:
    import numpy as np

    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    if H.number_of_edges():
        src, dst = np.array([(index[u], index[v]) for u, v in H.edges()], dtype=np.int64).T
    else:
        src = dst = np.zeros(0, dtype=np.int64)
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)  # ideal edge length 1 in a square of area n
    pos = rng.uniform(-side / 2, side / 2, size=(n, 2))
    k = min(sample, n)
    temperature = side / 8
    cooling = (0.01 / 8) ** (1 / iterations)  # ends at 1% of the start
    degree = np.bincount(np.concatenate([src, dst]), minlength=n).astype(float)
    for _ in range(iterations):
        picks = rng.choice(n, size=k, replace=False)
        delta = pos[:, None, :] - pos[None, picks, :]
        d2 = np.einsum("ijk,ijk->ij", delta, delta) + 1e-3
        disp = np.einsum("ijk,ij->ik", delta, 1.0 / d2) * (n / k)
        if len(src):
            edge = pos[src] - pos[dst]
            pull = edge * np.linalg.norm(edge, axis=1, keepdims=True)
            for axis in (0, 1):
                disp[:, axis] -= np.bincount(src, pull[:, axis], minlength=n)
                disp[:, axis] += np.bincount(dst, pull[:, axis], minlength=n)
        # Gravity keeps small components and isolates from drifting away.
        disp -= pos * (0.05 * (degree + 1) / side)[:, None]
        length = np.linalg.norm(disp, axis=1, keepdims=True) + 1e-9
        pos += disp / length * np.minimum(length, temperature)
        temperature *= cooling
    # Isolates and tiny components settle far out; pull them in to the rim of the
    # bulk so the first view is not mostly empty space.
    pos -= np.median(pos, axis=0)
    radius = np.linalg.norm(pos, axis=1)
    rim = 1.1 * float(np.quantile(radius, 0.9)) + 1e-9
    far = radius > rim
    pos[far] *= ((rim + np.log1p(radius[far] - rim)) / radius[far])[:, None]
    return [(float(x), float(y)) for x, y in pos]


def communities(H: nx.Graph, *, seed: int = 0) -> dict[Hashable, int]:
    """Louvain communities of ``H``, numbered from the largest (0) down.

    Examples:
        >>> H = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5)])
        >>> communities(H, seed=0)
        {1: 0, 2: 0, 3: 0, 4: 1, 5: 1}
    """
    if H.number_of_edges() == 0:
        return {v: i for i, v in enumerate(H)}
    # On integers: Louvain walks sets of nodes, and sets of strings iterate in an order that
    # changes with each process's hash seed; actors with no relation are their own community.
    order = [v for v in H if H.degree(v)]
    linked = nx.convert_node_labels_to_integers(induced(H, order), ordering="default")
    found = [
        {order[i] for i in group}
        for group in nx.algorithms.community.louvain_communities(linked, weight="weight", seed=seed)
    ]
    found += [{v} for v in H if not H.degree(v)]
    ranked = sorted(found, key=lambda c: (-len(c), min(map(str, c))))
    return {v: i for i, group in enumerate(ranked) for v in sorted(group, key=str)}


def node_sizes(G: nx.MultiDiGraph, *, smallest: float = 8.0, largest: float = 32.0) -> dict[Any, float]:
    """A radius per node growing with the square root of its degree.

    Examples:
        >>> node_sizes(nx.MultiDiGraph([(1, 2), (1, 3)]))
        {1: 32.0, 2: 24.97, 3: 24.97}
    """
    degrees = dict(G.degree())
    top = math.sqrt(max(degrees.values(), default=0)) or 1.0
    return {v: round(smallest + (largest - smallest) * math.sqrt(d) / top, 2) for v, d in degrees.items()}


def groups(
    H: nx.Graph,
    community: dict[Hashable, int],
    types: dict[Hashable, str],
    *,
    min_size: int = 4,
    most: int = 150,
) -> list[tuple[str, str, list[Hashable]]]:
    """The groups a large graph's overview draws collapsed: ``(kind, type, members)``, most central first.

    ``kind`` is ``"community"`` (a community of at least ``min_size`` actors),
    ``"pieces"`` (the smaller communities whose most connected actor is of
    ``type``, so a pair stays together) or ``"alone"`` (the actors of ``type``
    with no relation). At most ``most`` communities are groups of their own (the
    largest), so the overview stays readable. Members are ranked by weighted degree, so a group's first
    members name it.

    Examples:
        >>> H = nx.Graph([(1, 2), (2, 3), (2, 4), (5, 6)])
        >>> H.add_node(7)
        >>> groups(H, communities(H), {v: "Person" for v in H}, min_size=3)
        [('community', 'Person', [2, 1, 3, 4]), ('pieces', 'Person', [5, 6]), ('alone', 'Person', [7])]
    """
    degree = dict(H.degree(weight="weight"))
    rank = lambda v: (-degree[v], str(v))  # noqa: E731
    by_community: dict[int, list[Hashable]] = {}
    alone: dict[str, list[Hashable]] = {}
    for v in H:
        if degree[v] == 0:
            alone.setdefault(types[v], []).append(v)
        else:
            by_community.setdefault(community[v], []).append(v)
    sizes = sorted((len(g) for g in by_community.values()), reverse=True)
    if len(sizes) > most:
        min_size = max(min_size, sizes[most] + 1)
    found: list[tuple[str, str, list[Hashable]]] = []
    pieces: dict[str, list[Hashable]] = {}
    for _, group in sorted(by_community.items()):
        group.sort(key=rank)
        if len(group) >= min_size:
            found.append(("community", types[group[0]], group))
        else:
            pieces.setdefault(types[group[0]], []).extend(group)
    by_size = lambda bag: sorted(bag, key=lambda t: (-len(bag[t]), t))  # noqa: E731
    found += [("pieces", t, sorted(pieces[t], key=rank)) for t in by_size(pieces)]
    found += [("alone", t, sorted(alone[t], key=str)) for t in by_size(alone)]
    return found


def group_radius(size: int) -> float:
    """How big a group of ``size`` actors is drawn, in page pixels (viz.js draws it the same way)."""
    return 30 + min(55 * math.sqrt(size), 1500)


def overview(
    H: nx.Graph, found: list[tuple[str, str, list[Hashable]]], *, seed: int = 0
) -> tuple[list[tuple[float, float]], dict[Hashable, tuple[float, float]]]:
    """Where each group of :func:`groups` goes, and each actor inside its group's circle.

    The groups are laid out as a graph of their own (an edge where their actors
    are related), pushed apart until no two circles overlap; the actors of no
    relation go in a row below. Each group's actors keep a layout of their own,
    shrunk to fit inside its circle, so opening a group draws them in place.

    Examples:
        >>> H = nx.Graph([(1, 2), (2, 3), (3, 1), (4, 5)])
        >>> H.add_node(6)
        >>> found = groups(H, communities(H), {v: "Person" for v in H}, min_size=3)
        >>> centres, pos = overview(H, found)
        >>> len(centres), sorted(pos)
        (3, [1, 2, 3, 4, 5, 6])
    """
    import numpy as np

    radius = np.array([group_radius(len(members)) for *_, members in found])
    linked = [k for k, (kind, *_) in enumerate(found) if kind != "alone"]
    owner = {v: k for k, (*_, members) in enumerate(found) for v in members}
    Q: nx.Graph = nx.Graph()
    Q.add_nodes_from(linked)
    for u, v in H.edges():
        a, b = owner.get(u), owner.get(v)
        if a is not None and b is not None and a != b:
            Q.add_edge(a, b, weight=Q[a][b]["weight"] + 1 if Q.has_edge(a, b) else 1)
    centre = np.zeros((len(found), 2))
    if linked:
        raw = nx.spring_layout(Q, seed=seed, weight="weight") if len(linked) > 1 else {linked[0]: (0.0, 0.0)}
        span = math.sqrt(float((radius[linked] ** 2).sum())) * 2.5
        centre[linked] = np.array([raw[k] for k in linked]) * span
        centre[linked] = _push_apart(centre[linked], radius[linked] + 60)
    bottom = max((centre[k, 1] + radius[k] for k in linked), default=0.0) + 250
    x = -sum(2 * radius[k] + 120 for k in range(len(found)) if k not in set(linked)) / 2
    for k in (k for k in range(len(found)) if found[k][0] == "alone"):
        centre[k] = (x + radius[k], bottom + radius[k])
        x += 2 * radius[k] + 120
    pos: dict[Hashable, tuple[float, float]] = {}
    for k, (*_, members) in enumerate(found):
        local = positions(induced(H, members), seed=seed)
        xy = np.array([local[v] for v in members])
        xy -= (xy.min(axis=0) + xy.max(axis=0)) / 2
        reach = float(np.linalg.norm(xy, axis=1).max()) or 1.0
        xy *= min(1.0, 0.92 * (radius[k] - 12) / reach)
        xy += centre[k]
        pos.update(
            {v: (round(float(p[0]), 1), round(float(p[1]), 1)) for v, p in zip(members, xy, strict=True)}
        )
    return [(round(float(x), 1), round(float(y), 1)) for x, y in centre], pos


def _push_apart(xy: Any, radius: Any, rounds: int = 200) -> Any:
    """Move circles apart until none overlap (or ``rounds`` run out); the biggest move least."""
    import numpy as np

    xy = xy.astype(float).copy()
    weight = 1.0 / radius
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.linalg.norm(delta, axis=2) + np.eye(len(xy))
        overlap = np.clip(radius[:, None] + radius[None, :] - dist, 0, None)
        np.fill_diagonal(overlap, 0)
        if not overlap.any():
            break
        share = weight[:, None] / (weight[:, None] + weight[None, :])
        xy += np.einsum("ijk,ij->ik", delta / dist[:, :, None], overlap * share * 0.5)
    return xy
