"""The read-only HSDS 3.0 API under /api/hsds/: public, no account, JSON (or NDJSON streams) only.

Besides the HSDS parameters, every list takes `?region=<slug>` to keep to one town; without it, all regions.
`proximity` is in metres around the postcode's district centre, as the HSDS openapi says.

Services speak nahbar's German profile (docs/hsds-profile.md): text in the language asked for by `?lang=` or
Accept-Language (German when untranslated), said in `x_language` and the Content-Language header.
"""

import copy
import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest, JsonResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.utils import timezone, translation
from django.utils.http import http_date
from django.utils.translation import gettext as _

from core.languages import SOURCE_LANGUAGE, UI_LANGUAGES
from counselling.models import ConsultationHours
from directory.models import Offer
from interop.hsds import mapping, mapping_hours, selectors
from interop.hsds.params import BadRequest, Query, parse
from interop.profile import documents

API_PATH = "/api/hsds"
NDJSON_CHUNK = 200
Record = dict[str, Any]
ToRecord = Callable[[Any], Record]


def _error(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=status, json_dumps_params={"ensure_ascii": False})


def _json(data: object) -> JsonResponse:
    return JsonResponse(data, safe=False, json_dumps_params={"ensure_ascii": False})


def _today() -> dt.date:
    return timezone.localdate()


def _envelope(query: Query, total: int, contents: list[Record]) -> Record:
    pages = -(-total // query.per_page)
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": query.page,
        "size": len(contents),
        "first_page": query.page == 1,
        "last_page": query.page >= pages,
        "empty": total == 0,
        "contents": contents,
    }


def _reader(query: Query) -> mapping.Reader:
    return mapping.Reader(language=query.language, all_translations=query.all_translations)


def _labels(query: Query) -> str:
    """The language nahbar's own labels (cost, audience) are written in: the reader's when the UI speaks it."""
    return query.language if query.language in UI_LANGUAGES else SOURCE_LANGUAGE


def _content_language(query: Query) -> str:
    # Records the reader's language lacks fall back to German, so a list may carry both.
    return query.language if query.language == SOURCE_LANGUAGE else f"{query.language}, {SOURCE_LANGUAGE}"


# A list answer is one or more parts in a row, each records of one kind with how to map them: services are the
# offers, then the consultation hours (interop/hsds/mapping_hours.py).
Part = tuple[QuerySet[Any], ToRecord]


def _lines(parts: Sequence[Part], labels: str) -> Iterator[str]:
    # Chunks are fetched with their prefetches one at a time, so memory stays flat however many records there are.
    with translation.override(labels):
        for records, to_record in parts:
            for item in records.iterator(chunk_size=NDJSON_CHUNK):
                yield json.dumps(to_record(item), ensure_ascii=False) + "\n"


def _page(records: QuerySet[Any], start: int, size: int) -> list[Any]:
    """One page, its ids found first: sorting narrow rows of ids is several times cheaper than sorting whole rows
    (long descriptions included) to throw all but a page away; the page's records then load by id."""
    ids = list(records.values_list("pk", flat=True)[start : start + size])
    # Unordered: asked to sort, SQLite walks the whole ordering index to find these few rows instead of using ids.
    by_id = {item.pk: item for item in records.filter(pk__in=ids).order_by()}
    return [by_id[pk] for pk in ids]


def _contents(query: Query, parts: Sequence[Part], totals: list[int]) -> list[Record]:
    """The page's records across the parts in a row: a part is read only where the page overlaps it."""
    start = (query.page - 1) * query.per_page
    end = start + query.per_page
    contents: list[Record] = []
    offset = 0
    for (records, to_record), total in zip(parts, totals, strict=True):
        first, last = max(start - offset, 0), min(end - offset, total)
        if first < last:
            contents += [to_record(item) for item in _page(records, first, last - first)]
        offset += total
    return contents


def _listing(query: Query, parts: Sequence[Part]) -> HttpResponseBase:
    response: HttpResponseBase
    if query.ndjson:
        lines = _lines(parts, _labels(query))
        response = StreamingHttpResponse(lines, content_type="application/x-ndjson; charset=utf-8")
    else:
        totals = [records.count() for records, _to_record in parts]
        with translation.override(_labels(query)):
            contents = _contents(query, parts, totals)
        response = _json(_envelope(query, sum(totals), contents))
    response["Content-Language"] = _content_language(query)
    return response


