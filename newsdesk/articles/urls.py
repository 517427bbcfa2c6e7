from django.urls import path

from . import feeds, views

app_name = "articles"
urlpatterns = [
    path("", views.index, name="index"),
    path("articles/<int:pk>/<slug:slug>/", views.detail, name="detail"),
    path("articles/<int:pk>/", views.detail, name="detail_short"),
    path("articles/<int:pk>/card.png", views.card, name="card"),
    path("articles/<int:pk>/card-small.png", views.card, {"small": True}, name="card_small"),
    path("articles/<int:pk>/image.jpg", views.image, name="image"),
    path("topics/", views.topics, name="topics"),
    path("topics/<slug:slug>/", views.topic, name="topic"),
    path("topics/<slug:slug>/feed/rss/", feeds.TopicFeed(), name="topic_rss"),
    path("topics/<slug:slug>/feed/atom/", feeds.TopicAtomFeed(), name="topic_atom"),
    path("feed/rss/", feeds.LatestArticlesFeed(), name="rss"),
    path("feed/atom/", feeds.LatestArticlesAtomFeed(), name="atom"),
    path("search/", views.search, name="search"),
]
