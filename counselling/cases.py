"""Case work: opening a case with consent, notes, withdrawing consent, closing, deleting after retention.

Every read and write of a case goes into the audit log (core.audit) with who and when, never the content.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core import audit
from core.models import Organisation
from counselling import crypto
from counselling.countries import third_country
from counselling.models import Case, CaseItem, CaseNote, Consent, Person, YouthPlan


@dataclass(frozen=True)
class ConsentGiven:
    purpose: str
    given_how: str
    partner: Organisation | None = None


def consent_wording(*, purpose: str, language: str, organisation: Organisation, partner: Organisation | None) -> str:
    """The consent text in the person's language, as shown on screen and printed for signing."""
    with translation.override(language):
        context = {"purpose": purpose, "organisation": organisation, "partner": partner}
        return " ".join(render_to_string("counselling/consent_text.txt", context).split())


def record_consent(
    *, actor: AbstractBaseUser, person: Person, organisation: Organisation, given: ConsentGiven, now: dt.datetime
) -> Consent:
    """One consent, kept with the text the person agreed to, in their language."""
    return Consent.objects.create(
        person=person,
        purpose=given.purpose,
        partner=given.partner,
        given_how=given.given_how,
        language=person.language,
        wording=consent_wording(
            purpose=given.purpose, language=person.language, organisation=organisation, partner=given.partner
        ),
        given_at=now,
        recorded_by_id=actor.pk,
    )


def _log(actor: AbstractBaseUser, action: str, case: Case, **changes: Any) -> None:
    audit.record(
        actor=actor, action=action, target=case, region=case.region, organisation=case.organisation, changes=changes
    )


@transaction.atomic
def open_case(
    *,
    actor: AbstractBaseUser,
    organisation: Organisation,
    person: dict[str, Any],
    consents: list[ConsentGiven],
    now: dt.datetime,
) -> Case:
    """A person, their consents and a case, together or not at all. Case work needs its consent."""
    if not any(consent.purpose == Consent.Purpose.CASE_WORK for consent in consents):
        raise ValueError("a case needs the person's consent to case work")
    record = Person.objects.create(
        region_id=organisation.region_id,
        organisation=organisation,
        third_country=third_country(person.get("nationality", "")),
        **person,
    )
    for consent in consents:
        record_consent(actor=actor, person=record, organisation=organisation, given=consent, now=now)
    case = Case.objects.create(
        region_id=organisation.region_id,
        organisation=organisation,
        person=record,
        counsellor_id=actor.pk,
        opened_on=now.date(),
    )
    _log(actor, "case.opened", case, consents=[consent.purpose for consent in consents])
    return case


def record_listing(*, actor: AbstractBaseUser, shown: list[Case], page: int) -> None:
    """A page of the case list shows many people's nicknames: one entry per organisation on the page, with the
    page's number and how many of its cases it showed, never who."""
    by_organisation: dict[int, list[Case]] = {}
    for case in shown:
        by_organisation.setdefault(case.organisation_id, []).append(case)
    for rows in by_organisation.values():
        organisation = rows[0].organisation
        audit.record(
            actor=actor,
            action="cases.listed",
            target=organisation,
            region=rows[0].region,
            organisation=organisation,
            changes={"page": page, "shown": len(rows)},
        )


def read_case(*, actor: AbstractBaseUser, case: Case) -> list[tuple[CaseNote, str]]:
    """The case's notes, decrypted; the reading itself is logged."""
    _log(actor, "case.viewed", case)
    return [(note, crypto.decrypt(note.ciphertext)) for note in case.notes.select_related("author")]


@transaction.atomic
def add_note(*, actor: AbstractBaseUser, case: Case, text: str) -> CaseNote:
    if case.status != Case.Status.OPEN:
        raise ValueError("notes go on open cases only")
    note = CaseNote.objects.create(case=case, author_id=actor.pk, ciphertext=crypto.encrypt(text))
    _log(actor, "case.note_added", case, note=note.pk)
    return note


@transaction.atomic
def add_item(*, actor: AbstractBaseUser, case: Case, kind: str, text: str, due_on: dt.date | None) -> CaseItem:
    if case.status != Case.Status.OPEN:
        raise ValueError("needs, goals and follow-ups go on open cases only")
    item = CaseItem.objects.create(
        case=case, kind=kind, ciphertext=crypto.encrypt(text), due_on=due_on, created_by_id=actor.pk
    )
    _log(actor, "case.item_added", case, item=item.pk, kind=kind)
    return item


