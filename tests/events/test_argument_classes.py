"""Argument rules by error class: typed objects, explicit objects, possessives of joint sources, mixed
target groups, what is sent, reported speech, and pronouns of subordinate clauses. Hand-built parses."""

from __future__ import annotations

from newsevents.document import Actor, Article, Document, Mention
from newsevents.events import arguments
from tests.parses import match_at, parse


def _document(
    spec: str, actors: dict[int, tuple[str, str, str]], how: dict[int, str] | None = None
) -> Document:
    """A Document over a hand-built parse; actors by token index: (code, country, kind). Tokens in ``how``
    are further mentions ("pronoun", ...) of the actor whose code is given."""
    spacy_doc = parse(spec)
    doc = Document(Article("t", spacy_doc.text), spacy=spacy_doc)
    by_code: dict[str, Actor] = {}
    for i, (code, country, kind) in actors.items():
        token = spacy_doc[i]
        actor = by_code.get(code) if i in (how or {}) else None
        if actor is None:
            actor = Actor(f"A{len(doc.actors) + 1}", token.text, code, country, code[3:], kind)
            by_code[code] = actor
            doc.actors.append(actor)
        kind_of_mention = (how or {}).get(i, "name")
        mention = Mention(token.idx, token.idx + len(token.text), token.text, kind_of_mention, actor)
        actor.mentions.append(mention)
        doc.anchors[i] = [mention]
    return doc


HIT_A_MILESTONE = """
Washington Washington PROPN NNP nsubj 1
hit hit VERB VBD ROOT 1
a a DET DT det 4
significant significant ADJ JJ amod 4
milestone milestone NOUN NN dobj 1
"""

HIT_A_CONVOY = """
Russia Russia PROPN NNP nsubj 1
hit hit VERB VBD ROOT 1
a a DET DT det 3
convoy convoy NOUN NN dobj 1
"""

FIGHTING_DIRTY_AIR = """
London London PROPN NNP nsubj 2
is be AUX VBZ aux 2
fighting fight VERB VBG ROOT 2
dirty dirty ADJ JJ amod 4
air air NOUN NN dobj 2
"""

RECOGNIZED_ANIMOSITY = """
Trump Trump PROPN NNP nsubj 1
recognized recognize VERB VBD ROOT 1
the the DET DT det 3
animosity animosity NOUN NN dobj 1
between between ADP IN prep 3
Putin Putin PROPN NNP pobj 4
and and CCONJ CC cc 5
Zelensky Zelensky PROPN NNP conj 5
"""

KILLED_PEOPLE = """
Gunmen gunman NOUN NNS nsubj 1
killed kill VERB VBD ROOT 1
1,200 1,200 NUM CD nummod 3
people people NOUN NNS dobj 1
"""

BATTLE_AGAINST_INFLATION = """
Washington Washington PROPN NNP poss 2
's 's PART POS case 0
battle battle NOUN NN ROOT 2
against against ADP IN prep 2
inflation inflation NOUN NN pobj 3
"""


def test_force_and_recognition_need_an_object_that_can_be_acted_on():
    usa = {0: ("USAGOV", "USA", "country")}
    assert arguments.figurative(
        _document(HIT_A_MILESTONE, usa), match_at(_document(HIT_A_MILESTONE, usa), "190", "hit", 1)
    )
    doc = _document(FIGHTING_DIRTY_AIR, {0: ("GBRGOV", "GBR", "country")})
    assert arguments.figurative(doc, match_at(doc, "190", "fight", 2))
    doc = _document(RECOGNIZED_ANIMOSITY, {0: ("USAGOV", "USA", "person"), 5: ("RUSGOV", "RUS", "person")})
    assert arguments.figurative(doc, match_at(doc, "054", "recognize", 1))
    doc = _document(BATTLE_AGAINST_INFLATION, usa)
    assert arguments.figurative(doc, match_at(doc, "190", "battle/NOUN", 2))


