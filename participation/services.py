"""Running a round: its rules, its proposals and their translations. One transaction each, audited."""

import datetime as dt
import secrets
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.files.base import File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core import audit, refusals
from core.models import Location, Organisation
from directory.services import comparable
from participation.models import Proposal, ProposalTranslation, Round, RoundTranslation
from translations.models import Origin
from translations.services import EditConflict

RULE_FIELDS = ("question", "location", "period_start", "period_end", "max_choices")


class Refused(refusals.Refused):
    """A step the round's state does not allow; the message says why, in the user's language."""


def _record(actor: AbstractBaseUser | None, action: str, round_: Round, changes: dict[str, Any] | None = None) -> None:
    audit.record(
        actor=actor,
        action=action,
        target=round_,
        region=round_.region,
        organisation=round_.organisation,
        changes=changes or {},
    )


def _locked(round_id: int) -> Round:
    return Round.objects.select_for_update().select_related("region", "organisation").get(pk=round_id)


def _translate_later(kind: str, object_id: int) -> None:
    from participation import tasks

    task = tasks.translate_proposal if kind == "proposal" else tasks.translate_round_question
    # Robust: a broker that is down must not turn a saved proposal into an error page; staff can translate.
    transaction.on_commit(lambda: task.delay(object_id), robust=True)


@transaction.atomic
def create_round(
    *,
    actor: AbstractBaseUser,
    organisation: Organisation,
    location: Location,
    question: str,
    period_start: dt.date,
    period_end: dt.date,
    max_choices: int,
) -> Round:
    round_ = Round.objects.create(
        region=organisation.region,
        organisation=organisation,
        location=location,
        question=question,
        period_start=period_start,
        period_end=period_end,
        max_choices=max_choices,
    )
    values = {"question": question, "period_start": period_start, "period_end": period_end, "max_choices": max_choices}
    _record(actor, "round.created", round_, {name: [None, comparable(value)] for name, value in values.items()})
    _translate_later("round", round_.pk)
    return round_


@transaction.atomic
def update_rules(*, actor: AbstractBaseUser, round_id: int, expected_version: int, values: dict[str, Any]) -> Round:
    """Question, period and number of choices, only while proposals are collected."""
    round_ = _locked(round_id)
    if not round_.is_collecting:
        raise Refused(_("Voting has started: the rules can no longer be changed."))
    if round_.version != expected_version:
        raise EditConflict(round_)
    changes = {}
    for name in RULE_FIELDS:
        if name not in values:
            continue
        before, after = getattr(round_, name), values[name]
        if comparable(before) != comparable(after):
            changes[name] = [comparable(before), comparable(after)]
            setattr(round_, name, after)
    round_.version += 1
    if "question" in changes:
        round_.content_version += 1
        _translate_later("round", round_.pk)
    round_.save()
    _record(actor, "round.changed", round_, changes)
    return round_


@transaction.atomic
def open_voting(*, actor: AbstractBaseUser, round_id: int) -> Round:
    """Locks the rules: from now on everyone votes on the same proposals with the same number of choices."""
    round_ = _locked(round_id)
    if not round_.is_collecting:
        raise Refused(_("Voting was already opened for this round."))
    if not round_.proposals.filter(is_hidden=False).exists():
        raise Refused(_("There is nothing to vote on yet. Add at least one proposal first."))
    round_.status = Round.Status.VOTING
    round_.rules_locked_at = timezone.now()
    round_.version += 1
    round_.save(update_fields=["status", "rules_locked_at", "version"])
    _record(actor, "round.voting_opened", round_, {"status": [Round.Status.COLLECTING, Round.Status.VOTING]})
    return round_


@transaction.atomic
def close_voting(*, actor: AbstractBaseUser, round_id: int) -> Round:
    round_ = _locked(round_id)
    if not round_.is_voting:
        raise Refused(_("Only a round in which people are voting can be closed."))
    round_.status = Round.Status.CLOSED
    round_.closed_at = timezone.now()
    round_.version += 1
    round_.save(update_fields=["status", "closed_at", "version"])
    _record(actor, "round.closed", round_, {"status": [Round.Status.VOTING, Round.Status.CLOSED]})
    return round_


