"""Attributions that the page layout gives rather than a verb: a paragraph led by its speaker and a colon.

Interview transcripts ("Q: Will the talks resume?", "SMITH: Not this week.") and headlines such as
"Foreign minister: the border stays closed": the words before the colon are the source, the colon the
cue, the rest of the paragraph the content.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.quotes.cues import Reported

LEADER = re.compile(r"(?m)^[ \t]*([A-Z][^\n:]{0,60}?)[ \t]*:[ \t]+(?=\S)")
MAX_WORDS = 6
NOT_SPEAKERS = {"note", "update", "updated", "editor", "photo", "video", "watch", "read", "related", "source"}


def led(doc: Doc, text: str) -> list[Reported]:
    """Every paragraph opened by a short speaker phrase and a colon (``text``: the parse's text)."""
    found = []
    for match in LEADER.finditer(text):
        leader = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if leader is None or not _speaker_like(leader):
            continue
        colon = doc.char_span(match.end(1), match.end(), alignment_mode="expand")
        cue = next((t for t in colon or [] if t.text == ":"), None)
        end = text.find("\n", match.end())
        end = len(text) if end == -1 else end
        if cue is not None:
            found.append(Reported([cue], leader.root, match.end(), end))
    return found


def _speaker_like(leader) -> bool:
    """A name or role, not a clause: few words, no verb, a proper noun or a capitalized word, not a label."""
    words = [t for t in leader if not (t.is_punct or t.is_space)]
    return (
        0 < len(words) <= MAX_WORDS
        and not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in words)
        and not any(t.lower_ in NOT_SPEAKERS for t in words)
        and (any(t.pos_ == "PROPN" for t in words) or words[0].is_upper)
    )
