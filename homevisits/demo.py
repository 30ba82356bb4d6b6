"""Demo welcome home visits of lokal willkommen Brackel/Aplerbeck in Dortmund (seed 002: welcome home visits of
refugees who moved from shared housing into a flat of their own; help with school, Kita place, work, electricity
and gas contract, transport ticket).

The households are invented and pseudonymous (family nicknames), with no phone numbers; the volunteers are first
names only. Dates count from `today`, so the lists always look current.
"""

import datetime as dt
from collections.abc import Collection

from django.contrib.auth import get_user_model

from core.models import District, Organisation
from homevisits import services
from homevisits.models import Household, Volunteer
from homevisits.services import HouseholdDetails, PointResult

ORGANISATION = "lw-brackel"
COUNSELLOR = "beratung-dortmund"


def remove_demo_home_visits(region_slugs: Collection[str]) -> None:
    Household.objects.filter(region__slug__in=region_slugs).delete()
    Volunteer.objects.filter(region__slug__in=region_slugs).delete()


def load_demo_home_visits(*, today: dt.date) -> int:
    organisation = Organisation.objects.select_related("region").get(region__slug="dortmund", slug=ORGANISATION)
    counsellor = get_user_model().objects.get(username=COUNSELLOR)
    districts = {district.slug: district for district in District.objects.filter(region=organisation.region)}

    def day(offset: int) -> dt.date:
        return today + dt.timedelta(days=offset)

    amal = services.add_volunteer(
        actor=counsellor, organisation=organisation, display_name="Amal", languages=["ar", "de", "en"]
    )
    services.add_volunteer(actor=counsellor, organisation=organisation, display_name="Reza", languages=["fa", "de"])

    def add(label: str, district: str, size: int, languages: list[str], moved_in: int, agreed: int) -> Household:
        details = HouseholdDetails(
            label=label,
            district=districts[district],
            household_size=size,
            languages=languages,
            moved_in_on=day(moved_in),
            consent_given_on=day(agreed),
        )
        return services.add_household(actor=counsellor, organisation=organisation, details=details, today=today)

    # Moved in ten days ago; Amal, who speaks Arabic, visits in four days.
    sunflower = add("Familie Sonnenblume", "brackel", 5, ["ar"], -10, -8)
    services.plan_visit(actor=counsellor, household=sunflower, planned_on=day(4), volunteer=amal)

    # Visited three weeks ago by the counsellor: two follow-ups, both overdue by now.
    olive = add("Familie Olivenbaum", "aplerbeck", 3, ["fa", "en"], -35, -30)
    visit = services.plan_visit(actor=counsellor, household=olive, planned_on=day(-20), staff=counsellor)
    services.record_result(
        actor=counsellor,
        visit=visit,
        done_on=day(-20),
        outcome="support",
        note="Gut angekommen, Wohnung noch ohne Möbel für das Kinderzimmer.",
        points=[
            PointResult("school", checked=True),
            PointResult("kita", checked=False, note="Kita-Platz für den Jüngsten (3 Jahre) suchen"),
            PointResult("doctor", checked=True),
            PointResult("energy", checked=True),
            PointResult("transport", checked=False, not_needed=True),
            PointResult("jobcenter", checked=False, note="Zum Termin beim Jobcenter begleiten"),
        ],
        today=day(-20),
    )

    # Moved in last week; nobody speaks Ukrainian or Russian yet: not planned.
    add("Familie Kastanie", "brackel", 3, ["uk", "ru"], -5, -3)
    return Household.objects.filter(organisation=organisation).count()
