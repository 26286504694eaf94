"""A corpus of hostile files through the product path (``ingest.read`` then ``code_many``): malformed and
deeply nested HTML, binary data, wrong encodings, empty, huge and truncated inputs, gzip bombs. No crash,
one answer per record, memory bounded by the size limits and time bounded by the hang guard.

The small files live in tests/fixtures/hostile/ (see its README); the large ones are generated here."""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

import pytest

import newsevents
from newsevents import ingest
from tests.robustness.conftest import check, peak_memory, time_limit

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
MB = 1_000_000
SENTENCE = "The president said the talks would resume on Monday in Geneva, officials told reporters. "
NEUTRAL = "Heavy rain fell on the hills above the valley for most of the day, and the river rose. "

# file -> the number of records coded (the others must be refused with a recorded error)
CODED = {
    "bidi-zero-width.txt": 1,
    "blank.txt": 0,
    "broken.jsonl": 3,
    "broken.rss": 1,
    "cp1252-declared-utf8.html": 1,
    "empty.txt": 0,
    "fake.html.gz": 0,
    "image.txt": 0,
    "latin1.txt": 1,
    "malformed.html": 1,
    "noise.html": 0,
    "nul.txt": 0,
    "scalar.json": 0,
    "shift-jis.txt": 0,
    "truncated.txt.gz": 0,
    "truncated.warc": 1,
    "utf16-nobom.txt": 1,
}


def code_paths(*paths: Path) -> list[newsevents.Document]:
    """Read and code like ``newsevents ingest``; every record answered, every Document checked."""
    with time_limit():
        records = list(ingest.read([str(p) for p in paths]))
        docs = list(newsevents.code_many(records))
    assert len(docs) == len(records) >= 1
    for record, doc in zip(records, docs, strict=True):
        check(doc)
        if not doc.text:
            assert [e.stage for e in doc.errors] == ["ingest"]
            assert record.source in doc.errors[0].message
    return docs


def test_every_fixture_is_listed():
    names = sorted(p.name for p in HOSTILE.iterdir() if p.name not in ("README.md", "deep.json"))
    assert names == sorted(CODED)


@pytest.mark.parametrize("name", sorted(CODED))
def test_hostile_file(name):
    docs = code_paths(HOSTILE / name)
    assert sum(1 for d in docs if d.text) == CODED[name]


def test_malformed_html_keeps_its_text():
    (doc,) = code_paths(HOSTILE / "malformed.html")
    assert "Volodymyr Zelensky" in doc.text and "take place in Vienna" in doc.text
    assert any(q.speaker is not None for q in doc.quotes)


def test_latin1_without_declaration_is_decoded():
    (doc,) = code_paths(HOSTILE / "latin1.txt")
    assert "Müller" in doc.text and "São Paulo" in doc.text


def test_cp1252_page_declared_utf8_keeps_quotes_and_accents():
    (doc,) = code_paths(HOSTILE / "cp1252-declared-utf8.html")
    assert "café" in doc.text and "\u201cWe are ready" in doc.text


@pytest.mark.parametrize("name, data", [("deep.json", None), ("deep.jsonl", b"[" * 100_000 + b"\n")])
def test_deeply_nested_json_is_a_recorded_error(tmp_path, name, data):
    path = HOSTILE / name if data is None else tmp_path / name
    if data is not None:
        path.write_bytes(data)
    (doc,) = code_paths(path)
    assert doc.errors and doc.errors[0].stage == "ingest"


def test_deeply_nested_html(tmp_path):
    """Nesting far past libxml2's depth limit (256), in blocks and in inline markup."""
    blocks = tmp_path / "blocks.html"
    blocks.write_text("<html><body>" + f"<div><p>{NEUTRAL}</p>" * 300 + "</div>" * 300 + "</body></html>")
    inline = tmp_path / "inline.html"
    inline.write_text("<html><body><p>" + "<b><i>x " * 50_000 + NEUTRAL * 4 + "</i></b>" * 50_000 + "</p>")
    huge = tmp_path / "huge.html"
    huge.write_text("<html><body>" + "<div>" * 200_000 + NEUTRAL + "</div>" * 200_000)
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 400 + f"<article><p>{SENTENCE}</p></article>" + "</div>" * 400)
    docs = code_paths(blocks, inline, huge, deep)
    assert docs[0].text.count(NEUTRAL.strip()) == 300  # nothing past level 256 is lost
    assert docs[2].errors  # over the markup limit: refused, fast
    assert not docs[3].errors and SENTENCE.strip() in docs[3].text  # not called boilerplate


