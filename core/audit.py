"""Writing the audit log. Services call record() inside their transaction."""

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models

from core.models import AuditEntry, Organisation, Region


def record(
    *,
    actor: AbstractBaseUser | AnonymousUser | None,
    action: str,
    target: models.Model,
    region: Region | None = None,
    organisation: Organisation | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    return AuditEntry.objects.create(
        actor_id=actor.pk if actor is not None and actor.is_authenticated else None,
        action=action,
        region=region,
        organisation=organisation,
        object_type=target._meta.label_lower,
        object_id=str(target.pk),
        changes=changes or {},
    )


def history_of(target: models.Model) -> models.QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(object_type=target._meta.label_lower, object_id=str(target.pk)).select_related(
        "actor"
    )
