"""Read PETRARCH2 actor and agent dictionaries into the lexicon's rows, and write them as TSV tables.

PETRARCH actor files list an entry (``VLADIMIR_PUTIN_``), its synonyms (``+VLADIMIR_V._PUTIN``) and its
codes, dated (``[RUSGOV 991231-080507]``, ``[RUSGOV >080508]``) or not (``[LBNREBHEZ]``). Agent files list
nouns with a sector (``POLICE_OFFICER [~COP]``). ``people_rows`` gives people (entries with dated roles),
``group_rows`` groups (entries of one undated national code), ``igo_rows`` international and non-governmental
organisations (entries of one undated ``IGO``/``NGO`` code), ``read_agents`` role terms.

Rebuild the packaged ``data/actors/people-history.tsv``, ``groups-petrarch.tsv``, ``igos-petrarch.tsv`` and
``roles-petrarch.tsv`` with::

    python -m newsevents.actors.petrarch ../shared/data/dictionaries/petrarch2 src/newsevents/data/actors

Single-word synonyms are left out: a bare surname is matched through the surname index, which asks for
evidence. Roles still open in the dictionary close at its latest date, so the people of 2014 are former
officials in 2025; the project's ``people.tsv`` wins from the first date it lists for a person on. The
project's ``igos.tsv`` and ``roles.tsv`` win too: a name or term they list is left out of the converted table.
Agent nouns of places (``petrarch-places.txt``: "prison", "village") are left out: they are mostly scenes.
Multinational companies (``MNC``) of the international file are left out.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsevents.data import read_tsv, split

CODE = re.compile(r"\[([A-Z~]{3,})\s*([<>]?\d{6})?(?:-(\d{6}))?\s*\]")
ORGANISATIONS = ("IGO", "NGO", "NGM", "INT")
INTERNATIONAL = ("IGO", "NGO")
PEOPLE_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt")
GROUPS_FILE = "Phoenix.MilNonState.actors.txt"
AGENTS_FILE = "Phoenix.agents.txt"
PLACES_FILE = "petrarch-places.txt"  # place nouns left out of the converted agent nouns
FILES = {
    "people": "people-history.tsv",
    "groups": "groups-petrarch.tsv",
    "igos": "igos-petrarch.tsv",
    "roles": "roles-petrarch.tsv",
}
PIVOT = 30  # two-digit years up to this are 20yy, later ones 19yy
NOTICE = (
    "# Converted from {source} of openeventdata/petrarch2 (MIT License, Copyright (c) 2014 Open Event Data"
    " Alliance; notice in README.md)."
)


@dataclass
class Entry:
    """One dictionary entry: its name, synonyms and codes with their dates."""

    name: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)


def words(token: str) -> str:
    """``VLADIMIR_V._PUTIN_`` -> ``Vladimir V. Putin``."""
    parts = [p for p in "_".join(token.split()).strip("_").split("_") if p]
    return " ".join("-".join(w[:1].upper() + w[1:].lower() for w in p.split("-")) for p in parts)


def _day(value: str) -> date:
    yy, mm, dd = int(value[:2]), int(value[2:4]) or 1, int(value[4:6]) or 1
    return date((2000 if yy <= PIVOT else 1900) + yy, min(mm, 12), min(dd, 28 if mm == 2 else 30))


def read_entries(path: Path) -> list[Entry]:
    """The entries of a PETRARCH actor file (comments after ``#`` dropped)."""
    entries: list[Entry] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        head = line.strip()
        if head.startswith("+") and entries:
            entries[-1].synonyms.append(words(head[1:].split("[", 1)[0]))
        elif not raw[:1].isspace() and not head.startswith("["):
            entries.append(Entry(words(head.split("[", 1)[0])))
        if not entries:
            continue
        for code, first, second in CODE.findall(line):
            start = end = None
            if first.startswith(">"):
                start = _day(first[1:])
            elif first.startswith("<"):
                end = _day(first[1:])
            elif first:
                start, end = _day(first), _day(second) if second else None
            entries[-1].codes.append((code, start, end))
    return [e for e in entries if e.name]


def _parts(code: str) -> tuple[str, str]:
    """(country or organisation, sector) of a code: RUSGOV -> (RUS, GOV); IGOUNO -> (IGOUNO, '')."""
    if code.startswith(ORGANISATIONS):
        return code, ""
    return code[:3], code[3:6]


def people_rows(entries: list[Entry]) -> list[dict[str, str]]:
    """People-table rows: every entry with a dated role; roles open at the dictionary's end close there."""
    last = max((d for e in entries for _, s, t in e.codes for d in (s, t) if d), default=None)
    rows = []
    for entry in entries:
        dated = [c for c in entry.codes if c[1] or c[2]]
        aliases = sorted({s for s in entry.synonyms if " " in s and s != entry.name})
        for code, start, end in dated:
            if code.startswith("~") or (start and end and end <= start):
                continue
            country, sector = _parts(code)
            end = end or (last if start and last and start < last else None)
            rows.append(
                {
                    "name": entry.name,
                    "aliases": "|".join(aliases),
                    "country": country,
                    "sector": sector,
                    "role": code,
                    "start": start.isoformat() if start else "",
                    "end": end.isoformat() if end else "",
                }
            )
    return rows


def group_rows(entries: list[Entry]) -> list[dict[str, str]]:
    """Group-table rows (name, aliases, code, country, sector): entries of one undated national code."""
    rows = []
    for entry in entries:
        codes = {c for c, s, t in entry.codes if not (s or t)}
        if len(codes) != 1 or entry.codes[0][1] or entry.codes[0][2] or len(entry.name) < 4:
            continue
        code = codes.pop()
        if code.startswith(("~", *ORGANISATIONS)) or len(code) < 6:
            continue
        country, sector = _parts(code)
        aliases = sorted({s for s in entry.synonyms if s != entry.name and (" " in s or s.isupper())})
        rows.append(
            {
                "name": entry.name,
                "aliases": "|".join(aliases),
                "code": code,
                "country": country,
                "sector": sector,
            }
        )
    return rows


def igo_rows(entries: list[Entry]) -> list[dict[str, str]]:
    """Organisation-table rows (code, name, aliases, sector) of the entries with one undated IGO or NGO
    code, named by their names of more than one word (a single word is too often something else), without
    a leading "The"."""
    rows = []
    for entry in entries:
        codes = {c for c, s, t in entry.codes if not (s or t)}
        if len(codes) != 1 or len(codes) != len(entry.codes):
            continue
        code = codes.pop()
        names = [n.removeprefix("The ") for n in [entry.name, *entry.synonyms]]  # the README's rule
        names = [n for n in dict.fromkeys(names) if " " in n]
        if code.startswith(INTERNATIONAL) and names:
            rows.append({"code": code, "name": names[0], "aliases": "|".join(names[1:]), "sector": code[:3]})
    return rows


def plural(term: str) -> str:
    """The regular plural of a role term's last word (PETRARCH's agent files leave them out)."""
    if term.endswith(("s", "men")):
        return term
    if term.endswith("man"):
        return term[:-3] + "men"
    if term.endswith(("sh", "ch", "x", "z")):
        return term + "es"
    if term.endswith("y") and term[-2:-1] not in "aeiou":
        return term[:-1] + "ies"
    return term + "s"


def read_agents(path: Path) -> list[dict[str, str]]:
    """Role-table rows (term, sector, kind, rank) of a PETRARCH agent file; ``!MACRO!`` lines expanded,
    regular plurals added."""
    macros: dict[str, list[str]] = {}
    rows: dict[str, dict[str, str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("!") and "=" in line:
            name, _, values = line.partition("=")
            macros[name.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        match = re.match(r"^([^\[{]+?)\s*(?:\{[^}]*\}\s*)?\[~?([A-Z]{3})[A-Z]*\]", line)
        if not match:
            continue
        forms = [match[1]]
        for macro, values in macros.items():
            forms = (
                [f.replace(macro, v, 1) for f in forms for v in values]
                if any(macro in f for f in forms)
                else forms
            )
        for form in forms:
            term = words(form).lower()
            if term and "!" not in term:
                for each in (term, plural(term)):
                    rows.setdefault(each, {"term": each, "sector": match[2], "kind": "person", "rank": "1"})
    return list(rows.values())


def _merge_people(rows: list[dict[str, str]], project: Path) -> list[dict[str, str]]:
    """The project's people win: a PETRARCH person it lists keeps only the roles before the project's first
    date for them, under the project's name."""
    first: dict[str, tuple[str, str]] = {}  # lower-case name or alias -> (project name, earliest start)
    for row in read_tsv(project):
        for name in [row["name"], *split(row.get("aliases", ""))]:
            key = name.lower()
            known = first.get(key)
            start = row.get("start") or "0000"
            if known is None or start < known[1]:
                first[key] = (row["name"], start)
    out = []
    for row in rows:
        hit = next(
            (first[n.lower()] for n in [row["name"], *split(row["aliases"])] if n.lower() in first), None
        )
        if hit is None:
            out.append(row)
            continue
        name, earliest = hit
        if row["start"] and row["start"] < earliest:
            out.append({**row, "name": name, "aliases": "", "end": min(row["end"] or earliest, earliest)})
    return out


def _not_places(rows: list[dict[str, str]], places: Path) -> list[dict[str, str]]:
    """The agent rows whose last word is no place noun of ``places`` (``prison``, ``villages``)."""
    lines = places.read_text(encoding="utf-8").splitlines()
    nouns = {ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#")}
    nouns |= {plural(n) for n in nouns}
    return [r for r in rows if r["term"].split()[-1] not in nouns]


def _known(project: Path, columns: tuple[str, ...]) -> set[str]:
    """The lower-case names of a project table (its ``columns``, ``|``-separated)."""
    return {n.lower() for row in read_tsv(project) for c in columns for n in split(row.get(c, ""))}


def _merge_igos(rows: list[dict[str, str]], project: Path) -> list[dict[str, str]]:
    """The project's organisations win: names ``igos.tsv`` lists are dropped, and a row left without one."""
    known = _known(project, ("name", "aliases"))
    out = []
    for row in rows:
        names = [n for n in [row["name"], *split(row["aliases"])] if n.lower() not in known]
        known.update(n.lower() for n in names)
        if names:
            out.append({**row, "name": names[0], "aliases": "|".join(names[1:])})
    return out


def write_tsv(path: Path, rows: list[dict[str, str]], columns: list[str], source: str) -> None:
    lines = [
        NOTICE.format(source=source),
        "# Rebuilt by: python -m newsevents.actors.petrarch (see its docstring).",
        "\t".join(columns),
    ]
    lines += ["\t".join(row[c] for c in columns) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def convert(source: Path, target: Path) -> dict[str, int]:
    """Write ``people-history.tsv`` (the dated roles of the country and international files),
    ``groups-petrarch.tsv`` (the non-state armed groups), ``igos-petrarch.tsv`` (the international file's
    organisations) and ``roles-petrarch.tsv`` (the agent nouns) into ``target``; rows per file."""
    people = [e for name in PEOPLE_FILES for e in read_entries(source / name)]
    roles = _known(target / "roles.tsv", ("term",))
    tables = {
        "people": (
            _merge_people(people_rows(people), target / "people.tsv"),
            ["name", "aliases", "country", "sector", "role", "start", "end"],
        ),
        "groups": (
            group_rows(read_entries(source / GROUPS_FILE)),
            ["name", "aliases", "code", "country", "sector"],
        ),
        "igos": (
            _merge_igos(igo_rows(read_entries(source / PEOPLE_FILES[1])), target / "igos.tsv"),
            ["code", "name", "aliases", "sector"],
        ),
        "roles": (
            [
                r
                for r in _not_places(read_agents(source / AGENTS_FILE), target / PLACES_FILE)
                if r["term"] not in roles
            ],
            ["term", "sector", "kind", "rank"],
        ),
    }
    sources = {"people": PEOPLE_FILES, "groups": (GROUPS_FILE,), "igos": PEOPLE_FILES[1:]}
    for stem, (rows, columns) in tables.items():
        names = sources.get(stem, (AGENTS_FILE,))
        write_tsv(target / FILES[stem], rows, columns, ", ".join(names))
    return {stem: len(rows) for stem, (rows, _) in tables.items()}


if __name__ == "__main__":
    print(convert(Path(sys.argv[1]), Path(sys.argv[2])))
