from newsevents.events.modality import MODALITY_OF, asked, cue, modality, of_clause
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


def test_would_with_a_word_of_frequency_is_a_habit_not_a_future():
    habit = parse("""
In in ADP IN prep 5
those those DET DT det 2
years year NOUN NNS pobj 0
envoys envoy NOUN NNS nsubj 5
would would AUX MD aux 5
meet meet VERB VB ROOT 5
rebels rebel NOUN NNS dobj 5
at at ADP IN prep 5
times time NOUN NNS pobj 7
""")
    plain = parse("""
envoys envoy NOUN NNS nsubj 2
would would AUX MD aux 2
meet meet VERB VB ROOT 2
rebels rebel NOUN NNS dobj 2
""")
    often = parse("""
envoys envoy NOUN NNS nsubj 2
would would AUX MD aux 2
often often ADV RB advmod 2
meet meet VERB VB ROOT 2
rebels rebel NOUN NNS dobj 3
""")
    promised = parse("""
Lima Lima PROPN NNP nsubj 1
said say VERB VBD ROOT 1
envoys envoy NOUN NNS nsubj 5
would would AUX MD aux 5
often often ADV RB advmod 5
meet meet VERB VB ccomp 1
rebels rebel NOUN NNS dobj 5
""")
    assert cue(habit[5]) == "habit" and modality(habit[5]) == "asserted"
    assert modality(often[3]) == "asserted"
    assert modality(plain[2]) == "future"
    assert modality(promised[5]) == "future"  # reported, "would often meet" is a promise


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


def test_must_is_an_obligation_not_an_event():
    doc = parse("""
Hamas Hamas PROPN NNP nsubj 2
must must AUX MD aux 2
agree agree VERB VB ROOT 2
to to ADP IN prep 2
pauses pause NOUN NNS pobj 3
""")
    assert modality(doc[2]) == "hypothetical"


def test_has_to_is_an_obligation():
    doc = parse("""
Moscow Moscow PROPN NNP nsubj 1
has have VERB VBZ ROOT 1
to to PART TO aux 3
withdraw withdraw VERB VB xcomp 1
troops troop NOUN NNS dobj 3
""")
    assert modality(doc[3]) == "hypothetical"


def test_what_a_resolution_aims_at_avoiding_is_not_asserted():
    doc = parse("""
France France PROPN NNP nsubj 1
tabled table VERB VBD ROOT 1
a a DET DT det 3
resolution resolution NOUN NN dobj 1
aimed aim VERB VBN acl 3
at at ADP IN prep 4
avoiding avoid VERB VBG pcomp 5
another another DET DT det 8
veto veto NOUN NN dobj 6
""")
    assert modality(doc[8]) == "hypothetical"
    assert modality(doc[1]) == "asserted"


def test_past_talks_in_a_circumstance_stay_asserted_under_seems():
    doc = parse("""
After after ADP IN prep 5
his his PRON PRP$ poss 2
talks talk NOUN NNS pobj 0
Trump Trump PROPN NNP nsubj 5
now now ADV RB advmod 5
seems seem VERB VBZ ROOT 5
open open ADJ JJ acomp 5
""")
    assert modality(doc[2]) == "asserted"
    assert modality(doc[6]) == "speculative"


def test_talks_before_a_speculative_release_are_not_made_past():
    doc = parse("""
Iran Iran PROPN NNP nsubj 2
may may AUX MD aux 2
release release VERB VB ROOT 2
prisoners prisoner NOUN NNS dobj 2
before before ADP IN prep 2
talks talk NOUN NNS pobj 4
""")
    assert modality(doc[5]) == "speculative"


def test_what_reports_indicate_is_speculative_but_a_suggestion_itself_is_asserted():
    doc = parse("""
Reports report NOUN NNS nsubj 1
indicated indicate VERB VBD ROOT 1
that that SCONJ IN mark 4
Putin Putin PROPN NNP nsubj 4
proposed propose VERB VBD ccomp 1
talks talk NOUN NNS dobj 4
""")
    assert modality(doc[4]) == "speculative"
    doc = parse("""
Putin Putin PROPN NNP nsubj 1
suggested suggest VERB VBD ROOT 1
talks talk NOUN NNS dobj 1
""")
    assert modality(doc[1]) == "asserted"


