"""Which actor table a file is, and its rows: the packaged TSVs by name, a user's file by its content.

A user's file (``--actors``, ``$NEWSEVENTS_ACTORS``) may have any name: a TSV is known by its header
(``iso3`` countries, ``term`` roles, ``start``/``role`` people, ...), a PETRARCH2 actor dictionary by its
``[CODE]`` entries (people and groups), a PETRARCH2 agent dictionary by its ``[~SECTOR]`` nouns (roles).
A file that is none of these, or cannot be read, raises ``DataFileError`` naming the file and the reason.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsevents.data import read_tsv
from newsevents.errors import DataFileError

TABLES = ("countries", "regions", "igos", "groups", "metonyms", "roles", "people")
HISTORY_SUFFIX = "-history"  # people files looked up by full name only (too many names for the matcher)
AGENT_LINE = re.compile(r"^[A-Z][A-Z0-9_'!.-]*(?:\s*\{[^}]*\})?\s*\[~[A-Z]{3}", re.MULTILINE)
ACTOR_CODE = re.compile(r"\[[A-Z]{3,}(?:\s+[<>]?\d{6}(?:-\d{6})?)?\s*\]")
Table = tuple[str, list[dict[str, str]], bool]  # kind, rows, looked up by full name only


def packaged(folder: Path) -> list[tuple[str, Path]]:
    """The packaged tables of a folder, by file name (``people.tsv``, ``people-history.tsv``, ...)."""
    return [(kind, path) for kind in TABLES for path in sorted(folder.glob(f"{kind}*.tsv"))]


def read(path: Path, kind: str | None = None) -> list[Table]:
    """The tables in one file: ``kind`` when given, else what the file's content says it is."""
    try:
        if kind is not None:
            return [(kind, list(read_tsv(path)), path.stem.endswith(HISTORY_SUFFIX))]
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), 0, f"cannot be read ({exc.__class__.__name__}: {exc})") from exc
    from newsevents.actors import petrarch  # the converter runs as a script too: import it on use

    header = next((ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")), "")
    if "\t" in header:
        return [(_tsv_kind(path, header), list(read_tsv(path)), path.stem.endswith(HISTORY_SUFFIX))]
    if AGENT_LINE.search(text):
        return [("roles", petrarch.read_agents(path), False)]
    if ACTOR_CODE.search(text):
        entries = petrarch.read_entries(path)
        return [
            ("groups", petrarch.group_rows(entries), False),
            ("people", petrarch.people_rows(entries), True),
        ]
    raise DataFileError(str(path), 0, "neither an actor TSV (with a header row) nor a PETRARCH dictionary")


def _tsv_kind(path: Path, header: str) -> str:
    columns = {c.strip() for c in header.split("\t")}
    named = next((kind for kind in TABLES if path.name.startswith(kind)), None)
    if named:
        return named
    if "iso3" in columns:
        return "countries"
    if "term" in columns:
        return "roles"
    if columns & {"start", "end", "role"}:
        return "people"
    if {"code", "adjectives"} <= columns:
        return "regions"
    if {"code", "country", "aliases"} <= columns:
        return "groups"
    if {"name", "code", "country"} <= columns:
        return "metonyms"
    if {"code", "name"} <= columns:
        return "igos"
    raise DataFileError(
        str(path), 1, f"header {sorted(columns)} fits no actor table (see data/actors/README.md)"
    )


def count(tables: list[Table]) -> str:
    """ "12 people rows, 3 groups rows": what a file gave."""
    return ", ".join(f"{len(rows)} {kind} rows" for kind, rows, _ in tables)
