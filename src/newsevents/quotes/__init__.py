"""Quotes: who said what, as direct, partial and indirect speech, tied to the actors who said it.

``extract(doc)`` joins two readings: quote marks (``marks``) and reporting cues (``cues``). A cue's content
grows to cover the quotes it overlaps; a quote no cue reaches takes the speaker of a cue in its sentence,
of the clause before a colon, or of the last quote of its paragraph. Quoted words inside a reported clause
are also kept as partial quotes. The speaker is the actor the source words stand for (``speakers``: through
the actors stage's mentions and coreference, so "he" and "the spokesman" are the person they name), or an
actor-less mention of the source phrase with the reason it has no actor.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from newsevents.document import Document, Mention, Quote, Span
from newsevents.quotes import cues, layout, marks, speakers
from newsevents.quotes.cues import Reported

__all__ = ["extract"]
TITLE_WORDS = {"the", "of", "and", "a", "an", "in", "on", "for", "to", "with"}
NESTED_WINDOW = 50  # attributions either side that may hold another's cue: bounds the work on long texts


class _Spans:
    """The quoted spans (in text order, disjoint), searched by halving: long texts have thousands."""

    def __init__(self, quoted: list[tuple[int, int]]) -> None:
        self.spans = sorted(quoted)
        self.starts = [a for a, _ in self.spans]
        self.ends = [b for _, b in self.spans]

    def around(self, index: int) -> bool:
        """A span holds ``index`` strictly inside it."""
        at = bisect.bisect_left(self.starts, index) - 1
        return at >= 0 and index < self.ends[at]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        return self.spans[bisect.bisect_right(self.ends, start) : bisect.bisect_left(self.starts, end)]


def extract(doc: Document) -> Document:
    """Find every quote of the parsed, actor-resolved document."""
    parse: Doc = doc.spacy
    quoted = marks.quoted(doc.text)
    found = cues.find(parse, doc.text, quoted) + layout.led(parse, doc.text)
    spans = _Spans(quoted)
    reported = [r for r in found if not spans.around(r.cue[0].idx)]
    reported.sort(key=lambda r: r.start)
    reported = _outermost(reported)
    out: list[Quote] = []
    reached: set[tuple[int, int]] = set()
    for item in reported:
        inside = spans.overlapping(item.start, item.end)
        start, end = _clip(
            item, min([item.start, *(q[0] for q in inside)]), max([item.end, *(q[1] for q in inside)]), inside
        )
        reached.update(inside)
        speaker, cue = speakers.resolve(doc, item.source), _cue(doc.text, item.cue)
        direct = len(inside) == 1 and _trim(doc.text, *inside[0]) == _trim(doc.text, start, end)
        out.append(_quote(doc.text, start, end, "direct" if direct else "indirect", speaker, cue))
        if not direct:
            out.extend(_quote(doc.text, a, b, "partial", speaker, cue) for a, b in inside)
    for start, end in quoted:
        if (start, end) not in reached:
            quote = _unreached(doc, parse, start, end, reported, out)
            if quote is not None:
                out.append(quote)
    doc.quotes = _joined(doc.text, sorted(out, key=lambda q: (q.start, -q.end)))
    return doc


def _clip(item: Reported, start: int, end: int, inside: list[tuple[int, int]]) -> tuple[int, int]:
    """A content never holds its own cue or source: cut it at the quote beside them."""
    if not inside:
        return start, end
    marks_at = [t.idx for t in item.cue] + ([item.source.idx] if item.source is not None else [])
    first, last = min(q[0] for q in inside), max(q[1] for q in inside)
    if any(last <= m < end for m in marks_at):
        end = last
    if any(start <= m < first for m in marks_at):
        start = first
    return start, end


def _joined(text: str, quotes: list[Quote]) -> list[Quote]:
    """One utterance split by its cue ("“I feel bad,” she said. “I don’t see him ...”") or by a sentence
    break is one quote, as a reader takes it; quotes inside another are left as they are."""
    out: list[Quote] = []
    outer: Quote | None = None
    for quote in quotes:
        if outer is not None and quote.end <= outer.end:
            out.append(quote)
            continue
        if (
            outer is not None
            and quote.kind != "partial"
            and outer.kind != "partial"
            and _joinable(text, outer, quote)
        ):
            joined = _quote(text, outer.start, quote.end, outer.kind, outer.speaker, outer.cue)
            out[out.index(outer)] = joined
            outer = joined
            continue
        out.append(quote)
        outer = quote
    return out


def _joinable(text: str, first: Quote, second: Quote) -> bool:
    gap = text[first.end : second.start]
    if "\n" in gap or second.start < first.end or first.speaker is None:
        return False
    same = _same_speaker(first.speaker, second.speaker) or (
        second.cue is not None and first.cue is not None and second.cue.start == first.cue.start
    )
    if not gap.strip(" ,.;:—–-"):
        return same
    return same and first.cue is not None and first.end <= first.cue.start < second.start and len(gap) < 80


def _outermost(reported: list[Reported]) -> list[Reported]:
    """Drop attributions whose cue lies in another's content ("said that Putin told him ..."), but keep a
    cue of the same speaker as a sibling, cutting the first content before it ("said X, adding that Y")."""
    kept = []
    for number, item in enumerate(reported):
        near = reported[max(0, number - NESTED_WINDOW) : number + NESTED_WINDOW]  # bounded on long texts
        outer = [o for o in near if o is not item and o.start <= item.cue[0].idx < o.end]
        if not outer:
            kept.append(item)
        elif all(o.cue[0].i < item.cue[0].i for o in outer) and (_borrows_subject(item.cue[0])):
            kept.append(item)
            for o in outer:
                o.end = min(o.end, item.cue[0].idx)
            item.source = outer[-1].source
    return kept


def _same_token(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i


def _same_speaker(a: Mention | None, b: Mention | None) -> bool:
    """The same source words: one actor's quotes under different cues stay apart, as annotators keep them."""
    if a is None or b is None:
        return False
    return (a.start, a.end) == (b.start, b.end)


