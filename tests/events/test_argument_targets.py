"""Targets the sentence names but the parse hides, and what is no target: phrases hung inside the object,
agents of act nouns, relative objects, places of visits, hearers, what is sent, people defined by their
relation to someone. Hand-built parses of sentences written for these tests."""

from __future__ import annotations

from newsevents.document import Actor, Mention, Place
from newsevents.events import anchors, arguments
from tests.parses import document, match_at


def _targets(doc, match) -> list[str]:
    return [m.text for m in arguments.targets(doc, match, arguments.sources(doc, match))]


SENT_TEAM = """
Kenya Kenya PROPN NNP nsubj 1
sent send VERB VBD ROOT 1
trucks truck NOUN NNS dobj 1
and and CCONJ CC cc 2
a a DET DT det 5
team team NOUN NN conj 2
of of ADP IN prep 5
medics medic NOUN NNS pobj 6
to to ADP IN prep 7
Somalia Somalia PROPN NNP pobj 8
"""


def test_a_destination_hung_inside_the_object_is_the_target_and_what_is_sent_is_not():
    doc = document(SENT_TEAM, {0: ("KENGOV", "KEN"), 7: ("KENMED", "KEN"), 9: ("SOMGOV", "SOM")})
    assert _targets(doc, match_at(doc, "070", "send", 1)) == ["Somalia"]
    doc = document(SENT_TEAM, {0: ("KENGOV", "KEN"), 7: ("KENMED", "KEN")})
    assert _targets(doc, match_at(doc, "070", "send", 1)) == []


REQUEST_BY = """
Poland Poland PROPN NNP nsubj 1
rejected reject VERB VBD ROOT 1
a a DET DT det 3
request request NOUN NN dobj 1
by by ADP IN prep 3
Hungary Hungary PROPN NNP pobj 4
"""

DECISION_ANNOUNCED_BY = """
Brazil Brazil PROPN NNP nsubj 1
condemned condemn VERB VBD ROOT 1
the the DET DT det 3
decision decision NOUN NN dobj 1
announced announce VERB VBN acl 3
by by ADP IN agent 4
Uruguay Uruguay PROPN NNP pobj 5
"""


def test_the_agent_of_an_act_named_as_object_is_the_target():
    doc = document(REQUEST_BY, {0: ("POLGOV", "POL"), 5: ("HUNGOV", "HUN")})
    assert _targets(doc, match_at(doc, "120", "reject", 1)) == ["Hungary"]
    doc = document(DECISION_ANNOUNCED_BY, {0: ("BRAGOV", "BRA"), 6: ("URYGOV", "URY")})
    assert _targets(doc, match_at(doc, "111", "condemn", 1)) == ["Uruguay"]


CRITICS_ACCUSED = """
Senegal Senegal PROPN NNP poss 2
's 's PART POS case 0
critics critic NOUN NNS nsubj 3
accused accuse VERB VBD ROOT 3
the the DET DT det 5
government government NOUN NN dobj 3
"""


def test_critics_and_supporters_are_not_the_actor_they_belong_to():
    doc = document(CRITICS_ACCUSED, {0: ("SENGOV", "SEN"), 5: ("SENGOV", "SEN")})
    assert arguments.sources(doc, match_at(doc, "112", "accuse", 3)) == []
    spec = CRITICS_ACCUSED.replace("critics critic", "forces force")
    doc = document(spec, {0: ("SENGOV", "SEN"), 5: ("GMBGOV", "GMB")})
    assert [m.text for m in arguments.sources(doc, match_at(doc, "112", "accuse", 3))] == ["Senegal"]


WHOM_ACCUSES = """
the the DET DT det 1
cleric cleric NOUN NN nsubj 7
, , PUNCT , punct 1
whom whom PRON WP dobj 5
Ortega Ortega PROPN NNP nsubj 5
accuses accuse VERB VBZ relcl 1
, , PUNCT , punct 1
lives live VERB VBZ ROOT 7
"""


