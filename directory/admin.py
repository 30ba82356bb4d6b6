"""Django admin for superusers: topics and projects. Offers are edited in the staff area, which audits them."""

from django.contrib import admin

from directory.models import Project, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["slug", "position"]


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["name", "region", "starts_on", "ends_on"]
    list_filter = ["region"]
    filter_horizontal = ["funders"]
