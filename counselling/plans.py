"""Recognition checklists and youth plans on a case.

Writes go on open cases only, each in one transaction with its audit entry (who, when, which case and which
recognition or step, never the text). Reading the pages is logged as reading the case is (cases.read_case).
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import audit
from core.models import Organisation
from core.refusals import Refused
from counselling import crypto
from counselling.countries import is_code
from counselling.models import Case, Person, Recognition, RecognitionStep, YouthPlan, YouthPlanPartner
from counselling.models_plans import DECISIONS

# Offered, all ticked, when a recognition is added; stored in the language of the page they were ticked on.
DEFAULT_STEPS = [
    _("Find the competent authority (anerkennung-in-deutschland.de)"),
    _("Certified copies and translations"),
    _("Application submitted"),
    _("Fee / funding (Anerkennungszuschuss) applied for"),
    _("Decision received"),
]
# Youth work of "Jugend stärken im Quartier" and the youth migration services: 12 to 26 years old.
YOUTH_AGES = range(12, 27)


class PlanRefused(Refused, ValueError):
    """Asked for on a closed case, for someone outside 12–26, or after someone else saved first."""


def _log(actor: AbstractBaseUser, action: str, case: Case, **ids: Any) -> None:
    audit.record(
        actor=actor, action=action, target=case, region=case.region, organisation=case.organisation, changes=ids
    )


def _require_open(case: Case) -> None:
    if case.status != Case.Status.OPEN:
        raise PlanRefused(gettext("This case is closed: its recognitions and youth plan can no longer be changed."))


def age_in(person: Person, year: int) -> int | None:
    """Only the year of birth is kept, so the age is the one reached this year."""
    return None if person.birth_year is None else year - person.birth_year


def is_youth(person: Person, *, today: dt.date) -> bool:
    return age_in(person, today.year) in YOUTH_AGES


def youth_refusal(person: Person, *, today: dt.date) -> str | None:
    """Why this person can have no youth plan, in words for the counsellor; None if they can."""
    if person.birth_year is None:
        return gettext("A youth plan needs the person's year of birth, and they are not in the case.")
    if not is_youth(person, today=today):
        return gettext("A youth plan is for people aged 12 to 26. This person is %(age)s this year.") % {
            "age": age_in(person, today.year)
        }
    return None


# Recognition


@dataclass(frozen=True)
class RecognitionRead:
    recognition: Recognition
    qualification: str


def read_recognitions(*, actor: AbstractBaseUser, case: Case) -> list[RecognitionRead]:
    """The case's recognitions with how many steps are done (one query); the reading is logged."""
    _log(actor, "case.recognitions_viewed", case)
    found = case.recognitions.annotate(
        steps_total=Count("steps"), steps_done=Count("steps", filter=Q(steps__done_on__isnull=False))
    )
    return [RecognitionRead(entry, crypto.decrypt(entry.qualification_ciphertext)) for entry in found]


def read_recognition(
    *, actor: AbstractBaseUser, recognition: Recognition
) -> tuple[str, list[tuple[RecognitionStep, str]]]:
    """The qualification and the steps, decrypted; the reading is logged."""
    _log(actor, "case.recognition_viewed", recognition.case, recognition=recognition.pk)
    steps = [(step, crypto.decrypt(step.label_ciphertext)) for step in recognition.steps.all()]
    return crypto.decrypt(recognition.qualification_ciphertext), steps


@transaction.atomic
def add_recognition(
    *,
    actor: AbstractBaseUser,
    case: Case,
    document: str,
    country: str,
    qualification: str,
    reference_profession: str,
    authority: str,
    steps: list[str],
) -> Recognition:
    _require_open(case)
    if not is_code(country):
        raise ValueError(f"not an ISO 3166-1 alpha-2 code: {country!r}")
    recognition = Recognition.objects.create(
        case=case,
        document=document,
        country=country,
        qualification_ciphertext=crypto.encrypt(qualification),
        reference_profession=reference_profession,
        authority=authority,
        created_by_id=actor.pk,
    )
    RecognitionStep.objects.bulk_create(
        RecognitionStep(recognition=recognition, position=number, label_ciphertext=crypto.encrypt(label))
        for number, label in enumerate(steps, start=1)
    )
    _log(actor, "case.recognition_added", case, recognition=recognition.pk)
    return recognition


@transaction.atomic
def set_recognition_status(
    *, actor: AbstractBaseUser, recognition: Recognition, status: str, decided_on: dt.date | None
) -> None:
    """A decision (partial, recognised, refused) keeps its date; any other status has none."""
    _require_open(recognition.case)
    if status in DECISIONS and decided_on is None:
        raise PlanRefused(gettext("Enter the date of the decision."))
    recognition.status = status
    recognition.decided_on = decided_on if status in DECISIONS else None
    recognition.save(update_fields=["status", "decided_on"])
    _log(actor, "case.recognition_status_changed", recognition.case, recognition=recognition.pk)


