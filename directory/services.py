"""Every change to offers and their translations: one transaction each, an audit entry, a fresh index."""

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Model
from django.utils.text import slugify

from core import audit
from core.models import Location, Organisation, Region
from directory import search
from directory.models import Offer, OfferTranslation, Schedule, SearchLog
from translations.models import Origin
from translations.services import EditConflict, write_translation

SOURCE_TEXT_FIELDS = OfferTranslation.TRANSLATED_FIELDS
RELATED_FIELDS = ("topics", "partners", "locations", "served_districts")


@dataclass(frozen=True)
class PlaceAndPeriod:
    """Where opening times apply (None: at all the offer's places) and from when until when (no start: the start
    the same times had before, or today)."""

    location: Location | None
    valid_from: dt.date | None
    valid_until: dt.date | None


@dataclass(frozen=True)
class OpeningTimes:
    freq: str
    byday: str
    opens_at: dt.time
    closes_at: dt.time
    interval: int = 1
    # None (the staff form, which does not show them) keeps the place and period the same times had before.
    place_and_period: PlaceAndPeriod | None = None


def times_key(item: Schedule | OpeningTimes) -> tuple[str, str, int, str, str]:
    """What makes two opening times the same times, apart from place and period."""
    return (item.freq, item.byday, item.interval, item.opens_at.isoformat(), item.closes_at.isoformat())


def comparable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if hasattr(value, "__iter__") and not isinstance(value, str | dict):
        return sorted(str(item) for item in value)
    return value if value is None or isinstance(value, bool | int | str | list | dict) else str(value)


def _related_values(offer: Offer, name: str) -> list[str]:
    return sorted(str(item) for item in getattr(offer, name).all())


def _schedule_lines(offer: Offer) -> list[str]:
    lines = (
        f"{item} {item.valid_from:%Y%m%d} {item.location or ''}" for item in offer.schedules.select_related("location")
    )
    return sorted(line.strip() for line in lines)


