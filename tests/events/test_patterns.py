import pytest

from newsevents.events.patterns import Dictionary, parse_pattern
from tests.parses import parse

CALLED_FOR_TALKS = """
Trump Trump PROPN NNP nsubj 1
called call VERB VBD ROOT 1
for for ADP IN prep 1
talks talk NOUN NNS pobj 2
with with ADP IN prep 3
Moscow Moscow PROPN NNP pobj 4
"""


def test_pattern_language():
    pattern = parse_pattern("163", "impose sanction on|against")
    assert pattern.lemma == "impose" and pattern.pos == "VERB"
    assert [set(s.words) for s in pattern.steps] == [{"sanction"}]
    assert pattern.target_preps == {"on", "against"}


def test_final_particle_is_part_of_the_verb():
    pattern = parse_pattern("120", "rule out")
    assert pattern.target_preps == frozenset() and pattern.steps[0].is_prep


def test_pos_suffix():
    assert parse_pattern("040", "summit/NOUN").pos == "NOUN"
    with pytest.raises(ValueError, match="part of speech"):
        parse_pattern("040", "summit/XYZ")


def test_specific_pattern_wins_and_target_prep():
    dictionary = Dictionary([("111", "call"), ("026", "call for talk|negotiation"), ("040", "meet")])
    doc = parse(CALLED_FOR_TALKS)
    match = dictionary.match(doc[1])
    assert match.pattern.code == "026"
    assert [t.text for t in match.used] == ["for", "talks"]


def test_unknown_verb_has_no_default_code():
    dictionary = Dictionary([("040", "meet")])
    doc = parse(CALLED_FOR_TALKS)
    assert dictionary.match(doc[1]) is None


def test_user_row_deletes_with_dash():
    dictionary = Dictionary([("040", "meet"), ("-", "meet")])
    assert len(dictionary) == 0


def test_required_target_preposition():
    dictionary = Dictionary([("163", "impose sanction on|against")])
    doc = parse("""
EU EU PROPN NNP nsubj 1
imposed impose VERB VBD ROOT 1
sanctions sanction NOUN NNS dobj 1
on on ADP IN prep 2
Iran Iran PROPN NNP pobj 3
""")
    match = dictionary.match(doc[1])
    assert match is not None and [t.text for t in match.target_heads] == ["on"]
    bare = parse("""
EU EU PROPN NNP nsubj 1
imposed impose VERB VBD ROOT 1
sanctions sanction NOUN NNS dobj 1
""")
    assert dictionary.match(bare[1]) is None


def test_every_packaged_pattern_has_a_code_of_the_codebook():
    from newsevents.events import codes, patterns

    dictionary = patterns.load()
    for found in dictionary.index.values():
        for pattern in found:
            assert pattern.code == patterns.NO_EVENT or codes.lookup(pattern.code), pattern.text
