"""What page furniture looks like at the start and end of an extracted text: one pattern per kind.

Each pattern matches a whole line (case-insensitive). ``LINE`` lines are dropped one by one from either end;
a ``TRAILER`` line near the end starts a block (related headlines, "More from ...") that is dropped with
everything after it. Datelines ("KYIV, Ukraine (AP) --") are not debris: they stay in the text.
"""

from __future__ import annotations

import re

_NETWORKS = (
    r"(facebook|twitter|x|instagram|whatsapp|linkedin|pinterest|reddit|telegram|youtube|tiktok|e-?mail)"
)
_STAMPED = r"(updated|published|posted|last modified)( on| at)?:?"

LINE_KINDS: dict[str, str] = {
    "comments": r"(post|add|leave|write) (a |your )?(comment|reply)s?|\d* ?comments?( \(\d+\))?|"
    r"view comments|"
    r"(join|start) the (conversation|discussion)|tell us what you think.*|comments are (closed|moderated).*|"
    r"(atenção|attention): comentários .*",
    "share": r"(click to )?share( this( article| story| post| page)?)?( on \w+| with .*)?[:!.]?|"
    r"like this (story|article)\?.*|" + _NETWORKS + r"( ?[|,/·•] ?" + _NETWORKS + r")*|print( article)?|"
    r"copy link|order reprints|save( article)?|(tweet|pin) (this|it)",
    "follow": r"follow (us|me|him|her|them|[\w.@]+( [\w.@]+){0,3}) (on|at|@) .{0,160}|"
    r"(find|like) us on .{0,120}|(email|contact|reach) [\w .'-]{2,40} (at|on) \S+@\S+.{0,120}|"
    r"have a (news )?tip\?.{0,200}",
    "read_more": r"(read|see|view) (more|all|the full (story|article)).{0,200}|continue reading.{0,100}|"
    r"(also read|read also|see also|more from|more in)\b.{0,120}|(related|more on)( \w+){0,3}:?|"
    r"\(?(leggi anche|lire aussi|lesen sie auch|leia também|lea también|ver también)\b.{0,200}",
    "newsletter": r".{0,120}\b(sign up|subscribe|register)\b.{0,160}\b(newsletters?|inbox|e-?mails?)\b"
    r".{0,120}|"
    r"subscribe( (to|now|today).{0,100})?|get the latest .{0,80}(inbox|newsletter).{0,80}",
    "credit": r"\(?((main|top|lead|header|featured|file) )?(photo|image|picture)s?( credit)?s?"
    r"( by)?\s*[:|/-].{0,120}\)?|photo by .{0,80}|(getty images|ap photo|afp|reuters)(/.{0,60})?",
    "advert": r"advertisement|sponsored( content)?|ad|story continues below.{0,40}|scroll to continue.{0,40}",
    "rights": r"(copyright|©|\(c\)) .{0,120}|.{0,120}all rights reserved\.?|this copy is for your personal, "
    r"non-commercial use only.{0,300}",
    "stamp": r"("
    + _STAMPED
    + r" )?\w+\.? \d{1,2},? \d{4}.{0,20}\d{1,2}:\d{2}.{0,20}|"
    + _STAMPED
    + r" .{0,40}(\d{1,2}[:.]\d{2}|\d{4}).{0,20}|https?://\S+",
}
# A byline at the very start ("By Jane Doe and John Roe"); case-sensitive, as names are capitalised.
_NAME = r"[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}"
BYLINE = re.compile(rf"By {_NAME}((,| and) {_NAME})*")

TRAILER_KINDS: dict[str, str] = {
    "related": r"(you (may|might) (also )?(like|enjoy)|related( articles| stories| news| posts| coverage| "
    r"content| reading)?|recommended( for you| stories| reading)?|more (stories|news|from|on this|like this)|"
    r"most (read|popular|viewed|shared)|trending( now| stories)?|latest (news|stories)|editor'?s'? picks|"
    r"what to read next|read next|don'?t miss|see also|also on .{0,40}|more in .{0,40}|top stories)"
    r"( \w+){0,3}[:.…]*",
}

LINE = re.compile("|".join(f"(?:{p})" for p in LINE_KINDS.values()), re.I)
TRAILER = re.compile("|".join(f"(?:{p})" for p in TRAILER_KINDS.values()), re.I)


def is_debris(line: str) -> bool:
    """True for a whole line of page furniture (share bar, comment prompt, credit, a trailer marker...)."""
    line = line.strip(" \t-–—•·|>»*")
    return len(line) < 400 and bool(LINE.fullmatch(line) or TRAILER.fullmatch(line))
