"""Run the periodic event jobs once, for installations without a Celery worker (e.g. from cron)."""

from core.jobs_command import JobsCommand
from events import tasks


class Command(JobsCommand):
    help = "Send due reminders, delete expired sign-ups and lay out recurring dates (all, or those named)."
    JOBS = {
        "reminders": tasks.send_due_reminders,
        "retention": tasks.delete_expired_signups,
        "dates": tasks.extend_recurring_events,
    }
