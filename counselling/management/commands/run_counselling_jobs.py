"""Run the periodic counselling jobs once, for installations without a Celery worker (e.g. from cron)."""

from core.jobs_command import JobsCommand
from counselling import tasks
from homevisits import tasks as home_visit_tasks
from referrals import tasks as referral_tasks


class Command(JobsCommand):
    help = "Send due appointment reminders and delete what is past its retention period (all jobs, or those named)."
    JOBS = {
        "reminders": tasks.send_due_reminders,
        "appointments": tasks.delete_expired_appointments,
        "cases": tasks.delete_expired_cases,
        "home_visits": home_visit_tasks.delete_expired_households,
        "referrals": referral_tasks.delete_expired_referrals,
    }