@transaction.atomic
def complete_item(*, actor: AbstractBaseUser, item: CaseItem, today: dt.date) -> None:
    if item.done_on is None:
        item.done_on = today
        item.save(update_fields=["done_on"])
        _log(actor, "case.item_done", item.case, item=item.pk)


def items_of(case: Case) -> list[tuple[CaseItem, str]]:
    """Needs, goals and follow-ups, decrypted (read together with the notes, which is what read_case logs)."""
    return [(item, crypto.decrypt(item.ciphertext)) for item in case.items.all()]


@transaction.atomic
def withdraw_consent(*, actor: AbstractBaseUser, consent: Consent, now: dt.datetime) -> None:
    """Withdrawn at once. Without consent to case work the case closes and its notes and the person's details
    are deleted; the case stays only as a count (opened, closed, organisation)."""
    consent = Consent.objects.select_for_update().get(pk=consent.pk)
    if consent.withdrawn_at is not None:
        return
    consent.withdrawn_at = now
    consent.save(update_fields=["withdrawn_at"])
    from referrals import services as referrals  # imports this module: referrals are sent from cases

    referrals.consent_withdrawn(consent=consent, now=now)
    cases = list(Case.objects.filter(person_id=consent.person_id))
    for case in cases:
        _log(actor, "consent.withdrawn", case, purpose=consent.purpose)
    if consent.purpose == Consent.Purpose.CASE_WORK:
        for case in cases:
            _erase_case_content(case, closed_on=now.date())
        Person.objects.filter(pk=consent.person_id).update(
            nickname="", birth_year=None, household_size=None, district=None
        )


def _erase_case_content(case: Case, *, closed_on: dt.date) -> None:
    from referrals import services as referrals  # imports this module: referrals are sent from cases

    case.notes.all().delete()
    case.items.all().delete()
    # The case row stays, so its CASCADE never fires: the plans (with their steps and partners) go explicitly.
    case.recognitions.all().delete()
    YouthPlan.objects.filter(case=case).delete()
    referrals.erase_for_cases([case.pk], now=timezone.now())
    if case.status == Case.Status.OPEN:
        case.status, case.closed_on = Case.Status.CLOSED, closed_on
        case.save(update_fields=["status", "closed_on"])


@transaction.atomic
def close_case(*, actor: AbstractBaseUser, case: Case, today: dt.date) -> None:
    if case.status == Case.Status.CLOSED:
        return
    case.status, case.closed_on = Case.Status.CLOSED, today
    case.save(update_fields=["status", "closed_on"])
    _log(actor, "case.closed", case)


def delete_expired(*, today: dt.date, keep_days: int) -> int:
    """Closed cases older than the retention period lose their notes, consents' wording and the person's details;
    the case row stays as an anonymous count (organisation, opened, closed)."""
    cutoff = today - dt.timedelta(days=keep_days)
    expired = Case.objects.filter(status=Case.Status.CLOSED, closed_on__lt=cutoff).exclude(person__nickname="")
    count = 0
    for case in expired.select_related("person"):
        with transaction.atomic():
            _anonymise(case.person_id, [case], closed_on=case.closed_on or today)
            count += 1
    return count


def _anonymise(person_id: int, cases: list[Case], *, closed_on: dt.date) -> None:
    """What stays of a person after retention or erasure: their cases as anonymous counts (organisation, opened,
    closed, gender and nationality for the figures), no notes, no consent texts, no nickname or details."""
    for case in cases:
        _erase_case_content(case, closed_on=closed_on)
    Consent.objects.filter(person_id=person_id).update(wording="")
    Person.objects.filter(pk=person_id).update(nickname="", birth_year=None, household_size=None, district=None)


@transaction.atomic
def erase_person(*, actor: AbstractBaseUser, person: Person, now: dt.datetime) -> None:
    """Erasure on request (GDPR Art. 17): open cases close, every consent ends, and the person is left only as the
    anonymous counts retention leaves. The audit log keeps who erased and when, never what was erased."""
    person = Person.objects.select_for_update().get(pk=person.pk)
    cases = list(Case.objects.filter(person=person))
    Consent.objects.filter(person=person, withdrawn_at__isnull=True).update(withdrawn_at=now)
    _anonymise(person.pk, cases, closed_on=timezone.localdate(now))
    audit.record(
        actor=actor,
        action="person.erased",
        target=person,
        region=person.region,
        organisation=person.organisation,
        changes={"cases": [case.pk for case in cases]},
    )
