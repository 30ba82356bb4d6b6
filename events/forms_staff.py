"""Forms for staff: an event with its dates and repeat rule, a copy's new date, moving one date, a translation.

Staff type dates and times on the region's wall clock; the forms turn them into aware datetimes and an RFC 5545
rule, and turn a stored rule back into the same choices when the event is edited.
"""

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.languages import CONTENT_LANGUAGES
from core.models import Location
from directory.forms_staff import CHECKBOXES, check_ages_and_cost
from directory.models import WEEKDAY_NAMES, Offer, Project, Topic
from events.models import Event, EventTranslation

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME_INPUT = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
WEEKDAY_CODES = [code for code, _name in WEEKDAY_NAMES]

NEVER, WEEKLY, BIWEEKLY, MONTHLY, KEEP = "never", "weekly", "biweekly", "monthly", "keep"
REPEAT_CHOICES = [
    (NEVER, _("only once")),
    (WEEKLY, _("every week")),
    (BIWEEKLY, _("every second week")),
    (MONTHLY, _("once a month, on the same weekday")),
]
MONTH_POSITIONS = [
    ("1", _("first")),
    ("2", _("second")),
    ("3", _("third")),
    ("4", _("fourth")),
    ("-1", _("last")),
]


def local_moment(day: dt.date, time: dt.time, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=zone)


