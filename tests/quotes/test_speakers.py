"""Speakers resolved to the document's actors through the actors stage, or kept with the reason why not."""

from __future__ import annotations

from newsevents.document import Actor, Article, Document, Mention
from newsevents.quotes import speakers
from tests.quotes import find as _find
from tests.quotes import quotes_of as _quotes


def test_pronoun_speaker_carries_the_named_actor():
    found = _quotes('Emmanuel Macron arrived in Berlin on Monday. He said, "Europe must stand together."')
    quote = _find(found, "Europe must")
    assert quote.speaker.text == "He" and quote.speaker.actor.code == "FRAGOV" and quote.unresolved is None


def test_role_noun_speaker_takes_the_titled_person():
    found = _quotes(
        "Kremlin spokesman Dmitry Peskov met reporters in Moscow on Monday. "
        "The talks will take time, the spokesman said."
    )
    quote = _find(found, "The talks will")
    assert quote.speaker.text == "the spokesman" and quote.speaker.actor.code == "RUSGOV"
    named = next(a for a in quote.speaker.actor.mentions if "Peskov" in a.text)
    assert named.actor is quote.speaker.actor


def test_unresolvable_source_says_why():
    found = _quotes('"The border stays closed," a source close to the talks said.')
    quote = _find(found, "The border stays closed")
    assert quote.speaker is not None and quote.speaker.actor is None
    assert quote.unresolved == speakers.NOT_AN_ACTOR
    out = quote.to_dict()
    assert out["speaker"] is None and out["unresolved"] == speakers.NOT_AN_ACTOR
    assert out["source"]["text"] == quote.speaker.text


def test_reasons():
    actor = Actor("A1", "X", "FRAGOV", "FRA", "GOV", "person")
    assert speakers.reason(None) == speakers.NO_SOURCE
    assert speakers.reason(Mention(0, 2, "He", "pronoun", actor)) is None
    assert speakers.reason(Mention(0, 2, "He", "pronoun")) == speakers.NO_ANTECEDENT
    assert speakers.reason(Mention(0, 8, "the poll", "source")) == speakers.NOT_AN_ACTOR


def test_a_mention_over_the_head_word_gives_the_actor():
    from tests.parses import parse

    parsed = parse("""
Obama Obama PROPN NNP nsubj 1
Says say VERB VBZ ROOT 1
""")
    actor = Actor("A1", "Barack Obama", "USAGOV", "USA", "GOV", "person")
    actor.mentions.append(Mention(0, 10, "Obama Says", "name", actor, (0, 2)))
    doc = Document(Article("t", parsed.text), actors=[actor], spacy=parsed)
    speaker = speakers.resolve(doc, parsed[0])
    assert speaker.actor is actor and speakers.reason(speaker) is None
    assert speakers.resolve(Document(Article("t", parsed.text), spacy=parsed), parsed[0]).actor is None
