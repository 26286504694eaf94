"""Rows of every table from coded articles: the one function both ingest engines run.

``rows(docs)`` flattens Documents (or their contract dicts) into plain dicts, one list per table, ready
for Arrow; ``process_batch(records)`` codes a batch of raw records and returns the same, plus the input
ledger and the failures with their input reference. Neither touches the database.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from newsevents.document import Document
from newsevents.ingest import Record
from newsevents.store.schema import ARTICLE_TABLES

Rows = dict[str, list[dict[str, Any]]]
ROW_TABLES = (*ARTICLE_TABLES, "failures", "inputs")
_ARTICLE_KEYS = {"id", "url", "title", "published", "language", "text", "site", "author", "duplicate_of"}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def empty() -> Rows:
    """No rows, with every table present."""
    return {table: [] for table in ROW_TABLES}


def rows(docs: Iterable[Document | dict[str, Any]]) -> Rows:
    """The rows of each table for coded articles (Documents or contract dicts); an article id given
    again is skipped. A record that failed ingest (no text) gives only its failure rows;
    ``failures.source`` is left for the caller to set."""
    out, seen = empty(), set()
    for doc in docs:
        _add(out, doc.to_dict() if isinstance(doc, Document) else doc, seen)
    return out


def process_batch(records: list[Record], done: Callable[[int], None] | None = None) -> Rows:
    """Code a batch of raw records and return the rows of every table, with one ``inputs`` row per
    record (its digest, source and article id) and each failure tied to its input reference; ``done``
    is called with each record's position once it is coded."""
    from newsevents import code_many

    out, seen = empty(), set()
    for index, (record, doc) in enumerate(zip(records, code_many(records), strict=True)):
        part = empty()
        _add(part, doc.to_dict(), seen)
        for failure in part["failures"]:
            failure["source"] = record.source
            failure["reason"] = failure["reason"].removeprefix(f"{record.source}: ")
        part["inputs"].append(
            {
                "digest": input_digest(record),
                "source": record.source,
                "article_id": doc.article.id if doc.text else None,
            }
        )
        for table, found in part.items():
            out[table].extend(found)
        if done:
            done(index)
    return out


def input_digest(record: Record) -> str:
    """A fingerprint of a raw input: its reference, metadata and content (the ingest ledger's key)."""
    digest = hashlib.sha1()
    for part in (
        record.source,
        record.id,
        record.url,
        record.published,
        record.title,
        record.text,
        record.html,
        record.error,
    ):
        digest.update((part or "").encode("utf-8", "surrogatepass") + b"\0")
    digest.update(record.data or b"")
    return digest.hexdigest()[:24]


