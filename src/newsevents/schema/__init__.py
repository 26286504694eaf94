"""The JSON Schema of the output contract, and a validator that also checks every offset."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).with_name("document.json")


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def problems(obj: dict[str, Any]) -> list[str]:
    """Everything wrong with a contract object: schema errors, then offsets that do not slice the text."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    found = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(obj)]
    if found:
        return found
    text = obj["article"]["text"]

    def check(where: str, item: dict[str, Any] | None) -> None:
        if item and text[item["start"] : item["end"]] != item["text"]:
            found.append(f"{where}: {item['text']!r} != text[{item['start']}:{item['end']}]")

    for event in obj["events"]:
        for part in ("source", "target", "trigger", "location"):
            check(f"event {event['id']} {part}", event[part])
    for quote in obj["quotes"]:
        check("quote", quote)
        check("quote speaker", quote["speaker"])
        check("quote cue", quote["cue"])
    for item in obj["times"] + obj["places"]:
        check("time/place", item)
    for actor in obj["actors"]:
        for start, end in actor["mentions"]:
            if not 0 <= start < end <= len(text):
                found.append(f"actor {actor['id']}: mention [{start}, {end}] outside the text")
    return found
