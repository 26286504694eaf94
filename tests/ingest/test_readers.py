"""``read``: every input kind, chosen by content and extension, and bad input that must not stop a batch."""

from __future__ import annotations

import gzip
import io
import json
import sys

from newsevents.ingest import read, to_document
from tests.ingest.conftest import BODY, page


def _warc(path, pages, compress=True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=compress)
        for url, body, kind in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )


def _texts(records) -> list[str]:
    return [to_document(r).text for r in records]


def test_text_html_and_gzipped(fixtures, tmp_path):
    (tmp_path / "a.html.gz").write_bytes(gzip.compress((fixtures / "article.html").read_bytes()))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress((fixtures / "article.txt").read_bytes()))
    plain = list(read([str(fixtures / "article.html"), str(fixtures / "article.txt")]))
    zipped = list(read([str(tmp_path / "a.html.gz"), str(tmp_path / "b.txt.gz")]))
    assert _texts(plain) == _texts(zipped)
    assert all(r.data and not r.error for r in plain + zipped)


def test_jsonl_records_and_bad_lines(fixtures):
    records = list(read([str(fixtures / "records.jsonl")]))
    assert [r.id for r in records[:2]] == ["r1", "r2"]
    assert records[0].text and records[1].html and records[1].published == "2024-02-09"
    assert records[2].error.startswith("invalid JSON") and "neither" in records[3].error


def test_json_object_and_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": "x", "text": BODY, "title": "T"}))
    (tmp_path / "many.json").write_text(json.dumps([{"text": BODY}, {"html": page()}, 5]))
    (tmp_path / "lines.json").write_text((json.dumps({"text": BODY}) + "\n") * 2)
    (tmp_path / "broken.json").write_text('{"text": "unterminated')
    records = list(read([str(tmp_path / n) for n in ("one.json", "many.json", "lines.json", "broken.json")]))
    assert [bool(r.error) for r in records] == [False, False, False, True, False, False, True]
    assert records[0].id == "x" and records[0].title == "T" and records[2].html


def test_warc_plain_and_gzipped(tmp_path):
    pages = [
        ("https://a.example/1", page().encode(), "text/html; charset=utf-8"),
        ("https://a.example/logo.png", b"\x89PNG", "image/png"),
        ("https://a.example/2", page(BODY.replace("Geneva", "Vienna")).encode(), "text/html"),
    ]
    for name, compress in (("crawl.warc.gz", True), ("crawl.warc", False)):
        _warc(tmp_path / name, pages, compress)
        records = list(read([str(tmp_path / name)]))
        assert [r.url for r in records] == ["https://a.example/1", "https://a.example/2"]
        assert "met in Vienna" in to_document(records[1]).text


def test_warc_with_broken_record_keeps_the_good_ones(tmp_path):
    path = tmp_path / "broken.warc"
    _warc(path, [("https://a.example/1", page().encode(), "text/html")], compress=False)
    with open(path, "ab") as out:
        out.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 90000\r\n\r\nHTTP/1.1 200 OK\r\ntrunc")
    records = list(read([str(path)]))
    assert records[0].url == "https://a.example/1" and not records[0].error
    assert records[-1].error and "broken WARC record" in records[-1].error


def test_feeds(fixtures):
    rss = list(read([str(fixtures / "feed.rss")]))
    assert [r.title for r in rss] == [
        "Chile and Peru sign water-sharing accord",
        "Kenya sends police to Haiti",
    ]
    assert rss[0].published == "2024-05-15" and rss[0].url == "https://wire.example.net/chile-peru-water"
    assert rss[0].text.split("\n")[1] == "The deal ends a dispute that lasted a decade."
    atom = list(read([str(fixtures / "feed.atom")]))
    assert atom[0].published == "2024-06-01" and "Ulaanbaatar" in to_document(atom[0]).text


def test_feed_with_no_entries(tmp_path):
    (tmp_path / "empty.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'
    )
    (tmp_path / "feed.xml").write_text("<rss><channel><item>")
    records = list(read([str(tmp_path / "empty.rss"), str(tmp_path / "feed.xml")]))
    assert records[0].error.startswith("feed has no entries") and records[0].source.endswith("empty.rss")
    assert records[1].error == "feed entry has no content or summary"


def test_directory_recursive_with_include_and_exclude(fixtures, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(BODY)
    (tmp_path / "b.html").write_text(page())
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text(BODY)
    assert [r.source.rsplit("/", 1)[-1] for r in read([str(tmp_path)])] == ["b.html", "a.txt"]
    assert [r.source for r in read([str(tmp_path)], include=["*.txt"])] == [str(tmp_path / "sub" / "a.txt")]
    assert [r.source for r in read([str(tmp_path)], exclude=["sub/*"])] == [str(tmp_path / "b.html")]


def test_stdin_sniffed(monkeypatch, fixtures):
    for name, count in (("records.jsonl", 4), ("feed.rss", 2), ("article.html", 1)):
        stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO((fixtures / name).read_bytes())))
        monkeypatch.setattr(sys, "stdin", stdin)
        assert len(list(read(["-"]))) == count


def test_unreadable_and_truncated_gzip(tmp_path):
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(BODY.encode() * 50)[:60])
    records = list(read([str(tmp_path / "missing.txt"), str(tmp_path / "cut.txt.gz"), str(tmp_path)]))
    assert records[0].error.startswith("cannot read") and records[1].error.startswith("cannot read")
