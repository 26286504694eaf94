"""The fixed tune/check split of every gold set: tune on one part, report the other.

An item's part depends only on its key (a gold id, a page id, a sentence number), never on its content or
on results, so the split cannot drift toward what the coder gets right. Two of every five keys are check.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

Part = Literal["tune", "check"]
PARTS: tuple[Part, ...] = ("tune", "check")
T = TypeVar("T")


def part_of(key: str | int) -> Part:
    """``check`` for two of every five keys (by SHA-1 of the key), ``tune`` for the rest."""
    digest = hashlib.sha1(str(key).encode("utf-8")).hexdigest()
    return "check" if int(digest, 16) % 5 < 2 else "tune"


def select(items: Iterable[T], part: Part | None, key: Callable[[T], str | int]) -> list[T]:
    """The items of one part (all of them for ``None``)."""
    return [item for item in items if part is None or part_of(key(item)) == part]
