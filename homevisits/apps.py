from django.apps import AppConfig


class HomeVisitsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "homevisits"
    verbose_name = "Willkommensbesuche"
