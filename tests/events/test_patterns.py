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


ATTACKED_OKAFOR = """
The the DET DT det 1
senator senator NOUN NN nsubj 2
attacked attack VERB VBD ROOT 2
Okafor Okafor PROPN NNP dobj 2
"""


def test_person_class_object():
    from spacy.tokens import Span

    dictionary = Dictionary([("190", "attack"), ("111", "attack @person")])
    doc = parse(ATTACKED_OKAFOR)
    assert dictionary.match(doc[2]).pattern.code == "190"  # not known as a person
    doc.ents = [Span(doc, 3, 4, label="PERSON")]
    assert dictionary.match(doc[2]).pattern.code == "111"
    pronoun = parse(ATTACKED_OKAFOR.replace("Okafor Okafor", "him him"))
    assert dictionary.match(pronoun[2]).pattern.code == "111"


def test_clause_class_needs_a_complement_and_listed_words_beat_it():
    dictionary = Dictionary([("020", "ask @clause"), ("028", "ask intervene")])
    for verb, code in (("explain", "020"), ("intervene", "028")):
        doc = parse(f"""
Chad Chad PROPN NNP nsubj 1
asked ask VERB VBD ROOT 1
Niger Niger PROPN NNP dobj 1
to to PART TO aux 4
{verb} {verb} VERB VB xcomp 1
""")
        assert dictionary.match(doc[1]).pattern.code == code
    asked_about = parse("""
Rios Rios PROPN NNP nsubj 1
asked ask VERB VBD ROOT 1
about about ADP IN prep 1
taxes tax NOUN NNS pobj 2
""")
    assert dictionary.match(asked_about[1]) is None


def test_that_class_is_a_that_clause_only():
    dictionary = Dictionary([("054", "recognize"), ("none", "recognize @that")])
    doc = parse("""
Lima Lima PROPN NNP nsubj 1
recognized recognize VERB VBD ROOT 1
that that SCONJ IN mark 4
talks talk NOUN NNS nsubj 4
failed fail VERB VBD ccomp 1
""")
    assert dictionary.match(doc[1]).pattern.code == "none"
    doc = parse("""
Lima Lima PROPN NNP nsubj 1
recognized recognize VERB VBD ROOT 1
Kosovo Kosovo PROPN NNP dobj 1
""")
    assert dictionary.match(doc[1]).pattern.code == "054"


def test_a_relative_clause_takes_the_noun_it_describes_as_object():
    dictionary = Dictionary([("195", "strike"), ("057", "strike deal|agreement")])
    doc = parse("""
the the DET DT det 1
agreement agreement NOUN NN ROOT 1
Lima Lima PROPN NNP nsubj 4
had have AUX VBD aux 4
struck strike VERB VBN relcl 1
""")
    match = dictionary.match(doc[4])
    assert match.pattern.code == "057" and match.used == [doc[1]]
    doc = parse("""
the the DET DT det 1
jets jet NOUN NNS ROOT 1
that that PRON WDT nsubj 3
struck strike VERB VBD relcl 1
""")
    assert Dictionary([("none", "strike jet"), ("195", "strike")]).match(doc[3]).pattern.code == "195"


def test_unknown_word_class_is_an_error():
    with pytest.raises(ValueError, match="word class"):
        parse_pattern("111", "attack @nobody")


def test_event_noun_matches_its_modifier():
    dictionary = Dictionary([("141", "rally/NOUN"), ("none", "rally/NOUN campaign|election")])
    spec = """
Rios Rios PROPN NNP nsubj 1
spoke speak VERB VBD ROOT 1
at at ADP IN prep 1
a a DET DT det 5
{word} {word} {pos} {tag} {dep} 5
rally rally NOUN NN pobj 2
"""
    campaign = parse(spec.format(word="campaign", pos="NOUN", tag="NN", dep="compound"))
    assert dictionary.match(campaign[5]).pattern.code == "none"
    big = parse(spec.format(word="big", pos="ADJ", tag="JJ", dep="amod"))
    assert dictionary.match(big[5]).pattern.code == "141"


