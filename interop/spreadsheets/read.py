"""An uploaded file → a table of cells: the first sheet of an XLSX, or a CSV with ';' or ',' in UTF-8 or cp1252."""

import csv
import io
import zipfile
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import load_workbook

MAX_ROWS = 5000


class UnreadableFile(ValueError):
    pass


def table(data: bytes, filename: str) -> list[list[Any]]:
    if filename.lower().endswith(".xlsx") or data[:2] == b"PK":
        return _xlsx(data)
    if filename.lower().endswith((".csv", ".txt")):
        return _csv(data)
    raise UnreadableFile(_("Upload an .xlsx or .csv file, e.g. the template from this page."))


def _xlsx(data: bytes) -> list[list[Any]]:
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise UnreadableFile(
            _("This file could not be read as XLSX. Save it again as “Excel workbook (.xlsx)”.")
        ) from error
    sheet = book.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 1)]
    book.close()
    return rows


def _csv(data: bytes) -> list[list[Any]]:
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        content = data.decode("cp1252", errors="replace")
    first_line = content.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    rows = list(csv.reader(io.StringIO(content), delimiter=delimiter))
    return [list(row) for row in rows[: MAX_ROWS + 1]]
