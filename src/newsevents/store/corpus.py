"""``Corpus``: a store of coded news in one DuckDB file, and the front door to ingest, query and export it.

Every call opens the file, does its work and closes it again, so an ingest in one process and readers in
others (the API server) take turns on the file instead of locking each other out; see docs/store.md.
Tables come back as ``pyarrow.Table`` (``.to_pandas()``, ``.to_pylist()``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from newsevents import settings
from newsevents.errors import InputError, StoreError
from newsevents.store import export, queries, runner
from newsevents.store.runner import Progress, Summary
from newsevents.store.schema import TABLES, connect

DEFAULT_PATH = "newsevents.duckdb"
# ``query`` reads the store's own tables only: no files, no other databases, no extensions, and the
# settings cannot be changed back from inside a query.
_SANDBOX = {"enable_external_access": False, "lock_configuration": True}
_READS = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}


class Corpus:
    """The store at ``path`` (created when missing unless ``read_only``). A read-only Corpus never writes
    and raises StoreError on ``ingest``, ``load`` and ``retry``."""

    def __init__(self, path: str | Path = DEFAULT_PATH, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        with connect(self.path, read_only=read_only):
            pass  # creates and migrates a writable store; checks a read-only one

    def __repr__(self) -> str:
        return f"Corpus({str(self.path)!r}, read_only={self.read_only})"

    def ingest(
        self,
        paths: str | Path | list[str | Path],
        workers: int | None = None,
        include: list[str] | None = None,
        exclude: list[str] | None = None,
        progress: Progress | None = None,
        published: str | date | None = None,
    ) -> Summary:
        """Code and store every input under ``paths`` (one path, or a list of files, directories, .gz,
        JSONL, WARC, feeds, '-'); inputs stored before are skipped, so running it again changes nothing.
        ``published`` dates the records that have no publication date of their own. A path that does not
        exist raises InputError before anything is read."""
        from newsevents.timex.normalize import user_day

        self._writable()
        listed = [str(p) for p in ([paths] if isinstance(paths, str | Path) else paths)]
        check_paths(listed)
        day = published.isoformat() if isinstance(published, date) else published
        return runner.run(
            self.path,
            listed,
            workers,
            include,
            exclude,
            progress=progress,
            published=user_day(day, "published") if day else None,
        )

    def retry(self, workers: int | None = None, progress: Progress | None = None) -> Summary:
        """Code again the inputs in the ``failures`` table, replacing what was stored of them."""
        self._writable()
        return runner.run(self.path, [], workers, retry_failures=True, progress=progress)

    def load(self, paths: list[str], progress: Progress | None = None) -> Summary:
        """Store already coded articles: contract JSON Lines, as ``newsevents code`` writes them."""
        self._writable()
        return runner.load(self.path, paths, progress)

    def query(self, sql: str, params: list[Any] | None = None) -> pa.Table:
        """The result of one SQL statement that reads the store's tables (SELECT, WITH, DESCRIBE, SHOW,
        EXPLAIN). The file is opened read-only with DuckDB's external access off: no files, no ATTACH, no
        COPY, no extensions; StoreError says what was refused. Trusted code that needs more uses
        ``connection()``."""
        _check_read(sql)
        with self._reader() as con:
            try:
                return con.sql(sql, params=params or None).to_arrow_table()
            except duckdb.PermissionException as exc:
                raise StoreError(f"query refused: it reads only the store's tables ({exc})") from exc
            except Exception as exc:  # noqa: BLE001 - DuckDB raises many kinds; all are the query's fault
                raise StoreError(f"query failed: {exc}") from exc

    @contextmanager
    def connection(self, read_only: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """A plain DuckDB connection to the store, for trusted code: every DuckDB feature (files, ATTACH,
        COPY, extensions, several statements). Writing with ``read_only=False`` bypasses the writer's
        checks (ids, clusters, ledger). Closed on exit."""
        if not read_only:
            self._writable()
        with connect(self.path, read_only=read_only) as con:
            yield con

    def events(
        self,
        *,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        root: str | int | None = None,
        modality: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> pa.Table:
        """Event reports, oldest first (see ``queries.events`` for the filters), with ``cameo_name``."""
        return _named(self.query(*queries.events(actor, since, until, root, modality, limit, offset)))

    def clusters(
        self,
        *,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        root: str | int | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> pa.Table:
        """Real-world events with their counts, newest first, with ``cameo_name``."""
        return _named(self.query(*queries.clusters(actor, since, until, root, limit, offset)))

    def dyads(self, by: str = "day", since: str | None = None, until: str | None = None) -> pa.Table:
        """Country pairs per day (or week, month, year): events, reports, mean Goldstein score."""
        return self.query(*queries.dyads(by, since, until))

    def quotes(
        self,
        *,
        speaker: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> pa.Table:
        """Quotes with speaker and article; ``speaker`` matches part of a name or a code prefix."""
        return self.query(*queries.quotes(speaker, since, until, limit, offset))

    def actors(self, limit: int | None = None, offset: int = 0) -> pa.Table:
        """Actors with the number of articles and mentions naming them."""
        return self.query(*queries.actors(limit, offset))

    def articles(self, page: int = 1, per_page: int = 50) -> pa.Table:
        """One page of articles (without their text), in the order they were stored."""
        return self.query(*queries.articles(page, per_page))

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article's contract dict, as ``newsevents.code`` returned it, rebuilt from the tables."""
        with self._reader() as con:
            return queries.article(con, article_id)

    def counts(self) -> dict[str, int]:
        """Rows in each table."""
        with self._reader() as con:
            return queries.counts(con, TABLES)

    def export(self, fmt: str, out: str | Path) -> list[Path]:
        """Write the store as parquet, csv, gdelt or plover files into the directory ``out``."""
        with connect(self.path, read_only=True) as con:
            return export.export(con, fmt, out)

    def _reader(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
        """The sandboxed read-only connection of ``query``; every read of the tables uses it, since DuckDB
        refuses, in one process, a second connection to the file with another configuration (the API
        server reads with several at once)."""
        config = {**_SANDBOX, "memory_limit": settings.get("query_memory")}
        return connect(self.path, read_only=True, config=config)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")


def _check_read(sql: str) -> None:
    """Raise StoreError unless ``sql`` is one statement that reads."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {exc}") from exc
    if len(statements) != 1:
        raise StoreError(f"query takes one SQL statement, not {len(statements)}")
    kind = statements[0].type
    if kind not in _READS:
        raise StoreError(
            f"query only reads (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN); {kind.name} is refused "
            "(trusted code: Corpus.connection())"
        )


def check_paths(paths: list[str]) -> None:
    """Raise InputError naming the first path (other than '-', standard input) that does not exist."""
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise InputError(path, "no such file or directory")


def _named(table: pa.Table) -> pa.Table:
    """The table with ``cameo_name``, the codebook's name of each code, right after ``cameo``."""
    from newsevents.events.codes import codebook

    book = codebook()
    names = [book[c].name if c in book else None for c in table.column("cameo").to_pylist()]
    at = table.column_names.index("cameo") + 1
    return table.add_column(at, pa.field("cameo_name", pa.string()), pa.array(names, pa.string()))
