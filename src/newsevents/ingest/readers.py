"""Readers: paths (files, directories, '-' for stdin) to Records, the format chosen by content and extension.

Formats: plain text and HTML (also gzipped), JSON and JSON Lines records, WARC (warcio), RSS/Atom feeds
(feedparser).
A reader that fails yields a Record whose ``error`` says why, and the batch goes on.
"""

from __future__ import annotations

import fnmatch
import gzip
import io
import os
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsevents import settings
from newsevents.ingest.formats import read_feed, read_json, read_jsonl, read_warc
from newsevents.ingest.record import Record

SUFFIXES = (
    ".txt",
    ".text",
    ".htm",
    ".html",
    ".xhtml",
    ".json",
    ".jsonl",
    ".ndjson",
    ".warc",
    ".xml",
    ".rss",
    ".atom",
)
_FEED = re.compile(rb"^(\xef\xbb\xbf)?\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S)
_READ_ERRORS = (OSError, EOFError, zlib.error)


def read(
    paths: list[str], include: list[str] | None = None, exclude: list[str] | None = None
) -> Iterator[Record]:
    """Records from every path: a file, a directory (recursively; ``include``/``exclude`` are glob patterns
    on the path below it or the file name) or '-' for stdin."""
    for path in paths:
        if path == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", "")
        elif Path(path).is_dir():
            for file, problem in tree(Path(path), include, exclude):
                if problem:
                    yield Record(str(file), error=problem)
                else:
                    yield from read_file(file)
        else:
            yield from read_file(Path(path))


def walk(root: Path, include: list[str] | None, exclude: list[str] | None) -> Iterator[Path]:
    """The files under a directory that ``wanted`` keeps, in path order (see ``tree``)."""
    return (path for path, problem in tree(root, include, exclude) if problem is None)


def tree(
    root: Path, include: list[str] | None, exclude: list[str] | None
) -> Iterator[tuple[Path, str | None]]:
    """Each file under a directory that ``wanted`` keeps, in path order, with the reason it cannot be read
    (else None): a sub-directory that cannot be listed, a symbolic link that leads out of ``root`` (followed
    only with the setting ``follow_links``, ``ingest --follow-links``), anything but a regular file."""
    follow = bool(settings.get("follow_links"))
    inside = root.resolve()
    found: list[tuple[Path, str | None]] = []

    def unlisted(exc: OSError) -> None:
        found.append((Path(exc.filename), f"cannot list the directory: {exc.strerror or exc}"))

    for top, dirs, files in os.walk(root, onerror=unlisted, followlinks=follow):
        dirs[:] = [name for name in dirs if not name.startswith(".")]  # hidden: never wanted
        links = [name for name in dirs if os.path.islink(os.path.join(top, name))]
        for name in [*files, *([] if follow else links)]:
            path = Path(top, name)
            if name in links or wanted("/".join(path.relative_to(root).parts), include, exclude):
                found.append((path, _problem(path, inside, follow)))
    found = [(path, problem) for path, problem in found if problem != ""]
    return iter(sorted(found))


def _problem(path: Path, root: Path, follow: bool) -> str | None:
    """Why ``path`` is not read: None when it is read, "" when it is left out without a word (a link to a
    directory inside ``root``, walked already)."""
    target = path.resolve()
    if not follow and path.is_symlink() and not target.is_relative_to(root):
        return f"a symbolic link out of the folder, to {target} (ingest --follow-links to read it)"
    if path.is_dir():
        return ""
    if not path.is_file():
        return "cannot read: " + ("a broken link" if path.is_symlink() else "not a regular file")
    return None


def wanted(relative: str, include: list[str] | None, exclude: list[str] | None) -> bool:
    """The rule for a file under a directory (path relative to it, '/'-separated): no hidden parts; with no
    ``include``, only known input suffixes; never an ``exclude`` match."""
    if any(part.startswith(".") for part in relative.split("/")):
        return False
    if include is None and not _stem(relative.rsplit("/", 1)[-1]).endswith(SUFFIXES):
        return False
    if include is not None and not _matches(relative, include):
        return False
    return not (exclude and _matches(relative, exclude))


def _matches(relative: str, patterns: list[str]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(name, p) for p in patterns)


def read_file(path: Path) -> Iterator[Record]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Record(str(path), error=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        yield from read_stream(handle, str(path), path.name.lower())


def read_stream(stream: BinaryIO, source: str, name: str) -> Iterator[Record]:
    """Records from one byte stream: sniff the (decompressed) head, then hand it to its format's reader."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    try:
        zipped = stream.peek(2)[:2] == b"\x1f\x8b"
        inner = gzip.GzipFile(fileobj=stream) if zipped else stream
        head = inner.peek(4096)[:4096]
    except _READ_ERRORS as exc:
        yield Record(source, error=f"cannot read: {exc}")
        return
    kind = sniff(_stem(name), head)
    if kind == "warc":
        yield from read_warc(inner, source)
        return
    if kind == "jsonl":
        yield from read_jsonl(inner, source)
        return
    try:
        data = inner.read(settings.get("max_input_bytes") + 1)
    except _READ_ERRORS as exc:
        yield Record(source, error=f"cannot read: {exc}")
        return
    if kind == "json":
        yield from read_json(data, source)
    elif kind == "feed":
        yield from read_feed(data, source)
    else:
        yield Record(source, data=data)


def sniff(name: str, head: bytes) -> str:
    """The format of an input from its name (without .gz) and first bytes: warc, jsonl, json, feed or raw
    (text or HTML, told apart when decoded)."""
    start = head.lstrip()[:1]
    if head.startswith(b"WARC/") or name.endswith(".warc"):
        return "warc"
    if name.endswith((".jsonl", ".ndjson")) or (start == b"{" and not name.endswith(".json")):
        return "jsonl"
    if name.endswith(".json") or start == b"[":
        return "json"
    if name.endswith((".rss", ".atom")) or _FEED.match(head):
        return "feed"
    return "raw"


def _stem(name: str) -> str:
    return name[:-3] if name.endswith(".gz") else name
