"""Staff pages for rounds: the facilitator's steps from proposals to voting to results to draft events.

Facilitators are staff who may edit the content of the round's organisation, and the region's coordinators.
"""

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import scope_of
from core.decorators import staff_member_required
from core.languages import ENDONYMS, direction
from directory import conflicts
from directory.selectors_staff import organisations_editable_by
from participation import chart, codes, selectors, services, voting, winners
from participation.forms import ChoiceForm, CodeForm, ProposalForm
from participation.forms_staff import CodesForm, NewRoundForm, ProposalTranslationForm, RoundForm
from participation.models import Proposal, Round
from translations.models import ContentTranslation
from translations.services import EditConflict


def _user(request: HttpRequest) -> Any:
    return request.user


def _overview(round_: Round) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("staff:round_edit", args=[round_.pk]))


@staff_member_required
def round_list(request: HttpRequest) -> HttpResponse:
    rounds = selectors.rounds_visible_to(scope_of(request))
    return render(request, "participation/staff/round_list.html", {"rounds": rounds})


@staff_member_required
def round_create(request: HttpRequest) -> HttpResponse:
    organisations = list(organisations_editable_by(scope_of(request)))
    if not organisations:
        raise PermissionDenied
    form = NewRoundForm(request.POST or None, organisations=organisations, initial={"max_choices": 3})
    if request.method == "POST" and form.is_valid():
        round_ = services.create_round(
            actor=_user(request),
            organisation=form.cleaned_data["organisation"],
            location=form.cleaned_data["location"],
            **form.values(),
        )
        messages.success(request, _("The round was created. People can now propose activities."))
        return _overview(round_)
    return render(request, "participation/staff/round_form.html", {"form": form})


def _translation_links(
    rows: Iterable[ContentTranslation], *, source_language: str, languages: list[str], content_version: int = 1
) -> list[dict[str, Any]]:
    """One link per language the text is not written in, saying how its translation stands."""
    found = {row.language: row for row in rows}
    links = []
    for code in languages:
        if code == source_language:
            continue
        row = found.get(code)
        state = _("missing") if row is None else str(row.get_origin_display())
        if row is not None and row.source_version < content_version:
            state = f"{state} · {_('outdated')}"
        links.append({"code": code, "name": ENDONYMS.get(code, code), "state": state, "missing": row is None})
    return links


def _overview_context(round_: Round) -> dict[str, Any]:
    languages = round_.region.enabled_languages
    return {
        "round": round_,
        "proposals": [
            {
                "proposal": proposal,
                "language_name": ENDONYMS.get(proposal.language, proposal.language),
                "translations": _translation_links(
                    proposal.translations.all(), source_language=proposal.language, languages=languages
                ),
            }
            for proposal in selectors.proposals_for_staff(round_)
        ],
        "question_translations": _translation_links(
            round_.translations.all(),
            source_language=round_.region.source_language,
            languages=languages,
            content_version=round_.content_version,
        ),
        "code_counts": selectors.code_counts(round_),
        "ballots": selectors.ballot_count(round_),
    }


@staff_member_required
def round_edit(request: HttpRequest, round_id: int) -> HttpResponse:
    """The round's overview; while proposals are collected, its rules can be changed here too."""
    round_ = selectors.round_for_staff(scope_of(request), round_id)
    context = _overview_context(round_)
    if request.method == "POST":
        if not round_.is_collecting:
            messages.error(request, _("Voting has started: the rules can no longer be changed."))
            return _overview(round_)
        form = RoundForm(request.POST, instance=Round(region=round_.region), region_ids=[round_.region_id])
        if form.is_valid():
            try:
                services.update_rules(
                    actor=_user(request),
                    round_id=round_.pk,
                    expected_version=form.cleaned_data["version"] or 0,
                    values={**form.values(), "location": form.cleaned_data["location"]},
                )
            except EditConflict as conflict:
                context.update(conflicts.context(conflict, form.values(), owner=round_))
                data = conflicts.resubmission(request, conflict)
                form = RoundForm(data, instance=Round(region=round_.region), region_ids=[round_.region_id])
            except services.Refused as refused:
                messages.error(request, refused.message)
                return _overview(round_)
            else:
                messages.success(request, _("Your changes were saved."))
                return _overview(round_)
    elif round_.is_collecting:
        form = RoundForm(instance=round_, initial={"version": round_.version}, region_ids=[round_.region_id])
    else:
        form = None
    context["form"] = form
    return render(request, "participation/staff/round_edit.html", context)


