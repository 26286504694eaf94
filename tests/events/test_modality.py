from newsevents.events.modality import modality
from tests.parses import parse


def test_plain_past_is_asserted():
    doc = parse("""
Russia Russia PROPN NNP nsubj 1
attacked attack VERB VBD ROOT 1
Ukraine Ukraine PROPN NNP dobj 1
""")
    assert modality(doc[1]) == "asserted"


def test_not_is_negated():
    doc = parse("""
Russia Russia PROPN NNP nsubj 3
did do AUX VBD aux 3
not not PART RB neg 3
attack attack VERB VB ROOT 3
Ukraine Ukraine PROPN NNP dobj 3
""")
    assert modality(doc[3]) == "negated"


def test_would_if_is_hypothetical():
    doc = parse("""
Washington Washington PROPN NNP nsubj 2
would would AUX MD aux 2
provide provide VERB VB ROOT 2
support support NOUN NN dobj 2
if if SCONJ IN mark 7
a a DET DT det 6
ceasefire ceasefire NOUN NN nsubjpass 7
reached reach VERB VBN advcl 2
""")
    assert modality(doc[2]) == "hypothetical"


def test_unlikely_to_is_speculative():
    doc = parse("""
Ukraine Ukraine PROPN NNP nsubj 1
was be AUX VBD ROOT 1
unlikely unlikely ADJ JJ acomp 1
to to PART TO aux 4
accept accept VERB VB xcomp 2
""")
    assert modality(doc[4]) == "speculative"


def test_plans_to_is_future():
    doc = parse("""
Macron Macron PROPN NNP nsubj 1
plans plan VERB VBZ ROOT 1
to to PART TO aux 3
visit visit VERB VB xcomp 1
Kyiv Kyiv PROPN NNP dobj 3
""")
    assert modality(doc[3]) == "future"


def test_may_is_speculative_even_when_negated():
    doc = parse("""
Putin Putin PROPN NNP nsubj 3
may may AUX MD aux 3
not not PART RB neg 3
accept accept VERB VB ROOT 3
""")
    assert modality(doc[3]) == "speculative"
