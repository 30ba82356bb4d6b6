"""Any HSDS document flattened into tables: table name → records by id, nested objects pulled out and linked.

HSDS comes nested (API responses, `contents` of list pages), as a bundle of arrays ({"services": [...]},
tabular.json's {"services.csv": [...]}) or as CSV files. The importer only ever sees the flat form.
"""

from collections.abc import Iterable
from typing import Any

Record = dict[str, Any]
Tables = dict[str, dict[str, Record]]

TABLES = (
    "organizations",
    "programs",
    "services",
    "locations",
    "service_at_locations",
    "addresses",
    "accessibility",
    "phones",
    "contacts",
    "schedules",
    "languages",
    "cost_options",
    "service_areas",
    "funding",
    "attributes",
    "taxonomy_terms",
    "taxonomies",
    "required_documents",
    "organization_identifiers",
    "metadata",
    "meta_table_descriptions",
)

# A nested key → the table its objects belong in. Singular keys hold one object the parent points to.
_NESTED = {
    "organization": "organizations",
    "organizations": "organizations",
    "program": "programs",
    "programs": "programs",
    "service": "services",
    "services": "services",
    "location": "locations",
    "locations": "locations",
    "service_at_location": "service_at_locations",
    "service_at_locations": "service_at_locations",
    "taxonomy_term": "taxonomy_terms",
    "taxonomy_terms": "taxonomy_terms",
    "taxonomy_detail": "taxonomies",
    "taxonomies": "taxonomies",
    **{name: name for name in TABLES},
}
_SINGULAR_LINK = {
    "organization": "organization_id",
    "program": "program_id",
    "service": "service_id",
    "location": "location_id",
    "taxonomy_term": "taxonomy_term_id",
    "taxonomy_detail": "taxonomy_id",
}
# How a child in a nested array names its parent.
_PARENT_LINK = {
    "organizations": "organization_id",
    "programs": "program_id",
    "services": "service_id",
    "locations": "location_id",
    "service_at_locations": "service_at_location_id",
    "phones": "phone_id",
    "contacts": "contact_id",
    "taxonomies": "taxonomy_id",
}
# Names CSV files and tabular.json use for a table, where they differ from the nested key.
_FILE_NAMES = {
    "service_at_location": "service_at_locations",
    "address": "addresses",
    "schedule": "schedules",
    "attribute": "attributes",
    "taxonomy": "taxonomies",
}


def table_name(name: str) -> str | None:
    """The table a file or bundle key holds, e.g. "services.csv" or "service_at_location" → its table."""
    base = name.rsplit("/", 1)[-1].removesuffix(".csv")
    base = _FILE_NAMES.get(base, base)
    return base if base in TABLES else None


def guess_table(record: Record) -> str | None:
    """What a top-level record is, from the fields only that kind has."""
    if ("service" in record and "location" in record) or ("service_id" in record and "location_id" in record):
        return "service_at_locations"
    if "status" in record:
        return "services"
    if "taxonomy_detail" in record or "term_uri" in record or "taxonomy_id" in record or "code" in record:
        return "taxonomy_terms"
    if "location_type" in record or "latitude" in record:
        return "locations"
    if "taxonomy_terms" in record or ("version" in record and "uri" in record):
        return "taxonomies"
    if "name" in record and "id" in record:
        return "organizations"
    return None


class Collector:
    def __init__(self) -> None:
        self.tables: Tables = {name: {} for name in TABLES}

    def add(self, table: str, record: Record, parent: tuple[str, str] | None = None) -> str | None:
        """Store one record (and everything nested in it); returns its id."""
        if not isinstance(record, dict) or not record.get("id"):
            return None
        record_id = str(record["id"])
        flat: Record = {}
        for key, value in record.items():
            child_table = _NESTED.get(key) if key != table else None
            if child_table and isinstance(value, dict):
                child_id = self.add(child_table, value)
                link = _SINGULAR_LINK.get(key)
                if link and child_id and not record.get(link):
                    flat[link] = child_id
            elif child_table and isinstance(value, list) and all(isinstance(item, dict) for item in value):
                for item in value:
                    self.add(child_table, item, parent=(table, record_id))
            elif key == "languages" and isinstance(value, list):
                continue
            else:
                flat[key] = value
        if parent:
            self._link(table, flat, parent)
        existing = self.tables[table].setdefault(record_id, {})
        existing.update({key: value for key, value in flat.items() if value not in (None, "") or key not in existing})
        return record_id

    @staticmethod
    def _link(table: str, flat: Record, parent: tuple[str, str]) -> None:
        parent_table, parent_id = parent
        if table == "attributes":
            flat.setdefault("link_id", parent_id)
            flat.setdefault("link_entity", parent_table.removesuffix("s"))
            return
        link = _PARENT_LINK.get(parent_table)
        if link and link != f"{table.removesuffix('s')}_id" and not flat.get(link):
            flat[link] = parent_id

    def add_document(self, document: Any, hint: str | None = None) -> None:
        if isinstance(document, list):
            for item in document:
                self.add_document(item, hint)
            return
        if not isinstance(document, dict):
            return
        if isinstance(document.get("contents"), list):
            self.add_document(document["contents"], hint)
            return
        bundle = {key: table_name(key) for key in document if isinstance(document[key], list)}
        if "id" not in document and any(bundle.values()):
            for key, table in bundle.items():
                if table:
                    for item in document[key]:
                        self.add(table, item)
            return
        table = hint or guess_table(document)
        if table:
            self.add(table, document)

    def add_rows(self, table: str, rows: Iterable[Record]) -> None:
        for row in rows:
            self.add(table, {key: value for key, value in row.items() if value not in (None, "")})


def collect(document: Any, hint: str | None = None) -> Tables:
    collector = Collector()
    collector.add_document(document, hint)
    return collector.tables
