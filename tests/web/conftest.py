"""The dashboard in Debian's chromium (Playwright), served from the example store by a uvicorn server in a
thread of this process. Skips cleanly where /usr/bin/chromium or Playwright is missing."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.api.example_store import example_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def store_path(tmp_path_factory):
    return example_store(tmp_path_factory)


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory) -> Path:
    """Where screenshots go: $NEWSEVENTS_ARTIFACTS, else artifacts/ in pytest's temporary directory."""
    path = Path(os.environ.get("NEWSEVENTS_ARTIFACTS") or tmp_path_factory.getbasetemp() / "artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def server(store_path):
    """The base URL of the app over the example store, as ``newsevents serve`` configures it."""
    yield from _serve(store_path)


@pytest.fixture(scope="session")
def empty_server(tmp_path_factory):
    """The base URL of the app over a new, empty store."""
    from newsevents.store import Corpus

    path = tmp_path_factory.mktemp("empty") / "empty.duckdb"
    Corpus(path)
    yield from _serve(path)


def _serve(path: Path):
    import uvicorn

    from newsevents.api import LOOPBACK_HOSTS, Options, create_app

    app = create_app(Options(db=path, allowed_hosts=LOOPBACK_HOSTS))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    runner = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=runner.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not runner.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    runner.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    """A fresh page at 1280x900; the test fails on any script error in it."""
    yield from _page(browser, server)


@pytest.fixture
def empty_page(browser, empty_server):
    """A fresh page on the app over an empty store."""
    yield from _page(browser, empty_server)


def _page(browser, base_url: str):
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.set_default_timeout(20_000)
    yield tab
    context.close()
    assert not errors, errors


@pytest.fixture(scope="session")
def corpus(store_path):
    from newsevents.store import Corpus

    return Corpus(store_path, read_only=True)
