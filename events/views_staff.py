"""Staff pages for events: parse, authorise, call one service, render."""

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import audit
from core.access import scope_of
from core.decorators import staff_member_required
from core.languages import ENDONYMS
from core.models import Region
from directory import conflicts
from directory import selectors_staff as directory_selectors
from events import selectors_staff, services
from events.forms_staff import (
    CancelForm,
    CopyForm,
    EventForm,
    EventTranslationForm,
    MoveForm,
    event_initial,
    read_rule,
)
from events.models import Event, EventTranslation, Occurrence
from translations.resolve import states
from translations.services import EditConflict
from translations.staff import page_context as translation_page


def _zone(region: Region) -> ZoneInfo:
    return ZoneInfo(region.timezone)


def _url_or_none(name: str, **kwargs: Any) -> str | None:
    """Links to pages other parts build (public page, sign-ups); absent until those exist."""
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return None


@staff_member_required
def event_list(request: HttpRequest) -> HttpResponse:
    lists = selectors_staff.event_lists(scope_of(request), now=timezone.now())
    return render(request, "events/staff/event_list.html", {"lists": lists})


@staff_member_required
def event_create(request: HttpRequest) -> HttpResponse:
    organisations = list(directory_selectors.organisations_editable_by(scope_of(request)))
    if not organisations:
        raise PermissionDenied
    organiser_id = request.POST.get("organiser") or request.GET.get("organiser") or organisations[0].pk
    organiser = next((org for org in organisations if str(org.pk) == str(organiser_id)), None)
    if organiser is None:
        raise PermissionDenied
    form = EventForm(request.POST or None, region_id=organiser.region_id, zone=_zone(organiser.region))
    if request.method == "POST" and form.is_valid():
        event = services.create_event(
            actor=request.user,  # type: ignore[arg-type]
            organiser=organiser,
            values=form.values(),
        )
        messages.success(request, _("The event was saved as a draft. Check its dates, then publish it."))
        return HttpResponseRedirect(reverse("staff:event_edit", args=[event.pk]))
    return render(
        request,
        "events/staff/event_form.html",
        {"form": form, "organisations": organisations, "organiser": organiser},
    )


def _event_form(event: Event, data: Any = None) -> EventForm:
    kept = "" if read_rule(event.recurrence) is not None else event.recurrence
    zone = _zone(event.region)
    if data is None:
        return EventForm(
            instance=event, initial=event_initial(event, zone), region_id=event.region_id, zone=zone, kept_rule=kept
        )
    # A fresh instance, so a failed save never leaves half-applied values on the loaded event.
    return EventForm(data, instance=Event(region=event.region), region_id=event.region_id, zone=zone, kept_rule=kept)


@staff_member_required
def event_edit(request: HttpRequest, event_id: int) -> HttpResponse:
    event = selectors_staff.event_for_editing(scope_of(request), event_id)
    context: dict[str, Any] = {"event": event}
    if request.method == "POST":
        form = _event_form(event, request.POST)
        if form.is_valid():
            try:
                services.update_event(
                    actor=request.user,  # type: ignore[arg-type]
                    event_id=event.pk,
                    expected_version=form.cleaned_data["version"] or 0,
                    values=form.values(),
                )
            except EditConflict as conflict:
                context.update(conflicts.context(conflict, form.values()))
                form = _event_form(event, conflicts.resubmission(request, conflict))
            else:
                messages.success(request, _("Your changes were saved."))
                return HttpResponseRedirect(reverse("staff:event_edit", args=[event.pk]))
    else:
        form = _event_form(event)
    context.update(
        {
            "form": form,
            "languages": _translation_links(event),
            "public_url": _url_or_none("event_detail", region_slug=event.region.slug, id_or_slug=event.slug),
        }
    )
    return render(request, "events/staff/event_form.html", context)


def _translation_links(event: Event) -> list[dict[str, Any]]:
    found = states(
        languages=event.region.translation_languages(),
        content_version=event.content_version,
        translations=event.translations.all(),
    )
    return [{"code": code, "name": ENDONYMS.get(code, code), "state": state} for code, state in found.items()]


