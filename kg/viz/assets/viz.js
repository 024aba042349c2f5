// kg graph page: panels, search and filters around a vis-network canvas.
// Every string from the data is untrusted: it only ever reaches the page through
// textContent / Text nodes / plain-text vis labels and tooltips.
//
// Large graphs open on an overview: each community (and the actors with no relation,
// by type) is one labelled group, drawn where its members are; a click or zooming
// into it draws its members. The canvas only ever holds what is drawn, so the cost of
// a frame follows what is on screen, not the size of the graph; every actor is in
// the data and search brings any of them in.
(function () {
  "use strict";
  const T0 = performance.now();
  const D = JSON.parse(document.getElementById("kg-data").textContent);
  const nodes = D.nodes;
  const edges = D.edges;
  const docs = D.docs;
  const groups = D.groups || [];
  for (const n of nodes) {
    if (n.i !== undefined) n.iri = D.iriBase + n.i;
    if (!n.aliases) n.aliases = [];
    if (!n.links) n.links = [];
  }
  const LOD = groups.length > 0;
  const BIG = edges.length > 3000 || nodes.length > 1500;
  const EXPAND_MAX = 1000; // members an opened group draws at most (search reaches the others)
  const META_MAX = 300; // links drawn between closed groups at most, the strongest first
  const EDGE = "#7d8ca3";
  const NEG = "#b4bcc6";
  const NEW = "#2b8a3e";
  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"];
  const $ = (id) => document.getElementById(id);

  function el(tag, cls, ...kids) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    for (const k of kids) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : String(k));
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  const fmt = (x) => x.toLocaleString("en-US");

  // ------------------------------------------------------------------ indexes
  const typeColor = new Map(D.types.map((t) => [t.name, t.color]));
  const symmetric = new Set(D.symmetric);
  const adj = nodes.map(() => []);
  edges.forEach((e, i) => { adj[e.s].push(i); if (e.t !== e.s) adj[e.t].push(i); });
  const byIri = new Map(nodes.map((n, i) => [n.iri, i]));
  const norm = (s) => String(s).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
  const names = nodes.map((n) => Array.from(new Set([n.label, ...n.aliases].map(norm))));
  const rank = (a, b) => adj[b].length - adj[a].length || nodes[b].mentions - nodes[a].mentions || a - b;
  const members = groups.map(() => []);
  nodes.forEach((n, i) => { if (n.g !== undefined) members[n.g].push(i); });
  members.forEach((m) => m.sort(rank));
  const hubs = nodes.map((_, i) => i).filter((i) => adj[i].length > 0).sort(rank).slice(0, 600);
  const docSource = docs.map((d) => d.source || "");
  // Filters run over every actor and relation: types and sources as small numbers and bit masks.
  const typeIds = new Map(D.types.map((t, k) => [t.name, k]));
  const nodeType = Uint8Array.from(nodes, (n) => typeIds.get(n.type));
  const sourceBit = new Map(D.sources.slice(0, 30).map((s, k) => [s, 1 << k]));
  const docMask = docSource.map((s) => sourceBit.get(s) || 0);
  const nodeMask = Int32Array.from(nodes, (n) => n.docs.reduce((m, d) => m | docMask[d], 0));
  const edgeMask = Int32Array.from(edges, (e) => e.ev.reduce((m, v) => m | docMask[v[0]], 0));
  function sourceMask() {
    if (state.sources.size === D.sources.length) return -1; // no source filter
    if (D.sources.length > 30) return null; // too many for a mask: test each document
    let m = 0;
    for (const s of state.sources) m |= sourceBit.get(s) || 0;
    return m;
  }

  const initial = () => ({
    types: new Set(D.types.map((t) => t.name)), preds: new Set(D.predicates), sources: new Set(D.sources),
    hideWeak: D.hideWeak, minConf: D.hideWeak ? D.minConfidence : 0, doc: "", from: "", to: "",
    keepUndated: true, onlyNew: false, hops: 0, focus: null, isolated: edges.length === 0,
    expanded: new Set(), pinned: new Set(),
  });
  const state = Object.assign(initial(), { colorBy: D.colorBy });

  function nodeColor(n) {
    if (state.colorBy === "community") {
      const c = D.communities[n.community];
      return c && c.color ? c.color : D.otherColor;
    }
    return typeColor.get(n.type) || D.otherColor;
  }
  function groupColor(k) {
    const g = groups[k];
    return g.kind === "community" ? PALETTE[k % PALETTE.length] : typeColor.get(g.type) || D.otherColor;
  }
  const edgeText = (e) => (e.neg ? "not " : "") + (e.p === "relatedTo" && e.label ? e.label : e.p);
  const docName = (d) => (d.title ? d.title : d.id);

  // ------------------------------------------------------------------ vis items (made when first drawn)
  function nodeItem(i) {
    const n = nodes[i];
    return { id: i, label: n.label, title: n.label + " (" + n.type + ")", x: n.x, y: n.y, size: n.size, color: nodeColor(n) };
  }
  const pairSeen = new Map();
  const bend = edges.map((e) => {
    const pair = e.s < e.t ? e.s + "," + e.t : e.t + "," + e.s;
    const k = pairSeen.get(pair) || 0;
    pairSeen.set(pair, k + 1);
    return k;
  });
  function edgeItem(i) {
    const e = edges[i];
    const item = {
      id: i, from: e.s, to: e.t, label: edgeText(e), dashes: e.neg,
      title: nodes[e.s].label + " — " + edgeText(e) + " → " + nodes[e.t].label,
      color: { color: e.neg ? NEG : e.new ? NEW : EDGE, highlight: "#d9480f", hover: "#d9480f", opacity: e.neg ? 0.8 : 0.9 },
      width: 1 + Math.min(3, Math.log2(e.ev.length)),
      arrows: symmetric.has(e.p) ? "to, from" : "to",
    };
    const k = bend[i];
    if (!BIG && k > 0) item.smooth = { enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.15 * Math.ceil(k / 2) };
    return item;
  }
  const HEAD = { community: null, pieces: "small pieces", alone: "no relation" };
  // One name a line, so the labels are narrow and more of them fit side by side.
  // The label and size say how big the group is, not how much of it passes the filters: a
  // filter then only adds and removes groups, it never re-measures a hundred labels.
  const groupLabel = (k) => [HEAD[groups[k].kind], ...groups[k].top, fmt(groups[k].size) + (groups[k].size === 1 ? " actor" : " actors")]
    .filter((x) => x !== null).join("\n");
  function groupItem(k) {
    const c = groupColor(k);
    return {
      id: "g" + k, label: groupLabel(k), title: groups[k].name + " (" + fmt(groups[k].size) + " actors; click to open)",
      x: groups[k].x, y: groups[k].y, size: groupRadius(groups[k].size), shape: "dot", borderWidth: 2,
      color: { background: c + "40", border: c, highlight: { background: c + "66", border: c }, hover: { background: c + "66", border: c } },
      font: { size: 14, multi: false, color: "#1f2933", strokeWidth: 4, strokeColor: "#ffffff" },
    };
  }
  const groupRadius = (count) => 30 + Math.min(55 * Math.sqrt(count), 1500); // as page.group_radius
  function metaItem(id, a, b, count) {
    return {
      id, from: a, to: b, width: 1 + Math.min(6, Math.log2(count)), title: fmt(count) + (count === 1 ? " relation" : " relations"),
      color: { color: EDGE, opacity: 0.45 }, arrows: "", smooth: false,
    };
  }
  const endpoint = (r) => (r >= 0 ? r : "g" + (-r - 2));

  const nodesDS = new vis.DataSet();
  const edgesDS = new vis.DataSet();
  const shownNodes = new Map(); // id -> {x, y, size, label} of what nodesDS holds
  const shownEdges = new Map(); // id -> tooltip of what edgesDS holds

  // ------------------------------------------------------------------ filters
  function edgePasses(i, mask) {
    const e = edges[i];
    if (!state.preds.has(e.p)) return false;
    if (state.hideWeak && e.neg) return false;
    if (e.conf < state.minConf) return false;
    if (state.doc !== "" && !e.ev.some((v) => v[0] === state.doc)) return false;
    if (mask === null ? !e.ev.some((v) => state.sources.has(docSource[v[0]])) : mask !== -1 && !(edgeMask[i] & mask)) return false;
    if (state.onlyNew && !e.new) return false;
    if (state.from || state.to) {
      // An edge passes when the time it holds ([earliest, latest]) overlaps the range.
      if (!e.span) return state.keepUndated;
      if (state.from && e.span[1] < state.from) return false;
      if (state.to && e.span[0] > state.to) return false;
    }
    return true;
  }
  function nodePasses(i, types, mask) {
    if (!types[nodeType[i]]) return false;
    if (state.doc !== "" && !nodes[i].docs.includes(state.doc)) return false;
    if (mask === null ? !nodes[i].docs.some((d) => state.sources.has(docSource[d])) : mask !== -1 && !(nodeMask[i] & mask)) return false;
    return true;
  }
  const allowedTypes = () => Uint8Array.from(D.types, (t) => (state.types.has(t.name) ? 1 : 0));
  function neighbourhood(start, hops, live) {
    const found = new Set([start]);
    let frontier = [start];
    for (let h = 0; h < hops; h++) {
      const next = [];
      for (const v of frontier) {
        for (const ei of adj[v]) {
          if (!live[ei]) continue;
          const w = edges[ei].s === v ? edges[ei].t : edges[ei].s;
          if (!found.has(w)) { found.add(w); next.push(w); }
        }
      }
      frontier = next;
    }
    return found;
  }

  // What passes the filters (on), and how it is drawn (rep: the actor itself, its group, or nothing).
  function compute() {
    const N = nodes.length;
    const ok = new Uint8Array(N);
    const types = allowedTypes();
    const mask = sourceMask();
    for (let i = 0; i < N; i++) ok[i] = nodePasses(i, types, mask) ? 1 : 0;
    const live = new Uint8Array(edges.length);
    const liveDeg = new Uint32Array(N);
    let liveCount = 0;
    for (let i = 0; i < edges.length; i++) {
      const e = edges[i];
      if (ok[e.s] && ok[e.t] && edgePasses(i, mask)) { live[i] = 1; liveCount++; liveDeg[e.s]++; liveDeg[e.t]++; }
    }
    const on = new Uint8Array(N);
    let alone = 0;
    for (let i = 0; i < N; i++) {
      if (ok[i] && liveDeg[i] === 0) alone++;
      on[i] = ok[i] && (liveDeg[i] > 0 || state.isolated || state.pinned.has(i)) ? 1 : 0;
    }
    const near = state.hops > 0 && state.focus !== null ? neighbourhood(state.focus, state.hops, live) : null;
    if (near) for (let i = 0; i < N; i++) on[i] = near.has(i) ? 1 : 0;
    const rep = new Int32Array(N).fill(-1);
    const counts = groups.map(() => 0);
    for (let i = 0; i < N; i++) if (on[i]) rep[i] = i;
    if (LOD && !near) {
      members.forEach((list, k) => {
        let shown = 0;
        for (const i of list) {
          if (!on[i] || state.pinned.has(i)) continue;
          if (state.expanded.has(k) && shown < EXPAND_MAX) { shown++; continue; }
          rep[i] = -(k + 2);
          counts[k]++;
        }
      });
    }
    let onCount = 0;
    for (let i = 0; i < N; i++) onCount += on[i];
    if (near) for (let i = 0; i < edges.length; i++) if (live[i] && !(on[edges[i].s] && on[edges[i].t])) { live[i] = 0; liveCount--; }
    return { on, live, rep, counts, alone, onCount, liveCount };
  }

  let current = null;
  const timing = {};
  const fonts = new Map(); // id -> font size given by the label pass
  // The relations to draw: id -> null for one between two drawn actors, or [from, to, count]
  // for the link between a group and what it is related to.
  function wanted(c) {
    const want = new Map();
    const meta = new Map();
    for (let i = 0; i < edges.length; i++) {
      if (!c.live[i]) continue;
      const a = c.rep[edges[i].s];
      const b = c.rep[edges[i].t];
      if (a === -1 || b === -1) continue;
      if (a >= 0 && b >= 0) { want.set(i, null); continue; }
      if (a === b) continue;
      const key = a < b ? a + "," + b : b + "," + a;
      const m = meta.get(key);
      if (m) m[2]++; else meta.set(key, [a, b, 1]);
    }
    // Between groups, only the strongest links are drawn (all of those that reach a drawn actor).
    const links = Array.from(meta.entries()).sort((x, y) => y[1][2] - x[1][2]);
    let kept = 0;
    for (const [key, [a, b, n]] of links) {
      if (a < 0 && b < 0 && kept++ >= META_MAX) continue;
      want.set("m" + key, [endpoint(a), endpoint(b), n]);
    }
    return want;
  }
  // Only the difference reaches vis: what is removed and what is added. What is drawn is
  // mirrored in shownNodes / shownEdges (DataSet.get copies the item: too slow here).
  function sync(wantNodes, wantEdges) {
    const dropN = [], addN = [];
    for (const id of shownNodes.keys()) if (!wantNodes.has(id)) { dropN.push(id); shownNodes.delete(id); }
    for (const id of wantNodes) if (!shownNodes.has(id)) addN.push(typeof id === "number" ? nodeItem(id) : groupItem(Number(id.slice(1))));
    for (const it of addN) shownNodes.set(it.id, { x: it.x, y: it.y, size: it.size, label: it.label });
    const dropE = [], addE = [], updE = [];
    for (const id of shownEdges.keys()) if (!wantEdges.has(id)) { dropE.push(id); shownEdges.delete(id); }
    for (const [id, m] of wantEdges) {
      const have = shownEdges.get(id);
      if (typeof id === "number") { if (have === undefined) { addE.push(edgeItem(id)); shownEdges.set(id, ""); } continue; }
      const item = metaItem(id, m[0], m[1], m[2]);
      if (have === undefined) addE.push(item); else if (have !== item.title) updE.push(item);
      shownEdges.set(id, item.title);
    }
    edgesDS.remove(dropE);
    nodesDS.remove(dropN);
    for (const id of dropN) fonts.delete(id);
    nodesDS.add(addN);
    edgesDS.add(addE);
    edgesDS.update(updE);
  }
  function apply(opts) {
    const tA = performance.now();
    const c = compute();
    const tB = performance.now();
    current = c;
    const wantNodes = new Set();
    for (let i = 0; i < nodes.length; i++) if (c.rep[i] === i) wantNodes.add(i);
    c.counts.forEach((n, k) => { if (n > 0) wantNodes.add("g" + k); });
    const wantEdges = wanted(c);
    const tC = performance.now();
    sync(wantNodes, wantEdges);
    timing.apply = [tB - tA, tC - tB, performance.now() - tC]; // filters, links, vis: for benchmarks
    const drawnGroups = c.counts.filter((n) => n > 0).length;
    $("kg-stats").textContent = fmt(c.onCount) + " of " + fmt(nodes.length) + " actors · " +
      fmt(c.liveCount) + " of " + fmt(edges.length) + " relations" +
      (drawnGroups ? " · " + fmt(drawnGroups) + (drawnGroups === 1 ? " group" : " groups") : "");
    $("kg-isolated-count").textContent = fmt(c.alone);
    if (opts && opts.fit) fit();
    scheduleLabels();
  }
  // Controls ask for an apply; the changes of one event turn (a reset, a script setting several
  // controls) are drawn by one apply at the end of it, not one each.
  let pending = null;
  function request(fitAfter) {
    if (pending) { pending.fit = pending.fit || fitAfter; return; }
    pending = { fit: fitAfter };
    queueMicrotask(() => { const p = pending; pending = null; apply(p); });
  }
  // Fit what is drawn: circles only (vis's own fit counts the labels, whose size the label pass
  // changes with the zoom), with a margin for the labels at the rim.
  function fit() {
    if (!shownNodes.size) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const it of shownNodes.values()) {
      x0 = Math.min(x0, it.x - it.size); x1 = Math.max(x1, it.x + it.size);
      y0 = Math.min(y0, it.y - it.size); y1 = Math.max(y1, it.y + it.size);
    }
    const box = $("kg-graph").getBoundingClientRect();
    const scale = Math.min(2, 0.82 * Math.min(box.width / Math.max(x1 - x0, 1), box.height / Math.max(y1 - y0, 1)));
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 + 20 / scale }, scale, animation: false });
  }

  function recolor() {
    nodesDS.update(nodesDS.getIds().filter((id) => typeof id === "number").map((i) => ({ id: i, color: nodeColor(nodes[i]) })));
    syncLegend();
  }
  function syncLegend() {
    $("kg-communities").hidden = state.colorBy !== "community";
    document.querySelectorAll("#kg-types .swatch").forEach((s) => { s.style.visibility = state.colorBy === "type" ? "visible" : "hidden"; });
  }

  // ------------------------------------------------------------------ network
  const network = new vis.Network($("kg-graph"), { nodes: nodesDS, edges: edgesDS }, {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 0 },
    physics: { enabled: false },
    interaction: { hover: !BIG, tooltipDelay: 250, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG, keyboard: false },
    nodes: {
      shape: "dot", borderWidth: 1,
      font: { size: 14, face: "system-ui, sans-serif", color: "#1f2933", strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: 7 } },
    },
    edges: {
      arrows: { to: { scaleFactor: 0.5 }, from: { scaleFactor: 0.5 } },
      font: { size: 11, align: "horizontal", color: "#4a5565", strokeWidth: 3, strokeColor: "#ffffff" },
      smooth: false, selectionWidth: 2, hoverWidth: 1.5, scaling: { label: { drawThreshold: 7 } },
    },
  });
  window.network = network;
  const frames = [];
  let frameStart = 0;
  network.on("beforeDrawing", () => { frameStart = performance.now(); });
  network.on("afterDrawing", () => {
    frames.push(performance.now() - frameStart);
    if (frames.length > 2000) frames.splice(0, 1000);
  });

  // ------------------------------------------------------------------ labels that read at any zoom
  // The biggest groups and the most connected actors on screen get a label of a fixed
  // size on screen, as many as fit without overlapping; the others show once zoomed in.
  let labelTimer = 0;
  function scheduleLabels(zoomed) { clearTimeout(labelTimer); labelTimer = setTimeout(() => relabel(zoomed === true), 80); }
  // zoomed: after the reader zoomed, a group filling much of the view opens by itself.
  function relabel(zoomed) {
    const scale = network.getScale();
    const box = $("kg-graph").getBoundingClientRect();
    const taken = [];
    const want = new Map();
    const cands = [];
    for (const id of shownNodes.keys()) if (typeof id === "string") cands.push([id, -current.counts[Number(id.slice(1))]]);
    cands.sort((a, b) => a[1] - b[1]);
    for (const i of hubs) if (current.rep[i] === i) cands.push([i, 0]);
    for (const i of state.pinned) if (current.rep[i] === i) cands.unshift([i, 0]);
    let expand = -1;
    for (const [id] of cands) {
      const isGroup = typeof id === "string";
      const it = shownNodes.get(id);
      if (!it) continue;
      const p = network.canvasToDOM({ x: it.x, y: it.y });
      if (p.x < -50 || p.y < -50 || p.x > box.width + 50 || p.y > box.height + 50) continue;
      if (zoomed && isGroup && it.size * scale > 0.45 * Math.min(box.width, box.height) && expand < 0) expand = Number(id.slice(1));
      const lines = it.label.split("\n");
      const w = Math.min(Math.max(...lines.map((l) => l.length)), 60) * 7.6 + 8;
      const h = lines.length * 18;
      const top = p.y + it.size * scale + 2; // vis draws a dot's label below it
      const r = [p.x - w / 2, top, p.x + w / 2, top + h];
      if (r[0] < 0 || r[2] > box.width || r[3] > box.height) continue; // cut at the edge: not readable
      if (taken.some((t) => r[0] < t[2] && t[0] < r[2] && r[1] < t[3] && t[1] < r[3])) continue;
      taken.push(r);
      want.set(id, (isGroup ? 15 : 13) / Math.min(scale, 1));
      if (taken.length >= 120) break;
    }
    const upd = [];
    for (const id of fonts.keys()) if (!want.has(id) && shownNodes.has(id)) { upd.push({ id, font: { size: 14 } }); fonts.delete(id); }
    for (const [id, size] of want) {
      if (Math.abs((fonts.get(id) || 0) - size) > 0.01) { upd.push({ id, font: { size } }); fonts.set(id, size); }
    }
    if (upd.length) nodesDS.update(upd);
    if (expand >= 0) { state.expanded.add(expand); apply(); }
    window.kgLabelled = want.size;
  }
  network.on("zoom", () => scheduleLabels(true));
  network.on("dragEnd", () => scheduleLabels(false));
  network.once("afterDrawing", () => {
    // Ready once the first frame carries the label pass's readable labels.
    setTimeout(() => {
      fit(); // again, now that the canvas has its size
      relabel();
      network.once("afterDrawing", () => {
        window.kgTimings = { parsed: T0, drawn: performance.now() };
        window.kgReady = true;
        setTimeout(fillDocs, 0);
      });
      network.redraw();
    }, 0);
  });

  // ------------------------------------------------------------------ panels
  function actorButton(i) {
    const b = el("button", "link", nodes[i].label);
    b.type = "button";
    b.addEventListener("click", () => select(i));
    return b;
  }
  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"); }
  // The sentence with the subject's and object's names marked, built from Text nodes only.
  function highlighted(text, s, t) {
    const frag = document.createDocumentFragment();
    const cls = new Map();
    for (const [i, c] of [[s, "subj"], [t, "obj"]]) {
      for (const a of [nodes[i].label, ...nodes[i].aliases]) {
        const k = a.toLowerCase();
        if (a.trim().length >= 2 && !cls.has(k)) cls.set(k, c);
      }
    }
    const pats = Array.from(cls.keys()).sort((a, b) => b.length - a.length).slice(0, 200);
    if (!pats.length) { frag.append(text); return frag; }
    const re = new RegExp("(?<![\\p{L}\\p{N}])(?:" + pats.map(escapeRe).join("|") + ")(?![\\p{L}\\p{N}])", "giu");
    let last = 0;
    for (const m of text.matchAll(re)) {
      if (m.index > last) frag.append(text.slice(last, m.index));
      frag.append(el("mark", cls.get(m[0].toLowerCase()) || "subj", m[0]));
      last = m.index + m[0].length;
    }
    if (last < text.length) frag.append(text.slice(last));
    return frag;
  }
  function evidenceFigure(e, v) {
    const d = docs[v[0]];
    const cap = el("figcaption", null, d.title ? d.title : d.id);
    if (d.title) cap.append(" (" + d.id + ")");
    if (d.date) cap.append(" · " + d.date);
    if (d.url) {
      try {
        const u = new URL(d.url);
        if (u.protocol === "http:" || u.protocol === "https:") {
          const a = el("a", null, "source");
          a.setAttribute("href", u.href);
          a.setAttribute("target", "_blank");
          a.setAttribute("rel", "noopener noreferrer");
          cap.append(" · ", a);
        }
      } catch (err) { /* not a URL: show nothing */ }
    }
    return el("figure", null, el("blockquote", null, highlighted(v[3], e.s, e.t)), cap);
  }
  function showEdge(i) {
    i = Number(i);
    const e = edges[i];
    const box = $("kg-details");
    clear(box);
    box.append(el("div", "meta", "Relation"));
    box.append(el("div", "title", actorButton(e.s), el("span", null, edgeText(e)), actorButton(e.t)));
    const badges = el("p", null);
    if (e.neg) badges.append(el("span", "badge neg", "negated"));
    badges.append(el("span", "badge", "confidence " + Math.round(e.conf * 100) + "%"));
    badges.append(el("span", "meta", e.ev.length + (e.ev.length === 1 ? " sentence" : " sentences")));
    box.append(badges);
    if (e.dates.length) box.append(el("p", "meta", "Dated " + e.dates.join(", ")));
    if (e.span && (e.span[0] !== e.span[1] || !e.dates.length)) {
      box.append(el("p", "meta", "Holds " + (e.span[0] === e.span[1] ? e.span[0] : e.span[0] + " – " + e.span[1])));
    }
    if (e.new) box.append(el("p", "meta new", "New since the last build"));
    box.append(el("h3", null, "Evidence"));
    for (const v of e.ev) box.append(evidenceFigure(e, v));
    if (e.rules.length) box.append(el("p", "meta", "Found by " + e.rules.join(", ")));
    box.scrollTop = 0;
    return box.textContent;
  }
  function showNode(i) {
    i = typeof i === "string" && byIri.has(i) ? byIri.get(i) : Number(i);
    const n = nodes[i];
    const box = $("kg-details");
    clear(box);
    const sw = el("span", "swatch");
    sw.style.background = nodeColor(n);
    box.append(el("div", "meta", n.type), el("div", "title", sw, n.label));
    let out = 0;
    for (const ei of adj[i]) if (edges[ei].s === i) out++;
    box.append(el("p", "meta", "degree " + adj[i].length + " (" + out + " out, " + (adj[i].length - out) + " in) · " +
      n.mentions + " mentions · " + n.docs.length + (n.docs.length === 1 ? " document" : " documents")));
    if (n.g !== undefined) {
      const b = el("button", "link", groups[n.g].name);
      b.type = "button";
      b.addEventListener("click", () => showGroup(n.g));
      box.append(el("p", "meta", "In the group ", b));
    }
    const chips = el("div", "chips");
    for (const a of n.aliases) chips.append(el("span", "chip", a));
    if (n.aliases.length) box.append(el("h3", null, "Also called"), chips);
    if (n.links && n.links.length) {
      const seeAlso = el("p", "meta", "Same as: ");
      n.links.forEach(([name, url], k) => {
        // Only the knowledge bases kg links to; never a URL from the articles.
        if (!/^https?:\/\/(sws\.geonames\.org|www\.wikidata\.org)\//.test(url)) return;
        const a = el("a", null, name);
        a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
        seeAlso.append(k ? " · " : "", a);
      });
      box.append(seeAlso);
    }
    const tools = el("p", null);
    for (const h of [1, 2]) {
      const b = el("button", null, "Show " + h + "-hop neighbourhood");
      b.type = "button";
      b.addEventListener("click", () => { state.hops = h; $("kg-hops").value = String(h); state.focus = i; request(true); });
      tools.append(b, " ");
    }
    box.append(tools);
    const byRel = new Map();
    for (const ei of adj[i]) {
      const k = edgeText(edges[ei]);
      if (!byRel.has(k)) byRel.set(k, []);
      byRel.get(k).push(ei);
    }
    const sorted = Array.from(byRel.entries()).sort((a, b) => b[1].length - a[1].length);
    for (const [k, list] of sorted) {
      box.append(el("h3", null, k + " · " + list.length));
      for (const ei of list.slice(0, 50)) {
        const e = edges[ei];
        const other = e.s === i ? e.t : e.s;
        const more = el("button", "link", e.ev.length > 1 ? "all " + e.ev.length + " sentences" : "details");
        more.type = "button";
        more.addEventListener("click", () => { if (edgesDS.get(ei)) network.selectEdges([ei]); showEdge(ei); });
        box.append(el("div", e.neg ? "rel neg" : "rel",
          el("div", null, e.s === i ? "→ " : "← ", actorButton(other), " ", el("span", "meta", Math.round(e.conf * 100) + "% · "), more),
          el("blockquote", null, highlighted(e.ev[0][3], e.s, e.t))));
      }
      if (list.length > 50) box.append(el("p", "meta", "… and " + (list.length - 50) + " more"));
    }
    box.scrollTop = 0;
    return box.textContent;
  }
  function showGroup(k) {
    k = Number(k);
    const g = groups[k];
    const box = $("kg-details");
    clear(box);
    const sw = el("span", "swatch");
    sw.style.background = groupColor(k);
    box.append(el("div", "meta", { community: "Community", pieces: "Small pieces", alone: "Actors with no relation" }[g.kind]), el("div", "title", sw, g.name));
    const shown = current ? members[k].filter((i) => current.on[i]).length : g.size;
    box.append(el("p", "meta", fmt(g.size) + " actors, " + fmt(shown) + " under the current filters"));
    const open = state.expanded.has(k);
    const b = el("button", null, open ? "Close the group" : "Open the group");
    b.type = "button";
    b.addEventListener("click", () => { if (open) state.expanded.delete(k); else state.expanded.add(k); apply(); showGroup(k); });
    box.append(el("p", null, b));
    box.append(el("h3", null, "Most connected members"));
    const list = el("ul", "members");
    for (const i of members[k].slice(0, 40)) list.append(el("li", null, actorButton(i), " ", el("span", "meta", adj[i].length + " relations")));
    box.append(list);
    if (members[k].length > 40) box.append(el("p", "meta", "… and " + fmt(members[k].length - 40) + " more: search finds them by name"));
    box.scrollTop = 0;
    return box.textContent;
  }
  function showHelp() {
    const box = $("kg-details");
    clear(box);
    box.append(el("div", "help",
      el("p", null, "Click an actor to see its names and relations, or a relation (an arrow) to read the sentences that state it."),
      LOD ? el("p", null, "Circles are groups: a community of actors, named by its most connected members. Click one, or zoom into it, to draw its actors.") : null,
      el("p", null, "Dashed grey arrows are negated statements. Search finds any actor by any of its names, even one not drawn."),
      el("p", null, "Drag to pan, scroll to zoom.")));
  }

  // ------------------------------------------------------------------ selection and search
  function toIndex(id) { return typeof id === "string" && byIri.has(id) ? byIri.get(id) : Number(id); }
  function select(id) {
    const i = toIndex(id);
    if (!(i >= 0 && i < nodes.length)) return false;
    if (state.hops > 0) state.focus = i;
    if (!current || current.rep[i] !== i || state.hops > 0) {
      if (!state.types.has(nodes[i].type)) { state.types.add(nodes[i].type); syncChecks(); }
      if (state.doc !== "" && !nodes[i].docs.includes(state.doc)) { state.doc = ""; $("kg-doc").value = ""; }
      if (!nodePasses(i, allowedTypes(), sourceMask())) { D.sources.forEach((s) => state.sources.add(s)); syncChecks(); }
      // Brought in with its neighbourhood, even from inside a closed group or with no relation.
      state.pinned.add(i);
      for (const ei of adj[i].slice(0, 200)) { state.pinned.add(edges[ei].s); state.pinned.add(edges[ei].t); }
      apply();
    }
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 0.9), animation: false });
    scheduleLabels();
    showNode(i);
    return true;
  }
  function search(q) {
    q = norm(q);
    if (!q) return [];
    const hits = [];
    for (let i = 0; i < names.length; i++) {
      let best = 9;
      for (const a of names[i]) {
        const s = a === q ? 0 : a.startsWith(q) ? 1 : a.includes(q) ? (a.includes(" " + q) ? 2 : 3) : 9;
        if (s < best) best = s;
      }
      if (best < 9) hits.push([best, -adj[i].length, nodes[i].label, i]);
    }
    hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    return hits.slice(0, 12).map((h) => h[3]);
  }
  const input = $("kg-search");
  const results = $("kg-results");
  function showResults() {
    const found = search(input.value);
    clear(results);
    for (const i of found) {
      const n = nodes[i];
      const where = n.g !== undefined && groups[n.g].kind === "community" ? " · in " + groups[n.g].name
        : adj[i].length ? "" : " · no relation";
      const b = el("button", null, n.label, " ", el("span", "count", n.type + where));
      b.type = "button";
      b.addEventListener("mousedown", (ev) => { ev.preventDefault(); results.hidden = true; select(i); });
      results.append(el("li", null, b));
    }
    if (!found.length && input.value.trim()) results.append(el("li", "meta", "  no actor by that name"));
    results.hidden = !input.value.trim();
    return found;
  }
  input.addEventListener("input", showResults);
  input.addEventListener("blur", () => { results.hidden = true; });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      const found = search(input.value);
      if (found.length) { results.hidden = true; select(found[0]); }
    } else if (ev.key === "Escape") { results.hidden = true; }
  });

  // ------------------------------------------------------------------ filter controls
  function count(list, key) { const c = new Map(); for (const x of list) { const k = key(x); c.set(k, (c.get(k) || 0) + 1); } return c; }
  const typeCounts = count(nodes, (n) => n.type);
  const predCounts = count(edges, (e) => e.p);
  const sourceCounts = count(docs, (d) => d.source || "");
  function check(list, name, label, swatch, n, set) {
    const box = el("input");
    box.type = "checkbox";
    box.checked = set.has(name);
    box.dataset.name = name;
    box.addEventListener("change", () => { if (box.checked) set.add(name); else set.delete(name); request(true); });
    const lab = el("label", null, box);
    if (swatch) lab.append(swatch);
    lab.append(el("span", "name", label));
    list.append(el("li", null, lab, el("span", "count", fmt(n))));
  }
  function syncChecks() {
    document.querySelectorAll("#kg-types input").forEach((b) => { b.checked = state.types.has(b.dataset.name); });
    document.querySelectorAll("#kg-preds input").forEach((b) => { b.checked = state.preds.has(b.dataset.name); });
    document.querySelectorAll("#kg-sources input").forEach((b) => { b.checked = state.sources.has(b.dataset.name); });
  }
  for (const t of D.types) {
    const sw = el("span", "swatch");
    sw.style.background = t.color;
    check($("kg-types"), t.name, t.name, sw, typeCounts.get(t.name) || 0, state.types);
  }
  for (const p of D.predicates) check($("kg-preds"), p, p, el("span", "line"), predCounts.get(p) || 0, state.preds);
  $("kg-preds").append(el("li", "meta", el("span", "line neg"), " negated (dashed)"));
  for (const s of D.sources) check($("kg-sources"), s, s, null, sourceCounts.get(s) || 0, state.sources);
  $("kg-sources-box").hidden = D.sources.length < 2;
  D.communities.forEach((c) => {
    const sw = el("span", "swatch");
    sw.style.background = c.color;
    $("kg-communities").append(el("li", null, sw, c.name, el("span", "count", fmt(c.size))));
  });
  if (nodes.some((n) => n.community >= D.communities.length)) {
    const sw = el("span", "swatch");
    sw.style.background = D.otherColor;
    $("kg-communities").append(el("li", null, sw, "smaller communities"));
  }
  $("kg-title").textContent = D.title;
  $("kg-colorby").value = state.colorBy;
  $("kg-colorby").addEventListener("change", (ev) => { state.colorBy = ev.target.value; recolor(); });
  $("kg-rel-all").addEventListener("click", () => { D.predicates.forEach((p) => state.preds.add(p)); syncChecks(); request(true); });
  $("kg-rel-none").addEventListener("click", () => { state.preds.clear(); syncChecks(); request(true); });
  const isolated = $("kg-isolated");
  isolated.addEventListener("change", () => { state.isolated = isolated.checked; request(true); });
  const weak = $("kg-hideweak");
  const conf = $("kg-minconf");
  weak.addEventListener("change", () => { state.hideWeak = weak.checked; request(true); });
  conf.addEventListener("input", () => {
    state.minConf = Number(conf.value);
    $("kg-minconf-out").textContent = Math.round(state.minConf * 100) + "%";
    request(true);
  });
  const docSelect = $("kg-doc");
  let docsFilled = 0;
  // Thousands of options are added in slices after the first frame, so they never hold it up.
  function fillDocs() {
    const stop = Math.min(docs.length, docsFilled + 2000);
    for (; docsFilled < stop; docsFilled++) {
      const d = docs[docsFilled];
      docSelect.append(new Option((d.date ? d.date + " · " : "") + docName(d), String(docsFilled)));
    }
    if (docsFilled < docs.length) setTimeout(fillDocs, 30);
  }
  if (docs.length <= 2000) fillDocs();
  docSelect.addEventListener("change", () => { state.doc = docSelect.value === "" ? "" : Number(docSelect.value); request(true); });
  for (const key of ["from", "to"]) {
    const box = $("kg-" + key);
    if (D.dateRange) { box.min = D.dateRange[0]; box.max = D.dateRange[1]; }
    box.addEventListener("change", () => { state[key] = box.value; request(true); });
  }
  const undated = $("kg-undated");
  undated.addEventListener("change", () => { state.keepUndated = undated.checked; request(true); });
  const onlyNew = $("kg-onlynew");
  if (D.newEdges) { $("kg-new-switch").hidden = false; $("kg-new-count").textContent = String(D.newEdges); }
  onlyNew.addEventListener("change", () => { state.onlyNew = onlyNew.checked; request(true); });
  $("kg-hops").addEventListener("change", (ev) => {
    state.hops = Number(ev.target.value);
    const sel = network.getSelectedNodes().filter((id) => typeof id === "number");
    state.focus = sel.length ? sel[0] : state.focus;
    request(true);
  });
  $("kg-regroup").hidden = !LOD;
  $("kg-regroup").addEventListener("click", () => { state.expanded.clear(); state.pinned.clear(); request(true); });
  function syncControls() {
    weak.checked = state.hideWeak; conf.value = String(state.minConf);
    $("kg-minconf-out").textContent = Math.round(state.minConf * 100) + "%";
    isolated.checked = state.isolated; undated.checked = state.keepUndated; onlyNew.checked = state.onlyNew;
    docSelect.value = ""; $("kg-from").value = ""; $("kg-to").value = ""; $("kg-hops").value = "0";
    syncChecks();
  }
  $("kg-reset").addEventListener("click", () => {
    // The check boxes hold on to state's sets: refill them rather than replace them.
    for (const [k, v] of Object.entries(initial())) {
      if (v instanceof Set) { state[k].clear(); v.forEach((x) => state[k].add(x)); } else state[k] = v;
    }
    syncControls();
    request(true);
  });

  network.on("click", (p) => {
    if (p.nodes.length && typeof p.nodes[0] === "string") {
      const k = Number(p.nodes[0].slice(1));
      state.expanded.add(k);
      apply();
      showGroup(k);
    } else if (p.nodes.length) select(p.nodes[0]);
    else if (p.edges.length && typeof p.edges[0] === "number") showEdge(p.edges[0]);
    else showHelp();
  });

  showHelp();
  syncControls();
  apply({ fit: true });
  syncLegend();
  window.kg = {
    data: D, state, apply, search, select, showNode, showEdge, showGroup, nodesView: nodesDS, edgesView: edgesDS, frames, timing,
    drawn: () => current,
  };
  window.kgShowNode = showNode;
  window.kgShowEdge = showEdge;
  window.kgSelect = select;
  window.kgSearch = search;
})();
