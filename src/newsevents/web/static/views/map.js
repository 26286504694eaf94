// Map: the places of real-world events on a plain longitude/latitude grid drawn as SVG (equirectangular,
// offline: no tiles, no outlines fetched). Dot area: events; colour: mean Goldstein score.
import { api, goldsteinColor, h, state, table } from "../app.js";

const SVG = "http://www.w3.org/2000/svg";
const [WIDTH, HEIGHT] = [1000, 500];

/** An SVG element with attributes. */
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** The point of a longitude and latitude on the map. */
export function project(lon, lat) {
  return [((lon + 180) / 360) * WIDTH, ((90 - lat) / 180) * HEIGHT];
}

export async function map(box) {
  const places = await api("/api/places", { actor: state.actor });
  const panel = h("div", { class: "panel wide" }, h("h2", {}, "Where events happened", state.actor ? ` (${state.actor})` : ""));
  box.replaceChildren(panel);
  if (!places.length) {
    panel.append(h("p", { class: "muted" }, "No real-world events with a known place."));
    return;
  }
  const grid = [];
  for (let lon = -180; lon <= 180; lon += 30) grid.push(s("line", { x1: project(lon, 0)[0], x2: project(lon, 0)[0], y1: 0, y2: HEIGHT }));
  for (let lat = -60; lat <= 60; lat += 30) grid.push(s("line", { x1: 0, x2: WIDTH, y1: project(0, lat)[1], y2: project(0, lat)[1], class: lat ? "" : "equator" }));
  const most = Math.max(...places.map((p) => p.events));
  const dots = places.map((p) => {
    const [x, y] = project(p.lon, p.lat);
    return s("g", { class: "place-dot", "data-place": p.name },
      s("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 12 * Math.sqrt(p.events / most)).toFixed(1),
        fill: goldsteinColor(p.mean_goldstein) },
      s("title", {}, `${p.name}${p.country ? ` (${p.country})` : ""}: ${p.events} events, mean Goldstein ${p.mean_goldstein ?? "n/a"}`)),
      s("text", { x: (x + 6).toFixed(1), y: (y - 6).toFixed(1) }, p.name));
  });
  const svg = s("svg", { id: "map", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img",
    "aria-label": "Places of real-world events by longitude and latitude" },
  s("rect", { width: WIDTH, height: HEIGHT, class: "sea" }), s("g", { class: "graticule" }, ...grid), ...dots);
  panel.append(
    h("p", { class: "muted" }, "Longitude and latitude, 30° grid, equator marked; dot area: real-world events; colour: mean ",
      "Goldstein score, ", h("span", { class: "swatch", style: `background:${goldsteinColor(-10)}` }, "conflict"),
      " to ", h("span", { class: "swatch", style: `background:${goldsteinColor(10)}` }, "cooperation"), "."),
    svg,
    table(["Place", "Country", "Lat", "Lon", "Events"], places, (p) => [
      h("a", { href: `#/events?q=${encodeURIComponent(p.name)}` }, p.name), p.country ?? "", p.lat.toFixed(2), p.lon.toFixed(2), p.events,
    ], { class: "places" }));
}