@pytest.mark.parametrize(
    ("verb", "lemma", "obj", "code"),
    [
        ("attended", "attend", "wedding", "none"),
        ("attended", "attend", "summit", "042"),
        ("left", "leave", "camp", None),
        ("left", "leave", "bloc", "160"),
        ("feared", "fear", "retaliation", None),
        ("voiced", "voice", "skepticism", "111"),
        ("voiced", "voice", "concern", "012"),
        ("bought", "buy", "argument", "none"),
        ("hosted", "host", "show", "none"),
    ],
)
def test_packaged_senses_that_are_no_event(verb, lemma, obj, code):
    from newsevents.events.patterns import load

    doc = parse(f"""
Rios Rios PROPN NNP nsubj 1
{verb} {lemma} VERB VBD ROOT 1
the the DET DT det 3
{obj} {obj} NOUN NN dobj 1
""")
    match = load().match(doc[1])
    assert (match.pattern.code if match else None) == code


def test_coordinated_verbs_share_an_object():
    dictionary = Dictionary([("1823", "kill"), ("none", "kill rabbit|deer")])
    doc = parse("""
hunters hunter NOUN NNS nsubj 1
killed kill VERB VBD ROOT 1
and and CCONJ CC cc 1
ate eat VERB VBD conj 1
a a DET DT det 5
rabbit rabbit NOUN NN dobj 3
""")
    assert dictionary.match(doc[1]).pattern.code == "none"


def test_a_rally_is_a_protest_only_against_something():
    from newsevents.events.patterns import load

    spec = """
Rios Rios PROPN NNP nsubj 1
spoke speak VERB VBD ROOT 1
at at ADP IN prep 1
a a DET DT det 4
rally rally NOUN NN pobj 2
"""
    assert load().match(parse(spec)[4]) is None
    against = parse(spec + "against against ADP IN prep 4\ntaxes tax NOUN NNS pobj 5\n")
    assert load().match(against[4]).pattern.code == "141"


@pytest.mark.parametrize(
    ("modifier", "noun", "code"),
    [
        ("general", "strike", "143"),
        ("hunger", "strike", "142"),
        ("air", "strike", "195"),
        ("heart", "attack", "none"),
        ("personal", "attack", "111"),
        ("charm", "offensive", "none"),
        ("joint", "drill", "062"),
        ("war", "game", "150"),
        ("condolence", "message", "018"),
    ],
)
def test_packaged_event_nouns_read_by_their_modifier(modifier, noun, code):
    from newsevents.events.patterns import load

    doc = parse(f"""
a a DET DT det 2
{modifier} {modifier} NOUN NN compound 2
{noun} {noun} NOUN NN ROOT 2
""")
    assert load().match(doc[2]).pattern.code == code


def test_a_verb_used_as_an_adjective_is_no_predicate():
    doc = parse("""
the the DET DT det 2
defending defend VERB VBG amod 2
champion champion NOUN NN ROOT 2
""")
    assert Dictionary([("052", "defend")]).match(doc[1]) is None


CALLED = "Lima Lima PROPN NNP nsubj 1\ncalled call VERB VBD ROOT 1\n"
CALLED_ON_MONDAY = (
    CALLED
    + """Quito Quito PROPN NNP dobj 1
on on ADP IN prep 1
Monday Monday PROPN NNP pobj 3
"""
)


def test_a_date_is_never_the_target_of_a_final_preposition():
    from spacy.tokens import Span

    doc = parse(CALLED_ON_MONDAY)
    dictionary = Dictionary([("020", "call on")])
    assert dictionary.match(doc[1]) is not None  # not known as a date
    doc.ents = [Span(doc, 4, 5, label="DATE")]
    assert dictionary.match(doc[1]) is None
    may = parse(CALLED + "on on ADP IN prep 1\nMay May PROPN NNP pobj 2\n")  # Theresa May, tagged a date
    may.ents = [Span(may, 3, 4, label="DATE")]
    assert dictionary.match(may[1]) is not None


