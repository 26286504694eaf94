// The newsevents dashboard: a hash router over small views. Each view fetches /api and draws into #view.
// Text from the store is always set with textContent, never parsed as HTML.
import { article, articles } from "./views/articles.js";
import { code } from "./views/code.js";
import { dyads } from "./views/dyads.js";
import { events } from "./views/events.js";
import { map } from "./views/map.js";
import { network } from "./views/network.js";
import { overview } from "./views/overview.js";

const views = { overview, network, map, dyads, events, articles, article, code };
const charts = [];
export const state = { actor: sessionStorage.getItem("actor") || "" };
export const QUADS = {
  1: ["Verbal cooperation", "#7fbf7b"],
  2: ["Material cooperation", "#1b7837"],
  3: ["Verbal conflict", "#f1a340"],
  4: ["Material conflict", "#b2182b"],
};

/** GET (or send `init`) to the API; the JSON answer, or an Error carrying the server's reason. */
export async function api(path, params = {}, init = undefined) {
  const r = await fetch(apiUrl(path, params), init);
  if (!r.ok) {
    const body = await r.json().catch(() => ({}));
    const detail = typeof body.detail === "string" ? body.detail : r.statusText;
    throw new Error(`${r.status}: ${detail}`);
  }
  return r.json();
}

/** The URL of an API path with the non-empty params as its query. */
export function apiUrl(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== "" && v != null) url.searchParams.set(k, v);
  return url.pathname + url.search;
}

/** An element: h("a", {href: "#"}, "text", child). Attributes starting with "on" are listeners. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c != null) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** A table with a header row and one row per item; `cells(item)` gives that row's cells. */
export function table(headers, items, cells, attrs = {}) {
  return h("table", attrs,
    h("thead", {}, h("tr", {}, headers.map((x) => h("th", {}, x)))),
    h("tbody", {}, items.map((item) => h("tr", {}, cells(item).map((c) => h("td", {}, c))))));
}

/** A Chart.js chart in a new canvas, destroyed on the next route. */
export function chart(parent, config, label) {
  const canvas = h("canvas", { role: "img", "aria-label": label });
  parent.append(h("div", { class: "chart" }, canvas));
  const made = new Chart(canvas, config);
  charts.push(made);
  return made;
}

/** Red for conflict (-10) through grey (0) to green for cooperation (+10). */
export function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, (g ?? 0) / 10));
  const [from, to] = t < 0 ? [[150, 150, 150], [178, 24, 43]] : [[150, 150, 150], [27, 120, 55]];
  const mix = from.map((c, i) => Math.round(c + (to[i] - c) * Math.abs(t)));
  return `rgb(${mix.join(",")})`;
}

/** The period of a YYYY-MM-DD day at a grain: the day itself, its month (YYYY-MM) or its year (YYYY). */
function periodOf(day, grain) {
  return grain === "day" ? day : grain === "month" ? day.slice(0, 7) : day.slice(0, 4);
}

/** Every period from the first day to the last, none skipped (a real time axis: a quiet stretch shows as
 *  empty bars); days for up to three months, months for up to six years, else years. */
export function periods(days) {
  if (!days.length) return { grain: "day", labels: [] };
  const [first, last] = [days[0], days[days.length - 1]].map((d) => new Date(`${d}T00:00:00Z`));
  const span = (last - first) / 864e5;
  const grain = span <= 92 ? "day" : span <= 6 * 366 ? "month" : "year";
  const labels = [];
  for (const t = new Date(first); t <= last;) {
    const label = periodOf(t.toISOString().slice(0, 10), grain);
    if (labels[labels.length - 1] !== label) labels.push(label);
    if (grain === "day") t.setUTCDate(t.getUTCDate() + 1);
    else if (grain === "month") t.setUTCMonth(t.getUTCMonth() + 1, 1);
    else t.setUTCFullYear(t.getUTCFullYear() + 1, 0, 1);
  }
  if (labels[labels.length - 1] !== periodOf(days[days.length - 1], grain)) labels.push(periodOf(days[days.length - 1], grain));
  return { grain, labels };
}

/** Stacked bars of real-world events per period and QuadClass on a real time axis (every period between the
 *  first and the last, see `periods`); with `goldstein`, the mean score as a line. */
export function timelineChart(parent, rows, goldstein = false) {
  const { grain, labels } = periods([...new Set(rows.map((r) => r.date))].sort());
  const inPeriod = (p) => rows.filter((r) => periodOf(r.date, grain) === p);
  const datasets = Object.entries(QUADS).map(([q, [label, color]]) => ({
    label, backgroundColor: color, stack: "q", yAxisID: "y",
    data: labels.map((p) => inPeriod(p).filter((r) => r.quad_class === +q).reduce((s, r) => s + r.events, 0)),
  }));
  const scales = {
    x: { stacked: true, title: { display: true, text: grain } },
    y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" } },
  };
  if (goldstein) {
    datasets.push({
      type: "line", label: "Mean Goldstein", yAxisID: "g", borderColor: "#333", backgroundColor: "#333", order: -1, pointRadius: 4,
      spanGaps: true,
      data: labels.map((p) => {
        const here = inPeriod(p);
        const n = here.reduce((s, r) => s + r.events, 0);
        return n ? +(here.reduce((s, r) => s + r.events * (r.mean_goldstein ?? 0), 0) / n).toFixed(2) : null;
      }),
    });
    scales.g = { position: "right", min: -10, max: 10, title: { display: true, text: "Goldstein" }, grid: { drawOnChartArea: false } };
  }
  chart(parent, { type: "bar", data: { labels, datasets }, options: { animation: false, maintainAspectRatio: false, scales } },
    `Real-world events per ${grain} by QuadClass`);
}

/** Set (or, with "", clear) the actor that filters every view, and redraw. */
export function setActor(actor) {
  state.actor = actor || "";
  sessionStorage.setItem("actor", state.actor);
  route();
}

let cameoNames;
/** CAMEO code -> name, fetched once. */
export async function cameo() {
  cameoNames ??= api("/api/cameo").then((rows) => Object.fromEntries(rows.map((r) => [r.code, r.name])));
  return cameoNames;
}

let routes = 0;
async function route() {
  const n = ++routes;
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  const [name, ...args] = path.split("/");
  const main = document.getElementById("view");
  while (charts.length) charts.pop().destroy();
  document.getElementById("filter").hidden = !state.actor;
  document.getElementById("filter-actor").textContent = state.actor;
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.hash === `#/${name || "overview"}`);
  const box = h("section", { class: `view-${name || "overview"}` }, h("p", { class: "loading" }, "Loading…"));
  main.replaceChildren(box);
  delete document.body.dataset.ready;
  const view = views[name] || overview;
  try {
    await view(box, args.map(decodeURIComponent), new URLSearchParams(query || ""));
  } catch (err) {
    box.replaceChildren(h("p", { class: "error" }, String(err.message || err)));
  }
  if (n === routes) document.body.dataset.ready = name || "overview";
}

document.getElementById("filter-clear").addEventListener("click", () => setActor(""));
window.addEventListener("hashchange", route);
route();
