from django.urls import path

from events import views_programme

urlpatterns = [
    path("programme/", views_programme.programme_print, name="programme_print"),
    path("programme.pdf", views_programme.programme_pdf, name="programme_pdf"),
]
