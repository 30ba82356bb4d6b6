"""Staff pages for offers: parse, authorise, call one service, render."""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import audit
from core.access import StaffScope, scope_of
from core.decorators import staff_member_required
from core.languages import ENDONYMS
from counselling.overdue import overdue as counselling_overdue
from directory import conflicts, selectors, selectors_staff, services
from directory.forms_staff import OfferForm, OpeningTimesFormSet, TranslationForm, opening_times_initial
from directory.models import Offer, OfferTranslation
from directory.views_public import detail_context
from events import selectors_staff as events_selectors
from translations.resolve import states
from translations.services import EditConflict
from translations.staff import page_context as translation_page


@staff_member_required
def dashboard(request: HttpRequest) -> HttpResponse:
    scope = scope_of(request)
    rows = selectors_staff.dashboard_rows(scope, today=timezone.localdate())
    return render(
        request,
        "directory/staff/dashboard.html",
        {
            "due": [row for row in rows if row.review_due],
            "untranslated": [row for row in rows if row.needs_translation],
            "rows": rows,
            **_dashboard_events(scope),
            "overdue": counselling_overdue(scope, today=timezone.localdate()),
        },
    )


def _dashboard_events(scope: StaffScope) -> dict[str, Any]:
    now = timezone.now()
    event_rows = events_selectors.event_rows(scope, now=now, include_archived=False)
    return {
        "event_dates": events_selectors.upcoming_dates(scope, now=now),
        "untranslated_events": [row for row in event_rows if row.needs_translation],
    }


@staff_member_required
def offer_list(request: HttpRequest) -> HttpResponse:
    rows = selectors_staff.dashboard_rows(scope_of(request), today=timezone.localdate(), include_archived=True)
    return render(request, "directory/staff/offer_list.html", {"rows": rows})


def _opening_times(formset: Any) -> list[services.OpeningTimes]:
    return [times for form in formset.forms if (times := form.opening_times()) is not None]


@staff_member_required
def offer_create(request: HttpRequest) -> HttpResponse:
    scope = scope_of(request)
    organisations = list(selectors_staff.organisations_editable_by(scope))
    if not organisations:
        raise PermissionDenied
    provider_id = request.POST.get("provider") or request.GET.get("provider") or organisations[0].pk
    provider = next((org for org in organisations if str(org.pk) == str(provider_id)), None)
    if provider is None:
        raise PermissionDenied
    form = OfferForm(request.POST or None, region_id=provider.region_id)
    formset = OpeningTimesFormSet(request.POST or None, prefix="times")
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        offer = services.create_offer(
            actor=request.user,  # type: ignore[arg-type]
            provider=provider,
            values=form.values(),
            schedules=_opening_times(formset),
        )
        messages.success(request, _("The offer was saved as a draft. Preview it, then publish it."))
        return HttpResponseRedirect(reverse("staff:offer_edit", args=[offer.pk]))
    return render(
        request,
        "directory/staff/offer_form.html",
        {"form": form, "formset": formset, "organisations": organisations, "provider": provider},
    )


@staff_member_required
def offer_edit(request: HttpRequest, offer_id: int) -> HttpResponse:
    offer = selectors_staff.offer_for_editing(scope_of(request), offer_id)
    context: dict[str, Any] = {"offer": offer}
    if request.method == "POST":
        form = OfferForm(request.POST, instance=Offer(region=offer.region), region_id=offer.region_id)
        formset = OpeningTimesFormSet(request.POST, prefix="times")
        if form.is_valid() and formset.is_valid():
            try:
                services.update_offer(
                    actor=request.user,  # type: ignore[arg-type]
                    offer_id=offer.pk,
                    expected_version=form.cleaned_data["version"] or 0,
                    values=form.values(),
                    schedules=_opening_times(formset),
                )
            except EditConflict as conflict:
                context.update(conflicts.context(conflict, form.values()))
                form = OfferForm(
                    conflicts.resubmission(request, conflict),
                    instance=Offer(region=offer.region),
                    region_id=offer.region_id,
                )
            else:
                messages.success(request, _("Your changes were saved."))
                return HttpResponseRedirect(reverse("staff:offer_edit", args=[offer.pk]))
    else:
        form = OfferForm(instance=offer, initial={"version": offer.version}, region_id=offer.region_id)
        formset = OpeningTimesFormSet(initial=opening_times_initial(offer), prefix="times")
    context.update({"form": form, "formset": formset, "languages": _translation_links(offer)})
    return render(request, "directory/staff/offer_form.html", context)


def _translation_links(offer: Offer) -> list[dict[str, Any]]:
    found = states(
        languages=offer.region.translation_languages(),
        content_version=offer.content_version,
        translations=offer.translations.all(),
    )
    return [{"code": code, "name": ENDONYMS.get(code, code), "state": state} for code, state in found.items()]


