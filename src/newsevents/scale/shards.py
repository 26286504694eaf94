"""Dataset shards: what the Ray engine's tasks and actors call, and the layout they write. No Ray here.

A dataset directory (local or any pyarrow filesystem URI, such as ``s3://bucket/run1``) holds
``<table>/<uuid>.parquet`` for each table of ``store.rows.ROW_TABLES``, with the store's column types
less the columns the store stamps (``seq``, ``ingested_at``, ``failed_at``), plus ``input_seq``: the
position of the row's input in the listing (file index << 32 | record index in the file), which keeps the
local engine's input order for deduplication when the shards are loaded (``scale.load``).
``_newsevents.json``, written last, marks the dataset complete and gives its row counts.

Between stages rows travel as one "tagged" Arrow table per batch (``input_seq``, ``table``, ``row`` as
JSON), because ``map_batches`` returns one table per call; the write stage splits them by table.
"""

from __future__ import annotations

import functools
import io
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from newsevents import settings
from newsevents.errors import InputError, StoreError
from newsevents.ingest import Record, readers
from newsevents.store import runner
from newsevents.store.rows import ROW_TABLES, Rows, empty

SEQ = "input_seq"
MANIFEST = "_newsevents.json"
RECORD_FIELDS = ("source", "id", "text", "html", "data", "published", "url", "title", "error")
RECORDS = pa.schema(
    [(SEQ, pa.int64()), *((f, pa.binary() if f == "data" else pa.string()) for f in RECORD_FIELDS)]
)
TAGGED = pa.schema([(SEQ, pa.int64()), ("table", pa.string()), ("row", pa.string())])
_STAMPS = {"seq", "ingested_at", "failed_at"}
_RECORDS_PER_BLOCK = 256


def filesystem(path: str) -> tuple[pafs.FileSystem, str]:
    """The filesystem of a local path or URI, and the path within it."""
    if "://" in path:
        return pafs.FileSystem.from_uri(path)
    return pafs.LocalFileSystem(), os.path.abspath(path)


