"""Deciding together: a round collects activity proposals, then people vote with one-time codes.

Votes are secret: a ballot knows its code and its choices, never a person. A code is stored only as its SHA-256,
so the printed slips are the one place the codes exist.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from core.models import Location, Organisation, Region
from translations.models import ContentTranslation

PROPOSAL_MAX_LENGTH = 200


class Round(models.Model):
    class Status(models.TextChoices):
        COLLECTING = "collecting", _("Collecting proposals")
        VOTING = "voting", _("Voting")
        CLOSED = "closed", _("Closed")

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="rounds")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="rounds")
    location = models.ForeignKey(Location, on_delete=models.PROTECT, related_name="rounds", verbose_name=_("place"))
    # German source text; translations live in RoundTranslation.
    question = models.CharField(_("question"), max_length=200)
    content_version = models.PositiveIntegerField(default=1)
    # Raised on every save of the rules, to catch two facilitators editing at once.
    version = models.PositiveIntegerField(default=1)
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period until"))
    max_choices = models.PositiveSmallIntegerField(_("choices per ballot"), default=3)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.COLLECTING)
    # Set when voting opens; from then on question, period and number of choices stay as they are.
    rules_locked_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-period_start", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(period_start__lte=F("period_end")), name="round_period_in_order"),
            models.CheckConstraint(condition=Q(max_choices__gte=1), name="round_at_least_one_choice"),
            models.CheckConstraint(
                condition=Q(status="collecting") | Q(rules_locked_at__isnull=False),
                name="round_rules_locked_once_voting",
            ),
            models.CheckConstraint(
                condition=~Q(status="closed") | Q(closed_at__isnull=False), name="round_closed_has_time"
            ),
        ]
        indexes = [models.Index(fields=["region", "status"], name="round_region_status_idx")]

    def __str__(self) -> str:
        return self.question

    @property
    def is_collecting(self) -> bool:
        return self.status == self.Status.COLLECTING

    @property
    def is_voting(self) -> bool:
        return self.status == self.Status.VOTING

    @property
    def is_closed(self) -> bool:
        return self.status == self.Status.CLOSED


class RoundTranslation(ContentTranslation):
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="translations")
    question = models.CharField(_("question"), max_length=200)

    TRANSLATED_FIELDS = ("question",)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["round", "language"], name="round_translation_one_per_language"),
        ]

    def __str__(self) -> str:
        return f"{self.round_id} [{self.language}]"


def picture_path(instance: "Proposal", filename: str) -> str:
    # The uploader's file name may carry a person's name; only the extension is kept.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "jpg"
    return f"proposals/{instance.round_id}/{instance.token}.{extension}"


class Proposal(models.Model):
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="proposals")
    text = models.CharField(_("your idea"), max_length=PROPOSAL_MAX_LENGTH)
    # The language the proposal was written in; the others get translations.
    language = models.CharField(_("language"), max_length=8)
    picture = models.ImageField(_("picture"), upload_to=picture_path, blank=True)
    # Random part of the picture's file name, so pictures cannot be guessed by counting.
    token = models.CharField(max_length=32, blank=True)
    # Hidden by a facilitator (e.g. a joke or a duplicate) while proposals are collected; never on a ballot.
    is_hidden = models.BooleanField(default=False)
    # The draft event made from this proposal once it won.
    event = models.ForeignKey(
        "events.Event", null=True, blank=True, on_delete=models.SET_NULL, related_name="proposals"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="proposal_text_not_empty"),
        ]

    def __str__(self) -> str:
        return self.text


class ProposalTranslation(ContentTranslation):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="translations")
    text = models.CharField(_("translation"), max_length=PROPOSAL_MAX_LENGTH * 2)

    TRANSLATED_FIELDS = ("text",)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["proposal", "language"], name="proposal_translation_one_per_language"),
            models.CheckConstraint(condition=~Q(text=""), name="proposal_translation_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.proposal_id} [{self.language}]"


class VotingCode(models.Model):
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="codes")
    # SHA-256 of the normalised code; the code itself is only ever printed.
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    # Only whether the code voted, not when: a time could be matched to the order of the ballots.
    is_used = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["round", "code_hash"], name="voting_code_unique_in_round"),
        ]

    def __str__(self) -> str:
        return f"{self.round_id} {'used' if self.is_used else 'unused'}"


class Ballot(models.Model):
    """A secret ballot: nothing links it to the code that cast it (see voting.cast_ballot)."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="ballots")
    # The staff member who filled in the ballot for someone; the person stays unknown.
    assisted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.round_id} #{self.pk}"


class BallotChoice(models.Model):
    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, related_name="choices")
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="choices")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["ballot", "proposal"], name="ballot_choice_once_per_proposal"),
        ]

    def __str__(self) -> str:
        return f"{self.ballot_id} → {self.proposal_id}"
