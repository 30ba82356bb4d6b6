"""iCalendar feeds; included before the public event pages so `events/feed.ics` is never read as an event slug."""

from django.urls import path

from events import views_feeds

urlpatterns = [
    path("events/feed.ics", views_feeds.region_feed, name="region_feed"),
    path("events/<str:id_or_slug>/event.ics", views_feeds.event_feed, name="event_feed"),
    path("offers/<str:id_or_slug>/events.ics", views_feeds.offer_feed, name="offer_feed"),
]