def test_the_noun_an_object_relative_clause_describes_is_its_target():
    doc = document(WHOM_ACCUSES, {1: ("NICREL", "NIC"), 4: ("NICGOV", "NIC")})
    assert _targets(doc, match_at(doc, "112", "accuse", 5)) == ["cleric"]
    spec = WHOM_ACCUSES.replace("whom whom PRON WP dobj 5", "who who PRON WP nsubj 5").replace(
        "Ortega Ortega PROPN NNP nsubj 5", "Ortega Ortega PROPN NNP dobj 5"
    )
    doc = document(spec, {1: ("NICREL", "NIC"), 4: ("NICGOV", "NIC")})
    assert _targets(doc, match_at(doc, "112", "accuse", 5)) == ["Ortega"]


AGREED_THAT = """
Spain Spain PROPN NNP nsubj 1
agreed agree VERB VBD ROOT 1
that that SCONJ IN mark 5
Morocco Morocco PROPN NNP nsubj 5
should should AUX MD aux 5
host host VERB VB ccomp 1
talks talk NOUN NNS dobj 5
"""


def test_what_is_agreed_is_content_but_what_is_demanded_names_the_target():
    actors = {0: ("ESPGOV", "ESP"), 3: ("MARGOV", "MAR")}
    doc = document(AGREED_THAT, actors)
    assert _targets(doc, match_at(doc, "030", "agree", 1)) == []
    doc = document(AGREED_THAT.replace("agreed agree", "demanded demand"), actors)
    assert _targets(doc, match_at(doc, "100", "demand", 1)) == ["Morocco"]


COMPLAINED_TO = """
Bolivia Bolivia PROPN NNP nsubj 1
complained complain VERB VBD ROOT 1
to to ADP IN prep 1
Peru Peru PROPN NNP pobj 2
that that SCONJ IN mark 7
Chile Chile PROPN NNP nsubj 7
had have AUX VBD aux 7
closed close VERB VBN ccomp 1
the the DET DT det 9
border border NOUN NN dobj 7
"""


def test_the_hearer_of_a_reported_complaint_is_no_target():
    actors = {0: ("BOLGOV", "BOL"), 3: ("PERGOV", "PER"), 5: ("CHLGOV", "CHL")}
    doc = document(COMPLAINED_TO, actors)
    assert _targets(doc, match_at(doc, "114", "complain to", 1)) == ["Chile"]
    assert _targets(doc, match_at(doc, "114", "complain", 1)) == ["Chile"]
    doc = document(
        COMPLAINED_TO.replace("closed close VERB VBN ccomp 1", "closed close VERB VBN advcl 1"), actors
    )
    assert _targets(doc, match_at(doc, "114", "complain", 1)) == ["Peru"]


ARRIVED_IN = """
Indian Indian ADJ JJ amod 1
troops troop NOUN NNS nsubj 2
arrived arrive VERB VBD ROOT 2
in in ADP IN prep 2
Nepal Nepal PROPN NNP pobj 3
"""


def test_the_place_a_visitor_arrives_in_is_the_host():
    doc = document(ARRIVED_IN, {1: ("INDMIL", "IND")})
    token = doc.spacy[4]
    doc.places.append(Place("Nepal", token.idx, token.idx + 5, "Nepal", "NPL", 28.0, 84.0))
    targets = arguments.targets(
        doc,
        match_at(doc, "042", "arrive in", 2),
        arguments.sources(doc, match_at(doc, "042", "arrive in", 2)),
    )
    assert [m.actor.code for m in targets] == ["NPL"]
    assert [m.actor.code for m in arguments.targets(doc, match_at(doc, "042", "arrive", 2), [])] == ["NPL"]


CALLED_OPRD = """
Tillerson Tillerson PROPN NNP nsubj 1
called call VERB VBD ROOT 1
Lavrov Lavrov PROPN NNP oprd 1
to to PART TO aux 4
discuss discuss VERB VB advcl 1
Syria Syria PROPN NNP dobj 4
"""


