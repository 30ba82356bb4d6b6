"""Offers as spreadsheets: templates, a checked upload that writes all or nothing, and export → re-import."""

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from django.utils import translation
from openpyxl import load_workbook

from core.models import AuditEntry, Organisation
from directory.models import Offer
from interop.spreadsheets import parse
from interop.spreadsheets.columns import HEADERS
from tests.interop._sheets import client_for, confirm, csv_file, good_row, read_xlsx, upload, xlsx_file

pytestmark = pytest.mark.django_db


def problems_of(response) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.message) for p in response.context["checked"].problems]


# --- templates ---------------------------------------------------------------------------------------------------


def test_xlsx_template_has_the_german_headers_and_a_sheet_of_hints(staff):
    response = client_for(staff["editor"]).get("/staff/data/vorlage.xlsx")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Angebote", "Hinweise"]
    headers = [cell.value for cell in book["Angebote"][1]]
    assert headers == list(HEADERS)
    for expected in [
        "Altersgruppe",
        "Art des Angebots",
        "Sprachen",
        "Kosten",
        "Wann",
        "Wo",
        "Kontakt",
        "Durchführende Organisation",
        "In Kooperation mit",
    ]:
        assert expected in headers
    hints = {values[0]: values[1] for values in book["Hinweise"].iter_rows(min_row=2, values_only=True)}
    assert set(hints) == set(HEADERS)
    assert "nach Vereinbarung" in hints["Wann"]


def test_csv_template_is_utf8_with_bom_and_semicolons(staff):
    response = client_for(staff["editor"]).get("/staff/data/vorlage.csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    first = response.content.decode("utf-8-sig").splitlines()[0]
    assert first.split(";") == list(HEADERS)


# --- cells -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Di 10–12 Uhr", [("WEEKLY", "TU", 1, dt.time(10), dt.time(12))]),
        ("Montag bis Freitag 9:00-12:00", [("WEEKLY", "MO,TU,WE,TH,FR", 1, dt.time(9), dt.time(12))]),
        (
            "Di 10–12 Uhr; Do 15–18 Uhr",
            [("WEEKLY", "TU", 1, dt.time(10), dt.time(12)), ("WEEKLY", "TH", 1, dt.time(15), dt.time(18))],
        ),
        ("jeden 1. Mittwoch 9–11 Uhr", [("MONTHLY", "1WE", 1, dt.time(9), dt.time(11))]),
        ("jeden letzten Fr 14:30–16 Uhr", [("MONTHLY", "-1FR", 1, dt.time(14, 30), dt.time(16))]),
        ("alle 2 Wochen Mo, Mi 8.30 bis 10 Uhr", [("WEEKLY", "MO,WE", 2, dt.time(8, 30), dt.time(10))]),
    ],
)
def test_opening_times_as_the_dorsten_listing_writes_them(cell, expected):
    result = parse.when(cell)
    assert [(s.freq, s.byday, s.interval, s.opens_at, s.closes_at) for s in result.schedules] == expected


def test_appointment_and_ongoing_are_words_not_times():
    result = parse.when("nach Vereinbarung; Fortlaufend")
    assert (result.by_appointment, result.is_ongoing, result.schedules) == (True, True, [])


@pytest.mark.parametrize("cell", ["Di 12–10 Uhr", "Dienstag morgens", "Di 25–26 Uhr", "Xy 10–12 Uhr"])
def test_bad_times_are_refused(cell):
    with pytest.raises(parse.CellError):
        parse.when(cell)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("12–26", (12, 26)),
        ("ab 60", (60, None)),
        ("bis 10 Jahre", (None, 10)),
        ("alle", (None, None)),
        ("altersunabhängig", (None, None)),
    ],
)
def test_age_groups(cell, expected):
    assert parse.age_range(cell) == expected


