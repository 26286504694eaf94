"""Pairing quote marks: straight and curly, nested, long quotes over paragraphs, odd marks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsevents.quotes.marks import quoted


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in quoted(text)]


def test_straight_and_curly_marks():
    assert _texts('He said, "We will go." Then “more” came.') == ['"We will go."', "“more”"]


def test_nested_single_quotes_stay_inside_and_apostrophes_are_not_marks():
    assert _texts("“He called it ‘a disgrace’ and Trump’s plan,” she said.") == [
        "“He called it ‘a disgrace’ and Trump’s plan,”"
    ]


def test_single_marks_quote_when_no_double_marks():
    assert _texts("Stubb said Putin is 'rarely to be trusted' today.") == ["'rarely to be trusted'"]


def test_quote_over_paragraphs_with_repeated_opening_mark():
    text = "“First paragraph goes on.\n“Second one too.\n“Third ends here,” he said.\nAfter."
    assert _texts(text) == ["“First paragraph goes on.\n“Second one too.\n“Third ends here,”"]


def test_unclosed_quote_ends_with_its_paragraph():
    assert _texts('She said "this never closes\nNext paragraph.') == ['"this never closes']


@given(st.text(alphabet="ab \"“”‘’'\n.,", max_size=60))
def test_any_marks_give_spans_inside_the_text(text):
    for start, end in quoted(text):
        assert 0 <= start < end <= len(text)
