from django.urls import path

from . import views

app_name = "desk"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("articles/<int:pk>/", views.review, name="review"),
    path("articles/<int:pk>/preview/", views.preview, name="preview"),
    path("articles/<int:pk>/sentences/<int:index>/", views.edit, name="edit"),
    path("articles/<int:pk>/sentences/<int:index>/add/", views.add, name="add"),
    path("articles/<int:pk>/publish/", views.publish, name="publish"),
    path("articles/<int:pk>/unpublish/", views.unpublish, name="unpublish"),
    path("articles/<int:pk>/reject/", views.reject, name="reject"),
    path("articles/<int:pk>/reopen/", views.reopen, name="reopen"),
    path("articles/<int:pk>/regenerate/", views.regenerate, name="regenerate"),
    path("articles/<int:pk>/start/", views.start, name="start"),
    path("articles/<int:pk>/remove-image/", views.remove_image, name="remove_image"),
    path("articles/<int:pk>/versions/<int:number>/restore/", views.restore, name="restore"),
]