def cluster_id(day: str, source: str | None, target: str | None, cameo: str, location: str | None) -> int:
    """The id of a real-world event: a 63-bit hash of date, source code, target code, CAMEO code, place."""
    key = "\t".join(part or "" for part in (day, source, target, cameo, location))
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def domain(url: str | None) -> str | None:
    """The host of a URL without ``www.``, else None."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def iso_day(value: str | None) -> str | None:
    """The YYYY-MM-DD day at the start of an ISO date or timestamp, else None."""
    if not value or not _ISO_DAY.match(value):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _add(out: Rows, obj: dict[str, Any], seen: set[str]) -> None:
    article = obj["article"]
    aid, text = article["id"], article["text"]
    if text and aid in seen:
        return
    for error in obj["errors"]:
        out["failures"].append(
            {
                "source": None,
                "article_id": aid if text else None,
                "stage": error["stage"],
                "reason": error["message"],
            }
        )
    if not text:
        return
    seen.add(aid)
    meta = {k: v for k, v in article.items() if k not in _ARTICLE_KEYS}
    out["articles"].append(
        {
            **{k: article.get(k) for k in _ARTICLE_KEYS},
            "domain": domain(article.get("url")),
            "meta": json.dumps(meta, ensure_ascii=False) if meta else None,
        }
    )
    names = {actor["id"]: actor["name"] for actor in obj["actors"]}
    for idx, actor in enumerate(obj["actors"]):
        out["actors"].append(
            {
                "article_id": aid,
                "idx": idx,
                **{k: actor.get(k) for k in ("id", "name", "code", "country", "sector", "kind", "notes")},
            }
        )
        for start, end in actor["mentions"]:
            out["mentions"].append(
                {
                    "article_id": aid,
                    "actor_id": actor["id"],
                    "text": text[start:end],
                    "start_char": start,
                    "end_char": end,
                }
            )
    day = iso_day(article.get("published"))
    for idx, event in enumerate(obj["events"]):
        out["events"].append(_event(aid, idx, event, names, day))
    for idx, quote in enumerate(obj["quotes"]):
        out["quotes"].append(
            {
                "article_id": aid,
                "idx": idx,
                "text": quote["text"],
                "start_char": quote["start"],
                "end_char": quote["end"],
                "kind": quote["kind"],
                **_ref("speaker", quote["speaker"], names),
                **_span("cue", quote["cue"]),
                "unresolved": quote.get("unresolved"),
                **_span("source", quote.get("source")),
            }
        )
    for idx, timex in enumerate(obj["times"]):
        out["times"].append(
            {
                "article_id": aid,
                "idx": idx,
                "text": timex["text"],
                "start_char": timex["start"],
                "end_char": timex["end"],
                "value": timex["value"],
            }
        )
    for idx, place in enumerate(obj["places"]):
        out["places"].append({"article_id": aid, "idx": idx, **_place(place)})


def _event(aid: str, idx: int, event: dict[str, Any], names: dict[str, str], published: str | None) -> dict:
    source, target, location = event["source"] or {}, event["target"] or {}, event["location"] or {}
    day = event["date"] or published
    clustered = event["modality"] == "asserted" and day is not None
    return {
        "article_id": aid,
        "idx": idx,
        "id": event["id"],
        **{f"sentence_{k}": v for k, v in event["sentence"].items()},
        **_ref("source", event["source"], names),
        **_ref("target", event["target"], names),
        **_span("trigger", event["trigger"]),
        "cameo": event["cameo"],
        "cameo_root": event["cameo_root"],
        "quad_class": event["quad_class"],
        "goldstein": float(event["goldstein"]),
        "plover_type": event["plover"]["type"],
        "plover_mode": event["plover"]["mode"],
        "modality": event["modality"],
        "date": event["date"],
        "date_source": event.get("date_source") or ("published" if event["date"] is None and day else None),
        **_span("location", event["location"]),
        "location_name": location.get("name"),
        "location_country": location.get("country"),
        "location_lat": location.get("lat"),
        "location_lon": location.get("lon"),
        "confidence": float(event["confidence"]),
        "cluster_id": cluster_id(
            day, source.get("code"), target.get("code"), event["cameo"], location.get("name")
        )
        if clustered
        else None,
    }


def _ref(prefix: str, ref: dict[str, Any] | None, names: dict[str, str]) -> dict[str, Any]:
    ref = ref or {}
    return {
        f"{prefix}_actor": ref.get("actor"),
        f"{prefix}_name": names.get(ref.get("actor")),
        **_span(prefix, ref),
        f"{prefix}_code": ref.get("code"),
        f"{prefix}_country": ref.get("country"),
        f"{prefix}_sector": ref.get("sector"),
    }


def _span(prefix: str, span: dict[str, Any] | None) -> dict[str, Any]:
    span = span or {}
    return {
        f"{prefix}_text": span.get("text"),
        f"{prefix}_start": span.get("start"),
        f"{prefix}_end": span.get("end"),
    }


def _place(place: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": place.get("text"),
        "start_char": place.get("start"),
        "end_char": place.get("end"),
        "name": place.get("name"),
        "country": place.get("country"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
    }