def test_a_stated_clause_keeps_its_condition():
    doc = parse("""
Trump Trump PROPN NNP nsubj 1
stated state VERB VBD ROOT 1
that that SCONJ IN mark 5
Washington Washington PROPN NNP nsubj 5
would would AUX MD aux 5
support support VERB VB ccomp 1
Europe Europe PROPN NNP dobj 5
by by ADP IN prep 5
providing provide VERB VBG pcomp 7
cover cover NOUN NN dobj 8
if if SCONJ IN mark 13
a a DET DT det 12
deal deal NOUN NN nsubjpass 13
reached reach VERB VBN advcl 8
""")
    assert of_clause(doc[1], [doc[5]]) == "hypothetical"
    assert modality(doc[5]) == "hypothetical" and modality(doc[8]) == "hypothetical"
    assert of_clause(doc[1], []) == "asserted"


def test_a_wish_is_hypothetical():
    doc = parse("""
Laos Laos PROPN NNP nsubj 1
wants want VERB VBZ ROOT 1
to to PART TO aux 3
visit visit VERB VB xcomp 1
Hanoi Hanoi PROPN NNP dobj 3
""")
    assert modality(doc[3]) == "hypothetical"
    doc = parse("""
Lima Lima PROPN NNP nsubj 2
would would AUX MD aux 2
like like VERB VB ROOT 2
to to PART TO aux 4
meet meet VERB VB xcomp 2
Quito Quito PROPN NNP dobj 4
""")
    assert modality(doc[4]) == "hypothetical"


def test_a_hoped_for_clause_is_hypothetical_though_the_lemma_drops_its_e():
    doc = parse("""
He he PRON PRP nsubj 1
hoped hop VERB VBD ROOT 1
the the DET DT det 3
swap swap NOUN NN nsubj 5
would would AUX MD aux 5
lead lead VERB VB ccomp 1
to to ADP IN prep 5
talks talk NOUN NNS pobj 6
""")
    assert modality(doc[7]) == "hypothetical"


def test_what_is_pressed_for_or_aimed_at_is_hypothetical():
    doc = parse("""
Moldova Moldova PROPN NNP nsubj 1
pressed press VERB VBD ROOT 1
Romania Romania PROPN NNP dobj 1
to to PART TO aux 4
withdraw withdraw VERB VB xcomp 1
""")
    assert modality(doc[4]) == "hypothetical" and modality(doc[1]) == "asserted"
    doc = parse("""
Chad Chad PROPN NNP nsubj 1
sent send VERB VBD ROOT 1
troops troop NOUN NNS dobj 1
to to PART TO aux 4
fight fight VERB VB advcl 1
rebels rebel NOUN NNS dobj 4
""")
    assert modality(doc[4]) == "hypothetical" and modality(doc[1]) == "asserted"
    doc = parse("""
Peru Peru PROPN NNP nsubj 1
advanced advance VERB VBD ROOT 1
in in ADP IN prep 1
a a DET DT det 4
bid bid NOUN NN pobj 2
to to PART TO aux 6
capture capture VERB VB acl 4
Tumbes Tumbes PROPN NNP dobj 6
""")
    assert modality(doc[6]) == "hypothetical"


def test_would_have_is_counterfactual():
    doc = parse("""
Okafor Okafor PROPN NNP nsubj 3
would would AUX MD aux 3
have have AUX VB aux 3
objected object VERB VBN ROOT 3
""")
    assert modality(doc[3]) == "hypothetical"


def test_a_belief_is_speculative_but_a_statement_is_not():
    spec = """
Rios Rios PROPN NNP nsubj 1
{verb} {lemma} VERB VBZ ROOT 1
Chile Chile PROPN NNP nsubj 3
attacked attack VERB VBD ccomp 1
Peru Peru PROPN NNP dobj 3
"""
    assert modality(parse(spec.format(verb="thinks", lemma="think"))[3]) == "speculative"
    assert modality(parse(spec.format(verb="says", lemma="say"))[3]) == "asserted"


def test_a_direct_question_is_asked():
    doc = parse("""
Will will AUX MD aux 2
Sudan Sudan PROPN NNP nsubj 2
attack attack VERB VB ROOT 2
Chad Chad PROPN NNP dobj 2
? ? PUNCT . punct 2
""")
    assert asked(doc[2])
    said = parse("""
Sudan Sudan PROPN NNP nsubj 1
attacked attack VERB VBD ROOT 1
Chad Chad PROPN NNP dobj 1
. . PUNCT . punct 1
""")
    assert not asked(said[1])


def test_a_poll_answer_is_speculative():
    doc = parse("""
Sixty sixty NUM CD nummod 1
percent percent NOUN NN nsubj 2
say say VERB VBP ROOT 2
the the DET DT det 4
army army NOUN NN nsubj 5
abused abuse VERB VBD ccomp 2
villagers villager NOUN NNS dobj 5
""")
    assert modality(doc[5]) == "speculative" and cue(doc[5]) == "poll"
    doc = parse("""
A a DET DT det 2
new new ADJ JJ amod 2
survey survey NOUN NN nsubj 3
shows show VERB VBZ ROOT 3
voters voter NOUN NNS nsubj 5
back back VERB VBP ccomp 3
Okafor Okafor PROPN NNP dobj 5
""")
    assert modality(doc[5]) == "speculative"


