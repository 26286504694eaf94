"""Convert PETRARCH2's CAMEO verb dictionary into candidate patterns (``data/verbs/petrarch2.tsv``).

PETRARCH2 (MIT, Open Event Data Alliance) lists verbs in synonym blocks (``--- CANCEL [---] ---``, then one
verb a line, ``+CALL_OFF`` for a verb with a particle, ``[code]`` for the verb's own code) followed by
patterns that apply to every verb of the block: ``- * (FOR ARREST) [173]``. In a pattern ``*`` is the verb,
``$`` the source, ``+`` the target, ``%`` a compound actor, ``(PREP ...)`` a prepositional phrase,
``{A B}`` a noun phrase, ``&NAME`` a synonym set, ``^`` a skipped phrase and ``[a:b]`` a paired code.

What this pattern language can say is converted, the rest is skipped and counted (``Counts``): words
before the verb other than ``$`` (the source is found by the parse), ``$`` or ``%`` after it, noun phrases
of several words (a pattern cannot test a modifier), two objects in a row, a target that is not last,
reversed codes (``[:054]``), codes outside the codebook, and statements (``010``: saying is no event).
``[---]`` becomes ``none``. Run ``python -m newsevents.events.petrarch CAMEO.2.0.txt > petrarch2.tsv``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.events import codes
from newsevents.events.patterns import NO_EVENT, PREPOSITIONS

HEADER = (
    "# Candidate CAMEO verb patterns converted from PETRARCH2's CAMEO.2.0.txt (MIT, Copyright (c) 2015\n"
    "# Open Event Data Alliance; the licence is in README.md) by `python -m newsevents.events.petrarch`.\n"
    "# Do not edit by hand: rebuild it, or override rows with your own pattern file.\n"
)
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")
PLURALS = ((re.compile(r"ies$"), "y"), (re.compile(r"(?<![su])s$"), ""))


@dataclass
class Counts:
    """Why patterns were kept or skipped."""

    kept: int = 0
    skipped: Counter = field(default_factory=Counter)


class Skip(Exception):
    """A PETRARCH pattern this pattern language cannot say."""


def convert(text: str, counts: Counts | None = None) -> list[tuple[str, str, str]]:
    """(code, pattern, block) rows in file order, each pattern once (the first code wins)."""
    counts = counts if counts is not None else Counts()
    synsets = _synsets(text)
    known = set(codes.codebook())
    rows: dict[str, tuple[str, str, str]] = {}
    block, verbs, default = "", [], "---"
    body = text.split("####### VERB PATTERNS", 1)[-1].split("######## TRANSFORMATIONS", 1)[0]
    for raw in body.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if head := BLOCK.match(line):
            block, verbs, default = head.group(1), [], head.group(2)
            continue
        if pattern := PATTERN.match(line):
            for verb in verbs:
                _add(rows, counts, known, block, verb, pattern.group(1), pattern.group(2), synsets)
            continue
        verb, own = _verb_line(line)
        if verb:
            verbs.append(verb)
            if (own or default).strip() not in ("---", ""):  # a verb alone with no code is no candidate
                _add(rows, counts, known, block, verb, "*", own or default, synsets)
    return list(rows.values())


def _add(rows, counts: Counts, known: set[str], block: str, verb: str, body: str, code: str, synsets) -> None:
    try:
        code = _code(code, known)
        steps = _after_verb(body, synsets)
        if steps[:1] == verb.split()[1:]:  # "+PUT_DOWN" with "- * DOWN ...": the particle once
            steps = steps[1:]
        text = " ".join([verb, *steps])
    except Skip as why:
        counts.skipped[str(why)] += 1
        return
    if text in rows:
        counts.skipped["duplicate"] += 1
        return
    counts.kept += 1
    rows[text] = (code, text, block)


def _code(raw: str, known: set[str]) -> str:
    code = raw.strip().split(":")[0]
    if code == "---" or code == "":
        if raw.strip().startswith(":"):
            raise Skip("reversed code")
        return NO_EVENT
    if code == "010":
        raise Skip("statement 010")
    if code not in known:
        raise Skip("code not in codebook")
    return code


def _verb_line(line: str) -> tuple[str, str | None]:
    """``+CALL_OFF [160] {...}`` -> ("call off", "160")."""
    own = re.search(r"\[([^\]]*)\]", line)
    word = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
    if not word or word[0].startswith(("&", "-", "~")):
        return "", None
    parts = [p for p in word[0].lstrip("+").lower().split("_") if p]
    if not 0 < len(parts) <= 2 or not all(re.fullmatch(r"[a-z][a-z'-]*", p) for p in parts):
        return "", None  # a verb of three words or more ("attacked and stabbed") is no verb lemma
    return " ".join(parts), own.group(1) if own else None


def _after_verb(body: str, synsets: dict[str, list[str]]) -> list[str]:
    """The pattern's words after the verb, in this project's pattern language."""
    before, star, after = body.partition("*")
    if not star:
        raise Skip("no verb")
    if any(w not in ("$",) for w in before.split()):
        raise Skip("words before the verb")
    steps: list[str] = []
    target = False
    for unit in re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", after):
        if target:
            raise Skip("target not last")
        words = unit.strip("(){}").split() if unit[0] in "({" else [unit]
        if unit.startswith("{") and len(words) > 1:
            raise Skip("noun phrase")
        for word in words:
            if word == "^":
                continue
            if word in ("$", "%"):
                raise Skip("source after the verb")
            if word == "+":
                target = True
                continue
            alternatives = _word(word, synsets)
            if steps and not all(a in PREPOSITIONS for a in alternatives) and _is_object(steps[-1]):
                raise Skip("two objects in a row")
            steps.append("|".join(alternatives))
    if target and steps and not _is_object(steps[-1]):
        return steps  # "(TO +)": the final preposition marks the target
    if target and steps:
        raise Skip("target not after a preposition")
    if steps and not _is_object(steps[-1]) and not set(steps[-1].split("|")) <= {"out", "up", "down", "off"}:
        raise Skip("preposition without target")
    return steps


def _is_object(step: str) -> bool:
    return not all(w in PREPOSITIONS for w in step.split("|"))


def _word(word: str, synsets: dict[str, list[str]]) -> list[str]:
    """One PETRARCH word (or ``&SYNSET``) as lower-case alternatives, plurals also singular."""
    if word.startswith("&"):
        members = synsets.get(word.rstrip("_"))
        if not members:
            raise Skip("unknown or multi-word synonym set")
        return members
    word = word.lower().rstrip("_")
    if "_" in word or not re.fullmatch(r"[a-z][a-z'-]*", word):
        raise Skip("multi-word or odd word")
    if word in PREPOSITIONS:
        return [word]
    singular = word
    for plural, ending in PLURALS if len(word) > 4 else ():
        singular = plural.sub(ending, singular, count=1)
        if singular != word:
            break
    return [singular, word] if singular != word else [word]


def _synsets(text: str) -> dict[str, list[str]]:
    """``&NAME`` -> its one-word members (lower case, plurals also singular)."""
    out: dict[str, list[str]] = {}
    name = ""
    for raw in text.split("####### VERB PATTERNS", 1)[0].splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            name = line.rstrip("_")
            out[name] = []
        elif line.startswith("+") and name:
            word = line[1:].split()[0] if line[1:].split() else ""
            try:
                for member in _word(word, {}):
                    if member not in out[name] and member not in PREPOSITIONS:
                        out[name].append(member)
            except Skip:
                continue
        elif not line:
            name = ""
    return out


def write(rows: list[tuple[str, str, str]], out) -> None:
    """The TSV file: header, then each block's rows under a ``# block`` comment."""
    out.write(HEADER + "code\tpattern\texample\n")
    block = None
    for code, pattern, name in rows:
        if name != block:
            out.write(f"# {name}\n")
            block = name
        out.write(f"{code}\t{pattern}\t\n")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m newsevents.events.petrarch CAMEO.2.0.txt > petrarch2.tsv", file=sys.stderr)
        return 2
    counts = Counts()
    rows = convert(Path(argv[0]).read_text(encoding="utf-8", errors="replace"), counts)
    write(rows, sys.stdout)
    print(f"kept {counts.kept} patterns; skipped: {dict(counts.skipped.most_common())}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
