"""Quote extraction on small texts parsed by the installed model."""

from __future__ import annotations

from tests.quotes import find as _find
from tests.quotes import quotes_of as _quotes


def test_direct_quote_with_pronoun_speaker():
    found = _quotes(
        'Donald Trump spoke on Monday. He said, "We will find out soon if Putin is willing to make a deal."'
    )
    quote = _find(found, "We will find out")
    assert quote.kind == "direct" and quote.speaker.text == "He" and quote.cue.text == "said"


def test_partial_quotes_take_the_cue_subject():
    found = _quotes(
        'French President Emmanuel Macron called Putin "a predator". '
        'Finnish President Alexander Stubb voiced skepticism, saying Putin is "rarely to be trusted."'
    )
    predator = _find(found, "a predator")
    assert predator.kind == "partial" and predator.speaker.text.endswith("Macron")
    trusted = _find(found, "rarely to be trusted")
    assert trusted.kind == "partial" and trusted.speaker.text.endswith("Stubb")


def test_indirect_speech_and_according_to():
    found = _quotes(
        "Dmitry Polyanskiy also noted that no one has ruled out direct talks. "
        "According to officials, the meeting was postponed."
    )
    noted = _find(found, "that no one")
    assert (
        noted.kind == "indirect" and noted.speaker.text.endswith("Polyanskiy") and noted.cue.text == "noted"
    )
    according = _find(found, "the meeting was postponed")
    assert according.speaker.text == "officials" and according.cue.text == "According to"


def test_quotes_after_a_colon_take_the_clause_subject():
    found = _quotes('Lavrov spoke to reporters: "We are ready." "But not now."')
    quote = _find(found, "We are ready")  # one speaker's consecutive quotes read as one
    assert quote.speaker.text == "Lavrov" and quote.text.endswith('"But not now."')


def test_odd_marks_never_raise():
    assert isinstance(_quotes('He said "this never closes. And "this neither'), list)


def test_verb_beside_a_quote_is_its_cue():
    found = _quotes(
        'The mayor spoke briefly. She responded, "We will rebuild the bridge." '
        '"Open the gates!" the protesters chanted outside.'
    )
    rebuild = _find(found, "We will rebuild")
    assert rebuild.cue.text == "responded" and rebuild.speaker.text == "She"
    gates = _find(found, "Open the gates")
    assert gates.cue.text == "chanted" and gates.speaker.text.endswith("protesters")


def test_stance_adjectives_and_nouns_are_cues():
    found = _quotes(
        "The governor was critical of the new tax plan. The senator has doubts about the pipeline project."
    )
    tax = _find(found, "the new tax plan")
    assert tax.cue.text == "critical" and tax.speaker.text.endswith("governor")
    pipeline = _find(found, "the pipeline project")
    assert pipeline.speaker.text.endswith("senator")


def test_object_of_a_control_verb_is_the_speaker():
    found = _quotes("The defeat prompted the party chairman to declare the race over.")
    race = _find(found, "the race over")
    assert race.cue.text == "declare" and race.speaker.text.endswith("chairman")


def test_a_quote_over_paragraphs_is_one_quote_of_its_speaker():
    found = _quotes(
        "Russian Foreign Minister Sergei Lavrov told reporters on Monday: "
        '"We are ready to talk. But preparation comes first.\n\n"Nothing will happen this week."'
    )
    quote = _find(found, "We are ready")
    assert quote.kind == "direct" and quote.text.endswith('this week."') and "\n\n" in quote.text
    assert quote.speaker.actor.code == "RUSGOV" and quote.to_dict()["speaker"]["code"] == "RUSGOV"