def test_a_verb_that_names_its_object_keeps_only_patterns_that_use_the_name():
    doc = parse(
        CALLED
        + """Quito Quito PROPN NNP dobj 1
a a DET DT det 4
liar liar NOUN NN oprd 1
on on ADP IN prep 1
trade trade NOUN NN pobj 5
"""
    )
    assert Dictionary([("020", "call on")]).match(doc[1]) is None  # no appeal: "called Quito a liar"
    assert Dictionary([("020", "call on"), ("111", "call liar")]).match(doc[1]).pattern.code == "111"
    assert Dictionary([("041", "call")]).match(doc[1]) is not None  # a pattern of the verb alone keeps it
    alone = parse(
        CALLED
        + """on on ADP IN prep 1
Quito Quito PROPN NNP pobj 2
, , PUNCT , punct 1
the the DET DT det 6
president president NOUN NN oprd 1
"""
    )  # an object predicate after no object is the parser's error, and names nothing
    assert Dictionary([("020", "call on")]).match(alone[1]) is not None
    assert Dictionary([("041", "call president")]).match(alone[1]) is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("a a DET DT det 5\nliar liar NOUN NN appos 3", "111"),  # "called the envoy a liar", misread
        (", , PUNCT , punct 3\na a DET DT det 6\nliar liar NOUN NN appos 3", "041"),  # "the envoy, a liar,"
        ("Okafor Okafor PROPN NNP appos 3", "041"),  # "called the envoy Okafor": his name, no judgment
    ],
)
def test_a_common_noun_in_apposition_without_a_comma_is_what_the_object_is_called(name, code):
    doc = parse(CALLED + "the the DET DT det 3\nenvoy envoy NOUN NN dobj 1\n" + name + "\n")
    assert Dictionary([("041", "call envoy"), ("111", "call liar")]).match(doc[1]).pattern.code == code


def test_a_name_apposed_to_an_object_the_parser_misread_as_object_predicate_is_still_a_name():
    doc = parse(
        CALLED
        + """the the DET DT det 3
envoy envoy NOUN NN oprd 1
a a DET DT det 5
liar liar NOUN NN appos 3
"""
    )  # "called the envoy a liar", with the envoy read as object predicate
    assert Dictionary([("041", "call envoy"), ("111", "call liar")]).match(doc[1]).pattern.code == "111"


@pytest.mark.parametrize(
    ("spec", "matched"),
    [  # "called Quito reckless"; "called the plan reckless", which the parser hangs on the noun before
        ("Quito Quito PROPN NNP dobj 1\nreckless reckless ADJ JJ oprd 1", True),
        ("the the DET DT det 3\nplan plan NOUN NN dobj 1\nreckless reckless ADJ JJ amod 3", True),
        ("the the DET DT det 4\nreckless reckless ADJ JJ amod 4\nplan plan NOUN NN dobj 1", False),
        ("the the DET DT det 3\nliar liar NOUN NN dobj 1", False),
        (
            "the the DET DT det 4\nEuropeans European PROPN NNPS compound 4\n"
            "hypocrites hypocrite NOUN NNS dobj 1",  # "called the Europeans hypocrites", misread
            True,
        ),
        (  # "called the plan an irresponsible one", the name misread as an apposition
            "the the DET DT det 3\nplan plan NOUN NN dobj 1\nan an DET DT det 6\n"
            "irresponsible irresponsible ADJ JJ amod 6\none one NUM CD appos 3",
            True,
        ),
    ],  # "called the reckless mayor", "called the liar" call someone up: the object names nothing
)
def test_evaluation_class_is_a_word_of_the_evaluations_file_naming_the_object(spec, matched):
    doc = parse(CALLED + spec)
    assert (Dictionary([("111", "call @evaluation")]).match(doc[1]) is not None) is matched


