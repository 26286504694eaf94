"""The Ray engine, ``newsevents ingest --engine ray``: wiring only, the work is in ``scale.shards``.

Inputs are listed on the driver (``shards.list_inputs``: local paths or any pyarrow filesystem URI), read
into records by Ray tasks (``shards.read_records``, the local engine's readers), coded by ``map_batches``
on a pool of actors that each load the spaCy model and data tables once (``shards.code_batch``, which runs
the local engine's ``store.runner.code_batch``, per-input deadline and memory ceiling included), and written
by Ray write tasks as Parquet shards of every table (``shards.write_shard``). ``newsevents load DATASET_DIR``
then deduplicates, clusters and counts over all the shards into a store (``scale.load``).

Needs the optional extra: ``pip install "newsevents[ray]"``. Nothing else in newsevents imports this.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyarrow as pa

from newsevents import settings
from newsevents.errors import InputError, NewsEventsError
from newsevents.scale import shards

try:
    import ray
    import ray.data
    from ray.data.block import BlockAccessor
    from ray.data.datasource import Datasink
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise NewsEventsError('the Ray engine needs the ray extra: pip install "newsevents[ray]"') from exc

ROWS_PER_WRITE = 50_000  # tagged rows (about 1,000 articles) per write task, so shards are not tiny
_WARM_UP = "The foreign minister of France met the Russian ambassador in Paris on Monday, officials said."


@dataclass
class Result:
    """What a Ray ingest wrote: rows per table, the dataset directory, the wall time."""

    out: str
    files: int
    workers: int
    rows: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Inputs coded per second."""
        return self.rows["inputs"] / self.seconds if self.seconds else 0.0


def run(
    paths: list[str],
    out: str,
    address: str | None = None,
    workers: int | None = None,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
) -> Result:
    """Code every input under ``paths`` on Ray into the dataset directory ``out`` (local or URI).

    Ray already initialized in this process is used as it is; else ``address`` (or ``$RAY_ADDRESS``) is
    connected to; else a local instance starts with the ``ray_object_store_mb`` and ``ray_temp_dir``
    settings. ``workers`` actors code (default: one per CPU of the cluster)."""
    files = shards.list_inputs(paths, include, exclude)
    if not files:
        raise InputError(" ".join(paths), "no input files found")
    shards.prepare(out)
    started = time.monotonic()
    owned = _init(address, workers)
    try:
        size = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        items = [{"file": index, "path": path} for index, path in enumerate(files)]
        ds = ray.data.from_items(items, override_num_blocks=max(1, min(len(items), 4 * size)))
        # Reading and writing take no CPU slot, so the coding actors can hold every one.
        ds = ds.map_batches(shards.read_records, batch_size=None, batch_format="pyarrow", num_cpus=0)
        ds = ds.map_batches(
            _Coder,
            batch_size=settings.get("batch_size"),
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=size),
        )
        ds.write_datasink(_Shards(out), ray_remote_args={"num_cpus": 0})
    finally:
        if owned:
            ray.shutdown()
    seconds = time.monotonic() - started
    manifest = shards.finish(out, {"files": len(files), "workers": size, "seconds": round(seconds, 1)})
    return Result(out, len(files), size, Counter(manifest["rows"]), seconds)


def _init(address: str | None, workers: int | None) -> bool:
    """Connect to Ray (or start a local instance); whether this call started it."""
    if ray.is_initialized():
        return False
    address = address or os.environ.get("RAY_ADDRESS")  # as `ray start` and Ray on Spark leave it
    env = {k: v for k, v in os.environ.items() if k.startswith("NEWSEVENTS_")}
    runtime_env = {"env_vars": env} if env else None
    if address:
        ray.init(address=address, runtime_env=runtime_env)
    else:
        ray.init(
            num_cpus=workers or os.cpu_count(),
            object_store_memory=settings.get("ray_object_store_mb") * 2**20,
            _temp_dir=settings.get("ray_temp_dir"),
            include_dashboard=False,
            runtime_env=runtime_env,
        )
    return True


class _Coder:
    """One coding actor: the model and data tables load once, when the actor starts."""

    def __init__(self) -> None:
        import newsevents

        newsevents.code(_WARM_UP)

    def __call__(self, batch: pa.Table) -> pa.Table:
        return shards.code_batch(batch)


class _Shards(Datasink):
    """Each write task splits its tagged rows by table into Parquet files under the dataset directory."""

    def __init__(self, out: str) -> None:
        self.out = out

    @property
    def min_rows_per_write(self) -> int:
        return ROWS_PER_WRITE

    def write(self, blocks: Iterable, ctx: object) -> dict[str, int]:
        tables = [BlockAccessor.for_block(block).to_arrow() for block in blocks]
        tables = [table for table in tables if table.num_rows]
        return shards.write_shard(pa.concat_tables(tables), self.out) if tables else {}
