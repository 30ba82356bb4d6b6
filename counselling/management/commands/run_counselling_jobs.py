"""Run the periodic counselling jobs once, for installations without a Celery worker (e.g. from cron)."""

from core.jobs_command import JobsCommand
from counselling import tasks


class Command(JobsCommand):
    help = "Send due appointment reminders and apply the retention of appointments and cases (all, or named)."
    JOBS = {
        "reminders": tasks.send_due_reminders,
        "appointments": tasks.delete_expired_appointments,
        "cases": tasks.delete_expired_cases,
    }