def test_a_date_before_the_predicate_is_no_pattern_preposition():
    from spacy.tokens import Span

    doc = parse("""
On on ADP IN prep 4
Monday Monday PROPN NNP pobj 0
, , PUNCT , punct 4
Lima Lima PROPN NNP nsubj 4
called call VERB VBD ROOT 4
Quito Quito PROPN NNP dobj 4
""")
    dictionary = Dictionary([("020", "call on")])
    assert dictionary.match(doc[4]) is not None  # not known as a date
    doc.ents = [Span(doc, 1, 2, label="DATE")]
    assert dictionary.match(doc[4]) is None


def test_rows_of_one_predicate_and_shape_share_no_alternative():
    from newsevents.data import read_tsv
    from newsevents.events.patterns import PATTERNS_PATH

    seen: dict[tuple, list] = {}
    for row in read_tsv(PATTERNS_PATH):
        pattern = parse_pattern(row["code"], row["pattern"])
        preps = tuple(s.words if s.is_prep else None for s in pattern.steps)
        key = (pattern.lemma, pattern.pos, preps, pattern.target_preps)
        for other in seen.setdefault(key, []):
            pairs = zip(pattern.steps, other.steps, strict=True)
            shared = [a.words & b.words for a, b in pairs if not a.is_prep]
            assert not (shared and all(shared)), (row["pattern"], other.text)
        seen[key].append(pattern)


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        ("took take VERB VBD ROOT 1|a a DET DT det 3|shot shot NOUN NN dobj 1|at at ADP IN prep 1", "111"),
        ("hit hit VERB VBD ROOT 1|back back ADV RB advmod 1|at at ADP IN prep 1", "111"),
        (
            "threw throw VERB VBD ROOT 1|his his PRON PRP$ poss 3|support support NOUN NN dobj 1"
            "|behind behind ADP IN prep 1",
            "051",
        ),
        ("took take VERB VBD ROOT 1|a a DET DT det 3|shot shot NOUN NN dobj 1|of of ADP IN prep 3", None),
    ],
)
def test_packaged_idioms_of_criticism_and_support(spec, code):
    from newsevents.events.patterns import load

    rows = spec.split("|")
    doc = parse(
        "Rios Rios PROPN NNP nsubj 1\n" + "\n".join(rows) + f"\nOkafor Okafor PROPN NNP pobj {len(rows)}\n"
    )
    match = load().match(doc[1])
    assert (match.pattern.code if match else None) == code


def test_a_hyphenated_word_matches_as_one_word():
    from spacy.tokens import Doc

    from tests.parses import VOCAB

    def declared(spaces: list[bool]) -> Doc:
        words = ["Rios", "declared", "a", "cease", "-", "fire"]
        return Doc(
            VOCAB,
            words=words,
            spaces=spaces,
            lemmas=["Rios", "declare", "a", "cease", "-", "fire"],
            pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "NOUN"],
            deps=["nsubj", "ROOT", "det", "compound", "punct", "dobj"],
            heads=[1, 1, 5, 5, 5, 1],
        )

    rows = [("0871", "declare ceasefire"), ("0871", "ceasefire/NOUN")]
    dictionary = Dictionary(rows)
    doc = declared([True, True, True, False, False, False])
    assert dictionary.match(doc[1]).pattern.code == "0871"
    assert dictionary.match(doc[5]).pattern.text == "ceasefire/noun"
    apart = declared([True, True, True, True, True, False])  # "cease - fire": two words
    assert dictionary.match(apart[1]) is None


def test_an_amount_matches_as_what_it_is_counted_in():
    counted = """
Oslo Oslo PROPN NNP nsubj 1
provided provide VERB VBD ROOT 1
$ $ SYM $ quantmod 4
2 2 NUM CD compound 4
million million NUM CD dobj 1
in in ADP IN prep 4
aid aid NOUN NN pobj 5
"""
    dictionary = Dictionary([("070", "provide aid"), ("073", "provide medicine")])
    assert dictionary.match(parse(counted)[1]).pattern.code == "070"
    tons = """
Oslo Oslo PROPN NNP nsubj 1
provided provide VERB VBD ROOT 1
13 13 NUM CD nummod 3
tons ton NOUN NNS dobj 1
of of ADP IN prep 3
medicine medicine NOUN NN pobj 4
"""
    assert dictionary.match(parse(tons)[1]).pattern.code == "073"
    plain = tons.replace("tons ton NOUN NNS dobj 1", "boxes box NOUN NNS dobj 1")
    assert dictionary.match(parse(plain)[1]) is None


