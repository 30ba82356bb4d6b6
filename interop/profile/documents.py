"""What the API serves of nahbar's German profile: the patched OpenAPI document, the patched schemas, an index.

The profile is data: JSON Merge Patches (RFC 7396) in this folder over the vendored HSDS 3.0 files, applied here.
"""

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from interop import schemas as hsds_schemas
from interop.profile.merge import merge_patch

PROFILE_DIR = Path(__file__).resolve().parent
NAME = "nahbar-de"
HSDS_VERSION = "3.0"

Document = dict[str, Any]


def _json(path: Path) -> Document:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def openapi() -> Document:
    """The HSDS openapi.json with the profile's patch applied (without `servers`: that depends on the site)."""
    return merge_patch(_json(hsds_schemas.SPEC_DIR / "openapi.json"), _json(PROFILE_DIR / "openapi_patch.json"))


def schemas() -> dict[str, Document]:
    """Every schema the profile serves, by name: objects, list/nested shapes and pages, refs relative."""
    return hsds_schemas.documents(profile=True)


def index(api_url: str) -> Document:
    schema_url = f"{api_url}/profile/schema/"
    return {
        "name": NAME,
        "description": (
            "nahbar's German profile of HSDS 3.0: translated text (lang, Accept-Language, translations=all; "
            "x_language, x_translations), IANA time zones on schedules (x_timezone), consultation hours as "
            "services of their own (x_consultation_hours), filters age, language, open_on and region. JSON Merge "
            "Patches (RFC 7396) over the HSDS 3.0 schemas and openapi.json."
        ),
        "hsds_version": HSDS_VERSION,
        "documentation": "docs/hsds-profile.md in nahbar's source code",
        "openapi_url": f"{api_url}/openapi.json",
        "patched": hsds_schemas.patched_names(),
        "schemas": {name: f"{schema_url}{name}.json" for name in sorted(schemas())},
    }
