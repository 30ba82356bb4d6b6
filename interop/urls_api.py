"""The read-only HSDS 3.0 API, mounted at /api/hsds/ (no language prefix: data, not pages).

Every view is wrapped in public_api: CORS, ETag/304, the anonymous rate limit, read-only methods.
"""

from django.urls import path

from interop.hsds import views
from interop.http import public_api

urlpatterns = [
    path("", public_api(views.root), name="hsds_root"),
    path("openapi.json", public_api(views.openapi), name="hsds_openapi"),
    path("profile/", public_api(views.profile), name="hsds_profile"),
    path("profile/schema/<str:name>.json", public_api(views.profile_schema), name="hsds_profile_schema"),
    path("services", public_api(views.service_list), name="hsds_services"),
    path("services/<str:id>", public_api(views.service_detail), name="hsds_service"),
    path("organizations", public_api(views.organization_list), name="hsds_organizations"),
    path("organizations/<str:id>", public_api(views.organization_detail), name="hsds_organization"),
    path("service_at_locations", public_api(views.service_at_location_list), name="hsds_service_at_locations"),
    path(
        "service_at_locations/<str:id>", public_api(views.service_at_location_detail), name="hsds_service_at_location"
    ),
    path("taxonomies", public_api(views.taxonomy_list), name="hsds_taxonomies"),
    path("taxonomies/<str:id>", public_api(views.taxonomy_detail), name="hsds_taxonomy"),
    path("taxonomy_terms", public_api(views.taxonomy_term_list), name="hsds_taxonomy_terms"),
    path("taxonomy_terms/<str:id>", public_api(views.taxonomy_term_detail), name="hsds_taxonomy_terms_detail"),
]
