"""The date of each event and where it comes from (``date_source``), on sentences written for these tests."""

from newsevents import code, settings


def _dates(text: str, published: str | None = "2025-08-20") -> dict[str, tuple]:
    with settings.overridden(min_event_confidence=0.0):  # every candidate: dates, not confidence
        events = code(text, published=published).to_dict()["events"]
    return {e["trigger"]["text"]: (e["date"], e["date_source"]) for e in events}


def test_the_clause_date_wins_over_publication():
    dates = _dates("Russia invaded Ukraine in 2014, and France condemned Russia on Tuesday.")
    assert dates["invaded"] == ("2014-01-01", "text")
    assert dates["condemned"] == ("2025-08-19", "text")


def test_a_meeting_dated_by_its_sentence():
    dates = _dates("The last time Putin met Trump was in 2019.")
    assert dates["met"] == ("2019-01-01", "sentence")


def test_an_age_is_no_date_and_the_publication_day_is_named_as_such():
    dates = _dates("Zelensky, 47, criticized Russia.")
    assert dates["criticized"] == ("2025-08-20", "published")


def test_an_undated_article_keeps_what_its_text_gives():
    dates = _dates("Iran seized a British tanker in July 2019. France criticized Iran.", published=None)
    assert dates["seized"] == ("2019-07-01", "text")
    assert dates["criticized"] == (None, None)
