from django.urls import path

from . import views

app_name = "engagement"
urlpatterns = [
    path("articles/<int:pk>/rate/", views.rate, name="rate"),
    path("articles/<int:pk>/comment/", views.comment, name="comment"),
]
