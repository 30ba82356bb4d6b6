"""Choosing what a reader sees: their language when translated, otherwise the German source with a note."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from translations.models import ContentTranslation, Origin, TranslationState


@dataclass(frozen=True)
class ShownText:
    fields: dict[str, str]
    language: str
    # The reader asked for another language and sees the German source instead.
    is_fallback: bool
    is_machine: bool
    is_outdated: bool
    # Fields the translation leaves empty, so they are shown in the source language (mark them lang/dir).
    from_source: frozenset[str] = frozenset()


def show(
    *,
    source_fields: dict[str, str],
    source_language: str,
    content_version: int,
    translations: Iterable[ContentTranslation],
    language: str,
    field_names: Sequence[str],
) -> ShownText:
    if language != source_language:
        for translation in translations:
            if translation.language == language:
                return ShownText(
                    fields={name: getattr(translation, name) or source_fields[name] for name in field_names},
                    language=language,
                    is_fallback=False,
                    is_machine=translation.origin == Origin.MACHINE,
                    is_outdated=translation.state_against(content_version) == TranslationState.OUTDATED,
                    from_source=frozenset(
                        name for name in field_names if not getattr(translation, name) and source_fields[name]
                    ),
                )
    return ShownText(
        fields=dict(source_fields),
        language=source_language,
        is_fallback=language != source_language,
        is_machine=False,
        is_outdated=False,
    )


def show_translated(
    source: Any,
    *,
    field_names: Sequence[str],
    source_language: str,
    language: str,
    translations: Iterable[ContentTranslation] | None = None,
) -> ShownText:
    """`show` for a model that keeps `content_version` and its translations under `.translations` (or given, when
    prefetched elsewhere)."""
    return show(
        source_fields={name: getattr(source, name) for name in field_names},
        source_language=source_language,
        content_version=source.content_version,
        translations=source.translations.all() if translations is None else translations,
        language=language,
        field_names=field_names,
    )


def states(
    *, languages: Iterable[str], content_version: int, translations: Iterable[ContentTranslation]
) -> dict[str, TranslationState]:
    by_language = {translation.language: translation for translation in translations}
    return {
        language: by_language[language].state_against(content_version)
        if language in by_language
        else TranslationState.MISSING
        for language in languages
    }
