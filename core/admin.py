"""Django admin for superusers: regions, districts, organisations, places and who holds which role."""

from django.contrib import admin
from django_otp.admin import OTPAdminSite

from core.models import AuditEntry, District, Location, Membership, Organisation, Region

# Superusers see every account, role and the audit log here, and could give themselves any role: the admin opens
# only after the second factor, like the case pages (set up or confirmed at /staff/two-factor/, or on the admin's
# own sign-in form). Anything registered here later is behind it too.
admin.site.__class__ = OTPAdminSite


class DistrictInline(admin.TabularInline):
    model = District
    extra = 0


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "federal_state"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [DistrictInline]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "region"]
    list_filter = ["region", "kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    list_display = ["name", "street", "postcode", "district", "organisation"]
    list_filter = ["region"]
    search_fields = ["name", "street"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "region", "organisation"]
    list_filter = ["role", "region"]
    autocomplete_fields = ["organisation"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only: the audit log is written by services and never edited by hand."""

    list_display = ["at", "actor", "action", "object_type", "object_id"]
    list_filter = ["action"]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False
