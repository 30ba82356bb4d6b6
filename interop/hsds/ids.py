"""Stable HSDS ids: a UUID derived from what a record is and its primary key, so ids survive every re-export.

nahbar keeps no UUID column; an id is uuid5(NAMESPACE, "<kind>:<key>:<key>…"). Finding the record behind an id
means hashing the candidates' keys and comparing, which is cheap for the few thousand records of a town.
"""

import hashlib
import uuid
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

# Fixed for ever: changing it would change every published id.
NAMESPACE = uuid.UUID("6f0f5b8e-2c1d-5a47-9a53-4e61626172a1")
_NAMESPACE_BYTES = NAMESPACE.bytes

Key = TypeVar("Key", bound=tuple[object, ...])


@lru_cache(maxsize=65536)
def _derive(name: str) -> str:
    """uuid.uuid5(NAMESPACE, name) as text, without building UUID objects: a page of 50 full services needs
    about 1 400 ids, most of them not cached when clients page through 100 000 offers."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode(), usedforsecurity=False).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def hsds_id(kind: str, *keys: object) -> str:
    """The id of one record, e.g. hsds_id("offer", 12) or hsds_id("service_at_location", 12, 3)."""
    return _derive(":".join([kind, *(str(key) for key in keys)]))


def parse(value: str) -> str | None:
    """The canonical form of a UUID typed in a URL or query, or None when it is not a UUID."""
    try:
        return str(uuid.UUID(value.strip()))
    except (ValueError, AttributeError):
        return None


def find(kind: str, wanted: str, candidates: Iterable[Key]) -> Key | None:
    """The candidate keys whose id is `wanted`, or None."""
    canonical = parse(wanted)
    if canonical is None:
        return None
    return next((keys for keys in candidates if hsds_id(kind, *keys) == canonical), None)
