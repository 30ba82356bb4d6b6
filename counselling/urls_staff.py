from django.urls import path

from counselling import views_staff

urlpatterns = [
    path("", views_staff.hours_list, name="hours_list"),
    path("new/", views_staff.hours_create, name="hours_create"),
    path("<int:hours_id>/", views_staff.hours_edit, name="hours_edit"),
    path("<int:hours_id>/week/", views_staff.hours_week, name="hours_week"),
    path("<int:hours_id>/book/", views_staff.appointment_book_for, name="appointment_book_for"),
    path("appointments/<int:appointment_id>/cancel/", views_staff.appointment_cancel, name="appointment_cancel"),
    path(
        "appointments/<int:appointment_id>/attendance/",
        views_staff.appointment_attendance,
        name="appointment_attendance",
    ),
]
