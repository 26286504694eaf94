"""The actor tables (``data/actors/*.tsv``), loaded once per process, and the phrase matchers over them.

The user's files in ``$NEWSEVENTS_ACTORS`` (files or folders; TSVs under any name, PETRARCH2 actor and
agent dictionaries: ``tables``) are read after the packaged ones; their rows win for the same name. People
found only in a ``people*-history.tsv`` file (PETRARCH2's dated roles) are looked up by the full name of
a PERSON entity, not phrase-matched: the matcher stays small and quick to build.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from newsevents.actors import tables
from newsevents.data import DATA_DIR, split, user_files
from newsevents.errors import DataFileError

ACTORS_DIR = DATA_DIR / "actors"
ACTORS_ENV = "NEWSEVENTS_ACTORS"
USER_SUFFIXES = {".tsv", ".txt", ".tab", ""}
# Which kind of table entry wins when one phrase names several things.
KIND_PRIORITY = {"person": 0, "group": 1, "igo": 2, "metonym": 3, "country": 4, "region": 5, "adjective": 6}
LOWER_WORDS = {
    "of",
    "the",
    "and",
    "for",
    "de",
    "al",
    "el",
    "bin",
    "van",
    "von",
    "der",
    "da",
    "du",
    "la",
    "le",
}


@dataclass(frozen=True)
class Entity:
    """A table entry a phrase can name: a country, adjective, region, IGO, metonym, group or person."""

    kind: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    since: date | None = None  # a group's code holds from this day (groups.tsv ``since``) ...
    earlier: str | None = None  # ... and this code before it ("Taliban": AFGREBTAL before 2021-08-15)

    def on(self, day: date | None) -> Entity:
        """The entry as it stood on ``day``: a group's earlier code before its ``since`` date."""
        if self.since is None or self.earlier is None or day is None or day >= self.since:
            return self
        return replace(self, code=self.earlier, sector=self.earlier[3:6] or None, since=None, earlier=None)


@dataclass(frozen=True)
class Role:
    country: str
    sector: str | None
    role: str
    start: date | None
    end: date | None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    bare_aliases: set[str] = field(default_factory=set)  # single names the table lists (lower case)
    history: bool = False  # listed only by a history table (PETRARCH2's roles, which end in the 2010s)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def role_at(self, day: date | None) -> tuple[Role | None, bool]:
        """The role held on ``day`` (the latest role when no date); flag True when it is a past role."""
        if not self.roles:
            return None, False
        if day is None:
            current = [r for r in self.roles if r.end is None] or self.roles
            return max(current, key=_role_order), False
        held = [r for r in self.roles if r.covers(day)]
        if held:
            return min(held, key=lambda r: SECTOR_ORDER.get(r.sector or "", 9)), False
        past = [r for r in self.roles if r.end is not None and r.end <= day]
        if past:
            return max(past, key=_role_order), True
        return min(self.roles, key=_role_order), True


SECTOR_ORDER = {"GOV": 0, "MIL": 1, "IGO": 2, "LEG": 3, "JUD": 4, "OPP": 5, "PTY": 6, "ELI": 8}


def _role_order(role: Role) -> date:
    return role.start or date.min


