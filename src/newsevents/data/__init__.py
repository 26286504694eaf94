"""Plain, documented, user-editable data files; ``read_tsv`` reads every table of the package."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from newsevents.errors import DataFileError

DATA_DIR = Path(__file__).parent


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV file with '#' comment lines and a header row, as dicts of stripped strings."""
    header: list[str] | None = None
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [cell.strip() for cell in line.split("\t")]
            if header is None:
                header = cells
                continue
            if len(cells) > len(header):
                raise DataFileError(str(path), number, f"{len(cells)} cells, header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            yield dict(zip(header, cells, strict=True))


def user_files(env: str, name: str) -> list[Path]:
    """User files that extend a packaged table: ``$env`` holds files or folders (os.pathsep separated)."""
    found: list[Path] = []
    for entry in filter(None, os.environ.get(env, "").split(os.pathsep)):
        path = Path(entry)
        if path.is_dir():
            found.extend(sorted(path.glob(name)))
        elif path.exists():
            found.append(path)
    return found


def split(cell: str) -> list[str]:
    """The '|'-separated values of a cell, without empties."""
    return [value.strip() for value in cell.split("|") if value.strip()]