def _step(request: HttpRequest, round_id: int, action: Any, done: str) -> HttpResponse:
    """A button on the overview: run one service, say what happened, back to the overview."""
    round_ = selectors.round_for_staff(scope_of(request), round_id)
    try:
        action(actor=_user(request), round_id=round_.pk)
    except services.Refused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, done)
    return _overview(round_)


@require_POST
@staff_member_required
def round_open(request: HttpRequest, round_id: int) -> HttpResponse:
    return _step(request, round_id, services.open_voting, _("Voting is open. The rules are now locked."))


@require_POST
@staff_member_required
def round_close(request: HttpRequest, round_id: int) -> HttpResponse:
    return _step(request, round_id, services.close_voting, _("Voting is closed. The results are public now."))


def _vote_url(round_: Round, language: str) -> str:
    with translation.override(language):
        path = reverse("round_vote", kwargs={"region_slug": round_.region.slug, "round_id": round_.pk})
    return settings.NAHBAR_BASE_URL + path


def _slip_texts(round_: Round, languages: list[str]) -> list[dict[str, str]]:
    texts = []
    for language in languages:
        with translation.override(language):
            texts.append(
                {
                    "language": language,
                    "direction": direction(language),
                    "text": _(
                        "Open the address on this slip and enter the code. "
                        "You can tick up to %(count)d proposals. The code works only once."
                    )
                    % {"count": round_.max_choices},
                }
            )
    return texts


@staff_member_required
def round_codes(request: HttpRequest, round_id: int) -> HttpResponse:
    """Codes are shown once, on the page that makes them; print it right away."""
    round_ = selectors.round_for_staff(scope_of(request), round_id)
    form = CodesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        languages = form.cleaned_data["languages"]
        try:
            made = voting.make_codes(actor=_user(request), round_id=round_.pk, count=form.cleaned_data["count"])
        except services.Refused as refused:
            messages.error(request, refused.message)
            return _overview(round_)
        context = {
            "round": round_,
            "codes": [codes.printed(code) for code in made],
            "instructions": _slip_texts(round_, languages),
            "vote_url": _vote_url(round_, languages[0]),
        }
        return render(request, "participation/staff/codes_print.html", context)
    return render(request, "participation/staff/codes_form.html", {"round": round_, "form": form})


@staff_member_required
def round_assisted_vote(request: HttpRequest, round_id: int) -> HttpResponse:
    """A staff member fills in the ballot for someone, with that person's code; the audit log says who helped."""
    round_ = selectors.round_for_staff(scope_of(request), round_id)
    proposals = selectors.proposals_of(round_, language=translation.get_language())
    code_form = CodeForm(request.POST or None)
    form = ChoiceForm(request.POST or None, proposals=proposals)
    if request.method == "POST" and round_.is_voting and code_form.is_valid() and form.is_valid():
        try:
            voting.cast_ballot(
                round_id=round_.pk,
                typed_code=code_form.cleaned_data["code"],
                proposal_ids=form.chosen(),
                assisted_by=_user(request),
            )
        except voting.VoteRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("The vote was counted. Thank you for helping."))
            return HttpResponseRedirect(reverse("staff:round_assisted_vote", args=[round_.pk]))
    ticked = {int(value) for value in request.POST.getlist("choices") if value.isdigit()}
    context = {"round": round_, "proposals": proposals, "form": form, "code_form": code_form, "ticked": ticked}
    return render(request, "participation/staff/assisted_vote.html", context)


@staff_member_required
def proposal_add(request: HttpRequest, round_id: int) -> HttpResponse:
    round_ = selectors.round_for_staff(scope_of(request), round_id)
    form = ProposalForm(
        request.POST or None,
        request.FILES or None,
        languages=round_.region.enabled_languages,
        initial={"language": round_.region.source_language},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.add_proposal(actor=_user(request), round_id=round_.pk, **form.cleaned_data)
        except services.Refused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("The proposal was added."))
            return _overview(round_)
    return render(request, "participation/staff/proposal_form.html", {"round": round_, "form": form})


