from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from newsdesk.articles.sitemaps import SITEMAPS
from newsdesk.articles.views import robots

urlpatterns = [
    path("admin/", admin.site.urls),
    path("desk/", include("newsdesk.review.urls")),
    path("robots.txt", robots, name="robots"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("api/", include("newsdesk.articles.api")),
    path("", include("newsdesk.engagement.urls")),
    path("", include("newsdesk.articles.urls")),
]
