// Actor network: countries as nodes, dyads as edges coloured by mean Goldstein and sized by events.
// Clicking a node makes it the actor filter of every view; clicking an edge opens its dyad timeline.
import { api, goldsteinColor, h, setActor, state, table, timelineChart } from "../app.js";

export async function network(box) {
  const net = await api("/api/network", { limit: 200 });
  const graph = h("div", { id: "graph", role: "img", "aria-label": "Network of country dyads" });
  const legend = h("p", { class: "muted" }, "Node size: events involving the country. Edge width: events; ",
    "colour: mean Goldstein score, ", h("span", { class: "swatch", style: `background:${goldsteinColor(-10)}` }, "conflict"),
    " to ", h("span", { class: "swatch", style: `background:${goldsteinColor(10)}` }, "cooperation"),
    ". Click a country to filter every view by it; click an edge for its timeline.");
  const nodes = h("p", { class: "node-list" }, "Countries: ", net.nodes.map((n) =>
    h("button", { type: "button", class: n.id === state.actor ? "chip on" : "chip", dataset: { node: n.id },
      onclick: () => setActor(n.id === state.actor ? "" : n.id) }, `${n.id} (${n.events})`)));
  const detail = h("div", { class: "panel wide" });
  box.replaceChildren(h("div", { class: "panel wide" }, h("h2", {}, "Actor network"), legend, graph, nodes), detail);
  if (!net.nodes.length) {
    graph.replaceChildren(h("p", { class: "muted" }, "No country pairs in the store."));
    return;
  }
  const most = Math.max(...net.edges.map((e) => e.events), 1);
  const biggest = Math.max(...net.nodes.map((n) => n.events), 1);
  const cy = cytoscape({
    container: graph,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, events: n.events, size: 18 + 30 * Math.sqrt(n.events / biggest) } })),
      ...net.edges.map((e, i) => ({ data: {
        id: `e${i}`, source: e.source, target: e.target, events: e.events,
        width: 1.5 + 7 * (e.events / most), color: goldsteinColor(e.mean_goldstein),
      } })),
    ],
    style: [
      { selector: "node", style: { label: "data(id)", width: "data(size)", height: "data(size)", "background-color": "#4a6fa5",
        "font-size": 11, "text-valign": "center", color: "#fff", "text-outline-color": "#4a6fa5", "text-outline-width": 2 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.85 } },
      { selector: ".faded", style: { opacity: 0.15 } },
      { selector: "node.picked", style: { "background-color": "#e08e0b", "text-outline-color": "#e08e0b" } },
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
  });
  window.cy = cy; // for the browser tests and the curious
  cy.on("tap", "node", (e) => setActor(e.target.id() === state.actor ? "" : e.target.id()));
  cy.on("tap", "edge", (e) => { location.hash = `#/dyads?source=${e.target.data("source")}&target=${e.target.data("target")}`; });
  const picked = state.actor && cy.getElementById(state.actor);
  if (picked && picked.length) {
    cy.elements().addClass("faded");
    picked.closedNeighborhood().removeClass("faded");
    picked.addClass("picked");
  }
  if (state.actor) await actorDetail(detail, state.actor);
  else detail.remove();
}

async function actorDetail(detail, actor) {
  const [timeline, events] = await Promise.all([
    api("/api/timeline", { actor }), api("/api/events", { actor, per_page: 15 }),
  ]);
  detail.replaceChildren(h("h2", {}, `${actor}: real-world events per day`));
  if (timeline.length) timelineChart(detail, timeline, true);
  detail.append(
    h("h3", {}, `Event reports naming ${actor} (${events.total}) `, h("a", { href: "#/events" }, "all…")),
    table(["Date", "Source", "CAMEO", "Target", "Trigger"], events.items, (e) => [
      e.date ?? "", e.source_name ?? "", e.cameo, e.target_name ?? "",
      h("a", { href: `#/article/${encodeURIComponent(e.article_id)}/${e.id}` }, e.trigger ?? "evidence"),
    ], { class: "events" }),
  );
}