def test_an_object_misread_as_object_predicate_is_the_target():
    doc = document(CALLED_OPRD, {0: ("USAGOV", "USA"), 2: ("RUSGOV", "RUS"), 5: ("SYRGOV", "SYR")})
    assert _targets(doc, match_at(doc, "041", "call", 1)) == ["Lavrov"]


CALLED_NAMED = """
Lima Lima PROPN NNP nsubj 1
called call VERB VBD ROOT 1
his his PRON PRP$ poss 3
rival rival NOUN NN dobj 1
a a DET DT det 5
criminal criminal NOUN NN oprd 1
"""


def test_what_the_object_is_called_is_no_target():  # "called his rival a criminal": the rival, unknown
    doc = document(CALLED_NAMED, {0: ("PERGOV", "PER"), 5: ("PERCRM", "PER")})
    assert _targets(doc, match_at(doc, "111", "call", 1)) == []


CRITICISM_OF = """
Chile Chile PROPN NNP poss 2
's 's PART POS case 0
criticism criticism NOUN NN nsubj 5
of of ADP IN prep 2
Peru Peru PROPN NNP pobj 3
grew grow VERB VBD ROOT 5
"""

INQUIRY_INTO = """
Norway Norway PROPN NNP nsubj 1
dropped drop VERB VBD ROOT 1
an an DET DT det 3
inquiry inquiry NOUN NN dobj 1
into into ADP IN prep 1
the the DET DT det 6
envoy envoy NOUN NN pobj 4
"""


def test_an_event_noun_acts_on_its_of_phrase_and_on_a_phrase_its_verb_carries_after_it():
    doc = document(CRITICISM_OF, {0: ("CHLGOV", "CHL"), 4: ("PERGOV", "PER")})
    assert _targets(doc, match_at(doc, "111", "criticism/NOUN", 2)) == ["Peru"]
    doc = document(INQUIRY_INTO, {0: ("NORGOV", "NOR"), 6: ("DNKGOV", "DNK")})
    assert _targets(doc, match_at(doc, "090", "inquiry/NOUN", 3)) == ["envoy"]


WITHDRAW_FROM = """
Sudan Sudan PROPN NNP nsubj 1
withdrew withdraw VERB VBD ROOT 1
its its PRON PRP$ poss 3
troops troop NOUN NNS dobj 1
from from ADP IN prep 1
Abyei Abyei PROPN NNP pobj 4
"""


def test_own_forces_moved_are_no_target_and_the_place_they_leave_is():
    doc = document(
        WITHDRAW_FROM, {0: ("SDNGOV", "SDN"), 2: ("SDNGOV", "SDN", "pronoun"), 3: ("SDNMIL", "SDN")}
    )
    match = match_at(doc, "0874", "withdraw", 1)
    assert _targets(doc, match) == []
    token = doc.spacy[5]
    doc.places.append(Place("Abyei", token.idx, token.idx + 5, "Abyei", "SSD", 9.6, 28.4))
    assert [m.actor.code for m in arguments.targets(doc, match, arguments.sources(doc, match))] == ["SSD"]


CURFEW_IN = """
Police police NOUN NNS nsubj 1
imposed impose VERB VBD ROOT 1
a a DET DT det 3
curfew curfew NOUN NN dobj 1
in in ADP IN prep 3
Maputo Maputo PROPN NNP pobj 4
"""


def test_a_curfew_acts_on_the_place_it_covers():
    doc = document(CURFEW_IN, {0: ("MOZCOP", "MOZ")})
    token = doc.spacy[5]
    doc.places.append(Place("Maputo", token.idx, token.idx + 6, "Maputo", "MOZ", -25.9, 32.6))
    match = match_at(doc, "1723", "impose curfew", 1)
    assert [m.actor.code for m in arguments.targets(doc, match, arguments.sources(doc, match))] == ["MOZ"]
    match = match_at(doc, "1622", "impose curfew", 1)  # aid suspended in a place: its country's
    assert [m.actor.code for m in arguments.targets(doc, match, arguments.sources(doc, match))] == ["MOZ"]
    match = match_at(doc, "057", "impose curfew", 1)  # a deal signed in a place: a venue, no target
    assert arguments.targets(doc, match, arguments.sources(doc, match)) == []


