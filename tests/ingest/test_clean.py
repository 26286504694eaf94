"""Clean text: repairs, spaces, the repeated headline and debris at both ends, body kept whole."""

from __future__ import annotations

from newsevents.ingest.clean import clean_text
from newsevents.ingest.debris import is_debris

BODY = [
    "KYIV, Ukraine (AP) — Russia launched drones at the capital overnight, officials said.",
    "“We will rebuild,” the mayor said on Friday.",
    "Talks are due to resume in Istanbul next week.",
]


def test_mojibake_quotes_kept_curly_nfc_and_spaces():
    text = clean_text("The minister said, â€œWe will rebuild.â€\x9d Caf\u0065\u0301 closed.\u00a0Â Done.")
    assert text == "The minister said, “We will rebuild.” Café closed. Done."


def test_closing_quote_with_lost_byte():
    assert clean_text("“attack again,â€ he said.") == "“attack again,” he said."


def test_debris_at_both_ends_is_dropped_and_body_kept():
    text = "\n".join(
        [
            "Share this article",
            "Facebook | Twitter | Email",
            "By Jane Doe",
            *BODY,
            "Photo: Reuters/John Smith",
            "Sign up for our daily newsletter",
            "Leave a Reply",
            "Post a Comment",
        ]
    )
    assert clean_text(text) == "\n".join(BODY)


def test_headline_repeated_as_first_line_is_dropped():
    text = "Drones hit Kyiv overnight\n" + "\n".join(BODY)
    assert clean_text(text, title="Drones hit Kyiv overnight | The Ledger") == "\n".join(BODY)
    assert clean_text(text).startswith("Drones hit Kyiv")


def test_related_headlines_block_is_cut():
    text = "\n".join([*BODY, "More from World", "Ports reopen after storm", "Ministers meet in Brussels"])
    assert clean_text(text) == "\n".join(BODY)


def test_marker_followed_by_sentences_is_body():
    lines = [*BODY, "Don't miss", "The ministry said three people were injured.", "Repairs began today."]
    assert clean_text("\n".join(lines)) == "\n".join(lines)


def test_debris_lines():
    for line in (
        "Post a Comment",
        "Leave a Reply",
        "12 Comments",
        "Follow us on Twitter @ledger",
        "Read more: Talks collapse",
        "You may also like...",
        "Advertisement",
        "© 2024 Ledger Media",
        "Image credit: Getty Images",
    ):
        assert is_debris(line), line
    for line in [*BODY, "Read the statement below.", "Related talks begin in Geneva on Monday, aides said."]:
        assert not is_debris(line), line
