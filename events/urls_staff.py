"""Staff pages for events, mounted at /staff/events/ in the `staff` namespace."""

from django.urls import path

from events import views_staff

_DATE = "<int:event_id>/dates/<int:occurrence_id>"

urlpatterns = [
    path("", views_staff.event_list, name="events"),
    path("new/", views_staff.event_create, name="event_create"),
    path("<int:event_id>/", views_staff.event_edit, name="event_edit"),
    path("<int:event_id>/copy/", views_staff.event_copy, name="event_copy"),
    path("<int:event_id>/publish/", views_staff.event_publish, name="event_publish"),
    path("<int:event_id>/unpublish/", views_staff.event_unpublish, name="event_unpublish"),
    path("<int:event_id>/archive/", views_staff.event_archive, name="event_archive"),
    path("<int:event_id>/history/", views_staff.event_history, name="event_history"),
    path("<int:event_id>/dates/", views_staff.event_dates, name="event_dates"),
    path(f"{_DATE}/cancel/", views_staff.event_date_cancel, name="event_date_cancel"),
    path(f"{_DATE}/restore/", views_staff.event_date_restore, name="event_date_restore"),
    path(f"{_DATE}/move/", views_staff.event_date_move, name="event_date_move"),
    path(
        "<int:event_id>/translations/<str:language>/",
        views_staff.event_translation_edit,
        name="event_translation_edit",
    ),
]
