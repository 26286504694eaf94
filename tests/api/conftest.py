"""An app over the example store, and test clients for it."""

from __future__ import annotations

import warnings

import pytest

from tests.api.example_store import example_store


@pytest.fixture(scope="session")
def store_path(tmp_path_factory):
    return example_store(tmp_path_factory)


@pytest.fixture(scope="session")
def corpus(store_path):
    from newsevents.store import Corpus

    return Corpus(store_path, read_only=True)


@pytest.fixture(scope="session")
def make_client(store_path):
    """A test client of an app made with these Options (db: the example store unless given)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette: "use httpx2"
        from fastapi.testclient import TestClient

    from newsevents.api import Options, create_app

    def make(base_url: str = "http://testserver", **options) -> TestClient:
        return TestClient(create_app(Options(**{"db": store_path, **options})), base_url=base_url)

    return make


@pytest.fixture(scope="session")
def client(make_client):
    return make_client()


@pytest.fixture(scope="session")
def app(client):
    return client.app
