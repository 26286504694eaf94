"""The PETRARCH2 verb-dictionary converter (events.petrarch) and its packaged output."""

from __future__ import annotations

import io

from newsevents.data import read_tsv
from newsevents.events import petrarch
from newsevents.events.patterns import CANDIDATES_PATH, Dictionary, parse_pattern

# Written for this test in PETRARCH2's syntax: synonym sets, then verb blocks with their patterns.
SOURCE = """
####### SYNONYM SETS #######

&TROOPS
+SOLDIERS
+TROOP
+ARMED_FORCES

####### VERB PATTERNS #######

---  HALT   [---]  ---
HALT
+CALL_OFF [160]
STOP {STOPS STOPPED}
- * STRIKES                                         [082]   # HALT
- * &TROOPS (FROM BORDER)                           [0874]  # HALT
- * (WITH +)                                        [012]   # HALT
- * {BORDER TRADE}                                  [163]   # HALT
- &TROOPS *                                         [154]   # HALT
- * VISIT                                           [042:043] # HALT
- * AID                                             [:070]  # HALT
- * SPEECH                                          [010]   # HALT
- * TALKS                                           [999]   # HALT
- * SEARCH                                          [---]   # HALT

---  ACCUSE   [112]  ---
ACCUSE
- * + (OF SPYING)                                   [1121]  # ACCUSE

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""


def _convert() -> tuple[dict[str, str], petrarch.Counts]:
    counts = petrarch.Counts()
    rows = petrarch.convert(SOURCE, counts)
    return {pattern: code for code, pattern, _ in rows}, counts


def test_block_patterns_apply_to_every_verb_of_the_block():
    rows, _ = _convert()
    assert rows["halt strike|strikes"] == "082"
    assert rows["stop strike|strikes"] == "082"
    assert rows["call off strike|strikes"] == "082"


def test_bare_verbs_take_their_own_code_or_the_blocks():
    rows, _ = _convert()
    assert rows["call off"] == "160"
    assert "halt" not in rows  # the block's code is [---]: no bare event
    assert rows["accuse"] == "112"


def test_synonym_sets_become_alternatives_of_one_word_members():
    rows, _ = _convert()
    assert rows["halt soldier|soldiers|troop from border"] == "0874"


def test_a_target_in_a_prepositional_phrase_ends_the_pattern_with_its_preposition():
    rows, _ = _convert()
    assert rows["halt with"] == "012"
    assert parse_pattern("012", "halt with").target_preps == frozenset({"with"})


def test_paired_codes_keep_the_first_and_no_event_becomes_none():
    rows, _ = _convert()
    assert rows["halt visit"] == "042"
    assert rows["halt search"] == "none"


def test_what_the_pattern_language_cannot_say_is_skipped_and_counted():
    rows, counts = _convert()
    assert not any("trade" in p or "speech" in p or "talk" in p or p.startswith("halt aid") for p in rows)
    assert "accuse of spy|spying" not in rows  # "+" before a phrase: the target is no preposition's object
    for reason in ("noun phrase", "words before the verb", "reversed code", "statement 010"):
        assert counts.skipped[reason] > 0
    assert counts.skipped["code not in codebook"] == 3  # [999] for each of the block's three verbs


def test_written_file_reads_back_as_a_dictionary():
    out = io.StringIO()
    petrarch.write(petrarch.convert(SOURCE), out)
    assert out.getvalue().startswith("# Candidate CAMEO verb patterns converted from PETRARCH2")
    lines = [line for line in out.getvalue().splitlines() if line and not line.startswith("#")]
    assert lines[0] == "code\tpattern\texample"
    rows = [tuple(line.split("\t")[:2]) for line in lines[1:]]
    assert len(Dictionary(rows, "petrarch2")) == len(rows)


def test_packaged_file_is_the_conversion_of_the_shared_dictionary(shared):
    source = shared / "data" / "dictionaries" / "petrarch2" / "CAMEO.2.0.txt"
    rows = petrarch.convert(source.read_text(encoding="utf-8", errors="replace"))
    packaged = [(r["code"], r["pattern"]) for r in read_tsv(CANDIDATES_PATH)]
    assert packaged == [(code, pattern) for code, pattern, _ in rows]
