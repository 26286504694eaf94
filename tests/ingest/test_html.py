"""HTML extraction: body without furniture, metadata, and the size guard."""

from __future__ import annotations

import pytest

from newsevents.errors import InputError
from newsevents.ingest import Record, to_document
from newsevents.ingest.html import extract_html
from tests.ingest.conftest import BODY, page


def test_body_and_metadata(fixtures):
    text, meta = extract_html((fixtures / "article.html").read_text(encoding="utf-8"), "article.html")
    assert text.startswith("Talks on grain corridor") or "ISTANBUL, Turkey (AP)" in text
    assert "Post a Comment" not in text and "Home" not in text
    assert meta["title"] == "Talks on grain corridor resume in Istanbul"
    assert meta["published"] == "2024-03-14"
    assert meta["author"] == "Mira Kovac"
    assert meta["site"] == "The Daily Ledger"
    assert meta["url"] == "https://ledger.example.com/world/2024/03/14/grain-corridor-talks"


def test_big_page_of_scripts_is_stripped_and_extracted():
    paragraphs = "\n".join(f"Delegation {n} arrived in Geneva on Thursday, officials said." for n in range(6))
    html = page(paragraphs, extra="<script>var menu = [1, 2, 3];</script>\n" * 520_000)
    assert len(html) > 20_000_000
    text, _ = extract_html(html, "big.html")
    assert "Delegation 0 arrived" in text and "Delegation 5 arrived" in text


def test_big_page_of_markup_is_refused():
    html = page(extra="<div><a href='/x'>link</a> <span>menu</span></div>\n" * 450_000)
    with pytest.raises(InputError) as caught:
        extract_html(html, "big.html")
    assert caught.value.code == "too_large"


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body><div>",
        page("Share this article\nFacebook | Twitter | Email\nFollow us on Twitter @ledger\nPost a Comment"),
    ],
)
def test_all_boilerplate_or_no_body(html):
    with pytest.raises(InputError) as caught:
        to_document(Record("x.html", data=html.encode()))
    assert caught.value.code == "boilerplate"


def test_truncated_and_malformed_html_still_yield_text():
    truncated = page()[: page().index("</article>")]
    assert BODY[:60] in extract_html(truncated, "t.html")[0]
    malformed = page().replace("</p>", "").replace("<article>", "<article><div><span>")
    assert BODY[:60] in extract_html(malformed, "m.html")[0]
