"use strict";
// The query page of `kg serve`. Every text from the graph or the queries goes in through
// textContent (or an attribute set to a number), never as markup.
(function () {
  const queries = JSON.parse(document.getElementById("queries").textContent);
  const $ = id => document.getElementById(id);
  const sel = $("named"), q = $("q"), desc = $("desc"), status = $("status"), out = $("out");
  const paramBox = $("params"), paramRows = $("param-rows"), needsBox = $("needs");
  const csvButton = $("csv"), views = $("views"), graphBox = $("graph"), svg = $("svg"), info = $("node-info");
  const SVG = "http://www.w3.org/2000/svg";
  const SHOWN_ROWS = 2000, DRAWN_NODES = 300;
  const LABELS = new Set(["http://www.w3.org/2000/01/rdf-schema#label", "https://schema.org/name",
    "http://www.w3.org/2004/02/skos/core#prefLabel"]);
  const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  const NUMERIC = /#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger)$/;
  const COLOURS = {Person: "#4e79a7", Organization: "#f28e2b", Place: "#59a14f", Group: "#b07aa1",
    Event: "#e15759", Work: "#edc948"};
  let result = null;  // {name, vars, rows: [[term|undefined]], graph: bool}

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  // ---- named queries and their parameters
  for (const item of queries) {
    const o = el("option", item.name);
    o.value = item.name;
    sel.appendChild(o);
  }
  const current = () => queries.find(x => x.name === sel.value);

  function showParams(item) {
    paramRows.replaceChildren();
    needsBox.replaceChildren();
    paramBox.hidden = !item || !item.params.length;
    if (paramBox.hidden) return;
    for (const p of item.params) {
      const row = el("label", undefined, "param");
      const input = el("input");
      input.type = "text";
      input.autocomplete = "off";
      input.dataset.var = p.name;
      input.placeholder = p.doc || p.name;
      input.title = p.doc || "";
      input.addEventListener("keydown", e => { if (e.key === "Enter") run(); });
      const kind = p.kind === "iri" ? "an IRI" : p.kind === "name" ? "a name (any case)" : "a value";
      row.append(el("span", "?" + p.name, "pname"), input, el("span", kind, "pkind"));
      paramRows.appendChild(row);
    }
    for (const group of item.needs) {
      needsBox.appendChild(el("div", "Give " + group.map(v => "?" + v).join(" or ") + "."));
    }
  }

  // Values of the inputs whose variable the query (as edited) still has.
  function bindings() {
    const has = v => new RegExp("[?$]" + v.replace(/\W/g, "\\$&") + "(?![\\w])").test(q.value);
    return [...paramRows.querySelectorAll("input")]
      .map(i => [i.dataset.var, i.value.trim()]).filter(([k, v]) => v !== "" && has(k));
  }

  sel.addEventListener("change", () => {
    const item = current();
    desc.textContent = item ? item.description : "";
    if (item) q.value = item.query;
    showParams(item);
    reset();
  });
  q.value = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20";

  // ---- running a query
  function reset() {
    status.className = "";
    status.textContent = "";
    out.replaceChildren();
    out.hidden = false;
    clearGraph();
    result = null;
    csvButton.disabled = true;
    views.hidden = true;
  }

  function fail(text) {
    status.className = "err";
    status.textContent = text;
  }

  async function run() {
    const item = current(), binds = bindings();
    if (item && item.query === q.value) {
      const given = new Set(binds.map(([k]) => k));
      const missing = item.needs.find(group => !group.some(v => given.has(v)));
      if (missing) { reset(); fail("Give " + missing.map(v => "?" + v).join(" or ") + " first."); return; }
    }
    reset();
    status.textContent = "running...";
    const body = new URLSearchParams();
    body.set("query", q.value);
    for (const [k, v] of binds) body.append("$" + k, v);
    const t0 = performance.now();
    try {
      const resp = await fetch("sparql", {method: "POST", body,
        headers: {"Accept": "application/sparql-results+json, application/n-triples;q=0.9"}});
      const text = await resp.text();
      const ms = Math.round(performance.now() - t0);
      if (!resp.ok) { fail(resp.status + ": " + text); return; }
      const ctype = resp.headers.get("Content-Type") || "";
      const cut = resp.headers.get("X-KG-Truncated") ? " (cut at the endpoint's row limit)" : "";
      const name = item && item.query === q.value ? item.name : "query";
      if (ctype.includes("n-triples")) {
        const triples = parseNTriples(text);
        result = {name, vars: ["subject", "predicate", "object"], rows: triples, graph: true};
        status.textContent = triples.length + " triples" + cut + ", " + ms + " ms";
      } else {
        const data = JSON.parse(text);
        if ("boolean" in data) {
          result = {name, vars: ["ask"], rows: [[{type: "literal", value: String(data.boolean)}]]};
          status.textContent = "ASK: " + data.boolean + " (" + ms + " ms)";
        } else {
          const vars = data.head.vars;
          result = {name, vars, rows: data.results.bindings.map(b => vars.map(v => b[v]))};
          status.textContent = result.rows.length + " rows" + cut + ", " + ms + " ms";
        }
      }
      drawTable(result);
      csvButton.disabled = false;
      if (result.graph) { views.hidden = false; show("graph"); }
    } catch (err) { fail(String(err)); }
  }
  $("run").addEventListener("click", run);
  q.addEventListener("keydown", e => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });

  // ---- the table (scrolls inside its box)
  function drawTable(res) {
    const table = el("table"), head = el("tr");
    for (const v of res.vars) head.appendChild(el("th", v));
    table.appendChild(head);
    for (const row of res.rows.slice(0, SHOWN_ROWS)) {
      const tr = el("tr");
      for (const term of row) {
        const td = el("td", term ? (term.type === "bnode" ? "_:" + term.value : term.value) : "");
        if (term && term.type === "uri") { td.className = "uri"; td.title = "IRI"; }
        else if (term && term.value.length > 60) td.className = "long";  // a sentence: room to read it
        if (term && term["xml:lang"]) td.lang = term["xml:lang"];
        tr.appendChild(td);
      }
      table.appendChild(tr);
    }
    out.replaceChildren(table);
    if (res.rows.length > SHOWN_ROWS) {
      out.appendChild(el("div", "Showing " + SHOWN_ROWS + " of " + res.rows.length + " rows; the CSV has them all.", "more"));
    }
  }

  // ---- CSV, written here from the result the page already has (RFC 4180)
  function csvCell(term) {
    if (!term) return "";
    let v = term.type === "bnode" ? "_:" + term.value : term.value;
    // A text starting with = + - @ is a formula to a spreadsheet: keep it text.
    if (term.type === "literal" && /^[=+\-@\t\r]/.test(v) && !NUMERIC.test(term.datatype || "")) v = "'" + v;
    return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  function toCsv(res) {
    const lines = [res.vars.map(v => csvCell({type: "literal", value: v})).join(",")];
    for (const row of res.rows) lines.push(row.map(csvCell).join(","));
    return lines.join("\r\n") + "\r\n";
  }

  csvButton.addEventListener("click", () => {
    if (!result) return;
    const a = el("a");
    a.href = URL.createObjectURL(new Blob([toCsv(result)], {type: "text/csv;charset=utf-8"}));
    a.download = result.name.replace(/[^\w.-]+/g, "_") + ".csv";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  });

  // ---- N-Triples (what the endpoint sends for CONSTRUCT and DESCRIBE)
  const ESCAPES = {t: "\t", b: "\b", n: "\n", r: "\r", f: "\f", '"': '"', "'": "'", "\\": "\\"};

  function unescape(s) {
    return s.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (m, e) =>
      e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? e));
  }

  function readTerm(s, i) {
    while (s[i] === " " || s[i] === "\t") i++;
    if (s[i] === "<") {
      const j = s.indexOf(">", i);
      if (j < 0) throw new Error("unterminated IRI");
      return [{type: "uri", value: unescape(s.slice(i + 1, j))}, j + 1];
    }
    if (s.startsWith("_:", i)) {
      let j = i + 2;
      while (j < s.length && !/\s/.test(s[j])) j++;
      return [{type: "bnode", value: s.slice(i + 2, j)}, j];
    }
    if (s[i] === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === "\\" ? 2 : 1;
      if (j >= s.length) throw new Error("unterminated literal");
      const term = {type: "literal", value: unescape(s.slice(i + 1, j))};
      j++;
      if (s[j] === "@") {
        let k = j + 1;
        while (k < s.length && /[A-Za-z0-9-]/.test(s[k])) k++;
        term["xml:lang"] = s.slice(j + 1, k);
        j = k;
      } else if (s.startsWith("^^<", j)) {
        const k = s.indexOf(">", j + 3);
        term.datatype = unescape(s.slice(j + 3, k));
        j = k + 1;
      }
      return [term, j];
    }
    throw new Error("cannot read a term at column " + (i + 1));
  }

  function parseNTriples(text) {
    const triples = [];
    for (const raw of text.split("\n")) {
      const line = raw.trim();
      if (!line || line[0] === "#") continue;
      let i = 0;
      const t = [];
      while (t.length < 3) { const [term, j] = readTerm(line, i); t.push(term); i = j; }
      triples.push(t);
    }
    return triples;
  }

  // ---- the graph view: resources as nodes, links between them as edges, literals in the panel
  function local(iri) {
    const m = /[#/]([^#/]+)[#/]?$/.exec(iri);
    return m ? decodeURIComponentSafe(m[1]).replace(/_/g, " ") : iri;
  }

  function decodeURIComponentSafe(s) {
    try { return decodeURIComponent(s); } catch (e) { return s; }
  }

  function toGraph(triples) {
    const nodes = new Map(), edges = [];
    const node = term => {
      const key = term.type + " " + term.value;
      if (!nodes.has(key)) {
        nodes.set(key, {key, term, label: null, type: null, lits: [], degree: 0,
          x: 0, y: 0, dx: 0, dy: 0});
      }
      return nodes.get(key);
    };
    for (const [s, p, o] of triples) {
      const a = node(s);
      if (o.type === "literal") {
        if (LABELS.has(p.value) && a.label === null) a.label = o.value;
        else a.lits.push([local(p.value), o.value]);
      } else if (p.value === RDF_TYPE) {
        a.type = local(o.value);
        a.lits.push(["type", o.value]);
      } else {
        const b = node(o);
        edges.push({a, b, label: local(p.value)});
        a.degree++;
        b.degree++;
      }
    }
    return {nodes: [...nodes.values()], edges};
  }

  // Fruchterman-Reingold in the box's own pixels, with gravity so that separate pieces stay near.
  function layout(nodes, edges, width, height) {
    const n = nodes.length, k = Math.max(25, 0.6 * Math.sqrt(width * height / Math.max(n, 1)));
    const gravity = 2 / k;
    nodes.forEach((v, i) => {  // a spiral: deterministic, and no two nodes start together
      const r = k * Math.sqrt(i + 1) * 0.8, t = i * 2.399963;
      v.x = r * Math.cos(t);
      v.y = r * Math.sin(t);
    });
    let temp = k * 3;
    for (let it = 0; it < 250; it++) {
      for (const v of nodes) { v.dx = 0; v.dy = 0; }
      for (let i = 0; i < n; i++) {
        const v = nodes[i];
        for (let j = i + 1; j < n; j++) {
          const u = nodes[j];
          let dx = v.x - u.x, dy = v.y - u.y, d2 = dx * dx + dy * dy;
          if (d2 < 0.01) { dx = 0.1; dy = 0.1; d2 = 0.02; }
          const f = k * k / d2;
          v.dx += dx * f; v.dy += dy * f; u.dx -= dx * f; u.dy -= dy * f;
        }
      }
      for (const {a, b} of edges) {
        const dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 0.1, f = d / k;
        a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
      }
      for (const v of nodes) {
        const r = Math.sqrt(v.x * v.x + v.y * v.y);
        v.dx -= v.x * gravity * r / k; v.dy -= v.y * gravity * r / k;
        const d = Math.sqrt(v.dx * v.dx + v.dy * v.dy) || 1, step = Math.min(d, temp);
        v.x += v.dx / d * step; v.y += v.dy / d * step;
      }
      temp = Math.max(temp * 0.97, k * 0.02);
    }
  }

  function svgEl(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  let view = null;  // the viewBox: [x, y, w, h]

  // The viewBox; labels keep their size on screen at any zoom, and the less linked nodes
  // and the edges get their labels once zoomed in far enough to read them.
  function setView(v) {
    view = v;
    svg.setAttribute("viewBox", v.map(x => x.toFixed(1)).join(" "));
    const u = Math.max(v[2] / (svg.clientWidth || 1), v[3] / (svg.clientHeight || 1));
    for (const g of svg.querySelectorAll("g[data-font]")) g.setAttribute("font-size", (g.dataset.font * u).toFixed(2));
    svg.classList.toggle("near", u < 0.8);
  }

  function clearGraph() {
    svg.replaceChildren();
    info.replaceChildren();
    graphBox.hidden = true;
  }

  function showInfo(v, circle) {
    for (const c of svg.querySelectorAll(".node.sel")) c.classList.remove("sel");
    circle.classList.add("sel");
    const dl = el("dl");
    const add = (k, val) => { dl.append(el("dt", k), el("dd", val)); };
    add(v.label || local(v.term.value), v.term.type === "bnode" ? "_:" + v.term.value : v.term.value);
    for (const [k, val] of v.lits) add(k, val);
    info.replaceChildren(dl);
  }

  function drawGraph(res) {
    clearGraph();
    graphBox.hidden = false;
    const g = toGraph(res.rows);
    let nodes = g.nodes, edges = g.edges;
    if (nodes.length > DRAWN_NODES) {
      nodes = [...nodes].sort((a, b) => b.degree - a.degree).slice(0, DRAWN_NODES);
      const kept = new Set(nodes);
      edges = edges.filter(e => kept.has(e.a) && kept.has(e.b));
    }
    layout(nodes, edges, svg.clientWidth || 800, svg.clientHeight || 600);
    const edgeLayer = svgEl("g", {});
    const labelLayer = svgEl("g", {"data-font": 9, class: edges.length > 60 ? "minor" : ""});
    const nodeLayer = svgEl("g", {"data-font": 11});
    for (const e of edges) {
      edgeLayer.appendChild(svgEl("line", {class: "edge", x1: e.a.x, y1: e.a.y, x2: e.b.x, y2: e.b.y}));
      labelLayer.appendChild(svgEl("text", {class: "elabel", x: (e.a.x + e.b.x) / 2, y: (e.a.y + e.b.y) / 2,
        "text-anchor": "middle"}, e.label));
    }
    const major = new Set([...nodes].sort((a, b) => b.degree - a.degree).slice(0, 40));
    for (const v of nodes) {
      const r = 5 + Math.min(10, Math.sqrt(v.degree) * 2);
      const circle = svgEl("circle", {class: "node", cx: v.x, cy: v.y, r,
        fill: COLOURS[v.type] || "#8c8c8c"});
      circle.appendChild(svgEl("title", {}, v.label || v.term.value));
      circle.addEventListener("click", ev => { ev.stopPropagation(); showInfo(v, circle); });
      nodeLayer.appendChild(circle);
      nodeLayer.appendChild(svgEl("text", {class: major.has(v) ? "nlabel" : "nlabel minor", x: v.x + r + 2,
        y: v.y, "dominant-baseline": "middle"}, v.label || local(v.term.value)));
    }
    svg.append(edgeLayer, labelLayer, nodeLayer);
    const xs = nodes.map(v => v.x), ys = nodes.map(v => v.y), pad = 30;
    const x0 = Math.min(...xs) - pad, y0 = Math.min(...ys) - pad;
    setView([x0, y0, Math.max(...xs) + 4 * pad - x0, Math.max(...ys) + pad - y0]);
    if (g.nodes.length > nodes.length) {
      status.textContent += "; drawing the " + nodes.length + " most linked of " + g.nodes.length + " nodes";
    }
  }

  // pan and zoom by changing the viewBox
  let drag = null;
  svg.addEventListener("wheel", e => {
    if (!view) return;
    e.preventDefault();
    const box = svg.getBoundingClientRect(), f = e.deltaY > 0 ? 1.2 : 1 / 1.2;
    const px = view[0] + (e.clientX - box.left) / box.width * view[2];
    const py = view[1] + (e.clientY - box.top) / box.height * view[3];
    setView([px - (px - view[0]) * f, py - (py - view[1]) * f, view[2] * f, view[3] * f]);
  }, {passive: false});
  svg.addEventListener("pointerdown", e => { if (view) drag = {x: e.clientX, y: e.clientY, v: view.slice()}; });
  svg.addEventListener("pointermove", e => {
    if (!drag) return;
    const box = svg.getBoundingClientRect();
    setView([drag.v[0] - (e.clientX - drag.x) / box.width * drag.v[2],
      drag.v[1] - (e.clientY - drag.y) / box.height * drag.v[3], drag.v[2], drag.v[3]]);
  });
  for (const type of ["pointerup", "pointerleave"]) svg.addEventListener(type, () => { drag = null; });

  // ---- table or graph
  function show(which) {
    const graph = which === "graph";
    $("show-table").setAttribute("aria-pressed", String(!graph));
    $("show-graph").setAttribute("aria-pressed", String(graph));
    out.hidden = graph;
    if (graph) drawGraph(result); else clearGraph();
  }
  $("show-table").addEventListener("click", () => show("table"));
  $("show-graph").addEventListener("click", () => show("graph"));

  window.kgQueryPage = {parseNTriples, toCsv};
  document.body.dataset.ready = "true";
})();
