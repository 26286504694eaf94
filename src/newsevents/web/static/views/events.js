// Events table: event reports with every filter of /api/events, paging, and the same rows as CSV.
import { api, apiUrl, cameo, goldsteinColor, h, QUADS, state, table } from "../app.js";

const FIELDS = ["since", "until", "actor", "cameo", "quad_class", "modality", "q"];
const MODALITIES = ["asserted", "negated", "hypothetical", "future", "speculative"];

export async function events(box, _args, params) {
  const filters = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? ""]));
  if (!params.has("actor")) filters.actor = state.actor;
  const page = Math.max(1, +(params.get("page") || 1));
  const [found, names] = await Promise.all([api("/api/events", { ...filters, page, per_page: 50 }), cameo()]);
  const input = (name, attrs = {}) => h("input", { name, value: filters[name], ...attrs });
  const select = (name, options) => h("select", { name },
    h("option", { value: "" }, "any"),
    options.map(([value, label]) => h("option", { value, selected: String(value) === filters[name] }, label)));
  const form = h("form", { class: "filters", onsubmit: (e) => { e.preventDefault(); go(form, 1); } },
    h("label", {}, "From ", input("since", { type: "date" })),
    h("label", {}, "To ", input("until", { type: "date" })),
    h("label", {}, "Actor or country ", input("actor", { placeholder: "RUS, Putin", size: 10 })),
    h("label", {}, "CAMEO ", input("cameo", { placeholder: "04, 042", size: 5, pattern: "\\d{2,4}" })),
    h("label", {}, "QuadClass ", select("quad_class", Object.entries(QUADS).map(([q, [label]]) => [q, label]))),
    h("label", {}, "Modality ", select("modality", MODALITIES.map((m) => [m, m]))),
    h("label", {}, "Text ", input("q", { type: "search", placeholder: "ceasefire" })),
    h("button", { type: "submit" }, "Apply"),
    h("a", { class: "button", id: "csv", href: apiUrl("/api/events.csv", filters), download: "events.csv" }, "CSV"));
  const last = Math.max(1, Math.ceil(found.total / found.per_page));
  const pager = h("p", { class: "pager" },
    h("button", { type: "button", disabled: page <= 1, onclick: () => go(form, page - 1) }, "‹ Previous"),
    h("span", { id: "total" }, ` ${found.total} event reports, page ${page} of ${last} `),
    h("button", { type: "button", disabled: page >= last, onclick: () => go(form, page + 1) }, "Next ›"));
  const rows = table(["Date", "Source", "Event", "Target", "Goldstein", "Modality", "Evidence"], found.items, (e) => [
    e.date ?? "",
    h("span", { title: e.source_code ?? "" }, e.source_name ?? ""),
    h("span", { title: QUADS[e.quad_class]?.[0] ?? "" }, h("i", { class: `quad q${e.quad_class}` }), `${e.cameo} ${names[e.cameo] ?? ""}`),
    h("span", { title: e.target_code ?? "" }, e.target_name ?? ""),
    h("span", { class: "swatch", style: `background:${goldsteinColor(e.goldstein)}` }, e.goldstein),
    e.modality,
    h("a", { href: `#/article/${encodeURIComponent(e.article_id)}/${encodeURIComponent(e.id)}`, title: e.sentence ?? "" },
      `“${e.trigger ?? "?"}”`, h("small", {}, ` ${e.title ?? e.article_id}`)),
  ], { class: "events", id: "events-table" });
  box.replaceChildren(h("div", { class: "panel wide" }, h("h2", {}, "Event reports"), form, pager, rows));
}

function go(form, page) {
  const data = new FormData(form);
  const query = new URLSearchParams();
  for (const f of FIELDS) if (data.get(f)) query.set(f, data.get(f));
  state.actor = data.get("actor") || "";
  sessionStorage.setItem("actor", state.actor);
  if (page > 1) query.set("page", page);
  location.hash = `#/events?${query}`;
}
