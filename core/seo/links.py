"""Canonical addresses and language alternates of a public page, and the Open Graph locale of each language."""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.conf import settings
from django.http import QueryDict

from core.languages import SOURCE_LANGUAGE, UI_LANGUAGES
from core.models import Region

# Open Graph wants language_TERRITORY; the territory is where most readers of that language come from.
OG_LOCALES = {
    "de": "de_DE",
    "en": "en_GB",
    "ar": "ar_AR",
    "fa": "fa_IR",
    "tr": "tr_TR",
    "uk": "uk_UA",
    "ru": "ru_RU",
}

# Parameters that only say where a visitor came from or which slice of a list they see; never part of a page.
DROPPED_PARAMETERS = frozenset({"page", "fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "ref"})


@dataclass(frozen=True)
class Alternate:
    language: str
    url: str


def absolute(path: str) -> str:
    return f"{settings.NAHBAR_BASE_URL}{path}"


def page_languages(region: Region | None) -> list[str]:
    """The UI languages a region offers its readers (all of them on pages outside a region), German first."""
    if region is None:
        return list(UI_LANGUAGES)
    enabled = {*region.enabled_languages, region.source_language}
    return [code for code in UI_LANGUAGES if code in enabled]


def split_language(path: str) -> tuple[str, str] | None:
    """'/ar/testort/offers/' → ('ar', 'testort/offers/'); None for paths outside the language prefixes."""
    parts = path.split("/", 2)
    if len(parts) < 3 or parts[1] not in UI_LANGUAGES:
        return None
    return parts[1], parts[2]


def kept_query(query: QueryDict) -> str:
    """The filters that define a page, in a fixed order, without paging, tracking and empty parameters."""
    kept = sorted(
        (name, value)
        for name, values in query.lists()
        if name not in DROPPED_PARAMETERS and not name.startswith("utm_")
        for value in values
        if value
    )
    return urlencode(kept)


def in_language(rest: str, language: str, query: str = "") -> str:
    return absolute(f"/{language}/{quote(rest)}") + (f"?{query}" if query else "")


def alternates(rest: str, languages: list[str], query: str = "") -> list[Alternate]:
    """One address per language, then x-default: the German (source language) page."""
    found = [Alternate(code, in_language(rest, code, query)) for code in languages]
    return [*found, Alternate("x-default", in_language(rest, SOURCE_LANGUAGE, query))]


def og_locale(language: str) -> str:
    return OG_LOCALES.get(language, language)
