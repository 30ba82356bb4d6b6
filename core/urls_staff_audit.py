from django.urls import path

from core import views_audit

urlpatterns = [
    path("", views_audit.audit_log, name="audit_log"),
    path("audit.csv", views_audit.audit_log_csv, name="audit_log_csv"),
]
