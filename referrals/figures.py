"""The network's referral figures: for each partner, how many referrals were sent, answered and done, and how long
the steps took. Counts and days only, from the referrals' paths, which stay after their messages are deleted."""

import datetime as dt
from dataclasses import dataclass, field
from statistics import median

from django.db.models import Q

from core.access import StaffScope
from referrals.models import Referral


@dataclass
class PartnerFigures:
    partner: str
    sent: int = 0
    accepted: int = 0
    declined: int = 0
    done: int = 0
    withdrawn: int = 0
    open: int = 0
    days_to_answer: list[int] = field(default_factory=list)
    days_to_done: list[int] = field(default_factory=list)

    @property
    def median_days_to_answer(self) -> float | None:
        return median(self.days_to_answer) if self.days_to_answer else None

    @property
    def median_days_to_done(self) -> float | None:
        return median(self.days_to_done) if self.days_to_done else None


def _days(start: dt.datetime, end: dt.datetime | None) -> int | None:
    return (end - start).days if end is not None else None


def _count(
    row: PartnerFigures, status: str, sent_at: dt.datetime, answered: dt.datetime | None, done: dt.datetime | None
) -> None:
    row.sent += 1
    row.open += status in (Referral.Status.SENT, Referral.Status.ACCEPTED)
    row.withdrawn += status == Referral.Status.WITHDRAWN
    row.declined += status == Referral.Status.DECLINED
    row.accepted += status in (Referral.Status.ACCEPTED, Referral.Status.DONE)
    row.done += status == Referral.Status.DONE
    if (days := _days(sent_at, answered)) is not None:
        row.days_to_answer.append(days)
    if (days := _days(sent_at, done)) is not None:
        row.days_to_done.append(days)


def by_partner(scope: StaffScope, *, year: int) -> list[PartnerFigures]:
    """The referrals sent in the year that the user may count: the whole region for its coordinators, otherwise
    those their organisations sent or received."""
    mine = list(scope.organisation_roles)
    visible = Q(region__in=scope.coordinated_region_ids) | Q(sender__in=mine) | Q(partner__in=mine)
    paths = Referral.objects.filter(visible, sent_at__year=year).values_list(
        "partner__name", "status", "sent_at", "answered_at", "done_at"
    )
    rows: dict[str, PartnerFigures] = {}
    for partner, status, sent_at, answered, done in paths:
        _count(rows.setdefault(partner, PartnerFigures(partner)), status, sent_at, answered, done)
    return sorted(rows.values(), key=lambda row: (-row.sent, row.partner))
