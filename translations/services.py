"""Saving one content translation, for any model that keeps its translations in a ContentTranslation subclass."""

from typing import Any, TypeVar

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Model

from translations.models import ContentTranslation

Translation = TypeVar("Translation", bound=ContentTranslation)


class EditConflict(Exception):
    """Someone else saved in the meantime; the caller shows the difference instead of overwriting."""

    def __init__(self, current: Model) -> None:
        super().__init__("saved by someone else in the meantime")
        self.current = current


def write_translation(
    *,
    source: Any,
    model: type[Translation],
    link: str,
    language: str,
    expected_version: int | None,
    values: dict[str, str],
    origin: str,
    actor: AbstractBaseUser | None,
) -> tuple[Translation, dict[str, list[str]]]:
    """Create or update the translation of `source` (locked by the caller); it then translates the current text.

    `expected_version` is the translation's version the form was loaded with (None: there was none yet).
    Returns the translation and field → [before, after] for what changed, for the audit log.
    """
    translation: Any = model._default_manager.filter(**{link: source}, language=language).first()
    if translation is None and expected_version is not None:
        raise EditConflict(source)
    if translation is not None and translation.version != expected_version:
        raise EditConflict(translation)
    if translation is None:
        translation = model(**{link: source}, language=language, version=0, source_version=0)
    changes = {
        name: [getattr(translation, name, ""), value]
        for name, value in values.items()
        if getattr(translation, name, "") != value
    }
    for name, value in values.items():
        setattr(translation, name, value)
    translation.source_version = source.content_version
    translation.origin = origin
    translation.updated_by = actor
    translation.version += 1
    translation.save()
    return translation, changes