def _press(
    request: HttpRequest, event_id: int, action: Callable[[Event, int], object], done: str, *, manage: bool
) -> HttpResponse:
    """A button on the edit page: check the role, run one service with the version shown, report back."""
    scope = scope_of(request)
    event = selectors_staff.event_for_editing(scope, event_id)
    # Bringing an archived event back overrides a manager's decision, so it needs a manager too.
    if manage or event.status == Event.Status.ARCHIVED:
        scope.require_manage(organisation_id=event.organiser_id, region_id=event.region_id)
    try:
        action(event, int(request.POST.get("version") or 0))
    except EditConflict:
        messages.error(request, _("Someone else changed this event in the meantime. Please check it and try again."))
    else:
        messages.success(request, done)
    return HttpResponseRedirect(reverse("staff:event_edit", args=[event.pk]))


def _set_status(request: HttpRequest, event_id: int, status: Event.Status, *, manage: bool) -> HttpResponse:
    def action(event: Event, version: int) -> Event:
        return services.set_event_status(
            actor=request.user,  # type: ignore[arg-type]
            event_id=event.pk,
            expected_version=version,
            status=status,
        )

    return _press(request, event_id, action, str(status.label), manage=manage)


@require_POST
@staff_member_required
def event_publish(request: HttpRequest, event_id: int) -> HttpResponse:
    return _set_status(request, event_id, Event.Status.PUBLISHED, manage=False)


@require_POST
@staff_member_required
def event_unpublish(request: HttpRequest, event_id: int) -> HttpResponse:
    return _set_status(request, event_id, Event.Status.DRAFT, manage=False)


@require_POST
@staff_member_required
def event_archive(request: HttpRequest, event_id: int) -> HttpResponse:
    return _set_status(request, event_id, Event.Status.ARCHIVED, manage=True)


@staff_member_required
def event_copy(request: HttpRequest, event_id: int) -> HttpResponse:
    event = selectors_staff.event_for_editing(scope_of(request), event_id)
    zone = _zone(event.region)
    if request.method == "POST":
        form = CopyForm(request.POST)
        if form.is_valid():
            copy = services.copy_event(
                actor=request.user,  # type: ignore[arg-type]
                event_id=event.pk,
                starts_at=form.starts_at(zone),
            )
            messages.success(request, _("The copy was saved as a draft. Check it, then publish it."))
            return HttpResponseRedirect(reverse("staff:event_edit", args=[copy.pk]))
    else:
        form = CopyForm(initial={"start_time": event.starts_at.astimezone(zone).time()})
    return render(request, "events/staff/event_copy.html", {"event": event, "form": form})


@staff_member_required
def event_history(request: HttpRequest, event_id: int) -> HttpResponse:
    event = selectors_staff.event_for_editing(scope_of(request), event_id)
    context = {
        "title": event.title,
        "edit_url": reverse("staff:event_edit", args=[event.pk]),
        "entries": audit.history_of(event),
    }
    return render(request, "staff/history.html", context)


def _date_rows(event: Event, bound: tuple[int, str, Any] | None = None) -> list[dict[str, Any]]:
    """Each date with its forms; `bound` is (date id, which form, the form) when one came back with errors."""
    zone = _zone(event.region)
    rows = []
    for occurrence in selectors_staff.dates_of(event, now=timezone.now()):
        starts_at, ends_at = occurrence.starts_at.astimezone(zone), occurrence.ends_at.astimezone(zone)
        prefix = f"date{occurrence.pk}"
        move = MoveForm(
            prefix=prefix,
            zone=zone,
            initial={
                "day": starts_at.date(),
                "starts": starts_at.time(),
                "ends": ends_at.time(),
                "note": occurrence.note,
            },
        )
        cancel = CancelForm(prefix=prefix)
        if bound is not None and bound[0] == occurrence.pk:
            move, cancel = (bound[2], cancel) if bound[1] == "move" else (move, bound[2])
        rows.append(
            {
                "occurrence": occurrence,
                "is_past": occurrence.ends_at < timezone.now(),
                "move": move,
                "cancel": cancel,
                "signups_url": _url_or_none("staff:event_signups", event_id=event.pk, occurrence_id=occurrence.pk),
            }
        )
    return rows


def _render_dates(request: HttpRequest, event: Event, bound: tuple[int, str, Any] | None = None) -> HttpResponse:
    status = 200 if bound is None else 400
    context = {"event": event, "rows": _date_rows(event, bound)}
    return render(request, "events/staff/event_dates.html", context, status=status)


