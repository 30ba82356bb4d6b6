"""Consultation hours of every kind in the test town, and some the public must never see: for the directory pages,
the sitemap and the HSDS API alike."""

import datetime as dt
from dataclasses import dataclass

from counselling.models import ConsultationHours
from directory.models import Topic
from tests.counselling.support import make_hours


@dataclass
class Kinds:
    office: ConsultationHours
    mobile: ConsultationHours
    outreach: ConsultationHours
    phone: ConsultationHours
    unpublished: ConsultationHours
    expired: ConsultationHours
    elsewhere: ConsultationHours

    @property
    def public(self) -> list[ConsultationHours]:
        return [self.office, self.mobile, self.outreach, self.phone]

    @property
    def hidden(self) -> list[ConsultationHours]:
        return [self.unpublished, self.expired, self.elsewhere]


def _hours(world, title: str, **values) -> ConsultationHours:
    defaults = {
        "region": world.region,
        "organisation": world.office,
        "byday": "WE",
        "opens_at": dt.time(14),
        "closes_at": dt.time(17),
        "valid_from": dt.date(2024, 1, 1),
        "is_published": True,
    }
    return ConsultationHours.objects.create(title=title, **(defaults | values))


def make_every_kind(world) -> Kinds:
    """The office's hours at Büro Nord (make_hours), its mobile team (with a base place that must not be shown as
    the address), the agency's monthly outreach in Nord, the office's phone hours; and hours that are unpublished,
    ended, or the other town's (though they name the office)."""
    world.office.phone = "02362 123456"
    world.office.save()
    office = make_hours(world)
    mobile = _hours(
        world, "Mobiles Team Süd", kind=ConsultationHours.Kind.MOBILE, district=world.district_b,
        location=world.office_place, languages=["uk"], bookable=False,
    )  # fmt: skip
    outreach = _hours(
        world, "Beratung im Stadtteil", organisation=world.agency, kind=ConsultationHours.Kind.OUTREACH,
        district=world.district_a, freq="MONTHLY", byday="1TH", languages=["ar", "ru"], bookable=False,
    )  # fmt: skip
    outreach.topics.set(Topic.objects.filter(slug="asylum-residence"))
    phone = _hours(
        world, "Telefonsprechstunde", kind=ConsultationHours.Kind.PHONE, byday="MO,FR", opens_at=dt.time(9),
        closes_at=dt.time(11), languages=["tr"],
    )  # fmt: skip
    unpublished = _hours(world, "Geheime Sprechstunde", location=world.office_place, is_published=False)
    expired = _hours(
        world, "Alte Sprechstunde", location=world.office_place, valid_from=dt.date(2020, 1, 1),
        valid_until=dt.date(2020, 12, 31),
    )  # fmt: skip
    elsewhere = _hours(world, "Sprechstunde anderswo", region=world.other_region, kind=ConsultationHours.Kind.PHONE)
    return Kinds(office, mobile, outreach, phone, unpublished, expired, elsewhere)