def test_a_failed_or_avoided_act_is_negated():
    doc = parse("""
The the DET DT det 1
rebels rebel NOUN NNS nsubj 2
failed fail VERB VBD ROOT 2
to to PART TO aux 4
capture capture VERB VB xcomp 2
Gao Gao PROPN NNP dobj 4
""")
    assert modality(doc[4]) == "negated"
    doc = parse("""
Lima Lima PROPN NNP nsubj 1
avoided avoid VERB VBD ROOT 1
criticism criticism NOUN NN dobj 1
of of ADP IN prep 2
Quito Quito PROPN NNP pobj 3
""")
    assert modality(doc[2]) == "negated"


def test_an_act_by_nobody_is_negated():
    doc = parse("""
No no DET DT det 1
country country NOUN NN nsubj 3
has have AUX VBZ aux 3
recognized recognize VERB VBN ROOT 3
Somaliland Somaliland PROPN NNP dobj 3
""")
    assert modality(doc[3]) == "negated"
    doc = parse("""
Neither neither CCONJ CC preconj 1
Chile Chile PROPN NNP nsubj 5
nor nor CCONJ CC cc 1
Peru Peru PROPN NNP conj 1
has have AUX VBZ aux 5
condemned condemn VERB VBN ROOT 5
""")
    assert modality(doc[5]) == "negated"


def test_the_alternative_not_taken_is_negated():
    doc = parse("""
Instead instead ADV RB advmod 6
of of ADP IN prep 0
condemning condemn VERB VBG pcomp 1
Chad Chad PROPN NNP dobj 2
, , PUNCT , punct 6
Rios Rios PROPN NNP nsubj 6
praised praise VERB VBD ROOT 6
Sudan Sudan PROPN NNP dobj 6
""")
    assert modality(doc[2]) == "negated"
    assert modality(doc[6]) == "asserted"


def test_every_cue_names_a_modality():
    assert set(MODALITY_OF.values()) == {"asserted", "negated", "hypothetical", "future", "speculative"}
    doc = parse("""
Russia Russia PROPN NNP nsubj 1
attacked attack VERB VBD ROOT 1
Ukraine Ukraine PROPN NNP dobj 1
""")
    assert cue(doc[1]) == "" and MODALITY_OF[cue(doc[1])] == modality(doc[1])


def test_a_coordinated_verb_shares_the_condition_only_with_the_same_auxiliaries():
    doc = parse("""
Lima Lima PROPN NNP nsubj 2
would would AUX MD aux 2
order order VERB VB ROOT 2
a a DET DT det 4
truce truce NOUN NN dobj 2
and and CCONJ CC cc 2
begin begin VERB VB conj 2
talks talk NOUN NNS dobj 6
if if SCONJ IN mark 10
Quito Quito PROPN NNP nsubj 10
withdrew withdraw VERB VBD advcl 6
and and CCONJ CC cc 10
apologized apologize VERB VBD conj 10
""")
    assert [modality(doc[i]) for i in (2, 6, 10, 12)] == ["hypothetical"] * 4
    doc = parse("""
Lima Lima PROPN NNP nsubj 2
would would AUX MD aux 2
help help VERB VB ROOT 2
Quito Quito PROPN NNP dobj 2
if if SCONJ IN mark 7
talks talk NOUN NNS nsubjpass 7
are be AUX VBP auxpass 7
held hold VERB VBN advcl 2
but but CCONJ CC cc 2
ruled rule VERB VBD conj 2
out out ADP RP prt 9
troops troop NOUN NNS dobj 9
""")
    assert modality(doc[2]) == "hypothetical" and modality(doc[9]) == "asserted"


def test_a_poll_margin_is_speculative():
    doc = parse("""
Troops troop NOUN NNS nsubj 1
backed back VERB VBD ROOT 1
Okafor Okafor PROPN NNP dobj 1
57 57 NUM CD nummod 4
percent percent NOUN NN appos 2
to to ADP IN prep 4
22 22 NUM CD nummod 7
percent percent NOUN NN pobj 5
""")
    assert cue(doc[1]) == "poll"


def test_a_generic_when_clause_is_hypothetical_but_a_past_one_is_not():
    spec = """
When when SCONJ WRB advmod 2
Chile Chile PROPN NNP nsubj 2
{verb} criticize VERB {tag} advcl 5
Peru Peru PROPN NNP dobj 2
Bolivia Bolivia PROPN NNP nsubj 5
{main} stay VERB {tag} ROOT 5
"""
    present = parse(spec.format(verb="criticizes", main="stays", tag="VBZ"))
    past = parse(spec.format(verb="criticized", main="stayed", tag="VBD"))
    assert modality(present[2]) == "hypothetical" and modality(past[2]) == "asserted"


