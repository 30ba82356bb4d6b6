"""The contact log: writing a contact, and reading an organisation's log a page at a time."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import QuerySet

from core.access import StaffScope
from core.models import Organisation
from counselling.models import Contact

PAGE_SIZE = 25


@transaction.atomic
def log_contact(*, actor: AbstractBaseUser, organisation: Organisation, values: dict[str, Any]) -> Contact:
    """One anonymous contact; no audit entry, as it names nobody."""
    topics = values.pop("topics", [])
    contact = Contact.objects.create(
        region_id=organisation.region_id, organisation=organisation, recorded_by_id=actor.pk, **values
    )
    contact.topics.set(topics)
    return contact


def counselling_organisations(scope: StaffScope) -> QuerySet[Organisation]:
    """Where the user works with people: the organisations they are counsellor or manager of."""
    return (
        Organisation.objects.filter(pk__in=scope.counselled_organisation_ids).select_related("region").order_by("name")
    )


@dataclass(frozen=True)
class LogSlice:
    contacts: list[Contact]
    # Where "older" continues (the last contact shown, as "day.id"), or None at the log's start.
    older: str | None


def _cursor(value: str) -> tuple[dt.date, int] | None:
    day, _dot, pk = value.partition(".")
    try:
        return dt.date.fromisoformat(day), int(pk)
    except ValueError:
        return None


def log_slice(organisation: Organisation, *, before: str = "") -> LogSlice:
    """The newest contacts, or those logged before a cursor: walks the (organisation, day, id) index from there,
    so a page deep in a log of 600 000 contacts costs what the first page costs (no count, no offset)."""
    found = Contact.objects.filter(organisation=organisation)
    cursor = _cursor(before)
    if cursor is not None:
        day, pk = cursor
        # A range on the index, minus the rest of the cursor's own day: SQLite walks the index from there (an OR of
        # "earlier day" and "same day, smaller id" made it scan the whole office's log).
        found = found.filter(day__lte=day).exclude(day=day, pk__gte=pk)
    ids = list(found.order_by("-day", "-id").values_list("pk", flat=True)[: PAGE_SIZE + 1])
    shown = ids[:PAGE_SIZE]
    rows = Contact.objects.filter(pk__in=shown).select_related("district").prefetch_related("topics")
    by_id = {contact.pk: contact for contact in rows}
    contacts = [by_id[pk] for pk in shown]
    older = f"{contacts[-1].day.isoformat()}.{contacts[-1].pk}" if len(ids) > PAGE_SIZE else None
    return LogSlice(contacts, older)
