"""``to_document``: one record to a Document, or an InputError with its reason code."""

from __future__ import annotations

import pytest

from newsevents.errors import InputError
from newsevents.ingest import Record, to_document
from tests.ingest.conftest import BODY, page

GERMAN = (
    "Die Bundesregierung hat am Montag in Berlin neue Hilfen für die Ukraine beschlossen. Der Kanzler "
    "sagte, man werde die Unterstützung fortsetzen, solange es nötig sei."
)


def test_html_record_metadata_and_date_priority(fixtures):
    data = (fixtures / "article.html").read_bytes()
    doc = to_document(Record("article.html", data=data))
    article = doc.article.to_dict()
    assert article["published"] == "2024-03-14" and article["title"].startswith("Talks on grain corridor")
    assert article["dateline"] == {"place": "ISTANBUL, Turkey", "agency": "AP"}
    assert article["author"] == "Mira Kovac" and article["site"] == "The Daily Ledger"
    assert article["canonical_url"] == article["url"]
    assert article["text"].startswith("ISTANBUL, Turkey (AP) — Negotiators")
    assert to_document(Record("a.html", data=data, published="2024-03-15")).article.published == "2024-03-15"
    assert to_document(Record("a.txt", text=BODY)).article.published is None


def test_text_record_is_cleaned(fixtures):
    doc = to_document(Record("article.txt", data=(fixtures / "article.txt").read_bytes()))
    assert doc.text.endswith("calmer than at any time this month.")
    assert doc.article.meta["dateline"] == {"place": "GOMA, Congo", "agency": "Reuters"}


def test_non_english_is_refused_with_reason():
    with pytest.raises(InputError) as caught:
        to_document(Record("de.txt", text=GERMAN))
    assert caught.value.code == "unsupported_language" and "'de'" in caught.value.reason


def test_utf16_latin1_and_declared_charsets_come_out_right():
    text = "The minister’s visit to Zürich was “productive”, aides said on Monday after the talks."
    assert to_document(Record("a.txt", data=text.encode("utf-16"))).text == text
    latin = "The delegation met in Bogotá and São Paulo on Monday, aides said after the talks."
    assert to_document(Record("b.txt", data=latin.encode("latin-1"))).text == latin
    html = page(latin).replace("charset='utf-8'", "charset='iso-8859-1'")
    assert latin in to_document(Record("c.html", data=html.encode("latin-1"))).text


@pytest.mark.parametrize(
    ("record", "code"),
    [
        (Record("e.txt", data=b""), "empty"),
        (Record("s.txt", text="   \n "), "empty"),
        (Record("p.html", data=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)), "binary"),
        (Record("short.txt", text="Ok."), "empty"),
        (Record("r", error="invalid JSON: Expecting value"), "unreadable"),
    ],
)
def test_bad_records(record, code):
    with pytest.raises(InputError) as caught:
        to_document(record)
    assert caught.value.code == code and record.source in str(caught.value)


def test_too_large(monkeypatch):
    from newsevents import settings

    monkeypatch.setitem(settings._overrides, "max_input_bytes", 100)
    with pytest.raises(InputError) as caught:
        to_document(Record("big.txt", data=BODY.encode() * 2))
    assert caught.value.code == "too_large"


def test_invalid_utf8_page():
    """A UTF-8 page (it has valid multi-byte characters) with broken bytes: they are dropped. Without any
    valid one, a page declared UTF-8 that is not is re-detected (tests/robustness: a Windows-1252 page)."""
    data = page(title="Genève talks – “peace”").encode("utf-8").replace(b"Geneva on", b"Geneva\xff\xfe on")
    text = to_document(Record("x.html", data=data)).text
    assert "Negotiators from both governments met in Geneva on Thursday" in text


def test_a_plain_text_headline_is_the_title():
    from newsevents.ingest import headline

    assert headline("Talks stall in Geneva\n\nGENEVA (Wire) - Diplomats met.") == "Talks stall in Geneva"
    assert headline("Diplomats met in Geneva on Monday.\n\nThey will meet again.") is None
