"""Validating HSDS 3.0 records and list pages against the vendored per-object JSON Schemas.

The official "compiled" schemas the HSDS openapi.json points to are the per-object schemas with their relative
`$ref`s inlined; here a `referencing` Registry resolves those refs instead. The list shapes (service_list,
organization_list, service_at_location_list) are derived the way the compiled ones are: one-to-one fields only,
with nested one-to-one objects (organization, program, location, service) stripped of their arrays as well.

`strict=True` (the default) also refuses fields HSDS does not define and checks formats (uuid, email, uri,
date-time) and the datapackage date/time types, so nahbar's own output is held to the letter of the standard.

`profile=True` (the default) validates against nahbar's German profile: the HSDS schemas with the JSON Merge
Patches in interop/profile/schema_patches/ applied, which only add optional `x_` fields. `profile=False` is plain
HSDS 3.0.
"""

import copy
import datetime as dt
import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from interop.profile.merge import merge_patch

SPEC_DIR = Path(__file__).resolve().parent / "spec" / "hsds-3.0"
PATCH_DIR = Path(__file__).resolve().parent / "profile" / "schema_patches"
# The official location of the per-object schemas, so relative refs resolve as they do upstream.
BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
OBJECTS = [
    *("accessibility", "address", "attribute", "contact", "cost_option", "funding", "language", "location"),
    *("metadata", "organization", "organization_identifier", "phone", "program", "required_document"),
    *("schedule", "service", "service_area", "service_at_location", "taxonomy", "taxonomy_term"),
]
ENVELOPE = ("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty")

Schema = dict[str, Any]


def _load(name: str) -> Schema:
    return json.loads((SPEC_DIR / f"{name}.json").read_text(encoding="utf-8"))


def _patched(name: str) -> Schema:
    patch = PATCH_DIR / f"{name}.json"
    if not patch.exists():
        return _load(name)
    return merge_patch(_load(name), json.loads(patch.read_text(encoding="utf-8")))


def patched_names() -> list[str]:
    """The HSDS objects nahbar's profile changes."""
    return sorted(path.stem for path in PATCH_DIR.glob("*.json"))


def _stripped(schema: Schema, raw: dict[str, Schema]) -> Schema:
    """One-to-one fields only: arrays dropped, nested objects inlined and stripped the same way."""
    result = copy.deepcopy(schema)
    properties = {}
    for key, field in schema["properties"].items():
        if field.get("type") == "array":
            continue
        ref = field.get("$ref")
        properties[key] = _stripped(raw[ref.removesuffix(".json")], raw) if ref else copy.deepcopy(field)
    result["properties"] = properties
    return result


def _with(schema: Schema, **extra: Schema) -> Schema:
    result = copy.deepcopy(schema)
    result["properties"].update(extra)
    return result


def _derived(raw: dict[str, Schema]) -> dict[str, Schema]:
    service_list = _stripped(raw["service"], raw)
    return {
        "service_list": service_list,
        "organization_list": _stripped(raw["organization"], raw),
        "service_at_location_list": _with(
            _stripped(raw["service_at_location"], raw), service=copy.deepcopy(service_list)
        ),
        # Fully nested: an organization with its services, a service at a location with its service.
        "organization_full": _with(raw["organization"], services={"type": "array", "items": {"$ref": "service.json"}}),
        "service_at_location_full": _with(raw["service_at_location"], service={"$ref": "service.json"}),
    }


def _closed(schema: Any) -> Any:
    """Every object schema refuses fields it does not define."""
    if isinstance(schema, dict):
        result = {key: _closed(value) for key, value in schema.items()}
        if isinstance(schema.get("properties"), dict):
            result["additionalProperties"] = False
        return result
    if isinstance(schema, list):
        return [_closed(item) for item in schema]
    return schema


def _page(item_uri: str) -> Schema:
    page = _load("openapi")["components"]["schemas"]["Page"]
    properties = {**page["properties"], "contents": {"type": "array", "items": {"$ref": item_uri}}}
    return {"type": "object", "properties": properties, "required": [*ENVELOPE, "contents"]}


@lru_cache(maxsize=2)
def documents(*, profile: bool = True) -> dict[str, Schema]:
    """Every schema by name: the HSDS objects, the list and nested shapes derived from them, and their pages."""
    raw = {name: _patched(name) if profile else _load(name) for name in OBJECTS}
    schemas = {**raw, **_derived(raw)}
    schemas.update({f"{name}_page": _page(f"{name}.json") for name in list(schemas)})
    return schemas


@lru_cache(maxsize=4)
def _registry(strict: bool, profile: bool) -> Registry:
    schemas = documents(profile=profile)
    if strict:
        schemas = {name: _closed(schema) if not name.endswith("_page") else schema for name, schema in schemas.items()}
    resources = [(f"{BASE}{name}.json", DRAFT202012.create_resource(schema)) for name, schema in schemas.items()]
    return Registry().with_resources(resources)


def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme) and (bool(parts.netloc) or parts.scheme in {"mailto", "tel", "urn"})


def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    # RFC 3339 date-times carry a zone.
    return "T" in value and parsed.tzinfo is not None


def _format_checker() -> FormatChecker:
    checker = FormatChecker()
    checker.checks("uri")(_is_uri)
    checker.checks("date-time")(_is_datetime)
    return checker


_PARSERS = {"date": dt.date.fromisoformat, "time": dt.time.fromisoformat, "datetime": dt.datetime.fromisoformat}


def _datapackage_type(_validator: Any, kind: str, instance: object, _schema: Schema) -> Iterator[ValidationError]:
    parse = _PARSERS.get(kind)
    if parse is None or not isinstance(instance, str):
        return
    try:
        parse(instance)
    except ValueError:
        yield ValidationError(f"{instance!r} is not a valid {kind}")


_Strict = validators.extend(Draft202012Validator, {"datapackage_type": _datapackage_type})


def errors(name: str, instance: object, *, strict: bool = True, profile: bool = True) -> list[str]:
    """What is wrong with `instance` as the HSDS object `name` (e.g. "service", "service_list_page"); [] if valid."""
    cls = _Strict if strict else Draft202012Validator
    validator = cls(
        {"$ref": f"{BASE}{name}.json"},
        registry=_registry(strict, profile),
        format_checker=_format_checker() if strict else None,
    )
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
        for error in validator.iter_errors(instance)
    ]


def is_valid(name: str, instance: object, *, strict: bool = True, profile: bool = True) -> bool:
    return not errors(name, instance, strict=strict, profile=profile)
