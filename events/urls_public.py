"""Public event pages, mounted under /{lang}/{region_slug}/ after the feeds (so `events/feed.ics` stays a feed)."""

from django.urls import path

from events import views_public

urlpatterns = [
    path("events/", views_public.event_list, name="event_list"),
    path("events/<str:id_or_slug>/", views_public.event_detail, name="event_detail"),
]
