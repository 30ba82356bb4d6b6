"""A whole table checked against one region: every row, every field, duplicates; nothing written here."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from core.access import StaffScope
from core.models import District, Location, Organisation, Region
from directory.models import Offer, Project, Topic
from directory.services import OpeningTimes
from interop.spreadsheets import parse
from interop.spreadsheets.columns import COLUMNS, HEADER_OF, HEADERS


@dataclass(frozen=True)
class Problem:
    row: int  # spreadsheet row number as the user sees it; 1 is the header row
    column: str
    message: str


@dataclass
class Row:
    number: int
    cells: dict[str, Any]
    values: dict[str, Any] = field(default_factory=dict)
    schedules: list[OpeningTimes] = field(default_factory=list)
    provider: Organisation | None = None
    offer: Offer | None = None
    problems: list[Problem] = field(default_factory=list)
    unchanged: bool = False

    @property
    def title(self) -> str:
        return parse.text(self.cells.get("title"))


@dataclass
class Checked:
    rows: list[Row]
    header_problems: list[Problem]

    @property
    def problems(self) -> list[Problem]:
        return self.header_problems + [problem for row in self.rows for problem in row.problems]

    @property
    def is_valid(self) -> bool:
        return not self.problems and bool(self.rows)


class Lookups:
    """Everything the rows refer to, loaded once per region so checking a long file costs a few queries."""

    def __init__(self, region: Region, scope: StaffScope) -> None:
        self.region, self.scope = region, scope
        self.organisations = _by_name(Organisation.objects.filter(region=region), "name", "slug")
        self.districts = _by_name(District.objects.filter(region=region), "name", "slug")
        self.places = _by_name(Location.objects.filter(region=region), "name")
        self.projects = _by_name(Project.objects.filter(region=region), "name")
        topics = list(Topic.objects.all())
        self.topics = {topic.name_in("de").lower(): topic for topic in topics} | {t.slug: t for t in topics}
        offers = list(Offer.objects.filter(region=region).only("id", "slug", "title", "provider_id", "version"))
        self.offers = {str(offer.pk): offer for offer in offers} | {offer.slug: offer for offer in offers}
        self.titles = {(offer.title.lower(), offer.provider_id): offer for offer in offers}


def _by_name(queryset: Any, *attributes: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in queryset:
        for attribute in attributes:
            found.setdefault(str(getattr(item, attribute)).strip().lower(), item)
    return found


def check_headers(headers: Sequence[Any]) -> list[Problem]:
    names = [parse.text(header) for header in headers]
    while names and not names[-1]:
        names.pop()
    known = {header.lower() for header in HEADERS}
    problems = []
    for name in names:
        if name.lower() not in known:
            message = _("Unknown column “%(name)s”. Use the column names of the template.") % {"name": name or "—"}
            problems.append(Problem(1, name or "—", message))
        elif [other.lower() for other in names].count(name.lower()) > 1:
            problems.append(Problem(1, name, _("This column appears twice. Keep only one.")))
    present = {name.lower() for name in names}
    for header in HEADERS:
        if header.lower() not in present:
            problems.append(Problem(1, header, _("This column is missing. Copy the header row from the template.")))
    return list(dict.fromkeys(problems))


def check_table(table: Sequence[Sequence[Any]], lookups: Lookups) -> Checked:
    if not table:
        return Checked([], [Problem(1, "—", _("The file is empty. Start from the template."))])
    header_problems = check_headers(table[0])
    if header_problems:
        return Checked([], header_problems)
    index = {parse.text(header).lower(): position for position, header in enumerate(table[0])}
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(parse.text(cell) for cell in cells):
            continue
        by_key = {
            column.key: cells[index[column.header.lower()]] if index[column.header.lower()] < len(cells) else None
            for column in COLUMNS
        }
        rows.append(check_row(Row(number, by_key), lookups))
    _mark_duplicates(rows)
    if not rows and not header_problems:
        header_problems = [Problem(1, "—", _("The file has no offers below the header row."))]
    return Checked(rows, header_problems)


def check_row(row: Row, lookups: Lookups) -> Row:
    cells = row.cells

    def field_(key: str, read: Callable[[Any], Any]) -> Any:
        try:
            return read(cells.get(key))
        except parse.CellError as error:
            row.problems.append(Problem(row.number, HEADER_OF[key], str(error)))
            return None

    values = row.values
    values["title"] = field_("title", lambda cell: parse.required_text(cell, max_length=200))
    values["summary"] = field_("summary", lambda cell: parse.required_text(cell, max_length=400))
    values["description"] = field_("description", parse.text)
    values["offer_type"] = field_("offer_type", parse.offer_type)
    values["topics"] = field_("topics", lambda cell: _names(cell, lookups.topics, _("topic"), ","))
    values["age_min"], values["age_max"] = field_("age", parse.age_range) or (None, None)
    values["audience"] = field_("audience", parse.audience)
    values["languages"] = field_("languages", parse.languages)
    values["interpreter_on_request"] = field_("interpreter", parse.yes_no)
    values.update(field_("cost", parse.cost) or {})
    values["registration_required"] = field_("registration", parse.yes_no)
    when = field_("when", parse.when)
    if when is not None:
        row.schedules = when.schedules
        values["by_appointment"], values["is_ongoing"] = when.by_appointment, when.is_ongoing
    values.update(field_("where", lambda cell: _where(cell, lookups)) or {})
    values["served_districts"] = field_("districts", lambda cell: _names(cell, lookups.districts, _("district"), ","))
    values.update(field_("contact", parse.contact) or {})
    row.provider = field_("provider", lambda cell: _provider(cell, lookups))
    values["partners"] = field_("partners", lambda cell: _names(cell, lookups.organisations, _("organisation")))
    values["project"] = field_("project", lambda cell: _project(cell, lookups))
    values["valid_from"] = field_("valid_from", parse.date)
    values["valid_until"] = field_("valid_until", parse.date)
    if values["valid_from"] and values["valid_until"] and values["valid_from"] > values["valid_until"]:
        row.problems.append(
            Problem(row.number, HEADER_OF["valid_until"], _("The end date must not be before the start date."))
        )
    row.offer = field_("id", lambda cell: _existing(cell, lookups))
    if row.offer is not None and row.provider is not None and row.offer.provider_id != row.provider.pk:
        # Moving an offer to another organisation is a decision for the offer page, not a bulk upload.
        message = _("This offer belongs to another organisation. Keep its organisation or leave the ID empty.")
        row.problems.append(Problem(row.number, HEADER_OF["provider"], message))
    return row


def _names(cell: Any, known: dict[str, Any], kind: str, separators: str = ";") -> list[Any]:
    """Names split by the separators; a name that itself contains a comma is tried whole first."""
    found = []
    for part in parse.split(parse.text(cell), separators):
        if part.lower() in known:
            found.append(known[part.lower()])
            continue
        pieces = parse.split(part, ",")
        missing = [piece for piece in pieces if piece.lower() not in known]
        if missing:
            raise parse.CellError(
                _("There is no %(kind)s called “%(name)s” in this town. Check the spelling or ask your coordinator.")
                % {"kind": kind, "name": missing[0]}
            )
        found.extend(known[piece.lower()] for piece in pieces)
    return list(dict.fromkeys(found))


def _where(cell: Any, lookups: Lookups) -> dict[str, Any]:
    words = {"mobil": "is_mobile", "aufsuchend": "is_mobile", "online": "is_online"}
    values: dict[str, Any] = {"is_mobile": False, "is_online": False}
    places = [part for part in parse.split(parse.text(cell), ";") if part.lower() not in words]
    for part in parse.split(parse.text(cell), ";"):
        if part.lower() in words:
            values[words[part.lower()]] = True
    values["locations"] = _names("; ".join(places), lookups.places, _("place"))
    return values


def _provider(cell: Any, lookups: Lookups) -> Organisation:
    name = parse.text(cell)
    if not name:
        raise parse.CellError(_("Name the organisation that runs the offer."))
    organisation = lookups.organisations.get(name.lower())
    if organisation is None:
        raise parse.CellError(
            _("There is no %(kind)s called “%(name)s” in this town. Check the spelling or ask your coordinator.")
            % {"kind": _("organisation"), "name": name}
        )
    if not lookups.scope.can_edit_content_of(organisation_id=organisation.pk, region_id=lookups.region.pk):
        raise parse.CellError(
            _("You may not add or change offers of “%(name)s”. Choose an organisation you work for.") % {"name": name}
        )
    return organisation


def _project(cell: Any, lookups: Lookups) -> Project | None:
    name = parse.text(cell)
    if not name:
        return None
    if name.lower() not in lookups.projects:
        raise parse.CellError(
            _("There is no %(kind)s called “%(name)s” in this town. Check the spelling or ask your coordinator.")
            % {"kind": _("project"), "name": name}
        )
    return lookups.projects[name.lower()]


def _existing(cell: Any, lookups: Lookups) -> Offer | None:
    key = parse.text(cell)
    if not key:
        return None
    offer = lookups.offers.get(key) or lookups.offers.get(key.lower())
    if offer is None:
        raise parse.CellError(
            _("There is no offer with the ID “%(id)s”. Leave the ID empty for a new offer.") % {"id": key}
        )
    if not lookups.scope.can_edit_content_of(organisation_id=offer.provider_id, region_id=lookups.region.pk):
        raise parse.CellError(_("You may not change the offer with the ID “%(id)s”.") % {"id": key})
    return offer


def _mark_duplicates(rows: list[Row]) -> None:
    seen_ids: dict[int, int] = {}
    seen_titles: dict[tuple[str, int], int] = {}
    for row in rows:
        if row.offer is not None:
            if row.offer.pk in seen_ids:
                message = _("The same ID is already in row %(row)d. Each offer may appear only once.")
                row.problems.append(Problem(row.number, HEADER_OF["id"], message % {"row": seen_ids[row.offer.pk]}))
            seen_ids.setdefault(row.offer.pk, row.number)
        if row.provider is None or not row.title:
            continue
        key = (row.title.lower(), row.provider.pk)
        if key in seen_titles:
            message = _("Row %(row)d already has an offer with this title from this organisation.")
            row.problems.append(Problem(row.number, HEADER_OF["title"], message % {"row": seen_titles[key]}))
        seen_titles.setdefault(key, row.number)


def mark_existing_titles(rows: list[Row], lookups: Lookups) -> None:
    """A new row whose title and organisation match a saved offer would make a twin: ask for its ID instead."""
    for row in rows:
        if row.offer is None and row.provider is not None and row.title:
            twin = lookups.titles.get((row.title.lower(), row.provider.pk))
            if twin is not None:
                message = _(
                    "This organisation already has an offer with this title. "
                    "Put its ID “%(id)s” in the ID column to change it."
                )
                row.problems.append(Problem(row.number, HEADER_OF["title"], message % {"id": twin.slug}))


def check(table: Sequence[Sequence[Any]], *, region: Region, scope: StaffScope) -> Checked:
    lookups = Lookups(region, scope)
    checked = check_table(table, lookups)
    mark_existing_titles(checked.rows, lookups)
    return checked