def test_a_pronoun_is_reported_by_the_name_before_it_in_its_sentence():
    doc = document(WITHDRAW_FROM, {0: ("SDNGOV", "SDN"), 2: ("SDNGOV", "SDN", "pronoun")})
    pronoun = doc.anchors[2][0]
    assert anchors.named(doc, pronoun, 0) is pronoun  # the helper gives each token its own actor
    doc.actors[0].mentions.append(pronoun)
    pronoun.actor = doc.actors[0]
    assert anchors.named(doc, pronoun, 0).text == "Sudan"
    assert anchors.named(doc, pronoun, 1) is pronoun  # the name is in an earlier sentence


SHARED_WITH_COUNTERPARTS = """
Laos Laos PROPN NNP nsubj 1
shared share VERB VBD ROOT 1
evidence evidence NOUN NN dobj 1
with with ADP IN prep 1
its its PRON PRP$ poss 6
Thai thai ADJ JJ amod 6
counterparts counterpart NOUN NNS pobj 3
"""


def test_counterparts_are_of_their_nationality_not_of_their_possessor():
    actors = {0: ("LAOGOV", "LAO"), 4: ("LAOGOV", "LAO", "pronoun"), 5: ("THAGOV", "THA")}
    doc = document(SHARED_WITH_COUNTERPARTS, actors)
    assert [m.actor.code for m in arguments.targets(doc, match_at(doc, "063", "share", 1), [])] == ["THAGOV"]


LIFTED_BLOCKADE_OF = """
France France PROPN NNP nsubj 1
lifted lift VERB VBD ROOT 1
its its PRON PRP$ poss 3
blockade blockade NOUN NN dobj 1
of of ADP IN prep 3
Malta Malta PROPN NNP pobj 4
"""


def test_the_of_phrase_of_an_object_the_source_owns_is_the_target():
    doc = document(
        LIFTED_BLOCKADE_OF, {0: ("FRAGOV", "FRA"), 2: ("FRAGOV", "FRA", "pronoun"), 5: ("MLTGOV", "MLT")}
    )
    assert _targets(doc, match_at(doc, "0872", "lift", 1)) == ["Malta"]


WITHDRAW_FROM_TERRITORY = """
Chad Chad PROPN NNP nsubj 1
withdrew withdraw VERB VBD ROOT 1
from from ADP IN prep 1
the the DET DT det 4
territory territory NOUN NN pobj 2
of of ADP IN prep 4
Aouzou Aouzou PROPN NNP pobj 5
"""


def test_the_place_named_inside_a_phrase_of_place_stands_for_its_country():
    doc = document(WITHDRAW_FROM_TERRITORY, {0: ("TCDGOV", "TCD")})
    token = doc.spacy[6]
    doc.places.append(Place("Aouzou", token.idx, token.idx + 6, "Aouzou", "LBY", 21.8, 17.4))
    assert [m.actor.code for m in arguments.targets(doc, match_at(doc, "0874", "withdraw", 1), [])] == ["LBY"]


ATTACKED_THEIR_BASE = """
Malian Malian ADJ JJ amod 1
soldiers soldier NOUN NNS nsubj 2
died die VERB VBD ROOT 2
when when SCONJ WRB advmod 5
jihadists jihadist NOUN NNS nsubj 5
attacked attack VERB VBD advcl 2
their their PRON PRP$ poss 7
base base NOUN NN dobj 5
"""


def test_force_is_not_used_on_its_source_so_a_possessive_given_to_it_is_the_other_side():
    doc = document(ATTACKED_THEIR_BASE, {1: ("MLIMIL", "MLI"), 4: ("MLIREB", "MLI")})
    pronoun = doc.anchors[4][0].actor
    token = doc.spacy[6]
    mention = Mention(token.idx, token.idx + 5, "their", "pronoun", pronoun, (6, 7))
    pronoun.mentions.append(mention)
    doc.anchors[6] = [mention]
    assert _targets(doc, match_at(doc, "190", "attack", 5)) == ["soldiers"]
    assert _targets(doc, match_at(doc, "051", "attack", 5)) == []  # praise: their own


