"""The demo data loader: four real towns, honest content, public contacts only, and working demo logins."""

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client, RequestFactory

from core.models import District, Location, Membership, Organisation, Region
from directory.demo import loader
from directory.models import Offer, OfferTranslation, Project, Schedule, Topic
from translations.models import Origin

PASSWORD = "demo-test-passwort-1"
DEMO_REGIONS = {"delmenhorst", "dorsten", "dortmund", "magdeburg"}
PRIVATE_MAIL = re.compile(r"@(gmx\.(de|net|at|ch)|web\.de|gmail\.com|googlemail\.com|t-online\.de|yahoo\.)", re.I)
DEMO_PACKAGE = Path(loader.__file__).parent


def load(settings, monkeypatch) -> str:
    settings.DEBUG = True
    monkeypatch.setenv("NAHBAR_DEMO_PASSWORD", PASSWORD)
    out = io.StringIO()
    call_command("load_demo", stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def demo(settings, monkeypatch) -> str:
    return load(settings, monkeypatch)


def counts() -> dict[str, int]:
    models = [Region, District, Organisation, Location, Project, Offer, OfferTranslation, Schedule, Membership]
    return {model.__name__: model._default_manager.count() for model in models} | {
        "users": get_user_model().objects.count()
    }


@pytest.mark.django_db
def test_refuses_without_debug_unless_forced(settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setenv("NAHBAR_DEMO_PASSWORD", PASSWORD)
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo", stdout=io.StringIO())
    assert not Region.objects.exists()
    call_command("load_demo", "--force", stdout=io.StringIO(), stderr=io.StringIO())
    assert set(Region.objects.values_list("slug", flat=True)) == DEMO_REGIONS


@pytest.mark.django_db
def test_four_regions_with_districts(demo):
    regions = {region.slug: region for region in Region.objects.all()}
    assert set(regions) == DEMO_REGIONS
    assert regions["magdeburg"].federal_state == "Sachsen-Anhalt"
    assert {"de", "en", "ar", "fa", "tr", "uk", "ru"} <= set(regions["dorsten"].enabled_languages)
    assert set(District.objects.filter(region__slug="dortmund").values_list("slug", flat=True)) == {
        "brackel",
        "aplerbeck",
        "mengede",
        "huckarde",
    }


@pytest.mark.django_db
def test_enough_published_offers_in_every_region(demo):
    published = Offer.objects.filter(status=Offer.Status.PUBLISHED)
    assert published.count() >= 25
    for slug in DEMO_REGIONS:
        assert published.filter(region__slug=slug).count() >= 4
    assert f"{published.count()} indexed" in demo


@pytest.mark.django_db
def test_every_offer_has_english_and_arabic(demo):
    for offer in Offer.objects.prefetch_related("translations"):
        languages = {translation.language for translation in offer.translations.all()}
        assert {"en", "ar"} <= languages, offer.slug


@pytest.mark.django_db
def test_translation_states_for_the_demo(demo):
    assert OfferTranslation.objects.filter(origin=Origin.MACHINE).count() == 2
    outdated = [
        t for t in OfferTranslation.objects.select_related("offer") if t.source_version < t.offer.content_version
    ]
    assert [(t.offer.slug, t.language) for t in outdated] == [("fototreff", "ar")]
    # Some offers lack Farsi, so readers see the fallback note.
    assert Offer.objects.exclude(translations__language="fa").exists()


@pytest.mark.django_db
def test_duesternort_cafe_is_tuesday_ten_to_twelve(demo):
    cafe = Offer.objects.get(region__slug="delmenhorst", slug="willkommen-in-duesternort")
    (schedule,) = cafe.schedules.all()
    assert (schedule.freq, schedule.byday) == ("WEEKLY", "TU")
    assert (schedule.opens_at, schedule.closes_at) == (dt.time(10), dt.time(12))
    assert schedule.location is not None
    assert schedule.location.name == "Nachbarschaftsbüro Düsternort"


@pytest.mark.django_db
def test_mengede_office_at_westerfilder_strasse(demo):
    office = Location.objects.get(region__slug="dortmund", organisation__slug="lw-mengede")
    assert office.street == "Westerfilder Straße 11a"
    assert office.district is not None
    assert office.district.slug == "mengede"
    hours = Offer.objects.get(region__slug="dortmund", slug="sprechstunde-mengede-huckarde")
    assert list(hours.locations.all()) == [office]
    assert {"de", "ar", "en", "fa"} <= set(hours.languages)


@pytest.mark.django_db
def test_every_offer_has_a_topic(demo):
    if not Topic.objects.exists():
        pytest.skip("the topics table is empty")
    assert not Offer.objects.filter(topics__isnull=True).exists()


@pytest.mark.django_db
def test_only_public_contacts(demo):
    mails = list(Offer.objects.values_list("contact_email", flat=True))
    mails += list(Organisation.objects.values_list("email", flat=True))
    assert not [mail for mail in mails if PRIVATE_MAIL.search(mail)]
    assert "info@integrationsagentur-dorsten.de" in mails
    assert not Offer.objects.filter(contact_name__icontains="Wahl").exists()


@pytest.mark.django_db
def test_private_address_appears_nowhere(demo):
    texts = [str(row) for model in (Offer, OfferTranslation, Organisation, Location) for row in model.objects.values()]
    texts += [path.read_text(encoding="utf-8") for path in DEMO_PACKAGE.glob("*.py")]
    assert not [text for text in texts if "b.wahl1" in text.lower() or PRIVATE_MAIL.search(text)]


@pytest.mark.django_db
def test_running_twice_keeps_the_counts(settings, monkeypatch):
    load(settings, monkeypatch)
    first = counts()
    load(settings, monkeypatch)
    assert counts() == first


@pytest.mark.django_db
def test_demo_users_can_log_in(demo):
    for username in ("admin", "koordination", "leitung", "redaktion", "redaktion-dortmund", "beratung-dortmund"):
        assert username in demo
        request = RequestFactory().post("/staff/login/")
        assert Client().login(request=request, username=username, password=PASSWORD), username
    assert "http://127.0.0.1:8000/de/dorsten/" in demo
    assert "http://127.0.0.1:8000/staff/" in demo


@pytest.mark.django_db
def test_demo_roles(demo):
    roles = {
        (m.user.username, m.region.slug, m.organisation.slug if m.organisation else None, m.role)
        for m in Membership.objects.select_related("user", "region", "organisation")
    }
    assert roles == {
        ("koordination", "dorsten", None, Membership.Role.COORDINATOR),
        ("leitung", "dorsten", "integrationsagentur", Membership.Role.MANAGER),
        ("redaktion", "dorsten", "integrationsagentur", Membership.Role.EDITOR),
        ("redaktion-dortmund", "dortmund", "lw-mengede", Membership.Role.EDITOR),
        ("beratung-dortmund", "dortmund", "lw-brackel", Membership.Role.COUNSELLOR),
    }
    assert get_user_model().objects.get(username="admin").is_superuser


@pytest.mark.django_db
def test_random_passwords_without_the_variable(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.delenv("NAHBAR_DEMO_PASSWORD", raising=False)
    out = io.StringIO()
    call_command("load_demo", stdout=out, stderr=io.StringIO())
    assert PASSWORD not in out.getvalue()
    user = get_user_model().objects.get(username="redaktion")
    line = next(line for line in out.getvalue().splitlines() if " redaktion " in f" {line} ")
    assert user.check_password(line.split()[-1])


def test_catalogue_is_consistent():
    loader.check_catalogue()
