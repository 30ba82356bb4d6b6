"""Plans on a case: the recognition of foreign certificates, step by step, and a youth plan back into school or
training (12 to 26).

Imported by counselling.models. What is encrypted and what is not follows one rule: every text a counsellor types
about the person (the qualification as the certificate names it, the steps, the goal, the school or training
place, what a partner does) exists in the database only encrypted, like the case notes (counselling.crypto).
Plain are only choices from fixed lists (document kind, status, goal), dates, ISO country codes, and names taken
from public registers: the competent authority and the German reference profession are what
anerkennung-in-deutschland.de lists for everyone, and they say nothing a choice from that list would not.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import Organisation
from counselling.models_case import Case

# Statuses that are a decision of the competent authority, and so carry the date it was made.
DECISIONS = ("partial", "recognised", "refused")


class Recognition(models.Model):
    """One certificate on its way to recognition (Anerkennung); a case has one per certificate."""

    class Document(models.TextChoices):
        SCHOOL = "school", _("School certificate")
        VOCATIONAL = "vocational", _("Vocational qualification")
        UNIVERSITY = "university", _("University degree")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        GATHERING = "gathering", _("Documents being gathered")
        SUBMITTED = "submitted", _("Submitted")
        PARTIAL = "partial", _("Partial recognition, compensation measure")
        RECOGNISED = "recognised", _("Recognised")
        REFUSED = "refused", _("Refused")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="recognitions")
    document = models.CharField(_("document"), max_length=12, choices=Document.choices)
    # ISO 3166-1 alpha-2 of the state that issued the certificate (see counselling.countries).
    country = models.CharField(_("country of issue"), max_length=2)
    # The profession or qualification as the certificate names it: encrypted (see the module's docstring).
    qualification_ciphertext = models.BinaryField()
    reference_profession = models.CharField(_("German reference profession"), max_length=200, blank=True)
    authority = models.CharField(_("competent authority"), max_length=200)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NOT_STARTED)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(document__in=["school", "vocational", "university", "other"]),
                name="recognition_document_known",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["not_started", "gathering", "submitted", *DECISIONS]),
                name="recognition_status_known",
            ),
            models.CheckConstraint(
                condition=(Q(status__in=DECISIONS) & Q(decided_on__isnull=False))
                | (~Q(status__in=DECISIONS) & Q(decided_on__isnull=True)),
                name="recognition_decided_on_with_a_decision",
                violation_error_message=_("A decision needs its date, and only a decision has one."),
            ),
        ]

    def __str__(self) -> str:
        return f"recognition {self.pk}"


class RecognitionStep(models.Model):
    """One step of the checklist, in order; the label is encrypted because counsellors may write anything there."""

    recognition = models.ForeignKey(Recognition, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField()
    label_ciphertext = models.BinaryField()
    done_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["recognition", "position"], name="recognition_step_position_unique")
        ]

    def __str__(self) -> str:
        return f"step {self.position} of {self.recognition_id}"


class YouthPlan(models.Model):
    """The way back into school or training for someone aged 12 to 26 (one per case), and who helps on it."""

    class Goal(models.TextChoices):
        BACK_TO_SCHOOL = "school", _("Back to school")
        SCHOOL_CERTIFICATE = "certificate", _("School-leaving certificate")
        TRAINING = "training", _("Vocational training")
        PREPARATION = "preparation", _("Preparation year (Berufsvorbereitung)")
        UNIVERSITY = "university", _("University")
        WORK = "work", _("Work")

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="youth_plan")
    goal = models.CharField(_("goal"), max_length=12, choices=Goal.choices)
    # The goal in a few words and the school or training place: encrypted (see the module's docstring).
    goal_text_ciphertext = models.BinaryField()
    place_ciphertext = models.BinaryField()
    target_on = models.DateField(_("target date"), null=True, blank=True)
    partners: "models.ManyToManyField[Organisation, YouthPlanPartner]" = models.ManyToManyField(
        Organisation, through="YouthPlanPartner", related_name="+", verbose_name=_("partners involved")
    )
    # Counts saves, so two counsellors editing the plan at once do not overwrite each other unseen.
    version = models.PositiveIntegerField(default=1)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(goal__in=["school", "certificate", "training", "preparation", "university", "work"]),
                name="youth_plan_goal_known",
            )
        ]

    def __str__(self) -> str:
        return f"youth plan {self.pk}"


class YouthPlanPartner(models.Model):
    """A partner organisation of the same town on the plan (youth migration service, school, youth office)."""

    plan = models.ForeignKey(YouthPlan, on_delete=models.CASCADE, related_name="partner_roles")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    # What the partner does on the plan: encrypted (see the module's docstring); may be empty.
    role_ciphertext = models.BinaryField()

    class Meta:
        ordering = ["organisation__name", "pk"]
        constraints = [models.UniqueConstraint(fields=["plan", "organisation"], name="youth_plan_partner_once")]

    def __str__(self) -> str:
        return f"partner {self.organisation_id} of {self.plan_id}"