def test_a_company_codes_an_event_only_when_it_acts_on_the_state():
    company = _mention("NORBUS", "BUS")
    assert not arguments.fits_pair(company, None, "057")
    assert not arguments.fits_pair(company, _mention("SWEBUS", "BUS"), "057")
    assert arguments.fits_pair(company, _mention("NORGOV", "GOV"), "057")
    assert arguments.fits_pair(company, _mention("IGOEU", ""), "057")
    assert arguments.fits_pair(_mention("NORGOV", "GOV"), None, "057")
    uncoded = Mention(0, 1, "x", "name", Actor("B", "x", None, None, None, "person"))  # a person unknown
    assert not arguments.fits_pair(company, uncoded, "057")


def test_force_between_a_countrys_own_politicians_is_a_figure_of_speech():
    candidate, senator = _mention("USAELI", "ELI", "person"), _mention("USALEG", "LEG", "person")
    assert not arguments.fits_pair(candidate, senator, "190")  # "the candidate attacked the senator"
    assert not arguments.fits_pair(candidate, None, "190")  # "she fought hard", "they captured the vote"
    assert not arguments.fits_pair(_mention("USAGOV", "GOV"), senator, "182")
    assert arguments.fits_pair(candidate, senator, "111")  # criticism is theirs to code
    assert arguments.fits_pair(_mention("USAGOV", "GOV"), None, "190")  # a government has forces
    assert arguments.fits_pair(_mention("HKGCOP", "COP"), _mention("HKGLEG", "LEG"), "190")
    assert arguments.fits_pair(_mention("RUSGOV", "GOV"), _mention("UKRGOV", "GOV"), "190")
    assert arguments.fits_pair(_mention("USAGOV", "GOV"), _mention("USAOPP", "OPP"), "175")


def _mention(code: str, sector: str, kind: str = "organization") -> Mention:
    return Mention(0, 1, "x", "name", Actor("A", "x", code, code[:3], sector, kind))


FACED_CRITICISM = """
Ghana Ghana PROPN NNP nsubj 1
faced face VERB VBD ROOT 1
criticism criticism NOUN NN dobj 1
from from ADP IN prep 2
Togo Togo PROPN NNP pobj 3
"""


def test_who_faces_criticism_is_its_target_and_whom_it_comes_from_its_source():
    doc = document(FACED_CRITICISM, {0: ("GHAGOV", "GHA"), 4: ("TGOGOV", "TGO")})
    match = match_at(doc, "111", "criticism/NOUN", 2)
    sources = arguments.sources(doc, match)
    assert [m.text for m in sources] == ["Togo"]
    assert [m.text for m in arguments.targets(doc, match, sources)] == ["Ghana"]
    doc = document(
        FACED_CRITICISM.replace("faced face", "voiced voice"), {0: ("GHAGOV", "GHA"), 4: ("TGOGOV", "TGO")}
    )
    assert [m.text for m in arguments.sources(doc, match_at(doc, "111", "criticism/NOUN", 2))] == ["Togo"]
    doc = document(
        FACED_CRITICISM.replace("from from", "to to"), {0: ("GHAGOV", "GHA"), 4: ("TGOGOV", "TGO")}
    )
    assert [m.text for m in arguments.sources(doc, match_at(doc, "111", "criticism/NOUN", 2))] == []


OCCUPATION_OF = """
Chile Chile PROPN NNP poss 2
's 's PART POS case 0
occupation occupation NOUN NN nsubj 5
of of ADP IN prep 2
Arica Arica PROPN NNP pobj 3
ended end VERB VBD ROOT 5
"""


def test_the_place_an_event_noun_is_of_stands_for_its_country():
    doc = document(OCCUPATION_OF, {0: ("CHLGOV", "CHL")})
    token = doc.spacy[4]
    doc.places.append(Place("Arica", token.idx, token.idx + 5, "Arica", "PER", -18.5, -70.3))
    match = match_at(doc, "192", "occupation/NOUN", 2)
    assert [m.actor.code for m in arguments.targets(doc, match, arguments.sources(doc, match))] == ["PER"]


