from django.contrib import admin

from events.models import Event, EventTranslation, Occurrence


class EventTranslationInline(admin.StackedInline):
    model = EventTranslation
    extra = 0


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "region", "organiser", "starts_at", "recurrence", "status"]
    list_filter = ["region", "status"]
    search_fields = ["title"]
    inlines = [EventTranslationInline]


@admin.register(Occurrence)
class OccurrenceAdmin(admin.ModelAdmin):
    list_display = ["event", "starts_at", "is_cancelled", "capacity", "places_taken", "places_waiting"]
    list_filter = ["region", "is_cancelled"]
