"""A region as one HSDS 3.0 JSON document: its organisations, each with its locations and fully nested services.

Only what the public API shows is exported (published offers whose runtime is current, then the consultation hours
the public pages show, each a service of its own), written in the region's source language so that importing the
file again reads the same labels back. The importer recognises the region's own hours and leaves them alone.
"""

import datetime as dt
from typing import Any

from django.db.models import Prefetch
from django.utils.translation import override

from core.languages import SOURCE_LANGUAGE
from core.models import Location, Organisation, Region
from interop.hsds import mapping, mapping_hours, selectors
from interop.hsds.params import Query

Document = dict[str, Any]


def region_document(*, region: Region, today: dt.date) -> Document:
    offers = selectors.with_details(selectors.public_offers(today=today).filter(region=region)).order_by("title", "pk")
    hours = selectors.hours_services(Query(region=region, full=True), today=today)
    by_provider: dict[int, list[Any]] = {}
    held: dict[int, list[Any]] = {}
    for offer in offers:
        by_provider.setdefault(offer.provider_id, []).append(offer)
    for item in hours:
        held.setdefault(item.organisation_id, []).append(item)
    organisations = (
        Organisation.objects.filter(pk__in=[*by_provider, *held])
        .order_by("name", "pk")
        .prefetch_related(Prefetch("locations", queryset=Location.objects.select_related("district", "region")))
    )
    with override(SOURCE_LANGUAGE):
        return {
            "version": "3.0",
            "organizations": [
                mapping.organization(
                    organisation,
                    locations=sorted(organisation.locations.all(), key=lambda place: place.pk),
                    services=[
                        *(mapping.service(offer) for offer in by_provider.get(organisation.pk, [])),
                        *(mapping_hours.service(item) for item in held.get(organisation.pk, [])),
                    ],
                )
                for organisation in organisations
            ],
        }
