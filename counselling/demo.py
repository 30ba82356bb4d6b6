"""Demo consultation hours: lokal willkommen in Dortmund (seed 002) and the mobile work in Magdeburg (seed 004).

The seeds name the hours ("Sprechstunden"), their languages (German, Arabic, English, Farsi) and the mobile
counselling in the district, but no times: the weekdays and times here are illustrative.
"""

import datetime as dt
from collections.abc import Collection

from core.models import District
from counselling.models import ConsultationHours
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