def test_costs():
    assert parse.cost("Kostenloses Angebot")["cost"] == Offer.Cost.FREE
    assert parse.cost("3,50 €") == {"cost": "amount", "cost_amount": Decimal("3.50"), "cost_pass_name": ""}
    reduced = parse.cost("ermäßigt mit Dorsten-Pass")
    assert (reduced["cost"], reduced["cost_pass_name"]) == ("reduced", "Dorsten-Pass")
    with pytest.raises(parse.CellError):
        parse.cost("günstig")


def test_contact_is_split_by_kind():
    assert parse.contact("Frau Wahl; Tel: 02362 7770420; b.wahl@example.org; www.integrationsagentur-dorsten.de") == {
        "contact_name": "Frau Wahl",
        "contact_phone": "02362 7770420",
        "contact_email": "b.wahl@example.org",
        "contact_url": "https://www.integrationsagentur-dorsten.de",
    }


# --- upload: good files --------------------------------------------------------------------------------------------


def full_row() -> list:
    return good_row(
        Themen="Frauen, Sprache",
        Altersgruppe="ab 18",
        Zielgruppe="Frauen, Familien",
        Sprachen="Deutsch, Arabisch, fa",
        Dolmetschen_auf_Anfrage="ja",
        Kosten="1,50 €",
        Anmeldung="nein",
        Wann="Mi 9–11 Uhr; jeden 1. Freitag 15–17 Uhr",
        Wo="Begegnungszentrum; mobil",
        Stadtteil="Süd",
        Kontakt="Frauentreff; Tel. 02362 123456; treff@example.org",
        In_Kooperation_mit="Nachbarschaftsbüro Nord",
        Gültig_ab=dt.date(2025, 9, 1),
        Gültig_bis="30.06.2026",
    )


def test_upload_shows_a_preview_and_writes_only_on_confirm(world, staff):
    client = client_for(staff["editor"])
    before = Offer.objects.count()
    response = upload(client, xlsx_file([full_row()]))
    assert response.status_code == 200
    assert "Frauenfrühstück" in response.content.decode()
    assert Offer.objects.count() == before

    response = confirm(client)
    assert response.status_code == 302
    assert Offer.objects.count() == before + 1
    offer = Offer.objects.get(title="Frauenfrühstück")
    assert offer.provider == world.agency
    assert offer.status == Offer.Status.DRAFT
    assert offer.offer_type == Offer.Type.MEETING_PLACE
    assert sorted(t.slug for t in offer.topics.all()) == ["language", "women"]
    assert (offer.age_min, offer.age_max) == (18, None)
    assert offer.audience == ["women", "families"]
    assert offer.languages == ["de", "ar", "fa"]
    assert offer.interpreter_on_request
    assert not offer.registration_required
    assert (offer.cost, offer.cost_amount) == ("amount", Decimal("1.50"))
    assert sorted(str(s) for s in offer.schedules.all()) == [
        "FREQ=MONTHLY;BYDAY=1FR 15:00-17:00",
        "FREQ=WEEKLY;BYDAY=WE 09:00-11:00",
    ]
    assert list(offer.locations.all()) == [world.agency_place]
    assert offer.is_mobile
    assert not offer.is_online
    assert list(offer.served_districts.all()) == [world.district_b]
    assert (offer.contact_name, offer.contact_phone, offer.contact_email) == (
        "Frauentreff",
        "02362 123456",
        "treff@example.org",
    )
    assert list(offer.partners.all()) == [world.office]
    assert (offer.valid_from, offer.valid_until) == (dt.date(2025, 9, 1), dt.date(2026, 6, 30))
    assert AuditEntry.objects.filter(action="offers.imported").count() == 1

    follow = client.get(response["Location"])
    assert "1 new offers" in follow.content.decode()


def test_confirm_without_a_checked_upload_writes_nothing(world, staff):
    before = Offer.objects.count()
    response = confirm(client_for(staff["editor"]))
    assert response.status_code == 302
    assert Offer.objects.count() == before


