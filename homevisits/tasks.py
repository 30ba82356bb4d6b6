"""Background job of the home visits (Celery); the beat schedule in settings runs it daily, `run_counselling_jobs`
runs it from cron."""

from celery import shared_task
from django.utils import timezone

from homevisits import services


@shared_task
def delete_expired_households() -> int:
    """Households done with (nothing planned, nothing open) for NAHBAR_HOME_VISIT_RETENTION_DAYS: erased, anonymous
    counts kept."""
    return services.delete_expired(today=timezone.localdate())
