"""What nahbar remembers about records it imported from other HSDS publishers."""

from django.contrib.contenttypes.models import ContentType
from django.db import models


class ExternalRecord(models.Model):
    """A record another publisher gave a (foreign) HSDS id, and the nahbar object it became.

    Re-importing the same id then updates that object instead of creating a second one.
    """

    source = models.CharField(max_length=300)
    hsds_id = models.UUIDField()
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "hsds_id", "content_type"], name="external_record_unique")
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.hsds_id}"


class SyncState(models.Model):
    """When nahbar last pulled changes from another HSDS API, to ask only for what changed since."""

    source = models.CharField(max_length=300, unique=True)
    synced_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.source} @ {self.synced_at:%Y-%m-%d %H:%M}"
