"""Public pages of a round: proposals, proposing, voting with a code, results. No login, no JavaScript needed.

The vote keeps nothing between people on the café's shared tablet: the code travels in the form from step to
step, and after the vote the page is empty again for the next person.
"""

from typing import Any

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from core.client_address import client_address
from core.languages import ENDONYMS
from core.rate_limit import limit_public_posts
from directory.selectors import region_by_slug
from participation import chart, selectors, services, voting
from participation.forms import ChoiceForm, CodeForm, ProposalForm
from participation.models import Round
from participation.selectors import ShownProposal

# Wrong codes count against the address; right ones do not, so a whole café can vote on one tablet.
WRONG_CODE_GROUP = "vote-wrong-code"


def _round(request: HttpRequest, region_slug: str, round_id: int) -> tuple[Round, dict[str, Any]]:
    language = translation.get_language()
    region = region_by_slug(region_slug)
    round_ = selectors.public_round(region, round_id, language=language)
    context = {
        "region": region,
        "round": round_,
        "question": selectors.question_of(round_, language),
        "source_language_name": ENDONYMS.get(region.source_language, region.source_language),
    }
    return round_, context


def round_list(request: HttpRequest, region_slug: str) -> HttpResponse:
    region = region_by_slug(region_slug)
    language = translation.get_language()
    rounds = [
        (round_, selectors.question_of(round_, language)) for round_ in selectors.open_rounds(region, language=language)
    ]
    return render(request, "participation/round_list.html", {"region": region, "rounds": rounds})


def round_detail(request: HttpRequest, region_slug: str, round_id: int) -> HttpResponse:
    round_, context = _round(request, region_slug, round_id)
    context["proposals"] = selectors.proposals_of(round_, language=translation.get_language())
    return render(request, "participation/round_detail.html", context)


@require_http_methods(["GET", "POST"])
@limit_public_posts("proposal")
def propose(request: HttpRequest, region_slug: str, round_id: int) -> HttpResponse:
    round_, context = _round(request, region_slug, round_id)
    language = translation.get_language()
    languages = list(dict.fromkeys([language, *round_.region.enabled_languages]))
    form = ProposalForm(
        request.POST or None, request.FILES or None, languages=languages, initial={"language": language}
    )
    if request.method == "POST" and round_.is_collecting and form.is_valid():
        try:
            services.add_proposal(
                actor=None,
                round_id=round_.pk,
                text=form.cleaned_data["text"],
                language=form.cleaned_data["language"],
                picture=form.cleaned_data["picture"],
            )
        except services.Refused as refused:
            form.add_error(None, refused.message)
        else:
            return HttpResponseRedirect(_round_url(request, "round_detail", round_) + "?proposed=1")
    context["form"] = form
    return render(request, "participation/propose.html", context)


def _round_url(request: HttpRequest, name: str, round_: Round) -> str:
    return reverse(name, kwargs={"region_slug": round_.region.slug, "round_id": round_.pk})


def _too_many_wrong_codes(request: HttpRequest, *, count: bool) -> bool:
    return is_ratelimited(
        request,
        group=WRONG_CODE_GROUP,
        key=lambda _group, req: client_address(req),
        rate=settings.NAHBAR_PUBLIC_FORM_RATE,
        increment=count,
    )


def _choice_form(data: Any, proposals: list[ShownProposal], **kwargs: Any) -> ChoiceForm:
    return ChoiceForm(data, proposals=proposals, **kwargs)


@require_http_methods(["GET", "POST"])
def vote(request: HttpRequest, region_slug: str, round_id: int) -> HttpResponse:
    round_, context = _round(request, region_slug, round_id)
    context["thanks"] = request.GET.get("thanks") == "1"
    if request.method == "POST" and round_.is_voting:
        if _too_many_wrong_codes(request, count=False):
            return render(request, "429.html", status=429)
        return _vote_step(request, round_, context)
    context["form"] = CodeForm()
    return render(request, "participation/vote_code.html", context)


def _vote_step(request: HttpRequest, round_: Round, context: dict[str, Any]) -> HttpResponse:
    """code → choose → confirm → cast; every step checks the code again, none of them stores anything but the last."""
    step = request.POST.get("step", "code")
    code_form = CodeForm(request.POST)
    if not code_form.is_valid():
        context["form"] = code_form
        return render(request, "participation/vote_code.html", context)
    typed = code_form.cleaned_data["code"]
    try:
        voting.check_code(round_=round_, typed=typed)
    except voting.VoteRefused as refused:
        _too_many_wrong_codes(request, count=True)
        code_form.add_error("code", refused.message)
        context["form"] = code_form
        return render(request, "participation/vote_code.html", context)
    proposals = selectors.proposals_of(round_, language=translation.get_language())
    if step == "code":
        context["form"] = _choice_form(None, proposals, initial={"code": typed})
        return _render_choose(request, context, proposals)
    form = _choice_form(request.POST, proposals)
    if not form.is_valid() or step == "change":
        return _render_choose(request, {**context, "form": form}, proposals)
    try:
        voting.check_choices(round_=round_, proposal_ids=form.chosen(), allowed_ids=[row.pk for row in proposals])
        if step == "cast":
            voting.cast_ballot(round_id=round_.pk, typed_code=typed, proposal_ids=form.chosen())
            return HttpResponseRedirect(_round_url(request, "round_vote", round_) + "?thanks=1")
    except voting.VoteRefused as refused:
        form.add_error("choices", refused.message)
        return _render_choose(request, {**context, "form": form}, proposals)
    chosen = set(form.chosen())
    context.update({"form": form, "chosen": [row for row in proposals if row.pk in chosen]})
    return render(request, "participation/vote_confirm.html", context)


def _render_choose(request: HttpRequest, context: dict[str, Any], proposals: list[ShownProposal]) -> HttpResponse:
    """The ballot, with what this person ticked before still ticked (when they go back or chose too many)."""
    ticked = {value for value in request.POST.getlist("choices") if value.isdigit()}
    context.update({"proposals": proposals, "ticked": {int(value) for value in ticked}})
    return render(request, "participation/vote_choose.html", context)


def results(request: HttpRequest, region_slug: str, round_id: int) -> HttpResponse:
    round_, context = _round(request, region_slug, round_id)
    if not round_.is_closed:
        return render(request, "participation/results_pending.html", context)
    language = translation.get_language()
    rows = selectors.results_of(round_, language=language)
    ballots = selectors.ballot_count(round_)
    context.update(
        {
            "rows": rows,
            "ballots": ballots,
            "winners": selectors.winners(rows),
            "chart": chart.render(rows, language=language, ballots=ballots),
        }
    )
    return render(request, "participation/results.html", context)


def picture(request: HttpRequest, region_slug: str, round_id: int, proposal_id: int) -> FileResponse:
    proposal = selectors.visible_picture(region_by_slug(region_slug), round_id, proposal_id)
    try:
        return FileResponse(proposal.picture.open("rb"))
    except FileNotFoundError as missing:
        raise Http404 from missing
