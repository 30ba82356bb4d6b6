"""Shapes of the demo data. The data modules are plain lists of dicts; these types let mypy check them."""

from typing import NotRequired, TypedDict

# A translated text: (title, summary, description).
Text = tuple[str, str, str]
# Offer slug → language → text.
Texts = dict[str, dict[str, Text]]


class RegionSpec(TypedDict):
    slug: str
    name: str
    federal_state: str
    languages: list[str]


class DistrictSpec(TypedDict):
    region: str
    slug: str
    name: str
    postcodes: list[str]
    # Approximate centre, as decimal strings.
    lat: str
    lon: str


class OrganisationSpec(TypedDict):
    slug: str
    name: str
    kind: str
    parent: NotRequired[str]
    description: NotRequired[str]
    # Public office contact only.
    email: NotRequired[str]
    phone: NotRequired[str]
    website: NotRequired[str]


class LocationSpec(TypedDict):
    region: str
    key: str
    organisation: str
    name: str
    # Street and number; only the street where the number is not known.
    street: str
    postcode: str
    city: str
    district: str
    lat: str
    lon: str
    access: NotRequired[list[str]]
    access_note: NotRequired[str]
    transport_note: NotRequired[str]


class ProjectSpec(TypedDict):
    region: str
    key: str
    name: str
    description: str
    funders: list[str]
    funding_note: str
    starts: NotRequired[str]
    ends: NotRequired[str]


class ScheduleSpec(TypedDict):
    byday: str
    opens: str
    closes: str
    location: NotRequired[str]
    freq: NotRequired[str]


class OfferSpec(TypedDict):
    slug: str
    provider: str
    title: str
    summary: str
    description: str
    type: str
    topics: list[str]
    audience: list[str]
    # Days before today the offer was last reviewed.
    reviewed: int
    partners: NotRequired[list[str]]
    project: NotRequired[str]
    age: NotRequired[tuple[int | None, int | None]]
    languages: NotRequired[list[str]]
    interpreter: NotRequired[bool]
    cost: NotRequired[str]
    cost_pass: NotRequired[str]
    registration: NotRequired[bool]
    locations: NotRequired[list[str]]
    mobile: NotRequired[bool]
    districts: NotRequired[list[str]]
    schedules: NotRequired[list[ScheduleSpec]]
    ongoing: NotRequired[bool]
    appointment: NotRequired[bool]
    # Organisation whose public office contact is shown; the provider when not given.
    contact: NotRequired[str]
    content_version: NotRequired[int]


class StaffSpec(TypedDict):
    role: str
    username: str
    region: str
    organisation: str | None
    membership: str
