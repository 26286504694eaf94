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


# CAMEO's rejections mirror its cooperative codes: refusing to ease sanctions (081) is 1241, to release
# (084) 1243, to send aid (070) 122, to meet (04) 125. Longest prefix first; roots 03 and 05 have no mirror.
REFUSALS = {
    "081": "1241", "082": "1242", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
    "083": "123", "084": "1243", "085": "1244", "086": "1245", "087": "1246", "08": "124",
    "071": "1221", "072": "1222", "073": "1223", "074": "1224", "07": "122",
    "061": "1211", "062": "1212", "06": "121", "04": "125", "03": "120", "05": "120",
}  # fmt: skip


def refusal(code: str) -> str | None:
    """The CAMEO code of refusing the cooperative act ``code`` (roots 03-08), None for other roots."""
    return _mirror(REFUSALS, code)


# And its intents: being ready to release (084) is 0353, to send aid (070) 033, to meet (04) 036.
INTENTS = {
    "081": "0351", "082": "0352", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
    "083": "034", "084": "0353", "085": "0354", "086": "0355", "087": "0356", "08": "035",
    "071": "0331", "072": "0332", "073": "0333", "074": "0334", "07": "033",
    "061": "0311", "062": "0312", "063": "0313", "064": "0314", "06": "031", "045": "039", "04": "036",
    "05": "032",
}  # fmt: skip


def intent(code: str) -> str | None:
    """The CAMEO code of stating readiness for the cooperative act ``code`` (roots 04-08), else None."""
    return _mirror(INTENTS, code)


# And its demands: saying another must release (084) is 1053, must withdraw (0874) 106, must meet (04) 108.
DEMANDS = {
    "081": "1051", "082": "1052", "0831": "1041", "083": "104", "084": "1053", "085": "1054", "086": "1055",
    "0871": "107", "0874": "106", "087": "1056", "08": "100",
    "071": "1031", "072": "1032", "073": "1033", "074": "1034", "07": "103",
    "061": "1011", "062": "1012", "063": "1013", "064": "1014", "06": "100", "045": "105", "04": "108",
    "05": "102", "039": "105", "03": "100",
}  # fmt: skip


def demand(code: str) -> str | None:
    """The CAMEO code of demanding the cooperative act ``code`` of another (roots 03-08), else None."""
    return _mirror(DEMANDS, code)


def _mirror(table: dict[str, str], code: str) -> str | None:
    """The code ``table`` gives the longest prefix of ``code`` it lists."""
    return next((table[code[:n]] for n in (4, 3, 2) if code[:n] in table), None)