@staff_member_required
def offer_preview(request: HttpRequest, offer_id: int) -> HttpResponse:
    offer = selectors_staff.offer_for_editing(scope_of(request), offer_id)
    language = request.GET.get("lang") or translation.get_language()
    if language not in dict(settings.LANGUAGES):
        language = offer.region.source_language
    full = selectors.staff_preview_offer(offer.pk)
    with translation.override(language):
        context = detail_context(full, language)
        context["preview_languages"] = [(code, ENDONYMS[code]) for code, _name in settings.LANGUAGES]
        context["preview_language"] = language
        return render(request, "directory/staff/offer_preview.html", context)


def _press(
    request: HttpRequest, offer_id: int, action: Callable[[Offer, int], object], done: str, *, manage: bool
) -> HttpResponse:
    """A button on the edit page: check the role, run one service with the version shown, report back."""
    scope = scope_of(request)
    offer = selectors_staff.offer_for_editing(scope, offer_id)
    # Bringing an archived offer back overrides a manager's decision, so it needs a manager too.
    if manage or offer.status == Offer.Status.ARCHIVED:
        scope.require_manage(organisation_id=offer.provider_id, region_id=offer.region_id)
    try:
        action(offer, int(request.POST.get("version") or 0))
    except EditConflict:
        messages.error(request, _("Someone else changed this offer in the meantime. Please check it and try again."))
    else:
        messages.success(request, done)
    return HttpResponseRedirect(reverse("staff:offer_edit", args=[offer.pk]))


def _set_status(request: HttpRequest, offer_id: int, status: Offer.Status, *, manage: bool) -> HttpResponse:
    def action(offer: Offer, version: int) -> Offer:
        return services.set_status(actor=request.user, offer_id=offer.pk, expected_version=version, status=status)  # type: ignore[arg-type]

    return _press(request, offer_id, action, str(status.label), manage=manage)


@require_POST
@staff_member_required
def offer_publish(request: HttpRequest, offer_id: int) -> HttpResponse:
    return _set_status(request, offer_id, Offer.Status.PUBLISHED, manage=False)


@require_POST
@staff_member_required
def offer_unpublish(request: HttpRequest, offer_id: int) -> HttpResponse:
    return _set_status(request, offer_id, Offer.Status.DRAFT, manage=False)


@require_POST
@staff_member_required
def offer_archive(request: HttpRequest, offer_id: int) -> HttpResponse:
    return _set_status(request, offer_id, Offer.Status.ARCHIVED, manage=True)


@require_POST
@staff_member_required
def offer_reviewed(request: HttpRequest, offer_id: int) -> HttpResponse:
    def action(offer: Offer, version: int) -> Offer:
        return services.mark_reviewed(
            actor=request.user,  # type: ignore[arg-type]
            offer_id=offer.pk,
            expected_version=version,
            today=timezone.localdate(),
        )

    return _press(request, offer_id, action, _("Marked as checked today."), manage=False)


@staff_member_required
def offer_history(request: HttpRequest, offer_id: int) -> HttpResponse:
    offer = selectors_staff.offer_for_editing(scope_of(request), offer_id)
    context = {
        "title": offer.title,
        "edit_url": reverse("staff:offer_edit", args=[offer.pk]),
        "entries": audit.history_of(offer),
    }
    return render(request, "staff/history.html", context)


@staff_member_required
def translation_edit(request: HttpRequest, offer_id: int, language: str) -> HttpResponse:
    offer = selectors_staff.offer_for_editing(scope_of(request), offer_id)
    selectors_staff.require_language(offer, language)
    existing = selectors_staff.translation_of(offer, language)
    context = translation_page(
        source=offer,
        language=language,
        existing=existing,
        fields=OfferTranslation.TRANSLATED_FIELDS,
        edit_url=reverse("staff:offer_edit", args=[offer.pk]),
        source_changes=conflicts.source_changes_since(offer, existing),
    )
    if request.method == "POST":
        form = TranslationForm(request.POST)
        if form.is_valid():
            try:
                services.save_translation(
                    actor=request.user,  # type: ignore[arg-type]
                    offer_id=offer.pk,
                    language=language,
                    expected_version=form.cleaned_data["version"],
                    values=form.values(),
                )
            except EditConflict as conflict:
                context.update(conflicts.context(conflict, form.values()))
                form = TranslationForm(conflicts.resubmission(request, conflict))
            else:
                messages.success(request, _("The translation was saved."))
                return HttpResponseRedirect(reverse("staff:offer_edit", args=[offer.pk]))
    else:
        initial = {name: getattr(existing, name) for name in OfferTranslation.TRANSLATED_FIELDS} if existing else {}
        form = TranslationForm(initial={**initial, "version": existing.version if existing else None})
    context["form"] = form
    return render(request, "translations/translation_form.html", context)
