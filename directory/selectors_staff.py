"""Reads for the staff area, always narrowed to what the user's roles cover."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from core.access import StaffScope
from core.models import Organisation
from directory.models import Offer, OfferTranslation
from translations.models import TranslationState
from translations.resolve import states


def offers_visible_to(scope: StaffScope) -> QuerySet[Offer]:
    return Offer.objects.filter(
        Q(region_id__in=scope.coordinated_region_ids) | Q(provider_id__in=list(scope.organisation_roles))
    )


def organisations_editable_by(scope: StaffScope) -> QuerySet[Organisation]:
    return Organisation.objects.filter(
        Q(region_id__in=scope.coordinated_region_ids) | Q(id__in=list(scope.organisation_roles))
    ).select_related("region")


def offer_for_editing(scope: StaffScope, offer_id: int) -> Offer:
    offer = get_object_or_404(Offer.objects.select_related("region", "provider"), pk=offer_id)
    scope.require_content(organisation_id=offer.provider_id, region_id=offer.region_id)
    return offer


@dataclass(frozen=True)
class OfferRow:
    offer: Offer
    review_due: bool
    translations: dict[str, TranslationState]

    @property
    def needs_translation(self) -> bool:
        return any(state != TranslationState.CURRENT for state in self.translations.values())


def dashboard_rows(scope: StaffScope, *, today: dt.date, include_archived: bool = False) -> list[OfferRow]:
    offers = offers_visible_to(scope).select_related("provider", "region")
    if not include_archived:
        offers = offers.exclude(status=Offer.Status.ARCHIVED)
    offers = offers.prefetch_related(
        Prefetch("translations", queryset=OfferTranslation.objects.only("offer_id", "language", "source_version"))
    ).order_by("provider__name", "title")
    rows = []
    for offer in offers:
        rows.append(
            OfferRow(
                offer=offer,
                review_due=offer.is_review_due(today),
                translations=states(
                    languages=offer.region.translation_languages(),
                    content_version=offer.content_version,
                    translations=offer.translations.all(),
                ),
            )
        )
    return rows


def translation_of(offer: Offer, language: str) -> OfferTranslation | None:
    return OfferTranslation.objects.filter(offer=offer, language=language).first()


def require_language(offer: Offer, language: str) -> None:
    if language == offer.region.source_language or language not in offer.region.enabled_languages:
        raise Http404
