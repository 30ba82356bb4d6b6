"""Reads for rounds: each page runs a fixed number of queries, however many proposals there are."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from core.access import StaffScope
from core.languages import ENDONYMS, direction
from core.models import Region
from participation.models import Proposal, ProposalTranslation, Round, RoundTranslation
from translations.models import Origin
from translations.resolve import ShownText, show


@dataclass(frozen=True)
class ShownProposal:
    proposal: Proposal
    text: str
    # The language `text` is in; differs from the reader's when no translation exists yet.
    language: str
    is_original: bool
    is_machine: bool
    # The reader asked for another language and there is no translation yet.
    is_untranslated: bool
    votes: int = 0

    @property
    def original_language_name(self) -> str:
        return ENDONYMS.get(self.proposal.language, self.proposal.language)

    @property
    def direction(self) -> str:
        return direction(self.language)

    @property
    def original_direction(self) -> str:
        return direction(self.proposal.language)

    @property
    def pk(self) -> int:
        return self.proposal.pk


def _translations_in(language: str) -> Prefetch:
    return Prefetch("translations", queryset=ProposalTranslation.objects.filter(language=language))


def public_round(region: Region, round_id: int, *, language: str) -> Round:
    return get_object_or_404(
        Round.objects.filter(region=region)
        .select_related("region", "location", "organisation")
        .prefetch_related(Prefetch("translations", queryset=RoundTranslation.objects.filter(language=language))),
        pk=round_id,
    )


def open_rounds(region: Region, *, language: str) -> list[Round]:
    return list(
        Round.objects.filter(region=region)
        .exclude(status=Round.Status.CLOSED)
        .select_related("location")
        .prefetch_related(Prefetch("translations", queryset=RoundTranslation.objects.filter(language=language)))
        .order_by("period_start", "id")
    )


def question_of(round_: Round, language: str) -> ShownText:
    return show(
        source_fields={"question": round_.question},
        source_language=round_.region.source_language,
        content_version=round_.content_version,
        translations=round_.translations.all(),
        language=language,
        field_names=["question"],
    )


def shown(proposal: Proposal, language: str, votes: int = 0) -> ShownProposal:
    """The reader's language when translated; otherwise the original with its language named."""
    if proposal.language != language:
        for translation in proposal.translations.all():
            if translation.language == language:
                return ShownProposal(
                    proposal, translation.text, language, False, translation.origin == Origin.MACHINE, False, votes
                )
    return ShownProposal(proposal, proposal.text, proposal.language, True, False, proposal.language != language, votes)


def proposals_of(round_: Round, *, language: str) -> list[ShownProposal]:
    proposals = round_.proposals.filter(is_hidden=False).prefetch_related(_translations_in(language))
    return [shown(proposal, language) for proposal in proposals]


def results_of(round_: Round, *, language: str) -> list[ShownProposal]:
    """Most votes first; ties keep the order in which the proposals came in."""
    proposals = (
        round_.proposals.filter(is_hidden=False)
        .annotate(vote_count=Count("choices"))
        .select_related("event")
        .prefetch_related(_translations_in(language))
        .order_by("-vote_count", "created_at", "id")
    )
    return [shown(proposal, language, proposal.vote_count) for proposal in proposals]


def ballot_count(round_: Round) -> int:
    return round_.ballots.count()


def winners(results: list[ShownProposal]) -> list[ShownProposal]:
    """Every proposal with the most votes (several when tied); none when nobody voted."""
    top = max((row.votes for row in results), default=0)
    return [row for row in results if top > 0 and row.votes == top]


def visible_picture(region: Region, round_id: int, proposal_id: int) -> Proposal:
    return get_object_or_404(
        Proposal.objects.exclude(picture=""),
        round__region=region,
        round_id=round_id,
        pk=proposal_id,
        is_hidden=False,
    )


# Staff


def rounds_visible_to(scope: StaffScope) -> QuerySet[Round]:
    return (
        Round.objects.filter(
            Q(region_id__in=scope.coordinated_region_ids) | Q(organisation_id__in=list(scope.organisation_roles))
        )
        .select_related("region", "organisation", "location")
        .annotate(proposal_count=Count("proposals", filter=Q(proposals__is_hidden=False), distinct=True))
    )


def round_for_staff(scope: StaffScope, round_id: int) -> Round:
    round_ = get_object_or_404(Round.objects.select_related("region", "organisation", "location"), pk=round_id)
    scope.require_content(organisation_id=round_.organisation_id, region_id=round_.region_id)
    return round_


def proposals_for_staff(round_: Round) -> list[Proposal]:
    return list(round_.proposals.prefetch_related("translations").select_related("event"))


def code_counts(round_: Round) -> dict[str, int]:
    counts = round_.codes.aggregate(made=Count("id"), used=Count("id", filter=Q(is_used=True)))
    return {"made": counts["made"], "used": counts["used"]}