def fold(name: str) -> str:
    """A name as the history table is keyed: lower case, no accents, hyphens as spaces ("Al-Sabah")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().replace("-", " ").replace("_", " ").split())


def parse_date(value: str) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD (missing parts are the first) to a date; empty to None."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")[:3]]
    parts += [1] * (3 - len(parts))
    return date(parts[0], parts[1], parts[2])


@dataclass(frozen=True)
class RoleTerm:
    term: str
    sector: str
    kind: str
    rank: int


class Lexicon:
    """All actor tables; ``find_names`` and ``find_roles`` match them in a parsed text."""

    def __init__(self, packaged: list[tables.Table], user: list[tables.Table] = ()) -> None:
        self.entities: dict[str, list[Entity]] = {}
        self.people: dict[str, Person] = {}
        self.roles: dict[str, RoleTerm] = {}
        self.countries: dict[str, dict[str, str]] = {}
        self.adjectives: dict[str, str] = {}  # lower-case adjective/demonym -> country or region code
        self.history: dict[str, str] = {}  # folded full name -> person, for people only history lists
        self.history_only: set[str] = set()
        self._load(packaged, user=False)
        self._load(list(user), user=True)
        self.surnames: dict[str, list[Person]] = {}
        for person in self.people.values():
            if person.name not in self.history_only:
                self.surnames.setdefault(person.surname.lower(), []).append(person)
        self.initials: dict[str, list[str]] = {}  # first letter -> the surnames with it, in table order
        for surname in self.surnames:
            self.initials.setdefault(surname[:1], []).append(surname)
        self._name_matcher: PhraseMatcher | None = None
        self._role_matcher: PhraseMatcher | None = None

    # -- loading -------------------------------------------------------------------------------------
    @staticmethod
    def _of(tables: list[tables.Table], kind: str) -> list[tuple[list[dict[str, str]], bool]]:
        return [(rows, history) for k, rows, history in tables if k == kind]

    def _load(self, found: list[tables.Table], user: bool) -> None:
        for rows, _ in self._of(found, "countries"):
            for row in rows:
                code = row.get("cameo") or row["iso3"]
                self.countries[row["iso3"]] = row
                entity = Entity("country", row["name"], code, code, None)
                for name in [row["name"], *split(row.get("aliases", ""))]:
                    self._add(name, entity)
                for adjective in split(row.get("adjectives", "")):
                    self._add(adjective, Entity("adjective", adjective, code, code, None))
                    self.adjectives[adjective.lower()] = code
        for rows, _ in self._of(found, "regions"):
            for row in rows:
                entity = Entity("region", row["name"], row["code"], row["code"], None)
                for name in [row["name"], *split(row.get("aliases", ""))]:
                    self._add(name, entity)
                for adjective in split(row.get("adjectives", "")):
                    self._add(adjective, Entity("adjective", adjective, row["code"], row["code"], None))
                    self.adjectives[adjective.lower()] = row["code"]
        for rows, _ in self._of(found, "igos"):
            for row in rows:
                entity = Entity("igo", row["name"], row["code"], None, row.get("sector") or "IGO")
                for name in [row["name"], *split(row.get("aliases", ""))]:
                    self._add(name, entity)
        for rows, _ in self._of(found, "groups"):
            for row in rows:
                kind = "group"
                entity = Entity(
                    kind,
                    row["name"],
                    row["code"],
                    row.get("country") or None,
                    row.get("sector") or None,
                    parse_date(row.get("since", "")),
                    row.get("earlier") or None,
                )
                for name in [row["name"], *split(row.get("aliases", ""))]:
                    self._add(name, entity)
        for rows, _ in self._of(found, "metonyms"):
            for row in rows:
                names = split(row["name"])
                entity = Entity(
                    "metonym", names[0], row["code"], row.get("country") or None, row.get("sector") or None
                )
                for name in names:
                    self._add(name, entity)
        for rows, _ in self._of(found, "roles"):
            for row in rows:
                rank = int(row.get("rank") or 1)
                self.roles[row["term"].lower()] = RoleTerm(
                    row["term"].lower(), row["sector"], row.get("kind") or "person", rank
                )
        for rows, history in self._of(found, "people"):
            fresh: set[str] = set()
            for row in rows:
                name = row["name"]
                if history and name not in self.people:
                    self.history_only.add(name)
                elif not history:
                    self.history_only.discard(name)
                if name not in fresh and (user or name not in self.people):
                    # a user file replaces the packaged rows of the same person; packaged files add up
                    self.people[name] = Person(name)
                    fresh.add(name)
                person = self.people[name]
                for alias in split(row.get("aliases", "")):
                    if alias not in person.aliases:
                        person.aliases.append(alias)
                    if " " not in alias:
                        person.bare_aliases.add(alias.lower())
                sector = row.get("sector") or None
                person.roles.append(
                    Role(
                        row["country"],
                        sector,
                        row.get("role", ""),
                        parse_date(row.get("start", "")),
                        parse_date(row.get("end", "")),
                    )
                )
        for person in self.people.values():
            person.history = person.name in self.history_only
            if person.history:
                for name in [person.name, *person.aliases]:
                    self.history.setdefault(fold(name), person.name)
                continue
            entity = Entity("person", person.name, None, None, None)
            for name in [person.name, *person.aliases]:
                self._add(name, entity)

    def _add(self, phrase: str, entity: Entity) -> None:
        entries = self.entities.setdefault(phrase, [])
        entries[:] = [e for e in entries if e.kind != entity.kind]  # later files override earlier ones
        entries.append(entity)

    # -- matching ------------------------------------------------------------------------------------
    def _matchers(self, vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
        if self._name_matcher is None or self._name_matcher.vocab is not vocab:
            from newsevents.nlp import load

            tokenizer = load().tokenizer
            names = PhraseMatcher(vocab, attr="LOWER")
            for phrase in self.entities:
                names.add(phrase, [tokenizer(form) for form in _apostrophes(phrase)])
            roles = PhraseMatcher(vocab, attr="LOWER")
            for term in self.roles:
                forms = _apostrophes(term)
                forms += [f.capitalize() for f in forms if f.endswith(".")]  # "Sen.", one token as written
                roles.add(term, [tokenizer(form) for form in forms])
            self._name_matcher, self._role_matcher = names, roles
        return self._name_matcher, self._role_matcher

    def find_names(self, doc: Doc) -> list[tuple[Span, Entity]]:
        """Longest non-overlapping table names in the text, properly capitalized, with their entry."""
        names, _ = self._matchers(doc.vocab)
        found = []
        for key, start, end in names(doc):
            span = doc[start:end]
            if not _capitalized(span):
                continue
            entries = self.entities[doc.vocab.strings[key]]
            found.append((span, min(entries, key=lambda e: KIND_PRIORITY[e.kind])))
        return _longest(found)

    def find_roles(self, doc: Doc) -> list[tuple[Span, RoleTerm]]:
        """Longest non-overlapping role terms (president, foreign minister, troops, ...)."""
        _, roles = self._matchers(doc.vocab)
        found = [(doc[s:e], self.roles[doc.vocab.strings[k]]) for k, s, e in roles(doc)]
        return _longest(found)


def _apostrophes(phrase: str) -> list[str]:
    """A phrase as written with a straight and with a typographic apostrophe ("People’s Liberation Army")."""
    return [phrase, phrase.replace("'", "’")] if "'" in phrase else [phrase]


def _capitalized(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    if not words:
        return True
    return words[0].text[0].isupper() and all(t.text[0].isupper() or t.lower_ in LOWER_WORDS for t in words)


def _longest(found: list) -> list:
    found.sort(key=lambda item: (-(item[0].end - item[0].start), item[0].start))
    taken: set[int] = set()
    kept = []
    for span, entry in found:
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append((span, entry))
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda item: item[0].start)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The packaged tables plus the user's (``$NEWSEVENTS_ACTORS``), loaded once per process."""
    packaged = [t for kind, path in tables.packaged(ACTORS_DIR) for t in tables.read(path, kind)]
    return Lexicon(packaged, [t for path in user_paths() for t in tables.read(path)])


def describe(paths: list[Path]) -> list[str]:
    """One line per user file: what it was read as and how many rows; DataFileError for a bad one."""
    lines = []
    for path in paths:
        files = [path] if path.is_file() else user_paths_in(path)
        if not files:
            raise DataFileError(str(path), 0, "no actor files (.tsv, .txt) in this folder")
        lines += [f"actors: {file}: {tables.count(tables.read(file))}" for file in files]
    return lines


def user_paths_in(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.glob("*")) if _usable(p)]


def _usable(path: Path) -> bool:
    return path.is_file() and not path.name.startswith(".") and path.suffix.lower() in USER_SUFFIXES


def user_paths() -> list[Path]:
    """The user's actor files: each file named in ``$NEWSEVENTS_ACTORS``, and every file of a folder there."""
    return [path for path in user_files(ACTORS_ENV, "*") if _usable(path)]
