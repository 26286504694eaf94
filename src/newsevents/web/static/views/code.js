// Code a text: paste an article (plain text or HTML), see its events and highlights at once.
// POST /api/code codes it with newsevents.code on the server; nothing is stored.
import { api, cameo, h } from "../app.js";
import { renderDocument } from "../highlight.js";

let last = { text: "", published: "" };

export async function code(box) {
  const names = await cameo();
  const text = h("textarea", { id: "code-text", name: "text", rows: 12, required: true,
    placeholder: "Paste a news article: plain text or HTML." });
  text.value = last.text;
  const published = h("input", { type: "date", name: "published", id: "code-published", value: last.published });
  const result = h("div", { id: "code-result" });
  const button = h("button", { type: "submit", id: "code-run" }, "Code");
  const form = h("form", { class: "code-form", onsubmit: async (e) => {
    e.preventDefault();
    last = { text: text.value, published: published.value };
    button.disabled = true;
    result.replaceChildren(h("p", { class: "loading" }, "Coding…"));
    try {
      const doc = await api("/api/code", {}, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: text.value, published: published.value || null }),
      });
      const view = renderDocument(doc, names);
      result.replaceChildren(...view.parts);
    } catch (err) {
      result.replaceChildren(h("p", { class: "error" }, String(err.message || err)));
    } finally {
      button.disabled = false;
    }
  } }, text, h("p", {}, h("label", {}, "Published ", published), " ", button,
    h("span", { class: "muted" }, " Dates in the text resolve against the publication day. Nothing is stored.")));
  box.replaceChildren(h("div", { class: "panel wide" }, h("h2", {}, "Code a text"), form, result));
}
