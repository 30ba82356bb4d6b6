"""Staff sign-up lists, mounted under /staff/events/ in the `staff` namespace."""

from django.urls import path

from events import views_staff_signups as views

urlpatterns = [
    path("<int:event_id>/dates/<int:occurrence_id>/signups/", views.event_signups, name="event_signups"),
    path("<int:event_id>/dates/<int:occurrence_id>/signups/add/", views.signup_add, name="event_signup_add"),
    path(
        "<int:event_id>/dates/<int:occurrence_id>/signups/<int:signup_id>/cancel/",
        views.signup_cancel,
        name="event_signup_cancel",
    ),
    path("<int:event_id>/dates/<int:occurrence_id>/attendance/", views.attendance, name="event_attendance"),
]
