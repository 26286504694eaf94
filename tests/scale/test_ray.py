"""The Ray engine against the local engine: the example corpus, plus every 30th page (7 of 181) of
../shared's scrapinghub benchmark when present, must give the same rows in every table. The sample is
small because the engines' equality, not the corpus's size, is the point (a minute on 2 CPUs with Ray's
start). It runs a local Ray instance (2 CPUs, a 200 MB object store, no
dashboard) and is skipped when ray is not installed."""

import shutil
import subprocess
import sys
import tempfile

import pytest
from typer.testing import CliRunner

import newsevents.cli.store  # noqa: F401 - registers the commands
from newsevents.cli import app
from newsevents.store import Corpus
from newsevents.store.schema import TABLES
from tests.conftest import EXAMPLES, SHARED
from tests.scale.conftest import table_rows

PAGES = SHARED / "data" / "html" / "scrapinghub-aeb" / "html"
CORE = "newsevents, newsevents.store, newsevents.scale, newsevents.cli.store, newsevents.cli.code"


def test_the_core_never_imports_ray():
    code = f"import sys, {CORE}; assert 'ray' not in sys.modules, 'ray imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_without_the_extra_the_engine_says_what_to_install(tmp_path):
    argv = ["newsevents", "ingest", str(EXAMPLES), "--engine", "ray", "--out", str(tmp_path)]
    code = (
        f"import sys; sys.modules['ray'] = None; from newsevents.cli import main; sys.argv = {argv!r}; main()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 1 and 'pip install "newsevents[ray]"' in done.stderr


@pytest.fixture(scope="module")
def local_ray():
    ray = pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    temp = tempfile.mkdtemp(prefix="ray_", dir="/tmp")  # short: Ray's socket paths are limited
    ray.init(
        num_cpus=2,
        object_store_memory=200 * 2**20,
        include_dashboard=False,
        _temp_dir=temp,
        log_to_driver=False,
    )
    try:
        yield
    finally:
        ray.shutdown()
        shutil.rmtree(temp, ignore_errors=True)


def test_ray_engine_equals_local_engine(local_ray, tmp_path):
    paths = [str(EXAMPLES)] + ([str(p) for p in sorted(PAGES.iterdir())[::30]] if PAGES.is_dir() else [])
    out, ray_db, local_db = tmp_path / "dataset", tmp_path / "ray.duckdb", tmp_path / "local.duckdb"
    runner = CliRunner()
    coded = runner.invoke(app, ["ingest", *paths, "--engine", "ray", "--workers", "2", "--out", str(out)])
    assert coded.exit_code == 0, coded.output
    loaded = runner.invoke(app, ["load", str(out), "--db", str(ray_db)])
    assert loaded.exit_code == 0, loaded.output
    Corpus(local_db).ingest(paths, workers=1)
    for table in TABLES:
        expected = table_rows(local_db, table)
        assert expected or table == "failures", f"{table}: nothing to compare"
        assert table_rows(ray_db, table) == expected, table
