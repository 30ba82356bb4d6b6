from django.apps import AppConfig


class CounsellingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "counselling"
    verbose_name = "Beratung"
