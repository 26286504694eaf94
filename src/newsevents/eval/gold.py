"""Gold event sets in three formats, read into one shape: sentences with their coded events.

- ``jsonl``: the project's format (``data/gold/README.md``);
- ``petrarch``: PETRARCH unit-test XML (``<Sentence date id><EventCoding sourcecode targetcode eventcode>``),
  whose validation dictionaries (actors, agents) can be turned into newsevents actor tables;
- ``conflibert``: the ConfliBERT five-class TSV (sentence, class of its most confident event).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class GoldEvent:
    source: str | None  # country (or IGO code) of the source
    target: str | None
    cameo: str
    modality: str = "asserted"


@dataclass
class GoldSentence:
    id: str
    text: str
    published: str | None
    events: list[GoldEvent] = field(default_factory=list)
    label: int | None = None  # five-class label (conflibert)
    key: str | int | None = None  # the key of its tune/check part (``eval.split``): its id when None

    @property
    def split_key(self) -> str | int:
        return self.id if self.key is None else self.key


FIVE_CLASSES = {
    **{r: 0 for r in ("01", "02")},
    **{r: 1 for r in ("03", "04", "05")},
    **{r: 2 for r in ("06", "07", "08")},
    **{r: 3 for r in ("09", "10", "11", "12", "13", "16")},
    **{r: 4 for r in ("14", "15", "17", "18", "19", "20")},
}


SECTORS = {
    "GOV",
    "MIL",
    "JUD",
    "LEG",
    "HLH",
    "REF",
    "DEV",
    "HRI",
    "BUS",
    "AGR",
    "EDU",
    "ENV",
    "LAB",
    "MED",
    "REL",
    "IGO",
    "NGO",
    "COP",
    "SPY",
    "OPP",
    "REB",
    "ELI",
    "CVL",
    "UAF",
    "INS",
}


def country_of(code: str | None, country: str | None = None) -> str | None:
    """The country part of an actor code (an IGO/NGO keeps its organization code)."""
    if country:
        return country
    if not code or code.startswith("---"):
        return None
    if code.startswith("IGOUNO"):
        return "IGOUNO"  # the UN family as one party: UN agencies (IAEA, WFP, ...) count as the UN
    if code.startswith(("IGO", "NGO", "IMG")):
        return (
            code[:6] if code[6:9] in SECTORS else code[:9]
        )  # IGOUNOJUDICJ -> IGOUNO; IGOWSTNATMIL -> IGOWSTNAT
    return code[:3]


def detect_format(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".xml"):
        return "petrarch"
    if name.endswith(".tsv"):
        return "conflibert"
    return "jsonl"


def load(path: Path, fmt: str | None = None) -> list[GoldSentence]:
    """Read a gold file in the named (or detected) format."""
    fmt = fmt or detect_format(path)
    readers = {"jsonl": _jsonl, "petrarch": _petrarch, "conflibert": _conflibert}
    if fmt not in readers:
        raise ValueError(f"unknown gold format {fmt!r}; choose one of {', '.join(readers)}")
    return readers[fmt](path)


def _jsonl(path: Path) -> list[GoldSentence]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        events = [
            GoldEvent(
                country_of(e.get("source"), e.get("source_country")),
                country_of(e.get("target"), e.get("target_country")),
                e["cameo"],
                e.get("modality", "asserted"),
            )
            for e in item.get("events", [])
        ]
        out.append(GoldSentence(item["id"], item["text"], item.get("published"), events))
    return out


def _petrarch(path: Path) -> list[GoldSentence]:
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    raw = re.sub(r"<Parse>.*?</Parse>", "", raw, flags=re.S)
    root = ET.fromstring(re.sub(r"&(?!amp;|lt;|gt;|quot;|apos;)", "&amp;", raw))
    out = []
    for sentence in root.iter("Sentence"):
        text_node = sentence.find("Text")
        if text_node is None or not (text_node.text or "").strip():
            continue
        date = sentence.get("date", "")
        published = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None
        events = []
        for coding in sentence.iter("EventCoding"):
            if coding.get("noevents") or not coding.get("eventcode"):
                continue
            events.append(
                GoldEvent(
                    country_of(coding.get("sourcecode")),
                    country_of(coding.get("targetcode")),
                    coding.get("eventcode", ""),
                )
            )
        text = " ".join(text_node.text.split())
        out.append(GoldSentence(sentence.get("id", str(len(out))), text, published, events))
    return out


def _conflibert(path: Path) -> list[GoldSentence]:
    """Sentences keyed by their line index (from 0) for the tune/check split."""
    out = []
    for index, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        text, _, label = line.rpartition("\t")
        if text and label.strip().isdigit():
            out.append(GoldSentence(f"{path.stem}:{index + 1}", text, None, label=int(label), key=index))
    return out


def petrarch_tables(folder: Path, out: Path) -> Path:
    """Turn PETRARCH validation dictionaries (``*actors*.txt``, ``*agents*.txt``) into actor tables."""
    out.mkdir(parents=True, exist_ok=True)
    groups = ["name\taliases\tcode\tcountry\tsector\tkind"]
    for path in sorted(folder.glob("*actors*.txt")):
        groups.extend(_petrarch_actors(path))
    roles = ["term\tsector\tkind\trank"]
    for path in sorted(folder.glob("*agents*.txt")):
        roles.extend(_petrarch_agents(path))
    (out / "groups_petrarch.tsv").write_text("\n".join(groups) + "\n", encoding="utf-8")
    (out / "roles_petrarch.tsv").write_text("\n".join(roles) + "\n", encoding="utf-8")
    return out


def _clean_lines(path: Path) -> list[str]:
    text = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8", errors="replace"), flags=re.S)
    return [line.split("#")[0].rstrip() for line in text.splitlines()]


def _petrarch_actors(path: Path) -> list[str]:
    rows: list[str] = []
    name, aliases, code = None, [], None

    def flush() -> None:
        if name and code and not code.startswith("---"):
            country = country_of(code) or ""
            rows.append(
                f"{name}\t{'|'.join(aliases)}\t{code}\t{country}\t{code[len(country) :] or ''}\torganization"
            )

    for line in _clean_lines(path):
        stripped = line.strip()
        if not stripped or "!" in stripped:
            continue
        if stripped.startswith("+"):
            aliases.append(_words(stripped[1:].split("[")[0]))
            continue
        match = re.match(r"([^\[]+?)\s*\[([A-Za-z~\-]+)", stripped)
        if match:
            flush()
            name, aliases, code = _words(match.group(1)), [], match.group(2).upper()
    flush()
    return rows


def _petrarch_agents(path: Path) -> list[str]:
    rows = []
    for line in _clean_lines(path):
        match = re.match(r"([^\[{!]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]{3})", line.strip())
        if not match:
            continue
        term = _words(match.group(1)).lower()
        rows.append(f"{term}\t{match.group(3)}\tperson\t1")
        plural = (match.group(2) or "").strip("{} ")
        if match.group(2) is not None:
            rows.append(f"{_words(plural).lower() if plural else term + 's'}\t{match.group(3)}\tgroup\t1")
    return rows


def _words(name: str) -> str:
    return " ".join(name.replace("_", " ").split()).title()
