"""HSDS tables → nahbar organisations, locations and offers, all or nothing per file, with a report.

Records are found again by (source, HSDS id) through ExternalRecord, or by nahbar's own stable ids when the file
is nahbar's own export, so importing twice updates instead of duplicating. Offers go through the directory
services. A new offer is published when its HSDS status is "active", else a draft; a re-import sets the status
the same way. Fields nahbar has no place for are listed in the report, never silently dropped.

Consultation hours are not imported: the services nahbar's export makes of the region's own hours (recognised by
their ids) are left alone with a line in the report, so export → import changes nothing. Services of anyone else
are services, whatever they describe, and become offers.
"""

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override

from core import audit
from core.languages import CONTENT_LANGUAGES, SOURCE_LANGUAGE
from core.models import District, Location, Organisation, Region
from counselling.models import ConsultationHours
from directory import services
from directory.models import Offer, Project, Schedule, Topic
from interop.exchange.tables import Record, Tables
from interop.hsds.ids import hsds_id
from interop.hsds.mapping_hours import KIND as HOURS_KIND
from interop.models import ExternalRecord

# Fields nahbar places (or that only link records together); anything else with a value is reported.
PLACED = {
    "organizations": {"id", "name", "description", "email", "website", "parent_organization_id", "legal_status"},
    "locations": {"id", "name", "organization_id", "latitude", "longitude", "transportation", "location_type"},
    "addresses": {
        "id",
        "location_id",
        "address_1",
        "city",
        "postal_code",
        "region",
        "state_province",
        "country",
        "address_type",
    },
    "services": {
        "id",
        "organization_id",
        "name",
        "description",
        "url",
        "email",
        "status",
        "interpretation_services",
        "application_process",
        "fees_description",
        "eligibility_description",
        "minimum_age",
        "maximum_age",
        "assured_date",
        "last_modified",
        "program_id",
    },
    "schedules": {
        "id",
        "service_id",
        "location_id",
        "service_at_location_id",
        "freq",
        "interval",
        "byday",
        "opens_at",
        "closes_at",
        "valid_from",
        "valid_to",
        "dtstart",
        "until",
        "wkst",
    },
    "phones": {"id", "service_id", "organization_id", "number"},
    "contacts": {"id", "service_id", "name", "email"},
    "languages": {"id", "service_id", "name", "code"},
    "cost_options": {
        "id",
        "service_id",
        "option",
        "amount",
        "amount_description",
        "currency",
        "valid_from",
        "valid_to",
    },
    "service_at_locations": {"id", "service_id", "location_id"},
    "attributes": {"id", "link_id", "link_type", "link_entity", "taxonomy_term_id"},
    "taxonomy_terms": {"id", "code", "name", "description", "taxonomy", "taxonomy_id", "language"},
    "taxonomies": {"id", "name", "description", "uri", "version"},
    "accessibility": {"id", "location_id", "description"},
    "programs": {"id", "organization_id", "name", "description"},
    "funding": {"id", "service_id", "organization_id", "source"},
    "service_areas": {"id", "service_id", "name", "description", "extent", "extent_type"},
}
# Links that can point at a table nahbar does not keep; they are not worth a line of their own.
_LINKS = {
    "phone_id",
    "contact_id",
    "service_at_location_id",
    "program_id",
    "location_id",
    "organization_id",
    "service_id",
    "parent_id",
    "link_id",
    "taxonomy_id",
    "resource_id",
}


class ImportFailed(Exception):
    """The file could not be imported; nothing was written."""


@dataclass
class Report:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    not_placed: list[str] = field(default_factory=list)

    def skip(self, table: str, record: Record, name: str, reason: str) -> None:
        value = record.get(name)
        self.not_placed.append(f"{table.removesuffix('s')}.{name} = {value!r}: {reason}")

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


def _text(record: Record, name: str, limit: int = 0) -> str:
    value = str(record.get(name) or "").strip()
    return value[:limit] if limit else value