def test_struck_things_counted_people_and_actors_are_real_objects():
    doc = _document(HIT_A_CONVOY, {0: ("RUSGOV", "RUS", "country")})
    assert not arguments.figurative(doc, match_at(doc, "190", "hit", 1))
    doc = _document(KILLED_PEOPLE, {})
    assert not arguments.figurative(doc, match_at(doc, "1823", "kill", 1))
    doc = _document(
        HIT_A_MILESTONE.replace("milestone milestone", "Kyiv Kyiv"),
        {0: ("RUSGOV", "RUS", "country"), 4: ("UKRGOV", "UKR", "country")},
    )
    assert not arguments.figurative(doc, match_at(doc, "190", "hit", 1))


def test_other_codes_may_take_any_object():
    doc = _document(HIT_A_MILESTONE.replace("hit hit", "praised praise"), {0: ("USAGOV", "USA", "country")})
    assert not arguments.figurative(doc, match_at(doc, "051", "praise", 1))


BLAMED = """
Hamas Hamas PROPN NNP nsubj 1
blamed blame VERB VBD ROOT 1
the the DET DT det 3
U.S. U.S. PROPN NNP dobj 1
for for ADP IN prep 1
the the DET DT det 6
deaths death NOUN NNS pobj 4
"""


def test_an_explicit_object_stays_the_target_when_the_patterns_preposition_names_no_actor():
    doc = _document(BLAMED, {0: ("PSEREB", "PSE", "group"), 3: ("USAGOV", "USA", "country")})
    match = match_at(doc, "112", "blame for", 1)
    sources = arguments.sources(doc, match)
    assert [m.text for m in arguments.targets(doc, match, sources)] == ["U.S."]


JOINT_SUPPORT = """
Europeans European PROPN NNPS nsubj 4
and and CCONJ CC cc 0
Zelensky Zelensky PROPN NNP conj 0
have have AUX VBP aux 4
expressed express VERB VBN ROOT 4
their their PRON PRP$ poss 6
support support NOUN NN dobj 4
for for ADP IN prep 6
a a DET DT det 9
meeting meeting NOUN NN pobj 7
with with ADP IN prep 9
Putin Putin PROPN NNP pobj 10
"""


def test_joint_sources_act_on_the_named_third_party_not_on_each_other():
    doc = _document(
        JOINT_SUPPORT,
        {
            0: ("EURGOV", "EUR", "group"),
            2: ("UKRGOV", "UKR", "person"),
            5: ("EURGOV", "EUR", "group"),
            11: ("RUSGOV", "RUS", "person"),
        },
        how={5: "pronoun"},
    )
    match = match_at(doc, "036", "express support for meeting", 4)
    sources = arguments.sources(doc, match)
    assert [m.text for m in sources] == ["Europeans", "Zelensky"]
    for source in sources:
        assert [m.text for m in arguments.targets(doc, match, [source], sources)] == ["Putin"]


SUMMIT_BETWEEN = """
The the DET DT det 1
Kremlin Kremlin PROPN NNP nsubj 2
downplayed downplay VERB VBD ROOT 2
a a DET DT det 4
summit summit NOUN NN dobj 2
between between ADP IN prep 4
Putin Putin PROPN NNP pobj 5
and and CCONJ CC cc 6
Zelensky Zelensky PROPN NNP conj 6
"""


def test_a_mixed_target_group_drops_members_of_the_sources_own_side():
    doc = _document(
        SUMMIT_BETWEEN,
        {
            1: ("RUSGOV", "RUS", "organization"),
            6: ("RUSGOV", "RUS", "person"),
            8: ("UKRGOV", "UKR", "person"),
        },
    )
    match = match_at(doc, "125", "downplay summit", 2)
    sources = arguments.sources(doc, match)
    assert [m.text for m in arguments.targets(doc, match, sources)] == ["Zelensky"]


SENDING_TROOPS = """
Washington Washington PROPN NNP nsubj 1
ruled rule VERB VBD ROOT 1
out out ADP RP prt 1
sending send VERB VBG xcomp 1
American american ADJ JJ amod 5
troops troop NOUN NNS dobj 3
"""


