// kg graph page: panels, search and filters around a vis-network canvas.
// Every string from the data is untrusted: it only ever reaches the page through
// textContent / Text nodes / plain-text vis labels and tooltips.
(function () {
  "use strict";
  const T0 = performance.now();
  const D = JSON.parse(document.getElementById("kg-data").textContent);
  const nodes = D.nodes;
  const edges = D.edges;
  const docs = D.docs;
  const BIG = edges.length > 3000 || nodes.length > 1500;
  const EDGE = "#7d8ca3";
  const NEG = "#b4bcc6";
  const NEW = "#2b8a3e";
  const $ = (id) => document.getElementById(id);

  function el(tag, cls, ...kids) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    for (const k of kids) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : String(k));
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  // ------------------------------------------------------------------ indexes
  const typeColor = new Map(D.types.map((t) => [t.name, t.color]));
  const symmetric = new Set(D.symmetric);
  const adj = nodes.map(() => []);
  edges.forEach((e, i) => { adj[e.s].push(i); if (e.t !== e.s) adj[e.t].push(i); });
  const byIri = new Map(nodes.map((n, i) => [n.iri, i]));
  const norm = (s) => String(s).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
  const names = nodes.map((n) => Array.from(new Set([n.label, ...n.aliases].map(norm))));

  const state = {
    types: new Set(D.types.map((t) => t.name)), preds: new Set(D.predicates),
    hideWeak: D.hideWeak, minConf: D.minConfidence, doc: "", from: "", to: "",
    keepUndated: true, onlyNew: false, hops: 0, focus: null, colorBy: D.colorBy,
  };

  function nodeColor(n) {
    if (state.colorBy === "community") {
      const c = D.communities[n.community];
      return c && c.color ? c.color : D.otherColor;
    }
    return typeColor.get(n.type) || D.otherColor;
  }
  const edgeText = (e) => (e.neg ? "not " : "") + (e.p === "relatedTo" && e.label ? e.label : e.p);
  const docName = (d) => (d.title ? d.title : d.id);

  // ------------------------------------------------------------------ vis data
  const nodeItems = nodes.map((n, i) => ({
    id: i, label: n.label, title: n.label + " (" + n.type + ")", x: n.x, y: n.y, size: n.size,
    color: nodeColor(n),
  }));
  const seen = new Map();
  const edgeItems = edges.map((e, i) => {
    const pair = e.s < e.t ? e.s + "," + e.t : e.t + "," + e.s;
    const k = seen.get(pair) || 0;
    seen.set(pair, k + 1);
    const item = {
      id: i, from: e.s, to: e.t, label: edgeText(e), dashes: e.neg,
      title: nodes[e.s].label + " — " + edgeText(e) + " → " + nodes[e.t].label,
      color: { color: e.neg ? NEG : e.new ? NEW : EDGE, highlight: "#d9480f", hover: "#d9480f", opacity: e.neg ? 0.8 : 0.9 },
      width: 1 + Math.min(3, Math.log2(e.ev.length)),
      arrows: symmetric.has(e.p) ? "to, from" : "to",
    };
    if (!BIG && k > 0) item.smooth = { enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.15 * Math.ceil(k / 2) };
    return item;
  });
  const nodeVisible = new Uint8Array(nodes.length).fill(1);
  const nodesDS = new vis.DataSet(nodeItems);
  const edgesDS = new vis.DataSet(edgeItems);
  const nodesView = new vis.DataView(nodesDS, { filter: (it) => nodeVisible[it.id] === 1 });
  const edgesView = new vis.DataView(edgesDS, { filter: (it) => edgePasses(it.id) && nodeVisible[edges[it.id].s] === 1 && nodeVisible[edges[it.id].t] === 1 });

  // ------------------------------------------------------------------ filters
  function edgePasses(i) {
    const e = edges[i];
    if (!state.preds.has(e.p)) return false;
    if (state.hideWeak && (e.neg || e.conf < state.minConf)) return false;
    if (state.doc !== "" && !e.ev.some((v) => v[0] === state.doc)) return false;
    if (state.onlyNew && !e.new) return false;
    if (state.from || state.to) {
      // An edge passes when the time it holds ([earliest, latest]) overlaps the range.
      if (!e.span) return state.keepUndated;
      if (state.from && e.span[1] < state.from) return false;
      if (state.to && e.span[0] > state.to) return false;
    }
    return true;
  }
  function neighbourhood(start, hops) {
    const found = new Set([start]);
    let frontier = [start];
    for (let h = 0; h < hops; h++) {
      const next = [];
      for (const v of frontier) {
        for (const ei of adj[v]) {
          if (!edgePasses(ei)) continue;
          const w = edges[ei].s === v ? edges[ei].t : edges[ei].s;
          if (!found.has(w)) { found.add(w); next.push(w); }
        }
      }
      frontier = next;
    }
    return found;
  }
  function apply() {
    const near = state.hops > 0 && state.focus !== null ? neighbourhood(state.focus, state.hops) : null;
    nodes.forEach((n, i) => {
      let ok = state.types.has(n.type) && (state.doc === "" || n.docs.includes(state.doc));
      if (near) ok = near.has(i);
      nodeVisible[i] = ok ? 1 : 0;
    });
    nodesView.refresh();
    edgesView.refresh();
    $("kg-stats").textContent = nodesView.length + " of " + nodes.length + " actors · " +
      edgesView.length + " of " + edges.length + " relations";
  }
  function recolor() {
    nodesDS.update(nodes.map((n, i) => ({ id: i, color: nodeColor(n) })));
    syncLegend();
  }
  function syncLegend() {
    $("kg-communities").hidden = state.colorBy !== "community";
    document.querySelectorAll("#kg-types .swatch").forEach((s) => { s.style.visibility = state.colorBy === "type" ? "visible" : "hidden"; });
  }

  // ------------------------------------------------------------------ network
  const network = new vis.Network($("kg-graph"), { nodes: nodesView, edges: edgesView }, {
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
  network.once("afterDrawing", () => {
    window.kgTimings = { parsed: T0, drawn: performance.now() };
    window.kgReady = true;
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
      b.addEventListener("click", () => { state.hops = h; $("kg-hops").value = String(h); state.focus = i; apply(); network.fit({ animation: false }); });
      tools.append(b, " ");
    }
    box.append(tools);
    const groups = new Map();
    for (const ei of adj[i]) {
      const k = edgeText(edges[ei]);
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(ei);
    }
    const sorted = Array.from(groups.entries()).sort((a, b) => b[1].length - a[1].length);
    for (const [k, list] of sorted) {
      box.append(el("h3", null, k + " · " + list.length));
      for (const ei of list.slice(0, 50)) {
        const e = edges[ei];
        const other = e.s === i ? e.t : e.s;
        const more = el("button", "link", e.ev.length > 1 ? "all " + e.ev.length + " sentences" : "details");
        more.type = "button";
        more.addEventListener("click", () => { network.selectEdges([ei]); showEdge(ei); });
        box.append(el("div", e.neg ? "rel neg" : "rel",
          el("div", null, e.s === i ? "→ " : "← ", actorButton(other), " ", el("span", "meta", Math.round(e.conf * 100) + "% · "), more),
          el("blockquote", null, highlighted(e.ev[0][3], e.s, e.t))));
      }
      if (list.length > 50) box.append(el("p", "meta", "… and " + (list.length - 50) + " more"));
    }
    box.scrollTop = 0;
    return box.textContent;
  }
  function showHelp() {
    const box = $("kg-details");
    clear(box);
    box.append(el("div", "help",
      el("p", null, "Click an actor to see its names and relations, or a relation (an arrow) to read the sentences that state it."),
      el("p", null, "Dashed grey arrows are negated statements. Search finds an actor by any of its names."),
      el("p", null, "Drag to pan, scroll to zoom.")));
  }

  // ------------------------------------------------------------------ selection and search
  function toIndex(id) { return typeof id === "string" && byIri.has(id) ? byIri.get(id) : Number(id); }
  function select(id) {
    const i = toIndex(id);
    if (!(i >= 0 && i < nodes.length)) return false;
    if (state.hops > 0) state.focus = i;
    if (!nodeVisible[i] || state.hops > 0) {
      if (!state.types.has(nodes[i].type)) { state.types.add(nodes[i].type); syncChecks(); }
      if (state.doc !== "" && !nodes[i].docs.includes(state.doc)) { state.doc = ""; $("kg-doc").value = ""; }
      apply();
    }
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 0.9), animation: false });
    showNode(i);
    return true;
  }
  function search(q) {
    q = norm(q);
    if (!q) return [];
    const hits = [];
    names.forEach((list, i) => {
      let best = 9;
      for (const a of list) {
        const s = a === q ? 0 : a.startsWith(q) ? 1 : a.includes(" " + q) ? 2 : a.includes(q) ? 3 : 9;
        if (s < best) best = s;
      }
      if (best < 9) hits.push([best, -adj[i].length, nodes[i].label, i]);
    });
    hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    return hits.slice(0, 12).map((h) => h[3]);
  }
  const input = $("kg-search");
  const results = $("kg-results");
  function showResults() {
    const found = search(input.value);
    clear(results);
    for (const i of found) {
      const b = el("button", null, nodes[i].label, " ", el("span", "count", nodes[i].type));
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
  function count(list, key) { const c = new Map(); for (const x of list) c.set(key(x), (c.get(key(x)) || 0) + 1); return c; }
  const typeCounts = count(nodes, (n) => n.type);
  const predCounts = count(edges, (e) => e.p);
  function check(list, name, label, swatch, n, set) {
    const box = el("input");
    box.type = "checkbox";
    box.checked = set.has(name);
    box.dataset.name = name;
    box.addEventListener("change", () => { if (box.checked) set.add(name); else set.delete(name); apply(); });
    const lab = el("label", null, box);
    if (swatch) lab.append(swatch);
    lab.append(el("span", "name", label));
    list.append(el("li", null, lab, el("span", "count", n)));
  }
  function syncChecks() {
    document.querySelectorAll("#kg-types input").forEach((b) => { b.checked = state.types.has(b.dataset.name); });
    document.querySelectorAll("#kg-preds input").forEach((b) => { b.checked = state.preds.has(b.dataset.name); });
  }
  for (const t of D.types) {
    const sw = el("span", "swatch");
    sw.style.background = t.color;
    check($("kg-types"), t.name, t.name, sw, typeCounts.get(t.name) || 0, state.types);
  }
  for (const p of D.predicates) check($("kg-preds"), p, p, el("span", "line"), predCounts.get(p) || 0, state.preds);
  $("kg-preds").append(el("li", "meta", el("span", "line neg"), " negated (dashed)"));
  D.communities.forEach((c, k) => {
    if (!c.color) return;
    const sw = el("span", "swatch");
    sw.style.background = c.color;
    $("kg-communities").append(el("li", null, sw, c.name, el("span", "count", c.size)));
  });
  if (D.communities.some((c) => !c.color)) {
    const sw = el("span", "swatch");
    sw.style.background = D.otherColor;
    $("kg-communities").append(el("li", null, sw, "smaller communities"));
  }
  $("kg-title").textContent = D.title;
  $("kg-colorby").value = state.colorBy;
  $("kg-colorby").addEventListener("change", (ev) => { state.colorBy = ev.target.value; recolor(); });
  $("kg-rel-all").addEventListener("click", () => { D.predicates.forEach((p) => state.preds.add(p)); syncChecks(); apply(); });
  $("kg-rel-none").addEventListener("click", () => { state.preds.clear(); syncChecks(); apply(); });
  const weak = $("kg-hideweak");
  const conf = $("kg-minconf");
  weak.checked = state.hideWeak;
  conf.value = String(state.minConf);
  $("kg-minconf-out").textContent = Math.round(state.minConf * 100) + "%";
  weak.addEventListener("change", () => { state.hideWeak = weak.checked; apply(); });
  conf.addEventListener("input", () => {
    state.minConf = Number(conf.value);
    $("kg-minconf-out").textContent = Math.round(state.minConf * 100) + "%";
    if (state.hideWeak) apply();
  });
  const docSelect = $("kg-doc");
  docs.forEach((d, k) => docSelect.append(new Option((d.date ? d.date + " · " : "") + docName(d), String(k))));
  docSelect.addEventListener("change", () => { state.doc = docSelect.value === "" ? "" : Number(docSelect.value); apply(); });
  for (const key of ["from", "to"]) {
    const box = $("kg-" + key);
    if (D.dateRange) { box.min = D.dateRange[0]; box.max = D.dateRange[1]; }
    box.addEventListener("change", () => { state[key] = box.value; apply(); });
  }
  const undated = $("kg-undated");
  undated.addEventListener("change", () => { state.keepUndated = undated.checked; apply(); });
  const onlyNew = $("kg-onlynew");
  if (D.newEdges) { $("kg-new-switch").hidden = false; $("kg-new-count").textContent = String(D.newEdges); }
  onlyNew.addEventListener("change", () => { state.onlyNew = onlyNew.checked; apply(); });
  $("kg-hops").addEventListener("change", (ev) => {
    state.hops = Number(ev.target.value);
    const sel = network.getSelectedNodes();
    state.focus = sel.length ? sel[0] : state.focus;
    apply();
    if (state.hops > 0) network.fit({ animation: false });
  });
  $("kg-reset").addEventListener("click", () => {
    D.types.forEach((t) => state.types.add(t.name));
    D.predicates.forEach((p) => state.preds.add(p));
    Object.assign(state, { hideWeak: D.hideWeak, minConf: D.minConfidence, doc: "", from: "", to: "", hops: 0,
      keepUndated: true, onlyNew: false });
    weak.checked = state.hideWeak; conf.value = String(state.minConf);
    undated.checked = true; onlyNew.checked = false;
    docSelect.value = ""; $("kg-from").value = ""; $("kg-to").value = ""; $("kg-hops").value = "0";
    syncChecks(); apply(); network.fit({ animation: false });
  });

  network.on("click", (p) => {
    if (p.nodes.length) select(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
    else showHelp();
  });

  showHelp();
  apply();
  syncLegend();
  window.kg = { data: D, state, apply, search, select, showNode, showEdge, nodesView, edgesView };
  window.kgShowNode = showNode;
  window.kgShowEdge = showEdge;
  window.kgSelect = select;
  window.kgSearch = search;
})();