def month_position_of(day: dt.date) -> set[str]:
    """Which of 1st–4th and last this day's weekday is in its month, e.g. {"4", "-1"} for a last Friday."""
    positions = {str((day.day - 1) // 7 + 1)} if day.day <= 28 else set()
    if (day + dt.timedelta(days=7)).month != day.month:
        positions.add("-1")
    return positions


def build_rule(*, repeat: str, weekdays: list[str], month_position: str, first: dt.date, until: dt.date | None) -> str:
    """The RRULE value for the choices; UNTIL is the end of that day, written in UTC form as RFC 5545 asks."""
    if repeat == NEVER:
        return ""
    parts: list[str]
    if repeat == MONTHLY:
        parts = ["FREQ=MONTHLY", f"BYDAY={month_position}{WEEKDAY_CODES[first.weekday()]}"]
    else:
        days = weekdays or [WEEKDAY_CODES[first.weekday()]]
        parts = ["FREQ=WEEKLY", *(["INTERVAL=2"] if repeat == BIWEEKLY else []), f"BYDAY={','.join(days)}"]
    if until is not None:
        parts.append(f"UNTIL={until:%Y%m%d}T235959Z")
    return ";".join(parts)


def read_rule(rule: str) -> dict[str, Any] | None:
    """The form's choices for a stored rule; None when the form cannot show this rule (e.g. imported daily)."""
    if not rule:
        return {"repeat": NEVER}
    try:
        parts = dict(part.split("=", 1) for part in rule.split(";"))
    except ValueError:
        return None
    freq, interval, byday = parts.pop("FREQ", ""), parts.pop("INTERVAL", "1"), parts.pop("BYDAY", "")
    until_text = parts.pop("UNTIL", "")
    if parts or not byday:
        return None
    choices: dict[str, Any] = {}
    if until_text:
        try:
            choices["until"] = dt.datetime.strptime(until_text[:8], "%Y%m%d").date()
        except ValueError:
            return None
    days = byday.split(",")
    if freq == "WEEKLY" and interval in {"1", "2"} and all(day in WEEKDAY_CODES for day in days):
        return {**choices, "repeat": BIWEEKLY if interval == "2" else WEEKLY, "weekdays": days}
    if freq == "MONTHLY" and interval == "1" and len(days) == 1:
        position, day = days[0][:-2], days[0][-2:]
        if position in dict(MONTH_POSITIONS) and day in WEEKDAY_CODES:
            return {**choices, "repeat": MONTHLY, "month_position": position}
    return None


class EventForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    audience = forms.MultipleChoiceField(
        label=_("Audience"), choices=Offer.Audience.choices, widget=CHECKBOXES, required=False
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"), choices=list(CONTENT_LANGUAGES.items()), widget=CHECKBOXES, required=False
    )
    start_date = forms.DateField(label=_("Date"), widget=DATE_INPUT)
    start_time = forms.TimeField(label=_("Starts at"), widget=TIME_INPUT)
    end_date = forms.DateField(
        label=_("Ends on (if on a later day)"),
        required=False,
        widget=DATE_INPUT,
        help_text=_("For trips over several days; leave empty when it ends the same day."),
    )
    end_time = forms.TimeField(label=_("Ends at"), widget=TIME_INPUT)
    repeat = forms.ChoiceField(label=_("Repeats"), choices=REPEAT_CHOICES, initial=NEVER)
    weekdays = forms.MultipleChoiceField(
        label=_("On these weekdays (weekly)"),
        choices=WEEKDAY_NAMES,
        widget=CHECKBOXES,
        required=False,
        help_text=_("Leave empty to repeat on the weekday of the first date."),
    )
    month_position = forms.ChoiceField(
        label=_("Which one in the month (monthly)"),
        choices=MONTH_POSITIONS,
        initial="1",
        required=False,
        help_text=_("On the weekday of the first date, e.g. the last Friday."),
    )
    until = forms.DateField(
        label=_("Repeats until"), required=False, widget=DATE_INPUT, help_text=_("Leave empty to repeat without end.")
    )

    class Meta:
        model = Event
        fields = [
            "title",
            "summary",
            "description",
            "meeting_point",
            "what_to_bring",
            "accessibility_note",
            "location",
            "offer",
            "project",
            "topics",
            "audience",
            "age_min",
            "age_max",
            "languages",
            "cost",
            "cost_amount",
            "cost_pass_name",
            "signup_enabled",
            "capacity",
            "max_party_size",
            "waiting_list",
        ]
        widgets = {
            "topics": CHECKBOXES,
            "summary": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "summary": _("One sentence: what happens and for whom."),
            "meeting_point": _("For trips: where the group meets."),
            "capacity": _("Leave empty when as many can come as like."),
        }

    def __init__(self, *args: Any, region_id: int, zone: ZoneInfo, kept_rule: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.zone = zone
        # A rule the choices cannot express (e.g. imported) stays as it is unless staff pick another.
        self.kept_rule = kept_rule
        if kept_rule:
            repeat: Any = self.fields["repeat"]
            repeat.choices = [*REPEAT_CHOICES, (KEEP, _("as before: %(rule)s") % {"rule": kept_rule})]
        self.fields["topics"].queryset = Topic.objects.all()  # type: ignore[attr-defined]
        self.fields["location"].queryset = Location.objects.filter(region_id=region_id)  # type: ignore[attr-defined]
        self.fields["offer"].queryset = Offer.objects.filter(region_id=region_id).exclude(  # type: ignore[attr-defined]
            status=Offer.Status.ARCHIVED
        )
        self.fields["project"].queryset = Project.objects.filter(region_id=region_id)  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        check_ages_and_cost(self, data)
        self._clean_signup(data)
        if data.get("start_date") and data.get("start_time") and data.get("end_time"):
            self._clean_timing(data)
        return data

    def _clean_signup(self, data: dict[str, Any]) -> None:
        capacity, party = data.get("capacity"), data.get("max_party_size")
        if capacity is not None and not data.get("signup_enabled"):
            self.add_error("capacity", _("Places are only counted with sign-up: tick “sign-up” or leave this empty."))
        elif capacity is not None and party is not None and party > capacity:
            self.add_error("max_party_size", _("One sign-up cannot bring more people than there are places."))

    def _clean_timing(self, data: dict[str, Any]) -> None:
        first: dt.date = data["start_date"]
        starts_at = local_moment(first, data["start_time"], self.zone)
        ends_at = local_moment(data.get("end_date") or first, data["end_time"], self.zone)
        if ends_at <= starts_at:
            self.add_error(
                "end_time", _("The end must be after the start. For a trip into the next day, give the end date.")
            )
        until: dt.date | None = data.get("until")
        repeat = data.get("repeat", NEVER)
        if repeat not in {NEVER, KEEP} and until is not None and until < first:
            self.add_error("until", _("The repeat end must not be before the first date."))
        position = data.get("month_position") or "1"
        if repeat == MONTHLY and position not in month_position_of(first):
            self.add_error(
                "start_date",
                _("%(day)s is not the %(position)s %(weekday)s of its month. Choose the first date of the series.")
                % {
                    "day": date_format(first, "SHORT_DATE_FORMAT"),
                    "position": dict(MONTH_POSITIONS)[position],
                    "weekday": dict(WEEKDAY_NAMES)[WEEKDAY_CODES[first.weekday()]],
                },
            )
        weekdays = data.get("weekdays") or []
        if repeat in {WEEKLY, BIWEEKLY} and weekdays and WEEKDAY_CODES[first.weekday()] not in weekdays:
            self.add_error("start_date", _("The first date must fall on one of the chosen weekdays."))
        data["starts_at"], data["ends_at"] = starts_at, ends_at
        if repeat == KEEP:
            data["recurrence"] = self.kept_rule
        else:
            data["recurrence"] = build_rule(
                repeat=repeat, weekdays=weekdays, month_position=position, first=first, until=until
            )

    def values(self) -> dict[str, Any]:
        values = {name: self.cleaned_data[name] for name in self.Meta.fields}
        values.update({name: self.cleaned_data[name] for name in ("starts_at", "ends_at", "recurrence")})
        return values


def event_initial(event: Event, zone: ZoneInfo) -> dict[str, Any]:
    """The date, time and repeat choices for an event as it is stored."""
    starts_at, ends_at = event.starts_at.astimezone(zone), event.ends_at.astimezone(zone)
    initial: dict[str, Any] = {
        "version": event.version,
        "start_date": starts_at.date(),
        "start_time": starts_at.time(),
        "end_date": ends_at.date() if ends_at.date() != starts_at.date() else None,
        "end_time": ends_at.time(),
    }
    initial.update(read_rule(event.recurrence) or {"repeat": KEEP})
    return initial


class CopyForm(forms.Form):
    start_date = forms.DateField(label=_("New first date"), widget=DATE_INPUT)
    start_time = forms.TimeField(label=_("Starts at"), widget=TIME_INPUT)

    def starts_at(self, zone: ZoneInfo) -> dt.datetime:
        return local_moment(self.cleaned_data["start_date"], self.cleaned_data["start_time"], zone)


class MoveForm(forms.Form):
    """Moving one date; each date's form has its own prefix so several sit on one page."""

    day = forms.DateField(label=_("New date"), widget=DATE_INPUT)
    starts = forms.TimeField(label=_("from"), widget=TIME_INPUT)
    ends = forms.TimeField(label=_("until"), widget=TIME_INPUT)
    end_day = forms.DateField(label=_("Ends on (if on a later day)"), required=False, widget=DATE_INPUT)
    note = forms.CharField(label=_("Note for participants"), max_length=300, required=False)

    def __init__(self, *args: Any, zone: ZoneInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.zone = zone

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("day") and data.get("starts") and data.get("ends"):
            data["starts_at"] = local_moment(data["day"], data["starts"], self.zone)
            data["ends_at"] = local_moment(data.get("end_day") or data["day"], data["ends"], self.zone)
            if data["ends_at"] <= data["starts_at"]:
                self.add_error("ends", _("The end must be after the start."))
        return data


class CancelForm(forms.Form):
    note = forms.CharField(
        label=_("Note shown on the public page (optional)"),
        max_length=300,
        required=False,
        help_text=_("e.g. “Falls out because of the holidays.”"),
    )


class EventTranslationForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(label=_("Summary"), max_length=400, widget=forms.Textarea(attrs={"rows": 2}))
    description = forms.CharField(label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 8}))
    meeting_point = forms.CharField(label=_("Meeting point"), max_length=300, required=False)
    what_to_bring = forms.CharField(label=_("What to bring"), max_length=300, required=False)
    accessibility_note = forms.CharField(label=_("Accessibility"), max_length=300, required=False)

    def values(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in EventTranslation.TRANSLATED_FIELDS}
