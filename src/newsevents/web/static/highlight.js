// A coded article (the output contract) drawn as its clean text with every extraction highlighted:
// sources, targets, triggers, other actor mentions, quotes (speaker, cue), times and places. Hovering shows
// the codes; choosing an event marks its evidence (sentence, trigger, source, target, location).
import { goldsteinColor, h, QUADS } from "./app.js";

const ROLES = new Set(["trigger", "source", "target", "location"]);

/** The article's header, highlighted text and event list; `focus` is an event id to mark first. */
export function renderDocument(doc, names, focus = null) {
  const text = h("div", { class: "doc-text", id: "doc-text" }, segments(doc, names));
  const items = doc.events.map((e) => h("li", { class: "event-item", dataset: { event: e.id }, tabindex: 0,
    onclick: () => mark(e.id), onkeydown: (k) => k.key === "Enter" && mark(e.id) },
  h("i", { class: `quad q${e.quad_class}`, title: QUADS[e.quad_class]?.[0] ?? "" }),
  h("b", {}, `${e.id} ${e.cameo} ${names[e.cameo] ?? ""}`), h("br"),
  `${who(e.source)} → ${who(e.target)} `,
  h("span", { class: "swatch", style: `background:${goldsteinColor(e.goldstein)}` }, e.goldstein),
  ` ${e.modality}${e.date ? `, ${e.date}` : ""}${e.location ? `, ${e.location.name}` : ""}`));
  const list = h("ol", { class: "event-list", id: "event-list" }, items);
  const a = doc.article;
  const head = h("header", { class: "doc-head" },
    h("h2", {}, a.title || "(untitled)"),
    h("p", { class: "muted" }, [a.published, a.site, a.author].filter(Boolean).join(" · "), " ",
      a.url ? h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, a.url) : ""),
    h("p", { class: "legend" }, ["source", "target", "trigger", "actor", "quote", "time", "place"].map((k) =>
      h("span", { class: k }, k))),
    doc.errors.length ? h("p", { class: "error" }, doc.errors.map((e) => `${e.stage}: ${e.message}`).join("; ")) : "");
  const side = h("aside", {}, h("h3", {}, `Events (${doc.events.length})`),
    doc.events.length ? list : h("p", { class: "muted" }, "No events."),
    h("h3", {}, `Quotes ${doc.quotes.length} · times ${doc.times.length} · places ${doc.places.length}`));
  const body = h("div", { class: "doc" }, text, side);

  function mark(id) {
    for (const el of text.querySelectorAll(".focus, .in-sentence")) el.classList.remove("focus", "in-sentence");
    for (const el of list.querySelectorAll(".selected")) el.classList.remove("selected");
    if (!id) return;
    for (const el of text.querySelectorAll("[data-events]")) if (el.dataset.events.split(" ").includes(id)) el.classList.add("focus");
    for (const el of text.querySelectorAll("[data-sentences]")) if (el.dataset.sentences.split(" ").includes(id)) el.classList.add("in-sentence");
    const item = list.querySelector(`[data-event="${CSS.escape(id)}"]`);
    item?.classList.add("selected");
    reveal(list.parentElement, item);
    reveal(text, text.querySelector(".focus, .in-sentence"));
  }
  return { parts: [head, body], mark: () => mark(focus) };
}

/** Scroll `box` (not the page) so that `el` is in the middle of it. */
function reveal(box, el) {
  if (!el) return;
  const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
  box.scrollTop += offset - box.clientHeight / 2;
}

function who(ref) {
  return ref ? `${ref.text} (${ref.code ?? "?"})` : "—";
}

/** Every highlight as {start, end, kind, label, event}; `sentence` ones only carry their event. */
function annotations(doc, names) {
  const out = [];
  const add = (span, kind, label, event = null) => {
    if (span && span.end > span.start) out.push({ start: span.start, end: span.end, kind, label, event });
  };
  for (const actor of doc.actors) {
    for (const [start, end] of actor.mentions) {
      add({ start, end }, "actor", `actor ${actor.name}: ${actor.code ?? "?"}${actor.country ? ` (${actor.country})` : ""}, ${actor.kind}`);
    }
  }
  for (const e of doc.events) {
    const code = `${e.cameo} ${names[e.cameo] ?? ""}`.trim();
    add(e.trigger, "trigger", `${e.id} trigger: ${code}; Goldstein ${e.goldstein}; ${QUADS[e.quad_class]?.[0] ?? ""}; ${e.modality}`, e.id);
    add(e.source, "source", `${e.id} source: ${e.source?.code ?? "?"}`, e.id);
    add(e.target, "target", `${e.id} target: ${e.target?.code ?? "?"}`, e.id);
    add(e.location, "location", `${e.id} location: ${e.location?.name}`, e.id);
    add(e.sentence, "sentence", null, e.id);
  }
  for (const q of doc.quotes) {
    add(q, "quote", `${q.kind} quote${q.speaker ? ` of ${q.speaker.text} (${q.speaker.code ?? "?"})` : ""}`);
    add(q.speaker, "speaker", `speaker: ${q.speaker?.code ?? "?"}`);
    add(q.cue, "cue", `quote cue: ${q.cue?.text}`);
  }
  for (const t of doc.times) add(t, "time", `time: ${t.value ?? "unresolved"}`);
  for (const p of doc.places) add(p, "place", `place: ${p.name}${p.country ? ` (${p.country})` : ""}`);
  return out;
}

/** The text cut at every highlight boundary; each piece under a highlight is a span carrying all of them. */
function segments(doc, names) {
  const text = doc.article.text;
  const notes = annotations(doc, names);
  const cuts = [...new Set([0, text.length, ...notes.flatMap((n) => [n.start, n.end])])]
    .filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const starting = new Map();
  for (const n of notes) starting.set(n.start, [...(starting.get(n.start) ?? []), n]);
  const active = new Set();
  const out = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    for (const n of active) if (n.end <= from) active.delete(n);
    for (const n of starting.get(from) ?? []) active.add(n);
    const piece = text.slice(from, to);
    if (!active.size) {
      out.push(piece);
      continue;
    }
    const all = [...active];
    const kinds = new Set(all.map((n) => (n.kind === "location" ? "place" : n.kind)));
    kinds.delete("sentence");
    const roles = all.filter((n) => ROLES.has(n.kind)).map((n) => n.event);
    const sentences = all.filter((n) => n.kind === "sentence").map((n) => n.event);
    out.push(h("span", {
      class: [...kinds].join(" ") || null,
      title: [...new Set(all.map((n) => n.label).filter(Boolean))].join("\n") || null,
      dataset: { ...(roles.length && { events: [...new Set(roles)].join(" ") }),
        ...(sentences.length && { sentences: sentences.join(" ") }) },
    }, piece));
  }
  return out;
}
