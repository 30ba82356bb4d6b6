"""Referrals: passing someone on to a partner organisation or one of its offers, with the person's consent.

A referral keeps its path (sent, accepted or declined, done) as dates for the network reports; what it says about
the person exists only encrypted (counselling.crypto) and is deleted after the retention period.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import Organisation, Region
from counselling.models import Case, Consent, Contact
from directory.models import Offer
from homevisits.models import FollowUp


class Referral(models.Model):
    class Status(models.TextChoices):
        SENT = "sent", _("Sent, waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        DONE = "done", _("Done, reported back")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Channel(models.TextChoices):
        INBOX = "inbox", _("In the partner's nahbar inbox")
        LETTER = "letter", _("Printed letter for the person to take along")
        EMAIL = "email", _("E-mail to the partner's public address")

    class DeclineReason(models.TextChoices):
        NO_CAPACITY = "no_capacity", _("No capacity at the moment")
        NOT_OUR_FIELD = "not_our_field", _("Not our field of work")
        NOT_REACHED = "not_reached", _("The person could not be reached")
        OTHER = "other", _("Another reason")

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    sender = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="referrals_sent")
    partner = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="referrals_received")
    offer = models.ForeignKey(Offer, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # Where it came from: a case (whose consent to share with this partner it needs), an anonymous contact, or a
    # home visit's follow-up (below).
    case = models.ForeignKey(Case, null=True, blank=True, on_delete=models.CASCADE, related_name="referrals")
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals")
    # Or an open point of a welcome home visit (school, Kita, doctor…), which the referral then takes over.
    home_visit_follow_up = models.ForeignKey(
        FollowUp, null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals"
    )
    consent = models.ForeignKey(Consent, null=True, blank=True, on_delete=models.PROTECT, related_name="referrals")
    # For referrals from a contact there is no person record: how the person agreed and the text they agreed to.
    consent_given_how = models.CharField(max_length=8, choices=Consent.Given.choices)
    consent_wording = models.TextField(blank=True)
    channel = models.CharField(max_length=8, choices=Channel.choices)
    language = models.CharField(max_length=8)
    needs_interpreter = models.BooleanField(default=False)
    # The person's name and how to reach them, and what they need: only what they agreed to pass on.
    ciphertext = models.BinaryField(null=True, blank=True)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SENT)
    # The answer (while sent) or the report (while accepted) is due on this day; later it shows as overdue.
    due_on = models.DateField()
    sent_at = models.DateTimeField()
    answered_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    decline_reason = models.CharField(max_length=16, choices=DeclineReason.choices, blank=True)
    # The partner's words: a declining note or the report back; encrypted, deleted with the message.
    reply_ciphertext = models.BinaryField(null=True, blank=True)
    # Someone at the sender recorded the partner's answer (partners not on nahbar answer by phone or letter).
    answered_for_partner = models.BooleanField(default=False)
    erased_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(case__isnull=False) & Q(consent__isnull=False)) | Q(case__isnull=True),
                name="referral_from_case_has_consent",
            ),
            models.CheckConstraint(condition=~Q(sender=models.F("partner")), name="referral_to_another_organisation"),
            models.CheckConstraint(
                condition=Q(status="sent", answered_at__isnull=True)
                | Q(status__in=["accepted", "declined"], answered_at__isnull=False, done_at__isnull=True)
                | Q(status="done", answered_at__isnull=False, done_at__isnull=False)
                | Q(status="withdrawn", withdrawn_at__isnull=False),
                name="referral_path_dates_match_status",
            ),
            models.CheckConstraint(
                condition=Q(status="declined", decline_reason__gt="") | ~Q(status="declined"),
                name="referral_declined_with_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["partner", "status", "due_on"], name="referral_inbox_idx"),
            models.Index(fields=["sender", "status", "due_on"], name="referral_sent_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.sender} → {self.partner} ({self.status})"

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.SENT, self.Status.ACCEPTED)
