from django.urls import path

from counselling import views_person

urlpatterns = [
    path("<int:person_id>/data.json", views_person.person_export_json, name="person_export_json"),
    path("<int:person_id>/data.pdf", views_person.person_export_pdf, name="person_export_pdf"),
    path("<int:person_id>/erase/", views_person.person_erase, name="person_erase"),
]
