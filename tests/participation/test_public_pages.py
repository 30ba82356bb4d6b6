"""The round's public pages: proposals in the reader's language, proposing with a picture, tenant isolation."""

import io

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from PIL import Image

from participation.models import Proposal, ProposalTranslation
from tests.participation.conftest import make_round, propose, public_url


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    cache.clear()


def photo(kind="JPEG", size=(2400, 1200), with_gps=True) -> SimpleUploadedFile:
    image = Image.new("RGB", size, (200, 120, 40))
    buffer = io.BytesIO()
    exif = Image.Exif()
    if with_gps:
        exif[0x010F] = "PhoneMaker"  # camera make
        exif[0x8825] = {1: "N", 2: (52.0, 30.0, 0.0)}  # GPS position
    image.save(buffer, format=kind, exif=exif.tobytes() if kind == "JPEG" else None)
    extension = {"JPEG": "jpg", "PNG": "png"}[kind]
    return SimpleUploadedFile(f"Maria Mustermann.{extension}", buffer.getvalue(), content_type=f"image/{extension}")


def test_the_round_page_shows_the_question_and_proposals_in_the_reader_s_language(client, cafe):
    ProposalTranslation.objects.create(
        proposal=cafe.zoo, language="ar", text="رحلة إلى حديقة الحيوان", source_version=1
    )
    page = client.get(public_url(cafe.round, "", "ar")).content.decode()
    assert 'dir="rtl"' in page
    assert "رحلة إلى حديقة الحيوان" in page
    assert 'lang="de" dir="ltr">Ausflug in den Zoo' in page  # the original beside the translation
    assert 'lang="de" dir="ltr">Was machen wir im März?' in page  # question not yet translated: German, marked
    assert f"/ar/testort/rounds/{cafe.round.pk}/propose/" in page


def test_a_fixed_number_of_queries_however_many_proposals(client, cafe):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(public_url(cafe.round, "", "en")).status_code == 200
        return len(queries)

    before = count()
    for number in range(6):
        propose(cafe.round, f"Idee {number}")
    assert count() == before


def test_someone_proposes_with_a_photo_and_its_metadata_is_dropped(client, cafe):
    response = client.post(
        public_url(cafe.round, "propose/", "tr"),
        {"text": "  Birlikte   yemek pişirmek ", "language": "tr", "picture": photo()},
    )
    assert response.status_code == 302
    assert response["Location"] == public_url(cafe.round, "", "tr") + "?proposed=1"
    proposal = Proposal.objects.get(language="tr")
    assert proposal.text == "Birlikte yemek pişirmek"
    assert "Maria" not in proposal.picture.name
    with Image.open(proposal.picture.path) as stored:
        assert max(stored.size) == 1600
        assert not stored.getexif()
    page = client.get(response["Location"]).content.decode()
    picture_url = f"/tr/testort/rounds/{cafe.round.pk}/proposals/{proposal.pk}/picture/"
    assert picture_url in page
    served = client.get(picture_url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content)[:2] == b"\xff\xd8"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "x" * 201, "language": "de"}, None),
        ({"text": "   ", "language": "de"}, "This field is required."),
        ({"text": "Kino", "language": "xx"}, None),
    ],
)
def test_bad_proposals_get_a_message_and_nothing_is_saved(client, cafe, data, message):
    response = client.post(public_url(cafe.round, "propose/", "en"), data)
    assert response.status_code == 200
    page = response.content.decode()
    with translation.override("en"):
        assert translation.gettext("Please correct the marked fields. Nothing was saved yet.") in page
    if message:
        assert message in page
    assert Proposal.objects.count() == 3


def test_a_file_that_is_not_a_photo_is_refused(client, cafe):
    fake = SimpleUploadedFile("idee.jpg", b"%PDF-1.4 not an image", content_type="image/jpeg")
    response = client.post(
        public_url(cafe.round, "propose/", "de"), {"text": "Kino", "language": "de", "picture": fake}
    )
    assert response.status_code == 200
    with translation.override("de"):
        assert translation.gettext("Please choose a photo (JPEG, PNG or WebP).") in response.content.decode()
    assert not Proposal.objects.filter(text="Kino").exists()


def test_proposals_are_rate_limited(client, cafe, settings):
    settings.NAHBAR_PUBLIC_FORM_RATE = "2/h"
    for number in range(2):
        client.post(public_url(cafe.round, "propose/"), {"text": f"Idee {number}", "language": "de"})
    assert client.post(public_url(cafe.round, "propose/"), {"text": "Noch eine", "language": "de"}).status_code == 429


def test_a_round_is_only_found_in_its_own_region(client, cafe):
    for page in ("", "propose/", "vote/", "results/"):
        assert client.get(f"/de/anderswo/rounds/{cafe.round.pk}/{page}").status_code == 404
    assert client.get(f"/de/testort/rounds/{cafe.round.pk}/").status_code == 200


def test_the_list_shows_rounds_that_are_not_closed(client, cafe, world, staff):
    make_round(world, staff["coordinator"], question="Was machen wir im Sommer?")
    page = client.get("/de/testort/rounds/").content.decode()
    assert "Was machen wir im März?" in page
    assert "Was machen wir im Sommer?" in page
    assert "Was machen wir" not in client.get("/de/anderswo/rounds/").content.decode()


def test_hidden_proposals_pictures_are_not_served(client, cafe):
    assert client.get(public_url(cafe.round, f"proposals/{cafe.zoo.pk}/picture/")).status_code == 404