DIED_AFTER_TORTURE = """
the the DET DT det 1
activist activist NOUN NN nsubj 2
died die VERB VBD ROOT 2
after after ADP IN prep 2
torture torture NOUN NN pobj 3
"""


def test_who_dies_after_violence_is_not_its_source_but_who_vows_during_talks_is():
    doc = document(DIED_AFTER_TORTURE, {1: ("MMROPP", "MMR")})
    assert arguments.sources(doc, match_at(doc, "1822", "torture/NOUN", 4)) == []
    spec = DIED_AFTER_TORTURE.replace("died die", "spoke speak").replace("torture torture", "talks talk")
    doc = document(spec, {1: ("MMROPP", "MMR")})
    assert [m.text for m in arguments.sources(doc, match_at(doc, "040", "talk/NOUN", 4))] == ["activist"]


THREATENED_TO_SHELL = """
Hezbollah Hezbollah PROPN NNP nsubj 1
threatened threaten VERB VBD ROOT 1
to to PART TO aux 3
shell shell VERB VB xcomp 1
Haifa Haifa PROPN NNP dobj 3
"""


def test_the_place_a_threat_would_strike_is_its_target():
    doc = document(THREATENED_TO_SHELL, {0: ("LBNREB", "LBN")})
    token = doc.spacy[4]
    doc.places.append(Place("Haifa", token.idx, token.idx + 5, "Haifa", "ISR", 32.8, 35.0))
    match = match_at(doc, "138", "threaten", 1)
    assert [m.actor.code for m in arguments.targets(doc, match, arguments.sources(doc, match))] == ["ISR"]


SIGNED_AT = """
Congo Congo PROPN NNP nsubj 1
signed sign VERB VBD ROOT 1
a a DET DT det 3
deal deal NOUN NN dobj 1
at at ADP IN prep 1
the the DET DT det 6
ministry ministry NOUN NN pobj 4
"""


def test_at_names_a_venue_but_for_force_and_on_names_a_topic_but_for_sanctions():
    actors = {0: ("CODGOV", "COD"), 6: ("BELGOV", "BEL")}
    doc = document(SIGNED_AT, actors)
    assert _targets(doc, match_at(doc, "057", "sign", 1)) == []
    assert _targets(doc, match_at(doc, "190", "sign", 1)) == ["ministry"]
    doc = document(SIGNED_AT.replace("at at", "on on"), actors)
    assert _targets(doc, match_at(doc, "057", "sign", 1)) == []
    assert _targets(doc, match_at(doc, "163", "sign", 1)) == ["ministry"]


ACCUSED_IT = """
Peru Peru PROPN NNP nsubj 1
accused accuse VERB VBD ROOT 1
it it PRON PRP dobj 1
of of ADP IN prep 1
stealing steal VERB VBG pcomp 3
Chilean Chilean ADJ JJ amod 6
jobs job NOUN NNS dobj 4
"""


def test_an_unresolved_object_pronoun_hides_the_target_and_nothing_deeper_stands_in():
    doc = document(ACCUSED_IT, {0: ("PERGOV", "PER"), 5: ("CHLGOV", "CHL")})
    assert _targets(doc, match_at(doc, "112", "accuse", 1)) == []
    doc = document(ACCUSED_IT, {0: ("PERGOV", "PER"), 2: ("BOLGOV", "BOL", "pronoun"), 5: ("CHLGOV", "CHL")})
    assert _targets(doc, match_at(doc, "112", "accuse", 1)) == ["it"]


def test_a_government_may_still_use_force_on_the_press_at_home():
    assert arguments.fits_pair(_mention("SYRGOV", "GOV"), _mention("SYRMED", "MED"), "195")
    assert not arguments.fits_pair(_mention("USAMED", "MED"), _mention("USAGOV", "GOV"), "190")


