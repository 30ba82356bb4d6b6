"""Shapes of the demo events. The data modules are plain lists of dicts; these types let mypy check them."""

from typing import NotRequired, TypedDict

# Translated fields of an event (title, summary, description, meeting_point, what_to_bring), empty ones left out.
Text = dict[str, str]


def text(title: str, summary: str, description: str = "", meeting_point: str = "", what_to_bring: str = "") -> Text:
    fields = {
        "title": title,
        "summary": summary,
        "description": description,
        "meeting_point": meeting_point,
        "what_to_bring": what_to_bring,
    }
    return {name: value for name, value in fields.items() if value}


class When(TypedDict):
    """The first date, relative to the day the demo is loaded, in the region's wall-clock time."""

    # RFC 5545 weekday of the first date: MO, TU, WE, TH, FR, SA, SU.
    weekday: str
    # 0 = the first such weekday after the load day, 1 = a week later, …
    weeks_ahead: int
    starts: str
    ends: str


class EventSpec(TypedDict):
    key: str
    organiser: str
    when: When
    german: Text
    # Language → text; every event has at least English and Arabic.
    translations: dict[str, Text]
    topics: list[str]
    audience: list[str]
    location: NotRequired[str]
    offer: NotRequired[str]
    project: NotRequired[str]
    recurrence: NotRequired[str]
    age: NotRequired[tuple[int | None, int | None]]
    languages: NotRequired[list[str]]
    cost: NotRequired[str]
    # Euros as a decimal string, for cost "amount".
    cost_amount: NotRequired[str]
    cost_pass: NotRequired[str]
    # (places per date, people per sign-up); sign-up is off without it.
    signup: NotRequired[tuple[int, int]]
    # Party sizes of example sign-ups for the first date, in the order they came in.
    booked: NotRequired[list[int]]
    # Languages whose translation is labelled as a machine translation.
    machine: NotRequired[list[str]]
    # (language, German fields before an edit): that translation was made from the earlier text, so it is outdated.
    outdated: NotRequired[tuple[str, Text]]
