"""HSDS tables as a CSV data package (zip with datapackage.json and one CSV per table) and back.

Table and column names come from the vendored HSDS 3.0 datapackage.json, so other HSDS tools read the files.
"""

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from interop.exchange.tables import Collector, Tables, table_name

SPEC = Path(__file__).resolve().parent.parent / "spec" / "hsds-3.0" / "datapackage.json"


def _resources() -> list[dict[str, Any]]:
    resources: list[dict[str, Any]] = json.loads(SPEC.read_text(encoding="utf-8"))["resources"]
    return resources


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_package(tables: Tables) -> bytes:
    package = json.loads(SPEC.read_text(encoding="utf-8"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", json.dumps(package, ensure_ascii=False, indent=2))
        for resource in _resources():
            table = table_name(resource["path"])
            columns = [column["name"] for column in resource["schema"]["fields"]]
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(columns)
            for record in tables.get(table or "", {}).values():
                writer.writerow([_cell(record.get(column)) for column in columns])
            archive.writestr(resource["path"], out.getvalue())
    return buffer.getvalue()


def _rows(text: str) -> list[dict[str, Any]]:
    return [dict(row) for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))]


def _collect(files: dict[str, str]) -> Tables:
    collector = Collector()
    for name, text in sorted(files.items()):
        table = table_name(name)
        if table:
            collector.add_rows(table, _rows(text))
    return collector.tables


def read_zip(data: bytes) -> Tables:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        files = {name: archive.read(name).decode("utf-8-sig") for name in archive.namelist() if name.endswith(".csv")}
    return _collect(files)


def read_folder(folder: Path) -> Tables:
    return _collect({path.name: path.read_text(encoding="utf-8-sig") for path in folder.glob("*.csv")})
