"""Voting with one-time codes on the café's shared tablet: one code, one ballot, up to N choices, nothing kept."""

import pytest
from django.core.cache import cache
from django.utils import translation

from core.models import AuditEntry
from participation import voting
from participation.models import Ballot, BallotChoice, VotingCode
from tests.participation.conftest import codes_for, public_url


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


def post_vote(client, cafe, **data):
    return client.post(public_url(cafe.round, "vote/"), data)


def vote_through(client, cafe, code, choices):
    """The three steps a person takes on the tablet: code, ticks, confirm."""
    step1 = post_vote(client, cafe, step="code", code=code)
    assert step1.status_code == 200
    step2 = post_vote(client, cafe, step="confirm", code=code, choices=choices)
    assert step2.status_code == 200
    return post_vote(client, cafe, step="cast", code=code, choices=choices)


def message(language, text):
    with translation.override(language):
        return translation.gettext(text)


def test_a_person_votes_in_three_steps_and_the_tablet_is_empty_again(client, voting_cafe):
    cafe = voting_cafe
    code = codes_for(cafe, 1)[0]

    start = client.get(public_url(cafe.round, "vote/"))
    assert start.status_code == 200
    assert 'name="code"' in start.content.decode()

    chooser = post_vote(client, cafe, step="code", code=code.lower())  # typed in lower case: still fine
    page = chooser.content.decode()
    assert "Ausflug in den Zoo" in page
    assert f'value="{cafe.zoo.pk}"' in page
    assert f'value="{cafe.cooking.pk}"' in page

    confirm = post_vote(client, cafe, step="confirm", code=code, choices=[cafe.zoo.pk, cafe.picnic.pk])
    assert confirm.status_code == 200
    assert "Ausflug in den Zoo" in confirm.content.decode()
    assert Ballot.objects.count() == 0  # nothing stored before the person confirms

    cast = post_vote(client, cafe, step="cast", code=code, choices=[cafe.zoo.pk, cafe.picnic.pk])
    assert cast.status_code == 302
    assert cast["Location"] == public_url(cafe.round, "vote/") + "?thanks=1"
    thanks = client.get(cast["Location"]).content.decode()
    assert message("de", "Thank you, your vote has been counted.") in thanks
    assert code not in thanks
    assert 'name="code" value' not in thanks
    assert "sessionid" not in client.cookies

    ballot = Ballot.objects.get()
    assert ballot.assisted_by is None
    assert set(ballot.choices.values_list("proposal_id", flat=True)) == {cafe.zoo.pk, cafe.picnic.pk}
    assert VotingCode.objects.get().is_used
    # An unassisted vote leaves no trace of a person in the audit log.
    assert not AuditEntry.objects.filter(action__contains="vote").exists()


def test_one_code_one_ballot(client, voting_cafe):
    cafe = voting_cafe
    code = codes_for(cafe, 1)[0]
    assert vote_through(client, cafe, code, [cafe.zoo.pk]).status_code == 302

    again = post_vote(client, cafe, step="code", code=code)
    assert message("de", "This code has already been used. Each code can vote once.") in again.content.decode()
    # Skipping the first steps does not help either.
    sneaky = post_vote(client, cafe, step="cast", code=code, choices=[cafe.picnic.pk])
    assert sneaky.status_code == 200
    assert Ballot.objects.count() == 1
    assert BallotChoice.objects.get().proposal_id == cafe.zoo.pk


def test_the_service_refuses_a_second_ballot_for_a_code(voting_cafe):
    cafe = voting_cafe
    code = codes_for(cafe, 1)[0]
    voting.cast_ballot(round_id=cafe.round.pk, typed_code=code, proposal_ids=[cafe.zoo.pk])
    with pytest.raises(voting.VoteRefused):
        voting.cast_ballot(round_id=cafe.round.pk, typed_code=code, proposal_ids=[cafe.zoo.pk])
    assert Ballot.objects.count() == 1


def test_nothing_stored_links_a_ballot_to_its_code(voting_cafe):
    """Whoever handed out the codes must not be able to look up what a code voted, nor match by time."""
    cafe = voting_cafe
    first, second = codes_for(cafe, 2)
    voting.cast_ballot(round_id=cafe.round.pk, typed_code=first, proposal_ids=[cafe.zoo.pk])
    voting.cast_ballot(round_id=cafe.round.pk, typed_code=second, proposal_ids=[cafe.picnic.pk])
    ballot_columns = {field.attname for field in Ballot._meta.concrete_fields}
    code_columns = {field.attname for field in VotingCode._meta.concrete_fields}
    assert ballot_columns == {"id", "round_id", "assisted_by_id"}
    assert code_columns == {"id", "round_id", "code_hash", "created_at", "is_used"}
    assert list(VotingCode.objects.values_list("is_used", flat=True)) == [True, True]


