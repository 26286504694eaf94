// Articles: the stored articles, and one article's text with its evidence highlighted.
import { api, cameo, h, table } from "../app.js";
import { renderDocument } from "../highlight.js";

export async function articles(box, _args, params) {
  const page = Math.max(1, +(params.get("page") || 1));
  const found = await api("/api/articles", { page, per_page: 50 });
  const last = Math.max(1, Math.ceil(found.total / found.per_page));
  box.replaceChildren(h("div", { class: "panel wide" },
    h("h2", {}, `Articles (${found.total})`),
    table(["Title", "Published", "Site", "Events", "Quotes", "Copy of"], found.items, (a) => [
      h("a", { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || a.id),
      a.published ?? "", a.site ?? "", a.events, a.quotes,
      a.duplicate_of ? h("a", { href: `#/article/${encodeURIComponent(a.duplicate_of)}` }, a.duplicate_of) : "",
    ], { class: "articles" }),
    h("p", { class: "pager" },
      page > 1 ? h("a", { href: `#/articles?page=${page - 1}` }, "‹ Previous") : "",
      ` page ${page} of ${last} `,
      page < last ? h("a", { href: `#/articles?page=${page + 1}` }, "Next ›") : "")));
}

export async function article(box, [id, focus]) {
  const [doc, names] = await Promise.all([api(`/api/articles/${encodeURIComponent(id)}`), cameo()]);
  const view = renderDocument(doc, names, focus);
  box.replaceChildren(h("div", { class: "panel wide" }, view.parts));
  view.mark();
}
