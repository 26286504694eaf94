"""Coding requests against a running server (``newsevents serve``): a worst-case text does not hold up the
reads or the static files, passes its deadline into a 422, a full queue answers 503 with Retry-After, a
client that leaves has its job cancelled, and SIGTERM ends the server and its workers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.robustness.test_long_texts import one_line

DEADLINE = 8  # seconds, the server's input_seconds
SMALL = {"text": "Russian forces shelled Kharkiv on Monday, Ukraine's defence ministry said."}


def big() -> dict[str, str]:
    """About 900 kB of news on one line: minutes of coding, under the 1 MB body limit."""
    line = one_line()
    return {"text": " ".join([line] * (900_000 // len(line)))}


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


@pytest.fixture(scope="module")
def server(store_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    script = Path(sys.executable).with_name("newsevents")
    env = {**os.environ, "NEWSEVENTS_INPUT_SECONDS": str(DEADLINE), "NEWSEVENTS_API_QUEUE": "1"}
    command = [str(script), "serve", "--db", str(store_path), "--port", str(port)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            httpx.get(f"{url}/api/about")
            break
        except httpx.TransportError:
            time.sleep(0.2)
    assert httpx.post(f"{url}/api/code", json=SMALL, timeout=120).status_code == 200  # the worker is up
    yield process, url
    if process.poll() is None:
        process.kill()


def post(url: str, body: dict, out: list, timeout: float = 120) -> None:
    try:
        out.append(httpx.post(f"{url}/api/code", json=body, timeout=timeout))
    except httpx.TransportError as exc:  # a timeout, or the server going away
        out.append(exc)


def test_a_worst_case_text_holds_up_nothing(server):
    _, url = server
    slow, queued = [], []
    started = time.monotonic()
    threading.Thread(target=post, args=(url, big(), slow)).start()
    time.sleep(1.0)  # the big text is being coded
    threading.Thread(target=post, args=(url, SMALL, queued)).start()  # waits for the worker
    time.sleep(0.3)
    full = httpx.post(f"{url}/api/code", json=SMALL, timeout=10)
    assert full.status_code == 503 and int(full.headers["Retry-After"]) >= 1
    for path in ("/static/app.js", "/api/cameo", "/api/articles?per_page=5", "/api/events?per_page=5", "/"):
        before = time.monotonic()
        assert httpx.get(f"{url}{path}", timeout=10).status_code == 200
        assert time.monotonic() - before < 1.0, path
    while len(slow) + len(queued) < 2 and time.monotonic() - started < DEADLINE + 60:
        time.sleep(0.1)
    assert slow[0].status_code == 422 and slow[0].json()["code"] == "over_limit", slow[0].text
    assert queued[0].status_code == 200


def test_a_client_that_leaves_cancels_its_job(server):
    _, url = server
    left = []
    post(url, big(), left, timeout=1.5)
    assert isinstance(left[0], httpx.TimeoutException)
    started = time.monotonic()
    assert httpx.post(f"{url}/api/code", json=SMALL, timeout=60).status_code == 200
    assert time.monotonic() - started < DEADLINE - 2  # not behind the abandoned text


def test_sigterm_ends_the_server_and_its_workers(server):
    process, url = server
    workers = children(process.pid)
    assert workers
    threading.Thread(target=post, args=(url, big(), [])).start()
    time.sleep(1.0)
    process.terminate()
    assert process.wait(15) is not None
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not {pid for pid in workers if Path(f"/proc/{pid}").exists()}