def test_what_would_be_sent_is_no_target_but_who_is_fought_is():
    doc = _document(SENDING_TROOPS, {0: ("USAGOV", "USA", "country"), 5: ("USAMIL", "USA", "group")})
    match = match_at(doc, "120", "rule out", 1)
    assert arguments.targets(doc, match, arguments.sources(doc, match)) == []
    fighting = SENDING_TROOPS.replace("sending send", "fighting fight")
    doc = _document(fighting, {0: ("USAGOV", "USA", "country"), 5: ("USAMIL", "USA", "group")})
    match = match_at(doc, "120", "rule out", 1)
    assert [m.text for m in arguments.targets(doc, match, arguments.sources(doc, match))] == ["troops"]


SAYING = """
Stubb Stubb PROPN NNP nsubj 1
voiced voice VERB VBD ROOT 1
skepticism skepticism NOUN NN dobj 1
, , PUNCT , punct 1
saying say VERB VBG advcl 1
Putin Putin PROPN NNP nsubj 6
is be AUX VBZ auxpass 9
rarely rarely ADV RB advmod 9
to to PART TO aux 9
trusted trust VERB VBN ccomp 4
"""


def test_the_actor_a_reported_clause_speaks_of_is_the_target():
    doc = _document(SAYING, {0: ("FINGOV", "FIN", "person"), 5: ("RUSGOV", "RUS", "person")})
    match = match_at(doc, "012", "voice skepticism", 1)
    assert [m.text for m in arguments.targets(doc, match, arguments.sources(doc, match))] == ["Putin"]


IF_HE_REFUSED = """
Trump Trump PROPN NNP nsubj 1
said say VERB VBD ROOT 1
the the DET DT det 3
leader leader NOUN NN nsubj 5
would would AUX MD aux 5
suffer suffer VERB VB ccomp 1
if if SCONJ IN mark 8
he he PRON PRP nsubj 8
refused refuse VERB VBD advcl 5
"""


def test_a_subject_pronoun_of_a_subordinate_clause_is_the_governing_subject():
    doc = _document(
        IF_HE_REFUSED,
        {0: ("USAGOV", "USA", "person"), 3: ("RUSGOV", "RUS", "person"), 7: ("USAGOV", "USA", "person")},
        how={7: "pronoun"},
    )
    match = match_at(doc, "125", "refuse", 8)
    sources = arguments.sources(doc, match)
    assert [(m.text, m.actor.code) for m in sources] == [("he", "RUSGOV")]
    assert any(m.text == "he" for m in sources[0].actor.mentions)
    assert not any(m.text == "he" for m in doc.actors[0].mentions)


def test_it_is_not_given_to_a_person():
    spec = IF_HE_REFUSED.replace("he he", "it it")
    doc = _document(
        spec,
        {0: ("USAGOV", "USA", "person"), 3: ("RUSGOV", "RUS", "person"), 7: ("USAGOV", "USA", "country")},
        how={7: "pronoun"},
    )
    match = match_at(doc, "125", "refuse", 8)
    assert [m.actor.code for m in arguments.sources(doc, match)] == ["USAGOV"]


BY_PROVIDING = """
Washington Washington PROPN NNP nsubj 2
would would AUX MD aux 2
support support VERB VB ROOT 2
European european ADJ JJ amod 4
efforts effort NOUN NNS dobj 2
by by ADP IN prep 2
providing provide VERB VBG pcomp 5
air air NOUN NN compound 8
cover cover NOUN NN dobj 6
"""


def test_a_means_clause_acts_on_the_object_of_the_verb_it_serves():
    doc = _document(BY_PROVIDING, {0: ("USAGOV", "USA", "country"), 3: ("EURGOV", "EUR", "group")})
    match = match_at(doc, "070", "provide cover", 6)
    sources = arguments.sources(doc, match)
    assert [m.text for m in sources] == ["Washington"]
    assert [m.actor.code for m in arguments.targets(doc, match, sources)] == ["EURGOV"]


