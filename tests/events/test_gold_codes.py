"""The gold sets speak the lexicon's codes: a score never counts a naming difference as an error."""

import json

from newsevents.actors import lexicon
from newsevents.data import DATA_DIR


def test_every_organization_code_of_the_event_gold_is_in_the_lexicon():
    known = {entity.code for entities in lexicon.load().entities.values() for entity in entities}
    for line in (DATA_DIR / "gold" / "events.jsonl").read_text(encoding="utf-8").splitlines():
        for event in json.loads(line)["events"]:
            for code in (event["source"], event.get("target")):
                if code and code.startswith("IGO"):
                    assert code in known, code