@functools.cache
def schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of each table's shards, derived from the store's own migrations."""
    import duckdb

    from newsevents.store.schema import migrate

    con = duckdb.connect()
    try:
        migrate(con)
        out = {}
        for table in ROW_TABLES:
            found = con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            fields = [pa.field(f.name, f.type) for f in found if f.name not in _STAMPS]
            out[table] = pa.schema([pa.field(SEQ, pa.int64()), *fields])
        return out
    finally:
        con.close()


def list_inputs(
    paths: list[str], include: list[str] | None = None, exclude: list[str] | None = None
) -> list[str]:
    """The input files under ``paths``, in the order the local engine reads them; a path may be a
    filesystem URI (``s3://bucket/prefix``), listed with pyarrow under the same rules."""
    files: list[str] = []
    for path in paths:
        if path == "-":
            raise InputError(path, "the Ray engine cannot read stdin; give files or directories")
        if "://" in path:
            files.extend(_list_uri(path, include, exclude))
        elif Path(path).is_dir():
            files.extend(str(file) for file in readers.walk(Path(path), include, exclude))
        else:
            files.append(path)
    return files


def _list_uri(uri: str, include: list[str] | None, exclude: list[str] | None) -> Iterator[str]:
    fs, root = pafs.FileSystem.from_uri(uri)
    scheme = uri.split("://", 1)[0]
    if fs.get_file_info(root).type == pafs.FileType.File:
        yield uri
        return
    for info in sorted(fs.get_file_info(pafs.FileSelector(root, recursive=True)), key=lambda i: i.path):
        relative = info.path[len(root.rstrip("/")) + 1 :]
        if info.type == pafs.FileType.File and readers.wanted(relative, include, exclude):
            yield f"{scheme}://{info.path}"


def read_records(files: pa.Table) -> Iterator[pa.Table]:
    """Records of the listed files (columns ``file`` and ``path``) as Arrow tables of ``RECORDS``,
    read by the local engine's readers."""
    chunk: list[dict] = []
    for index, path in zip(files["file"].to_pylist(), files["path"].to_pylist(), strict=True):
        for number, record in enumerate(_read_file(path)):
            chunk.append({SEQ: (index << 32) | number, **{f: getattr(record, f) for f in RECORD_FIELDS}})
            if len(chunk) >= _RECORDS_PER_BLOCK:
                yield pa.Table.from_pylist(chunk, schema=RECORDS)
                chunk = []
    if chunk:
        yield pa.Table.from_pylist(chunk, schema=RECORDS)


def _read_file(path: str) -> Iterator[Record]:
    if "://" not in path:
        yield from readers.read_file(Path(path))
        return
    fs, inner = pafs.FileSystem.from_uri(path)
    try:
        stream = fs.open_input_stream(inner)
    except OSError as exc:
        yield Record(path, error=f"cannot read: {exc}")
        return
    with stream:
        yield from readers.read_stream(io.BufferedReader(stream), path, path.rsplit("/", 1)[-1].lower())


def code_batch(batch: pa.Table) -> pa.Table:
    """Code a batch of ``RECORDS`` as the local engine does (``store.runner.code_batch``: tasks of
    ``task_inputs`` within the per-input limits, an input past them a failure row naming the limit) and
    return its rows tagged with their table and input position."""
    found = batch.to_pylist()
    records = [Record(**{f: row[f] for f in RECORD_FIELDS}) for row in found]
    coded = empty()
    for task in runner.chunks(records, settings.get("task_inputs")):
        for table, rows in runner.code_batch(task).items():
            coded[table].extend(rows)
    return tag([row[SEQ] for row in found], records, coded)


def tag(seqs: list[int], records: list[Record], coded: Rows) -> pa.Table:
    """The rows of a coded batch as one ``TAGGED`` table; ``coded["inputs"]`` is in record order."""
    by_source: dict[str, int] = {}
    by_article: dict[str, int] = {}
    for seq, record, row in zip(seqs, records, coded["inputs"], strict=True):
        by_source.setdefault(record.source, seq)
        if row["article_id"] is not None:
            by_article.setdefault(row["article_id"], seq)
    out: dict[str, list] = {SEQ: [], "table": [], "row": []}
    for table, found in coded.items():
        for number, row in enumerate(found):
            if table == "inputs":
                seq = seqs[number]
            elif table == "failures":
                seq = by_source[row["source"]]
            else:
                seq = by_article[row["id" if table == "articles" else "article_id"]]
            out[SEQ].append(seq)
            out["table"].append(table)
            out["row"].append(json.dumps(row))
    return pa.table(out, schema=TAGGED)


def write_shard(tagged: pa.Table, out: str) -> dict[str, int]:
    """Write tagged rows as one Parquet file per table under ``out``; the rows written per table."""
    fs, root = filesystem(out)
    by_table: dict[str, list[dict]] = {}
    for seq, table, row in zip(*(tagged[c].to_pylist() for c in TAGGED.names), strict=True):
        by_table.setdefault(table, []).append({SEQ: seq, **json.loads(row)})
    name = f"{uuid.uuid4().hex}.parquet"
    for table, found in by_table.items():
        fs.create_dir(f"{root}/{table}", recursive=True)
        pq.write_table(typed(table, found), f"{root}/{table}/{name}", filesystem=fs)
    return {table: len(found) for table, found in by_table.items()}


def typed(table: str, rows: Iterable[dict]) -> pa.Table:
    """Rows of one table as Arrow with the shard schema; a column the store lacks raises StoreError."""
    schema = schemas()[table]
    raw = pa.Table.from_pylist(list(rows))
    unknown = set(raw.column_names) - set(schema.names)
    if unknown:
        raise StoreError(f"table {table}: no such columns in the store: {sorted(unknown)}")
    arrays = [
        raw[f.name].cast(f.type) if f.name in raw.column_names else pa.nulls(raw.num_rows, f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def prepare(out: str) -> None:
    """Create the dataset directory; one that holds files already is refused (no mixing of runs)."""
    fs, root = filesystem(out)
    info = fs.get_file_info(root)
    if info.type == pafs.FileType.File or (
        info.type == pafs.FileType.Directory and fs.get_file_info(pafs.FileSelector(root))
    ):
        raise StoreError(f"{out}: exists and is not an empty directory; give a new --out")
    fs.create_dir(root, recursive=True)


def dataset(out: str, table: str) -> pads.Dataset:
    """One table of a dataset directory (empty when no shard holds a row of it)."""
    fs, root = filesystem(out)
    if fs.get_file_info(f"{root}/{table}").type != pafs.FileType.Directory:
        return pads.dataset(schemas()[table].empty_table())
    return pads.dataset(f"{root}/{table}", schema=schemas()[table], format="parquet", filesystem=fs)


def finish(out: str, meta: dict) -> dict:
    """Count the rows of every table and write the manifest that marks the dataset complete."""
    fs, root = filesystem(out)
    manifest = {"format": 1, **meta, "rows": {t: dataset(out, t).count_rows() for t in ROW_TABLES}}
    with fs.open_output_stream(f"{root}/{MANIFEST}") as stream:
        stream.write(json.dumps(manifest, indent=2).encode("utf-8"))
    return manifest


def manifest(out: str) -> dict:
    """The manifest of a complete dataset; StoreError when there is none."""
    fs, root = filesystem(out)
    try:
        with fs.open_input_stream(f"{root}/{MANIFEST}") as stream:
            return json.loads(stream.read())
    except (OSError, ValueError) as exc:
        raise StoreError(f"{out}: not a complete newsevents dataset (no readable {MANIFEST})") from exc


def is_dataset(path: str) -> bool:
    """Whether ``path`` is a dataset directory (it has a manifest)."""
    fs, root = filesystem(path)
    return fs.get_file_info(f"{root}/{MANIFEST}").type == pafs.FileType.File