@transaction.atomic
def add_proposal(
    *, actor: AbstractBaseUser | None, round_id: int, text: str, language: str, picture: File | None = None
) -> Proposal:
    """From the public form (no actor) or typed in by staff for someone; translated for the others afterwards."""
    round_ = _locked(round_id)
    if not round_.is_collecting:
        raise Refused(_("Proposals are no longer collected for this round: voting has started."))
    proposal = Proposal(round=round_, text=text, language=language, token=secrets.token_hex(8))
    if picture is not None:
        proposal.picture.save(picture.name or "picture.jpg", picture, save=False)
    proposal.save()
    if actor is not None:
        _record(actor, "round.proposal_added", round_, {"proposal": [None, proposal.pk]})
    _translate_later("proposal", proposal.pk)
    return proposal


@transaction.atomic
def hide_proposal(*, actor: AbstractBaseUser, proposal_id: int) -> Proposal:
    proposal = Proposal.objects.select_related("round").get(pk=proposal_id)
    round_ = _locked(proposal.round_id)
    if not round_.is_collecting:
        raise Refused(_("Voting has started: the proposals can no longer be changed."))
    proposal.is_hidden = True
    proposal.save(update_fields=["is_hidden"])
    _record(actor, "round.proposal_hidden", round_, {"proposal": [proposal.pk, None]})
    return proposal


@transaction.atomic
def save_proposal_translation(
    *, actor: AbstractBaseUser | None, proposal_id: int, language: str, text: str, origin: str = Origin.HUMAN
) -> ProposalTranslation | None:
    """A human translation always wins; a machine translation never replaces one a person typed."""
    proposal = Proposal.objects.select_related("round__region", "round__organisation").get(pk=proposal_id)
    if language == proposal.language:
        return None
    existing = ProposalTranslation.objects.select_for_update().filter(proposal=proposal, language=language).first()
    if origin == Origin.MACHINE and existing is not None and existing.origin == Origin.HUMAN:
        return existing
    translation = existing or ProposalTranslation(proposal=proposal, language=language, source_version=1)
    translation.text, translation.origin = text, origin
    translation.updated_by = actor if origin == Origin.HUMAN else None  # type: ignore[assignment]
    translation.save()
    if origin == Origin.HUMAN:
        _record(actor, f"round.proposal_translation.{language}", proposal.round, {"proposal": [None, proposal.pk]})
    return translation


@transaction.atomic
def save_question_translation(
    *, actor: AbstractBaseUser, round_id: int, language: str, question: str
) -> RoundTranslation:
    """A facilitator's own translation of the question; machine translations never replace it."""
    round_ = _locked(round_id)
    row = RoundTranslation.objects.filter(round=round_, language=language).first() or RoundTranslation(
        round=round_, language=language
    )
    before = row.question
    row.question, row.origin, row.source_version = question, Origin.HUMAN, round_.content_version
    row.updated_by = actor  # type: ignore[assignment]
    row.save()
    _record(actor, f"round.question_translation.{language}", round_, {"question": [before, question]})
    return row


@transaction.atomic
def save_question_translations(*, round_id: int, content_version: int, questions: dict[str, str]) -> None:
    """Machine translations of the question, unless the German question changed meanwhile or a person translated."""
    round_ = _locked(round_id)
    if round_.content_version != content_version:
        return
    existing = {row.language: row for row in RoundTranslation.objects.filter(round=round_)}
    for language, question in questions.items():
        row = existing.get(language)
        if row is not None and row.origin == Origin.HUMAN and row.source_version >= content_version:
            continue
        row = row or RoundTranslation(round=round_, language=language)
        row.question, row.origin, row.source_version = question[:200], Origin.MACHINE, content_version
        row.save()