def test_a_meeting_or_visit_needs_a_counterpart():
    candidate, governor = _mention("USAELI", "ELI", "person"), _mention("USAGOV", "GOV", "person")
    assert not arguments.fits_pair(candidate, None, "042")  # "the candidate toured the state"
    assert not arguments.fits_pair(governor, None, "040")  # "the cabinet met on Monday"
    assert arguments.fits_pair(candidate, governor, "040")
    assert arguments.fits_pair(candidate, None, "010")  # a statement needs no hearer


SANCTIONS_ON_ALLY = """
Washington Washington PROPN NNP nsubj 1
imposed impose VERB VBD ROOT 1
sanctions sanction NOUN NNS dobj 1
on on ADP IN prep 1
its its PRON PRP$ poss 5
ally ally NOUN NN pobj 3
Turkey Turkey PROPN NNP appos 5
"""


def test_a_name_in_apposition_stands_for_the_noun_before_its_owner_does():
    doc = document(
        SANCTIONS_ON_ALLY, {0: ("USAGOV", "USA"), 4: ("USAGOV", "USA", "pronoun"), 6: ("TURGOV", "TUR")}
    )
    assert _targets(doc, match_at(doc, "163", "impose sanction", 1)) == ["Turkey"]
    spec = SANCTIONS_ON_ALLY.replace("Turkey Turkey PROPN NNP appos 5", "again again ADV RB advmod 1")
    doc = document(spec, {0: ("USAGOV", "USA"), 4: ("USAGOV", "USA", "pronoun")})
    assert _targets(doc, match_at(doc, "163", "impose sanction", 1)) == []


TIES_WITH_NATION = """
Israel Israel PROPN NNP nsubj 1
established establish VERB VBD ROOT 1
ties tie NOUN NNS dobj 1
with with ADP IN prep 1
Bhutan Bhutan PROPN NNP pobj 3
, , PUNCT , punct 1
a a DET DT det 7
nation nation NOUN NN dobj 1
bordering border VERB VBG acl 7
India India PROPN NNP dobj 8
"""


def test_the_predicates_own_phrase_comes_before_a_noun_a_clause_further_down():
    doc = document(TIES_WITH_NATION, {0: ("ISRGOV", "ISR"), 4: ("BTNGOV", "BTN"), 9: ("INDGOV", "IND")})
    assert _targets(doc, match_at(doc, "054", "establish tie", 1)) == ["Bhutan"]


CALL_FOR_SANCTIONS = """
Greece Greece PROPN NNP nsubj 1
called call VERB VBD ROOT 1
for for ADP IN prep 1
sanctions sanction NOUN NNS pobj 2
against against ADP IN prep 3
Turkey Turkey PROPN NNP pobj 4
"""


def test_the_target_of_what_is_called_for_is_the_target_of_the_call():
    doc = document(CALL_FOR_SANCTIONS, {0: ("GRCGOV", "GRC"), 5: ("TURGOV", "TUR")})
    assert _targets(doc, match_at(doc, "020", "call for", 1)) == ["Turkey"]
    doc = document(
        CALL_FOR_SANCTIONS.replace("against against", "over over"),
        {0: ("GRCGOV", "GRC"), 5: ("TURGOV", "TUR")},
    )
    assert _targets(doc, match_at(doc, "020", "call for", 1)) == []


SUSPENDED_SUPPLIES = """
Japan Japan PROPN NNP nsubj 1
suspended suspend VERB VBD ROOT 1
supplies supply NOUN NNS dobj 1
such such ADJ JJ amod 4
as as ADP IN prep 2
medicine medicine NOUN NN pobj 4
to to ADP IN prep 5
Myanmar Myanmar PROPN NNP pobj 6
"""


