"""Helpers for spreadsheet tests: build files the way staff would, log in, upload, confirm."""

import csv
import io
from typing import Any

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from openpyxl import Workbook, load_workbook

from interop.spreadsheets.columns import HEADERS


def client_for(user: User, language: str = "en") -> Client:
    """Signed in, with a browser asking for `language` (the messages below are checked in English)."""
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def row(**cells: Any) -> list[Any]:
    """A data row; keys are German headers with spaces as underscores, e.g. Art_des_Angebots."""
    named = {key.replace("_", " "): value for key, value in cells.items()}
    unknown = set(named) - set(HEADERS)
    assert not unknown, unknown
    return [named.get(header, "") for header in HEADERS]


def good_row(**cells: Any) -> list[Any]:
    base = {
        "Titel": "Frauenfrühstück",
        "Kurzbeschreibung": "Gemeinsam frühstücken und Deutsch sprechen.",
        "Art_des_Angebots": "Treffpunkt",
        "Durchführende_Organisation": "Integrationsagentur",
    }
    return row(**(base | cells))


def xlsx_file(
    rows: list[list[Any]], headers: list[str] | None = None, name: str = "angebote.xlsx"
) -> SimpleUploadedFile:
    book = Workbook()
    sheet = book.active
    sheet.append(list(headers if headers is not None else HEADERS))
    for values in rows:
        sheet.append(values)
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def csv_file(
    rows: list[list[Any]], *, delimiter: str = ";", encoding: str = "utf-8-sig", name: str = "angebote.csv"
) -> SimpleUploadedFile:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(HEADERS)
    writer.writerows(rows)
    return SimpleUploadedFile(name, buffer.getvalue().encode(encoding))


def upload(client: Client, file: SimpleUploadedFile) -> Any:
    return client.post("/staff/data/import/", {"file": file})


def confirm(client: Client) -> Any:
    return client.post("/staff/data/import/confirm/")


def read_xlsx(content: bytes) -> list[list[Any]]:
    book = load_workbook(io.BytesIO(content))
    return [list(values) for values in book.worksheets[0].iter_rows(values_only=True)]
