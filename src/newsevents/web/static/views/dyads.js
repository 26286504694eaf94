// Dyad timeline: for one directed country pair, real-world events per day by QuadClass and the mean
// Goldstein score as a line.
import { api, h, state, timelineChart } from "../app.js";

export async function dyads(box, _args, params) {
  const net = await api("/api/network", { actor: state.actor, limit: 1000 });
  const pairs = net.edges.map((e) => `${e.source}-${e.target}`);
  let pick = params.get("source") && params.get("target") ? `${params.get("source")}-${params.get("target")}` : pairs[0];
  const select = h("select", { id: "pair", "aria-label": "Dyad",
    onchange: () => { const [s, t] = select.value.split("-"); location.hash = `#/dyads?source=${s}&target=${t}`; } },
  net.edges.map((e) => h("option", { value: `${e.source}-${e.target}` }, `${e.source} → ${e.target} (${e.events})`)));
  if (pick && !pairs.includes(pick)) select.prepend(h("option", { value: pick }, pick.replace("-", " → ")));
  const panel = h("div", { class: "panel wide" }, h("h2", {}, "Dyad timeline"), h("label", {}, "Pair ", select));
  box.replaceChildren(panel);
  if (!pick) {
    panel.append(h("p", { class: "muted" }, "No country pairs in the store."));
    return;
  }
  select.value = pick;
  const [source, target] = pick.split("-");
  const rows = await api("/api/timeline", { source, target });
  panel.append(h("p", { class: "muted" }, `Real-world events with source ${source} and target ${target}, `,
    "per day by QuadClass; the line is their mean Goldstein score (right axis). ",
    h("a", { href: `#/events?actor=${source}&q=` }, `Event reports naming ${source}…`)));
  if (rows.length) timelineChart(panel, rows, true);
  else panel.append(h("p", { class: "muted" }, "No events for this pair."));
}
