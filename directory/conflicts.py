"""Showing a concurrent edit: what the other person saved beside what this person typed."""

import difflib
from typing import Any

from django.db.models import Model
from django.http import HttpRequest, QueryDict

from core import audit
from directory import services
from directory.models import Offer, OfferTranslation
from directory.services import EditConflict


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


def context(conflict: EditConflict, submitted: dict[str, Any]) -> dict[str, Any]:
    current = conflict.current
    offer = current.offer if isinstance(current, OfferTranslation) else current
    last = audit.history_of(offer).first()
    return {"conflict": _differences(conflict.current, submitted), "conflict_by": last.actor if last else None}


def source_changes_since(offer: Offer, existing: OfferTranslation | None) -> list[dict[str, Any]]:
    """The German edits made after this translation was last saved, so the translator sees what to update."""
    if existing is None or existing.source_version >= offer.content_version:
        return []
    changes = []
    for entry in audit.history_of(offer).filter(at__gt=existing.updated_at, action="offer.changed"):
        for name in services.SOURCE_TEXT_FIELDS:
            if name in entry.changes:
                before, after = entry.changes[name]
                changes.append({"field": name, "at": entry.at, "diff": _diff(before, after)})
    return changes
