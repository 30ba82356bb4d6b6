"""The winning proposals become draft events in one click, for the facilitator to complete and publish."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from core import audit
from events import services as event_services
from events.models import Event
from participation import selectors
from participation.models import Proposal, Round
from participation.services import Refused

# A placeholder time on the first day of the round's period; the facilitator sets the real one.
PLACEHOLDER_START = dt.time(10)
PLACEHOLDER_END = dt.time(12)


def _german_title(proposal: Proposal, source_language: str) -> str:
    if proposal.language == source_language:
        return proposal.text
    for row in proposal.translations.all():
        if row.language == source_language:
            return row.text[:200]
    return proposal.text


def _summary(round_: Round) -> str:
    with translation.override(round_.region.source_language):
        return _("Chosen together in the round “%(question)s”.") % {"question": round_.question}


def _event_values(round_: Round, proposal: Proposal) -> dict[str, object]:
    zone = ZoneInfo(round_.region.timezone)
    day = round_.period_start
    return {
        "title": _german_title(proposal, round_.region.source_language),
        "summary": _summary(round_)[:400],
        "location": round_.location,
        "starts_at": dt.datetime.combine(day, PLACEHOLDER_START, tzinfo=zone),
        "ends_at": dt.datetime.combine(day, PLACEHOLDER_END, tzinfo=zone),
        "status": Event.Status.DRAFT,
    }


@transaction.atomic
def make_draft_events(*, actor: AbstractBaseUser, round_id: int) -> list[Event]:
    """One draft per winning proposal; a winner that already has its event is not made twice."""
    round_ = Round.objects.select_for_update().select_related("region", "organisation", "location").get(pk=round_id)
    if not round_.is_closed:
        raise Refused(_("Close the voting first; then the winners can become events."))
    top = selectors.winners(selectors.results_of(round_, language=round_.region.source_language))
    if not top:
        raise Refused(_("Nobody has voted, so there is no winner yet."))
    made = []
    for row in top:
        proposal = row.proposal
        if proposal.event_id is not None:
            continue
        event = event_services.create_event(
            actor=actor, organiser=round_.organisation, values=_event_values(round_, proposal)
        )
        proposal.event = event
        proposal.save(update_fields=["event"])
        made.append(event)
    audit.record(
        actor=actor,
        action="round.events_made",
        target=round_,
        region=round_.region,
        organisation=round_.organisation,
        changes={"events": [None, [event.pk for event in made]]},
    )
    return made
