from django.urls import path

from interop import views_staff

urlpatterns = [
    path("", views_staff.data_home, name="data_home"),
    path("vorlage.xlsx", views_staff.template_xlsx, name="data_template_xlsx"),
    path("vorlage.csv", views_staff.template_csv, name="data_template_csv"),
    path("angebote.xlsx", views_staff.export_xlsx, name="data_export_xlsx"),
    path("angebote.csv", views_staff.export_csv, name="data_export_csv"),
    path("import/", views_staff.upload, name="data_import"),
    path("import/confirm/", views_staff.confirm, name="data_import_confirm"),
]