@pytest.mark.parametrize(("delimiter", "encoding"), [(";", "utf-8-sig"), (",", "utf-8"), (";", "cp1252")])
def test_csv_with_either_separator_and_excel_encodings(world, staff, delimiter, encoding):
    client = client_for(staff["editor"])
    file = csv_file(
        [good_row(Titel="Sprachcafé für Mütter", Kosten="ermäßigt mit Dorsten-Pass")],
        delimiter=delimiter,
        encoding=encoding,
    )
    response = upload(client, file)
    assert response.status_code == 200, problems_of(response)
    confirm(client)
    offer = Offer.objects.get(title="Sprachcafé für Mütter")
    assert (offer.cost, offer.cost_pass_name) == ("reduced", "Dorsten-Pass")


# --- upload: broken files write nothing ------------------------------------------------------------------------------


def test_wrong_header_row_is_reported_by_column_name(world, staff):
    headers = list(HEADERS)
    headers[headers.index("Altersgruppe")] = "Alter"
    response = upload(client_for(staff["editor"]), xlsx_file([good_row()], headers=headers))
    assert response.status_code == 400
    columns = {column for _row, column, _message in problems_of(response)}
    assert columns == {"Alter", "Altersgruppe"}
    page = response.content.decode()
    assert "Unknown column “Alter”" in page
    assert "This column is missing" in page
    assert "Save these offers" not in page


def test_broken_rows_show_each_error_by_row_and_column_and_write_nothing(world, staff):
    client = client_for(staff["editor"])
    offers, schedules = Offer.objects.count(), Offer.objects.filter(schedules__isnull=False).count()
    rows = [
        good_row(Titel="Gutes Angebot"),  # row 2: fine on its own
        good_row(Titel="Hausaufgabenhilfe", Wann="Di 17–15 Uhr"),  # row 3: bad time
        good_row(Titel="Sprechstunde", Stadtteil="Atlantis"),  # row 4: unknown district
        good_row(Titel="Gutes Angebot"),  # row 5: duplicate of row 2
        good_row(Titel="Ausflug", Wo="Mondstation", Durchführende_Organisation="Unbekannter Verein"),  # row 6
        good_row(Titel="Kurs", Themen="Astrologie", Gültig_ab="31.02.2025"),  # row 7
    ]
    response = upload(client, xlsx_file(rows))
    assert response.status_code == 400
    found = {(number, column) for number, column, _message in problems_of(response)}
    assert found == {
        (3, "Wann"),
        (4, "Stadtteil"),
        (5, "Titel"),
        (6, "Wo"),
        (6, "Durchführende Organisation"),
        (7, "Themen"),
        (7, "Gültig ab"),
    }
    page = response.content.decode()
    assert "end time must be after the start time" in page
    assert "There is no district called “Atlantis”" in page
    assert "Row 2 already has an offer with this title" in page
    assert "Save these offers" not in page
    # A confirm sent anyway finds nothing stashed.
    confirm(client)
    assert Offer.objects.count() == offers
    assert Offer.objects.filter(schedules__isnull=False).count() == schedules


def test_the_same_id_twice_is_an_error(world, staff):
    rows = [good_row(Titel="A", ID="beratung-migration"), good_row(Titel="B", ID="beratung-migration")]
    response = upload(client_for(staff["editor"]), xlsx_file(rows))
    assert (3, "ID") in {(number, column) for number, column, _ in problems_of(response)}


def test_a_new_row_may_not_twin_a_saved_offer(world, staff):
    response = upload(client_for(staff["editor"]), xlsx_file([good_row(Titel="Migrationsberatung")]))
    assert response.status_code == 400
    assert "beratung-migration" in problems_of(response)[0][2]


@pytest.mark.parametrize("language", ["de", "ar", "uk"])
def test_errors_are_in_the_staff_language(world, staff, language):
    response = upload(client_for(staff["editor"], language), xlsx_file([good_row(Anmeldung="vielleicht")]))
    with translation.override(language):
        expected = translation.gettext("Write “ja” or “nein”.")
    assert problems_of(response) == [(2, "Anmeldung", expected)]
    assert expected != "Write “ja” or “nein”."  # really translated, not the English text