def test_a_destination_hung_on_the_object_or_on_an_example_of_it_is_the_target():
    doc = document(SUSPENDED_SUPPLIES, {0: ("JPNGOV", "JPN"), 7: ("MMRGOV", "MMR")})
    assert _targets(doc, match_at(doc, "160", "suspend", 1)) == ["Myanmar"]
    on_object = (
        "\n".join(SUSPENDED_SUPPLIES.strip().splitlines()[:3])
        + "\nto to ADP IN prep 2\nMyanmar Myanmar PROPN NNP pobj 3"
    )
    spec = on_object
    doc = document(spec, {0: ("JPNGOV", "JPN"), 4: ("MMRGOV", "MMR")})
    assert _targets(doc, match_at(doc, "160", "suspend", 1)) == ["Myanmar"]


ACTIVISTS_WHO_WERE_ARRESTED = """
the the DET DT det 1
activists activist NOUN NNS ROOT 1
who who PRON WP nsubjpass 4
were be AUX VBD auxpass 4
arrested arrest VERB VBN relcl 1
"""


def test_the_noun_a_passive_relative_clause_describes_is_its_object():
    from newsevents.events import patterns

    doc = document(ACTIVISTS_WHO_WERE_ARRESTED, {1: ("EGYACT", "EGY")})
    assert patterns.relative_object(doc.spacy[4]) == doc.spacy[1]
    active = ACTIVISTS_WHO_WERE_ARRESTED.replace("who who PRON WP nsubjpass 4", "who who PRON WP nsubj 4")
    doc = document(
        active.replace("were be AUX VBD auxpass 4", "were be AUX VBD aux 4"), {1: ("EGYACT", "EGY")}
    )
    assert patterns.relative_object(doc.spacy[4]) is None


GAVE_ENDORSEMENT = """
Paris Paris PROPN NNP nsubj 1
gave give VERB VBD ROOT 1
Berlin Berlin PROPN NNP dative 1
its its PRON PRP$ poss 4
endorsement endorsement NOUN NN dobj 1
"""


def test_the_dative_of_the_verb_that_gives_an_event_noun_is_its_target():
    doc = document(
        GAVE_ENDORSEMENT, {0: ("FRAGOV", "FRA"), 2: ("DEUGOV", "DEU"), 3: ("FRAGOV", "FRA", "pronoun")}
    )
    assert _targets(doc, match_at(doc, "051", "endorsement/NOUN", 4)) == ["Berlin"]


MEDIATION_BETWEEN = """
Moscow Moscow PROPN NNP nsubj 1
launched launch VERB VBD ROOT 1
a a DET DT det 4
mediation mediation NOUN NN compound 4
effort effort NOUN NN dobj 1
between between ADP IN prep 4
India India PROPN NNP pobj 5
and and CCONJ CC cc 6
Pakistan Pakistan PROPN NNP conj 6
"""


def test_the_parties_a_mediation_is_between_are_its_targets_not_its_sources():
    doc = document(MEDIATION_BETWEEN, {0: ("RUSGOV", "RUS"), 6: ("INDGOV", "IND"), 8: ("PAKGOV", "PAK")})
    match = match_at(doc, "045", "effort/NOUN mediation", 4)
    assert [m.text for m in arguments.sources(doc, match)] == ["Moscow"]
    assert _targets(doc, match) == ["India", "Pakistan"]
    summit = MEDIATION_BETWEEN.replace("mediation mediation", "peace peace").replace(
        "effort effort", "summit summit"
    )
    doc = document(summit, {0: ("RUSGOV", "RUS"), 6: ("INDGOV", "IND"), 8: ("PAKGOV", "PAK")})
    assert [m.text for m in arguments.sources(doc, match_at(doc, "043", "summit/NOUN", 4))] == [
        "India",
        "Pakistan",
    ]


STRENGTHENED_FORCES = """
Moscow Moscow PROPN NNP nsubj 1
strengthened strengthen VERB VBD ROOT 1
its its PRON PRP$ poss 3
forces force NOUN NNS dobj 1
"""


def test_forces_a_country_strengthens_are_no_target():
    doc = document(STRENGTHENED_FORCES, {0: ("RUSGOV", "RUS"), 3: ("RUSMIL", "RUS")})
    assert _targets(doc, match_at(doc, "154", "strengthen force", 1)) == []
