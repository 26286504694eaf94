from newsevents.events import arguments
from tests.parses import document, match_at

PASSIVE = """
Kyiv Kyiv PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
attacked attack VERB VBN ROOT 2
by by ADP IN agent 2
Russia Russia PROPN NNP pobj 3
"""


def test_passive_agent_is_source_and_subject_is_target():
    doc = document(PASSIVE, {0: ("UKRGOV", "UKR"), 4: ("RUSGOV", "RUS")})
    match = match_at(doc, "190", "attack", 2)
    sources = arguments.sources(doc, match)
    assert [m.text for m in sources] == ["Russia"]
    assert [m.text for m in arguments.targets(doc, match, sources)] == ["Kyiv"]


COORDINATED = """
Macron Macron PROPN NNP nsubj 1
met meet VERB VBD ROOT 1
Scholz Scholz PROPN NNP dobj 1
and and CCONJ CC cc 2
Meloni Meloni PROPN NNP conj 2
"""


def test_coordinated_targets_are_expanded():
    doc = document(COORDINATED, {0: ("FRAGOV", "FRA"), 2: ("DEUGOV", "DEU"), 4: ("ITAGOV", "ITA")})
    match = match_at(doc, "040", "meet", 1)
    sources = arguments.sources(doc, match)
    assert [m.text for m in arguments.targets(doc, match, sources)] == ["Scholz", "Meloni"]


def test_a_bare_sector_is_an_actor_but_an_uncoded_name_is_not():
    doc = document(COORDINATED, {0: ("GOV", None), 2: ("DEUGOV", "DEU")})  # PETRARCH's ---GOV
    match = match_at(doc, "040", "meet", 1)
    assert [m.actor.code for m in arguments.sources(doc, match)] == ["GOV"]
    doc = document(COORDINATED, {0: ("", None), 2: ("DEUGOV", "DEU")})
    assert arguments.sources(doc, match_at(doc, "040", "meet", 1)) == []


def test_event_noun_takes_its_possessor_as_source():
    doc = document(
        """
Russia Russia PROPN NNP poss 2
's 's PART POS case 0
attack attack NOUN NN nsubj 5
on on ADP IN prep 2
Kharkiv Kharkiv PROPN NNP pobj 3
continued continue VERB VBD ROOT 5
""",
        {0: ("RUSGOV", "RUS"), 4: ("UKRGOV", "UKR")},
    )
    match = match_at(doc, "190", "attack/NOUN", 2)
    sources = arguments.sources(doc, match)
    assert [m.text for m in sources] == ["Russia"]
    assert [m.text for m in arguments.targets(doc, match, sources)] == ["Kharkiv"]


STATEMENT_URGING = """
Seoul Seoul PROPN NNP nsubj 1
issued issue VERB VBD ROOT 1
a a DET DT det 3
statement statement NOUN NN dobj 1
urging urge VERB VBG acl 3
Pyongyang Pyongyang PROPN NNP dobj 4
"""


def test_who_issues_a_statement_is_the_source_of_what_it_does():
    doc = document(STATEMENT_URGING, {0: ("KORGOV", "KOR"), 5: ("PRKGOV", "PRK")})
    match = match_at(doc, "020", "urge", 4)
    assert [m.text for m in arguments.sources(doc, match)] == ["Seoul"]
    shot = STATEMENT_URGING.replace("statement statement NOUN NN", "man man NOUN NN")
    doc = document(shot, {0: ("KORCOP", "KOR"), 5: ("PRKGOV", "PRK")})
    assert arguments.sources(doc, match_at(doc, "020", "urge", 4)) == []  # a man urging: not the police