def _proposal(request: HttpRequest, round_id: int, proposal_id: int) -> tuple[Round, Proposal]:
    round_ = selectors.round_for_staff(scope_of(request), round_id)
    return round_, get_object_or_404(Proposal, round=round_, pk=proposal_id)


@require_POST
@staff_member_required
def proposal_hide(request: HttpRequest, round_id: int, proposal_id: int) -> HttpResponse:
    round_, proposal = _proposal(request, round_id, proposal_id)
    try:
        services.hide_proposal(actor=_user(request), proposal_id=proposal.pk)
    except services.Refused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, _("The proposal is hidden and will not be on the ballot."))
    return _overview(round_)


@staff_member_required
def proposal_translation(request: HttpRequest, round_id: int, proposal_id: int, language: str) -> HttpResponse:
    round_, proposal = _proposal(request, round_id, proposal_id)
    if language not in round_.region.enabled_languages or language == proposal.language:
        raise PermissionDenied
    existing = proposal.translations.filter(language=language).first()
    form = ProposalTranslationForm(request.POST or None, initial={"text": existing.text if existing else ""})
    if request.method == "POST" and form.is_valid():
        services.save_proposal_translation(
            actor=_user(request), proposal_id=proposal.pk, language=language, text=form.cleaned_data["text"]
        )
        messages.success(request, _("The translation was saved."))
        return _overview(round_)
    return _translation_page(
        request,
        round_,
        heading=_("Translate a proposal into %(language)s") % {"language": ENDONYMS.get(language, language)},
        source=(proposal.text, proposal.language),
        existing=existing,
        form=form,
        language=language,
    )


@staff_member_required
def question_translation(request: HttpRequest, round_id: int, language: str) -> HttpResponse:
    round_ = selectors.round_for_staff(scope_of(request), round_id)
    if language not in round_.region.enabled_languages or language == round_.region.source_language:
        raise PermissionDenied
    existing = round_.translations.filter(language=language).first()
    form = ProposalTranslationForm(request.POST or None, initial={"text": existing.question if existing else ""})
    if request.method == "POST" and form.is_valid():
        services.save_question_translation(
            actor=_user(request), round_id=round_.pk, language=language, question=form.cleaned_data["text"]
        )
        messages.success(request, _("The translation was saved."))
        return _overview(round_)
    return _translation_page(
        request,
        round_,
        heading=_("Translate the question into %(language)s") % {"language": ENDONYMS.get(language, language)},
        source=(round_.question, round_.region.source_language),
        existing=existing,
        form=form,
        language=language,
    )


def _translation_page(
    request: HttpRequest,
    round_: Round,
    *,
    heading: str,
    source: tuple[str, str],
    existing: ContentTranslation | None,
    form: ProposalTranslationForm,
    language: str,
) -> HttpResponse:
    text, source_language = source
    context = {
        "round": round_,
        "heading": heading,
        "source_text": text,
        "source_language": source_language,
        "source_direction": direction(source_language),
        "existing": existing,
        "form": form,
        "language": language,
        "language_name": ENDONYMS.get(language, language),
        "language_direction": direction(language),
    }
    return render(request, "participation/staff/translation_form.html", context)


@staff_member_required
def round_results(request: HttpRequest, round_id: int) -> HttpResponse:
    round_ = selectors.round_for_staff(scope_of(request), round_id)
    language = translation.get_language()
    rows = selectors.results_of(round_, language=language)
    ballots = selectors.ballot_count(round_)
    context = {
        "round": round_,
        "rows": rows,
        "ballots": ballots,
        "winners": selectors.winners(rows),
        "chart": chart.render(rows, language=language, ballots=ballots),
    }
    return render(request, "participation/staff/results.html", context)


@require_POST
@staff_member_required
def round_make_events(request: HttpRequest, round_id: int) -> HttpResponse:
    round_ = selectors.round_for_staff(scope_of(request), round_id)
    try:
        made = winners.make_draft_events(actor=_user(request), round_id=round_.pk)
    except services.Refused as refused:
        messages.error(request, refused.message)
    else:
        if made:
            messages.success(
                request, _("Draft events were made from the winning proposals. Complete and publish them.")
            )
        else:
            messages.success(request, _("The winning proposals already have their draft events."))
    return HttpResponseRedirect(reverse("staff:round_results", args=[round_.pk]))
