"""Where a referral comes from, read from the request: one of the user's cases, contacts or home visits' open
points (each only if it is the user's organisation's), or just their organisation."""

from dataclasses import dataclass

from django.http import HttpRequest

from core.access import scope_of
from core.models import Organisation
from counselling import selectors_cases
from counselling.models import Case, Contact
from counselling.views_contacts import counselling_organisation
from homevisits import selectors as home_visit_selectors
from homevisits.models import FollowUp
from referrals import selectors


@dataclass(frozen=True)
class Source:
    """Where the referral comes from: one of the user's cases, contacts or home visits' open points, or none."""

    sender: Organisation
    case: Case | None = None
    contact: Contact | None = None
    follow_up: FollowUp | None = None

    def initial(self) -> dict[str, str]:
        if self.case is not None:
            return {"name": self.case.person.nickname, "language": self.case.person.language}
        if self.follow_up is not None:
            household = self.follow_up.household
            return {"name": household.label, "language": (household.languages or ["de"])[0]}
        return {"language": "de"}


def _id(value: str) -> int:
    return int(value) if value.isdigit() else 0  # no record has id 0: "not found"


def source_of(request: HttpRequest) -> Source:
    scope = scope_of(request)
    given = request.POST if request.method == "POST" else request.GET
    if case_id := given.get("case"):
        case = selectors_cases.case_for(scope, _id(case_id))
        return Source(case.organisation, case=case)
    if contact_id := given.get("contact"):
        contact = selectors.contact_for(scope, _id(contact_id))
        return Source(contact.organisation, contact=contact)
    if follow_up_id := given.get("follow_up"):
        follow_up = home_visit_selectors.follow_up_for(scope, _id(follow_up_id))
        return Source(follow_up.household.organisation, follow_up=follow_up)
    organisation, _choices = counselling_organisation(request)
    return Source(organisation)
