// Recital explorer: a single-page application over the JSON endpoints of
// 'recital serve' (docs/serve.md). Every piece of text from the graph is
// put in the page with textContent, never as markup.
"use strict";

(function () {
  const main = document.getElementById("main");
  const BODY_COLOURS = { GA: "#2e5c8a", SC: "#a93226", ECOSOC: "#1e8449", HRC: "#7d3c98", CHR: "#af601a", TC: "#117a65" };
  const FAMILIES = ["reaffirming", "recalling", "taking note", "other"];
  const LARGE = 12; // views with more documents open in the timeline layout
  window.recital = { cspViolations: [], ready: false, interactiveMs: 0 };
  document.addEventListener("securitypolicyviolation", (e) => {
    window.recital.cspViolations.push(e.violatedDirective + " " + e.blockedURI);
  });

  // ---- small helpers ----

  // el makes an element with attributes and children (strings become text).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === undefined || c === null || c === false) continue;
      e.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return e;
  }

  async function api(path, params) {
    const u = new URL(path, location.origin);
    for (const [k, v] of Object.entries(params || {})) u.searchParams.set(k, v);
    const r = await fetch(u, { headers: { Accept: "application/json" } });
    const body = await r.json().catch(() => ({ error: "the server answered " + r.status }));
    if (!r.ok) throw new Error(body.error || "the server answered " + r.status);
    return body;
  }

  function docHref(id) { return "#/doc?id=" + encodeURIComponent(id); }
  function docLink(id, text) { return el("a", { href: docHref(id), class: "sym" }, text || id); }
  function bodyColour(b) { return BODY_COLOURS[b] || "#707b7c"; }

  // Read marks live in this browser only; the server stays read-only.
  const readMarks = {
    all() { try { return new Set(JSON.parse(localStorage.getItem("recital.read") || "[]")); } catch (e) { return new Set(); } },
    has(id) { return this.all().has(id); },
    set(id, on) {
      const s = this.all();
      if (on) s.add(id); else s.delete(id);
      localStorage.setItem("recital.read", JSON.stringify([...s].sort()));
    },
  };

  // mark notes how long the page took to reach a step, for the browser test.
  function mark(step) {
    (window.recital.marks = window.recital.marks || []).push(step + " " + Math.round(performance.now()));
  }

  function errorBox(err) { return el("p", { class: "error", role: "alert" }, String(err.message || err)); }

  // ---- routing ----

  function route() {
    window.recital.ready = false;
    window.recital.interactiveMs = 0;
    const h = location.hash.replace(/^#/, "") || "/";
    const q = h.indexOf("?");
    const path = q < 0 ? h : h.slice(0, q);
    const params = new URLSearchParams(q < 0 ? "" : h.slice(q + 1));
    if (currentGraph) { currentGraph.destroy(); currentGraph = null; }
    main.replaceChildren();
    const pages = { "/": home, "/search": searchPage, "/doc": docPage, "/path": pathPage, "/help": helpPage };
    (pages[path] || home)(params).catch((e) => main.append(errorBox(e)));
  }

  document.getElementById("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = document.getElementById("search-input").value.trim();
    if (q) location.hash = "#/search?q=" + encodeURIComponent(q);
  });

  // ---- pages ----

  async function home() {
    main.append(
      el("section", { class: "intro" },
        el("h1", {}, "Explore the citation graph of UN documents"),
        el("p", {}, "Search by symbol as it is written (1514 (XV), 60/45, S/RES/2231 (2015)), by words of a title, or with a query expression."),
        el("ul", { class: "examples" },
          el("li", {}, docLink("A/RES/60/45", "60/45"), " — information and telecommunications in the context of international security"),
          el("li", {}, docLink("A/RES/1514(XV)", "1514 (XV)"), " — the Declaration on decolonization, a hub"),
          el("li", {}, docLink("S/RES/2231(2015)", "S/RES/2231 (2015)")),
          el("li", {}, el("a", { href: "#/search?q=" + encodeURIComponent("citedby(60/45) & year(2015..2020)") }, "citedby(60/45) & year(2015..2020)")))));
    window.recital.ready = true;
  }

  async function helpPage() {
    main.append(el("section", { class: "intro" },
      el("h1", {}, "Using the explorer"),
      el("ul", {},
        el("li", {}, "Click a document in the graph to show its next generation (what it cites, or what cites it); click it again to fold it away."),
        el("li", {}, "The side panel lists every citation of the selected document with its relation, place and date; open one to read the citing sentence."),
        el("li", {}, "Filters hide citations by relation family and documents by body or year; exports take what is shown."),
        el("li", {}, "Marks of read documents are kept in this browser only."),
        el("li", {}, "The JSON endpoints behind these pages are described in docs/serve.md."))));
    window.recital.ready = true;
  }

  async function searchPage(params) {
    const q = params.get("q") || "";
    document.getElementById("search-input").value = q;
    const res = await api("/api/search", { q });
    if (res.kind === "symbol" && res.results.length === 1) {
      location.replace(docHref(res.results[0].id));
      return;
    }
    const how = { symbol: "as a symbol", expression: "as a query expression", words: "as words of a title" }[res.kind];
    main.append(el("h1", {}, res.total + " document" + (res.total === 1 ? "" : "s") + " for “", q, "” ", el("small", {}, how)));
    for (const n of res.notes) main.append(el("pre", { class: "note" }, n));
    if (res.total > res.results.length) main.append(el("p", { class: "note" }, "The first " + res.results.length + " are listed."));
    main.append(el("table", { class: "results" },
      el("thead", {}, el("tr", {}, el("th", {}, "document"), el("th", {}, "date"), el("th", {}, "title"), el("th", { class: "num" }, "cited by"))),
      el("tbody", {}, res.results.map(resultRow))));
    window.recital.ready = true;
  }

  function resultRow(n) {
    return el("tr", {},
      el("td", {}, docLink(n.id), readMarks.has(n.id) ? el("span", { class: "readmark", title: "read" }, " ✓") : null),
      el("td", { class: "date" }, n.date || "undated"),
      el("td", {}, n.title || (n.agenda_item ? "[" + n.agenda_item + "]" : "")),
      el("td", { class: "num", title: "documents citing it" }, String(n.cited_by)));
  }

  async function pathPage(params) {
    const from = params.get("from") || "", to = params.get("to") || "";
    const f = el("form", { class: "pathform" },
      el("label", {}, "From ", el("input", { name: "from", value: from, placeholder: "80/16" })),
      el("label", {}, " to ", el("input", { name: "to", value: to, placeholder: "53/70" })),
      el("button", { type: "submit" }, "Find a chain"));
    f.addEventListener("submit", (e) => {
      e.preventDefault();
      location.hash = "#/path?from=" + encodeURIComponent(f.from.value.trim()) + "&to=" + encodeURIComponent(f.to.value.trim());
    });
    main.append(el("h1", {}, "A chain of citations between two documents"), f);
    if (!from || !to) { window.recital.ready = true; return; }
    const p = await api("/api/path", { from, to });
    if (!p.found) {
      main.append(el("p", { class: "note" }, "No chain of citations joins " + p.from + " and " + p.to + ", either way."));
      window.recital.ready = true;
      return;
    }
    if (p.reversed) main.append(el("p", { class: "note" }, "No chain runs from " + p.from + " to " + p.to + "; this one runs the other way."));
    const ol = el("ol", { class: "chain" });
    p.nodes.forEach((n, k) => {
      ol.append(el("li", {}, docLink(n.id), " ", el("span", { class: "date" }, n.date || "undated"), " ", n.title || "",
        k < p.edges.length ? el("div", { class: "step" }, "↓ cites (" + (p.edges[k].relations.join(", ") || p.edges[k].family) + ")") : null));
    });
    main.append(ol);
    const box = el("div", { id: "graph", class: "graph small" });
    main.append(box);
    currentGraph = new GraphView(box, p.nodes[0].id, () => {}, null);
    currentGraph.add(p.nodes.map((n) => Object.assign({}, n, { side: "lineage" })), p.edges);
    currentGraph.layout("layered");
    window.recital.ready = true;
  }

  // ---- the document page ----

  let currentGraph = null;

  async function docPage(params) {
    const ref = params.get("id") || "";
    const t0 = performance.now();
    const [doc, view] = await Promise.all([api("/api/doc", { id: ref }), api("/api/view", { id: ref, up: params.get("up") || 1, down: params.get("down") || 1 })]);
    window.recital.fetchedMs = performance.now();
    document.title = doc.id + " — Recital explorer";
    const page = new DocPage(doc, view);
    page.mount();
    window.recital.loadMs = performance.now() - t0;
  }

  class DocPage {
    constructor(doc, view) {
      this.doc = doc;
      this.view = view;
      this.selected = doc.id;
    }

    mount() {
      const d = this.doc;
      this.panel = el("aside", { class: "panel", id: "panel" });
      this.status = el("p", { class: "status", id: "status" });
      const box = el("div", { id: "graph", class: "graph" });
      main.append(
        el("section", { class: "doc" },
          this.header(d),
          this.toolbar(),
          this.status,
          el("div", { class: "split" }, box, this.panel)));
      for (const n of this.view.notes) this.status.before(el("p", { class: "note" }, n));
      currentGraph = this.graph = new GraphView(box, d.id, (id) => this.select(id), () => this.applyFilters());
      mark("graph made");
      this.graph.add(this.view.nodes, this.view.edges);
      mark("elements added");
      this.fillBodies();
      this.applyFilters();
      mark("filtered");
      this.layoutSelect.value = this.graph.visibleCount() > LARGE ? "timeline" : "layered";
      // Ready once the laid-out graph has been painted.
      this.graph.layout(this.layoutSelect.value, () => mark("laid out") || requestAnimationFrame(() => requestAnimationFrame(() => {
        window.recital.interactiveMs = performance.now();
        mark("painted");
        this.select(d.id).then(() => { window.recital.ready = true; });
      })));
    }

    header(d) {
      const read = readMarks.has(d.id);
      const readBtn = el("button", { type: "button", id: "read-toggle" }, read ? "Mark as unread" : "Mark as read");
      readBtn.addEventListener("click", () => {
        const now = !readMarks.has(d.id);
        readMarks.set(d.id, now);
        readBtn.textContent = now ? "Mark as unread" : "Mark as read";
        readState.textContent = now ? "read" : "unread";
        this.graph.refreshRead();
      });
      const readState = el("span", { id: "read-state" }, read ? "read" : "unread");
      const langs = d.languages ? Object.entries(d.languages).map(([l, u]) => el("a", { href: u, rel: "noopener noreferrer", target: "_blank", class: "lang" }, l)) : [el("span", {}, "— (no document of its own at undocs.org)")];
      const rows = [
        ["Date", d.date || "undated" + (d.facts_from ? "" : "")],
        ["Body", d.body || "unknown"],
        ["Kind", d.kind],
        ["Agenda item", d.agenda_item || "—"],
        ["Languages", langs],
        ["Text", d.in_corpus ? "read by Recital (" + (d.source || "") + ")" : "not in the corpus: known from citations only"],
        ["Citations", d.cites + " documents cited, cited by " + d.cited_by],
        ["You", [readState, " ", readBtn]],
      ];
      if (d.facts_from) rows.push(["Facts from", d.facts_from]);
      return el("div", { class: "dochead" },
        el("h1", {}, el("span", { class: "sym", id: "doc-symbol" }, d.id), " ",
          d.link ? el("a", { href: d.link, rel: "noopener noreferrer", target: "_blank", class: "undocs" }, "undocs.org ↗") : null),
        el("p", { class: "title", id: "doc-title" }, d.title || (d.agenda_item ? "[" + d.agenda_item + "]" : "(no title known)")),
        el("dl", { class: "facts" }, rows.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])));
    }

    toolbar() {
      this.layoutSelect = el("select", { id: "layout" }, el("option", { value: "timeline" }, "timeline"), el("option", { value: "layered" }, "layered"));
      this.layoutSelect.addEventListener("change", () => this.graph.layout(this.layoutSelect.value));
      this.famBoxes = FAMILIES.map((f) => {
        const cb = el("input", { type: "checkbox", checked: true, value: f, "data-family": f, id: "fam-" + f.replace(" ", "-") });
        cb.addEventListener("change", () => this.applyFilters());
        return el("label", { class: "fam fam-" + f.replace(" ", "-") }, cb, " " + f);
      });
      this.bodyBox = el("span", { class: "bodies" });
      this.yearFrom = el("input", { type: "number", id: "year-from", min: 1945, max: 2100, placeholder: "from" });
      this.yearTo = el("input", { type: "number", id: "year-to", min: 1945, max: 2100, placeholder: "to" });
      for (const y of [this.yearFrom, this.yearTo]) y.addEventListener("change", () => this.applyFilters());
      const fit = el("button", { type: "button", onclick: () => this.graph.cy.fit(undefined, 30) }, "Fit");
      const depth = (name, label) => {
        const cur = new URLSearchParams(location.hash.split("?")[1] || "").get(name) || "1";
        const s = el("select", { id: "depth-" + name, title: label }, ["0", "1", "2", "3", "4", "6", "10"].map((v) => el("option", { value: v, selected: v === cur }, v)));
        s.addEventListener("change", () => {
          const p = new URLSearchParams(location.hash.split("?")[1] || "");
          p.set(name, s.value);
          location.hash = "#/doc?" + p.toString();
        });
        return el("label", {}, label + " ", s);
      };
      return el("div", { class: "toolbar" },
        el("div", {}, el("label", {}, "Layout ", this.layoutSelect), " ", fit, " ", depth("up", "Lineage generations"), " ", depth("down", "Citer generations")),
        el("div", {}, el("span", { class: "lbl" }, "Relations: "), this.famBoxes),
        el("div", {}, el("span", { class: "lbl" }, "Bodies: "), this.bodyBox, " ", el("span", { class: "lbl" }, "Years: "), this.yearFrom, "–", this.yearTo),
        this.exportForm());
    }

    // fillBodies offers a checkbox for each body in the view.
    fillBodies() {
      const have = new Set(this.graph.cy.nodes().map((n) => n.data("body") || "unknown"));
      for (const b of [...have].sort()) {
        if (this.bodyBox.querySelector('[value="' + CSS.escape(b) + '"]')) continue;
        const cb = el("input", { type: "checkbox", checked: true, value: b, id: "body-" + b });
        cb.addEventListener("change", () => this.applyFilters());
        this.bodyBox.append(el("label", {}, cb, " " + b + " "));
      }
    }

    exportForm() {
      const fmt = el("select", { name: "format", id: "export-format" },
        [["svg", "SVG diagram"], ["bibtex", "BibTeX"], ["csl-json", "CSL-JSON"], ["vault", "Markdown vault (zip)"], ["json", "JSON graph"], ["graphml", "GraphML"]]
          .map(([v, t]) => el("option", { value: v }, t)));
      const nodes = el("input", { type: "hidden", name: "nodes" });
      const root = el("input", { type: "hidden", name: "root", value: this.doc.id });
      const f = el("form", { method: "post", action: "/api/export", id: "export-form", class: "export" },
        el("label", {}, "Export the view as ", fmt), root, nodes, " ", el("button", { type: "submit", id: "export-button" }, "Export"));
      const msg = el("span", { class: "export-msg", id: "export-msg", role: "status" });
      f.append(" ", msg);
      f.addEventListener("submit", async (e) => {
        e.preventDefault();
        nodes.value = this.graph.visibleIDs().join("\n");
        msg.textContent = "exporting…";
        msg.classList.remove("failed");
        try {
          const r = await fetch("/api/export", { method: "POST", body: new URLSearchParams(new FormData(f)) });
          if (!r.ok) {
            const body = await r.json().catch(() => ({}));
            throw new Error(body.error || "the server answered " + r.status);
          }
          const name = (/filename="([^"]+)"/.exec(r.headers.get("Content-Disposition") || "") || [])[1] || "recital-export";
          const url = URL.createObjectURL(await r.blob());
          const a = el("a", { href: url, download: name });
          document.body.append(a);
          a.click();
          a.remove();
          setTimeout(() => URL.revokeObjectURL(url), 10000);
          msg.textContent = name + " (" + nodes.value.split("\n").length + " documents)";
        } catch (err) {
          msg.classList.add("failed");
          msg.textContent = "export failed: " + err.message;
        }
      });
      return f;
    }

    applyFilters() {
      if (!this.graph) return;
      const fams = new Set(this.famBoxes.map((l) => l.querySelector("input")).filter((c) => c.checked).map((c) => c.value));
      const bodies = new Set([...this.bodyBox.querySelectorAll("input")].filter((c) => c.checked).map((c) => c.value));
      const from = parseInt(this.yearFrom.value, 10), to = parseInt(this.yearTo.value, 10);
      const shown = this.graph.filter({ fams, bodies, from: isNaN(from) ? null : from, to: isNaN(to) ? null : to });
      if (this.graph.current) this.graph.relayout();
      this.status.textContent = shown.nodes + " of " + shown.total + " documents and " + shown.edges + " citations shown" +
        (shown.total > shown.nodes ? " (the rest hidden by the filters or not joined to " + this.doc.id + " by the citations shown)" : "") +
        ". Click a document to show or fold its next generation.";
    }

    async select(id) {
      this.selected = id;
      this.graph.highlight(id);
      const c = await api("/api/citations", { id });
      if (this.selected !== id) return;
      const n = this.graph.cy.getElementById(id);
      const title = n.nonempty() ? n.data("title") : "";
      this.panel.replaceChildren(...[
        el("h2", {}, docLink(id), " ", el("span", { class: "date" }, n.nonempty() ? n.data("date") || "undated" : "")),
        title ? el("p", { class: "title" }, title) : null,
        this.citationList("Cites", c.cites, id, "cites"),
        this.citationList("Cited by", c.cited_by, id, "cited-by")].filter(Boolean));
    }

    citationList(label, list, id, dir) {
      const sec = el("section", { class: "cits", "data-dir": dir }, el("h3", {}, label + " (" + list.length + ")"));
      for (const c of list) {
        const other = c.other;
        const inView = this.graph.cy.getElementById(other.id).nonempty();
        const det = el("details", { class: "cit fam-" + c.family.replace(" ", "-") + (inView ? "" : " outside") },
          el("summary", {}, el("span", { class: "chip" }), docLink(other.id), " ", el("span", { class: "date" }, other.date || "undated"), " · ",
            c.relations.join(", ") || "(no relation)", other.title ? el("span", { class: "t" }, " — " + other.title) : null));
        det.addEventListener("toggle", () => { if (det.open && !det.dataset.loaded) { det.dataset.loaded = "1"; this.fillOccurrences(det, c); } }, { once: false });
        sec.append(det);
      }
      return sec;
    }

    fillOccurrences(det, c) {
      const ul = el("ul", { class: "occ" });
      det.append(ul);
      for (const o of c.list) {
        const where = [o.location + (o.paragraph ? " ¶" + o.paragraph : ""), o.footnote ? "footnote " + o.footnote : "", o.part ? "part " + o.part : ""].filter(Boolean).join(", ");
        const q = el("blockquote", { class: "quote pending" }, "…");
        ul.append(el("li", {},
          el("div", { class: "meta" }, el("b", {}, o.relation || o.verb || "(no relation)"), " · " + where, o.date ? " · dated " + o.date : "", o.line ? " · " + o.source + ":" + o.line : ""),
          q));
        api("/api/quote", { from: c.from, to: c.to, i: o.i }).then((r) => {
          q.classList.remove("pending");
          if (r.sentence) q.textContent = r.sentence;
          else { q.classList.add("missing"); q.textContent = r.reason; }
        }).catch((e) => { q.classList.add("missing"); q.textContent = e.message; });
      }
    }
  }

  // ---- the graph ----

  // GraphView draws documents and citations with Cytoscape.js; a click on a
  // document shows or folds its next generation.
  class GraphView {
    constructor(box, root, onSelect, onChange) {
      this.root = root;
      this.onSelect = onSelect;
      this.onChange = onChange;
      this.expanded = new Map(); // id → ids it added
      this.base = new Set();
      this.cy = cytoscape({
        container: box,
        minZoom: 0.05,
        maxZoom: 3,
        boxSelectionEnabled: false,
        textureOnViewport: true, // pan and zoom a picture of large graphs
        style: graphStyle(),
      });
      window.recital.cy = this.cy; // for the browser's console and the end-to-end test
      this.cy.on("tap", "node.doc", (e) => this.tap(e.target));
      this.cy.on("mouseover", "node.doc", (e) => { box.title = e.target.data("id") + (e.target.data("title") ? " — " + e.target.data("title") : ""); });
    }

    destroy() { this.cy.destroy(); }

    add(nodes, edges, addedBy) {
      const read = readMarks.all();
      const add = [];
      for (const n of nodes) {
        if (this.cy.getElementById(n.id).nonempty()) continue;
        if (!addedBy) this.base.add(n.id);
        add.push({ group: "nodes", classes: "doc" + (n.id === this.root ? " root" : "") + (n.in_corpus ? "" : " cited-only") + (read.has(n.id) ? " read" : ""),
          data: { id: n.id, label: shortLabel(n), w: 10 + 7.4 * shortLabel(n).length, title: n.title || "", date: n.date || "", year: n.year || 0, body: n.body || "unknown",
            side: n.side, gen: n.gen || 0, colour: bodyColour(n.body), cites: n.cites, cited_by: n.cited_by } });
      }
      this.cy.add(add);
      const ea = [];
      for (const e of edges) {
        const id = e.from + "→" + e.to;
        if (this.cy.getElementById(id).nonempty()) continue;
        if (this.cy.getElementById(e.from).empty() || this.cy.getElementById(e.to).empty()) continue;
        ea.push({ group: "edges", classes: "fam-" + e.family.replace(" ", "-"), data: { id, source: e.from, target: e.to, family: e.family, relations: e.relations.join(", ") } });
      }
      this.cy.add(ea);
      return add.map((a) => a.data.id);
    }

    async tap(node) {
      const id = node.id();
      this.onSelect(id);
      if (id === this.root) return;
      if (!this.onChange) return; // a drawing that does not grow (the path page)
      if (this.expanded.has(id)) { this.collapse(id); this.onChange(); return; }
      const dir = node.data("side") === "cited-by" ? "cited-by" : "lineage";
      node.addClass("busy");
      try {
        const r = await api("/api/expand", { id, dir, gen: node.data("gen") });
        const added = this.add(r.nodes, r.edges, id);
        this.expanded.set(id, added);
        node.addClass("expanded");
      } finally { node.removeClass("busy"); }
      this.onChange();
    }

    // collapse removes what id added, unless the first view or another
    // open document holds it, folding what those added in turn.
    collapse(id) {
      const added = this.expanded.get(id) || [];
      this.expanded.delete(id);
      this.cy.getElementById(id).removeClass("expanded");
      const keep = new Set(this.base);
      for (const ids of this.expanded.values()) for (const x of ids) keep.add(x);
      for (const x of added) {
        if (keep.has(x) || x === this.root) continue;
        if (this.expanded.has(x)) this.collapse(x);
        this.cy.getElementById(x).remove();
      }
    }

    relayout() { this.layout(this.current || "layered"); }

    layout(name, done) {
      this.current = name;
      this.cy.nodes(".axis").remove();
      const els = this.cy.elements().not(".hidden");
      const finish = () => {
        const shown = this.cy.elements().not(".hidden");
        this.cy.fit(shown, 30);
        if (this.cy.zoom() > 1.2) { this.cy.zoom(1.2); this.cy.center(shown); } // a few documents stay life-size
        mark("fitted");
        // Year labels keep a readable size whatever the zoom.
        this.cy.nodes(".axis").style("font-size", Math.round(12 / Math.max(this.cy.zoom(), 0.05)));
        if (done) done();
      };
      if (name === "timeline") {
        const box = timeline(this.cy, this.root);
        mark("placed");
        const w = this.cy.width(), h = this.cy.height();
        const zoom = Math.min(1.2, (w - 60) / Math.max(box.x2 - box.x1, 1), (h - 60) / Math.max(box.y2 - box.y1, 1));
        this.cy.viewport({ zoom, pan: { x: w / 2 - zoom * (box.x1 + box.x2) / 2, y: h / 2 - zoom * (box.y1 + box.y2) / 2 } });
        this.cy.nodes(".axis").style("font-size", Math.round(12 / Math.max(zoom, 0.05)));
        mark("fitted");
        if (done) done();
        return;
      }
      const l = els.layout({ name: "dagre", rankDir: "BT", nodeSep: 12, rankSep: 50, animate: false });
      l.one("layoutstop", finish);
      l.run();
    }

    filter(f) {
      const cy = this.cy;
      const total = cy.nodes(".doc").length;
      cy.batch(() => {
        cy.elements().removeClass("hidden");
        cy.nodes(".doc").forEach((n) => {
          if (n.id() === this.root) return;
          const y = n.data("year");
          const out = !f.bodies.has(n.data("body")) || (f.from !== null && (!y || y < f.from)) || (f.to !== null && (!y || y > f.to));
          if (out) n.addClass("hidden");
        });
        cy.edges().forEach((e) => {
          if (!f.fams.has(e.data("family")) || e.source().hasClass("hidden") || e.target().hasClass("hidden")) e.addClass("hidden");
        });
        // Documents no longer joined to the root by shown citations go too.
        const reach = new Set([this.root]);
        const queue = [this.root];
        while (queue.length) {
          const id = queue.pop();
          cy.getElementById(id).connectedEdges().not(".hidden").forEach((e) => {
            for (const m of [e.source().id(), e.target().id()]) if (!reach.has(m)) { reach.add(m); queue.push(m); }
          });
        }
        cy.nodes(".doc").forEach((n) => { if (!reach.has(n.id())) n.addClass("hidden"); });
        cy.edges().forEach((e) => { if (e.source().hasClass("hidden") || e.target().hasClass("hidden")) e.addClass("hidden"); });
      });
      return { total, nodes: cy.nodes(".doc").not(".hidden").length, edges: cy.edges().not(".hidden").length };
    }

    visibleCount() { return this.cy.nodes(".doc").not(".hidden").length; }
    visibleIDs() { return this.cy.nodes(".doc").not(".hidden").map((n) => n.id()).sort(); }

    highlight(id) {
      this.cy.nodes().removeClass("selected");
      this.cy.getElementById(id).addClass("selected");
    }

    refreshRead() {
      const read = readMarks.all();
      this.cy.nodes(".doc").forEach((n) => { if (read.has(n.id())) n.addClass("read"); else n.removeClass("read"); });
    }
  }

  // timeline places documents by year from left to right (a gap of
  // years shows as a wider space), those of a year in a column: what the
  // root builds on above it, what cites it below, each column offset a
  // little from the next so that chains stay visible. Undated documents
  // stand in a last column.
  function timeline(cy, root) {
    const nodes = cy.nodes(".doc").not(".hidden");
    const cols = new Map(); // year (0: undated) → nodes
    nodes.forEach((n) => {
      const y = n.data("year") || 0;
      if (!cols.has(y)) cols.set(y, []);
      cols.get(y).push(n);
    });
    const years = [...cols.keys()].filter((y) => y > 0).sort((a, b) => a - b);
    if (cols.has(0)) years.push(0);
    const W = 80, H = 26;
    const byDate = (a, b) => (a.data("date") < b.data("date") ? -1 : a.data("date") > b.data("date") ? 1 : a.id() < b.id() ? -1 : 1);
    let x = 0, top = 0, bottom = 0;
    const labels = [];
    cy.batch(() => {
      years.forEach((year, k) => {
        if (k > 0) x += W + (year === 0 ? W / 2 : Math.min(year - years[k - 1] - 1, 4) * W / 4);
        const list = cols.get(year);
        const up = list.filter((n) => n.data("side") === "lineage").sort(byDate);
        const down = list.filter((n) => n.data("side") !== "lineage" && n.data("side") !== "root").sort(byDate);
        const shift = (k % 2) * H / 2;
        up.forEach((n, i) => n.position({ x, y: -(i + 1) * H - shift }));
        down.forEach((n, i) => n.position({ x, y: (i + 1) * H + shift }));
        bottom = Math.max(bottom, (down.length) * H + shift);
        list.filter((n) => n.data("side") === "root").forEach((n) => n.position({ x, y: 0 }));
        top = Math.min(top, -(up.length + 1) * H - shift);
        labels.push({ x, label: year === 0 ? "undated" : String(year) });
      });
      cy.add(labels.map((l, k) => ({ group: "nodes", classes: "axis", selectable: false, grabbable: false,
        data: { id: "axis-" + k, label: l.label }, position: { x: l.x, y: top - H } })));
    });
    return { x1: -60, x2: x + 60, y1: top - 2 * H, y2: bottom + H };
  }

  function shortLabel(n) {
    const id = n.id.replace(/^A\/RES\//, "").replace(/^S\/RES\/(\d+)\((\d+)\)$/, "S/$1 ($2)");
    return id;
  }

  function graphStyle() {
    return [
      { selector: "node.doc", style: { shape: "round-rectangle", width: "data(w)", height: 20, label: "data(label)",
        "text-valign": "center", "text-halign": "center", "font-size": 12, "min-zoomed-font-size": 6, "font-family": "DejaVu Sans, sans-serif", color: "#fff", "background-color": "data(colour)",
        "border-width": 1, "border-color": "data(colour)" } },
      { selector: "node.cited-only", style: { "background-color": "#fff", color: "data(colour)", "border-style": "dashed" } },
      { selector: "node.root", style: { "border-width": 4, "border-color": "#f5b041", "font-weight": "bold" } },
      { selector: "node.read", style: { "background-opacity": 0.45, "text-opacity": 0.7 } },
      { selector: "node.expanded", style: { "border-width": 3, "border-color": "#17202a" } },
      { selector: "node.selected", style: { "overlay-color": "#f5b041", "overlay-opacity": 0.35, "overlay-padding": 4 } },
      { selector: "node.busy", style: { opacity: 0.5 } },
      { selector: "node.axis", style: { shape: "rectangle", "background-opacity": 0, label: "data(label)", "font-size": 13, "font-weight": "bold", color: "#566573", width: 1, height: 1, events: "no" } },
      { selector: "edge", style: { width: 1.2, "curve-style": "straight", "target-arrow-shape": "triangle", "arrow-scale": 0.8, "line-color": "#a6acaf", "target-arrow-color": "#a6acaf" } },
      { selector: "edge.fam-reaffirming", style: { width: 2, "line-color": "#1f4e79", "target-arrow-color": "#1f4e79" } },
      { selector: "edge.fam-recalling", style: { "line-color": "#5d6d7e", "target-arrow-color": "#5d6d7e" } },
      { selector: "edge.fam-taking-note", style: { "line-style": "dashed", "line-color": "#7f8c8d", "target-arrow-color": "#7f8c8d" } },
      { selector: "edge.fam-other", style: { "line-style": "dotted" } },
      { selector: ".hidden", style: { display: "none" } },
    ];
  }

  // ---- start ----

  api("/api/info").then((i) => {
    document.getElementById("graph-info").textContent = i.graph + ": " + i.documents + " documents, " + i.citations + " citations" +
      (i.quotes ? "" : " · quotes unavailable (no --source-dir)");
  }).catch(() => {});
  window.addEventListener("hashchange", route);
  route();
})();