@transaction.atomic
def add_step(*, actor: AbstractBaseUser, recognition: Recognition, label: str) -> RecognitionStep:
    """At the end of the checklist; the recognition's row is locked so two steps added at once get two places."""
    _require_open(recognition.case)
    Recognition.objects.select_for_update().filter(pk=recognition.pk).first()
    last = recognition.steps.order_by("-position").values_list("position", flat=True).first() or 0
    step = RecognitionStep.objects.create(
        recognition=recognition, position=last + 1, label_ciphertext=crypto.encrypt(label)
    )
    _log(actor, "case.recognition_step_added", recognition.case, recognition=recognition.pk, step=step.pk)
    return step


@transaction.atomic
def set_step_done(*, actor: AbstractBaseUser, step: RecognitionStep, done: bool, today: dt.date) -> None:
    """Ticked with today's date, or unticked; ticking a ticked step keeps the day it was first done."""
    case = step.recognition.case
    _require_open(case)
    done_on = (step.done_on or today) if done else None
    if done_on == step.done_on:
        return
    step.done_on = done_on
    step.save(update_fields=["done_on"])
    action = "case.recognition_step_done" if done else "case.recognition_step_undone"
    _log(actor, action, case, recognition=step.recognition_id, step=step.pk)


@transaction.atomic
def rename_step(*, actor: AbstractBaseUser, step: RecognitionStep, label: str) -> None:
    case = step.recognition.case
    _require_open(case)
    step.label_ciphertext = crypto.encrypt(label)
    step.save(update_fields=["label_ciphertext"])
    _log(actor, "case.recognition_step_renamed", case, recognition=step.recognition_id, step=step.pk)


# Youth plan


@dataclass(frozen=True)
class PartnerRole:
    organisation: Organisation
    role: str


@dataclass(frozen=True)
class YouthPlanRead:
    plan: YouthPlan
    goal_text: str
    place: str
    partners: list[PartnerRole]


def read_youth_plan(*, actor: AbstractBaseUser, case: Case) -> YouthPlanRead | None:
    """The plan, decrypted, with its partners (two queries); the reading is logged."""
    _log(actor, "case.youth_plan_viewed", case)
    plan = YouthPlan.objects.filter(case=case).prefetch_related("partner_roles__organisation").first()
    if plan is None:
        return None
    partners = [
        PartnerRole(entry.organisation, crypto.decrypt(entry.role_ciphertext)) for entry in plan.partner_roles.all()
    ]
    return YouthPlanRead(
        plan, crypto.decrypt(plan.goal_text_ciphertext), crypto.decrypt(plan.place_ciphertext), partners
    )


@transaction.atomic
def save_youth_plan(
    *,
    actor: AbstractBaseUser,
    case: Case,
    goal: str,
    goal_text: str,
    place: str,
    target_on: dt.date | None,
    partners: list[PartnerRole],
    version: int,
    today: dt.date,
) -> YouthPlan:
    """Creates the plan (version 0: there was none when the form was opened) or replaces what it says.

    `version` is the plan's version the form was opened with: if someone saved in between, nothing is written."""
    _require_open(case)
    refusal = youth_refusal(case.person, today=today)
    if refusal:
        raise PlanRefused(refusal)
    if any(partner.organisation.region_id != case.region_id for partner in partners):
        raise ValueError("partners come from the case's town")
    stale = PlanRefused(
        gettext("Someone else saved this youth plan in the meantime. Reload the page to see it, then try again.")
    )
    plan = YouthPlan.objects.select_for_update().filter(case=case).first()
    if (plan.version if plan else 0) != version:
        raise stale
    values = {
        "goal": goal,
        "goal_text_ciphertext": crypto.encrypt(goal_text),
        "place_ciphertext": crypto.encrypt(place),
        "target_on": target_on,
        "updated_by_id": actor.pk,
    }
    if plan is None:
        try:
            with transaction.atomic():
                plan = YouthPlan.objects.create(case=case, **values)
        except IntegrityError as error:  # created by someone else since the lookup above
            raise stale from error
    else:
        for name, value in values.items():
            setattr(plan, name, value)
        plan.version += 1
        plan.save()
        plan.partner_roles.all().delete()
    YouthPlanPartner.objects.bulk_create(
        YouthPlanPartner(plan=plan, organisation=partner.organisation, role_ciphertext=crypto.encrypt(partner.role))
        for partner in partners
    )
    _log(actor, "case.youth_plan_saved", case, version=plan.version)
    return plan
