"""The discard step: story and sentence phrases void events, say why, and spare political news."""

from __future__ import annotations

import re

import pytest

from newsevents import pipeline, settings
from newsevents.data import read_tsv
from newsevents.document import Article, Document, Event, Span
from newsevents.errors import DataFileError
from newsevents.events import discards
from newsevents.schema import problems


def coded(text: str) -> Document:
    """A Document over ``text`` with one event per sentence (ending in '.'), its first word as trigger."""
    doc = Document(Article("t", text))
    for index, found in enumerate(re.finditer(r"[^.]+\.", text)):
        start = found.start() + len(found.group()) - len(found.group().lstrip())
        word = text[start:].split()[0]
        trigger = Span(word, start, start + len(word))
        doc.events.append(
            Event(
                f"E{index + 1}", (index, start, found.end()), None, None, trigger, "111", -2.0, 3, None, None
            )
        )
    return doc


def test_a_football_match_report_is_voided_and_says_why():
    text = (
        "Northvale FC beat Eastport 3-2 after a penalty shootout. Eastport had equalised in stoppage time. "
        "The Eastport manager criticised the referee of the football match."
    )
    doc = discards.apply(coded(text))
    assert doc.events == []
    [entry] = doc.article.meta["discarded"]
    start = text.index("penalty shootout")
    assert entry == {
        "phrase": "penalty shootout",
        "scope": "story",
        "start": start,
        "end": start + 16,
        "events": 3,
    }


def test_a_political_story_naming_sport_in_passing_keeps_its_events():
    text = (
        "Governor Okafor vetoed the budget bill on the night of the basketball championship. "
        "He had watched the Lowmoor Lions' football game. Lawmakers criticised the veto."
    )
    doc = discards.apply(coded(text))
    assert len(doc.events) == 3
    assert "discarded" not in doc.article.meta


def test_a_long_political_story_with_a_few_sport_sentences_keeps_its_events():
    sport = "The minister cheered at the football match. He praised the NFL. He recalled the Super Bowl. "
    politics = "The minister of Sylvania criticised Freedonia. " * 13
    doc = discards.apply(coded(sport + politics))
    assert len(doc.events) == 16
    assert "discarded" not in doc.article.meta


def test_a_political_story_that_mentions_a_stadium_or_a_gymnasium_keeps_its_events():
    text = (
        "President Alvarez told supporters at the national stadium in Portavia that she would win. "
        "Rallies were held in a school gymnasium. She accused the opposition of fraud."
    )
    doc = discards.apply(coded(text))
    assert len(doc.events) == 3
    assert "discarded" not in doc.article.meta


def test_a_sentence_phrase_voids_its_sentence_only_and_events_are_numbered_again():
    text = (
        "Acme shares rose after the company reported record earnings per share. "
        "The ministers of Sylvania and Freedonia met in Geneva. Their talks lasted a marathon eleven hours."
    )
    doc = discards.apply(coded(text))
    assert [e.id for e in doc.events] == ["E1", "E2"]
    assert [e.sentence[0] for e in doc.events] == [1, 2]
    start = text.index("earnings per share")
    [entry] = doc.article.meta["discarded"]
    assert entry == {
        "phrase": "earnings per share",
        "scope": "sentence",
        "start": start,
        "end": start + 18,
        "events": 1,
    }


def test_the_setting_turns_the_step_off():
    text = "Acme reported a net profit of two million. Its share price rose."
    with settings.overridden(discards=0):
        assert len(discards.apply(coded(text)).events) == 2
    assert discards.apply(coded(text)).events == []


def test_phrases_match_whatever_the_case_spacing_hyphen_or_plural_but_only_whole_words():
    table = discards.load()
    found = table.find("The SEMI FINALS and the\nsemifinal; two Playoffs; women’s doubles.")
    assert [(h.phrase, h.scope) for h in found] == [
        ("semi-final", "sentence"),
        ("semi-final", "sentence"),
        ("playoff", "story"),
        ("women's doubles", "story"),
    ]
    assert table.find("Inflation, a hippo, a series about Rome, the iPod and wallet-related: costs.") == []


