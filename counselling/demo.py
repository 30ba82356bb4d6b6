"""Demo consultation hours: lokal willkommen in Dortmund (seed 002) and the mobile work in Magdeburg (seed 004).

The seeds name the hours ("Sprechstunden"), their languages (German, Arabic, English, Farsi) and the mobile
counselling in the district, but no times: the weekdays and times here are illustrative.
"""

import datetime as dt
from collections.abc import Collection

from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone, translation

from core.models import District, Organisation
from counselling import cases, crypto, plans
from counselling.models import ConsultationHours, RecognitionStep
from directory.models import Offer, Topic

SPOKEN = ["ar", "en", "fa"]


def remove_demo_hours(region_slugs: Collection[str]) -> None:
    ConsultationHours.objects.filter(region__slug__in=region_slugs).delete()


def _office_hours(offer_slug: str, byday: str, opens: int, closes: int, today: dt.date) -> ConsultationHours:
    offer = Offer.objects.select_related("region", "provider").get(region__slug="dortmund", slug=offer_slug)
    hours = ConsultationHours.objects.create(
        region=offer.region,
        organisation=offer.provider,
        location=offer.locations.first(),
        title=offer.title,
        byday=byday,
        opens_at=dt.time(opens),
        closes_at=dt.time(closes),
        slot_minutes=30,
        languages=SPOKEN,
        interpreter_on_request=True,
        valid_from=today,
        is_published=True,
    )
    hours.topics.set(Topic.objects.filter(slug__in=["counselling", "housing-everyday", "work-training"]))
    return hours


def load_demo_hours(*, today: dt.date) -> int:
    created = [
        _office_hours("sprechstunde-brackel-aplerbeck", "TU", 10, 12, today),
        _office_hours("sprechstunde-brackel-aplerbeck", "TH", 14, 16, today),
        _office_hours("sprechstunde-mengede-huckarde", "WE", 9, 12, today),
    ]
    district = District.objects.select_related("region").get(region__slug="magdeburg", slug="neu-olvenstedt")
    organisation = district.region.organisations.get(slug="sozialdezernat")
    mobile = ConsultationHours.objects.create(
        region=district.region,
        organisation=organisation,
        kind=ConsultationHours.Kind.OUTREACH,
        district=district,
        title="Vielfalt gestalten: mobile Beratung im Stadtteil",
        byday="WE",
        opens_at=dt.time(14),
        closes_at=dt.time(17),
        languages=["ar", "ru", "uk"],
        interpreter_on_request=True,
        bookable=False,
        valid_from=today,
        is_published=True,
    )
    return len([*created, mobile])


def load_demo_case(*, today: dt.date) -> int:
    """One invented, pseudonymous case of lokal willkommen Brackel/Aplerbeck (the demo counsellor's office): an
    electrician from Syria on the way to recognition (seed 001 describes this help), two steps done.
    Skipped (0) where case texts cannot be encrypted: with DEBUG off and no NAHBAR_CASE_KEYS."""
    try:
        crypto.encrypt("")
    except ImproperlyConfigured:
        return 0
    organisation = Organisation.objects.get(region__slug="dortmund", slug="lw-brackel")
    counsellor = get_user_model().objects.get(username="beratung-dortmund")
    case = cases.open_case(
        actor=counsellor,
        organisation=organisation,
        person={"nickname": "Herr K. (Demo)", "birth_year": 1991, "gender": "male", "nationality": "SY"},
        consents=[cases.ConsentGiven("case_work", "paper")],
        now=timezone.now(),
    )
    with translation.override("de"):
        recognition = plans.add_recognition(
            actor=counsellor,
            case=case,
            document="vocational",
            country="SY",
            qualification="Elektriker, Berufsschule Homs (3 Jahre)",
            reference_profession="Elektroniker/in für Betriebstechnik",
            authority="IHK FOSA",
            steps=[str(label) for label in plans.DEFAULT_STEPS],
        )
    plans.set_recognition_status(actor=counsellor, recognition=recognition, status="gathering", decided_on=None)
    for step in RecognitionStep.objects.filter(recognition=recognition).order_by("position")[:2]:
        plans.set_step_done(actor=counsellor, step=step, done=True, today=today)
    return 1
