from django.urls import path

from interop import views_staff, views_staff_hsds

urlpatterns = [
    path("", views_staff.data_home, name="data_home"),
    path("vorlage.xlsx", views_staff.template_xlsx, name="data_template_xlsx"),
    path("vorlage.csv", views_staff.template_csv, name="data_template_csv"),
    path("angebote.xlsx", views_staff.export_xlsx, name="data_export_xlsx"),
    path("angebote.csv", views_staff.export_csv, name="data_export_csv"),
    path("import/", views_staff.upload, name="data_import"),
    path("import/confirm/", views_staff.confirm, name="data_import_confirm"),
    path("hsds.json", views_staff_hsds.export_json, name="data_hsds_json"),
    path("hsds.zip", views_staff_hsds.export_package, name="data_hsds_zip"),
    path("hsds/import/", views_staff_hsds.upload, name="data_hsds_import"),
    path("hsds/import/confirm/", views_staff_hsds.confirm, name="data_hsds_import_confirm"),
]
