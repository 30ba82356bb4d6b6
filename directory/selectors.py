"""Reads for the public pages: a fixed number of queries however many offers are shown."""

import datetime as dt

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from core.models import District, Location, Region
from directory.models import Offer, OfferTranslation, Topic


def region_by_slug(slug: str) -> Region:
    return get_object_or_404(Region, slug=slug)


def districts_of(region: Region) -> list[District]:
    return list(region.districts.all())


def all_topics() -> list[Topic]:
    return list(Topic.objects.all())


def _with_details(offers: QuerySet[Offer]) -> QuerySet[Offer]:
    return offers.select_related("provider", "project", "region").prefetch_related(
        Prefetch("translations", queryset=OfferTranslation.objects.order_by("language")),
        "topics",
        Prefetch("locations", queryset=Location.objects.select_related("district")),
        "schedules",
        "served_districts",
    )


def offers_in_order(offer_ids: list[int], *, language: str) -> list[Offer]:
    """A page of results: only the reader's translation, and topics as ids (the caller has them all)."""
    offers = (
        Offer.objects.filter(id__in=offer_ids)
        .select_related("provider", "region")
        .prefetch_related(
            Prefetch("translations", queryset=OfferTranslation.objects.filter(language=language)),
            Prefetch("topics", queryset=Topic.objects.only("id")),
            Prefetch("locations", queryset=Location.objects.select_related("district")),
            "schedules",
        )
    )
    by_id = {offer.id: offer for offer in offers}
    return [by_id[offer_id] for offer_id in offer_ids if offer_id in by_id]


def public_offer(region: Region, id_or_slug: str, *, today: dt.date) -> Offer:
    lookup = Q(slug=id_or_slug) | Q(id=int(id_or_slug)) if id_or_slug.isdigit() else Q(slug=id_or_slug)
    offers = _with_details(
        Offer.objects.filter(lookup, region=region, status=Offer.Status.PUBLISHED)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))
        .filter(Q(valid_from__isnull=True) | Q(valid_from__lte=today))
        .prefetch_related("partners", "project__funders")
    )
    offer = offers.first()
    if offer is None:
        raise Http404
    return offer


def staff_preview_offer(offer_id: int) -> Offer:
    offer = _with_details(Offer.objects.filter(id=offer_id).prefetch_related("partners", "project__funders")).first()
    if offer is None:
        raise Http404
    return offer
