"""Reading any HSDS file nahbar accepts: a JSON document, a CSV data package as zip, or a folder of CSV files."""

import json
from pathlib import Path

from interop.exchange import csvpackage
from interop.exchange.tables import Tables, collect


class UnreadableFile(Exception):
    pass


def load(path: Path) -> Tables:
    try:
        if path.is_dir():
            return csvpackage.read_folder(path)
        if path.suffix.lower() == ".zip":
            return csvpackage.read_zip(path.read_bytes())
        return collect(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        raise UnreadableFile(f"{path}: {error}") from error
