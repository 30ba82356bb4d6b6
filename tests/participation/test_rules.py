"""A facilitator sets the rules while proposals come in; opening the vote locks them for good."""

import datetime as dt
from types import SimpleNamespace

import pytest

from core.models import AuditEntry
from participation import services
from participation.models import Proposal, Round
from tests.participation.conftest import make_round, public_url, reload
from translations.services import EditConflict


def rules_form(cafe, **changes):
    round_ = reload(cafe.round)
    data = {
        "version": round_.version,
        "question": round_.question,
        "location": round_.location_id,
        "period_start": round_.period_start.isoformat(),
        "period_end": round_.period_end.isoformat(),
        "max_choices": round_.max_choices,
    }
    data.update(changes)
    return data


def test_a_facilitator_creates_a_round_and_edits_its_rules_while_collecting(client, world, staff):
    client.force_login(staff["other_editor"])
    response = client.post(
        "/staff/rounds/new/",
        {
            "organisation": world.office.pk,
            "question": "Was machen wir im März?",
            "location": world.office_place.pk,
            "period_start": "2030-03-01",
            "period_end": "2030-03-31",
            "max_choices": 3,
        },
    )
    round_ = Round.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/staff/rounds/{round_.pk}/"
    assert (round_.organisation, round_.region, round_.status) == (world.office, world.region, "collecting")
    assert AuditEntry.objects.filter(action="round.created", object_id=str(round_.pk)).exists()

    holder = SimpleNamespace(round=round_)
    saved = client.post(f"/staff/rounds/{round_.pk}/", rules_form(holder, max_choices=1, question="Und im April?"))
    assert saved.status_code == 302
    round_ = reload(round_)
    assert (round_.max_choices, round_.question, round_.content_version) == (1, "Und im April?", 2)


def test_bad_rules_get_clear_messages_and_nothing_is_saved(client, cafe):
    client.force_login(cafe.facilitator)
    response = client.post(
        f"/staff/rounds/{cafe.round.pk}/",
        rules_form(cafe, max_choices=0, period_end="2030-02-01"),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "The end of the period must not be before its start." in page
    assert reload(cafe.round).max_choices == 2


def test_two_facilitators_editing_at_once_do_not_overwrite_each_other(client, cafe):
    client.force_login(cafe.facilitator)
    stale = rules_form(cafe, question="Was machen wir im Mai?")
    services.update_rules(
        actor=cafe.facilitator, round_id=cafe.round.pk, expected_version=cafe.round.version, values={"max_choices": 3}
    )
    response = client.post(f"/staff/rounds/{cafe.round.pk}/", stale, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nothing was overwritten" in page
    assert 'value="Was machen wir im Mai?"' in page  # what this person typed is kept
    assert reload(cafe.round).question == "Was machen wir im März?"


def test_opening_the_vote_locks_the_rules(client, cafe):
    client.force_login(cafe.facilitator)
    opened = client.post(f"/staff/rounds/{cafe.round.pk}/open/")
    assert opened.status_code == 302
    round_ = reload(cafe.round)
    assert round_.status == "voting"
    assert round_.rules_locked_at is not None

    refused = client.post(
        f"/staff/rounds/{cafe.round.pk}/", rules_form(cafe, max_choices=3), follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert "Voting has started: the rules can no longer be changed." in refused.content.decode()
    assert reload(cafe.round).max_choices == 2
    with pytest.raises(services.Refused):
        services.update_rules(
            actor=cafe.facilitator, round_id=round_.pk, expected_version=round_.version, values={"max_choices": 5}
        )
    # No new proposals, none hidden, once people vote on them.
    with pytest.raises(services.Refused):
        services.add_proposal(actor=None, round_id=round_.pk, text="Noch eine Idee", language="de")
    with pytest.raises(services.Refused):
        services.hide_proposal(actor=cafe.facilitator, proposal_id=cafe.zoo.pk)
    form = client.post(public_url(round_, "propose/"), {"text": "Noch eine Idee", "language": "de"})
    assert form.status_code == 200
    assert not Proposal.objects.filter(text="Noch eine Idee").exists()


def test_voting_cannot_open_without_proposals_nor_twice(world, staff):
    round_ = make_round(world, staff["coordinator"])
    with pytest.raises(services.Refused):
        services.open_voting(actor=staff["coordinator"], round_id=round_.pk)
    services.add_proposal(actor=None, round_id=round_.pk, text="Grillen", language="de")
    services.open_voting(actor=staff["coordinator"], round_id=round_.pk)
    with pytest.raises(services.Refused):
        services.open_voting(actor=staff["coordinator"], round_id=round_.pk)


def test_the_database_keeps_the_rules_consistent(world, staff):
    from django.db import IntegrityError, transaction

    round_ = make_round(world, staff["coordinator"])
    for values in ({"max_choices": 0}, {"period_end": dt.date(2030, 1, 1)}, {"status": "voting"}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Round.objects.filter(pk=round_.pk).update(**values)


def test_a_stale_version_raises_a_conflict(cafe):
    with pytest.raises(EditConflict):
        services.update_rules(
            actor=cafe.facilitator, round_id=cafe.round.pk, expected_version=99, values={"max_choices": 3}
        )


def test_hidden_proposals_are_neither_shown_nor_on_the_ballot(client, cafe):
    client.force_login(cafe.facilitator)
    assert client.post(f"/staff/rounds/{cafe.round.pk}/proposals/{cafe.zoo.pk}/hide/").status_code == 302
    page = client.get(public_url(cafe.round)).content.decode()
    assert "Ausflug in den Zoo" not in page
    assert "نزهة في الحديقة" in page
