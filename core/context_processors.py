from urllib.parse import quote

from django.http import HttpRequest
from django.utils import translation

from core.languages import ENDONYMS, UI_LANGUAGES, direction


def _language_links(request: HttpRequest, current: str) -> list[dict[str, object]]:
    """The same page in every UI language, filters kept, so switching never loses a search."""
    parts = request.path.split("/", 2)
    if len(parts) < 3 or parts[1] not in UI_LANGUAGES:
        return []
    query = request.META.get("QUERY_STRING", "")
    return [
        {
            "code": code,
            "name": ENDONYMS[code],
            "url": f"/{code}/{quote(parts[2])}" + (f"?{query}" if query else ""),
            "current": code == current,
        }
        for code in UI_LANGUAGES
    ]


def page(request: HttpRequest) -> dict[str, object]:
    language = translation.get_language() or "de"
    return {
        "page_language": language,
        "page_direction": direction(language),
        "language_links": _language_links(request, language),
    }
