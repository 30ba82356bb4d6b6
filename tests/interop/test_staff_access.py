"""Who may use the spreadsheet pages under /staff/data/, and which offers an upload may touch."""

import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from directory.models import Offer
from interop import urls_staff
from tests.interop._sheets import client_for, confirm, good_row, upload, xlsx_file

pytestmark = pytest.mark.django_db

NAMES = sorted(str(pattern.name) for pattern in urls_staff.urlpatterns)
POSTED = {"data_import", "data_import_confirm", "data_hsds_import", "data_hsds_import_confirm"}
STAFF = ["editor", "manager", "coordinator"]
# HSDS imports add organisations and places across the town: only its coordinators run them.
COORDINATORS_ONLY = {"data_hsds_import", "data_hsds_import_confirm"}
HSDS_EXAMPLE = Path(__file__).resolve().parents[2] / "interop" / "spec" / "hsds-3.0" / "examples" / "service_full.json"


def test_every_url_is_covered():
    assert (
        sorted(
            [
                "data_home",
                "data_template_xlsx",
                "data_template_csv",
                "data_export_xlsx",
                "data_export_csv",
                "data_import",
                "data_import_confirm",
                "data_hsds_json",
                "data_hsds_zip",
                "data_hsds_import",
                "data_hsds_import_confirm",
            ]
        )
        == NAMES
    )


def request(client: Client, name: str):
    url = reverse(f"staff:{name}")
    if name == "data_import":
        return client.post(url, {"file": xlsx_file([good_row()])})
    if name == "data_hsds_import":
        upload = SimpleUploadedFile("service.json", HSDS_EXAMPLE.read_bytes())
        return client.post(url, {"hsds-file": upload, "hsds-source": "beispiel"})
    if name in POSTED:
        return client.post(url)
    return client.get(url)


@pytest.mark.parametrize("name", NAMES)
def test_anonymous_visitors_are_sent_to_login(world, name):
    response = request(Client(), name)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("staff:login"))


@pytest.mark.parametrize("name", NAMES)
def test_people_without_a_role_are_refused(world, staff, name):
    assert request(client_for(staff["no_role"]), name).status_code == 403


@pytest.mark.parametrize("role", STAFF)
@pytest.mark.parametrize("name", NAMES)
def test_staff_may_use_every_page_their_role_allows(world, staff, role, name):
    response = request(client_for(staff[role]), name)
    refused = name in COORDINATORS_ONLY and role != "coordinator"
    expected = 403 if refused else 302 if name.endswith("_confirm") else 200
    assert response.status_code == expected
    if name in {"data_template_xlsx", "data_export_xlsx"}:
        assert response["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.parametrize("name", sorted(POSTED - {"data_import"}))
def test_uploads_and_confirmations_only_take_posts(world, staff, name):
    assert client_for(staff["coordinator"]).get(reverse(f"staff:{name}")).status_code == 405


def test_the_spreadsheet_upload_address_sends_a_get_back_to_the_data_page(world, staff):
    response = client_for(staff["editor"]).get(reverse("staff:data_import"))
    assert response.status_code == 302
    assert response["Location"] == reverse("staff:data_home")


def test_export_holds_only_offers_the_user_sees(world, staff):
    from tests.interop._sheets import read_xlsx

    table = read_xlsx(client_for(staff["other_editor"]).get(reverse("staff:data_export_xlsx")).content)
    titles = {values[0] for values in table[1:]}
    assert titles == {"Willkommenscafé", "Kräuterbeet und Graffiti"}


def test_an_upload_only_creates_offers_for_organisations_the_user_may_edit(world, staff):
    before = Offer.objects.count()
    client = client_for(staff["other_editor"])  # editor at the neighbourhood office only
    rows = [
        good_row(Titel="Für das Büro", Durchführende_Organisation="Nachbarschaftsbüro Nord"),
        good_row(Titel="Für die Agentur", Durchführende_Organisation="Integrationsagentur"),
    ]
    response = upload(client, xlsx_file(rows))
    assert response.status_code == 400
    problems = [(p.row, p.column) for p in response.context["checked"].problems]
    assert problems == [(3, "Durchführende Organisation")]
    assert "You may not add or change offers of “Integrationsagentur”" in response.content.decode()
    confirm(client)
    assert Offer.objects.count() == before


def test_an_upload_may_not_change_another_organisations_offer_by_id(world, staff):
    client = client_for(staff["editor"])  # agency editor
    row = good_row(Titel="Übernommen", Durchführende_Organisation="Nachbarschaftsbüro Nord", ID="willkommenscafe")
    response = upload(client, xlsx_file([row]))
    columns = {p.column for p in response.context["checked"].problems}
    assert columns == {"Durchführende Organisation", "ID"}
    world.cafe.refresh_from_db()
    assert world.cafe.title == "Willkommenscafé"


def test_organisations_of_another_town_are_unknown(world, staff):
    response = upload(
        client_for(staff["coordinator"]), xlsx_file([good_row(Durchführende_Organisation="Fremde Stelle")])
    )
    assert "There is no organisation called “Fremde Stelle”" in response.content.decode()


def test_the_coordinator_may_import_for_every_organisation_of_the_town(world, staff):
    client = client_for(staff["coordinator"])
    rows = [good_row(Titel="Eins", Durchführende_Organisation="Nachbarschaftsbüro Nord"), good_row(Titel="Zwei")]
    assert upload(client, xlsx_file(rows)).status_code == 200
    confirm(client)
    assert set(Offer.objects.filter(title__in=["Eins", "Zwei"]).values_list("provider__slug", flat=True)) == {
        "buero",
        "agentur",
    }


def _csrf_token(client: Client) -> str:
    page = client.get(reverse("staff:data_home")).content.decode()
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert match
    return match[1]


def test_upload_and_confirm_need_the_csrf_token(world, staff):
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff["editor"], backend="django.contrib.auth.backends.ModelBackend")
    assert client.post(reverse("staff:data_import"), {"file": xlsx_file([good_row()])}).status_code == 403
    token = _csrf_token(client)
    response = client.post(
        reverse("staff:data_import"), {"file": xlsx_file([good_row()]), "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 200
    before = Offer.objects.count()
    assert client.post(reverse("staff:data_import_confirm")).status_code == 403
    assert Offer.objects.count() == before
    response = client.post(reverse("staff:data_import_confirm"), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert Offer.objects.count() == before + 1
