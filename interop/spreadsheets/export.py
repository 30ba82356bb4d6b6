"""Offers → the same German columns the importer reads, so an exported file uploads again unchanged."""

import csv
import datetime as dt
import io
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from directory.models import Offer
from interop.spreadsheets import parse
from interop.spreadsheets.columns import COLUMNS, HEADERS

DATE_FORMAT = "DD.MM.YYYY"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def offers_for_export(offers: Any) -> Any:
    return offers.select_related("provider", "project").prefetch_related(
        "topics", "partners", "locations", "served_districts", "schedules"
    )


def _euros(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",") + " €"


def _age(offer: Offer) -> str:
    if offer.age_min is None and offer.age_max is None:
        return "alle"
    if offer.age_max is None:
        return f"ab {offer.age_min}"
    if offer.age_min is None:
        return f"bis {offer.age_max}"
    return f"{offer.age_min}–{offer.age_max}"


def _cost(offer: Offer) -> str:
    if offer.cost == Offer.Cost.AMOUNT and offer.cost_amount is not None:
        return _euros(Decimal(offer.cost_amount))
    if offer.cost == Offer.Cost.REDUCED:
        amount = f"{_euros(Decimal(offer.cost_amount))}, " if offer.cost_amount is not None else ""
        return f"{amount}ermäßigt mit {offer.cost_pass_name}"
    return "kostenlos"


def _yes_no(value: bool) -> str:
    return "ja" if value else "nein"


def cells_of(offer: Offer) -> dict[str, Any]:
    """One offer as column key → cell value; dates stay dates."""
    schedules = [(s.freq, s.byday, s.interval, s.opens_at, s.closes_at) for s in offer.schedules.all()]
    where = [location.name for location in offer.locations.all()]
    where += ["mobil"] * offer.is_mobile + ["online"] * offer.is_online
    phone = f"Tel. {offer.contact_phone}" if offer.contact_phone else ""
    contact = [offer.contact_name, phone, offer.contact_email, offer.contact_url]
    return {
        "title": offer.title,
        "summary": offer.summary,
        "description": offer.description,
        "offer_type": parse.TYPES_DE.get(offer.offer_type, offer.offer_type),
        "topics": ", ".join(topic.name_in("de") for topic in offer.topics.all()),
        "age": _age(offer),
        "audience": ", ".join(parse.AUDIENCES_DE.get(code, code) for code in offer.audience),
        "languages": ", ".join(parse.LANGUAGES_DE.get(code, code) for code in offer.languages),
        "interpreter": _yes_no(offer.interpreter_on_request),
        "cost": _cost(offer),
        "registration": _yes_no(offer.registration_required),
        "when": parse.when_text(schedules, by_appointment=offer.by_appointment, ongoing=offer.is_ongoing),
        "where": "; ".join(where),
        "districts": ", ".join(district.name for district in offer.served_districts.all()),
        "contact": "; ".join(part for part in contact if part),
        "provider": offer.provider.name,
        "partners": "; ".join(partner.name for partner in offer.partners.all()),
        "project": offer.project.name if offer.project else "",
        "valid_from": offer.valid_from,
        "valid_until": offer.valid_until,
        "id": offer.slug,
    }


def _rows(offers: Iterable[Offer]) -> list[list[Any]]:
    return [[cells_of(offer)[column.key] for column in COLUMNS] for offer in offers]


def xlsx(offers: Iterable[Offer]) -> bytes:
    """First sheet "Angebote" with the header row and one row per offer; second sheet "Hinweise"."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Angebote"
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in _rows(offers):
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, dt.date):
                cell.number_format = DATE_FORMAT
    sheet.freeze_panes = "A2"
    for letter_index, _column in enumerate(COLUMNS):
        sheet.column_dimensions[sheet.cell(1, letter_index + 1).column_letter].width = 24
    hints = book.create_sheet("Hinweise")
    hints.append(["Spalte", "Was hier hineingehört", "Beispiel"])
    for cell in hints[1]:
        cell.font = Font(bold=True)
    for column in COLUMNS:
        hints.append([column.header, column.hint, column.example])
    hints.column_dimensions["A"].width = 28
    hints.column_dimensions["B"].width = 90
    hints.column_dimensions["C"].width = 40
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_bytes(offers: Iterable[Offer]) -> bytes:
    """UTF-8 with BOM and semicolons, as German Excel writes and reads it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in _rows(offers):
        writer.writerow([value.strftime("%d.%m.%Y") if isinstance(value, dt.date) else value for value in row])
    return buffer.getvalue().encode("utf-8-sig")
