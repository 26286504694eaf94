"""Long inputs: a 1 MB single line, a very long sentence, texts parsed in chunks (offsets preserved across
the cuts), texts over ``max_chars``, and a role noun repeated hundreds of times."""

from __future__ import annotations

from pathlib import Path

import newsevents
from newsevents import ingest, nlp
from newsevents.ingest import Record
from tests.robustness.conftest import check, peak_rss, time_limit

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LONG_TEXT_SECONDS = 900  # CPU seconds: a generous guard; about 130 on the development machine


def one_line() -> str:
    """The example articles as one line (about 15 kB of real news with actors, quotes, dates, places)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    return " ".join(" ".join(t.split()) for t in texts)


def megabyte_line() -> str:
    line = one_line()
    return " ".join([line] * (1_000_000 // len(line) + 1))


def test_one_megabyte_single_line_is_ingested_and_cut_at_spaces():
    text = megabyte_line()
    with time_limit():
        doc = ingest.to_document(Record("line.txt", data=text.encode("utf-8")))
    assert "\n" not in doc.text and len(doc.text) >= 1_000_000
    pieces = nlp.chunks(doc.text, 50_000)
    assert "".join(pieces) == doc.text
    assert all(p.endswith(" ") for p in pieces[:-1])  # cut between words, never inside one


def test_one_megabyte_single_line_is_coded_in_linear_time_and_bounded_memory():
    """Every stage is linear in the text (bench/long_text.py prints the times): 1 MB codes in a few
    minutes of CPU at most, where quadratic stages took hours, and the process stays under 1.5 GB."""
    with peak_rss() as memory, time_limit(LONG_TEXT_SECONDS):
        doc = newsevents.code(megabyte_line(), published="2025-09-03")
    assert memory.peak < 1_500_000_000
    check(doc)
    assert len(doc.events) > 1000


def test_a_line_parsed_in_chunks_keeps_every_offset(limits):
    limits(chunk_chars=4000)
    with time_limit():
        doc = newsevents.code(one_line(), published="2025-09-03")
    check(doc)
    assert doc.events and doc.quotes and doc.actors
    assert len(list(doc.spacy.sents)) > 10


def test_a_very_long_sentence():
    clauses = [
        "Ukraine accused Russia of shelling Kharkiv on Monday",
        "NATO urged Moscow to withdraw",
        "Hamas rejected demands from Israel",
        "the United Nations condemned the attack in Gaza",
        "China praised Pakistan for hosting talks in Islamabad",
    ]
    text = ", and ".join(clauses[i % len(clauses)] for i in range(250)) + "."  # ~1,900 words, one sentence
    with time_limit():
        doc = newsevents.code(text, published="2024-03-04")
    check(doc)
    assert doc.events


def test_text_over_max_chars_is_cut_and_the_cut_recorded(limits):
    limits(max_chars=3000)
    text = "\n\n".join([one_line()[:2000]] * 4)
    doc = newsevents.code(text, published="2025-09-03")
    check(doc)
    assert len(doc.text) <= 3000
    assert doc.errors and "3000" in doc.errors[0].message


def test_a_role_noun_repeated_hundreds_of_times():
    text = "The president said the talks would resume on Monday in Geneva. " * 160
    with time_limit(5):
        doc = newsevents.code(text, published="2024-03-04")
    check(doc)
