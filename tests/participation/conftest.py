"""A round at the office's café in Testort: proposals in German, Arabic and Farsi, and helpers to vote."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import User

from participation import services, voting
from participation.models import Proposal, Round

FACILITATOR_ROLES = ("other_editor", "coordinator")  # editor of the office that runs the café; the region's coordinator


@dataclass
class Cafe:
    round: Round
    zoo: Proposal
    picnic: Proposal
    cooking: Proposal
    facilitator: User


def make_round(world: Any, actor: User, **values: Any) -> Round:
    values.setdefault("question", "Was machen wir im März?")
    values.setdefault("period_start", dt.date(2030, 3, 1))
    values.setdefault("period_end", dt.date(2030, 3, 31))
    values.setdefault("max_choices", 2)
    return services.create_round(
        actor=actor,
        organisation=values.pop("organisation", world.office),
        location=values.pop("location", world.office_place),
        **values,
    )


def propose(round_: Round, text: str, language: str = "de") -> Proposal:
    return services.add_proposal(actor=None, round_id=round_.pk, text=text, language=language)


def open_voting(cafe: Cafe) -> None:
    services.open_voting(actor=cafe.facilitator, round_id=cafe.round.pk)


def codes_for(cafe: Cafe, count: int = 3) -> list[str]:
    return voting.make_codes(actor=cafe.facilitator, round_id=cafe.round.pk, count=count)


def reload(round_: Round) -> Round:
    return Round.objects.get(pk=round_.pk)


@pytest.fixture
def cafe(world: Any, staff: dict[str, User]) -> Cafe:
    facilitator = staff["other_editor"]
    round_ = make_round(world, facilitator)
    return Cafe(
        round=round_,
        zoo=propose(round_, "Ausflug in den Zoo"),
        picnic=propose(round_, "نزهة في الحديقة", "ar"),
        cooking=propose(round_, "آشپزی با هم", "fa"),
        facilitator=facilitator,
    )


@pytest.fixture
def voting_cafe(cafe: Cafe) -> Cafe:
    open_voting(cafe)
    cafe.round = reload(cafe.round)
    return cafe


def public_url(round_: Round, page: str = "", language: str = "de") -> str:
    return f"/{language}/{round_.region.slug}/rounds/{round_.pk}/{page}"
