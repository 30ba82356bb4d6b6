"""The referrals' retention job (Celery beat in settings, or `run_counselling_jobs referrals` from cron)."""

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from referrals import services


@shared_task
def delete_expired_referrals() -> int:
    """Ended referrals NAHBAR_REFERRAL_RETENTION_DAYS on: name and message deleted, the path kept for the reports."""
    return services.delete_expired(now=timezone.now(), keep_days=settings.NAHBAR_REFERRAL_RETENTION_DAYS)
