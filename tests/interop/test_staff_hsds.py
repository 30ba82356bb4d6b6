"""HSDS files on the staff data page: the town's open data downloaded, and imported with a preview first."""

import json
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext
from pytest_django.asserts import assertContains, assertNotContains

from core.models import AuditEntry
from directory.models import Offer
from interop.exchange import csvpackage
from interop.exchange.export import region_document
from interop.models import ExternalRecord
from tests.interop._sheets import client_for

pytestmark = pytest.mark.django_db

EXAMPLE = Path(__file__).resolve().parents[2] / "interop" / "spec" / "hsds-3.0" / "examples" / "service_full.json"
HOME = reverse("staff:data_home")


def _upload(client, data: bytes, name: str = "service.json", source: str = "beispiel"):
    file = SimpleUploadedFile(name, data)
    return client.post(reverse("staff:data_hsds_import"), {"hsds-file": file, "hsds-source": source})


def _written() -> tuple[int, int, int]:
    return Offer.objects.count(), ExternalRecord.objects.count(), AuditEntry.objects.count()


def test_the_town_downloads_as_hsds_json_and_csv_package(world, staff):
    client = client_for(staff["editor"])
    expected = region_document(region=world.region, today=timezone.localdate())

    as_json = client.get(reverse("staff:data_hsds_json"))
    assert as_json["Content-Type"] == "application/json"
    assert 'filename="nahbar-hsds-testort-' in as_json["Content-Disposition"]
    assert json.loads(as_json.content) == expected

    package = csvpackage.read_zip(client.get(reverse("staff:data_hsds_zip")).content)
    services = [service for organisation in expected["organizations"] for service in organisation["services"]]
    assert set(package["services"]) == {service["id"] for service in services}
    assert services


def test_an_import_is_previewed_and_only_written_when_confirmed(world, staff):
    client = client_for(staff["coordinator"])
    before = _written()

    preview = _upload(client, EXAMPLE.read_bytes())

    assert preview.status_code == 200
    report = preview.context["report"]
    assert report.created >= 1
    assertContains(preview, "Importing would create")
    assertContains(preview, "service.wait_time = ")
    assert _written() == before

    done = client.post(reverse("staff:data_hsds_import_confirm"), {"region": "testort"})

    assert done.status_code == 302
    offer = Offer.objects.get(title="Community Counselling")
    assert ExternalRecord.objects.filter(source="beispiel", object_id=offer.pk).exists()
    assert AuditEntry.objects.filter(action="offer.created", object_id=str(offer.pk)).exists()
    assertContains(client.get(done["Location"]), f"HSDS import finished: {report.created} created")
    # Confirming twice does not import twice: the file is gone from the session.
    again = client.post(reverse("staff:data_hsds_import_confirm"), {"region": "testort"})
    assertContains(client.get(again["Location"]), "Nothing to import any more")


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (
            b'{"id": "x", "name": ',
            "service.json",
            ("The file is not valid JSON: line %(line)d, column %(column)d.", {"line": 1, "column": 21}),
        ),
        (b"not a zip", "paket.zip", "The file is not a zip archive. Pack the CSV files of the data package into one."),
        (b'{"name": "Caf\xe9"}', "latin1.json", "The file is not UTF-8 text. Save it again as UTF-8."),
        (b'{"hello": "world"}', "leer.json", "The file holds no HSDS records (organizations, services or locations)."),
    ],
)
def test_an_unreadable_file_says_why_in_the_users_language_and_writes_nothing(world, staff, data, name, message):
    client = client_for(staff["coordinator"], language="de")
    before = _written()

    response = _upload(client, data, name)

    assert response.status_code == 400
    with translation.override("de"):
        assertContains(response, gettext("The file could not be read:"), status_code=400)
        msgid, values = message if isinstance(message, tuple) else (message, {})
        assertContains(response, escape(gettext(msgid) % values if values else gettext(msgid)), status_code=400)
    assert _written() == before
    client.post(reverse("staff:data_hsds_import_confirm"), {"region": "testort"})
    assert _written() == before


def test_the_publisher_must_be_a_short_name(world, staff):
    response = _upload(client_for(staff["coordinator"]), EXAMPLE.read_bytes(), source="Stadt Dortmund")
    assert response.status_code == 400
    assert "source" in response.context["hsds_form"].errors


def test_the_page_has_each_form_field_once(world, staff):
    page = client_for(staff["coordinator"]).get(HOME).content.decode()
    ids = re.findall(r' id="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_only_coordinators_see_the_import_form(world, staff):
    import_url = reverse("staff:data_hsds_import")
    assertContains(client_for(staff["coordinator"]).get(HOME), import_url)
    for role in ("editor", "manager"):
        page = client_for(staff[role]).get(HOME)
        assertNotContains(page, import_url)
        assertContains(page, reverse("staff:data_hsds_json"))