def test_forto_class_is_a_for_to_clause_the_parser_may_hang_as_adverbial():
    dictionary = Dictionary([("020", "call @forto")])
    doc = parse("""
Lima Lima PROPN NNP nsubj 1
called call VERB VBD ROOT 1
for for SCONJ IN mark 4
Quito Quito PROPN NNP nsubj 4
withdraw withdraw VERB VB advcl 1
to to PART TO aux 4
""")
    assert dictionary.match(doc[1]).pattern.code == "020"
    without_for = parse("""
Lima Lima PROPN NNP nsubj 1
called call VERB VBD ROOT 1
Quito Quito PROPN NNP dobj 1
to to PART TO aux 4
withdraw withdraw VERB VB advcl 1
""")
    assert dictionary.match(without_for[1]) is None


def test_thing_class_is_a_noun_not_a_person_and_listed_words_beat_it():
    from newsevents.events.patterns import load

    spec = """
Lima Lima PROPN NNP nsubj 1
returned return VERB VBD ROOT 1
the the DET DT det 3
{word} {lemma} NOUN NNS dobj 1
to to ADP IN prep 1
Quito Quito PROPN NNP pobj 4
"""
    for word, lemma, code in (("bells", "bell", "0842"), ("hostages", "hostage", "0841")):
        assert load().match(parse(spec.format(word=word, lemma=lemma))[1]).pattern.code == code


@pytest.mark.parametrize(
    ("word", "pos", "code"),
    [
        ("reckless", "ADJ", "111"),
        ("liar", "NOUN", "111"),
        ("friend", "NOUN", "051"),
        ("candidate", "NOUN", None),
    ],
)
def test_calling_someone_a_name_or_a_fault_is_criticism(word, pos, code):
    from newsevents.events.patterns import load

    doc = parse(f"""
Rios Rios PROPN NNP nsubj 1
called call VERB VBD ROOT 1
Okafor Okafor PROPN NNP dobj 1
{word} {word} {pos} JJ oprd 1
""")
    match = load().match(doc[1])
    assert (match.pattern.code if match else None) == code


SIGNED_UP = """
Voters voter NOUN NNS nsubj 1
signed sign VERB VBD ROOT 1
up up ADP RP prt 1
for for ADP IN prep 1
updates update NOUN NNS pobj 3
"""


def test_a_particle_the_pattern_does_not_name_makes_another_verb():
    doc = parse(SIGNED_UP)
    assert Dictionary([("057", "sign")]).match(doc[1]) is None  # "signed up" is no signing
    assert Dictionary([("057", "sign up")]).match(doc[1]) is not None
    weighed_in = parse(SIGNED_UP.replace("up up ADP RP prt", "in in ADV RB advmod"))
    assert Dictionary([("014", "sign")]).match(weighed_in[1]) is None  # the parser's adverb "in"
    fought_on = parse(SIGNED_UP.replace("up up ADP RP prt", "on on ADP RP prt"))
    assert Dictionary([("190", "sign")]).match(fought_on[1]) is not None  # "fought on" goes on fighting


def test_a_for_to_clause_the_parser_hangs_on_a_noun_is_still_one():
    from newsevents.events.patterns import for_to

    misparsed = parse("""
A a DET DT det 1
letter letter NOUN NN nsubj 6
for for ADP IN prep 1
Lima Lima PROPN NNP pobj 2
to to PART TO aux 5
resign resign VERB VB relcl 1
grew grow VERB VBD ROOT 6
""")
    assert for_to(misparsed[5])
    plan = parse("""
Quito Quito PROPN NNP nsubj 1
had have VERB VBD ROOT 1
a a DET DT det 3
plan plan NOUN NN dobj 1
to to PART TO aux 5
resign resign VERB VB acl 3
""")
    assert not for_to(plan[5])