def _borrows_subject(cue: Token) -> bool:
    """ "..., adding that ...": a participle or coordinated cue with no subject of its own."""
    return cue.dep_ in ("advcl", "conj") and not any(c.dep_ in cues.SUBJECTS for c in cue.children)


def _unreached(
    doc: Document, parse: Doc, start: int, end: int, reported: list[Reported], out: list[Quote]
) -> Quote | None:
    """A quote no cue's content reached: a cue in its sentence, a clause before a colon, or the paragraph."""
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if _title(span):
        return None
    kind = "partial" if _partial(span) else "direct"
    text = doc.text
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end) % (len(text) + 1)
    going_on = [
        q for q in out if first <= q.start and q.end <= start and q.cue and q.end <= q.cue.start < start
    ]
    if going_on:
        previous = max(going_on, key=lambda q: q.end)
        gap = text[previous.end : start].strip()
        if len(gap) < 80 and gap.endswith((".", ",", ":")) and previous.kind != "partial":
            return _quote(text, start, end, kind, previous.speaker, previous.cue)
    words = [t for t in span if not (t.is_punct or t.is_space)] or list(span)
    sentences = {words[0].sent.start, words[-1].sent.start}
    near = [
        r
        for r in reported
        if r.cue[0].sent.start in sentences
        and first <= r.cue[0].idx < last
        and not start <= r.cue[0].idx < end
    ]
    if near:
        item = min(near, key=lambda r: min(abs(r.cue[0].idx - start), abs(r.cue[0].idx - end)))
        return _quote(text, start, end, kind, speakers.resolve(doc, item.source), _cue(text, item.cue))
    verb = _beside(span) if kind == "direct" else None
    if verb is not None:
        return _quote(text, start, end, kind, speakers.resolve(doc, cues.subject(verb)), _cue(text, [verb]))
    before = doc.text[:start].rstrip()
    if before.endswith(":") and span[0].i > span[0].sent.start:
        verb = parse.char_span(len(before) - 1, len(before), alignment_mode="expand")
        verb = verb.root.head if verb is not None else None
        if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.i < span[0].i:
            return _quote(
                doc.text, start, end, kind, speakers.resolve(doc, cues.subject(verb)), _cue(doc.text, [verb])
            )
    if kind == "partial":
        return None
    paragraph = doc.text.rfind("\n", 0, start)
    previous = doc.text.rfind("\n", 0, max(paragraph, 0))
    same = paragraph if doc.text[paragraph + 1 : start].strip() else previous
    earlier = [q for q in out if same < q.start < start and q.speaker is not None]
    if earlier:
        return _quote(doc.text, start, end, kind, max(earlier, key=lambda q: q.start).speaker, None)
    return None


def _beside(span) -> Token | None:
    """A verb with a speaker right beside a quote introduces it: "She responded, “...”", "He declared:" and a
    quote opening the next paragraph, "“...” the crowd chanted", "“...” reacted Trump"."""
    doc = span.doc
    before = span.start - 1
    while before >= 0 and (doc[before].is_punct or doc[before].is_space) and doc[before].text != ".":
        before -= 1
    gap = "".join(t.text_with_ws for t in doc[max(before, 0) : span.start])
    if (
        before >= 0
        and doc[before].pos_ == "VERB"
        and ("\n" not in gap or gap.lstrip().startswith(":"))
        and cues.subject(doc[before]) is not None
    ):
        return doc[before]
    for token in doc[span.end : min(span.end + 8, len(doc))]:
        if "\n" in token.text or token.text in (".", "!", "?"):
            return None
        if token.pos_ == "VERB":
            return token if _bare_cue(token, span.end) else None
        if not (token.is_punct or token.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PRON")):
            return None
    return None


def _bare_cue(verb: Token, after: int) -> bool:
    """ "“...” the crowd chanted.": a verb with its speaker after the quote and no content of its own."""
    source = cues.subject(verb)
    return (
        source is not None
        and source.i >= after
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children)
    )


def _partial(span) -> bool:
    """Quoted words, not a quoted sentence: begins in lower case, or has no verb and no final stop."""
    words = [t for t in span if t.is_alpha]
    if not words or words[0].text[0].islower():
        return True
    return not any(t.pos_ in ("VERB", "AUX") for t in words) and not span.text.rstrip("”\"'’ ").endswith(
        (".", "!", "?")
    )


def _title(span) -> bool:
    """ "Good Morning America", "Meet the Press": a short quoted name, every word capitalized, no verb."""
    words = [t for t in span if t.is_alpha]
    return (
        0 < len(words) <= 6
        and all(t.text[0].isupper() or t.lower_ in TITLE_WORDS for t in words)
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n\"'“”‘’,.:;":
        start += 1
    while end > start and text[end - 1] in " \n\"'“”‘’,.:;":
        end -= 1
    return start, end


def _quote(text: str, start: int, end: int, kind: str, speaker: Mention | None, cue: Span | None) -> Quote:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quote(text[start:end], start, end, kind, speaker, cue, speakers.reason(speaker))


def _cue(text: str, tokens: list[Token]) -> Span:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return Span(text[start:end], start, end)
