"""Hypothesis strategies for hostile news text: English sentences (so the input reaches every stage) laced
with zero-width and bidi controls, other scripts, odd line breaks, unbalanced and nested quotes and markup."""

from __future__ import annotations

from hypothesis import strategies as st

ACTORS = (
    "President Joe Biden",
    "Vladimir Putin",
    "Ukraine",
    "the United Nations",
    "Hamas",
    "Israeli forces",
    "Chinese President Xi Jinping",
    "the European Union",
    "NATO",
    "Iran's foreign minister",
    "police",
    "Hezbollah",
    "the Kremlin",
    "he",
    "she",
    "they",
    "Mr. Netanyahu",
)
VERBS = (
    "met",
    "accused",
    "attacked",
    "urged",
    "condemned",
    "agreed to talk with",
    "sanctioned",
    "visited",
    "threatened",
    "praised",
    "arrested",
    "rejected demands from",
    "said it would help",
    "shelled",
)
TAILS = (
    "",
    " on Monday",
    " in Geneva",
    " last week",
    " on March 3, 2024",
    " yesterday",
    " near Kharkiv",
    " in Gaza City on 12/05/2023",
    " at the summit in Brussels",
)
ODD = (
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u061c",
    "\u0301",
    "\u00a0",
    "\u00ad",
    "\t",
    "\r\n",
    "\r",
    "\x0b",
    "\x0c",
    "\x85",
    "\u2028",
    "\u2029",
    "\u3000",
    "שלום",
    "مرحبا بالعالم",
    "Путин",
    "習近平",
    "🇺🇦",
    "👍🏽",
    "👨‍👩‍👧",
    "e\u0301",
    "ﬁ",
    "Ⅻ",
    "\U0001d400",
    "\x1b[31m",
    "\ufffd",
    "Ã©",
    "â€™",
    "\ud7ff",
    "\U0010ffff",
)
QUOTES = (
    '"',
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "'",
    "\u00ab",
    "\u00bb",
    "\u201e",
    "\u2039",
    "\u203a",
    "``",
    "''",
    "\u300c",
    "\u300d",
)
MARKUP = (
    "<b>",
    "</b>",
    "<p>",
    "</div>",
    "<script>alert(1)</script>",
    "&amp;",
    "&nbsp;",
    "&#x202e;",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<br/>",
    "<a href='x",
    "<",
    ">",
    "&",
    "<?xml version='1.0'?>",
    "</html>",
    "<style>p{}</style>",
    "<table><tr><td>",
)
SEPARATORS = (" ", "  ", "\n", "\n\n", "\n\n\n\n", "\u2029", " \u200b ", "\r\n\r\n")

noise = st.sampled_from(ODD + QUOTES + MARKUP)


@st.composite
def sentence(draw) -> str:
    """One news sentence, maybe a quote (balanced or not, maybe nested), with noise between its words."""
    clause = (
        f"{draw(st.sampled_from(ACTORS))} {draw(st.sampled_from(VERBS))} "
        f"{draw(st.sampled_from(ACTORS))}{draw(st.sampled_from(TAILS))}"
    )
    kind = draw(st.integers(0, 3))
    if kind == 1:
        open_, close = draw(st.sampled_from(QUOTES)), draw(st.sampled_from(QUOTES + ("",)))
        clause = f"{open_}{clause}{close}, {draw(st.sampled_from(ACTORS))} said"
    elif kind == 2:
        inner = draw(st.sampled_from(QUOTES))
        clause = (
            f"{draw(st.sampled_from(ACTORS))} said: \u201c{inner}We {draw(st.sampled_from(VERBS))} "
            f"{draw(st.sampled_from(ACTORS))}{inner}, and \u2018we will \u201cnever\u201d leave"
        )
    words = clause.split(" ")
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(words)))
        words.insert(at, draw(noise))
    end = draw(st.sampled_from((".", ".", "!", "?", "", "...", ".\u201d", ";")))
    return " ".join(words) + end


@st.composite
def article(draw, min_sentences: int = 2, max_sentences: int = 12) -> str:
    """Sentences joined by odd separators."""
    parts = draw(st.lists(sentence(), min_size=min_sentences, max_size=max_sentences))
    out = parts[0]
    for part in parts[1:]:
        out += draw(st.sampled_from(SEPARATORS)) + part
    return out


@st.composite
def html_page(draw) -> str:
    """Markup around the article: unclosed, misnested, maybe no html/body at all."""
    body = "".join(
        f"<p>{p}" + draw(st.sampled_from(("</p>", "", "</div>", "</p></p>")))
        for p in draw(article()).split("\n")
        if p
    )
    head = draw(
        st.sampled_from(
            (
                "<!DOCTYPE html><html><head><title>T</title></head><body>",
                "<html><body>",
                "<div>",
                "<p>",
                "<html><head><meta charset='latin-1'>",
            )
        )
    )
    tail = draw(st.sampled_from(("</body></html>", "", "</div></div></div>", "<!-- unterminated")))
    return head + body + tail
