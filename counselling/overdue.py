"""What is overdue in the work with people, for the staff overview: follow-ups of cases and of welcome home
visits, and referrals.

Only dates and nicknames: the overview shows no content of notes or referrals, so reading it is not logged.
"""

import datetime as dt
from dataclasses import dataclass

from core.access import StaffScope
from counselling.models import Case, CaseItem
from homevisits import selectors as home_visit_selectors
from homevisits.models import FollowUp
from referrals import selectors as referral_selectors
from referrals.models import Referral

SHOWN = 50


@dataclass(frozen=True)
class Overdue:
    follow_ups: list[CaseItem]
    home_visits: list[FollowUp]
    referrals: list[Referral]

    def __bool__(self) -> bool:
        return bool(self.follow_ups or self.home_visits or self.referrals)


def overdue(scope: StaffScope, *, today: dt.date) -> Overdue:
    if not scope.counselled_organisation_ids:
        return Overdue([], [], [])
    follow_ups = (
        CaseItem.objects.filter(
            kind=CaseItem.Kind.FOLLOW_UP,
            done_on__isnull=True,
            due_on__lt=today,
            case__status=Case.Status.OPEN,
            case__organisation__in=scope.counselled_organisation_ids,
        )
        .select_related("case__person")
        .order_by("due_on", "pk")
    )
    return Overdue(
        list(follow_ups[:SHOWN]),
        home_visit_selectors.overdue_follow_ups(scope, today, limit=SHOWN),
        referral_selectors.overdue(scope, today=today),
    )
