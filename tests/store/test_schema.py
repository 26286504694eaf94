import duckdb
import pytest

from newsevents.errors import StoreError
from newsevents.store.schema import MIGRATIONS, TABLES, connect, version


def test_a_new_store_gets_every_migration_once(db):
    with connect(db) as con:
        assert version(con) == len(MIGRATIONS)
        found = {
            name for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
    assert set(TABLES) | {"schema_migrations"} <= found
    with connect(db) as con:
        assert con.execute("SELECT count(*) FROM schema_migrations").fetchall() == [(len(MIGRATIONS),)]


def test_versions_are_checked(db):
    duckdb.connect(str(db)).close()
    with pytest.raises(StoreError, match="schema version 0"):
        with connect(db, read_only=True):
            pass
    with connect(db) as con:
        con.execute("INSERT INTO schema_migrations VALUES (?, now()::TIMESTAMP)", [len(MIGRATIONS) + 1])
    with pytest.raises(StoreError, match="newer"):
        with connect(db):
            pass
