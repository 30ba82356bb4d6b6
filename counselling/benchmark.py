"""Synthetic contacts and cases for `manage.py benchmark_counselling`: a town whose largest office logged most of
a million contacts and keeps most of 50 000 cases. Rows go in with bulk_create in batches; no notes (their
encryption is not what the lists measure)."""

import datetime as dt
import random
from collections.abc import Iterator
from itertools import islice

from django.contrib.auth.models import User
from django.db import transaction

from core.models import Membership, Organisation, Region
from counselling.models import Case, Contact, Person
from directory.models import Topic

BATCH = 20_000
# Shares of the contacts and cases per organisation: one large office, a few smaller ones.
SHARES = (0.6, 0.2, 0.1, 0.05, 0.05)
WAYS = [choice for choice, _label in Contact.Way.choices]
OUTCOMES = [choice for choice, _label in Contact.Outcome.choices]
LANGUAGES = ["de", "ar", "fa", "uk", "ru", "tr", "en", "ps"]


def _batches(rows: Iterator[Contact], size: int = BATCH) -> Iterator[list[Contact]]:
    while batch := list(islice(rows, size)):
        yield batch


def create_region(*, slug: str, contacts: int, cases: int, seed: int) -> tuple[Region, User]:
    """The region, its organisations, a counsellor of the largest one, then the contacts and the cases."""
    rng = random.Random(seed)  # noqa: S311 - repeatable synthetic data, not secrets
    region = Region.objects.create(
        slug=slug, name=f"Benchmark {slug}", federal_state="NRW", enabled_languages=LANGUAGES
    )
    organisations = [
        Organisation.objects.create(region=region, slug=f"stelle-{number}", name=f"Beratungsstelle {number}")
        for number in range(len(SHARES))
    ]
    counsellor = User.objects.create_user(username=f"{slug}-beratung")
    Membership.objects.create(user=counsellor, region=region, organisation=organisations[0], role="counsellor")
    topics = list(Topic.objects.values_list("pk", flat=True))
    first_day = dt.date(2020, 1, 1)
    with transaction.atomic():
        _contacts(region, organisations, topics, contacts, first_day, rng)
        _cases(region, organisations, cases, first_day, rng)
    return region, counsellor


def _owner(organisations: list[Organisation], rng: random.Random) -> Organisation:
    return rng.choices(organisations, weights=SHARES)[0]


def _contacts(
    region: Region, organisations: list[Organisation], topics: list[int], total: int, first: dt.date, rng: random.Random
) -> None:
    rows = (
        Contact(
            region=region,
            organisation=_owner(organisations, rng),
            day=first + dt.timedelta(days=rng.randrange(2_500)),
            way=rng.choice(WAYS),
            language=rng.choice(LANGUAGES),
            interpreter=rng.random() < 0.2,
            outcome=rng.choice(OUTCOMES),
        )
        for _ in range(total)
    )
    through = Contact.topics.through
    for batch in _batches(rows):
        made = Contact.objects.bulk_create(batch)
        links = [through(contact_id=contact.pk, topic_id=rng.choice(topics)) for contact in made if topics]
        through.objects.bulk_create(links)


def _cases(region: Region, organisations: list[Organisation], total: int, first: dt.date, rng: random.Random) -> None:
    for start in range(0, total, BATCH):
        owners = [_owner(organisations, rng) for _ in range(min(BATCH, total - start))]
        people = Person.objects.bulk_create(
            Person(
                region=region, organisation=owner, nickname=f"Person {start + number}", language=rng.choice(LANGUAGES)
            )
            for number, owner in enumerate(owners)
        )
        cases = []
        for person, owner in zip(people, owners, strict=True):
            opened = first + dt.timedelta(days=rng.randrange(2_400))
            closed = opened + dt.timedelta(days=rng.randrange(30, 400)) if rng.random() < 0.7 else None
            status = Case.Status.CLOSED if closed else Case.Status.OPEN
            cases.append(
                Case(
                    region=region, organisation=owner, person=person, status=status, opened_on=opened, closed_on=closed
                )
            )
        Case.objects.bulk_create(cases)