def test_page_furniture_is_matched_with_its_colon_only():
    text = "SEE MORE: Lowmoor protests grow. Police expect to see more protests. Related: the old issue."
    assert [h.phrase for h in discards.load().find(text)] == ["see more:", "related:"]


def test_phrases_that_would_void_political_news_are_left_out():
    text = (
        "Decades after the attack on Pearl Harbor and the Second World War, years ago, the senator, a party "
        "heavyweight and champion of reform, won by a landslide after marathon talks on the typhoon relief."
    )
    assert discards.load().find(text) == []


def test_a_stage_runs_after_events_and_its_record_is_in_the_contract():
    stages = pipeline.default_stages()
    assert [s.name for s in stages][-2:] == ["events", "discards"]
    pipeline.check(stages)
    text = "Acme's share price rose. The fans cheered."
    doc = discards.apply(coded(text))
    assert problems(doc.to_dict()) == []
    assert doc.to_dict()["article"]["discarded"] == [
        {"phrase": "share price", "scope": "sentence", "start": 7, "end": 18, "events": 1}
    ]


@pytest.fixture
def own_file(tmp_path, monkeypatch):
    """Write a user discard file named by the environment; the table is loaded again after the test."""
    own = tmp_path / "mine.tsv"
    monkeypatch.setenv(discards.DISCARDS_ENV, str(own))
    discards.load.cache_clear()
    yield own
    monkeypatch.delenv(discards.DISCARDS_ENV)
    discards.load.cache_clear()


def test_user_files_add_phrases_and_remove_packaged_ones(own_file):
    own_file.write_text("phrase\tscope\tnote\ncurling stone\tstory\tmine\nbox office\tnone\tnot for me\n")
    phrases = [h.phrase for h in discards.load().find("A curling stone, and the box office.")]
    assert phrases == ["curling stone"]


def test_a_user_row_without_a_known_scope_is_refused(own_file):
    own_file.write_text("phrase\tscope\tnote\ncurling stone\tmatch\tmine\n")
    with pytest.raises(DataFileError, match="curling stone"):
        discards.load()


def test_convert_reads_scopes_comments_word_ends_years_and_the_review():
    text = "# heading\n1999\n+ CURLING STONE  # xy 2009\nBOX OFFICE_\nWORLD CUP\nHOME RUN\n"
    review = [
        {"phrase": "world cup", "decision": "sentence", "note": "in passing"},
        {"phrase": "home run", "decision": "drop", "note": "a metaphor"},
        {"phrase": "stoppage time", "decision": "story", "note": "sport"},
    ]
    rows, dropped = discards.convert(text, review)
    assert rows == [
        ("curling stone", "story", "PETRARCH2"),
        ("box office", "sentence", "PETRARCH2"),
        ("world cup", "sentence", "PETRARCH2 sentence, here sentence: in passing"),
        ("stoppage time", "story", "added: sport"),
    ]
    assert dropped == [f"# dropped\t1999 ... 1999\t{discards.YEAR_NOTE}", "# dropped\thome run\ta metaphor"]
    with pytest.raises(ValueError, match="grand slam"):
        discards.convert(text, [{"phrase": "grand slam", "decision": "drop", "note": ""}])


def test_packaged_file_is_the_conversion_of_the_shared_list(shared):
    source = shared / "data" / "dictionaries" / "petrarch2" / "Phoenix.discards.txt"
    rows, dropped = discards.convert(source.read_text(encoding="utf-8"), list(read_tsv(discards.REVIEW_PATH)))
    packaged = [(r["phrase"], r["scope"], r["note"]) for r in read_tsv(discards.DISCARDS_PATH)]
    assert packaged == rows
    lines = discards.DISCARDS_PATH.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line.startswith("# dropped")] == dropped


def test_a_phrase_matched_without_case_in_another_script_form_is_found():
    """The matcher ignores case as Unicode does (the long s is an s): the phrase is looked up the same way."""
    assert [h.phrase for h in discards.load().find("a penalty ſhootout decided it.")] == ["penalty shootout"]