def _number(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except InvalidOperation:
        return None


def _integer(value: Any) -> int | None:
    number = _number(value)
    return int(number) if number is not None and number >= 0 else None


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _time(value: Any) -> dt.time | None:
    try:
        return dt.time.fromisoformat(str(value)[:8]) if value else None
    except ValueError:
        return None


def _children(tables: Tables, table: str, link: str, parent_id: str) -> list[Record]:
    return [record for record in tables[table].values() if str(record.get(link) or "") == parent_id]


def _same_times(saved: list[Schedule], opening: list[services.OpeningTimes]) -> bool:
    """Whether the file's opening times are the saved ones; a time without a start date keeps the saved start."""
    starts = {services.times_key(item): item.valid_from for item in saved}

    def incoming(item: services.OpeningTimes) -> tuple[Any, ...]:
        where = item.place_and_period or services.PlaceAndPeriod(None, None, None)
        start = where.valid_from or starts.get(services.times_key(item))
        return (*services.times_key(item), where.location.pk if where.location else None, start, where.valid_until)

    kept = Counter((*services.times_key(item), item.location_id, item.valid_from, item.valid_until) for item in saved)
    return kept == Counter(map(incoming, opening))


class Importer:
    def __init__(self, *, region: Region, source: str, actor: AbstractBaseUser | None, tables: Tables) -> None:
        self.region, self.source, self.tables = region, source, tables
        # Imports run from the command line too, where nobody is signed in; audit.record() takes None.
        self.actor = cast(AbstractBaseUser, actor)
        self.report = Report()
        self.organisations: dict[str, Organisation] = {}
        self.locations: dict[str, Location] = {}
        self.projects: dict[str, Project] = {}
        # Each imported service's project, for the funding records that follow.
        self.service_projects: dict[str, Project | None] = {}
        self._own: dict[str, dict[str, int]] = {}

    # Finding records again ---------------------------------------------------------------------------------------

    def _own_ids(self, kind: str, model: type[models.Model]) -> dict[str, int]:
        if kind not in self._own:
            pks = model._default_manager.filter(region=self.region).values_list("pk", flat=True)
            self._own[kind] = {hsds_id(kind, pk): pk for pk in pks}
        return self._own[kind]

    def _known(self, kind: str, model: type[models.Model], record_id: str) -> models.Model | None:
        content_type = ContentType.objects.get_for_model(model)
        link = ExternalRecord.objects.filter(source=self.source, hsds_id=record_id, content_type=content_type).first()
        if link is None:
            own = self._own_ids(kind, model).get(record_id)
            return model._default_manager.filter(pk=own).first() if own else None
        return model._default_manager.filter(pk=link.object_id, region=self.region).first()

    def _remember(self, record_id: str, target: models.Model) -> None:
        kind = type(target).__name__.lower()
        if hsds_id(kind, target.pk) == record_id:
            return
        ExternalRecord.objects.update_or_create(
            source=self.source,
            hsds_id=record_id,
            content_type=ContentType.objects.get_for_model(target),
            defaults={"object_id": target.pk},
        )

    def _unplaced(self, table: str, record: Record) -> None:
        placed = PLACED.get(table, set())
        for name, value in record.items():
            if name not in placed and name not in _LINKS and value not in (None, "", [], {}):
                self.report.skip(table, record, name, _("nahbar has no field for this"))

    def _save(self, target: models.Model, values: dict[str, Any], record_id: str, action: str) -> None:
        changed = {name: value for name, value in values.items() if getattr(target, name) != value}
        if target.pk and not changed:
            self.report.count("unchanged")
            return
        outcome = "updated" if target.pk else "created"
        for name, value in changed.items():
            setattr(target, name, value)
        target.save()
        self._remember(record_id, target)
        audit.record(
            actor=self.actor,
            action=f"{action}.imported",
            target=target,
            region=self.region,
            changes={name: [None, str(value)] for name, value in changed.items()},
        )
        self.report.count(outcome)

    # Organisations ------------------------------------------------------------------------------------------------

    def organisation(self, record_id: str) -> Organisation | None:
        if record_id in self.organisations:
            return self.organisations[record_id]
        record = self.tables["organizations"].get(record_id)
        if record is None:
            return None
        found = cast(Organisation | None, self._known("organisation", Organisation, record_id))
        target = found or Organisation(region=self.region, kind=self._kind(record), slug=self._org_slug(record))
        values: dict[str, Any] = {"name": _text(record, "name", 200) or _("Unnamed organisation")}
        if not found or record.get("description") != target.get_kind_display():
            values["description"] = _text(record, "description")
        for name, hsds_name, limit in (("email", "email", 254), ("website", "website", 200)):
            values[name] = _text(record, hsds_name, limit)
        phone = next((p for p in _children(self.tables, "phones", "organization_id", record_id)), None)
        values["phone"] = _text(phone, "number", 40) if phone else ""
        self._unplaced("organizations", record)
        self._save(target, values, record_id, "organisation")
        self.organisations[record_id] = target
        return target

    def _kind(self, record: Record) -> str:
        status = _text(record, "legal_status").lower()
        for value, label in Organisation.Kind.choices:
            if status in (value, str(label).lower()):
                return str(value)
        return Organisation.Kind.OTHER.value

    def _org_slug(self, record: Record) -> str:
        base = slugify(_text(record, "name"))[:40] or "organisation"
        slug, number = base, 1
        while Organisation.objects.filter(region=self.region, slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    # Projects and their funders -----------------------------------------------------------------------------------

    def project(self, record_id: str) -> Project | None:
        """HSDS programs are nahbar's projects; None when the service names none."""
        if record_id in self.projects:
            return self.projects[record_id]
        found = cast(Project | None, self._known("project", Project, record_id)) if record_id else None
        record = self.tables["programs"].get(record_id)
        if record is None:  # named by id only: a project imported or exported before, or none
            return found
        target = found or Project(region=self.region)
        values = {
            "name": _text(record, "name", 200) or _("Unnamed project"),
            "description": _text(record, "description"),
        }
        if values["description"] == values["name"]:  # nahbar's export repeats the name when there is no description
            values["description"] = ""
        self._unplaced("programs", record)
        self._save(target, values, record_id, "project")
        self.projects[record_id] = target
        return target

    def funders(self) -> None:
        """Funding of a service names who funds its project: an organisation of the town, by name."""
        wanted: dict[Project, set[Organisation]] = {}
        for record in self.tables["funding"].values():
            project = self.service_projects.get(str(record.get("service_id") or ""))
            funder = self._organisation_named(_text(record, "source"))
            if project is None:
                self.report.skip("funding", record, "service_id", _("the funded service has no project in nahbar"))
            elif funder is None:
                self.report.skip("funding", record, "source", _("no organisation of this name in the town"))
            else:
                wanted.setdefault(project, set()).add(funder)
                self._unplaced("funding", record)
        for project, funders in wanted.items():
            if set(project.funders.all()) != funders:
                project.funders.set(funders)
                audit.record(
                    actor=self.actor,
                    action="project.imported",
                    target=project,
                    region=self.region,
                    changes={"funders": [None, sorted(funder.name for funder in funders)]},
                )

    def _organisation_named(self, name: str) -> Organisation | None:
        return Organisation.objects.filter(region=self.region, name=name).first() if name else None

    # Locations ----------------------------------------------------------------------------------------------------

    def location(self, record_id: str, organisation: Organisation) -> Location | None:
        if record_id in self.locations:
            return self.locations[record_id]
        record = self.tables["locations"].get(record_id)
        if record is None:
            return None
        address = next(iter(_children(self.tables, "addresses", "location_id", record_id)), {})
        postcode = _text(address, "postal_code", 10)
        district = next((d for d in District.objects.filter(region=self.region) if postcode in d.postcodes), None)
        latitude, longitude = _number(record.get("latitude")), _number(record.get("longitude"))
        if latitude is None or longitude is None or abs(latitude) > 90 or abs(longitude) > 180:
            if district is None:
                self.report.skip("locations", record, "id", _("no coordinates and no known postcode"))
                return None
            latitude, longitude = district.centre_lat, district.centre_lon
        found = cast(Location | None, self._known("location", Location, record_id))
        target = found or Location(region=self.region, organisation=organisation)
        values = {
            "name": _text(record, "name", 200) or _text(address, "address_1", 200) or organisation.name,
            "street": _text(address, "address_1", 200),
            "postcode": postcode,
            "city": _text(address, "city", 100),
            "district": district,
            "latitude": latitude.quantize(Decimal("0.000001")),
            "longitude": longitude.quantize(Decimal("0.000001")),
            "transport_note": _text(record, "transportation", 300),
        }
        values |= self._access(record_id)
        self._unplaced("locations", record)
        if address:
            self._unplaced("addresses", address)
        self._save(target, values, record_id, "location")
        self.locations[record_id] = target
        return target

    def _access(self, location_id: str) -> dict[str, Any]:
        labels = {str(label): str(value) for value, label in Location.Access.choices}
        keys, notes = [], []
        for entry in _children(self.tables, "accessibility", "location_id", location_id):
            text = _text(entry, "description")
            if text in labels:
                keys.append(labels[text])
            elif text:
                notes.append(text)
            self._unplaced("accessibility", entry)
        return {"accessibility": keys, "accessibility_note": " ".join(notes)[:300]}

    # Offers -------------------------------------------------------------------------------------------------------

    def offer(self, record_id: str) -> None:
        record = self.tables["services"][record_id]
        organisation = self.organisation(str(record.get("organization_id") or ""))
        if organisation is None:
            self.report.skip("services", record, "organization_id", _("the service names no organisation"))
            return
        places = [
            place
            for link in _children(self.tables, "service_at_locations", "service_id", record_id)
            if (place := self.location(str(link.get("location_id") or ""), organisation)) is not None
        ]
        values = self._offer_values(record, record_id) | {"locations": places}
        values["topics"] = self._topics(record_id)
        values["served_districts"] = self._districts(record_id)
        values["project"] = self.service_projects[record_id] = self.project(str(record.get("program_id") or ""))
        opening = self._schedules(record_id, organisation)
        found = cast(Offer | None, self._known("offer", Offer, record_id))
        self._unplaced("services", record)
        if found is None:
            # HSDS has no kind of offer; "information" is the broadest and staff can refine it.
            values["offer_type"] = Offer.Type.INFORMATION
            offer = services.create_offer(actor=self.actor, provider=organisation, values=values, schedules=opening)
            self._remember(record_id, offer)
            self.report.count("created")
            return
        current = Offer.objects.prefetch_related(*services.RELATED_FIELDS, "schedules").get(pk=found.pk)
        same_times = _same_times(list(current.schedules.all()), opening)
        if self._same(current, values) and same_times and current.provider_id == organisation.pk:
            self.report.count("unchanged")
            return
        values["provider"] = organisation
        services.update_offer(
            actor=self.actor,
            offer_id=current.pk,
            expected_version=current.version,
            values=values,
            schedules=None if same_times else opening,
        )
        self._remember(record_id, current)
        self.report.count("updated")

    @staticmethod
    def _same(offer: Offer, values: dict[str, Any]) -> bool:
        for name, value in values.items():
            if name == "project":
                if offer.project_id != (value.pk if value else None):
                    return False
            elif name in services.RELATED_FIELDS:
                if {item.pk for item in getattr(offer, name).all()} != {item.pk for item in value}:
                    return False
            elif services.comparable(getattr(offer, name)) != services.comparable(value):
                return False
        return True

    def _offer_values(self, record: Record, record_id: str) -> dict[str, Any]:
        summary, _sep, description = _text(record, "description").partition("\n\n")
        values: dict[str, Any] = {
            "title": _text(record, "name", 200) or _("Untitled offer"),
            "summary": summary[:400] or _text(record, "name", 400),
            "description": description,
            "status": Offer.Status.PUBLISHED if record.get("status") == "active" else Offer.Status.DRAFT,
            "contact_email": _text(record, "email", 254),
            "contact_url": self._url(record, record_id),
            "interpreter_on_request": bool(record.get("interpretation_services")),
            "age_min": _integer(record.get("minimum_age")),
            "age_max": _integer(record.get("maximum_age")),
        }
        if values["age_min"] is not None and values["age_max"] is not None and values["age_min"] > values["age_max"]:
            values["age_max"] = None
        if reviewed := _date(record.get("assured_date")):
            values["last_reviewed"] = reviewed
        values |= self._application(record) | self._audience(record) | self._cost(record, record_id)
        values |= self._contact(record_id)
        values["languages"] = self._languages(record_id)
        return values

    def _url(self, record: Record, record_id: str) -> str:
        """nahbar's own export sends the public page when an offer has no web page of its own: not a web page."""
        url = _text(record, "url")
        own = self._own_ids("offer", Offer).get(record_id)
        slug = Offer.objects.filter(pk=own).values_list("slug", flat=True).first() if own else None
        if slug:
            page = reverse("offer_detail", kwargs={"region_slug": self.region.slug, "id_or_slug": slug})
            if url == f"{settings.NAHBAR_BASE_URL}{page}":
                return ""
        return url[:200]

    def _application(self, record: Record) -> dict[str, Any]:
        text = _text(record, "application_process")
        signup, appointment = _("Sign-up needed."), _("By appointment.")
        rest = text.replace(signup, "").replace(appointment, "").strip()
        if rest:
            self.report.skip("services", record, "application_process", _("kept only as sign-up/appointment flags"))
        return {"registration_required": signup in text or bool(rest), "by_appointment": appointment in text}

    def _audience(self, record: Record) -> dict[str, Any]:
        text = _text(record, "eligibility_description")
        labels = {str(label): str(value) for value, label in Offer.Audience.choices}
        parts = [part.strip() for part in text.split(",") if part.strip()]
        if parts and all(part in labels for part in parts):
            return {"audience": [labels[part] for part in parts]}
        if text:
            self.report.skip("services", record, "eligibility_description", _("not one of nahbar's audiences"))
        return {"audience": []}

    def _cost(self, record: Record, record_id: str) -> dict[str, Any]:
        options = _children(self.tables, "cost_options", "service_id", record_id)
        for option in options:
            self._unplaced("cost_options", option)
        amount = _number(options[0].get("amount")) if options else None
        if amount == 0:
            return {"cost": Offer.Cost.FREE, "cost_amount": None, "cost_pass_name": ""}
        if amount is not None and amount > 0:
            return {"cost": Offer.Cost.AMOUNT, "cost_amount": amount.quantize(Decimal("0.01")), "cost_pass_name": ""}
        fees = _text(record, "fees_description")
        pattern = re.escape(_("Reduced with %(pass)s")).replace(re.escape("%(pass)s"), "(.+)")
        if matched := re.fullmatch(pattern, fees):
            return {"cost": Offer.Cost.REDUCED, "cost_amount": None, "cost_pass_name": matched.group(1)[:80]}
        if fees in (str(Offer.Cost.REDUCED.label),):
            return {"cost": Offer.Cost.REDUCED, "cost_amount": None, "cost_pass_name": ""}
        if fees and fees != str(Offer.Cost.FREE.label):
            self.report.skip("services", record, "fees_description", _("no amount nahbar can read"))
        return {"cost": Offer.Cost.FREE, "cost_amount": None, "cost_pass_name": ""}

    def _contact(self, record_id: str) -> dict[str, Any]:
        contacts = _children(self.tables, "contacts", "service_id", record_id)
        phones = _children(self.tables, "phones", "service_id", record_id)
        for extra in contacts[1:] + phones[1:]:
            self.report.skip("contacts" if extra in contacts else "phones", extra, "id", _("nahbar keeps one contact"))
        for item in contacts[:1]:
            self._unplaced("contacts", item)
        for item in phones[:1]:
            self._unplaced("phones", item)
        values: dict[str, Any] = {
            "contact_name": _text(contacts[0], "name", 120) if contacts else "",
            "contact_phone": _text(phones[0], "number", 40) if phones else "",
        }
        if contacts and contacts[0].get("email") and not values.get("contact_email"):
            values["contact_email"] = _text(contacts[0], "email", 254)
        return values

    def _languages(self, record_id: str) -> list[str]:
        codes = []
        for entry in _children(self.tables, "languages", "service_id", record_id):
            code = _text(entry, "code").lower()
            code = {"eng": "en", "deu": "de", "ger": "de", "ara": "ar", "fas": "fa", "per": "fa"}.get(code, code)
            if code in CONTENT_LANGUAGES:
                codes.append(code)
            else:
                self.report.skip("languages", entry, "code", _("not a language nahbar knows"))
            self._unplaced("languages", entry)
        return list(dict.fromkeys(codes))

    def _topics(self, record_id: str) -> list[Topic]:
        topics = list(Topic.objects.all())
        by_id = {hsds_id("topic", topic.pk): topic for topic in topics}
        found = []
        for attribute in _children(self.tables, "attributes", "link_id", record_id):
            term_id = str(attribute.get("taxonomy_term_id") or "")
            term = self.tables["taxonomy_terms"].get(term_id, {})
            name = _text(term, "name").casefold()
            topic = by_id.get(term_id) or next(
                (t for t in topics if name and (name in {n.casefold() for n in t.names.values()} or name == t.slug)),
                None,
            )
            if topic:
                found.append(topic)
            else:
                self.report.skip("taxonomy_terms", term or attribute, "name", _("no nahbar topic of that name"))
            self._unplaced("attributes", attribute)
        return list(dict.fromkeys(found))

    def _districts(self, record_id: str) -> list[District]:
        districts = {d.name: d for d in District.objects.filter(region=self.region)}
        found = []
        for area in _children(self.tables, "service_areas", "service_id", record_id):
            if _text(area, "name") in districts:
                found.append(districts[_text(area, "name")])
            else:
                self.report.skip("service_areas", area, "name", _("not a district of this region"))
        return found

    def _schedules(self, record_id: str, organisation: Organisation) -> list[services.OpeningTimes]:
        opening = []
        for item in _children(self.tables, "schedules", "service_id", record_id):
            freq, byday = _text(item, "freq").upper(), _text(item, "byday").upper().replace(" ", "")
            opens, closes = _time(item.get("opens_at")), _time(item.get("closes_at"))
            readable = freq in ("WEEKLY", "MONTHLY") and re.fullmatch(r"(-?\d?[A-Z]{2},?)+", byday)
            if readable and opens and closes and opens < closes:
                interval = _integer(item.get("interval")) or 1
                where = self._place_and_period(item, organisation)
                opening.append(services.OpeningTimes(freq, byday.strip(","), opens, closes, interval, where))
                self._unplaced("schedules", item)
                continue
            self.report.skip("schedules", item, "id", _("not a weekly or monthly time nahbar can show"))
        return opening

    def _place_and_period(self, item: Record, organisation: Organisation) -> services.PlaceAndPeriod:
        location_id = str(item.get("location_id") or "")
        if not location_id and (
            link := self.tables["service_at_locations"].get(str(item.get("service_at_location_id")))
        ):
            location_id = str(link.get("location_id") or "")
        place = self.location(location_id, organisation) if location_id else None
        starts = _date(item.get("valid_from")) or _date(item.get("dtstart"))
        ends = _date(item.get("valid_to")) or _date(item.get("until"))
        return services.PlaceAndPeriod(place, starts, ends)

    def _own_hours(self, record_id: str) -> bool:
        """Whether the service is one of the region's consultation hours as nahbar exports them: reported, not
        imported (nahbar keeps hours with their appointments; an offer made of them would be a second copy)."""
        if record_id not in self._own_ids(HOURS_KIND, ConsultationHours):
            return False
        record = self.tables["services"][record_id]
        reason = f"{_('consultation hours')} – {_('nahbar does not import this kind of record')}"
        self.report.skip("services", record, "name" if record.get("name") else "id", reason)
        return True

    def run(self) -> Report:
        for record_id in self.tables["organizations"]:
            self.organisation(record_id)
        for record_id in self.tables["services"]:
            if not self._own_hours(record_id):
                self.offer(record_id)
        self.funders()
        for table in ("required_documents", "organization_identifiers", "metadata"):
            for record in self.tables[table].values():
                self.report.skip(table, record, "id", _("nahbar does not import this kind of record"))
        return self.report


def import_tables(
    *, region: Region, source: str, actor: AbstractBaseUser | None, tables: Tables, dry_run: bool = False
) -> Report:
    """Import everything or nothing; labels are compared in the language nahbar's own export writes.

    A dry run does the whole import and rolls it back, so its report is exactly what importing would do."""
    try:
        with override(SOURCE_LANGUAGE), transaction.atomic():
            report = Importer(region=region, source=source, actor=actor, tables=tables).run()
            transaction.set_rollback(dry_run)
            return report
    except (ValueError, TypeError, KeyError) as error:
        raise ImportFailed(str(error)) from error
