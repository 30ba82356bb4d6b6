from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from core import views as core_views
from core.seo import views as seo_views

urlpatterns = [
    path("", core_views.root, name="root"),
    path("sitemap.xml", seo_views.sitemap, name="sitemap"),
    path("robots.txt", seo_views.robots, name="robots"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("staff/", include("nahbar.staff_urls", namespace="staff")),
    path("api/hsds/", include("interop.urls_api")),
]
urlpatterns += i18n_patterns(
    path("", core_views.region_chooser, name="regions"),
    path("<slug:region_slug>/", include("directory.urls")),
    path("<slug:region_slug>/", include("events.urls_feeds")),
    path("<slug:region_slug>/", include("events.urls_public")),
    path("<slug:region_slug>/", include("events.urls_signup")),
    path("<slug:region_slug>/", include("events.urls_programme")),
    path("<slug:region_slug>/", include("participation.urls_public")),
    path("<slug:region_slug>/", include("counselling.urls_public")),
)
