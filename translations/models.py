"""Building blocks for content that staff write in German and translate.

A source model carries `content_version`, raised whenever its German text changes. Each translation row
remembers the `source_version` it was made from, so an edited source leaves its translations outdated.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Origin(models.TextChoices):
    HUMAN = "human", _("Human translation")
    MACHINE = "machine", _("Machine translation")


class TranslationState(models.TextChoices):
    CURRENT = "current", _("Up to date")
    OUTDATED = "outdated", _("Outdated")
    MISSING = "missing", _("Missing")


class ContentTranslation(models.Model):
    language = models.CharField(_("language"), max_length=8)
    source_version = models.PositiveIntegerField()
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.HUMAN)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        abstract = True

    def state_against(self, content_version: int) -> TranslationState:
        if self.source_version >= content_version:
            return TranslationState.CURRENT
        return TranslationState.OUTDATED
