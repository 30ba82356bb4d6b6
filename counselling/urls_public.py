"""Public appointment booking, mounted under /{lang}/{region_slug}/."""

from django.urls import path

from counselling import views_public

urlpatterns = [
    path("appointments/", views_public.appointment_list, name="appointment_list"),
    path("appointments/<int:hours_id>/<str:start>/", views_public.appointment_book, name="appointment_book"),
    path("appointments/mine/<str:token>/", views_public.appointment_personal, name="appointment_personal"),
]
