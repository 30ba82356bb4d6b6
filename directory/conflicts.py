"""Showing a concurrent edit: what the other person saved beside what this person typed."""

import difflib
from collections.abc import Sequence
from typing import Any

from django.db.models import Model
from django.http import HttpRequest, QueryDict

from core import audit
from directory import services
from directory.models import Offer, OfferTranslation
from translations.models import ContentTranslation
from translations.services import EditConflict


def _diff(before: object, after: object) -> str:
    """Line by line, '- ' marking the saved text and '+ ' the other one."""
    return "\n".join(difflib.ndiff(str(before).splitlines() or [""], str(after).splitlines() or [""]))


def _differences(current: Model, submitted: dict[str, Any]) -> list[dict[str, Any]]:
    """What the other person saved, beside what this person typed, for every field where they differ."""
    rows = []
    for name, mine in submitted.items():
        theirs = getattr(current, name, None)
        if theirs is not None and hasattr(theirs, "all"):
            theirs = sorted(str(item) for item in theirs.all())
            mine = sorted(str(item) for item in mine)
        if str(theirs) == str(mine):
            continue
        rows.append({"field": name, "theirs": theirs, "mine": mine, "diff": _diff(theirs, mine)})
    return rows


def resubmission(request: HttpRequest, conflict: EditConflict) -> QueryDict:
    """The submitted form again, now based on the saved version, so saving once more keeps it knowingly."""
    data = request.POST.copy()
    data["version"] = str(getattr(conflict.current, "version", ""))
    return data


def context(conflict: EditConflict, submitted: dict[str, Any], *, owner: Model | None = None) -> dict[str, Any]:
    """`owner` is the object whose history names who saved (for a translation: what it translates)."""
    current = conflict.current
    if owner is None:
        owner = current.offer if isinstance(current, OfferTranslation) else current
    last = audit.history_of(owner).first()
    return {"conflict": _differences(conflict.current, submitted), "conflict_by": last.actor if last else None}


def source_changes_since(
    offer: Offer | Model,
    existing: ContentTranslation | None,
    *,
    action: str = "offer.changed",
    fields: Sequence[str] = services.SOURCE_TEXT_FIELDS,
) -> list[dict[str, Any]]:
    """The German edits made after this translation was last saved, so the translator sees what to update.

    Events pass their own audit action and text fields; anything with `content_version` and a history works.
    """
    content_version: int = offer.content_version  # type: ignore[union-attr]
    if existing is None or existing.source_version >= content_version:
        return []
    changes = []
    for entry in audit.history_of(offer).filter(at__gt=existing.updated_at, action=action):
        for name in fields:
            if name in entry.changes:
                before, after = entry.changes[name]
                changes.append({"field": name, "at": entry.at, "diff": _diff(before, after)})
    return changes
