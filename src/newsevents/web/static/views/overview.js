// Overview: what the store holds, the most named actors, the busiest dyads, cooperation vs conflict.
import { api, goldsteinColor, h, setActor, state, table, timelineChart } from "../app.js";

const CARDS = [
  ["articles", "Articles"], ["events", "Event reports"], ["event_clusters", "Real-world events"],
  ["quotes", "Quotes"], ["places", "Place mentions"], ["failures", "Failures"],
];

export async function overview(box) {
  const [about, actors, net, timeline] = await Promise.all([
    api("/api/about"), api("/api/actors", { per_page: 10 }),
    api("/api/network", { actor: state.actor, limit: 10 }), api("/api/timeline", { actor: state.actor }),
  ]);
  const cards = h("div", { class: "cards" }, CARDS.map(([key, label]) =>
    h("div", { class: "card", dataset: { count: key } }, h("b", {}, about.counts[key] ?? 0), h("span", {}, label))));
  const actorTable = table(["Actor", "Code", "Articles", "Mentions"], actors.items, (a) => [
    h("a", { href: "#/events", onclick: () => setActor(a.code || a.name) }, a.name), a.code ?? "", a.articles, a.mentions,
  ], { class: "top-actors" });
  const dyadTable = table(["Source", "Target", "Events", "Mean Goldstein"], net.edges, (e) => [
    e.source, e.target, h("a", { href: `#/dyads?source=${e.source}&target=${e.target}` }, e.events),
    h("span", { class: "swatch", style: `background:${goldsteinColor(e.mean_goldstein)}` }, e.mean_goldstein ?? ""),
  ], { class: "top-dyads" });
  const over = h("div", { class: "panel wide" }, h("h2", {}, "Cooperation vs conflict over time",
    state.actor ? ` (${state.actor})` : ""));
  if (!about.counts.articles) {
    box.replaceChildren(cards, empty(about.db));
    return;
  }
  box.replaceChildren(
    cards,
    about.undated_events ? undated(about.undated_events) : "",
    h("div", { class: "grid" },
      h("div", { class: "panel" }, h("h2", {}, "Top actors"), actorTable),
      h("div", { class: "panel" }, h("h2", {}, "Top dyads (countries)"),
        net.edges.length ? dyadTable : h("p", { class: "muted" }, "No country pairs."))),
    over,
  );
  if (timeline.length) timelineChart(over, timeline);
  else over.append(h("p", { class: "muted" }, "No real-world events."));
}

/** What to do with an empty store: the commands that fill it. */
function empty(db) {
  const commands = [`newsevents ingest examples/ --db ${db}`, `newsevents ingest my-articles/ --db ${db} --published 2025-09-03`];
  return h("div", { class: "panel wide hint", id: "empty-hint" },
    h("h2", {}, "This store is empty"),
    h("p", {}, "Fill it from a shell, then reload this page: code a folder of articles (text, HTML, JSON Lines, ",
      "WARC, feeds) into the store this server reads."),
    h("pre", {}, commands.join("\n")),
    h("p", { class: "muted" }, "Articles without a publication date take --published; or try one text under ",
      h("a", { href: "#/code" }, "Code a text"), "."));
}

/** A warning that some event reports have no date and so are in no timeline, map or export. */
function undated(n) {
  return h("p", { class: "panel wide warning", id: "undated" },
    `${n} event report${n === 1 ? " has" : "s have"} no date (no publication day, none in the text) and appear in `,
    "no timeline, map or export. Ingest their articles again with --published DATE.");
}
