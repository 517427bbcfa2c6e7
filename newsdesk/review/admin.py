from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from newsdesk.articles.admin import ArticleAdmin

from .models import HeldArticle


@admin.register(HeldArticle)
class HeldArticleAdmin(ArticleAdmin):
    list_display = ("headline", "hold_reason", "attempts", "created")

    def get_queryset(self, request: HttpRequest) -> QuerySet[HeldArticle]:
        return super().get_queryset(request).filter(status=HeldArticle.Status.HELD)
