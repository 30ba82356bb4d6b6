"""What the staff translation page shows, for any translated model (offers, events)."""

from collections.abc import Sequence
from typing import Any

from django.utils.text import capfirst

from core.languages import ENDONYMS, direction
from translations.models import ContentTranslation, TranslationState


def page_context(
    *,
    source: Any,
    language: str,
    existing: ContentTranslation | None,
    fields: Sequence[str],
    edit_url: str,
    source_changes: list[Any],
) -> dict[str, Any]:
    """The German text beside the form; empty source fields are left out, there is nothing to translate."""
    return {
        "source_title": source.title,
        "source_language": source.region.source_language,
        "source_fields": [
            (capfirst(source._meta.get_field(name).verbose_name), getattr(source, name))
            for name in fields
            if getattr(source, name)
        ],
        "edit_url": edit_url,
        "language": language,
        "language_name": ENDONYMS.get(language, language),
        "language_direction": direction(language),
        "existing": existing,
        "state": existing.state_against(source.content_version) if existing else TranslationState.MISSING,
        "source_changes": source_changes,
    }