def test_a_claim_named_by_a_noun_is_not_asserted():
    doc = parse("""
the the DET DT det 1
claim claim NOUN NN nsubjpass 7
that that SCONJ IN mark 4
Quito Quito PROPN NNP nsubj 4
trains train VERB VBZ acl 1
rebels rebel NOUN NNS dobj 4
was be AUX VBD auxpass 7
denied deny VERB VBN ROOT 7
""")
    assert cue(doc[4]) == "claim" and modality(doc[7]) == "asserted"


def test_what_a_goal_or_hope_names_is_hypothetical():
    doc = parse("""
The the DET DT det 1
aim aim NOUN NN nsubj 2
is be AUX VBZ ROOT 2
to to PART TO aux 4
isolate isolate VERB VB xcomp 2
Lima Lima PROPN NNP dobj 4
""")
    assert modality(doc[4]) == "hypothetical" and cue(doc[4]) == "wish"


def test_a_sources_own_negated_future_act_is_a_refusal():
    from newsevents.events import codes
    from newsevents.events.modality import refused

    wont = parse("""
Cairo Cairo PROPN NNP nsubj 3
will will AUX MD aux 3
not not PART RB neg 3
release release VERB VB ROOT 3
them they PRON PRP dobj 3
""")
    assert refused(wont[3])
    assert (
        codes.refusal("0841") == "1243" and codes.refusal("081") == "1241" and codes.refusal("070") == "122"
    )
    assert codes.refusal("040") == "125" and codes.refusal("190") is None
    did = parse("""
Cairo Cairo PROPN NNP nsubj 3
did do AUX VBD aux 3
not not PART RB neg 3
release release VERB VB ROOT 3
them they PRON PRP dobj 3
""")
    assert not refused(did[3])
    will = parse("""
Cairo Cairo PROPN NNP nsubj 2
will will AUX MD aux 2
release release VERB VB ROOT 2
them they PRON PRP dobj 2
""")
    assert not refused(will[2])


def test_the_act_a_source_is_ready_for_is_an_intent_and_not_ready_for_a_refusal():
    from newsevents.events import codes
    from newsevents.events.modality import offered, refused

    ready = parse("""
Cairo Cairo PROPN NNP nsubj 1
is be AUX VBZ ROOT 1
ready ready ADJ JJ acomp 1
to to PART TO aux 4
withdraw withdraw VERB VB xcomp 2
""")
    assert offered(ready[4]) and not refused(ready[4])
    assert codes.intent("0874") == "0356" and codes.intent("071") == "0331" and codes.intent("190") is None
    not_ready = parse("""
Cairo Cairo PROPN NNP nsubj 1
is be AUX VBZ ROOT 1
not not PART RB neg 1
ready ready ADJ JJ acomp 1
to to PART TO aux 5
withdraw withdraw VERB VB xcomp 3
""")
    assert refused(not_ready[5])


def test_an_event_noun_with_its_own_participants_is_not_what_a_negated_clause_denies():
    held = parse("""
Oslo Oslo PROPN NNP nsubj 1
missed miss VERB VBD ROOT 1
nothing nothing PRON NN dobj 1
but but CCONJ CC cc 1
was be AUX VBD conj 1
not not PART RB neg 4
at at ADP IN prep 4
the the DET DT det 8
summit summit NOUN NN pobj 6
between between ADP IN prep 8
Kenya Kenya PROPN NNP pobj 9
and and CCONJ CC cc 10
Chad Chad PROPN NNP conj 10
""")
    assert modality(held[8]) == "asserted"
    denied = parse("""
Kenya Kenya PROPN NNP nsubj 3
did do AUX VBD aux 3
not not PART RB neg 3
join join VERB VB ROOT 3
in in ADP IN prep 3
the the DET DT det 6
summit summit NOUN NN pobj 4
""")
    assert modality(denied[6]) == "negated"


def test_an_event_noun_owned_in_a_negated_clause_is_still_denied():
    doc = parse("""
Oslo Oslo PROPN NNP nsubj 3
did do AUX VBD aux 3
not not PART RB neg 3
confirm confirm VERB VB ROOT 3
reports report NOUN NNS dobj 3
of of ADP IN prep 4
Lima Lima PROPN NNP poss 8
's 's PART POS case 6
attack attack NOUN NN pobj 5
""")
    assert modality(doc[8]) == "negated"
