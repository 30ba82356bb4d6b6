from django.urls import path

from counselling import views_contacts

urlpatterns = [
    path("", views_contacts.contact_log, name="contact_log"),
]
