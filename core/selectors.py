from django.db.models import QuerySet

from core.models import Region


def regions() -> QuerySet[Region]:
    return Region.objects.order_by("name")
