"""Property-based tests of the front doors (``code``, ``code_many``) and of ingest: whatever the input, the
answer is a contract-valid Document whose every offset slices ``article.text``, or an ``InputError`` (a
recorded error in ``code_many``), within the hang guard."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsevents
from newsevents import ingest, nlp
from newsevents.errors import InputError
from newsevents.ingest import Record
from tests.robustness.conftest import check, examples, time_limit
from tests.robustness.strategies import article, html_page

NEWS = "Ukraine accused Russia of shelling Kharkiv on Monday, officials said."


def code_or_refuse(text: str | bytes, **meta) -> newsevents.Document | None:
    with time_limit():
        try:
            doc = newsevents.code(text, **meta)
        except InputError as exc:
            assert exc.code and exc.reason
            return None
    check(doc)
    return doc


@examples(12)
@given(article())
def test_code_english_laced_with_hostile_characters(text):
    code_or_refuse(text, published="2024-03-04")


@examples(8)
@given(st.text(max_size=3000))
def test_code_random_unicode(text):
    code_or_refuse(text)


@examples(8)
@given(st.binary(max_size=3000))
def test_code_random_bytes(data):
    code_or_refuse(data)


@examples(8)
@given(html_page())
def test_code_markup_fragments(html):
    code_or_refuse(html.encode("utf-8"), url="https://example.org/a")


@examples(6)
@given(article(), st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "utf-8-sig", "gb18030"]))
def test_code_the_same_article_in_other_encodings(text, encoding):
    code_or_refuse(text.encode(encoding, errors="replace"))


record_fields = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(st.text(max_size=400), article(1, 3)),
        "html": st.one_of(st.text(max_size=400), html_page()),
        "data": st.binary(max_size=400),
        # a date that is not one is set to null, with an ingest error: see test_published_must_be_a_date
        "published": st.one_of(st.none(), st.just("2024-03-04"), st.just("2024-02-30T25:00")),
        "title": st.one_of(st.none(), st.text(max_size=50)),
        "url": st.one_of(st.none(), st.text(max_size=30)),
        "id": st.one_of(st.none(), st.text(min_size=1, max_size=10)),
        "error": st.one_of(st.none(), st.just("cannot read: boom")),
    },
)


@examples(40)
@given(record_fields)
def test_ingest_gives_a_document_or_an_input_error(fields):
    record = Record("<record>", **fields)
    with time_limit():
        try:
            doc = ingest.to_document(record)
        except InputError:
            return
    assert isinstance(doc.text, str) and doc.text.strip()
    assert doc.text == doc.text.strip()


@examples(4)
@given(st.lists(record_fields, min_size=1, max_size=6))
def test_code_many_answers_every_record_in_order(many):
    records = [Record(f"<record {i}>", **fields) for i, fields in enumerate(many)]
    with time_limit():
        docs = list(newsevents.code_many(records, batch_size=2))
    assert len(docs) == len(records)
    for record, doc in zip(records, docs, strict=True):
        if doc.errors and doc.errors[0].stage == "ingest":  # refused, or kept with a note (a bad date)
            assert record.source in doc.errors[0].message
        if not doc.text:
            assert doc.errors[0].stage == "ingest" and doc.article.id == (record.id or record.source)
        check(doc)


@examples(60)
@given(st.text(max_size=3000), st.integers(min_value=2, max_value=500))
def test_chunks_cover_the_text_exactly(text, size):
    pieces = nlp.chunks(text, size)
    assert "".join(pieces) == text
    assert all(len(piece) <= size for piece in pieces)
    assert all(pieces[:-1])


@examples(6)
@given(article(6, 20), st.integers(min_value=40, max_value=400))
def test_chunked_parse_keeps_every_offset(limits, text, size):
    limits(chunk_chars=size)
    with time_limit():
        (parsed,) = nlp.parse_many([text])
    assert parsed.text == text
    for token in parsed:
        assert text[token.idx : token.idx + len(token.text)] == token.text


@examples(4)
@given(article(8, 20))
def test_code_chunked_keeps_every_offset(limits, text):
    limits(chunk_chars=300)
    code_or_refuse(text, published="2024-03-04")


@pytest.mark.parametrize(
    "published, text",
    [
        ("yesterday", NEWS),
        ("Mon, 04 Mar 2024 10:00:00 GMT", NEWS),
        ("yesterday", ""),  # refused by ingest: the failed Document of code_many
    ],
)
def test_published_must_be_a_date(published, text):
    (doc,) = newsevents.code_many([Record("<record>", text=text, published=published)])
    check(doc)