def _one(query: Query, record: Record) -> HttpResponseBase:
    response = _json(record)
    shown = record.get("x_language") or record.get("service", {}).get("x_language")
    response["Content-Language"] = shown["code"] if shown else SOURCE_LANGUAGE
    return response


def _last_modified(response: HttpResponseBase, offer: Offer) -> HttpResponseBase:
    """When the offer or one of its translations last changed: lets clients ask If-Modified-Since (answered 304).

    Nested organisation and location data carry no timestamp; the ETag covers their changes.
    """
    changed = max([offer.updated_at, *(item.updated_at for item in mapping.loaded(offer, "translations"))])
    response["Last-Modified"] = http_date(changed.timestamp())
    return response


def _api(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Bad parameters become a 400 JSON error (methods, CORS and limits are public_api's, in the URLs)."""

    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        try:
            query = parse(request.GET, accept_language=request.headers.get("Accept-Language", ""))
            return view(request, query, *args, **kwargs)
        except BadRequest as error:
            return _error(400, error.message)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def _not_found(what: str) -> JsonResponse:
    return _error(404, _("No %(what)s with this id.") % {"what": what})


# Meta ---------------------------------------------------------------------------------------------------------


@_api
def root(request: HttpRequest, query: Query) -> HttpResponseBase:
    base = settings.NAHBAR_BASE_URL + API_PATH
    return _json({"version": "3.0", "profile": f"{base}/profile/", "openapi_url": f"{base}/openapi.json"})


@_api
def openapi(request: HttpRequest, query: Query) -> HttpResponseBase:
    document = copy.deepcopy(documents.openapi())
    document["servers"] = [{"url": settings.NAHBAR_BASE_URL + API_PATH}]
    return _json(document)


@_api
def profile(request: HttpRequest, query: Query) -> HttpResponseBase:
    return _json(documents.index(settings.NAHBAR_BASE_URL + API_PATH))


@_api
def profile_schema(request: HttpRequest, query: Query, name: str) -> HttpResponseBase:
    schema = documents.schemas().get(name)
    return _json(schema) if schema is not None else _error(404, _("No schema with this name."))


# Services -----------------------------------------------------------------------------------------------------


def _service_shape(query: Query) -> Callable[[Offer], Record]:
    if query.minimal:
        return mapping.service_minimal
    shape = mapping.service if query.full else mapping.service_list_item
    reader = _reader(query)
    return lambda offer: shape(offer, reader=reader)


def _hours_shape(query: Query) -> Callable[[ConsultationHours], Record]:
    if query.minimal:
        return mapping_hours.service_minimal
    shape = mapping_hours.service if query.full else mapping_hours.service_list_item
    reader = _reader(query)
    return lambda hours: shape(hours, reader=reader)


@_api
def service_list(request: HttpRequest, query: Query) -> HttpResponseBase:
    """Services: published offers whose runtime is current, then the consultation hours the public pages show."""
    today = _today()
    return _listing(
        query,
        [
            (selectors.services(query, today=today), _service_shape(query)),
            (selectors.hours_services(query, today=today), _hours_shape(query)),
        ],
    )


@_api
def service_detail(request: HttpRequest, query: Query, id: str) -> HttpResponseBase:
    offer = selectors.service(id, today=_today())
    if offer is None:
        return _hours_detail(query, id)
    with translation.override(_labels(query)):
        return _last_modified(_one(query, mapping.service(offer, reader=_reader(query))), offer)


def _hours_detail(query: Query, id: str) -> HttpResponseBase:
    hours = selectors.hours_service(id, today=_today())
    if hours is None:
        return _not_found("service")
    with translation.override(_labels(query)):
        response = _one(query, mapping_hours.service(hours, reader=_reader(query)))
    response["Last-Modified"] = http_date(hours.updated_at.timestamp())
    return response


# Organisations ------------------------------------------------------------------------------------------------


def _organisation_record(query: Query, *, nested: bool) -> ToRecord:
    def to_record(organisation: Any) -> Record:
        if not nested:
            return mapping.organization_basic(organisation)
        reader = _reader(query)
        shape = mapping.service if query.full_service else mapping.service_basic
        hours_shape = mapping_hours.service if query.full_service else mapping_hours.service_basic
        services = [shape(offer, reader=reader) for offer in organisation.public_offers]
        services += [hours_shape(hours, reader=reader) for hours in organisation.public_hours]
        return mapping.organization(organisation, locations=organisation.locations.all(), services=services)

    return to_record


@_api
def organization_list(request: HttpRequest, query: Query) -> HttpResponseBase:
    """Organisations providing at least one published, current offer or holding public consultation hours."""
    nested = query.full or query.full_service
    records = selectors.organisations(query, today=_today())
    return _listing(query, [(records, _organisation_record(query, nested=nested))])


@_api
def organization_detail(request: HttpRequest, query: Query, id: str) -> HttpResponseBase:
    organisation = selectors.organisation(id, query, today=_today())
    if organisation is None:
        return _not_found("organization")
    with translation.override(_labels(query)):
        response = _json(_organisation_record(query, nested=True)(organisation))
    response["Content-Language"] = _content_language(query)
    return response


# Services at locations ----------------------------------------------------------------------------------------


def _link_record(query: Query) -> ToRecord:
    reader = _reader(query)
    if query.full:
        return lambda link: mapping.service_at_location(link.offer, link.location, reader=reader)
    return lambda link: mapping.service_at_location_list_item(link.offer, link.location, reader=reader)


def _hours_link_record(query: Query) -> ToRecord:
    reader = _reader(query)
    shape = mapping_hours.service_at_location if query.full else mapping_hours.service_at_location_list_item
    return lambda hours: shape(hours, reader=reader)


@_api
def service_at_location_list(request: HttpRequest, query: Query) -> HttpResponseBase:
    """Offers at each of their places, then consultation hours at the office at theirs."""
    today = _today()
    return _listing(
        query,
        [
            (selectors.service_locations(query, today=today), _link_record(query)),
            (selectors.hours_locations(query, today=today), _hours_link_record(query)),
        ],
    )


def _hours_link_detail(query: Query, id: str) -> HttpResponseBase:
    hours = selectors.hours_location(id, today=_today())
    if hours is None:
        return _not_found("service_at_location")
    with translation.override(_labels(query)):
        response = _one(query, mapping_hours.service_at_location(hours, reader=_reader(query)))
    response["Last-Modified"] = http_date(hours.updated_at.timestamp())
    return response


@_api
def service_at_location_detail(request: HttpRequest, query: Query, id: str) -> HttpResponseBase:
    link = selectors.service_location(id, today=_today())
    if link is None:
        return _hours_link_detail(query, id)
    with translation.override(_labels(query)):
        record = mapping.service_at_location(link.offer, link.location, reader=_reader(query))
    return _last_modified(_one(query, record), link.offer)


# Taxonomy -----------------------------------------------------------------------------------------------------


def _taxonomies() -> list[Record]:
    with translation.override(SOURCE_LANGUAGE):
        return [mapping.taxonomy()]


@_api
def taxonomy_list(request: HttpRequest, query: Query) -> HttpResponseBase:
    found = [item for item in _taxonomies() if query.search.lower() in item["name"].lower()]
    if query.ndjson:
        lines = (json.dumps(item, ensure_ascii=False) + "\n" for item in found)
        return StreamingHttpResponse(lines, content_type="application/x-ndjson; charset=utf-8")
    start = (query.page - 1) * query.per_page
    return _json(_envelope(query, len(found), found[start : start + query.per_page]))


@_api
def taxonomy_detail(request: HttpRequest, query: Query, id: str) -> HttpResponseBase:
    found = next((item for item in _taxonomies() if item["id"] == id.strip().lower()), None)
    return _json(found) if found else _not_found("taxonomy")


@_api
def taxonomy_term_list(request: HttpRequest, query: Query) -> HttpResponseBase:
    reader = _reader(query)
    return _listing(query, [(selectors.topics(query), lambda topic: mapping.taxonomy_term(topic, reader=reader))])


@_api
def taxonomy_term_detail(request: HttpRequest, query: Query, id: str) -> HttpResponseBase:
    topic = selectors.topic(id)
    if topic is None:
        return _not_found("taxonomy_term")
    with translation.override(SOURCE_LANGUAGE):
        record = mapping.taxonomy_term(topic, reader=_reader(query))
    response = _json(record)
    response["Content-Language"] = record["language"]
    return response
