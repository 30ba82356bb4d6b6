"""Write a checked table: all rows through the offer services in one transaction, or nothing at all."""

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from core import audit
from core.models import Region
from directory import services
from directory.models import Offer
from interop.spreadsheets.rows import Checked, Row

RELATED = set(services.RELATED_FIELDS)


@dataclass(frozen=True)
class Outcome:
    created: int
    changed: int
    unchanged: int


class NotValid(Exception):
    """Raised when asked to write a table that still has problems; nothing was written."""


def _current(offers: list[Offer]) -> dict[int, Offer]:
    loaded = Offer.objects.filter(pk__in=[offer.pk for offer in offers]).prefetch_related(
        *services.RELATED_FIELDS, "schedules"
    )
    return {offer.pk: offer for offer in loaded}


def _schedule_key(freq: str, byday: str, interval: int, opens: Any, closes: Any) -> tuple[str, ...]:
    return (freq, byday, str(interval), opens.isoformat(), closes.isoformat())


def is_unchanged(offer: Offer, row: Row) -> bool:
    for name, value in row.values.items():
        if name in RELATED:
            if {item.pk for item in getattr(offer, name).all()} != {item.pk for item in value}:
                return False
        elif services.comparable(getattr(offer, name)) != services.comparable(value):
            return False
    saved = sorted(_schedule_key(s.freq, s.byday, s.interval, s.opens_at, s.closes_at) for s in offer.schedules.all())
    wanted = sorted(_schedule_key(s.freq, s.byday, s.interval, s.opens_at, s.closes_at) for s in row.schedules)
    return saved == wanted


def mark_unchanged(checked: Checked) -> None:
    current = _current([row.offer for row in checked.rows if row.offer is not None])
    for row in checked.rows:
        if row.offer is not None:
            row.unchanged = is_unchanged(current[row.offer.pk], row)


@transaction.atomic
def write(*, actor: AbstractBaseUser, region: Region, checked: Checked, filename: str) -> Outcome:
    if not checked.is_valid:
        raise NotValid
    mark_unchanged(checked)
    created = changed = 0
    for row in checked.rows:
        assert row.provider is not None
        if row.offer is None:
            services.create_offer(actor=actor, provider=row.provider, values=row.values, schedules=row.schedules)
            created += 1
        elif not row.unchanged:
            # Re-read inside the transaction: the version the service checks is the one we compared against.
            version = Offer.objects.values_list("version", flat=True).get(pk=row.offer.pk)
            services.update_offer(
                actor=actor, offer_id=row.offer.pk, expected_version=version, values=row.values, schedules=row.schedules
            )
            changed += 1
    outcome = Outcome(created=created, changed=changed, unchanged=len(checked.rows) - created - changed)
    audit.record(
        actor=actor,
        action="offers.imported",
        target=region,
        region=region,
        organisation=None,
        changes={"file": [None, filename[:100]], "created": [0, created], "changed": [0, changed]},
    )
    return outcome