IN_WHICH_IT_KILLED = """
Hamas Hamas PROPN NNP nsubj 1
launched launch VERB VBD ROOT 1
an an DET DT det 3
attack attack NOUN NN dobj 1
on on ADP IN prep 3
Israel Israel PROPN NNP pobj 4
in in ADP IN prep 9
which which PRON WDT pobj 6
it it PRON PRP nsubj 9
killed kill VERB VBD relcl 3
civilians civilian NOUN NNS dobj 9
"""


def test_it_in_a_relative_clause_is_the_group_named_before_not_the_nearest_country():
    doc = _document(
        IN_WHICH_IT_KILLED,
        {0: ("PSEREB", "PSE", "group"), 5: ("ISRGOV", "ISR", "country"), 8: ("ISRGOV", "ISR", "country")},
        how={8: "pronoun"},
    )
    match = match_at(doc, "1823", "kill", 9)
    assert [(m.text, m.actor.code) for m in arguments.sources(doc, match)] == [("it", "PSEREB")]


CALLS_FOR_AID = """
Biden Biden PROPN NNP nsubj 1
calls call VERB VBZ ROOT 1
for for ADP IN prep 1
military military ADJ JJ amod 4
aid aid NOUN NN pobj 2
to to ADP IN prep 4
Ukraine Ukraine PROPN NNP pobj 5
"""


def test_an_appeal_for_aid_to_a_country_goes_from_the_caller_to_it():
    doc = _document(CALLS_FOR_AID, {0: ("USAGOV", "USA", "person"), 6: ("UKRGOV", "UKR", "country")})
    match = match_at(doc, "0232", "call for aid", 1)
    sources = arguments.sources(doc, match)
    assert [m.actor.code for m in sources] == ["USAGOV"]
    assert [m.actor.code for m in arguments.targets(doc, match, sources)] == ["UKRGOV"]


def test_a_company_does_not_retreat_militarily_but_troops_do():
    spec = """
company company NOUN NN nsubj 1
retreated retreat VERB VBD ROOT 1
from from ADP IN prep 1
Russia Russia PROPN NNP pobj 2
"""
    doc = _document(spec, {0: ("RUSBUS", "RUS", "group"), 3: ("RUSGOV", "RUS", "country")})
    match = match_at(doc, "0874", "retreat", 1)
    assert not arguments.fits_source(match, arguments.sources(doc, match)[0])
    doc = _document(spec.replace("company company", "troops troop"), {0: ("RUSMIL", "RUS", "group")})
    assert arguments.fits_source(match, arguments.sources(doc, match_at(doc, "0874", "retreat", 1))[0])
    doc = _document(spec, {0: ("RUSBUS", "RUS", "group")})
    assert arguments.fits_source(match_at(doc, "111", "retreat", 1), arguments.sources(doc, match)[0])


DOUBTS_ABOUT = """
Macron Macron PROPN NNP nsubj 1
expressed express VERB VBD ROOT 1
doubts doubt NOUN NNS dobj 1
about about ADP IN prep 2
Putin Putin PROPN NNP poss 6
's 's PART POS case 4
willingness willingness NOUN NN pobj 3
"""


def test_a_comment_is_about_the_actor_its_about_phrase_names_but_a_meeting_is_not():
    actors = {0: ("FRAGOV", "FRA", "person"), 4: ("RUSGOV", "RUS", "person")}
    doc = _document(DOUBTS_ABOUT, actors)
    match = match_at(doc, "012", "express doubt", 1)
    assert [m.actor.code for m in arguments.targets(doc, match, arguments.sources(doc, match))] == ["RUSGOV"]
    doc = _document(DOUBTS_ABOUT.replace("expressed express", "talked talk"), actors)
    match = match_at(doc, "040", "talk", 1)
    assert arguments.targets(doc, match, arguments.sources(doc, match)) == []