def test_an_unreadable_file_is_refused_clearly(world, staff):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = upload(client_for(staff["editor"]), SimpleUploadedFile("angebote.xlsx", b"PK not really"))
    assert response.status_code == 400
    assert "could not be read as XLSX" in response.content.decode()


# --- export → re-import ------------------------------------------------------------------------------------------


def test_export_lists_current_offers_in_the_import_columns(world, staff):
    response = client_for(staff["coordinator"]).get("/staff/data/angebote.xlsx")
    table = read_xlsx(response.content)
    assert table[0] == list(HEADERS)
    by_title = {values[0]: dict(zip(HEADERS, values, strict=True)) for values in table[1:]}
    assert set(by_title) == {
        "Willkommenscafé",
        "Migrationsberatung",
        "Kräuterbeet und Graffiti",
        "Integrationskurs mit Alphabetisierung",
    }
    assert by_title["Willkommenscafé"]["Wann"] == "Di 10–12 Uhr"
    assert by_title["Kräuterbeet und Graffiti"]["Altersgruppe"] == "12–26"
    assert by_title["Integrationskurs mit Alphabetisierung"]["Kosten"] == "2,29 €"
    assert by_title["Migrationsberatung"]["Wann"] == "nach Vereinbarung"
    assert by_title["Migrationsberatung"]["Durchführende Organisation"] == "Integrationsagentur"


def test_export_then_reimport_changes_nothing(world, staff):
    world.counselling.valid_from = dt.date(2025, 1, 1)
    world.counselling.contact_email = "beratung@example.org"
    world.counselling.save()
    client = client_for(staff["coordinator"])
    exported = client.get("/staff/data/angebote.xlsx").content
    versions = dict(Offer.objects.values_list("pk", "version"))
    audit_before = AuditEntry.objects.filter(action__startswith="offer.").count()

    from django.core.files.uploadedfile import SimpleUploadedFile

    response = upload(client, SimpleUploadedFile("export.xlsx", exported))
    assert response.status_code == 200, problems_of(response)
    assert all(r.unchanged for r in response.context["checked"].rows)
    confirm(client)
    assert dict(Offer.objects.values_list("pk", "version")) == versions
    assert AuditEntry.objects.filter(action__startswith="offer.").count() == audit_before


def test_csv_export_round_trip_changes_nothing(world, staff):
    client = client_for(staff["coordinator"])
    exported = client.get("/staff/data/angebote.csv").content
    assert exported.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == list(HEADERS)
    assert len(rows) == 5

    from django.core.files.uploadedfile import SimpleUploadedFile

    response = upload(client, SimpleUploadedFile("export.csv", exported))
    assert response.status_code == 200, problems_of(response)
    assert all(r.unchanged for r in response.context["checked"].rows)


def test_reuploading_an_edited_export_updates_that_offer(world, staff):
    client = client_for(staff["editor"])
    table = read_xlsx(client.get("/staff/data/angebote.xlsx").content)
    header = table[0]
    edited = [list(values) for values in table[1:]]
    target = next(values for values in edited if values[header.index("ID")] == "beratung-migration")
    target[header.index("Wann")] = "Mo 9–12 Uhr; nach Vereinbarung"
    version = world.counselling.version
    assert upload(client, xlsx_file(edited)).status_code == 200
    confirm(client)
    world.counselling.refresh_from_db()
    assert world.counselling.version == version + 1
    assert [str(s) for s in world.counselling.schedules.all()] == ["FREQ=WEEKLY;BYDAY=MO 09:00-12:00"]
    assert Offer.objects.filter(title="Migrationsberatung").count() == 1


def test_partners_with_commas_in_their_names_are_found(world, staff):
    Organisation.objects.create(region=world.region, slug="caritas", name="Caritas, Dorsten", kind="welfare")
    client = client_for(staff["editor"])
    response = upload(client, xlsx_file([good_row(In_Kooperation_mit="Caritas, Dorsten; Nachbarschaftsbüro Nord")]))
    assert response.status_code == 200, problems_of(response)