def unique_slug(model: type[Model], region: Region, title: str, *, fallback: str) -> str:
    """A slug for `title` not yet taken by another row of `model` in the region: "cafe", "cafe-2", …"""
    base = slugify(title)[:100] or fallback
    slug, number = base, 1
    while model._default_manager.filter(region=region, slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def apply_fields(target: Model, values: dict[str, Any], *, skip: Collection[str]) -> dict[str, list[Any]]:
    """Set the plain fields that differ (not saved); returns field → [before, after] for the audit log."""
    changes: dict[str, list[Any]] = {}
    for name, value in values.items():
        if name in skip:
            continue
        before = getattr(target, name)
        if comparable(before) != comparable(value):
            changes[name] = [comparable(before), comparable(value)]
            setattr(target, name, value)
    return changes


def _apply(offer: Offer, values: dict[str, Any], schedules: Sequence[OpeningTimes] | None) -> dict[str, list[Any]]:
    """Write values onto a saved offer; returns field → [before, after] for everything that changed."""
    changes = apply_fields(offer, values, skip=RELATED_FIELDS)
    if any(name in changes for name in SOURCE_TEXT_FIELDS):
        offer.content_version += 1
    offer.save()
    for name in RELATED_FIELDS:
        if name in values:
            before_names = _related_values(offer, name)
            getattr(offer, name).set(values[name])
            after_names = _related_values(offer, name)
            if before_names != after_names:
                changes[name] = [before_names, after_names]
    if schedules is not None:
        before_lines = _schedule_lines(offer)
        _replace_schedules(offer, schedules)
        after_lines = _schedule_lines(offer)
        if before_lines != after_lines:
            changes["schedules"] = [before_lines, after_lines]
    return changes


def _replace_schedules(offer: Offer, schedules: Sequence[OpeningTimes]) -> None:
    before = {
        times_key(item): PlaceAndPeriod(item.location, item.valid_from, item.valid_until)
        for item in offer.schedules.select_related("location")
    }
    offer.schedules.all().delete()
    rows = []
    for item in schedules:
        kept = before.get(times_key(item))
        where = item.place_and_period or kept or PlaceAndPeriod(None, None, None)
        starts = where.valid_from or (kept.valid_from if kept else None) or dt.date.today()
        rows.append(
            Schedule(
                offer=offer,
                freq=item.freq,
                byday=item.byday,
                interval=item.interval,
                opens_at=item.opens_at,
                closes_at=item.closes_at,
                location=where.location,
                valid_from=starts,
                valid_until=where.valid_until,
            )
        )
    Schedule.objects.bulk_create(rows)


@transaction.atomic
def create_offer(
    *,
    actor: AbstractBaseUser,
    provider: Organisation,
    values: dict[str, Any],
    schedules: Sequence[OpeningTimes] = (),
) -> Offer:
    plain = {name: value for name, value in values.items() if name not in RELATED_FIELDS}
    offer = Offer.objects.create(
        region=provider.region,
        provider=provider,
        slug=unique_slug(Offer, provider.region, values["title"], fallback="angebot"),
        **plain,
    )
    related = {name: value for name, value in values.items() if name in RELATED_FIELDS}
    _apply(offer, related, schedules)
    audit.record(
        actor=actor,
        action="offer.created",
        target=offer,
        region=provider.region,
        organisation=provider,
        changes={name: [None, comparable(value)] for name, value in values.items()},
    )
    search.reindex([offer.pk])
    return offer


def _locked_offer(offer_id: int, expected_version: int) -> Offer:
    offer = Offer.objects.select_for_update().select_related("region", "provider").get(pk=offer_id)
    if offer.version != expected_version:
        raise EditConflict(offer)
    return offer


@transaction.atomic
def update_offer(
    *,
    actor: AbstractBaseUser,
    offer_id: int,
    expected_version: int,
    values: dict[str, Any],
    schedules: Sequence[OpeningTimes] | None = None,
) -> Offer:
    offer = _locked_offer(offer_id, expected_version)
    offer.version += 1
    changes = _apply(offer, values, schedules)
    audit.record(
        actor=actor,
        action="offer.changed",
        target=offer,
        region=offer.region,
        organisation=offer.provider,
        changes=changes,
    )
    search.reindex([offer.pk])
    return offer


@transaction.atomic
def set_status(*, actor: AbstractBaseUser, offer_id: int, expected_version: int, status: str) -> Offer:
    offer = _locked_offer(offer_id, expected_version)
    before = offer.status
    offer.status = status
    offer.version += 1
    offer.save(update_fields=["status", "version", "updated_at"])
    audit.record(
        actor=actor,
        action=f"offer.{status}",
        target=offer,
        region=offer.region,
        organisation=offer.provider,
        changes={"status": [before, status]},
    )
    search.reindex([offer.pk])
    return offer


@transaction.atomic
def mark_reviewed(*, actor: AbstractBaseUser, offer_id: int, expected_version: int, today: dt.date) -> Offer:
    offer = _locked_offer(offer_id, expected_version)
    before = offer.last_reviewed
    offer.last_reviewed = today
    offer.version += 1
    offer.save(update_fields=["last_reviewed", "version", "updated_at"])
    audit.record(
        actor=actor,
        action="offer.reviewed",
        target=offer,
        region=offer.region,
        organisation=offer.provider,
        changes={"last_reviewed": [before.isoformat(), today.isoformat()]},
    )
    return offer


@transaction.atomic
def save_translation(
    *,
    actor: AbstractBaseUser,
    offer_id: int,
    language: str,
    expected_version: int | None,
    values: dict[str, str],
    origin: str = Origin.HUMAN,
) -> OfferTranslation:
    """Create or update one translation; it then translates the offer's current German text."""
    offer = Offer.objects.select_for_update().select_related("region", "provider").get(pk=offer_id)
    translation, changes = write_translation(
        source=offer,
        model=OfferTranslation,
        link="offer",
        language=language,
        expected_version=expected_version,
        values=values,
        origin=origin,
        actor=actor,
    )
    audit.record(
        actor=actor,
        action=f"offer.translation.{language}",
        target=offer,
        region=offer.region,
        organisation=offer.provider,
        changes=changes,
    )
    search.reindex([offer.pk])
    return translation


def log_search(
    *, region: Region, language: str, query: str, filters: dict[str, object], result_count: int, day: dt.date
) -> None:
    """Anonymous by design: no address, cookie or account is stored, only what was asked and found."""
    SearchLog.objects.create(
        day=day, region=region, language=language, query=query[:200], filters=filters, result_count=result_count
    )
