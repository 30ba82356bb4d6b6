"""Codes and ballots. One code, one ballot; choices are never written to the audit log."""

from collections.abc import Collection

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import audit
from participation import codes
from participation.models import Ballot, BallotChoice, Round, VotingCode
from participation.services import Refused

MAX_CODES_AT_ONCE = 500


class VoteRefused(Refused):
    """The code or the choices were not accepted; nothing was stored."""


@transaction.atomic
def make_codes(*, actor: AbstractBaseUser, round_id: int, count: int) -> list[str]:
    """New codes for the printer. They exist in plain text only in this return value."""
    round_ = Round.objects.select_related("region", "organisation").get(pk=round_id)
    if round_.is_closed:
        raise Refused(_("Voting is closed for this round."))
    if not 1 <= count <= MAX_CODES_AT_ONCE:
        raise Refused(_("Make between 1 and %(most)d codes at a time.") % {"most": MAX_CODES_AT_ONCE})
    made: dict[str, str] = {}
    while len(made) < count:
        code = codes.new_code()
        made[codes.code_hash(code)] = code
    taken = set(VotingCode.objects.filter(round=round_, code_hash__in=list(made)).values_list("code_hash", flat=True))
    fresh = {digest: code for digest, code in made.items() if digest not in taken}
    VotingCode.objects.bulk_create(VotingCode(round=round_, code_hash=digest) for digest in fresh)
    audit.record(
        actor=actor,
        action="round.codes_made",
        target=round_,
        region=round_.region,
        organisation=round_.organisation,
        changes={"codes": [None, len(fresh)]},
    )
    return list(fresh.values())


def _usable_code(round_: Round, typed: str, *, lock: bool) -> VotingCode:
    if not round_.is_voting:
        raise VoteRefused(_("Voting is not open for this round."))
    found = VotingCode.objects.filter(round=round_, code_hash=codes.code_hash(typed))
    code = (found.select_for_update() if lock else found).first()
    if code is None:
        raise VoteRefused(_("This code is not valid for this vote. Please check it and type it again."))
    if code.is_used:
        raise VoteRefused(_("This code has already been used. Each code can vote once."))
    return code


def check_code(*, round_: Round, typed: str) -> None:
    """Raises VoteRefused unless the code may still vote in this round."""
    _usable_code(round_, typed, lock=False)


def check_choices(*, round_: Round, proposal_ids: Collection[int], allowed_ids: Collection[int]) -> None:
    if not proposal_ids:
        raise VoteRefused(_("Please choose at least one proposal."))
    if len(proposal_ids) > round_.max_choices:
        raise VoteRefused(
            ngettext(
                "You can choose only %(count)d proposal.",
                "You can choose up to %(count)d proposals.",
                round_.max_choices,
            )
            % {"count": round_.max_choices}
        )
    if not set(proposal_ids) <= set(allowed_ids):
        raise VoteRefused(_("Please choose only from the proposals shown."))


@transaction.atomic
def cast_ballot(
    *, round_id: int, typed_code: str, proposal_ids: Collection[int], assisted_by: AbstractBaseUser | None = None
) -> Ballot:
    round_ = Round.objects.select_for_update().select_related("region", "organisation").get(pk=round_id)
    code = _usable_code(round_, typed_code, lock=True)
    allowed = list(round_.proposals.filter(is_hidden=False).values_list("id", flat=True))
    check_choices(round_=round_, proposal_ids=set(proposal_ids), allowed_ids=allowed)
    # One code, one ballot, decided by the database: only one of two simultaneous votes turns the code used.
    if not VotingCode.objects.filter(pk=code.pk, is_used=False).update(is_used=True):
        raise VoteRefused(_("This code has already been used. Each code can vote once."))
    ballot = Ballot.objects.create(round=round_, assisted_by_id=assisted_by.pk if assisted_by else None)
    BallotChoice.objects.bulk_create(BallotChoice(ballot=ballot, proposal_id=pk) for pk in set(proposal_ids))
    if assisted_by is not None:
        # That someone voted with help, and who helped; what they chose stays secret.
        audit.record(
            actor=assisted_by,
            action="round.assisted_vote",
            target=round_,
            region=round_.region,
            organisation=round_.organisation,
        )
    return ballot