def test_input_over_max_input_bytes_is_refused_in_bounded_memory(tmp_path):
    """The 50 MB input: read once, up to the limit, then refused (no decoding, no copy)."""
    from newsevents import settings

    limit = settings.get("max_input_bytes")
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        for _ in range(limit // MB + 1):
            out.write(SENTENCE.encode() * (MB // len(SENTENCE)))
    with peak_memory() as memory:
        (doc,) = code_paths(path)
    assert doc.errors and "bytes" in doc.errors[0].message
    assert memory.peak < 2.5 * limit


def test_html_over_the_markup_limit_is_refused(tmp_path):
    path = tmp_path / "big.html"
    path.write_text("<html><body>" + f"<p>{SENTENCE}</p>" * 60_000 + "</body></html>")  # 5.6 MB
    (doc,) = code_paths(path)
    assert doc.errors and "too large" in doc.errors[0].message


def bomb(path: Path, head: bytes, size: int, tail: bytes = b"") -> Path:
    """A gzip file that inflates to ``size`` bytes (head, then 'a's, then tail) from a few hundred kB:
    one compressed member of 1 MB, repeated (gzip members concatenate)."""
    member = gzip.compress(b"a" * MB, compresslevel=9)
    with path.open("wb") as out:
        out.write(gzip.compress(head))
        for _ in range(size // MB):
            out.write(member)
        out.write(gzip.compress(tail))
    return path


def test_gzip_bomb_text_is_capped(tmp_path, limits):
    """200 MB from a small .txt.gz: the reader stops at the size limit."""
    limits(max_input_bytes=5 * MB)
    path = bomb(tmp_path / "bomb.txt.gz", b"", 200 * MB)
    assert path.stat().st_size < MB
    with peak_memory() as memory:
        (doc,) = code_paths(path)
    assert doc.errors and "bytes" in doc.errors[0].message
    assert memory.peak < 3 * 5 * MB


def test_gzip_bomb_warc_is_capped(tmp_path, limits):
    """One WARC response record of 64 MB: its content is read up to the limit; the rest is skipped."""
    limits(max_input_bytes=1 * MB)
    size = 64 * MB
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    head = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/bomb\r\n"
        b"WARC-Record-ID: <urn:uuid:2>\r\nWARC-Date: 2024-03-04T00:00:00Z\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: " + str(len(http) + size).encode() + b"\r\n\r\n" + http
    )
    path = bomb(tmp_path / "bomb.warc.gz", head, size, b"\r\n\r\n")
    with peak_memory() as memory:
        docs = code_paths(path)
    assert all(d.errors for d in docs)
    assert memory.peak < 8 * MB


def test_gzip_bomb_jsonl_line_is_capped(tmp_path, limits):
    limits(max_input_bytes=1 * MB)
    path = bomb(
        tmp_path / "bomb.jsonl.gz",
        b'{"id": "bomb", "text": "',
        64 * MB,
        b'"}\n' + json.dumps({"id": "after", "text": SENTENCE * 3}).encode() + b"\n",
    )
    with peak_memory() as memory:
        docs = code_paths(path)
    assert docs[0].errors and docs[-1].text  # the line after the bomb is still coded
    assert memory.peak < 8 * MB


def test_unclosed_scripts_in_a_big_page_finish(tmp_path):
    path = tmp_path / "scripts.html"
    path.write_text("<html><body><p>" + SENTENCE * 3 + "</p>" + "<script>x" * 3000 + "a" * MB)
    with time_limit(5):
        records = list(ingest.read([str(path)]))
        docs = list(newsevents.code_many(records))
    check(docs[0])


def test_truncated_gzip_midway_is_a_recorded_error(tmp_path):
    data = gzip.compress(SENTENCE.encode() * 20_000)
    path = tmp_path / "cut.html.gz"
    path.write_bytes(data[: len(data) // 3])
    (doc,) = code_paths(path)
    assert doc.errors


def test_zlib_stream_without_gzip_header_is_refused(tmp_path):
    path = tmp_path / "raw.txt"
    path.write_bytes(zlib.compress(SENTENCE.encode() * 1000))
    (doc,) = code_paths(path)
    assert doc.errors
