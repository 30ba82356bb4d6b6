"""The query parameters of the HSDS API, checked once: bad values become a clear 400 error, not a guess.

Besides HSDS's own, nahbar's German profile (docs/hsds-profile.md) adds `lang` (or the Accept-Language header),
`translations=all`, and the filters `age`, `language` (spoken) and `open_on` (a weekday MO…SU or a date).
"""

import datetime as dt
from dataclasses import dataclass

from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

from core.languages import CONTENT_LANGUAGES, SOURCE_LANGUAGE
from core.models import Region
from core.refusals import Refused
from interop.hsds import ids

DEFAULT_PER_PAGE = 25
MAX_PER_PAGE = 100
MAX_AGE = 130
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no", ""}


class BadRequest(Refused):
    """Something asked of the API that it cannot answer; `message` says what to change."""


@dataclass(frozen=True)
class Query:
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    search: str = ""
    region: Region | None = None
    full: bool = False
    minimal: bool = False
    full_service: bool = False
    ndjson: bool = False
    taxonomy_term_id: str | None = None
    taxonomy_id: str | None = None
    organization_id: str | None = None
    parent_id: str | None = None
    top_only: bool = False
    modified_after: dt.datetime | None = None
    postcode: str = ""
    proximity_m: float | None = None
    # nahbar profile: the language the reader asked for, and whether every translation is wanted too.
    language: str = SOURCE_LANGUAGE
    all_translations: bool = False
    age: int | None = None
    spoken: str | None = None
    # A weekday ("MO"…"SU") or a date: offers open on it.
    open_on: str | dt.date | None = None


def _number(params: QueryDict, name: str, default: int, *, maximum: int | None = None) -> int:
    raw = params.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1 or (maximum is not None and int(raw) > maximum):
        if maximum is None:
            raise BadRequest(_("%(name)s must be a whole number from 1.") % {"name": name})
        raise BadRequest(_("%(name)s must be a whole number from 1 to %(max)s.") % {"name": name, "max": maximum})
    return int(raw)


def _flag(params: QueryDict, name: str) -> bool:
    raw = params.get(name, "").strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise BadRequest(_("%(name)s must be true or false.") % {"name": name})


def _uuid(params: QueryDict, name: str) -> str | None:
    raw = params.get(name, "").strip()
    if not raw:
        return None
    canonical = ids.parse(raw)
    if canonical is None:
        raise BadRequest(_("%(name)s must be a UUID.") % {"name": name})
    return canonical


def _moment(params: QueryDict, name: str) -> dt.datetime | None:
    raw = params.get(name, "").strip()
    if not raw:
        return None
    try:
        moment = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise BadRequest(_("%(name)s must be an ISO 8601 date or date and time.") % {"name": name}) from None
    # A time without zone is the region's local time.
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


def _region(params: QueryDict) -> Region | None:
    slug = params.get("region", "").strip()
    if not slug:
        return None
    region = Region.objects.filter(slug=slug).first()
    if region is None:
        raise BadRequest(_("There is no region “%(slug)s”.") % {"slug": slug})
    return region


def _proximity(params: QueryDict) -> float | None:
    raw = params.get("proximity", "").strip()
    if not raw:
        return None
    try:
        metres = float(raw)
    except ValueError:
        metres = -1.0
    if not 0 < metres <= 200_000:
        raise BadRequest(_("proximity must be a distance in metres, more than 0 and at most 200000."))
    if not params.get("postcode", "").strip():
        raise BadRequest(_("proximity needs a postcode to measure from."))
    return metres


def _language(params: QueryDict, accept_language: str) -> str:
    raw = params.get("lang", "").strip().lower()
    if raw:
        if raw not in CONTENT_LANGUAGES:
            raise BadRequest(_("lang must be one of: %(codes)s.") % {"codes": ", ".join(CONTENT_LANGUAGES)})
        return raw
    # The first language the client accepts that nahbar has content in; anything unknown is skipped.
    for tag, _quality in parse_accept_lang_header(accept_language[:500]):
        code = tag.split("-")[0].lower()
        if code in CONTENT_LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def _translations(params: QueryDict) -> bool:
    raw = params.get("translations", "").strip().lower()
    if raw not in {"", "all"}:
        raise BadRequest(_("translations must be all (or left out)."))
    return raw == "all"


def _age(params: QueryDict) -> int | None:
    raw = params.get("age", "").strip()
    if not raw:
        return None
    if not raw.isdigit() or int(raw) > MAX_AGE:
        raise BadRequest(_("age must be a whole number of years from 0 to %(max)s.") % {"max": MAX_AGE})
    return int(raw)


def _spoken(params: QueryDict) -> str | None:
    raw = params.get("language", "").strip().lower()
    if not raw:
        return None
    if raw not in CONTENT_LANGUAGES:
        raise BadRequest(
            _("language must be an ISO 639-1 code, one of: %(codes)s.") % {"codes": ", ".join(CONTENT_LANGUAGES)}
        )
    return raw


def _open_on(params: QueryDict) -> str | dt.date | None:
    raw = params.get("open_on", "").strip()
    if not raw:
        return None
    if raw.upper() in WEEKDAYS:
        return raw.upper()
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise BadRequest(
            _("open_on must be a weekday (MO, TU, WE, TH, FR, SA, SU) or a date like 2026-03-17.")
        ) from None


def parse(params: QueryDict, *, accept_language: str = "") -> Query:
    output = params.get("format", "json").strip().lower() or "json"
    if output not in {"json", "ndjson"}:
        raise BadRequest(_("format must be json or ndjson."))
    return Query(
        page=_number(params, "page", 1),
        per_page=_number(params, "per_page", DEFAULT_PER_PAGE, maximum=MAX_PER_PAGE),
        search=params.get("search", "").strip()[:200],
        region=_region(params),
        full=_flag(params, "full"),
        minimal=_flag(params, "minimal"),
        full_service=_flag(params, "full_service"),
        ndjson=output == "ndjson",
        taxonomy_term_id=_uuid(params, "taxonomy_term_id"),
        taxonomy_id=_uuid(params, "taxonomy_id"),
        organization_id=_uuid(params, "organization_id"),
        parent_id=_uuid(params, "parent_id"),
        top_only=_flag(params, "top_only"),
        modified_after=_moment(params, "modified_after"),
        postcode=params.get("postcode", "").strip()[:10],
        proximity_m=_proximity(params),
        language=_language(params, accept_language),
        all_translations=_translations(params),
        age=_age(params),
        spoken=_spoken(params),
        open_on=_open_on(params),
    )
