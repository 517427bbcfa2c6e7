from django.urls import path

from . import desk, views

app_name = "engagement"
urlpatterns = [
    path("articles/<int:pk>/rate/", views.rate, name="rate"),
    path("articles/<int:pk>/comment/", views.comment, name="comment"),
    # the editor's desk links here; staff only
    path("desk/comments/", desk.desk_comments, name="desk-comments"),
    path("desk/comments/<int:pk>/reply/", desk.desk_comment_reply, name="desk-comment-reply"),
]