@pytest.mark.parametrize("language", ["de", "ar", "uk"])
def test_a_wrong_code_gets_a_translated_message_and_nothing_is_stored(client, voting_cafe, language):
    cafe = voting_cafe
    codes_for(cafe, 2)
    response = client.post(public_url(cafe.round, "vote/", language), {"step": "code", "code": "AAAA-AAAA"})
    assert response.status_code == 200
    expected = message(language, "This code is not valid for this vote. Please check it and type it again.")
    assert expected in response.content.decode()
    assert Ballot.objects.count() == 0


def test_a_code_of_another_round_is_not_valid_here(client, voting_cafe, world, staff):
    from tests.participation.conftest import make_round, propose

    other = make_round(world, staff["other_editor"], question="Was machen wir im April?")
    propose(other, "Kino")
    from participation import services

    services.open_voting(actor=staff["other_editor"], round_id=other.pk)
    foreign_code = voting.make_codes(actor=staff["other_editor"], round_id=other.pk, count=1)[0]
    response = post_vote(client, voting_cafe, step="code", code=foreign_code)
    assert message("de", "This code is not valid for this vote. Please check it and type it again.") in (
        response.content.decode()
    )


def test_at_most_the_allowed_number_of_choices_and_at_least_one(client, voting_cafe):
    cafe = voting_cafe  # max_choices = 2
    code = codes_for(cafe, 1)[0]
    too_many = post_vote(
        client, cafe, step="confirm", code=code, choices=[cafe.zoo.pk, cafe.picnic.pk, cafe.cooking.pk]
    )
    page = too_many.content.decode()
    with translation.override("de"):
        limit = translation.ngettext(
            "You can choose only %(count)d proposal.", "You can choose up to %(count)d proposals.", 2
        ) % {"count": 2}
    assert limit in page
    assert page.count("checked") == 3  # what the person ticked stays ticked
    none = post_vote(client, cafe, step="confirm", code=code)
    assert message("de", "Please choose at least one proposal.") in none.content.decode()
    cast = post_vote(client, cafe, step="cast", code=code, choices=[cafe.zoo.pk, cafe.picnic.pk, cafe.cooking.pk])
    assert cast.status_code == 200
    assert Ballot.objects.count() == 0
    with pytest.raises(voting.VoteRefused):
        voting.cast_ballot(
            round_id=cafe.round.pk, typed_code=code, proposal_ids=[cafe.zoo.pk, cafe.picnic.pk, cafe.cooking.pk]
        )


def test_only_the_round_s_visible_proposals_can_be_chosen(client, voting_cafe, world, staff):
    from tests.participation.conftest import make_round, propose

    other_proposal = propose(make_round(world, staff["other_editor"]), "Schwimmen")
    code = codes_for(voting_cafe, 1)[0]
    cast = post_vote(client, voting_cafe, step="cast", code=code, choices=[other_proposal.pk])
    assert cast.status_code == 200
    assert Ballot.objects.count() == 0


def test_no_voting_before_it_opens_or_after_it_closes(client, cafe):
    code = codes_for(cafe, 1)[0]
    before = post_vote(client, cafe, step="cast", code=code, choices=[cafe.zoo.pk])
    assert before.status_code == 200
    assert message("de", "Voting has not started yet. You can still propose activities.") in before.content.decode()
    assert Ballot.objects.count() == 0


def test_a_staff_member_votes_for_someone_and_the_log_names_the_helper_not_the_choice(client, voting_cafe, staff):
    cafe = voting_cafe
    code = codes_for(cafe, 1)[0]
    client.force_login(staff["other_editor"])
    response = client.post(f"/staff/rounds/{cafe.round.pk}/assisted-vote/", {"code": code, "choices": [cafe.picnic.pk]})
    assert response.status_code == 302
    ballot = Ballot.objects.get()
    assert ballot.assisted_by == staff["other_editor"]
    entry = AuditEntry.objects.get(action="round.assisted_vote")
    assert entry.actor == staff["other_editor"]
    assert entry.changes == {}
    assert str(cafe.picnic.pk) not in str(entry.changes)
    # The helper cannot use the same code twice either.
    again = client.post(f"/staff/rounds/{cafe.round.pk}/assisted-vote/", {"code": code, "choices": [cafe.zoo.pk]})
    assert again.status_code == 200
    assert Ballot.objects.count() == 1


def test_guessing_codes_is_slowed_down_but_right_codes_are_not(client, voting_cafe, settings):
    settings.NAHBAR_PUBLIC_FORM_RATE = "3/h"
    cafe = voting_cafe
    good = codes_for(cafe, 5)
    for code in good[:4]:  # a whole café votes on one tablet
        assert vote_through(client, cafe, code, [cafe.zoo.pk]).status_code == 302
    for _ in range(4):
        post_vote(client, cafe, step="code", code="WXYW-WXYW")
    blocked = post_vote(client, cafe, step="code", code=good[4])
    assert blocked.status_code == 429
    assert Ballot.objects.count() == 4