@staff_member_required
def event_dates(request: HttpRequest, event_id: int) -> HttpResponse:
    event = selectors_staff.event_for_editing(scope_of(request), event_id)
    return _render_dates(request, event)


def _date_for_change(request: HttpRequest, event_id: int, occurrence_id: int) -> tuple[Event, Occurrence]:
    event = selectors_staff.event_for_editing(scope_of(request), event_id)
    return event, selectors_staff.occurrence_of(event, occurrence_id)


def _back_to_dates(event: Event) -> HttpResponse:
    return HttpResponseRedirect(reverse("staff:event_dates", args=[event.pk]))


@require_POST
@staff_member_required
def event_date_cancel(request: HttpRequest, event_id: int, occurrence_id: int) -> HttpResponse:
    event, occurrence = _date_for_change(request, event_id, occurrence_id)
    form = CancelForm(request.POST, prefix=f"date{occurrence.pk}")
    if not form.is_valid():
        return _render_dates(request, event, (occurrence.pk, "cancel", form))
    services.cancel_occurrence(
        actor=request.user,  # type: ignore[arg-type]
        occurrence_id=occurrence.pk,
        note=form.cleaned_data["note"],
    )
    messages.success(request, _("The date was cancelled. It stays visible as cancelled on the public page."))
    return _back_to_dates(event)


@require_POST
@staff_member_required
def event_date_restore(request: HttpRequest, event_id: int, occurrence_id: int) -> HttpResponse:
    event, occurrence = _date_for_change(request, event_id, occurrence_id)
    services.restore_occurrence(actor=request.user, occurrence_id=occurrence.pk)  # type: ignore[arg-type]
    messages.success(request, _("The date takes place again."))
    return _back_to_dates(event)


@require_POST
@staff_member_required
def event_date_move(request: HttpRequest, event_id: int, occurrence_id: int) -> HttpResponse:
    event, occurrence = _date_for_change(request, event_id, occurrence_id)
    form = MoveForm(request.POST, prefix=f"date{occurrence.pk}", zone=_zone(event.region))
    if not form.is_valid():
        return _render_dates(request, event, (occurrence.pk, "move", form))
    services.move_occurrence(
        actor=request.user,  # type: ignore[arg-type]
        occurrence_id=occurrence.pk,
        starts_at=form.cleaned_data["starts_at"],
        ends_at=form.cleaned_data["ends_at"],
        note=form.cleaned_data["note"],
    )
    messages.success(request, _("The date was moved."))
    return _back_to_dates(event)


def _translation_context(event: Event, language: str, existing: EventTranslation | None) -> dict[str, Any]:
    return translation_page(
        source=event,
        language=language,
        existing=existing,
        fields=Event.TRANSLATED_FIELDS,
        edit_url=reverse("staff:event_edit", args=[event.pk]),
        source_changes=conflicts.source_changes_since(
            event, existing, action="event.changed", fields=Event.TRANSLATED_FIELDS
        ),
    )


@staff_member_required
def event_translation_edit(request: HttpRequest, event_id: int, language: str) -> HttpResponse:
    event = selectors_staff.event_for_editing(scope_of(request), event_id)
    selectors_staff.require_language(event, language)
    existing = selectors_staff.translation_of(event, language)
    context = _translation_context(event, language, existing)
    if request.method == "POST":
        form = EventTranslationForm(request.POST)
        if form.is_valid():
            try:
                services.save_event_translation(
                    actor=request.user,  # type: ignore[arg-type]
                    event_id=event.pk,
                    language=language,
                    expected_version=form.cleaned_data["version"],
                    values=form.values(),
                )
            except EditConflict as conflict:
                context.update(conflicts.context(conflict, form.values(), owner=event))
                form = EventTranslationForm(conflicts.resubmission(request, conflict))
            else:
                messages.success(request, _("The translation was saved."))
                return HttpResponseRedirect(reverse("staff:event_edit", args=[event.pk]))
    else:
        initial = {name: getattr(existing, name) for name in EventTranslation.TRANSLATED_FIELDS} if existing else {}
        form = EventTranslationForm(initial={**initial, "version": existing.version if existing else None})
    context["form"] = form
    return render(request, "translations/translation_form.html", context)
