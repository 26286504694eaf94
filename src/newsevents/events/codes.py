"""The CAMEO codebook (``data/cameo/codes.tsv``): name, Goldstein value, QuadClass, PLOVER type, mode and
context."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsevents.data import DATA_DIR, read_tsv

CODES_PATH = DATA_DIR / "cameo" / "codes.tsv"


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str = ""

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def codebook() -> dict[str, Code]:
    """Every CAMEO code, keyed by its string (leading zeros kept)."""
    book = {}
    for row in read_tsv(CODES_PATH):
        book[row["code"]] = Code(
            row["code"],
            row["name"],
            float(row["goldstein"]),
            int(row["quad_class"]),
            row.get("plover_type") or None,
            row.get("plover_mode") or None,
            row.get("plover_context") or "",
        )
    return book


def lookup(code: str) -> Code:
    """The codebook entry of a code; an unknown code raises KeyError naming it."""
    try:
        return codebook()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None
