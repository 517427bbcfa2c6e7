from django.urls import path

from . import views

app_name = "articles"
urlpatterns = [
    path("", views.index, name="index"),
    path("articles/<int:pk>/<slug:slug>/", views.detail, name="detail"),
    path("articles/<int:pk>/", views.detail, name="detail_short"),
]
