"""Duplicates: exact copies (same normalized text) and near copies (syndication: another dateline, a few
edits, extra trailers) found by MinHash LSH over word 3-gram shingles (rensa). The first seen wins."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator

from rensa import RMinHash, RMinHashLSH

from newsevents import settings
from newsevents.document import Document

_PERMUTATIONS = 128
_SEED = 42
_WORD = re.compile(r"\w+")


class Deduper:
    """Remembers the articles it has seen; ``check`` names the first-seen copy of a new one."""

    def __init__(self, threshold: float | None = None) -> None:
        self.threshold = settings.get("dedup_threshold") if threshold is None else threshold
        bands = _bands(self.threshold)
        self._lsh = RMinHashLSH(threshold=self.threshold, num_perm=_PERMUTATIONS, num_bands=bands)
        self._exact: dict[bytes, str] = {}
        self._ids: list[str] = []
        self._sketches: list[RMinHash] = []

    def check(self, doc: Document) -> str | None:
        """The id of the first-seen exact or near duplicate of ``doc``, else None (and ``doc`` is
        remembered as an original). The Document is not changed."""
        words = _WORD.findall(doc.text.casefold())
        key = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=16).digest()
        if key in self._exact:
            return self._exact[key]
        sketch = RMinHash(num_perm=_PERMUTATIONS, seed=_SEED)
        sketch.update(_shingles(words))
        matches = [i for i in self._lsh.query(sketch) if self._sketches[i].jaccard(sketch) >= self.threshold]
        if matches:
            self._exact[key] = self._ids[min(matches)]
            return self._exact[key]
        self._exact[key] = doc.article.id
        self._lsh.insert(len(self._ids), sketch)
        self._ids.append(doc.article.id)
        self._sketches.append(sketch)
        return None


def _shingles(words: list[str]) -> list[str]:
    if len(words) < 3:
        return [" ".join(words)]
    return [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]


def _bands(threshold: float) -> int:
    """The band count whose LSH threshold, (1/b)^(1/r), is the highest one still below ``threshold``
    (so true matches are rarely missed; candidates are then checked against the threshold)."""
    options = [b for b in (2, 4, 8, 16, 32, 64) if (1 / b) ** (b / _PERMUTATIONS) < threshold]
    return options[0] if options else 64


def mark_duplicates(docs: Iterable[Document], deduper: Deduper | None = None) -> Iterator[Document]:
    """Pass Documents through, setting ``duplicate_of`` in the metadata of each copy of an earlier one."""
    deduper = deduper or Deduper()
    for doc in docs:
        if doc.text:  # a record that failed ingest has no text
            doc.article.meta["duplicate_of"] = deduper.check(doc)
        yield doc
