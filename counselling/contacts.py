"""The contact log: writing a contact, and reading an organisation's log a page at a time."""

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.paginator import Page, Paginator
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
    wanted = [pk for pk in scope.organisation_roles if scope.can_counsel(organisation_id=pk)]
    return Organisation.objects.filter(pk__in=wanted).select_related("region").order_by("name")


@dataclass(frozen=True)
class LogPage:
    contacts: list[Contact]
    # Page of ids, for the count and the links to newer and older pages.
    page: Page[int]


def log_page(organisation: Organisation, number: str | int) -> LogPage:
    """A page of the log, newest first: ids from the (organisation, day) index, then those rows with topics."""
    ids = Contact.objects.filter(organisation=organisation).order_by("-day", "-id").values_list("pk", flat=True)
    page = Paginator(ids, PAGE_SIZE).get_page(number)
    rows = Contact.objects.filter(pk__in=list(page.object_list)).select_related("district")
    by_id = {contact.pk: contact for contact in rows.prefetch_related("topics")}
    return LogPage([by_id[pk] for pk in page.object_list], page)
